// Places: which place mention or named site is where an event happened, and which places
// in a sentence tell of other news (a border's neighbour, an attacker's home town, a trial's
// city). See event_stage.cc for the whole flow.

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/ids.h"
#include "entities/entity_stage.h"
#include "events/event_internal.h"

namespace dossier::event_internal {

namespace {

// The site phrase starting at token a (after its preposition or "of"): up to three modifiers and a
// site noun or a place's common noun ending the phrase (not one a name follows: "the city of Lyon"
// names Lyon, "the country's north" the north). Its end, or a when none.
uint32_t site_end(const Work& w, const Sentence& s, uint32_t a) {
  for (uint32_t k = a; k < s.end_token && k < a + 4 && w.np_word(k); ++k)
    if ((w.cue(k, Cue::site_noun) ||
         (w.cue(k, Cue::place_noun) &&
          !(k + 1 < s.end_token && (w.words[k + 1] == "of" || w.words[k + 1] == "'s")))) &&
        (k + 1 >= s.end_token || !w.np_word(k + 1) || w.cue(k + 1, Cue::locative_prep)))
      return k + 1;
  return a;
}

// A way into or a part of a building ("the gate", "the entrance", "the lobby"): "at the gate of
// the hotel" tells that the hotel is where.
bool part_of_site(std::string_view x) {
  return x == "gate" || x == "gates" || x == "entrance" || x == "courtyard" || x == "lobby";
}

// The first place on the chain from id up its parents (id itself first) for which stop(id,
// place or null) holds, else "". Chains are short (facility, town, province, country).
template <class Stop>
std::string up_the_chain(const Document& doc, const std::string& id, Stop stop) {
  std::string cur = id;
  for (int depth = 0; depth < 8 && !cur.empty(); ++depth) {
    const Place* p = doc.find_place(cur);
    if (stop(cur, p)) return cur;
    if (!p) return {};
    cur = p->parent;
  }
  return {};
}

// A facility's town (its parent), else the place itself.
std::string town_of(const Document& doc, const std::string& id) {
  const Place* p = doc.find_place(id);
  if (p && p->kind == PlaceKind::facility && !p->parent.empty()) return p->parent;
  return id;
}

// "Al Qaeda's Sahel affiliate JNIM claimed ...", "Islamic State's West Africa branch, ISWAP, said
// ...": is the group at [first, end) a parent named in a possessive before a word of a group's
// part and the part's own name? The part acts; the parent is named to place it.
bool parent_before_part(const Work& w, const Sentence& s, uint32_t first, uint32_t end) {
  if (end >= s.end_token || w.words[end] != "'s" || w.mention_at[first] < 0) return false;
  const std::string& self = w.doc.mentions[static_cast<size_t>(w.mention_at[first])].entity;
  for (uint32_t j = end + 1; j < s.end_token && j < end + 5; ++j) {
    if (w.cue(j, Cue::part_of_group)) {
      uint32_t n = j + 1;
      if (n < s.end_token && w.words[n] == ",") ++n;
      if (n >= s.end_token || w.mention_at[n] < 0) return false;
      const Mention& part = w.doc.mentions[static_cast<size_t>(w.mention_at[n])];
      return !is_place_mention(part) && part.type != MentionType::PERSON && !part.entity.empty() &&
             part.entity != self;
    }
    if (!w.np_word(j)) return false;
  }
  return false;
}

// "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, told ...", "X, a splinter group of Y,":
// is the group at `first` named after "of" in an apposition, the word of a group's part before
// it, after another group's name and a comma?
bool parent_after_part_of(const Work& w, const Sentence& s, uint32_t first) {
  uint32_t b = first;
  if (b > s.first_token && w.cue(b - 1, Cue::determiner)) --b;
  if (b < s.first_token + 3 || w.words[b - 1] != "of") return false;
  uint32_t k = b - 1;
  if (w.words[k - 1] == "group" && k - 1 > s.first_token) --k;  // "a splinter group of"
  if (!w.cue(k - 1, Cue::part_of_group)) return false;
  for (uint32_t j = k - 1, n = 0; j-- > s.first_token && n < 3; ++n) {
    if (w.words[j] == ",")
      return j > s.first_token && w.mention_at[j - 1] >= 0 &&
             w.doc.mentions[static_cast<size_t>(w.mention_at[j - 1])].type == MentionType::ARMED_GROUP &&
             w.mention_at[j - 1] != w.mention_at[first];
    if (!(w.cue(j, Cue::determiner) || w.np_word(j))) return false;
  }
  return false;
}

// "the German town of Solingen", "the northeastern Nigerian city of Maiduguri": a place named
// before "<town> of <place>" (after at most two modifiers), token `end` ending it, says whose the
// place after "of" is; true when that place is one the gazetteer knows.
bool names_whose_place(const Work& w, const Sentence& s, uint32_t end) {
  uint32_t k = end;
  for (uint32_t n = 0; n < 2 && k < s.end_token && !w.cue(k, Cue::place_of) && w.np_word(k) &&
                       !w.doc.tokens[k].has(kTokCapitalized);
       ++n)
    ++k;
  if (k + 2 >= s.end_token || !w.cue(k, Cue::place_of) || w.words[k + 1] != "of") return false;
  const int m = w.mention_at[k + 2];
  if (m < 0) return false;
  const Mention& n = w.doc.mentions[static_cast<size_t>(m)];
  return is_place_mention(n) && !n.entity.empty() && w.doc.find_place(n.entity);
}

// Who speaks from a place (speaker_seat).
enum class Seat : uint8_t { none, national, other };

// Is the speaker whose words end before token `end` (back over its noun phrase) a national body:
// a ministry, the government, the presidency ("the interior ministry", "Afghanistan's defence
// ministry"; not "the provincial government", "the district governor's office")?
bool national_speaker(const Work& w, uint32_t lo, uint32_t end) {
  bool national = false;
  for (uint32_t j = end; j-- > lo && j + 6 > end;) {
    if (w.cue(j, Cue::local_level)) return false;
    if (w.cue(j, Cue::national_body))
      national = true;
    else if (!(w.np_word(j) || w.cue(j, Cue::determiner) || w.words[j] == "'s"))
      break;
  }
  return national;
}

// "the defence ministry in Bamako said", "police in Ghazni said", "officials in Kabul told
// Reuters", "told reporters in Kabul", "a statement issued in Niamey": is the place at [first,
// end), after "in", where someone speaks from (a report verb right after it, or one just before its
// "in" over the speaker's words), and who? A national body speaks from the capital, whatever the
// news (its seat tells nothing of where it happened); police, residents or a governor's
// spokesman mostly speak from where it happened. Tokens [lo, hi) bound the sentence.
Seat speaker_seat(const Work& w, uint32_t lo, uint32_t hi, uint32_t first, uint32_t end) {
  if (first < lo + 2 || w.words[first - 1] != "in") return Seat::none;
  auto tells = [&](uint32_t k) {
    return w.cue(k, Cue::report_verb) || w.words[k] == "told" || w.words[k] == "issued";
  };
  auto whose = [&](uint32_t speaker_end) {
    return national_speaker(w, lo, speaker_end) ? Seat::national : Seat::other;
  };
  if (end < hi && tells(end)) return whose(first - 1);
  for (uint32_t j = first - 1; j-- > lo && j + 4 > first;) {
    // (A statement issued somewhere is a government's or a group's, from its seat.)
    if (tells(j)) return w.words[j] == "issued" ? Seat::national : whose(j);
    if (!(w.np_word(j) || w.cue(j, Cue::determiner))) break;
  }
  return Seat::none;
}

}  // namespace

bool unknown_town_named(const Work& w, const EventDraft& e, std::optional<Span> same) {
  for (const auto& a : e.src.arguments) {
    if (a.role != ArgumentRole::place || !a.entity.empty()) continue;
    const uint32_t t = w.doc.token_at_or_after(a.span.start);
    if (t < 2 || w.words[t - 1] != "of" || !w.cue(t - 2, Cue::place_of) ||
        !w.doc.tokens[t].has(kTokCapitalized))
      continue;
    if (!same || w.doc.slice(*same) == w.doc.slice(a.span)) return true;
  }
  return false;
}

bool unknown_place_named_apart(const Work& w, const EventDraft& e, const std::string& filed_from) {
  if (w.lower_case || filed_from.empty()) return false;
  const uint32_t n = static_cast<uint32_t>(w.words.size());
  for (const auto& a : e.src.arguments) {
    if (a.role != ArgumentRole::place || !a.entity.empty()) continue;
    const auto [first, end] = w.tokens_of(a.span);
    if (first >= end || first < 1 || !name_word(w, first) || w.doc.tokens[first].has(kTokAllCaps)) continue;
    const uint32_t p = w.cue(first - 1, Cue::determiner) && first >= 2 ? first - 2 : first - 1;
    if (w.words[p] != "in" && w.words[p] != "near") continue;
    // A building or a street ("in Westgate Mall", "near Oxford Street") is in a town, maybe the
    // dateline's.
    bool site = false;
    for (uint32_t k = first; k < end && k < n; ++k)
      site = site || w.cue(k, Cue::site_noun) || w.cue(k, Cue::street_noun) || w.has(k, LexClass::target);
    if (site) continue;
    // Tied to the dateline's town: it, a place in it, or "the capital" told right around the name
    // ("in Kabul's Karte Se district", "in Karte Se, in the west of the capital").
    bool tied = false;
    for (uint32_t k = p > 4 ? p - 4 : 0; k < end + 8 && k < n && !tied; ++k) {
      if (w.words[k] == "." || w.words[k] == ";") {
        if (k > end) break;
        continue;
      }
      // (Not the seat of a national body: "the defence ministry in Bamako said"; "police in the
      // capital said" ties.)
      const int m = w.mention_at[k];
      uint32_t mf = k, me = k;
      while (mf > 0 && m >= 0 && w.mention_at[mf - 1] == m) --mf;
      while (me < n && m >= 0 && w.mention_at[me] == m) ++me;
      const bool seat = m >= 0 && speaker_seat(w, 0, n, mf, me) == Seat::national;
      tied = w.words[k] == "capital" ||
             (m >= 0 && !seat && is_place_mention(w.doc.mentions[static_cast<size_t>(m)]) &&
              place_within(w.doc, w.doc.mentions[static_cast<size_t>(m)].entity, filed_from));
    }
    // "the city" anywhere later in the sentence, nothing named after it ("in Dasht-e-Barchi in the
    // west of the city", "..., police in the city said"; not "the city of Herat"). (Officials "in
    // the capital" far from the name speak for the state from its seat.)
    for (uint32_t k = end; k < n && w.words[k] != "." && !tied; ++k) {
      if (w.words[k] != "city" ||
          (k + 1 < n && (w.words[k + 1] == "of" || w.words[k + 1] == "'s" || w.mention_at[k + 1] >= 0)))
        continue;
      for (uint32_t j = k; j-- > end && j + 4 > k && !tied;) {
        if (w.words[j] == "the") tied = true;
        if (!w.np_word(j)) break;
      }
    }
    if (!tied) return true;
  }
  return false;
}

uint32_t prep_before_place(const Work& w, const Sentence& s, uint32_t first) {
  uint32_t p = first;
  // "30 km (20 miles) north of Baidoa": the direction stands for the preposition.
  if (p >= s.first_token + 2 && w.words[p - 1] == "of" && w.cue(p - 2, Cue::direction)) return p - 2;
  const bool of = p >= s.first_token + 2 && w.words[p - 1] == "of" && w.cue(p - 2, Cue::place_of);
  if (of) p -= 2;
  // Over up to two lower-case modifiers and a determiner ("from the restive Swat valley"), and a
  // nation's adjective after "of"'s noun ("in the northeastern Nigerian city of Maiduguri").
  // A place before "of"'s noun counts as a nation's adjective does ("in the North Sinai city of El
  // Arish", "in the Damascus suburb of Douma").
  auto place_word = [&](uint32_t k) {
    const int m = w.mention_at[k];
    return m >= 0 && is_place_mention(w.doc.mentions[static_cast<size_t>(m)]);
  };
  for (int n = 0; n < 3 && p > s.first_token && w.np_word(p - 1) && !w.cue(p - 1, Cue::determiner) &&
                  (!w.doc.tokens[p - 1].has(kTokCapitalized) ||
                   (of && (w.cue(p - 1, Cue::nationality) || place_word(p - 1)))) &&
                  (of || p < first) && (n < 2 || of);
       ++n)
    --p;
  if (p > s.first_token && w.cue(p - 1, Cue::determiner)) --p;
  return p > s.first_token ? p - 1 : kNone;
}

bool place_of_other_news(const Work& w, const Sentence& s, uint32_t tok, uint32_t end, uint32_t first) {
  // "near the Libyan border", "close to the Syrian frontier": the neighbour over the border.
  {
    uint32_t k = first;
    const int m = w.mention_at[first];
    while (m >= 0 && k < s.end_token && w.mention_at[k] == m) ++k;
    if (m < 0) ++k;
    if (k < s.end_token && w.cue(k, Cue::border_noun)) return true;
  }
  // "the deadliest in the capital since a truck bomb near the German embassy killed 150": the
  // place of the past attack the "since" clause recalls, not of the trigger before it.
  if (const auto [from, to] = since_span(w, s); from != kNone && tok < from && first > from && first < to)
    return true;
  const uint32_t p = prep_before_place(w, s, first);
  if (p == kNone) return false;
  if (w.words[p] == "with" && p > s.first_token && w.cue(p - 1, Cue::border_noun)) return true;
  if (w.words[p] == "from" && p != first - 1) return true;  // "from" right before: place_near decides
  // Lower case: a capitalised one is part of a name ("the Bethel Memorial Methodist Church").
  auto other = [&](uint32_t k) {
    return (w.cue(k, Cue::elsewhere) || w.cue(k, Cue::custody)) && !w.doc.tokens[k].has(kTokCapitalized);
  };
  for (uint32_t k = p > s.first_token + 2 ? p - 2 : s.first_token; k < p; ++k)
    if (other(k)) return true;
  for (uint32_t k = end; first > tok && k < p; ++k)
    if (other(k)) return true;
  return false;
}

bool name_word(const Work& w, uint32_t k) {
  const Token& t = w.doc.tokens[k];
  const std::string_view x = w.doc.slice(t.span);
  // An Arabic article before a capital ("Badia al-Sukhnah", "Deir ez-Zor", "al-Anbar").
  if (const auto d = x.find('-'); !t.has(kTokCapitalized) && d != std::string_view::npos && d >= 1 &&
                                  d <= 3 && d + 1 < x.size() &&
                                  std::isupper(static_cast<unsigned char>(x[d + 1])))
    return true;
  if (!t.has(kTokCapitalized) || t.has(kTokNumber)) return false;
  const auto dash = x.rfind('-');
  return dash == std::string_view::npos || dash + 1 >= x.size() ||
         !std::islower(static_cast<unsigned char>(x[dash + 1]));
}

uint32_t street_end(const Work& w, const Sentence& s, uint32_t first) {
  if (w.lower_case) return first;  // all capitals or none: no name to tell
  for (uint32_t k = first; k < s.end_token && k < first + 4; ++k) {
    const Token& t = w.doc.tokens[k];
    if (!t.has(kTokCapitalized) && !t.has(kTokNumber)) break;
    if (k > first && t.has(kTokCapitalized) && w.cue(k, Cue::street_noun)) return k + 1;
  }
  return first;
}

std::pair<uint32_t, uint32_t> town_after(const Work& w, uint32_t end) {
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  if (end + 1 >= n || (w.words[end] != "in" && w.words[end] != ",")) return {end, end};
  uint32_t a = end + 1;
  // "in the northern province of Kunduz": the name after "of".
  if (w.words[end] == "in") {
    uint32_t k = a;
    if (k < n && w.cue(k, Cue::determiner)) ++k;
    for (int m = 0;
         m < 2 && k < n && w.np_word(k) && !w.doc.tokens[k].has(kTokCapitalized) && !w.cue(k, Cue::place_of);
         ++m)
      ++k;
    if (k + 2 < n && w.cue(k, Cue::place_of) && w.words[k + 1] == "of") a = k + 2;
  }
  uint32_t b = a;
  while (b < n && b < a + 3 && name_word(w, b) && !w.cue(b, Cue::nationality) &&
         !w.cue(b, Cue::calendar_name) && !w.has(b, LexClass::group) && !w.has(b, LexClass::function) &&
         !w.has(b, LexClass::target) &&
         !std::any_of(w.doc.timexes.begin(), w.doc.timexes.end(),
                      [&](const Timex& x) { return x.span.contains(w.doc.tokens[b].span.start); }))
    ++b;
  // A name that goes on ("in Manhattan's Chelsea") or leads a noun ("in Syrian territory") is not
  // the town alone.
  if (b == a || (b < n && (w.words[b] == "'s" || (w.is_word(b) && !w.has(b, LexClass::function)))))
    return {end, end};
  return {a, b};
}

bool no_new_place(const Work& w, uint32_t a, uint32_t b) {
  for (uint32_t q = a; q < b; ++q)
    if (w.words[q] == "same") return true;
  return b == a + 1 && w.words[a] == "area";
}

std::pair<uint32_t, uint32_t> site_after(const Work& w, const Sentence& s, uint32_t prep) {
  const std::pair<uint32_t, uint32_t> none{prep, prep};
  if (!w.cue(prep, Cue::locative_prep) || w.words[prep] == "across") return none;
  uint32_t a = prep + 1;
  if (a < s.end_token && w.cue(a, Cue::determiner)) ++a;
  const uint32_t b = site_end(w, s, a);
  if (b == a || no_new_place(w, a, b)) return none;
  if (part_of_site(w.words[b - 1]) && b + 1 < s.end_token && w.words[b] == "of") {
    uint32_t c = b + 1;
    if (w.cue(c, Cue::determiner)) ++c;
    if (const uint32_t d = site_end(w, s, c); d > c && w.cue(d - 1, Cue::site_noun)) return {c, d};
  }
  return {a, b};
}

std::pair<uint32_t, uint32_t> device_at(const Work& w, const Sentence& s, uint32_t tok, uint32_t end) {
  uint32_t j = tok;
  for (int n = 0; n < 2 && j > s.first_token && (w.cue(j - 1, Cue::be) || w.cue(j - 1, Cue::auxiliary)); ++n)
    --j;
  if (j > s.first_token && w.cue(j - 1, Cue::device_noun) && !w.has(j - 1, LexClass::weapon)) {
    uint32_t a = j - 1;
    for (int n = 0; n < 2 && a > s.first_token && w.np_word(a - 1) && !w.cue(a - 1, Cue::determiner); ++n)
      --a;
    // "an explosive device" is the weapon's name already.
    if (w.has(a, LexClass::weapon)) return {tok, tok};
    return {a, j};
  }
  uint32_t a = end;
  if (a < s.end_token && w.cue(a, Cue::determiner)) ++a;
  for (uint32_t k = a; k < s.end_token && k < a + 3 && w.np_word(k); ++k)
    if (w.cue(k, Cue::device_noun)) {
      for (uint32_t q = a; q <= k; ++q)
        if (w.has(q, LexClass::weapon)) return {tok, tok};
      return {a, k + 1};
    }
  return {tok, tok};
}

std::pair<uint32_t, uint32_t> name_before_noun(const Work& w, const Sentence& s, uint32_t noun,
                                               const std::vector<Timex>& timexes) {
  auto in_timex = [&](uint32_t t) {
    return std::any_of(timexes.begin(), timexes.end(),
                       [&](const Timex& x) { return x.span.contains(w.doc.tokens[t].span.start); });
  };
  const std::pair<uint32_t, uint32_t> none{noun, noun};
  // A capitalised attack noun is part of a title ("the 1993 Hidroelektra Workers Massacre"); a
  // name before an assassination is whom it killed ("the Maduro assassination attempt").
  const LexEntry* trigger = w.longest(noun, LexClass::trigger);
  if (w.doc.tokens[noun].has(kTokCapitalized) || !trigger || trigger->type == EventType::assassination)
    return none;
  uint32_t e = noun;
  for (int n = 0; n < 2 && e > s.first_token; ++n) {
    const uint32_t k = e - 1;
    const bool hit = w.word_is(k, LexClass::target);
    if (!w.cue(k, Cue::occasion) && !hit && !w.word_is(k, LexClass::weapon) && w.words[k] != "terrorist" &&
        w.words[k] != "terror")
      break;
    // A building's name ("the Murrah Building attack", "the Old Bailey car bombing" is no such
    // name: "car" is lower case) is what was hit, not where.
    if (hit && w.doc.tokens[k].has(kTokCapitalized)) return none;
    e = k;
  }
  uint32_t b = e;
  while (b > s.first_token && b + 3 > e && name_word(w, b - 1) && !w.doc.tokens[b - 1].has(kTokAllCaps) &&
         w.doc.slice(w.doc.tokens[b - 1].span).size() > 2 && !w.has(b - 1, LexClass::group) &&
         !w.has(b - 1, LexClass::perp) && !w.has(b - 1, LexClass::title) &&
         !w.has(b - 1, LexClass::function) && !w.cue(b - 1, Cue::nationality) &&
         !w.cue(b - 1, Cue::occasion) && !w.cue(b - 1, Cue::calendar_name) && !in_timex(b - 1))
    --b;
  if (b == e || b == s.first_token) return none;
  // What opens the phrase: a determiner, a year, a preposition, a day's possessive ("Wednesday's
  // London attack"; "Valentine's Day" is no place).
  const uint32_t p = b - 1;
  const bool opens = w.cue(p, Cue::determiner) || w.doc.tokens[p].has(kTokNumber) ||
                     (w.is_word(p) && w.word_is(p, LexClass::function)) ||
                     (w.words[p] == "'s" && p > s.first_token && in_timex(p - 1));
  return opens ? std::pair<uint32_t, uint32_t>{b, e} : none;
}

bool is_place_mention(const Mention& m) {
  return m.type == MentionType::GPE || m.type == MentionType::LOC || m.type == MentionType::FACILITY;
}

int event_by_place(const Work& w, const Sentence& s, int si, int fallback) {
  int other = -1;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const int m = w.mention_at[i];
    if (m < 0 || (i > s.first_token && w.mention_at[i - 1] == m) ||
        !is_place_mention(w.doc.mentions[static_cast<size_t>(m)]))
      continue;
    const Mention& pm = w.doc.mentions[static_cast<size_t>(m)];
    auto names_place_of = [&](const EventDraft& e) {
      if (!pm.entity.empty()) return e.src.place == pm.entity;
      return unknown_town_named(w, e, pm.span);
    };
    if (names_place_of(w.events[static_cast<size_t>(fallback)])) return fallback;
    for (int e = static_cast<int>(w.events.size()); e-- > 0 && other < 0;) {
      const EventDraft& x = w.events[static_cast<size_t>(e)];
      if (e != fallback && names_place_of(x) && !x.sentences.empty() && si - x.sentences.back() <= 4)
        other = e;
    }
  }
  return other >= 0 ? other : fallback;
}

