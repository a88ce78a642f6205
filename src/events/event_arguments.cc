// Arguments: noun phrases (extend, phrases_of), GTD target categories, the attackers a sentence
// names for sure, and the helpers that add an argument, a target or evidence to an event.
// See event_stage.cc for the whole flow.

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

// Is the nearest attacker or person word in [lo, hi), scanning back from hi, an attacker word?
// "man" is an attacker's head only with a word that makes it one ("armed man"); no word is no.
bool attacker_word_before(const Work& w, uint32_t lo, uint32_t hi) {
  for (uint32_t k = hi; k-- > lo;) {
    if (const LexEntry* e = w.longest(k, LexClass::perp); e && e->value != "head") return true;
    if (w.ramming && (w.words[k] == "driver" || w.words[k] == "drivers")) return true;
    // "named the suspect as X", "identified the perpetrator as X".
    if (w.cue(k, Cue::suspect_noun) || w.cue(k, Cue::culprit_noun)) return true;
    if (held_as_suspects(w, k, hi)) return true;
    if (w.has(k, LexClass::human)) return false;
  }
  return false;
}

// The verb "identified" / "named" within `window` tokens before token `as`; kNone when none.
uint32_t identifying_verb(const Work& w, const Sentence& s, uint32_t as, uint32_t window) {
  for (uint32_t k = as; k-- > s.first_token && k + window > as;)
    if (w.words[k] == "identified" || w.words[k] == "named") return k;
  return kNone;
}

// "identified the man who killed five people at a church in Sutherland Springs, Texas, as Devin
// Kelley": the one identified (token `as` before the name) is told by what they did, a relative
// clause whose active verb is an attack or a killing ("the man who was killed" is a victim).
bool identified_by_deed(const Work& w, const Sentence& s, uint32_t as) {
  const uint32_t verb = identifying_verb(w, s, as, 30);
  if (verb == kNone) return false;
  for (uint32_t r = verb + 2; r + 1 < as && r < verb + 6; ++r) {
    if (w.words[r] != "who" && w.words[r] != "that") continue;
    if (!(w.has(r - 1, LexClass::perp) || w.has(r - 1, LexClass::human) || w.cue(r - 1, Cue::generic_person)))
      return false;
    uint32_t v = r + 1;
    while (v < as && v < r + 4 && (w.words[v].ends_with("ly") || w.cue(v, Cue::auxiliary))) ++v;
    if (v >= as || w.cue(v, Cue::be)) return false;
    const LexEntry* t = w.longest(v, LexClass::trigger);
    const LexEntry* kl = w.longest(v, LexClass::kill);
    return (t && t->kind != TriggerKind::noun && t->type != EventType::security_operation) ||
           (kl && kl->value == "verb");
  }
  return false;
}

// "the government said the attackers belonged to a local militant group, X", "the gunmen were
// members of X": the group named (at token `first`) is the one an attacker word before it
// belongs to.
bool attackers_group(const Work& w, const Sentence& s, uint32_t first) {
  uint32_t k = first;
  // Back over an apposition's head: "a local militant group, X".
  if (k > s.first_token && w.words[k - 1] == ",") {
    --k;
    while (k > s.first_token && first - k < 8 && (w.np_word(k - 1) || w.cue(k - 1, Cue::determiner))) --k;
  }
  if (k < s.first_token + 3) return false;
  const std::string_view verb = w.words[k - 2], prep = w.words[k - 1];
  const bool belongs =
      ((verb == "belonged" || verb == "belonging" || verb == "belong" || verb == "belongs") &&
       prep == "to") ||
      ((verb == "members" || verb == "member") && prep == "of");
  return belongs && attacker_word_before(w, k >= s.first_token + 7 ? k - 7 : s.first_token, k - 2);
}

// The key that makes an argument one of its event's (EventDraft::arg_keys): its role and its
// actor, else its normalized text (an acronym's long form: "fmln" is the front).
std::string arg_key(const Work& w, ArgumentRole role, std::string_view text, const std::string& entity) {
  std::string nk = norm_key(text);
  if (auto it = w.alias.find(nk); it != w.alias.end()) nk = it->second;
  return std::string(to_string(role)) + "|" + (entity.empty() ? nk : entity);
}

