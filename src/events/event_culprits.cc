// Perpetrators and arguments settled after the model (pass 6 in event_stage.cc): attackers
// named by charges, trials, findings and authorship, their groups, targets that are no target,
// and the perpetrators' final names.

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

// The name of a person ending right before token `at` (a person's mention, else in cased text a
// run of up to four unknown capitalised words): its first token, or kNone.
uint32_t person_name_ending(const Work& w, const Sentence& s, uint32_t at) {
  if (at <= s.first_token) return kNone;
  uint32_t b = at;
  if (const int m = w.mention_at[at - 1]; m >= 0) {
    const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
    if (mn.type != MentionType::PERSON && !unlinked_name(w, mn)) return kNone;
    while (b > s.first_token && w.mention_at[b - 1] == m) --b;
    return b;
  }
  if (w.lower_case) return kNone;
  while (b > s.first_token && b + 4 > at && w.unknown_word(b - 1) && w.mention_at[b - 1] < 0) --b;
  return b < at ? b : kNone;
}

// The end of the name of a person starting at token `at` (as person_name_ending reads one), or
// kNone.
uint32_t person_name_starting(const Work& w, const Sentence& s, uint32_t at) {
  if (at >= s.end_token) return kNone;
  uint32_t e = at;
  if (const int m = w.mention_at[at]; m >= 0) {
    const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
    if (mn.type != MentionType::PERSON && !unlinked_name(w, mn)) return kNone;
    while (e < s.end_token && w.mention_at[e] == m) ++e;
    return e;
  }
  if (w.lower_case) return kNone;
  while (e < s.end_token && e < at + 4 && w.unknown_word(e) && w.mention_at[e] < 0) ++e;
  return e > at ? e : kNone;
}

// One named as having done an attack: tokens, role and actor id (when linked).
struct Culprit {
  uint32_t first = 0, end = 0;
  ArgumentRole role = ArgumentRole::perpetrator_individual;
  std::string entity;
};

// Is token k a word of an attack (no security operation)? A non-weak trigger, or a gerund of a
// casualty verb ("accused of killing 13 people").
bool attack_word(const Work& w, uint32_t k) {
  if (const LexEntry* t = w.longest(k, LexClass::trigger); t && t->kind != TriggerKind::weak)
    return t->type != EventType::security_operation;
  const LexEntry* kl = w.longest(k, LexClass::kill);
  return kl && w.words[k].ends_with("ing");
}

// The attack word an object starting at token k leads to, over determiners, numbers, dates,
// modifiers, "his role in", "the charges for", and gerunds of doing it ("carrying out",
// "participating in", "plotting to blow up"); kNone when the object is anything else ("accused
// of corruption", "charged with obstructing the investigation into the blasts").
uint32_t attack_in_object(const Work& w, const Sentence& s, uint32_t k) {
  for (uint32_t n = 0; k < s.end_token && n < 12; ++k, ++n) {
    if (attack_word(w, k)) return k;
    const std::string_view x = w.words[k];
    if (w.cue(k, Cue::culprit_gerund)) continue;
    // "accused of being the masterminds of the assassination".
    if (x == "of" && k > s.first_token && w.cue(k - 1, Cue::culprit_noun)) continue;
    if (k > s.first_token && w.cue(k - 1, Cue::culprit_gerund) &&
        (x == "to" || x == "out" || x == "in" || x == "off" || x == "part"))
      continue;
    if (x == "in" && k > s.first_token &&
        (w.words[k - 1] == "part" || w.words[k - 1] == "role" || w.words[k - 1] == "involvement" ||
         w.words[k - 1] == "connection"))
      continue;
    if (x == "for" && k > s.first_token && (w.words[k - 1] == "charges" || w.words[k - 1] == "counts"))
      continue;
    if (x == "with" && k > s.first_token && w.words[k - 1] == "connection") continue;
    if (x == "'s" || x == "-" || x == "and") continue;
    if (w.cue(k, Cue::determiner) || w.doc.tokens[k].has(kTokNumber) || parse_cardinal(x) ||
        in_timex(w, k, k + 1) || w.np_word(k))
      continue;
    return kNone;
  }
  return kNone;
}

// The actor or person a phrase [first, end) of a frame names, taken from its end: a mention of
// a person or a group, a name (a run of unknown words, capitalised in cased text, with the
// titles before it: "colonel ponce"), or a phrase of attackers, people or a group ("three
// persons", "a US soldier"). nullopt for anything else, pronouns included.
std::optional<Culprit> culprit_ending(const Work& w, const Sentence& s, uint32_t first, uint32_t end) {
  if (end <= first || end > s.end_token) return std::nullopt;
  if (const int m = w.mention_at[end - 1]; m >= 0) {
    const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
    uint32_t b = end - 1;
    while (b > first && w.mention_at[b - 1] == m) --b;
    if (mn.type == MentionType::PERSON)
      return Culprit{b, end, ArgumentRole::perpetrator_individual, mn.entity};
    if (mn.type == MentionType::ARMED_GROUP || mn.type == MentionType::ORG ||
        mn.type == MentionType::STATE_ACTOR)
      return Culprit{b, end, ArgumentRole::perpetrator_org, mn.entity};
    return std::nullopt;
  }
  uint32_t b = end;
  while (b > first && end - b < 4 && w.unknown_word(b - 1)) --b;
  if (b < end) {
    uint32_t t = b;
    while (t > first && w.word_is(t - 1, LexClass::title)) --t;
    // A lone lower-case word is a name only after a title ("colonel ponce").
    if (w.lower_case && end - b < 2 && t == b) return std::nullopt;
    return Culprit{t, end, ArgumentRole::perpetrator_individual, ""};
  }
  for (LexClass c : {LexClass::perp, LexClass::member, LexClass::human, LexClass::group}) {
    for (uint32_t k = end; k-- > first && k + 3 >= end;) {
      const LexEntry* e = w.longest(k, c);
      if (!e || k + e->length != end) continue;
      uint32_t a = k;
      while (a > first && a + 4 > k && (w.np_word(a - 1) || w.number_at(a - 1)) &&
             !w.cue(a - 1, Cue::determiner))
        --a;
      return Culprit{
          a, end, c == LexClass::group ? ArgumentRole::perpetrator_org : ArgumentRole::perpetrator_individual,
          ""};
    }
  }
  return std::nullopt;
}

// The one named right before token `at` (the subject of a frame), unless hedged ("could be"): back
// over auxiliaries, forms of "be", adverbs ("also", "later", "formally"), "found" / "pleaded", a
// closing quote, a relative "who" after a comma ("X, who is accused of ..."), an age ("Tsarnaev,
// 21, was convicted") or an apposition between commas ("X and Y, the world's biggest drug
// traffickers, are behind"); "X, whom the president accused of" names X. A description before a
// name's apposition yields to the name ("Maj Nidal Hasan, an army psychiatrist accused of killing
// 13 people"); a name inside a prepositional phrase is no subject.
std::optional<Culprit> culprit_before(const Work& w, const Sentence& s, uint32_t at) {
  uint32_t k = at;
  for (int n = 0; k > s.first_token && n < 4; ++n) {
    const std::string_view x = w.words[k - 1];
    // A guess names no one: "groups out of its control could be responsible for the acts".
    if (x == "could" || x == "might" || x == "may" || x == "perhaps" || x == "possibly") return std::nullopt;
    if (w.cue(k - 1, Cue::be) || w.cue(k - 1, Cue::auxiliary) || x == "also" || x == "later" ||
        x == "found" || x == "pleaded" || x == "now" || x == "both" || (x.size() > 4 && x.ends_with("ly")))
      --k;
    else
      break;
  }
  if (k > s.first_token && w.is_quote(k - 1)) --k;  // 'drug traffickers, "are behind this attack'
  if (k > s.first_token + 1 && w.cue(k - 1, Cue::relative) && w.words[k - 1] != "that" &&
      w.words[k - 2] == ",")
    k -= 2;
  // ", 21," before the verb.
  if (k > s.first_token + 3 && w.words[k - 1] == "," && w.doc.tokens[k - 2].has(kTokNumber) &&
      w.words[k - 3] == ",")
    k -= 3;
  auto named = [&](const std::optional<Culprit>& c) {
    return c && (!c->entity.empty() || w.unknown_word(c->end - 1));
  };
  // An apposition between commas before the verb ("X and Y, the world's biggest drug
  // traffickers, are behind"): the name before it.
  if (k > s.first_token + 2 && w.words[k - 1] == ",") {
    for (uint32_t q = k - 2; q > s.first_token && q + 12 > k; --q) {
      if (w.words[q] != ",") continue;
      auto n = culprit_ending(w, s, q > s.first_token + 8 ? q - 8 : s.first_token, q);
      if (named(n)) return n;
      break;
    }
    return std::nullopt;
  }
  if (k <= s.first_token || w.is_punct(k - 1)) return std::nullopt;
  // "X, whom the president accused of": the one before "whom", not the accuser.
  for (uint32_t a = k; a > s.first_token + 1 && a + 5 > k; --a) {
    if (w.words[a - 1] != "whom") {
      if (!(w.np_word(a - 1) || w.cue(a - 1, Cue::determiner) || w.has(a - 1, LexClass::title))) break;
      continue;
    }
    if (w.words[a - 2] != ",") return std::nullopt;
    auto n = culprit_ending(w, s, a - 2 > s.first_token + 8 ? a - 10 : s.first_token, a - 2);
    return named(n) ? n : std::nullopt;
  }
  uint32_t lo = k > s.first_token + 8 ? k - 8 : s.first_token;
  auto c = culprit_ending(w, s, lo, k);
  if (!c) return c;
  // Inside a prepositional phrase ("bombers connected to an insurgency in Chechnya were blamed"):
  // the subject is further back.
  if (c->first > s.first_token && w.cue(c->first - 1, Cue::locative_prep)) return std::nullopt;
  // A description in apposition to a name: the name.
  if (c->entity.empty() && !w.unknown_word(c->end - 1)) {
    uint32_t a = c->first;
    while (a > s.first_token && a + 3 > c->first && w.cue(a - 1, Cue::determiner)) --a;
    // An apposition opens with an article ("X, an army psychiatrist"; not "in London, police").
    const std::string_view art = w.words[a];
    if (a < c->first && (art == "a" || art == "an" || art == "the") && a > s.first_token + 1 &&
        w.words[a - 1] == ",") {
      const uint32_t lo2 = a - 1 > s.first_token + 6 ? a - 7 : s.first_token;
      if (auto n = culprit_ending(w, s, lo2, a - 1); n && n->role == ArgumentRole::perpetrator_individual &&
                                                     (!n->entity.empty() || w.unknown_word(n->end - 1)))
        return n;
    }
  }
  return c;
}

// The one named from token f on (after "by"): a mention of a person or a group, or a name (a run
// of unknown words after the titles: "fidel castano", "colonel orlando montano").
std::optional<Culprit> culprit_starting(const Work& w, const Sentence& s, uint32_t f) {
  while (f < s.end_token && w.cue(f, Cue::determiner)) ++f;
  if (f >= s.end_token) return std::nullopt;
  if (const int m = w.mention_at[f]; m >= 0) {
    uint32_t e = f;
    while (e < s.end_token && w.mention_at[e] == m) ++e;
    return culprit_ending(w, s, f, e);
  }
  uint32_t t = f;
  while (t < s.end_token && t < f + 4 && w.word_is(t, LexClass::title)) ++t;
  uint32_t e = t;
  while (e < s.end_token && e < t + 4 && w.unknown_word(e) && w.mention_at[e] < 0) ++e;
  if (e == t || (w.lower_case && e - t < 2 && t == f)) return std::nullopt;
  // The name ends where the noun phrase does ("the Islamic State of Iraq" is no "Islamic").
  if (e < s.end_token && (w.np_word(e) || w.has(e, LexClass::group))) return std::nullopt;
  return Culprit{f, e, ArgumentRole::perpetrator_individual, ""};
}