std::string country_of(const Document& doc, const std::string& id) {
  return up_the_chain(doc, id,
                      [](const std::string&, const Place* p) { return p && p->kind == PlaceKind::country; });
}

std::vector<std::pair<uint32_t, uint32_t>> target_written(const Work& w, const EventDraft& e,
                                                          const Target& t) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  if (t.text.empty()) return out;
  for (int si : e.sentences) {
    const Span seg = w.segs[static_cast<size_t>(si)].span;
    const auto at = w.doc.slice(seg).find(t.text);
    if (at == std::string_view::npos) continue;
    const uint32_t start = seg.start + static_cast<uint32_t>(at);
    out.push_back(w.tokens_of(Span{start, start + static_cast<uint32_t>(t.text.size())}));
  }
  return out;
}

std::string country_of_state_target(const Work& w, const EventDraft& e) {
  std::string found;
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (const auto& t : e.src.targets) {
    // (Not an embassy or a diplomat: "the Indian consulate" serves India from abroad.)
    const std::string head = head_key(t.text);
    if ((t.category != "military" && t.category != "police" && t.category != "government") ||
        head == "embassy" || head == "consulate")
      continue;
    const auto more = target_written(w, e, t);
    spans.insert(spans.end(), more.begin(), more.end());
  }
  for (const auto& [first, end] : spans) {
    for (uint32_t k = first; k < end; ++k) {
      const int m = w.mention_at[k];
      if (m < 0 || w.doc.mentions[static_cast<size_t>(m)].type != MentionType::NORP) continue;
      const Place* p = w.doc.find_place(w.doc.mentions[static_cast<size_t>(m)].entity);
      if (!p || p->kind != PlaceKind::country) continue;
      if (!found.empty() && found != p->id) return "";
      found = p->id;
    }
  }
  return found;
}