// A possessive at token j after people ("girls'", "children's", "women's"): whom the place
// after it serves.
bool people_possessive(const Work& w, const Sentence& s, uint32_t j) {
  if (j <= s.first_token || !w.has(j - 1, LexClass::human)) return false;
  return w.words[j] == "'s" || (w.words[j] == "'" && w.words[j - 1].ends_with("s"));
}

// Extends a head [first, end) into a noun phrase within the sentence.
Phrase extend(const Work& w, const Sentence& s, uint32_t first, uint32_t end, LexClass cls) {
  Phrase p;
  p.first = first;
  p.end = end;
  p.cls = cls;
  // Left: modifiers and name parts.
  int budget = 5;
  while (p.first > s.first_token && budget > 0) {
    uint32_t j = p.first - 1;
    if (w.dateline_head.contains(w.doc.tokens[j].span.start)) break;  // "LIMA, March 11 - Maoist guerrillas"
    if (in_timex(w, j, j + 1)) break;  // "In 2018 ISWAP fighters kidnapped": the year is no count
    if (cls == LexClass::target && people_possessive(w, s, j)) {
      // "a girls' school", "a women's university": whom a place serves is part of its name.
      p.first = j - 1;
      budget -= 2;
    } else if (w.np_word(j) || (w.is_quote(j) && budget < 5)) {
      p.first = j;
      --budget;
    } else if (w.is_quote(j)) {
      // An opening quote right before the head: include a quoted name ("santo tomas").
      uint32_t k = j;
      uint32_t lo = j > s.first_token + 6 ? j - 6 : s.first_token;
      bool found = false;
      while (k-- > lo)
        if (w.is_quote(k)) {
          found = true;
          break;
        }
      if (!found) break;
      p.first = k;
      budget -= static_cast<int>(j - k);
    } else if (w.words[j] == "-" && j > s.first_token && w.np_word(j - 1)) {
      p.first = j - 1;
      budget -= 2;
    } else {
      break;
    }
  }
  // Right: "members of the camilist union", "army of national liberation".
  if ((cls == LexClass::member || cls == LexClass::group) && p.end + 1 < s.end_token &&
      w.words[p.end] == "of") {
    uint32_t j = p.end + 1;
    if (j < s.end_token && (w.words[j] == "the" || w.words[j] == "a")) ++j;
    uint32_t k = j;
    while (k < s.end_token && k < j + 6 && (w.np_word(k) || w.has(k, LexClass::group))) ++k;
    bool groupish = false;
    for (uint32_t x = j; x < k; ++x)
      if (w.has(x, LexClass::group) || w.unknown_word(x)) groupish = true;
    if (k > j && groupish) p.end = k;
  }
  // A parenthesised acronym right after: "(fmln)" names the same organisation.
  if (cls == LexClass::group && p.end + 2 < s.end_token && w.words[p.end] == "(" &&
      w.words[p.end + 2] == ")" && w.words[p.end + 1].size() <= 8)
    w.alias.emplace(std::string(w.words[p.end + 1]), norm_key(w.text(p.first, p.end)));
  return p;
}

// The GTD category the apposition after a name at `first` gives ("Abdullahi Nur, the
// commissioner of the district,", "John Okoro, 45, a police officer,"), or "".
std::string apposition_category(const Work& w, const Sentence& s, uint32_t first) {
  uint32_t end = first;
  if (const int m = w.mention_at[first]; m >= 0)
    while (end < s.end_token && w.mention_at[end] == m) ++end;
  else if (!w.lower_case)
    while (end < s.end_token && w.doc.tokens[end].has(kTokCapitalized)) ++end;
  if (end == first || end + 2 >= s.end_token || w.words[end] != ",") return "";
  uint32_t k = end + 1;
  if (w.number_at(k) && k + 1 < s.end_token && w.words[k + 1] == ",") k += 2;
  if (k >= s.end_token || !w.cue(k, Cue::determiner)) return "";
  for (uint32_t j = k + 1; j < s.end_token && j < k + 6 && w.words[j] != ","; ++j)
    if (const LexEntry* e = w.longest(j, LexClass::human); e && !e->value.empty()) return e->value;
  return "";
}