// Names joined to a culprit's by "and" or a comma: before it ("McVeigh and Nichols were
// convicted") or after it ("ordered by fidel castano and henry perez"). Names only: "the police
// and the army" are no one's list of suspects.
std::vector<Culprit> culprit_conjuncts(const Work& w, const Sentence& s, const Culprit& c) {
  std::vector<Culprit> out;
  auto named = [&](const std::optional<Culprit>& x) {
    return x && x->role == c.role && (!x->entity.empty() || w.unknown_word(x->end - 1));
  };
  // A comma joins names only in a list closed by "and" ("X, Y and Z"; not "in London, police").
  bool joined = false;
  size_t sure = 0;
  uint32_t j = c.first;
  for (int n = 0; n < 3 && j > s.first_token + 1; ++n) {
    uint32_t q = j - 1;
    if (w.words[q] != "and" && w.words[q] != ",") break;
    if (w.words[q] == "and" && w.words[q - 1] == ",") --q;
    joined = joined || w.words[j - 1] == "and";
    auto x = culprit_ending(w, s, q > s.first_token + 6 ? q - 6 : s.first_token, q);
    if (!named(x) || !joined) break;
    out.push_back(*x);
    j = x->first;
  }
  sure = out.size();
  joined = false;
  j = c.end;
  for (int n = 0; n < 3 && j + 1 < s.end_token; ++n) {
    uint32_t q = j;
    if (w.words[q] != "and" && w.words[q] != ",") break;
    if (w.words[q] == "," && w.words[q + 1] == "and") ++q;
    joined = joined || w.words[q] == "and";
    auto x = culprit_starting(w, s, q + 1);
    if (!named(x)) break;
    out.push_back(*x);
    j = x->end;
  }
  if (!joined) out.resize(sure);
  return out;
}

// The event of the trigger of sentence si at or nearest token k, or -1 when the sentence has none.
int nearest_event(const Work& w, int si, uint32_t k) {
  int ev = -1;
  uint32_t best = kNone;
  for (const Hit& h : w.hits) {
    if (h.event < 0 || h.sentence != si) continue;
    if (h.tok <= k && k < h.end) return h.event;
    const uint32_t d = k < h.tok ? h.tok - k : k - h.tok;
    if (d < best) best = d, ev = h.event;
  }
  return ev;
}

// The event an attack word at token k tells of: its trigger's, else the nearest in the sentence,
// else the report's main event.
int event_of_attack_word(const Work& w, int si, uint32_t k) {
  const int ev = nearest_event(w, si, k);
  return ev >= 0 ? ev : w.main_event;
}

bool object_pronoun(std::string_view x) { return x == "him" || x == "her" || x == "them"; }

// Whom "him" / "her" / "them" after an accusing verb at token g of segment si stands for ("X was
// arrested last week, and the authorities have accused him of assassinating ..."; "police arrested
// X on Monday. Prosecutors charged him with planting the bomb"): the nearest name before the verb,
// in its sentence or the one before; nullopt when that name is the accuser's ("X, who accused him
// of ...") or there is none.
std::optional<Culprit> accused_antecedent(const Work& w, int si, uint32_t g) {
  const Sentence& s = w.segs[static_cast<size_t>(si)];
  const uint32_t lo = si > 0 ? w.segs[static_cast<size_t>(si - 1)].first_token : s.first_token;
  for (uint32_t j = g; j-- > lo && j + 60 > g;) {
    const bool name_end = w.mention_at[j] >= 0
                              ? (j + 1 >= w.words.size() || w.mention_at[j + 1] != w.mention_at[j])
                              : w.unknown_word(j) && !(j + 1 < g && w.unknown_word(j + 1));
    if (!name_end) continue;
    const Sentence& in = j >= s.first_token ? s : w.segs[static_cast<size_t>(si - 1)];
    auto c = culprit_ending(w, in, j + 1 > in.first_token + 8 ? j - 7 : in.first_token, j + 1);
    if (!c || c->role != ArgumentRole::perpetrator_individual) continue;
    if (c->entity.empty() && (c->end - c->first < 2 && !w.word_is(c->first, LexClass::title))) continue;
    // The accuser: only a relative pronoun, commas, adverbs or auxiliaries between it and the verb.
    bool accuser = true;
    for (uint32_t k = c->end; k < g && accuser; ++k)
      accuser = w.words[k] == "," || w.words[k] == "who" || w.cue(k, Cue::auxiliary) || w.cue(k, Cue::be) ||
                w.words[k].ends_with("ly");
    if (accuser) return std::nullopt;
    return c;
  }
  return std::nullopt;
}

// Where the count before the people at token `first` starts ("five members of the army", "eight
// other soldiers of the battalion", "at least three members of"), up to three count words back;
// `first` when none. With their group named, the count is part of the phrase: MUC-4's annotators
// keep it ("eight members of the army"; of the plain counted phrases they keep about half).
uint32_t counted_from(const Work& w, const Sentence& s, uint32_t first) {
  uint32_t q = first;
  while (q > s.first_token && first - q < 3 && w.cue(q - 1, Cue::quantifier)) --q;
  return q;
}

// Attackers named as members of their group take the count before them (counted_from): a phrase
// that opens with a word for members right before "of" ("members of the army").
void count_their_members(Work& w) {
  for (auto& e : w.events) {
    bool changed = false;
    for (auto& a : e.src.arguments) {
      if (a.role != ArgumentRole::perpetrator_individual) continue;
      const auto [first, end] = w.tokens_of(a.span);
      if (end < first + 3 || w.words[first + 1] != "of" || !w.has(first, LexClass::member)) continue;
      const Sentence* s = nullptr;
      for (const auto& x : w.segs)
        if (x.first_token <= first && first < x.end_token) s = &x;
      if (!s) continue;
      const uint32_t f = counted_from(w, *s, first);
      if (f == first) continue;
      a.text = w.text(f, end);
      a.span = w.span(f, end);
      changed = true;
    }
    if (changed) rebuild_arg_keys(w, e);
  }
}

// "the attack was carried out by members of the FARC", "fighters of al Shabaab": the armed group
// the attackers are named as members of is a perpetrator too (the individuals' phrase stays), and
// the same phrase given twice (the role model's and a rule's, both widened) is one argument.
void their_group_perpetrates(Work& w, EventDraft& e) {
  std::vector<std::pair<uint32_t, uint32_t>> groups;
  std::vector<std::pair<uint32_t, uint32_t>> seen;
  const size_t n = e.src.arguments.size();
  std::erase_if(e.src.arguments, [&](const Argument& a) {
    if (a.role != ArgumentRole::perpetrator_individual) return false;
    const auto [first, end] = w.tokens_of(a.span);
    if (std::find(seen.begin(), seen.end(), std::pair{first, end}) != seen.end()) return true;
    seen.emplace_back(first, end);
    if (end < first + 3 || !w.has(first, LexClass::member) || w.words[first + 1] != "of") return false;
    for (uint32_t k = first + 2; k < end; ++k) {
      const int m = w.mention_at[k];
      if (m < 0 || w.doc.mentions[static_cast<size_t>(m)].type != MentionType::ARMED_GROUP) continue;
      uint32_t b = k;
      while (b < end && w.mention_at[b] == m) ++b;
      groups.emplace_back(k, b);
      break;
    }
    return false;
  });
  if (e.src.arguments.size() != n) rebuild_arg_keys(w, e);
  for (const auto& [first, end] : groups) {
    const Mention& m = w.doc.mentions[static_cast<size_t>(w.mention_at[first])];
    add_argument(w, e, ArgumentRole::perpetrator_org, first, end, m.entity);
    add_unique(e.src.perpetrators, m.entity);
  }
}

// Do the tokens [first, end) tell of harm: a trigger of any kind ("the blast"), or a word of
// killing, injury or a weapon?
bool harm_told(const Work& w, uint32_t first, uint32_t end) {
  for (uint32_t k = first; k < end; ++k)
    if (w.has(k, LexClass::trigger) || w.has(k, LexClass::kill) || w.has(k, LexClass::injure) ||
        w.has(k, LexClass::weapon))
      return true;
  return false;
}

}  // namespace

void add_sure_perpetrator(Work& w, EventDraft& e, ArgumentRole role, uint32_t first, uint32_t end,
                          const std::string& entity, int si) {
  const std::string key = norm_key(w.text(first, end));
  const Span sp = w.span(first, end);
  const auto n = e.src.arguments.size();
  std::erase_if(e.src.arguments, [&](const Argument& a) {
    return (a.role == ArgumentRole::victim || a.role == ArgumentRole::target) &&
           (norm_key(a.text) == key || a.span.overlaps(sp));
  });
  std::erase_if(e.src.targets, [&](const Target& t) { return norm_key(t.text) == key; });
  if (e.src.arguments.size() != n) {
    rebuild_arg_keys(w, e);
  }
  const size_t before = e.src.arguments.size();
  add_argument(w, e, role, first, end, entity);
  if (e.src.arguments.size() == before) return;
  add_unique(e.src.perpetrators, entity);
  add_evidence(w, e, si);
  e.sure.emplace_back(first, end);
}