bool place_within(const Document& doc, const std::string& a, const std::string& b) {
  return !b.empty() &&
         !up_the_chain(doc, a, [&](const std::string& cur, const Place*) { return cur == b; }).empty();
}

bool towns_apart(const Document& doc, const std::string& a, const std::string& b) {
  const std::string x = town_of(doc, a), y = town_of(doc, b);
  return !place_within(doc, x, y) && !place_within(doc, y, x);
}

bool days_apart(const DateRange& a, const DateRange& b) {
  return day_number(a.start) > day_number(b.end) + 2 || day_number(a.end) < day_number(b.start) - 2;
}

bool dated_as_news(const Timex* t, const EventDraft& news, const EventDraft& past) {
  return t && t->range && past.src.background && !news.src.background && same_date_as(*t, news) &&
         past.src.date && days_apart(*t->range, *past.src.date);
}

uint32_t possessive_place(const Work& w, const Sentence& s, uint32_t end) {
  if (end >= s.end_token || w.words[end] != "'s") return kNone;
  for (uint32_t k = end + 1; k < s.end_token && k < end + 6; ++k) {
    if (const int m = w.mention_at[k]; m >= 0) {
      const Mention& n = w.doc.mentions[static_cast<size_t>(m)];
      if (is_place_mention(n) && !n.entity.empty() && w.doc.find_place(n.entity)) return k;
    }
    // Past three words only over "<modifiers> city of".
    if (k + 1 >= end + 4 && !(w.words[k] == "of" && w.cue(k - 1, Cue::place_of))) {
      if (k + 1 < s.end_token && w.words[k + 1] == "of" && w.cue(k, Cue::place_of)) continue;
      break;
    }
  }
  return kNone;
}