// A verb between a vehicle and the people in it ("a convoy carrying 25 policemen").
bool carry_verb(std::string_view x) { return x == "carrying" || x == "transporting" || x == "ferrying"; }

}  // namespace

bool seized_weapon(const Work& w, const Sentence& s, uint32_t first, uint32_t end) {
  auto seizing = [&](uint32_t k) {
    const std::string_view x = w.words[k];
    return x == "seized" || x == "recovered" || x == "confiscated" || x == "captured" || x == "cache" ||
           x == "caches" || x == "stockpile" || x == "haul" || x == "seizure";
  };
  for (uint32_t k = first, n = 0; k-- > s.first_token && n < 5; ++n) {
    if (seizing(k)) return true;
    if (w.cue(k, Cue::clause_break) && w.words[k] != "and") break;
  }
  for (uint32_t k = end, n = 0; k < s.end_token && n < 4; ++k, ++n) {
    if (seizing(k)) return true;
    if (!(w.cue(k, Cue::be) || w.cue(k, Cue::auxiliary) || w.words[k].ends_with("ly") ||
          w.words[k] == "also"))
      break;
  }
  return false;
}

bool unlinked_name(const Work& w, const Mention& mn) {
  return !w.lower_case && mn.entity.empty() && mn.form == MentionForm::name && !mn.metadata &&
         (mn.type == MentionType::GPE || mn.type == MentionType::LOC || mn.type == MentionType::NORP);
}

bool identified_attacker(const Work& w, const Sentence& s, uint32_t as) {
  const uint32_t verb = identifying_verb(w, s, as, 5);
  if (verb == kNone) return identified_by_deed(w, s, as);
  // "identified him as X": the one person told nearest before the pronoun, over plural people
  // ("A gunman killed 49 people ... Police identified him as X"; "a gunman shot a police officer.
  // Police identified him as X" is the officer).
  if (verb + 2 == as && (w.words[verb + 1] == "him" || w.words[verb + 1] == "her")) {
    // Before the sentence: its subject is the one who identifies ("Police").
    for (uint32_t k = s.first_token, n = 0; k-- > 0 && n < 60; ++n) {
      const std::string_view x = w.words[k];
      const bool plural = plural_people(x);
      if (const LexEntry* e = w.longest(k, LexClass::perp); e && e->value != "head" && !plural) return true;
      if ((w.word_is(k, LexClass::human) || w.word_is(k, LexClass::title)) && !plural) return false;
      if (w.mention_at[k] >= 0 &&
          w.doc.mentions[static_cast<size_t>(w.mention_at[k])].type == MentionType::PERSON)
        return false;
    }
    return false;
  }
  // The object between the verb and "as", else the subject before the verb.
  if (verb + 1 < as) return attacker_word_before(w, verb + 1, as);
  return attacker_word_before(w, verb >= s.first_token + 11 ? verb - 11 : s.first_token, verb);
}

std::optional<ArgumentRole> sure_attacker(const Work& w, const Sentence& s, const Mention* m,
                                          uint32_t first) {
  if (!m || first <= s.first_token) return std::nullopt;
  // A name the entity stage typed as a place is a person's after "identified as"; so are the
  // names listed after the first ("were identified as X and Y").
  if ((m->type == MentionType::PERSON && !m->entity.empty()) || unlinked_name(w, *m)) {
    uint32_t k = first;
    for (int n = 0; n < 4 && k > s.first_token + 1 && (w.words[k - 1] == "and" || w.words[k - 1] == ",");
         ++n) {
      uint32_t j = k - 1;
      if (w.words[j] == "and" && j > s.first_token + 1 && w.words[j - 1] == ",") --j;
      if (j <= s.first_token) break;
      const int p = w.mention_at[j - 1];
      if (p < 0) break;
      const Mention& pm = w.doc.mentions[static_cast<size_t>(p)];
      if (pm.form != MentionForm::name || pm.metadata) break;
      k = j - 1;
      while (k > s.first_token && w.mention_at[k - 1] == p) --k;
    }

    if (k > s.first_token && w.words[k - 1] == "as" && identified_attacker(w, s, k - 1))
      return ArgumentRole::perpetrator_individual;
  }
  if (m->entity.empty()) return std::nullopt;
  if (m->type == MentionType::ARMED_GROUP && attackers_group(w, s, first))
    return ArgumentRole::perpetrator_org;
  return std::nullopt;
}