void add_named_attackers(Work& w) {
  for (size_t si = 0; si < w.segs.size(); ++si) {
    const Sentence& s = w.segs[si];
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const bool opens = i == s.first_token;  // a name opening the sentence: described after it
      // The name: a person's mention, else (no entity stage ran, or it missed the name) a run of
      // unknown words ("bomber Dzhokhar Tsarnaev" in text with no mentions).
      const int m = w.mention_at[i];
      uint32_t end = i;
      std::string entity;
      if (m >= 0) {
        if (!opens && w.mention_at[i - 1] == m) continue;
        const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
        if (mn.type != MentionType::PERSON && !unlinked_name(w, mn)) continue;
        while (end < s.end_token && w.mention_at[end] == m) ++end;
        entity = mn.entity;
      } else {
        // In text with no capitals an unknown word is as often a common noun ("the terrorists'
        // communique states").
        if (w.lower_case || !w.unknown_word(i) ||
            (!opens && (w.unknown_word(i - 1) || w.mention_at[i - 1] >= 0)))
          continue;
        while (end < s.end_token && end < i + 4 && w.unknown_word(end) && w.mention_at[end] < 0) ++end;
      }
      if (end - i < 2) continue;  // a full name: "militant Protestants" is no attacker named
      // The word before, over a comma ("the gunman, Omar Mateen").
      uint32_t b = !opens && w.words[i - 1] == "," && i - 1 > s.first_token ? i - 1 : i;
      if (b < i && (end >= s.end_token || w.words[end] != ",")) continue;
      // Does an attacker's word end right before token `at`?
      auto attacker_ending = [&](uint32_t at) {
        if (at <= s.first_token) return false;
        for (uint32_t k = at > s.first_token + 3 ? at - 3 : s.first_token; k < at; ++k)
          if (const LexEntry* e = w.longest(k, LexClass::perp);
              e && k + e->length == at && e->value != "head")
            return true;
        if (at >= s.first_token + 2 && w.cue(at - 1, Cue::suspect_noun)) {
          const LexEntry* t = w.longest(at - 2, LexClass::trigger);
          if (t && t->kind == TriggerKind::noun) return true;
        }
        // "the perpetrator, Richard Reid,", "the suspect, X,": the report's attacker; in a ramming,
        // "the driver, X,".
        return w.cue(at - 1, Cue::culprit_noun) ||
               (at > s.first_token + 1 && w.cue(at - 1, Cue::suspect_noun) && w.words[at - 2] == "the") ||
               (w.ramming && (w.words[at - 1] == "driver" || w.words[at - 1] == "drivers"));
      };
      // Where the attacker's word ends: before the name or its comma; before "of" and a vehicle
      // ("the driver of the van, X,"); or before a copula with the name its complement ("the
      // bomber was X", "one of the attackers was X", "the gunman is X").
      uint32_t aw = kNone;
      if (attacker_ending(b)) {
        aw = b;
      } else if (b < i && b >= s.first_token + 3 && w.cue(b - 1, Cue::vehicle)) {
        uint32_t o = b - 1;
        while (o > s.first_token && o + 3 > b && w.words[o] != "of") --o;
        if (w.words[o] == "of" && attacker_ending(o)) aw = o;
      } else if (b == i && i >= s.first_token + 2 &&
                 (w.words[i - 1] == "was" || w.words[i - 1] == "were" || w.words[i - 1] == "is") &&
                 attacker_ending(i - 1)) {
        aw = i - 1;
      }
      // After the name: an apposition ("Omar Mateen, the gunman, was killed") or a copula ("X,
      // 29, a security guard, was the gunman"), over an age and one apposition between commas.
      if (aw == kNone && end + 2 < s.end_token) {
        uint32_t j = end;
        if (j + 3 < s.end_token && w.words[j] == "," && w.doc.tokens[j + 1].has(kTokNumber) &&
            w.words[j + 2] == ",")
          j += 2;
        const bool comma = w.words[j] == ",";
        uint32_t c = j + 1;
        if (comma && c < s.end_token && w.words[c] != "the") {  // ", a security guard from X," then "was"
          while (c < s.end_token && c < j + 12 && w.words[c] != ",") ++c;
          if (c + 1 < s.end_token && w.words[c] == "," && (w.words[c + 1] == "was" || w.words[c + 1] == "is"))
            j = c + 1;
        } else if (comma) {
          j = end;  // ", the gunman,"
        }
        const std::string_view x = w.words[j];
        const bool copula = x == "was" || x == "is";
        if ((copula || x == ",") && j + 2 < s.end_token && w.words[j + 1] == "the")
          for (uint32_t t = j + 3; t <= s.end_token && t < j + 6 && aw == kNone; ++t) {
            if (!attacker_ending(t)) continue;
            // The description ends the clause: ", the gunman," / "was the gunman." (not "the
            // gunman's brother", "was the gunman's target").
            if (t == s.end_token || w.is_punct(t) ||
                (!copula && (w.cue(t, Cue::be) || w.cue(t, Cue::auxiliary))))
              aw = t;
          }
      }
      // A capitalised "Bomber" is a headline's, whose title-case words the tagger reads as names
      // ("Boston Bomber Admits Guilt").
      if (aw == kNone || (!w.lower_case && w.doc.tokens[aw - 1].has(kTokCapitalized))) continue;
      // Of the attack told nearest the attacker's word in the sentence ("the Brussels attacks
      // suspects and ... Paris attacks suspect Salah Abdeslam": the Paris attacks'), else of the
      // report's main attack; a name the entity stage did not find only in a sentence telling
      // of an attack or after "the" ("the perpetrator, Richard Reid": the report's attacker;
      // "Oklahoma City bomber Timothy McVeigh" in a list of the executed is another's).
      int ev = nearest_event(w, static_cast<int>(si), b);
      uint32_t d = aw;
      while (d > s.first_token && d + 4 > aw && !w.cue(d - 1, Cue::determiner) && w.is_word(d - 1) &&
             !w.doc.tokens[d - 1].has(kTokCapitalized))
        --d;
      if (ev < 0 && (!entity.empty() || (d > s.first_token && w.words[d - 1] == "the"))) ev = w.main_event;
      if (ev < 0) continue;
      EventDraft& e = w.events[static_cast<size_t>(ev)];
      if (e.src.type == EventType::security_operation) continue;
      add_sure_perpetrator(w, e, ArgumentRole::perpetrator_individual, i, end, entity, static_cast<int>(si));
      // The words that describe the attacker named ("The driver, X, was shot dead") are no one hit.
      const std::string key = norm_key(w.text(d, aw));
      const Span desc = w.span(d, aw);
      drop_arguments(e, [&](const Argument& a) {
        return (a.role == ArgumentRole::victim || a.role == ArgumentRole::target) && a.span.overlaps(desc);
      });
      std::erase_if(e.src.targets, [&](const Target& t) { return norm_key(t.text) == key; });
    }
  }
}

void add_coordinated_attackers(Work& w) {
  for (size_t si = 0; si < w.segs.size(); ++si) {
    const Sentence& s = w.segs[si];
    for (uint32_t a = s.first_token + 1; a + 1 < s.end_token; ++a) {
      if (w.words[a] != "and") continue;
      // The first: a name, or a pronoun standing for one (then only the second is added).
      uint32_t first = kNone;
      const bool pronoun = w.words[a - 1] == "he" || w.words[a - 1] == "she";
      if (!pronoun) {
        first = person_name_ending(w, s, a);
        if (first == kNone) continue;
      }
      // The subject starts the sentence or a clause, also after a verb of saying (not "charged with
      // X and Y").
      const uint32_t start = pronoun ? a - 1 : first;
      if (start > s.first_token) {
        const std::string_view p = w.words[start - 1];
        if (p != "," && p != "that" && p != "when" && p != "\"" && p != "“" && p != "." &&
            !w.has(start - 1, LexClass::title) && !w.cue(start - 1, Cue::report_verb))
          continue;
      }
      // The second: "his (younger) brother(, Y,)" or a name.
      uint32_t j = a + 1, second = kNone, second_end = kNone;
      if (w.words[j] == "his" || w.words[j] == "her") {
        ++j;
        uint32_t n = 0;
        while (j < s.end_token && n < 3 && !w.cue(j, Cue::kin) && w.is_word(j) &&
               !w.doc.tokens[j].has(kTokCapitalized))
          ++j, ++n;
        if (j >= s.end_token || !w.cue(j, Cue::kin)) continue;
        ++j;
        const bool comma = j < s.end_token && w.words[j] == ",";
        const uint32_t e = person_name_starting(w, s, comma ? j + 1 : j);
        if (e != kNone && (!comma || (e < s.end_token && w.words[e] == ","))) {
          second = comma ? j + 1 : j;
          second_end = e;
          j = comma ? e + 1 : e;
        }
      } else {
        second_end = person_name_starting(w, s, j);
        if (second_end == kNone) continue;
        second = j;
        j = second_end;
      }
      if (first == kNone && second == kNone) continue;
      // The verb right after the subject, over adverbs and "had": an attack's or killing verb, or
      // a deed of setting off or planting bombs.
      while (j < s.end_token && j < a + 16 && (w.words[j].ends_with("ly") || w.words[j] == "had")) ++j;
      if (j >= s.end_token) continue;
      const LexEntry* t = w.longest(j, LexClass::trigger);
      const LexEntry* k = w.longest(j, LexClass::kill);
      // (A deed verb with its words: "set off", "opened fire", "carried out"; not "carried the
      // wounded".)
      const std::string_view nx = j + 1 < s.end_token ? w.words[j + 1] : std::string_view();
      const bool deed_told =
          w.cue(j, Cue::deed_verb) &&
          ((w.words[j] == "set" && nx == "off") || (w.words[j] == "opened" && nx == "fire") ||
           (w.words[j] == "carried" && nx == "out") ||
           (w.words[j] != "set" && w.words[j] != "opened" && w.words[j] != "carried"));
      if (!(t && t->kind != TriggerKind::noun) && !(k && k->value == "verb") && !deed_told) continue;
      // Of the attack told nearest the verb in the sentence.
      const int ev = nearest_event(w, static_cast<int>(si), j);
      if (ev < 0) continue;
      EventDraft& e = w.events[static_cast<size_t>(ev)];
      if (e.src.type == EventType::security_operation) continue;
      auto entity_of = [&](uint32_t f) {
        const int m = w.mention_at[f];
        return m >= 0 ? w.doc.mentions[static_cast<size_t>(m)].entity : std::string();
      };
      if (first != kNone)
        add_sure_perpetrator(w, e, ArgumentRole::perpetrator_individual, first, a, entity_of(first),
                             static_cast<int>(si));
      if (second != kNone)
        add_sure_perpetrator(w, e, ArgumentRole::perpetrator_individual, second, second_end,
                             entity_of(second), static_cast<int>(si));
    }
  }
}