bool country_of_group(const Work& w, const Sentence& s, uint32_t end) {
  if (end >= s.end_token || w.words[end] != "'s") return false;
  for (uint32_t j = end + 1; j < s.end_token && j < end + 4; ++j) {
    if (const int m = w.mention_at[j]; m >= 0)
      return w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP;
    if (!w.np_word(j)) return false;
  }
  return false;
}

bool parent_in_apposition(const Work& w, const Sentence& s, uint32_t first, uint32_t end) {
  if (parent_before_part(w, s, first, end)) return true;
  if (parent_after_part_of(w, s, first)) return true;
  uint32_t b = first;
  if (b > s.first_token && w.cue(b - 1, Cue::determiner)) --b;
  if (b < s.first_token + 2 || w.words[b - 1] != "," || w.mention_at[b - 2] < 0) return false;
  const Mention& named = w.doc.mentions[static_cast<size_t>(w.mention_at[b - 2])];
  if (is_place_mention(named) || named.type == MentionType::PERSON || named.entity.empty()) return false;
  uint32_t k = end;
  if (k < s.end_token && w.words[k] == "'s") ++k;
  for (uint32_t j = k; j < s.end_token && j < k + 3; ++j) {
    if (w.cue(j, Cue::part_of_group)) return true;
    if (w.words[j] == "," || w.cue(j, Cue::report_verb) || w.has(j, LexClass::trigger)) break;
  }
  return false;
}