std::string state_target_category(std::string_view id) {
  for (std::string_view m : {"-military", "-army", "-air-force", "-navy", "-frontier-corps", "-rangers"})
    if (id.ends_with(m) || id.find(std::string(m) + "-") != std::string_view::npos) return "military";
  if (id.ends_with("-police")) return "police";
  return "government";
}

bool owns_target_after(const Work& w, const Sentence& s, uint32_t end) {
  if (end >= s.end_token) return false;
  const LexEntry* e = w.longest(end, LexClass::target);
  return e && end + e->length <= s.end_token &&
         (e->value == "utilities" || e->value == "business" || e->value == "transportation");
}

bool claim_of_news(const Work& w, const Sentence& s, const Timex* tx, const EventDraft& news,
                   const EventDraft& recalled) {
  bool claim = false;
  for (uint32_t k = s.first_token; k < s.end_token && !claim; ++k) claim = w.has(k, LexClass::claim);
  if (!claim) return false;
  if (tx) return news.src.date && news.anchored_date && same_date_as(*tx, news);
  if (recalled.sentences.size() != 1 || news.sentences.empty()) return false;
  return *std::max_element(news.sentences.begin(), news.sentences.end()) + 1 >= recalled.sentences.front();
}

void add_evidence(Work& w, EventDraft& e, int sentence) {
  if (std::find(e.sentences.begin(), e.sentences.end(), sentence) != e.sentences.end()) return;
  e.sentences.push_back(sentence);
  Evidence ev = w.doc.evidence_for(w.segs[static_cast<size_t>(sentence)].span);
  for (const auto& x : e.src.evidence)
    if (x.span == ev.span) return;
  e.src.evidence.push_back(std::move(ev));
}