void add_accused_attackers(Work& w) {
  // `accuser`: who accuses, when the sentence names them ("prosecutors accused X of ..."): the data
  // model's blamed_by, so the perpetrator reads as one accused.
  auto add = [&](int si, uint32_t attack, const Culprit& c, const std::string& accuser = "") {
    const int ev = event_of_attack_word(w, si, attack);
    if (ev < 0) return;
    EventDraft& e = w.events[static_cast<size_t>(ev)];
    if (e.src.type == EventType::security_operation) return;
    add_sure_perpetrator(w, e, c.role, c.first, c.end, c.entity, si);
    for (const Culprit& x : culprit_conjuncts(w, w.segs[static_cast<size_t>(si)], c))
      add_sure_perpetrator(w, e, x.role, x.first, x.end, x.entity, si);
    add_unique(e.src.blamed_by, accuser);
  };
  // A title-case headline ("Boston Bombing Suspect Found Guilty") reads every word as a name.
  auto headline = [&](const Sentence& s, uint32_t k) {
    return !w.lower_case && k > s.first_token && w.doc.tokens[k].has(kTokCapitalized);
  };
  for (size_t si = 0; si < w.segs.size(); ++si) {
    const Sentence& s = w.segs[si];
    if (!w.doc.body.empty() && !w.doc.in_body(s.span.start)) continue;
    const int sn = static_cast<int>(si);
    for (uint32_t g = s.first_token; g < s.end_token; ++g) {
      if (headline(s, g)) continue;
      // "police identified the gunman as X", "the bomber, who has been identified as X": the name
      // the entity stage did not find (sure_attacker takes its mentions).
      if (w.words[g] == "as" && g > s.first_token && g + 1 < s.end_token && w.mention_at[g + 1] < 0 &&
          !headline(s, g - 1) && identified_attacker(w, s, g)) {
        if (auto c = culprit_starting(w, s, g + 1); c && c->role == ArgumentRole::perpetrator_individual)
          add(sn, g, *c);
        continue;
      }
      if (w.cue(g, Cue::accused_verb)) {
        // "was not convicted", "pleaded not guilty", "neither X nor Y were tried", "were wrongly
        // convicted": no one the report names as its author.
        auto cleared = [&](uint32_t from) {
          for (uint32_t b = g; b-- > s.first_token && b + 1 >= from;)
            if (w.has(b, LexClass::negation) || w.words[b] == "neither" || w.words[b] == "wrongly" ||
                w.words[b] == "wrongfully" || w.words[b] == "falsely")
              return true;
          return false;
        };
        if (cleared(g > s.first_token + 3 ? g - 3 : s.first_token)) continue;
        // "were jailed for the pub bombings, but later had their convictions quashed".
        bool overturned = false;
        for (uint32_t k = g + 1; k < s.end_token; ++k)
          overturned = overturned || w.words[k] == "quashed" || w.words[k] == "overturned" ||
                       w.words[k] == "acquitted" || w.words[k] == "exonerated";
        if (overturned) continue;
        const std::string_view gw = w.words[g];
        const bool to_ok = gw == "guilty" || gw == "admitted" || gw == "confessed";
        auto prep = [&](uint32_t k) {
          const std::string_view x = w.words[k];
          return x == "of" || x == "in" || x == "for" || x == "over" || x == "with" || (to_ok && x == "to");
        };
        // The words before the preposition: none ("was convicted of"), a count, a sentence or a
        // day ("on all counts Wednesday", "to death"), or the one accused ("accused the younger
        // Tsarnaev of", "found X guilty of").
        auto neutral = [&](uint32_t k) {
          const std::string_view x = w.words[k];
          return x == "on" || x == "all" || x == "counts" || x == "charges" || x == "to" || x == "death" ||
                 x == "life" || x == "prison" || x == "guilty" || w.doc.tokens[k].has(kTokNumber) ||
                 in_timex(w, k, k + 1);
        };
        // "accused him of": the one the pronoun stands for (accused_antecedent).
        const bool pronoun = g + 2 < s.end_token && object_pronoun(w.words[g + 1]);
        uint32_t p = pronoun ? g + 2 : g + 1;
        while (!pronoun && p < s.end_token && p < g + 8 && !prep(p) &&
               (w.np_word(p) || w.cue(p, Cue::determiner) || neutral(p)))
          ++p;
        if (p + 1 >= s.end_token || !prep(p)) continue;
        const uint32_t attack = attack_in_object(w, s, p + 1);
        if (attack == kNone) continue;
        bool all_neutral = true;
        for (uint32_t k = g + 1; k < p; ++k) all_neutral = all_neutral && neutral(k);
        std::optional<Culprit> c;
        if (!all_neutral) {
          c = pronoun ? accused_antecedent(w, sn, g) : culprit_ending(w, s, g + 1, p);
          // Someone else, or no one said ("accused him of"): the accuser before the verb is not it.
          if (!c) continue;
          // The accuser: the actor or the words right before the verb ("Colombia", "prosecutors").
          if (gw.starts_with("accus") || gw.starts_with("blam") || gw.starts_with("charg") ||
              gw.starts_with("indict")) {
            uint32_t k = g;
            while (k > s.first_token && w.cue(k - 1, Cue::auxiliary)) --k;
            std::string accuser;
            if (k > s.first_token && w.mention_at[k - 1] >= 0 &&
                mention_is_actor(w.doc.mentions[static_cast<size_t>(w.mention_at[k - 1])]))
              accuser = w.doc.mentions[static_cast<size_t>(w.mention_at[k - 1])].entity;
            if (accuser.empty()) {
              uint32_t j = k;
              while (j > s.first_token && j + 4 > k && w.np_word(j - 1)) --j;
              if (j < k) accuser = w.text(j, k);
            }
            add(sn, attack, *c, accuser);
            continue;
          }
        } else {
          // Passive or adjectival: "X was convicted", "X, who is accused of", "persons suspected
          // of"; "X admitted to carrying out the attack".
          c = culprit_before(w, s, g);
          if (c && cleared(c->first > s.first_token + 2 ? c->first - 2 : s.first_token)) continue;
        }
        if (c) add(sn, attack, *c);
        continue;
      }
      // "Dzhokhar Tsarnaev had placed the second bomb", "McVeigh, who had planted the bomb": a named
      // subject of a verb whose object is a weapon.
      if (w.cue(g, Cue::weapon_verb) && g > s.first_token && !w.cue(g - 1, Cue::be)) {
        const uint32_t o = g + 1;
        uint32_t k = o;
        while (k < s.end_token && k < o + 5 && !w.has(k, LexClass::weapon) &&
               (w.cue(k, Cue::determiner) || w.np_word(k) || w.number_at(k) || w.words[k] == "-"))
          ++k;
        if (k >= s.end_token || !w.has(k, LexClass::weapon)) continue;
        auto c = culprit_before(w, s, g);
        if (c && c->role == ArgumentRole::perpetrator_individual &&
            (!c->entity.empty() || w.unknown_word(c->end - 1)))
          add(sn, k, *c);
        continue;
      }
      if (w.cue(g, Cue::culprit_verb)) {
        const std::string_view gw = w.words[g];
        uint32_t o = g + 1;
        if (gw == "carried" || gw == "took" || gw == "participated") {
          if (gw == "carried" && o < s.end_token && w.words[o] == "out")
            ++o;
          else if (gw == "took" && o + 1 < s.end_token && w.words[o] == "part" && w.words[o + 1] == "in")
            o += 2;
          else if (gw == "participated" && o < s.end_token && w.words[o] == "in")
            ++o;
          else
            continue;
        }
        if (gw == "responsible") {
          if (o < s.end_token && w.words[o] == "for")
            ++o;
          else
            continue;
        }
        // "was behind", not "behind the wheel"; "X planned the attack", not "the attack was planned".
        const bool be_before = g > s.first_token && w.cue(g - 1, Cue::be);
        if (o >= s.end_token) continue;
        if (be_before && w.words[o] == "by" && gw != "behind" && gw != "responsible") {
          // "the killing had been ordered by fidel castano and henry perez": an attack for the
          // subject, the agent after "by".
          uint32_t k = g - 1;
          while (k > s.first_token && (w.cue(k - 1, Cue::be) || w.cue(k - 1, Cue::auxiliary))) --k;
          uint32_t attack = kNone;
          for (uint32_t b = k; b-- > s.first_token && b + 6 >= k && attack == kNone;) {
            if (attack_word(w, b))
              attack = b;
            else if (!(w.np_word(b) || w.cue(b, Cue::determiner) || w.words[b] == "of"))
              break;
          }
          if (attack == kNone) continue;
          if (auto c = culprit_starting(w, s, o + 1)) add(sn, attack, *c);
          continue;
        }
        if ((gw == "behind" || gw == "responsible") ? !be_before : be_before) continue;
        // The attack itself right after, over determiners and modifiers only.
        uint32_t k = o;
        while (k < s.end_token && k < o + 6 && !attack_word(w, k) &&
               (w.cue(k, Cue::determiner) || w.np_word(k) || w.doc.tokens[k].has(kTokNumber)))
          ++k;
        if (k >= s.end_token || !attack_word(w, k)) continue;
        // Attacks in general name no culprit of this one: "Baloch separatists have carried out
        // similar attacks in the past", "X has carried out attacks across the region"; "the
        // attacks", "both attacks", "two attacks" are specific.
        if (w.words[k].ends_with("s")) {
          bool specific = false, general = false;
          for (uint32_t b = o; b < k; ++b) {
            const std::string_view x = w.words[b];
            specific = specific || x == "the" || x == "these" || x == "those" || x == "both" || x == "'s" ||
                       w.doc.tokens[b].has(kTokNumber) || parse_cardinal(x);
            general = general || w.cue(b, Cue::earlier) || x == "such" || x == "other" || x == "many" ||
                      x == "several" || x == "numerous" || x == "frequent" || x == "repeated";
          }
          // A bare plural is attacks in general only when told as a habit ("has carried out
          // attacks in the region"); "carried out coordinated attacks on two villages on Sunday"
          // is the news.
          bool habit = false;
          for (uint32_t b = g; b-- > s.first_token && b + 3 > g && !habit;)
            habit = w.words[b] == "has" || w.words[b] == "have" || w.words[b] == "had" ||
                    w.words[b] == "often" || w.words[b] == "frequently" || w.words[b] == "regularly" ||
                    w.words[b] == "routinely";
          if (general || (!specific && habit)) continue;
        }
        if (auto c = culprit_before(w, s, g)) add(sn, k, *c);
        continue;
      }
    }
  }
}

void widen_to_their_group(Work& w) {
  const auto& toks = w.doc.tokens;
  for (auto& e : w.events)
    for (auto& a : e.src.arguments) {
      if (a.role != ArgumentRole::perpetrator_individual) continue;
      const auto [first, end] = w.tokens_of(a.span);
      if (end <= first || end + 2 >= toks.size() || w.words[end] != "of") continue;
      // A word that says nothing of whom without its group ("members", "fighters", "cell").
      const LexEntry* head = w.longest(end - 1, LexClass::member);
      if (!head || head->value != "head") continue;
      const Sentence* s = nullptr;
      for (const auto& x : w.segs)
        if (x.first_token <= first && first < x.end_token) s = &x;
      if (!s || end + 2 > s->end_token) continue;
      uint32_t j = end + 1;
      if (w.words[j] == "the" || w.words[j] == "a") ++j;
      uint32_t k = j;
      bool groupish = false;
      while (k < s->end_token && k < j + 7 && (w.np_word(k) || w.has(k, LexClass::group))) {
        groupish =
            groupish || w.has(k, LexClass::group) || w.unknown_word(k) ||
            (w.mention_at[k] >= 0 && mention_is_actor(w.doc.mentions[static_cast<size_t>(w.mention_at[k])]));
        ++k;
      }
      if (k == j || !groupish) continue;
      a.text = w.text(first, k);
      a.span = w.span(first, k);
    }
  for (auto& e : w.events) their_group_perpetrates(w, e);
  count_their_members(w);
}