bool place_of_group_part(const Work& w, const Sentence& s, uint32_t first) {
  uint32_t k = first;
  if (k > s.first_token && w.cue(k - 1, Cue::determiner)) --k;
  return k >= s.first_token + 2 && w.words[k - 1] == "in" && w.cue(k - 2, Cue::part_of_group);
}

bool near_place(const Work& w, const Sentence& s, uint32_t first) {
  uint32_t k = first;
  if (k > s.first_token && w.cue(k - 1, Cue::determiner)) --k;
  return k >= s.first_token + 2 && (w.words[k - 1] == "from" || w.words[k - 1] == "of") &&
         w.cue(k - 2, Cue::vicinity);
}

const Mention* place_near(const Work& w, const Sentence& s, uint32_t tok) {
  const LexEntry* trigger = w.longest(tok, LexClass::trigger);
  const bool noun_trigger = trigger && trigger->kind == TriggerKind::noun;
  const Mention* best = nullptr;
  uint32_t best_d = kNone;
  // The seat of a speaker other than a national body ("Police in Ghazni said gunmen killed four
  // soldiers"): the place only when the sentence tells no other.
  const Mention* seat_best = nullptr;
  uint32_t seat_d = kNone;
  uint32_t pos = w.doc.tokens[tok].span.start;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    int m = w.mention_at[i];
    if (m < 0) continue;
    const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
    if (!is_place_mention(mn) || mn.entity.empty() || !w.doc.find_place(mn.entity)) continue;
    if (w.dateline.overlaps(mn.span)) continue;  // where the reporter filed from
    bool seat = false;
    auto take = [&](uint32_t d) {
      if (seat && d < seat_d) seat_d = d, seat_best = &mn;
      if (!seat && d < best_d) best_d = d, best = &mn;
    };
    {
      uint32_t mf = i;  // the mention's first token
      while (mf > s.first_token && w.mention_at[mf - 1] == m) --mf;
      if (place_of_other_news(w, s, tok, tok + (trigger ? trigger->length : 1), mf)) continue;
      // "JNIM, al Qaeda's affiliate in the Sahel": where the group works.
      if (place_of_group_part(w, s, mf)) continue;
      uint32_t me = i;
      while (me < s.end_token && w.mention_at[me] == m) ++me;
      const Seat speaker = speaker_seat(w, s.first_token, s.end_token, mf, me);
      if (speaker == Seat::national) continue;
      seat = speaker == Seat::other;
    }
    // "in Somalia's capital Mogadishu", "Pakistan's Quetta": the place the possessive leads to;
    // "in the North Sinai city of El Arish": the place after "city of".
    {
      uint32_t e = i;
      while (e < s.end_token && w.mention_at[e] == m) ++e;
      if (possessive_place(w, s, e) != kNone) continue;
      if (names_whose_place(w, s, e)) continue;
    }
    // "planes from Afghanistan attacked Pakistani villages", "militants from Somalia": where they
    // came from, not where it happened.
    // People are abducted from where they were: "the kidnapping of 200 girls from Chibok".
    const bool taken_from =
        trigger && (trigger->type == EventType::kidnapping || trigger->type == EventType::hostage_taking);
    if (i > s.first_token && w.words[i - 1] == "from" && !taken_from &&
        !(i >= s.first_token + 2 && w.words[i - 2] == "away") && !near_place(w, s, i))
      continue;
    // "a US drone strike", "an Israeli air strike": a country naming the trigger's own noun
    // phrase is whose it is, not where it happened ("the Kabul attack" is a place; "Militants in
    // Mali attacked" keeps Mali).
    if (i < tok && noun_trigger && w.doc.find_place(mn.entity)->kind == PlaceKind::country &&
        !(i > s.first_token && w.cue(i - 1, Cue::locative_prep))) {
      uint32_t e = i;
      while (e < tok && w.mention_at[e] == m) ++e;
      while (e < tok && w.np_word(e) && e + 2 >= tok) ++e;
      if (e == tok) continue;
    }
    uint32_t gap = i > tok ? i - tok : tok - i;
    if (gap > 12) {
      // Further on, a place still belongs to the trigger when a casualty clause of it leads
      // there ("launched an attack on <date>, killing at least 70 people in <place>").
      if (i < tok || i == 0) continue;
      // Over "the northern province of" ("killing 12 people at a market in the northern province of
      // Kunduz").
      const uint32_t pb = prep_before_place(w, s, i);
      const uint32_t pi = pb == kNone ? i - 1 : pb;
      const std::string_view prep = w.words[pi];
      // ("... at a checkpoint on the outskirts of Quetta", "20 km from Kabul": a place near which.)
      if ((prep == "in" || prep == "at" || prep == "near" || prep == "outside" || w.cue(pi, Cue::direction) ||
           near_place(w, s, i)) &&
          same_clause_after(w, tok, pi)) {
        take(mn.span.start - pos);
        continue;
      }
      if (gap > 24 || prep != "in") continue;
      bool clause = false;
      for (uint32_t k = i > 7 ? i - 7 : 0; k < i; ++k)
        if (const LexEntry* e = w.longest(k, LexClass::kill); e && e->value == "verb" && k > tok)
          clause = true;
      for (uint32_t k = tok + 1; k < i && clause; ++k)
        if ((w.has(k, LexClass::trigger) && w.longest(k, LexClass::trigger)->kind != TriggerKind::weak) ||
            w.words[k] == ";" || w.words[k] == "which" || w.words[k] == "while")
          clause = false;
      if (!clause) continue;
    }
    take(mn.span.start > pos ? mn.span.start - pos : (pos - mn.span.start) * 2);
  }
  if (best || !seat_best) return best;
  // Nor when a place the gazetteer lacks is told where it happened ("Police in Ghazni said gunmen
  // attacked a post in Zorbak district").
  for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
    const int m = w.mention_at[i];
    if (m < 0 || w.mention_at[i - 1] == m) continue;
    const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
    if (!is_place_mention(mn) || !mn.entity.empty() || w.dateline.overlaps(mn.span)) continue;
    const uint32_t b = w.cue(i - 1, Cue::determiner) && i >= s.first_token + 2 ? i - 2 : i - 1;
    if (w.words[b] == "in" || w.words[b] == "at" || w.words[b] == "near") return nullptr;
  }
  return seat_best;
}

}  // namespace dossier::event_internal