std::string norm_key(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      if (space && !out.empty()) out.push_back(' ');
      out.push_back(static_cast<char>(std::tolower(u)));
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

std::string head_key(std::string_view text) {
  const std::string k = norm_key(text);
  return k.substr(k.rfind(' ') + 1);  // (npos + 1 == 0: a single word is its own head)
}

void rebuild_arg_keys(const Work& w, EventDraft& e) {
  e.arg_keys.clear();
  for (const auto& a : e.src.arguments) e.arg_keys.insert(arg_key(w, a.role, a.text, a.entity));
}

void add_argument(Work& w, EventDraft& e, ArgumentRole role, uint32_t first, uint32_t end,
                  const std::string& entity) {
  // Trim quotes and punctuation at the edges.
  while (first < end && (w.is_punct(first) || w.words[first] == "the")) ++first;
  while (end > first && w.is_punct(end - 1)) --end;
  if (first >= end) return;
  // "LAGOS (Reuters) - Gunmen killed ...": a word for attackers or people the tagger took for an
  // unknown place names no place.
  if (role == ArgumentRole::place && entity.empty() && end == first + 1 &&
      (w.word_is(first, LexClass::perp) || w.word_is(first, LexClass::human)))
    return;
  std::string text = w.text(first, end);
  if (!e.arg_keys.insert(arg_key(w, role, text, entity)).second) return;
  // Descriptions with the same head word ("powerful rockets" ... "the rockets") are one
  // filler: keep the first, which is usually the fullest.
  // The same holds for people: "oscar arnulfo romero" ... "romero" is one victim.
  if (entity.empty() && role != ArgumentRole::place && role != ArgumentRole::perpetrator_org) {
    std::string_view head = w.words[end - 1];
    std::string hk(head);
    if (hk.size() > 3 && hk.back() == 's') hk.pop_back();
    if (!e.arg_keys.insert(std::string(to_string(role)) + "|head|" + hk).second) return;
  }
  Argument a;
  a.role = role;
  a.text = std::move(text);
  a.span = w.span(first, end);
  a.entity = entity;
  e.src.arguments.push_back(std::move(a));
}

void mark_sure(const Work& w, EventDraft& e, uint32_t first, uint32_t end) {
  while (first < end && (w.is_punct(first) || w.words[first] == "the")) ++first;
  while (end > first && w.is_punct(end - 1)) --end;
  if (first < end) e.sure.emplace_back(first, end);
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (s.empty()) return;
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

bool hospital_not_hit(const Work& w, uint32_t first, uint32_t end) {
  if (first >= end || first < 1) return false;
  const std::string_view head = w.words[end - 1];
  if (head != "hospital" && head != "hospitals" && head != "clinic" && head != "clinics" &&
      head != "infirmary")
    return false;
  auto strong = [&](uint32_t k) {
    const LexEntry* t = w.longest(k, LexClass::trigger);
    return t && t->kind != TriggerKind::weak && !w.has(k, LexClass::kill) && !w.has(k, LexClass::injure);
  };
  // "The Wazir Akbar Khan Hospital was attacked", "the clinic had been shelled", "the hospital
  // was hit by a missile": a passive attack word right after the phrase hits it.
  {
    const uint32_t n = static_cast<uint32_t>(w.words.size());
    uint32_t v = end;
    // (Over its town: "The civil hospital in Quetta was bombed".)
    if (v + 1 < n && (w.words[v] == "in" || w.words[v] == "at") && w.mention_at[v + 1] >= 0)
      for (const int m = w.mention_at[++v]; v < n && w.mention_at[v] == m;) ++v;
    const uint32_t after = v;
    for (int k = 0; k < 3 && v < n && (w.cue(v, Cue::be) || w.cue(v, Cue::auxiliary)); ++k) ++v;
    if (v > after && v < n &&
        (strong(v) || (w.has(v, LexClass::trigger) && v + 1 < n && w.words[v + 1] == "by")))
      return false;
  }
  // Back over the name's capitalised words and a possessive to the determiner ("attacked the
  // Wazir Akbar Khan Hospital", "stormed Kabul's Sardar Daud Khan hospital").
  uint32_t p = first;
  for (int n = 0; n < 10 && p > 0; ++n) {
    const uint32_t k = p - 1;
    const bool name =
        !w.lower_case && w.np_word(k) && !w.cue(k, Cue::determiner) && w.doc.tokens[k].has(kTokCapitalized);
    if (!name && !w.cue(k, Cue::determiner) && w.words[k] != "'s") break;
    --p;
    if (w.cue(k, Cue::determiner) && w.words[k] != "'s") break;
  }
  if (p == 0) return true;
  // "attacked the district hospital", "the hospital bombing" is no phrase here; "an attack on a
  // clinic", "a blast at a hospital", "a raid targeting a hospital".
  if (strong(p - 1)) return false;
  const std::string_view prep = w.words[p - 1];
  if (prep == "on" || prep == "against" || prep == "at" || prep == "outside" || prep == "inside" ||
      prep == "targeting" || prep == "near")
    for (uint32_t k = p - 1; k-- > 0 && k + 5 > p;)
      if (strong(k)) return false;
  // "a bomb exploded in a hospital"; not "were in provincial hospitals", "seized hostages in hospitals".
  const LexEntry* verb = p >= 2 ? w.longest(p - 2, LexClass::trigger) : nullptr;
  return !(prep == "in" && verb && verb->kind == TriggerKind::verb && strong(p - 2));
}

void add_target(EventDraft& e, const std::string& text, const std::string& category) {
  const std::string k = norm_key(text);
  auto same = [](const std::string& a, const std::string& b) {  // b is "a of ..."
    return b.size() > a.size() + 4 && b.compare(0, a.size(), a) == 0 && b.compare(a.size(), 4, " of ") == 0;
  };
  // "Chinese" after "Chinese couple": a modifier of a target named already, not another one.
  auto leading = [](const std::string& a, const std::string& b) {  // b is "a ..."
    return b.size() > a.size() + 1 && b.compare(0, a.size(), a) == 0 && b[a.size()] == ' ';
  };
  // "cathedral" after "Roman Catholic cathedral": the head of a target named already (and the
  // fuller name in place of a bare head named before it).
  auto head_of = [](const std::string& a, const std::string& b) {  // b is "... a"
    return a.find(' ') == std::string::npos && b.size() > a.size() + 1 &&
           b.compare(b.size() - a.size(), a.size(), a) == 0 && b[b.size() - a.size() - 1] == ' ';
  };
  for (auto& t : e.src.targets) {
    const std::string tk = norm_key(t.text);
    if (tk == k || same(tk, k) || same(k, tk) || (leading(k, tk) && t.category == category)) return;
    if (head_of(k, tk))
      return;  // ("the station" after "a police station" is that one, whatever its own class)
    if (head_of(tk, k) && t.category == category) {
      t.text = text;
      return;
    }
  }
  // The lexicon's short class for diplomats is GTD's "Government (Diplomatic)" in the output.
  e.src.targets.push_back(Target{text, category.empty()           ? "other"
                                       : category == "diplomatic" ? "government_diplomatic"
                                                                  : category});
}

bool armed_with(const Work& w, const Sentence& s, uint32_t first) {
  uint32_t p = first;
  for (int n = 0; n < 3 && p > s.first_token && (w.cue(p - 1, Cue::determiner) || w.number_at(p - 1)); ++n)
    --p;
  if (p == s.first_token) return false;
  const std::string_view v = w.words[p - 1];
  if (v == "wielding" || v == "brandishing") return true;
  return v == "with" && p - 1 > s.first_token && (w.words[p - 2] == "armed" || w.words[p - 2] == "equipped");
}

std::vector<Phrase> phrases_of(const Work& w, const Sentence& s) {
  std::vector<Phrase> heads;
  static constexpr LexClass kHeadClasses[] = {LexClass::weapon, LexClass::perp,   LexClass::member,
                                              LexClass::group,  LexClass::target, LexClass::human};
  for (uint32_t i = s.first_token; i < s.end_token;) {
    int m = w.mention_at[i];
    if (m >= 0) {
      const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
      uint32_t e = i;
      while (e < s.end_token && w.mention_at[e] == m) ++e;
      Phrase p;
      p.first = i;
      p.end = e;
      p.mention = &mn;
      // A lexicon head inside the mention tells the class of descriptions; a place the gazetteer
      // knows is none ("the West Bank" is no bank, "Tahrir Square" no target).
      p.cls = LexClass::function;
      const bool known_place =
          (mn.type == MentionType::GPE || mn.type == MentionType::LOC) && !mn.entity.empty();
      for (uint32_t k = i; k < e && !known_place; ++k)
        for (LexClass c : kHeadClasses)
          if (const LexEntry* le = w.longest(k, c)) {
            p.cls = c;
            p.category = le->value;
          }
      heads.push_back(p);
      i = e;
      continue;
    }
    if (const LexEntry* t = w.longest(i, LexClass::trigger); t && t->kind != TriggerKind::weak) {
      // "opened fire", "car bomb": the trigger's words are not argument heads, except a
      // weapon that names the trigger ("car bomb") when nothing else does.
      if (!w.longest(i, LexClass::weapon) || t->length > w.longest(i, LexClass::weapon)->length) {
        // "bomb attack", "dynamite attack": the weapon inside the trigger is still the weapon.
        for (uint32_t k = i; k < i + t->length && k < s.end_token; ++k)
          if (const LexEntry* we = w.longest(k, LexClass::weapon); we && k + we->length <= i + t->length) {
            Phrase p;
            p.first = k;
            p.end = k + we->length;
            p.cls = LexClass::weapon;
            p.category = we->value;
            heads.push_back(p);
            break;
          }
        i += t->length;
        continue;
      }
    }
    const LexEntry* best = nullptr;
    LexClass best_cls = LexClass::function;
    for (LexClass c : kHeadClasses)
      if (const LexEntry* le = w.longest(i, c); le && (!best || le->length > best->length)) {
        best = le;
        best_cls = c;
      }
    if (!best || i + best->length > s.end_token) {
      ++i;
      continue;
    }
    Phrase p;
    p.first = i;
    p.end = i + best->length;
    p.cls = best_cls;
    p.category = best->value;
    heads.push_back(p);
    i = p.end;
  }
  // Merge: a head followed directly by another head is its modifier ("police patrol car",
  // "car bomb"); the rightmost head decides the class, the leftmost category word wins.
  std::vector<Phrase> out;
  for (size_t k = heads.size(); k-- > 0;) {
    Phrase h = heads[k];
    if (h.mention) {
      Phrase p = h;
      if (p.cls == LexClass::group || p.cls == LexClass::member || p.cls == LexClass::perp) {
        p = extend(w, s, h.first, h.end, h.cls), p.mention = h.mention;
        // In mixed-case text a lower-case word of no class right before the name is a verb the
        // lists lack ("reluctant to admit ISIS was making inroads"), not a modifier.
        const uint32_t j = h.first - 1;
        if (!w.lower_case && p.first < h.first && w.doc.tokens[j].has(kTokWord) &&
            !w.doc.tokens[j].has(kTokCapitalized) && w.match_off[j] == w.match_off[j + 1] &&
            !w.cue(j, Cue::determiner))
          p.first = h.first;
      }
      out.push_back(p);
      continue;
    }
    Phrase p = extend(w, s, h.first, h.end, h.cls);
    p.category = h.category;
    // Swallow heads to the left that the extension covered; take their category if target-like.
    while (k > 0 && heads[k - 1].end > p.first && !heads[k - 1].mention) {
      const Phrase& left = heads[k - 1];
      if ((left.cls == LexClass::target || left.cls == LexClass::human) &&
          (p.cls == LexClass::target || p.cls == LexClass::human) && !left.category.empty() &&
          !people_possessive(w, s, left.end))
        p.category = left.category;
      if (left.cls == LexClass::weapon && p.cls == LexClass::weapon) p.category = left.category;
      p.first = std::min(p.first, left.first);
      --k;
    }
    // "the convoy of the deputy chairman": a target owned by a person named by role is one
    // target (target_category then takes the owner's category: a politician's convoy is not a
    // military one).
    if (p.cls == LexClass::target && !out.empty() && p.end + 1 < s.end_token && w.words[p.end] == "of") {
      uint32_t j = p.end + 1;
      if (w.cue(j, Cue::determiner)) ++j;
      const Phrase& owner = out.back();
      if (owner.first == j && !owner.mention && owner.cls == LexClass::human && !owner.category.empty()) {
        p.end = owner.end;
        // The whole title: "the deputy chairman", not "the deputy".
        if (const LexEntry* t = w.longest(j, LexClass::title);
            t && j + t->length > p.end && j + t->length <= s.end_token)
          p.end = j + t->length;
        out.pop_back();
      }
    }
    // A mention directly before (e.g. "LeJ faction") stays its own phrase.
    out.push_back(p);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

bool in_timex(const Work& w, uint32_t first, uint32_t end) {
  const Span sp = w.span(first, end);
  return std::any_of(w.doc.timexes.begin(), w.doc.timexes.end(),
                     [&](const Timex& t) { return t.span.start <= sp.start && sp.end <= t.span.end; });
}

std::pair<uint32_t, uint32_t> name_run(const Work& w, const Sentence& s, uint32_t i) {
  while (i < s.end_token && w.cue(i, Cue::determiner)) ++i;
  // Titles and their modifiers ("social democratic leader", "former defense minister
  // general") come first; the name is the run of unknown words after the last title.
  uint32_t k = i, after_title = kNone;
  while (k < s.end_token && k < i + 9) {
    if (const LexEntry* t = w.longest(k, LexClass::title)) {
      k += t->length;
      after_title = k;
    } else if (w.unknown_word(k) || (w.words[k] == "(" || w.words[k] == ")")) {
      ++k;
    } else {
      break;
    }
  }
  uint32_t start = after_title != kNone ? after_title : i;
  while (start < k && !w.unknown_word(start)) ++start;
  uint32_t e = start;
  while (e < k && e < start + 4 && w.unknown_word(e)) ++e;
  if (e == start) return {kNone, kNone};
  bool capital = !w.lower_case && w.doc.tokens[start].has(kTokCapitalized);
  // A single unknown lower-case word is rarely a name unless a title announces it.
  if (e - start < 2 && !capital && after_title == kNone) return {kNone, kNone};
  if (!w.lower_case && !capital) return {kNone, kNone};
  return {start, e};
}

int nearest_hit(const std::vector<Hit>& hits, size_t from, size_t to, uint32_t tok) {
  int best = -1;
  uint32_t best_d = kNone;
  for (size_t k = from; k < to; ++k) {
    const Hit& h = hits[k];
    uint32_t d = tok >= h.end ? tok - h.end + 1 : (h.tok >= tok ? h.tok - tok : 0);
    // Prefer the trigger before the phrase on ties.
    if (tok >= h.end)
      d = d * 2;
    else
      d = d * 2 + 1;
    if (d < best_d) {
      best_d = d;
      best = static_cast<int>(k);
    }
  }
  return best;
}

bool mention_is_actor(const Mention& m) {
  return m.type == MentionType::ARMED_GROUP || m.type == MentionType::ORG ||
         m.type == MentionType::STATE_ACTOR || m.type == MentionType::PERSON;
}

bool subset_before(const Work& w, uint32_t tok, uint32_t lo) {
  for (uint32_t i = tok; i-- > lo && i + 3 >= tok;) {
    std::string_view x = w.words[i];
    if (x == "including" || x == "among" || x == "includes" || x == "included") return true;
  }
  return false;
}

std::string person_category(const Work& w, const Sentence& s, uint32_t first) {
  for (uint32_t k = first, n = 0; k-- > s.first_token && n < 4; ++n) {
    if (const LexEntry* e = w.longest(k, LexClass::human); e && k + e->length <= first && !e->value.empty())
      return e->value;
    if (!w.has(k, LexClass::title) && !w.doc.tokens[k].has(kTokCapitalized)) break;
  }
  if (std::string c = apposition_category(w, s, first); !c.empty()) return c;
  return "private_citizens";
}

std::string target_category(const Work& w, uint32_t first, uint32_t end) {
  uint32_t of = end;
  for (uint32_t k = first; k < end; ++k)
    if (w.words[k] == "of") {
      of = k;
      break;
    }
  // Private people a place is named for yield to the place ("Shia mosque" is a religious
  // target, "Shia pilgrims" private citizens); police, soldiers or officials do not ("police
  // training college").
  auto target_after = [&](uint32_t k) {
    for (uint32_t j = k + 1; j < end; ++j)
      if (const LexEntry* t = w.longest(j, LexClass::target); t && !t->value.empty() && j + t->length <= end)
        return true;
    return false;
  };
  // A proper name is what its head says ("the Ambassador Hotel" is a hotel); a head with no
  // category leaves it to the words before, and so do police and soldiers, whose colleges and
  // bases GTD codes as theirs ("Balochistan Police College").
  bool name = !w.lower_case && of == end;
  for (uint32_t k = first; k < end && name; ++k) {
    name = w.doc.tokens[k].has(kTokCapitalized) || !w.doc.tokens[k].has(kTokWord);
    for (LexClass c : {LexClass::target, LexClass::human})
      if (const LexEntry* e = w.longest(k, c); e && (e->value == "police" || e->value == "military"))
        name = false;
  }
  if (name)
    for (uint32_t k = end; k-- > first;)
      if (const LexEntry* e = w.longest(k, LexClass::target); e && e->length == 1 && !e->value.empty()) {
        if (k + 1 == end) return e->value;
        break;
      }
  for (uint32_t from : {of < end ? of + 1 : end, first})
    for (uint32_t k = from; k < end; ++k) {
      const LexEntry* e = w.longest(k, LexClass::target);
      // ... unless people named by more words start there ("village chief" over "village").
      if (const LexEntry* p = w.longest(k, LexClass::human); p && e && p->length > e->length) e = p;
      if (!e) {
        e = w.longest(k, LexClass::human);
        if (e && e->value == "private_citizens" && target_after(k)) continue;
      }
      if (e && !e->value.empty() && k + e->length <= end) return e->value;
    }
  return "";
}

void carried_people(const Work& w, std::vector<Phrase>& ph) {
  for (Phrase& p : ph) {
    if (p.mention || !(p.cls == LexClass::target || p.cls == LexClass::human)) continue;
    uint32_t c = p.first + 1;
    while (c < p.end && !carry_verb(w.words[c])) ++c;
    if (c + 1 >= p.end || !w.has(c - 1, LexClass::target)) continue;
    std::string people;
    for (uint32_t k = c + 1; k < p.end && people.empty(); ++k)
      if (const LexEntry* e = w.longest(k, LexClass::human); e && k + e->length <= p.end) people = e->value;
    p.carrier_end = c;
    if (people == "police" || people == "military" || people == "government")
      p.category = people;
    else if (std::string cat = target_category(w, p.first, c); !cat.empty())
      p.category = std::move(cat);
  }
}

}  // namespace dossier::event_internal