void settle_arguments(Work& w) {
  auto sentence_of = [&](uint32_t tok) -> const Sentence* {
    for (const auto& s : w.segs)
      if (s.first_token <= tok && tok < s.end_token) return &s;
    return nullptr;
  };
  auto hurt_within = [&](uint32_t from, uint32_t to) {
    for (uint32_t k = from; k < to; ++k)
      if (w.has(k, LexClass::kill) || w.has(k, LexClass::injure)) return true;
    return false;
  };
  // The sentence tells of harm: an attack word, a casualty or damage word ("killed", "wrecked").
  auto told_harm = [&](const Sentence& s) {
    for (uint32_t k = s.first_token; k < s.end_token; ++k)
      if (w.has(k, LexClass::trigger) || w.has(k, LexClass::kill) || w.has(k, LexClass::injure)) return true;
    return false;
  };
  // A reporting verb before the phrase, over titles ("said Deputy Commissioner X", "told Yahoo
  // News"), or after it and an apposition between commas ("X, head of the branch, said").
  auto speaker = [&](const Sentence& s, uint32_t first, uint32_t end) {
    uint32_t b = first;
    while (b > s.first_token && w.has(b - 1, LexClass::title)) --b;
    if (b > s.first_token && w.cue(b - 1, Cue::report_verb))
      return !hurt_within(end, std::min(end + 8, s.end_token));
    // "18 killed, citing local officials", "according to local officials": the source.
    if (b > s.first_token + 1 &&
        (w.words[b - 1] == "citing" || (w.words[b - 1] == "to" && w.words[b - 2] == "according")))
      return true;
    if (speaks(w, end)) return true;
    // "the defence ministry in Bamako said": over the speaker's seat.
    if (end + 2 < s.end_token && w.words[end] == "in" && w.mention_at[end + 1] >= 0 &&
        is_place_mention(w.doc.mentions[static_cast<size_t>(w.mention_at[end + 1])])) {
      uint32_t k = end + 1;
      while (k < s.end_token && w.mention_at[k] == w.mention_at[end + 1]) ++k;
      if (speaks(w, k)) return true;
    }
    // "their spokesman Zabihullah Mujahid, who said dozens had been killed".
    if (end + 2 < s.end_token && w.words[end] == "," && w.cue(end + 1, Cue::relative) &&
        w.cue(end + 2, Cue::report_verb))
      return true;
    if (end < s.end_token && w.words[end] == ",") {
      for (uint32_t k = end + 1; k + 1 < s.end_token && k < end + 16; ++k) {
        if (w.has(k, LexClass::kill) || w.has(k, LexClass::injure) || w.has(k, LexClass::trigger)) break;
        if (w.words[k] == "," && w.cue(k + 1, Cue::report_verb)) return true;
      }
    }
    return false;
  };
  // The vehicle at [first, end) driven into something: before a ramming verb, or after one and
  // before "into" / "through".
  auto rammed_with = [&](const Sentence& s, uint32_t first, uint32_t end) {
    if (!w.cue(end - 1, Cue::vehicle)) return false;
    // "an explosive-laden vehicle", "bomb-laden truck": the vehicle carries the explosives.
    // (A weapon word alone is what the vehicle carries as cargo: "a gasoline truck" is hit.)
    for (uint32_t k = first; k + 1 < end; ++k) {
      const std::string_view x = w.words[k];
      if (const auto dash = x.find('-');
          dash != std::string_view::npos && dash > 0 && w.lex.is(x.substr(0, dash), LexClass::weapon))
        return true;
    }
    // "a car packed with explosives", "a truck rigged with bombs".
    if (end + 2 < s.end_token &&
        (w.words[end] == "packed" || w.words[end] == "laden" || w.words[end] == "loaded" ||
         w.words[end] == "rigged" || w.words[end] == "filled" || w.words[end] == "stuffed") &&
        w.words[end + 1] == "with")
      for (uint32_t j = end + 2; j < s.end_token && j < end + 5; ++j)
        if (w.has(j, LexClass::weapon)) return true;
    uint32_t k = end;
    while (k < s.end_token && k < end + 2 && (w.words[k].ends_with("ly") || w.cue(k, Cue::auxiliary))) ++k;
    if (k < s.end_token && w.cue(k, Cue::ram_verb)) return true;
    uint32_t b = first;
    while (b > s.first_token && b + 4 > first && !w.cue(b - 1, Cue::ram_verb) && w.np_word(b - 1)) --b;
    return b > s.first_token && w.cue(b - 1, Cue::ram_verb) && end < s.end_token &&
           (w.words[end] == "into" || w.words[end] == "through");
  };
  // "Gunmen ambushed a convoy": an attacker word right before the active attack verb is the
  // perpetrator, when the event has none.
  for (auto& e : w.events) {
    if (e.src.type == EventType::security_operation ||
        std::any_of(e.src.arguments.begin(), e.src.arguments.end(), [](const Argument& a) {
          return a.role == ArgumentRole::perpetrator_individual || a.role == ArgumentRole::perpetrator_org;
        }))
      continue;
    for (const Hit& h : w.hits) {
      if (h.event < 0 || &w.events[static_cast<size_t>(h.event)] != &e || h.passive ||
          h.entry->kind != TriggerKind::verb || h.tok == 0)
        continue;
      const Sentence& s = w.segs[static_cast<size_t>(h.sentence)];
      uint32_t v = h.tok;
      while (v > s.first_token && (w.words[v - 1].ends_with("ly") || w.words[v - 1] == "have" ||
                                   w.words[v - 1] == "had" || w.words[v - 1] == "has"))
        --v;
      if (v == s.first_token) continue;
      const LexEntry* p = nullptr;
      uint32_t a = v;
      for (uint32_t k = v - 1; k + 4 >= v && !p; --k) {
        if (const LexEntry* x = w.longest(k, LexClass::perp); x && k + x->length == v && x->value != "head") {
          p = x;
          a = k;
        }
        if (k == s.first_token) break;
      }
      if (!p) continue;
      // Its modifiers: "Suspected jihadists", "heavily armed gunmen".
      while (a > s.first_token && w.np_word(a - 1) && !w.doc.tokens[a - 1].has(kTokNumber) && a + 3 > v) --a;
      add_argument(w, e, ArgumentRole::perpetrator_individual, a, v, "");
      break;
    }
  }
  // "drove a truck into a crowd": the vehicle is the weapon whatever the model made of it.
  for (auto& e : w.events)
    for (int si : e.sentences) {
      const Sentence& s = w.segs[static_cast<size_t>(si)];
      for (uint32_t k = s.first_token; k + 2 < s.end_token; ++k) {
        if (!w.cue(k, Cue::ram_verb)) continue;
        uint32_t a = k + 1;
        if (w.cue(a, Cue::determiner)) ++a;
        uint32_t b = a;
        while (b < s.end_token && b < a + 4 && w.np_word(b)) ++b;
        if (b > a && b < s.end_token && rammed_with(s, k + 1, b) && !w.cue(b - 1, Cue::determiner)) {
          const Span sp = w.span(a, b);
          auto same = std::find_if(e.src.arguments.begin(), e.src.arguments.end(),
                                   [&](const Argument& x) { return x.span == sp; });
          if (same == e.src.arguments.end()) {
            add_argument(w, e, ArgumentRole::weapon, a, b, "");
          } else if (same->role == ArgumentRole::target) {  // the object of the ramming's own trigger
            const std::string key = norm_key(same->text);
            std::erase_if(e.src.targets, [&](const Target& x) { return norm_key(x.text) == key; });
            same->role = ArgumentRole::weapon;
            rebuild_arg_keys(w, e);
          }
          add_unique(e.src.weapons, "vehicle");
          // The model may have kept the vehicle as a weapon of no known kind ("other"): it is
          // the vehicle, unless another weapon of no known kind is named.
          bool other = false;
          for (const auto& x : e.src.arguments) {
            if (x.role != ArgumentRole::weapon || x.span == sp) continue;
            const auto [f, t] = w.tokens_of(x.span);
            bool known = false;
            for (uint32_t j = f; j < t && !known; ++j) known = w.has(j, LexClass::weapon);
            other = other || !known;
          }
          if (!other) std::erase(e.src.weapons, std::string("other"));
        }
        if (const uint32_t a2 = ramming_vehicle(w, s, k); a2 != kNone) {
          const uint32_t b2 = verb_start(w, s, k);
          const Span sp = w.span(a2, b2);
          if (std::none_of(e.src.arguments.begin(), e.src.arguments.end(),
                           [&](const Argument& x) { return x.span.overlaps(sp); }))
            add_argument(w, e, ArgumentRole::weapon, a2, b2, "");
          add_unique(e.src.weapons, "vehicle");
        }
      }
    }
  // "drove a car into pedestrians", "a van ploughed into a crowd of shoppers", "rammed a truck
  // through the gates of the base": what the vehicle was driven into is what it hit, people the
  // victims, a building or a vehicle the target.
  for (auto& e : w.events) {
    if (e.src.type == EventType::security_operation) continue;
    for (int si : e.sentences) {
      const Sentence& s = w.segs[static_cast<size_t>(si)];
      for (uint32_t k = s.first_token; k + 2 < s.end_token; ++k) {
        const uint32_t p = ram_into(w, s, k);
        if (p == kNone) continue;
        uint32_t a = p + 1;
        while (a < s.end_token && (w.cue(a, Cue::determiner) || w.cue(a, Cue::quantifier))) ++a;
        // The phrase ends at its last person's or target's word ("a crowd celebrating the holiday").
        uint32_t run = a;
        while (run < s.end_token && run < a + 4 && w.np_word(run)) ++run;
        // "a crowd of shoppers": the people in it.
        if (run + 1 < s.end_token && run > a && w.words[run] == "of" &&
            (w.cue(run - 1, Cue::collective) || w.words[run - 1] == "group")) {
          uint32_t c = run + 1;
          while (c < s.end_token && c < run + 5 && w.np_word(c)) ++c;
          if (c > run + 1) run = c;
        }
        const LexEntry* head = nullptr;
        bool human = false;
        uint32_t b = a;
        for (uint32_t j = a; j < run; ++j) {
          if (const LexEntry* t = w.longest(j, LexClass::human); t && j + t->length <= run)
            head = t, human = true, b = j + t->length;
          if (const LexEntry* t = w.longest(j, LexClass::target);
              t && j + t->length <= run && j + t->length >= b)
            head = t, human = false, b = j + t->length;
        }
        if (!head) continue;
        const Span sp = w.span(a, b);
        // Those driven into are never the attackers ("rammed his car into a group of soldiers").
        drop_arguments(e, [&](const Argument& x) {
          return x.span.overlaps(sp) &&
                 (x.role == ArgumentRole::perpetrator_individual || x.role == ArgumentRole::perpetrator_org);
        });
        rebuild_arg_keys(w, e);
        if (std::any_of(e.src.arguments.begin(), e.src.arguments.end(),
                        [&](const Argument& x) { return x.span.overlaps(sp); }))
          continue;
        add_argument(w, e, human ? ArgumentRole::victim : ArgumentRole::target, a, b, "");
        std::string cat = human ? person_category(w, s, a) : target_category(w, a, b);
        if (human && !head->value.empty()) cat = head->value;
        add_target(e, w.text(a, b), cat);
        e.sure.emplace_back(a, b);
      }
    }
  }
  for (auto& e : w.events) {
    std::vector<Argument> keep;
    std::vector<Span> unheard;  // targets told with no harm: no place either (apply_role_model)
    for (auto& a : e.src.arguments) {
      const auto [first, end] = w.tokens_of(a.span);
      const Sentence* s = first < end ? sentence_of(first) : nullptr;
      const bool person = a.role == ArgumentRole::target || a.role == ArgumentRole::victim;
      bool drop = false;
      if (s && end <= s->end_token) {
        // "his" alone; "her" only before a noun ("her mother"), else it is the one struck ("shot
        // her"). When the noun is a person's ("shot his son"), the person is the argument.
        if (end == first + 1 && w.cue(first, Cue::determiner) && w.is_word(first) &&
            (w.words[first] != "her" || (end < s->end_token && w.np_word(end)))) {
          drop = true;
          for (uint32_t k = end; person && k < s->end_token && k < end + 4 && w.np_word(k); ++k)
            if (w.word_is(k, LexClass::human) || w.word_is(k, LexClass::title)) {
              a.text = w.text(first, k + 1);
              a.span = w.span(first, k + 1);
              drop = false;
              break;
            }
        }
        if (!drop && person && speaker(*s, first, end)) drop = true;
        // What was hit is told with the harm done, in its sentence or the one before ("A bomb
        // went off in Lyon. The victim was X"); a place named in a sentence of other news ("he
        // had worked at a restaurant") is no target.
        if (!drop && person && !told_harm(*s) && !(s > w.segs.data() && told_harm(*(s - 1))) &&
            std::none_of(e.sure.begin(), e.sure.end(),
                         [&](const auto& r) { return r.first == first && r.second == end; })) {
          drop = true;
          unheard.push_back(a.span);
        }
        // "the Boston Marathon attack": the place is the town the occasion's name leads with, when
        // the document knows a place by that name.
        if (a.role == ArgumentRole::place) {
          uint32_t e2 = end;
          while (e2 > first + 1 && w.cue(e2 - 1, Cue::occasion)) --e2;
          if (e2 < end) {
            const std::string name = w.text(first, e2);
            if (std::any_of(w.doc.places.begin(), w.doc.places.end(),
                            [&](const Place& p) { return p.name == name; })) {
              a.text = name;
              a.span = w.span(first, e2);
            }
          }
        }
        if (!drop && a.role == ArgumentRole::target && rammed_with(*s, first, end)) {
          const std::string k = norm_key(a.text);
          std::erase_if(e.src.targets, [&](const Target& t) { return norm_key(t.text) == k; });
          a.role = ArgumentRole::weapon;
          add_unique(e.src.weapons, "vehicle");
          keep.push_back(std::move(a));
          continue;
        }
      }
      if (!drop) {
        keep.push_back(std::move(a));
        continue;
      }
      if (person) {
        const std::string k = norm_key(a.text);
        std::erase_if(e.src.targets, [&](const Target& t) { return norm_key(t.text) == k; });
      }
    }
    std::erase_if(keep, [&](const Argument& a) {
      return a.role == ArgumentRole::place &&
             std::find(unheard.begin(), unheard.end(), a.span) != unheard.end();
    });
    e.src.arguments = std::move(keep);
    // A target kept from a rule whose argument the model replaced: one only ever named as the one
    // who speaks ("their spokesman X, who said ...") was not hit.
    std::erase_if(e.src.targets, [&](const Target& t) {
      bool seen = false;
      for (int si : e.sentences) {
        const Sentence& s = w.segs[static_cast<size_t>(si)];
        const std::string_view text = w.doc.slice(s.span);
        for (size_t at = text.find(t.text); at != std::string_view::npos; at = text.find(t.text, at + 1)) {
          const auto [first, end] =
              w.tokens_of(Span{s.span.start + static_cast<uint32_t>(at),
                               s.span.start + static_cast<uint32_t>(at + t.text.size())});
          if (first >= end) continue;
          if (!speaker(s, first, end)) return false;
          seen = true;
        }
      }
      return seen;
    });
  }
}

void settle_targets(Work& w) {
  const auto& toks = w.doc.tokens;
  for (auto& e : w.events) {
    if (e.src.type == EventType::kidnapping || e.src.type == EventType::hostage_taking) continue;
    drop_arguments(e, [&](const Argument& a) {
      const auto [first, end] = w.tokens_of(a.span);
      if (a.role != ArgumentRole::target || first >= end || !w.has(end - 1, LexClass::target)) return false;
      // The preposition before the phrase, over a determiner and up to three modifiers.
      uint32_t p = first;
      for (int n = 0; p > 0 && n < 4 && (w.cue(p - 1, Cue::determiner) || (w.np_word(p - 1) && n < 3)); ++n)
        --p;
      const uint32_t prep = p > 0 ? p - 1 : kNone;
      // ... and what was detonated is the weapon ("one of its fighters detonated the car").
      bool drop = prep != kNone && (w.words[prep] == "from" || w.words[prep].starts_with("detonat"));
      for (uint32_t k = prep != kNone && prep > 2 ? prep - 2 : 0; prep != kNone && k < prep && !drop; ++k)
        drop = (w.cue(k, Cue::custody) || w.cue(k, Cue::elsewhere)) && !toks[k].has(kTokCapitalized);
      return drop;
    });
  }
}

void clientele_no_target(Work& w) {
  auto clientele = [&](uint32_t first) {
    uint32_t p = first;
    for (int n = 0; p > 0 && n < 3 && (w.cue(p - 1, Cue::determiner) || w.np_word(p - 1)); ++n) --p;
    if (p < 2) return false;
    const std::string_view a = w.words[p - 2], b = w.words[p - 1];
    return (a == "popular" && (b == "with" || b == "among")) ||
           (b == "by" && (a == "frequented" || a == "favoured" || a == "favored" || a == "patronised" ||
                          a == "patronized" || a == "visited"));
  };
  for (auto& e : w.events) {
    std::vector<std::string> gone;
    for (const auto& t : e.src.targets) {
      const auto at = target_written(w, e, t);
      if (!at.empty() && std::all_of(at.begin(), at.end(), [&](const auto& r) { return clientele(r.first); }))
        gone.push_back(norm_key(t.text));
    }
    if (gone.empty()) continue;
    drop_arguments(e, [&](const Argument& a) {
      return (a.role == ArgumentRole::target || a.role == ArgumentRole::victim) &&
             std::find(gone.begin(), gone.end(), norm_key(a.text)) != gone.end();
    });
    std::erase_if(e.src.targets, [&](const Target& t) {
      return std::find(gone.begin(), gone.end(), norm_key(t.text)) != gone.end();
    });
  }
}

void targets_naming_attacks(Work& w) {
  for (const Hit& h : w.hits) {
    if (h.event < 0 || h.entry->kind != TriggerKind::noun) continue;
    EventDraft& e = w.events[static_cast<size_t>(h.event)];
    if (e.src.type == EventType::security_operation || e.src.type == EventType::kidnapping ||
        e.src.type == EventType::hostage_taking)
      continue;
    const Sentence& s = w.segs[static_cast<size_t>(h.sentence)];
    // The target word ending right before the noun.
    uint32_t a = kNone;
    for (uint32_t i = h.tok > s.first_token + 3 ? h.tok - 3 : s.first_token; i < h.tok && a == kNone; ++i)
      if (const LexEntry* t = w.longest(i, LexClass::target);
          t && i + t->length == h.tok && !t->value.empty())
        a = i;
    // ("an air force bombing": the force is who bombed.)
    if (a == kNone || w.has(h.tok - 1, LexClass::human) || w.has(h.tok - 1, LexClass::perp) ||
        w.words[h.tok - 1] == "force" || w.words[h.tok - 1] == "forces")
      continue;
    // A name: back over the capitalised words before a capitalised head ("Alfred P. Murrah
    // Federal Building"); a common noun keeps its lower-case modifiers ("commuter train").
    const bool name = w.doc.tokens[h.tok - 1].has(kTokCapitalized) && !w.lower_case;
    while (a > s.first_token && a + 4 > h.tok && w.np_word(a - 1) && !w.number_at(a - 1) &&
           !w.has(a - 1, LexClass::perp) && !w.has(a - 1, LexClass::group) &&
           !w.has(a - 1, LexClass::weapon) && w.doc.tokens[a - 1].has(kTokCapitalized) == name &&
           !w.cue(a - 1, Cue::determiner) && !w.cue(a - 1, Cue::nationality))
      --a;
    const Span sp = w.span(a, h.tok);
    if (std::any_of(e.src.arguments.begin(), e.src.arguments.end(),
                    [&](const Argument& x) { return x.span.overlaps(sp) && x.role != ArgumentRole::place; }))
      continue;
    add_argument(w, e, ArgumentRole::target, a, h.tok, "");
    add_target(e, w.text(a, h.tok), target_category(w, a, h.tok));
  }
}

void target_where_hit(Work& w) {
  for (auto& e : w.events) {
    if (e.src.type == EventType::security_operation || e.src.type == EventType::kidnapping ||
        e.src.type == EventType::hostage_taking)
      continue;
    if (std::any_of(e.src.arguments.begin(), e.src.arguments.end(),
                    [](const Argument& a) { return a.role == ArgumentRole::target; }))
      continue;
    // Where the harm is told: the event's triggers, and the casualty verbs of its sentences.
    std::vector<std::pair<int, uint32_t>> from;  // sentence, token after the word
    for (const Hit& h : w.hits)
      if (h.event >= 0 && &w.events[static_cast<size_t>(h.event)] == &e) from.emplace_back(h.sentence, h.end);
    for (int si : e.sentences) {
      const Sentence& s = w.segs[static_cast<size_t>(si)];
      for (uint32_t k = s.first_token; k < s.end_token; ++k)
        if (const LexEntry* kl = w.longest(k, LexClass::kill); kl && kl->value == "verb")
          from.emplace_back(si, k + 1);
    }
    bool found = false;
    for (const auto& [si, start] : from) {
      if (found) break;
      const Sentence& s = w.segs[static_cast<size_t>(si)];
      for (uint32_t k = start; k + 1 < s.end_token && k < start + 12 && !found; ++k) {
        // ("between 30 and 35 people": an "and" inside a range opens no clause.)
        const bool range_and = w.words[k] == "and" && k > start && w.number_at(k - 1) && w.number_at(k + 1);
        if (w.cue(k, Cue::report_verb) || (w.cue(k, Cue::clause_break) && !range_and) || w.is_quote(k)) break;
        if (w.words[k] != "at" && w.words[k] != "inside") continue;
        // People killed by the count ("12 people", "dozens of worshippers"): one person shot at a
        // restaurant or at an office is the target, not the place (MUC-4, GTD).
        bool counted = false;
        for (uint32_t j = start; j < k && !counted; ++j)
          counted = w.number_at(j) || w.cue(j, Cue::quantifier);
        if (!counted) continue;
        uint32_t a = k + 1;
        while (a < s.end_token && w.cue(a, Cue::determiner)) ++a;
        uint32_t run = a;
        while (run < s.end_token && run < a + 4 &&
               (w.np_word(run) || (w.is_word(run) && w.words[run].ends_with("ed") &&
                                   !w.has(run, LexClass::kill) && !w.has(run, LexClass::trigger))))
          ++run;
        // Its head: the last target word of the phrase ("a Shiite mosque", "a crowded market").
        uint32_t b = a;
        for (uint32_t j = a; j < run; ++j)
          if (const LexEntry* t = w.longest(j, LexClass::target);
              t && j + t->length <= run && !t->value.empty())
            b = j + t->length;
        if (b == a || (b < s.end_token && w.words[b] == "'s")) continue;
        const Span sp = w.span(a, b);
        if (std::any_of(e.src.arguments.begin(), e.src.arguments.end(), [&](const Argument& x) {
              return x.span.overlaps(sp) && x.role != ArgumentRole::place;
            }))
          continue;
        // "at a checkpoint" after a trigger of the security forces' response is no target of it.
        if (std::any_of(w.responses.begin(), w.responses.end(),
                        [&](const Response& r) { return r.overlaps(a, b); }))
          continue;
        add_argument(w, e, ArgumentRole::target, a, b, "");
        add_target(e, w.text(a, b), target_category(w, a, b));
        found = true;
      }
    }
  }
}

void settle_attackers_fate(Work& w) {
  for (auto& e : w.events) {
    if (e.src.type == EventType::security_operation || e.src.type == EventType::kidnapping ||
        e.src.type == EventType::hostage_taking)
      continue;
    auto perp_at = [&](uint32_t first, uint32_t end) {
      const Span sp = w.span(first, end);
      return std::any_of(e.src.arguments.begin(), e.src.arguments.end(), [&](const Argument& a) {
        return (a.role == ArgumentRole::perpetrator_individual || a.role == ArgumentRole::perpetrator_org) &&
               a.span.overlaps(sp);
      });
    };
    for (int si : e.sentences) {
      const Sentence& s = w.segs[static_cast<size_t>(si)];
      // The subject: the sentence's first noun phrase ("The gunman", "One of the attackers").
      uint32_t k = s.first_token;
      if (k + 2 < s.end_token && w.words[k] == "one" && w.words[k + 1] == "of") k += 2;
      while (k < s.end_token &&
             (w.cue(k, Cue::determiner) || w.cue(k, Cue::quantifier) || w.doc.tokens[k].has(kTokNumber)))
        ++k;
      uint32_t he = k;
      while (he < s.end_token && he < k + 5 && (w.np_word(he) || w.has(he, LexClass::perp))) ++he;
      if (he == k || he >= s.end_token) continue;
      bool attacker =
          perp_at(k, he) || (w.ramming && (w.words[he - 1] == "driver" || w.words[he - 1] == "drivers"));
      for (uint32_t j = k; j < he && !attacker; ++j)
        if (const LexEntry* x = w.longest(j, LexClass::perp); x && j + x->length == he && x->value != "head")
          attacker = true;
      if (!attacker) continue;
      // Over an apposition between commas ("The gunman, identified as X, 26,"): the verb after it.
      uint32_t v = he;
      if (w.words[v] == ",") {
        uint32_t c = v + 1;
        for (int n = 0; n < 3 && c < s.end_token; ++n) {
          while (c < s.end_token && c < v + 16 && w.words[c] != "," && !w.has(c, LexClass::trigger)) ++c;
          if (c >= s.end_token || w.words[c] != ",") break;
          // ", 26," goes on to the next comma.
          if (age_aside(w, c, s.end_token)) c += 2;
          v = c + 1;
          break;
        }
        if (v == he) continue;
      }
      bool passive = false;
      while (v < s.end_token && v < he + 20 &&
             (w.cue(v, Cue::be) || w.cue(v, Cue::auxiliary) || w.words[v] == "later" ||
              (w.words[v].size() > 4 && w.words[v].ends_with("ly")))) {
        passive = passive || w.cue(v, Cue::be);
        ++v;
      }
      if (v >= s.end_token) continue;
      const std::string_view x = w.words[v];
      const bool fate = x == "died" || x == "found" || x == "fled" || x == "escaped" || x == "surrendered" ||
                        w.cue(v, Cue::custody) || x == "captured" || x == "detained" ||
                        (passive && (w.has(v, LexClass::kill) || w.has(v, LexClass::injure) || x == "shot"));
      // Up to another attack told in the sentence ("after he shot two officers").
      uint32_t limit = v + 1;
      while (limit < s.end_token) {
        const std::string_view y = w.words[limit];
        if (y == "after" || y == "before" || y == "when" || y == "as" || y == "killing" || y == "wounding")
          break;
        if (const LexEntry* t = w.longest(limit, LexClass::trigger);
            t && t->kind != TriggerKind::weak && t->type != EventType::security_operation &&
            !w.has(limit, LexClass::combat))
          break;
        ++limit;
      }
      // What the attacker did before, told with a verb of no harm in the past perfect or in a
      // sentence of no harm ("The bomber had stayed at a hotel in the city before the attack",
      // "The gunman worked at a restaurant"), names nothing hit either. Not a verb of ramming
      // ("A car bomber rammed an army checkpoint").
      // (Not when the attack itself follows: "The gunmen had surrounded the police station in the
      // town of Kajuru before they opened fire"; "before the attack" names it only.)
      auto attack_told_after = [&]() {
        for (uint32_t k = limit; k < s.end_token; ++k) {
          const LexEntry* t = w.longest(k, LexClass::trigger);
          if ((t && t->kind != TriggerKind::noun) || w.has(k, LexClass::kill) || w.has(k, LexClass::injure))
            return true;
        }
        return false;
      };
      const bool backstory = !passive && w.is_word(v) && w.match_off[v] == w.match_off[v + 1] &&
                             !w.cue(v, Cue::ram_verb) && !harm_told(w, v, limit) &&
                             ((v > he && w.words[v - 1] == "had" && !attack_told_after()) ||
                              !harm_told(w, s.first_token, s.end_token));
      if (!fate && !backstory) continue;
      // The attacker is no one hit ("The driver was shot and arrested": no victim "driver").
      const Span subject = w.span(k, he);
      const std::string subject_key = norm_key(w.text(k, he));
      drop_arguments(e, [&](const Argument& a) {
        return (a.role == ArgumentRole::target || a.role == ArgumentRole::victim) && a.span.overlaps(subject);
      });
      std::erase_if(e.src.targets, [&](const Target& t) { return norm_key(t.text) == subject_key; });
      const Span after{w.doc.tokens[v].span.start, w.doc.tokens[limit - 1].span.end};
      drop_arguments(e, [&](const Argument& a) {
        return (a.role == ArgumentRole::target || a.role == ArgumentRole::victim ||
                a.role == ArgumentRole::place) &&
               after.start <= a.span.start && a.span.end <= after.end &&
               std::none_of(e.sure.begin(), e.sure.end(),
                            [&](const auto& r) { return w.span(r.first, r.second) == a.span; });
      });
      // A target the rules listed from these words alone (its phrase no argument any more).
      const std::string_view said = w.doc.slice(after);
      std::erase_if(e.src.targets, [&](const Target& t) {
        if (said.find(t.text) == std::string_view::npos) return false;
        for (int sj : e.sentences) {
          if (sj == si) continue;
          if (w.doc.slice(w.segs[static_cast<size_t>(sj)].span).find(t.text) != std::string_view::npos)
            return false;
        }
        const std::string_view before = w.doc.slice(Span{s.span.start, after.start});
        return before.find(t.text) == std::string_view::npos;
      });
    }
  }
}

void settle_perpetrators(Work& w) {
  // "the Abu Sayyaf group", "the Ajang-Ajang faction of the Abu Sayyaf group": a perpetrator
  // phrase with no id of its own is the armed group named inside it.
  for (auto& e : w.events)
    for (auto& a : e.src.arguments) {
      if (a.role != ArgumentRole::perpetrator_org || !a.entity.empty()) continue;
      for (const auto& m : w.doc.mentions) {
        if (m.span.start >= a.span.end) break;
        if (m.type != MentionType::ARMED_GROUP || m.entity.empty() || m.span.start < a.span.start ||
            m.span.end > a.span.end)
          continue;
        a.entity = m.entity;
        add_unique(e.src.perpetrators, m.entity);
      }
    }
  // "Boko Haram fighters", "a Taliban suicide bomber", "al-Shabaab's gunmen": attackers told by
  // the group they belong to, the group before their noun, name it as a perpetrator too. Not a
  // group after the noun ("fighters loyal to Boko Haram") nor one they fight ("anti-Taliban
  // militiamen", "former Taliban fighters").
  for (auto& e : w.events)
    for (const auto& a : e.src.arguments) {
      if (a.role != ArgumentRole::perpetrator_individual || !a.entity.empty()) continue;
      for (const auto& m : w.doc.mentions) {
        if (m.span.start >= a.span.end) break;
        if (m.type != MentionType::ARMED_GROUP || m.entity.empty() || m.span.start < a.span.start ||
            m.span.end >= a.span.end)
          continue;
        // The group's name inside a word ("anti-Taliban", "pro-ISIS") or after "anti"/"former".
        const uint32_t k = w.doc.token_at_or_after(m.span.start);
        const bool inside = k > 0 && w.doc.tokens[k - 1].span.end > m.span.start;
        const bool against = inside || (k > 0 && w.doc.tokens[k - 1].span.start >= a.span.start &&
                                        (w.words[k - 1] == "anti" || w.words[k - 1] == "former" ||
                                         w.words[k - 1] == "ex" || w.words[k - 1] == "-"));
        if (!against) add_unique(e.src.perpetrators, m.entity);
      }
    }
  // The channel a claim came through is no perpetrator: "claimed responsibility on Monday through
  // its Amaq news agency", "via the Telegram channel".
  auto after_through = [&](uint32_t start) {  // byte `start` comes after "through" / "via" ("its")
    uint32_t k = w.doc.token_at_or_after(start);
    for (int n = 0; k > 0 && n < 2 &&
                    (w.cue(k - 1, Cue::determiner) || w.words[k - 1] == "its" || w.words[k - 1] == "their");
         ++n)
      --k;
    return k > 0 && (w.words[k - 1] == "through" || w.words[k - 1] == "via");
  };
  for (auto& e : w.events) {
    std::vector<std::string> channels;
    std::erase_if(e.src.arguments, [&](const Argument& a) {
      if ((a.role != ArgumentRole::perpetrator_org && a.role != ArgumentRole::perpetrator_individual) ||
          !after_through(a.span.start))
        return false;
      if (!a.entity.empty()) channels.push_back(a.entity);
      return true;
    });
    // ... also when no argument names it (a rule listed it): a mention of it after "through its".
    // Not the claimer's own "its" ("claimed the attack via its Amaq outlet"), a possessive.
    auto possessive = [&](const Mention& m) {
      const uint32_t k = w.doc.token_at_or_after(m.span.start);
      return k < w.words.size() && w.doc.tokens[k].span.end >= m.span.end &&
             (w.words[k] == "its" || w.words[k] == "their");
    };
    for (const auto& m : w.doc.mentions)
      if (!m.entity.empty() && !possessive(m) && after_through(m.span.start) &&
          std::find(e.src.perpetrators.begin(), e.src.perpetrators.end(), m.entity) !=
              e.src.perpetrators.end())
        channels.push_back(m.entity);
    for (const auto& c : channels) {
      bool still = false;
      for (const auto& a : e.src.arguments) still = still || a.entity == c;
      if (!still) std::erase(e.src.perpetrators, c), std::erase(e.src.claimed_by, c);
    }
  }
  for (auto& e : w.events)
    std::erase_if(e.src.perpetrators, [&](const std::string& id) {
      if (!id.starts_with("person:")) return false;
      bool hit = false, perp = false;
      for (const auto& a : e.src.arguments) {
        if (a.entity != id) continue;
        if (a.role == ArgumentRole::victim || a.role == ArgumentRole::target) hit = true;
        if (a.role == ArgumentRole::perpetrator_individual || a.role == ArgumentRole::perpetrator_org)
          perp = true;
      }
      return hit && !perp;
    });
  // A group named as what another is linked to is no perpetrator: "Al Shabaab, which is linked to
  // al Qaeda, claimed ...", "a faction allied with the Islamic State".
  auto after_link = [&](uint32_t start) {
    uint32_t k = w.doc.token_at_or_after(start);
    for (int n = 0; k > 0 && n < 2 && (w.cue(k - 1, Cue::determiner) || w.words[k - 1] == "its"); ++n) --k;
    if (k < 2) return false;
    const std::string_view p = w.words[k - 1], v = w.words[k - 2];
    return ((p == "to" || p == "with") &&
            (v == "linked" || v == "allied" || v == "affiliated" || v == "loyal" || v == "close" ||
             v == "tied" || v == "ties" || v == "links" || v == "connected" || v == "allegiance" ||
             v == "colluding" || v == "collusion" || v == "collaborating" || v == "cooperating" ||
             v == "cooperation")) ||
           (p == "by" && v == "inspired") ||
           // "the group's key rival Al Qaeda": a rival named.
           p == "rival" || p == "rivals" || p == "arch-rival" ||
           // "a series of attacks since the Taliban takeover": a time told by another's deed.
           p == "since" ||
           // "offensives against Al Qaeda": the side fought, not the attacker.
           (p == "against" &&
            (v == "offensive" || v == "offensives" || v == "operations" || v == "operation" ||
             v == "campaign" || v == "crackdown" || v == "war" || v == "fight"));
  };
  // ... nor a group that denied it or spoke of it ("The Taliban denied any involvement in the
  // attack", "Hamas praised the attack"): named elsewhere as its perpetrator (blamed, claimed), it stays.
  auto stance_after = [&](uint32_t end) {
    uint32_t k = w.doc.token_at_or_after(end);
    for (int n = 0; k < w.words.size() && n < 2 &&
                    (w.words[k] == "has" || w.words[k] == "had" || w.words[k] == "have" ||
                     w.words[k] == "also" || w.words[k].ends_with("ly"));
         ++n)
      ++k;
    return k < w.words.size() && w.cue(k, Cue::stance);
  };
  // ... nor the group that speaks a quote denying it ("\"We had nothing to do with the attack,\" the
  // group said"): named with a reporting verb right after the closing quote, with a denial or
  // negation inside the quote (not a group the quote of another speaks of).
  auto speaks_denial = [&](const Argument& a) {
    const uint32_t f = w.doc.token_at_or_after(a.span.start);
    for (const Sentence& s : w.segs) {
      if (f < s.first_token || f >= s.end_token) continue;
      uint32_t open = kNone, close = kNone;
      for (uint32_t k = s.first_token; k < f && close == kNone; ++k) {
        if (!w.is_quote(k)) continue;
        if (open == kNone)
          open = k;
        else
          close = k;
      }
      if (close == kNone) return false;
      // The speaker right after the quote: "," the ELN said', '," said the ELN'.
      uint32_t b = close + 1;
      while (b < f && (w.words[b] == "," || w.cue(b, Cue::determiner) || w.cue(b, Cue::report_verb))) ++b;
      const uint32_t e = w.doc.token_at_or_after(a.span.end);
      if (b != f || !(w.cue(f - 1, Cue::report_verb) || (e < s.end_token && w.cue(e, Cue::report_verb))))
        return false;
      for (uint32_t k = open + 1; k < close; ++k)
        if (w.has(k, LexClass::negation) || w.cue(k, Cue::stance)) return true;
      return false;
    }
    return false;
  };
  // ... nor the parent named to place a group ("JNIM, al Qaeda's affiliate in the Sahel, claimed").
  auto parent_named = [&](const Argument& a) {
    const uint32_t f = w.doc.token_at_or_after(a.span.start), end = w.doc.token_at_or_after(a.span.end);
    for (const Sentence& s : w.segs)
      if (f >= s.first_token && f < s.end_token) return parent_in_apposition(w, s, f, end);
    return false;
  };
  for (auto& e : w.events) {
    std::vector<std::string> linked;
    std::erase_if(e.src.arguments, [&](const Argument& a) {
      if ((a.role != ArgumentRole::perpetrator_org && a.role != ArgumentRole::perpetrator_individual) ||
          !(after_link(a.span.start) || stance_after(a.span.end) || parent_named(a) ||
            (a.role == ArgumentRole::perpetrator_org && speaks_denial(a))))
        return false;
      if (!a.entity.empty()) linked.push_back(a.entity);
      return true;
    });
    for (const auto& c : linked) {
      bool still = std::find(e.src.claimed_by.begin(), e.src.claimed_by.end(), c) != e.src.claimed_by.end();
      for (const auto& a : e.src.arguments) still = still || a.entity == c;
      if (!still) std::erase(e.src.perpetrators, c);
    }
  }
}

void dismissed_claims(Work& w) {
  std::unordered_set<std::string> claimers;
  for (const auto& e : w.events)
    for (const auto& c : e.src.claimed_by) claimers.insert(c);
  if (claimers.empty()) return;
  auto dismiss_verb = [&](uint32_t v) { return w.cue(v, Cue::dismiss_verb); };

  auto entity_at = [&](uint32_t k) -> std::string {
    if (k >= w.words.size() || w.mention_at[k] < 0) return {};
    const Mention& m = w.doc.mentions[static_cast<size_t>(w.mention_at[k])];
    return mention_is_actor(m) ? m.entity : std::string();
  };
  auto sentence_of = [&](uint32_t tok) {
    for (size_t i = 0; i < w.segs.size(); ++i)
      if (tok >= w.segs[i].first_token && tok < w.segs[i].end_token) return static_cast<int>(i);
    return -1;
  };
  for (size_t si = 0; si < w.segs.size(); ++si) {
    const Sentence& s = w.segs[si];
    for (uint32_t v = s.first_token; v < s.end_token; ++v) {
      uint32_t from = kNone;  // the words after the verb, before "claim"
      if (dismiss_verb(v))
        from = v + 1;
      else if (v + 2 < s.end_token && (w.words[v] == "cast" || w.words[v] == "casting") &&
               (w.words[v + 1] == "doubt" || w.words[v + 1] == "doubts") && w.words[v + 2] == "on")
        from = v + 3;
      if (from == kNone) continue;
      bool negated = false;
      for (uint32_t b = v; b-- > s.first_token && b + 3 >= v;)
        negated = negated || w.has(b, LexClass::negation);
      if (negated) continue;
      uint32_t c = kNone;
      for (uint32_t j = from; j < s.end_token && j < from + 5; ++j) {
        if (w.words[j] == "claim" || w.words[j] == "claims") {
          c = j;
          break;
        }
        if (!(w.cue(j, Cue::determiner) || w.words[j] == "'s" || w.np_word(j))) break;
      }
      if (c == kNone) continue;
      std::vector<std::string> who;
      if (c + 1 < s.end_token && (w.words[c + 1] == "that" || w.words[c + 1] == "it")) continue;
      uint32_t after = c + 1;
      if (after + 1 < s.end_token && w.words[after] == "of" && w.words[after + 1] == "responsibility")
        after += 2;
      if (after + 1 < s.end_token && (w.words[after] == "by" || w.words[after] == "of")) {
        uint32_t k = after + 1;
        if (k < s.end_token && w.cue(k, Cue::determiner)) ++k;
        if (std::string ent = entity_at(k); !ent.empty())
          who.push_back(ent);
        else if (w.words[after] == "of")
          continue;  // "claims of civilian casualties"
      }
      for (uint32_t b = c; who.empty() && b-- > from;)  // "X's claim", "its claim", "the group's claim"
        if (std::string ent = entity_at(b); !ent.empty()) who.push_back(ent);
      // The subject: a claimer rejecting the claim made in its name.
      std::string subject;
      for (uint32_t b = v; b-- > s.first_token && b + 4 >= v;)
        if (std::string ent = entity_at(b); !ent.empty()) {
          subject = ent;
          break;
        }
      const bool disowned = !subject.empty() && claimers.count(subject) &&
                            (who.empty() || std::find(who.begin(), who.end(), subject) != who.end());
      if (disowned) who = {subject};
      if (who.empty()) {
        // Who claimed last before it.
        const uint32_t at = w.doc.tokens[v].span.start;
        int last = -1;
        for (size_t m = 0; m < w.doc.mentions.size() && w.doc.mentions[m].span.start < at; ++m)
          if (claimers.count(w.doc.mentions[m].entity) && mention_is_actor(w.doc.mentions[m]))
            last = static_cast<int>(m);
        if (last < 0) continue;
        const Mention& lm = w.doc.mentions[static_cast<size_t>(last)];
        const int ls = sentence_of(w.doc.token_at_or_after(lm.span.start));
        if (ls < 0 || static_cast<int>(si) - ls > 3) continue;
        who.push_back(lm.entity);
        if (w.words[c] == "claims")
          for (const auto& m : w.doc.mentions)
            if (m.span.start < at && claimers.count(m.entity) && mention_is_actor(m) &&
                sentence_of(w.doc.token_at_or_after(m.span.start)) == ls)
              add_unique(who, m.entity);
      }
      if (!disowned && w.words[v].starts_with("den")) continue;  // "Police denied the claim": of its content
      // "Officials blamed the Taliban, but the Taliban rejected the claims": the blame denied, no
      // claim of its own (the deniers' rule settles the blame).
      bool blamed = false;
      for (uint32_t b = s.first_token; b < v && !blamed; ++b) blamed = w.has(b, LexClass::blame);
      if (disowned && blamed) continue;
      for (const auto& x : who) {
        // The one claim dismissed: of the event the claimer claimed last before the dismissal
        // ("also claimed a bombing in Jalalabad, but officials rejected that claim" leaves the
        // Kabul attack it claimed before its own).
        EventDraft* claimed = nullptr;
        int claimed_at = -1;
        for (auto& e : w.events) {
          if (std::find(e.src.claimed_by.begin(), e.src.claimed_by.end(), x) == e.src.claimed_by.end())
            continue;
          int at = -1;
          for (int es : e.sentences)
            if (es <= static_cast<int>(si)) at = std::max(at, es);
          if (at >= claimed_at) {
            claimed = &e;
            claimed_at = at;
          }
        }
        if (!claimed) continue;
        EventDraft& e = *claimed;
        const size_t n = e.src.arguments.size();
        std::erase_if(e.src.arguments, [&](const Argument& a) {
          return a.entity == x &&
                 (a.role == ArgumentRole::perpetrator_org || a.role == ArgumentRole::perpetrator_individual);
        });
        if (e.src.arguments.size() != n) rebuild_arg_keys(w, e);
        std::erase(e.src.perpetrators, x);
        if (disowned) std::erase(e.src.claimed_by, x);
      }
    }
  }
}

void clash_forces_no_perpetrators(Work& w) {
  auto contains_id = [](const std::vector<std::string>& v, const std::string& id) {
    return !id.empty() && std::find(v.begin(), v.end(), id) != v.end();
  };
  for (const Hit& h : w.hits) {
    if (h.event < 0 || h.sentence < 0) continue;
    EventDraft& e = w.events[static_cast<size_t>(h.event)];
    if (e.src.type == EventType::security_operation || e.src.perpetrators.empty()) continue;
    const Sentence& s = w.segs[static_cast<size_t>(h.sentence)];
    if (!clash_of_forces(w, s, h)) continue;
    const Span sent = w.span(s.first_token, s.end_token);
    std::vector<std::string> forces;
    for (const auto& m : w.doc.mentions)
      if (m.type == MentionType::STATE_ACTOR && !m.entity.empty() && m.span.start >= sent.start &&
          m.span.end <= sent.end && !contains_id(e.src.claimed_by, m.entity))
        add_unique(forces, m.entity);
    if (forces.empty()) continue;
    const size_t n = e.src.arguments.size();
    std::erase_if(e.src.arguments, [&](const Argument& a) {
      return (a.role == ArgumentRole::perpetrator_org || a.role == ArgumentRole::perpetrator_individual) &&
             contains_id(forces, a.entity);
    });
    if (e.src.arguments.size() != n) rebuild_arg_keys(w, e);
    for (const auto& f : forces) std::erase(e.src.perpetrators, f);
  }
}

void name_groups_by_acronym(Work& w) {
  // The acronym's token for each normalized long form: "long form (x)", the phrases of two to
  // eight words before the parenthesis; "x (long form)", the words inside it.
  std::vector<std::pair<std::string, uint32_t>> long_forms;
  auto acronym = [&](uint32_t k) {
    const std::string_view x = w.words[k];
    // (In text with letter case, an acronym is written in capitals: "Boko Haram (Nigeria)" names
    // the country, "the group (Boko Haram)" the group.)
    return w.is_word(k) && x.size() >= 2 && x.size() <= 8 && !w.number_at(k) && !in_timex(w, k, k + 1) &&
           !w.word_is(k, LexClass::function) && !w.cue(k, Cue::determiner) &&
           (w.lower_case || w.doc.tokens[k].has(kTokAllCaps));
  };
  for (uint32_t i = 1; i + 2 < w.words.size(); ++i) {
    if (w.words[i] != "(") continue;
    if (w.words[i + 2] == ")" && acronym(i + 1)) {
      for (uint32_t k = i; k-- > 0 && k + 8 >= i && w.is_word(k);)
        if (k + 1 < i) long_forms.emplace_back(norm_key(w.text(k, i)), i + 1);
      continue;
    }
    uint32_t j = i + 1;
    while (j < w.words.size() && j < i + 10 && w.is_word(j)) ++j;
    if (j < w.words.size() && w.words[j] == ")" && j > i + 2 && acronym(i - 1))
      long_forms.emplace_back(norm_key(w.text(i + 1, j)), i - 1);
  }
  if (long_forms.empty()) return;
  for (auto& e : w.events) {
    bool changed = false;
    for (auto& a : e.src.arguments) {
      if (a.role != ArgumentRole::perpetrator_org) continue;
      const std::string key = norm_key(a.text);
      for (const auto& [form, acr] : long_forms) {
        if (form != key || norm_key(w.words[acr]) == key) continue;
        a.text = w.text(acr, acr + 1);
        a.span = w.span(acr, acr + 1);
        changed = true;
        break;
      }
    }
    if (!changed) continue;
    // One argument for the group: the acronym's wording, once.
    std::unordered_set<std::string> seen;
    std::erase_if(e.src.arguments, [&](const Argument& a) {
      return a.role == ArgumentRole::perpetrator_org && !seen.insert(norm_key(a.text)).second;
    });
    rebuild_arg_keys(w, e);
  }
}

}  // namespace dossier::event_internal
