// Attackers told by a pronoun ("Kelley walked into the church. He opened fire"): the name told
// before is the attacker; no pronoun is ever an argument.

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

// The segment holding token `tok`.
size_t segment_of(const Work& w, uint32_t tok) {
  auto it = std::upper_bound(w.segs.begin(), w.segs.end(), tok,
                             [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  return it == w.segs.begin() ? 0 : static_cast<size_t>(it - w.segs.begin()) - 1;
}

// Is token k inside a quotation opened in its segment?
bool quoted(const Work& w, const Sentence& s, uint32_t k) {
  bool in = false;
  for (uint32_t j = s.first_token; j < k; ++j)
    if (w.is_quote(j)) in = !in;
  return in;
}

bool pronoun_at(const Work& w, uint32_t k) {
  return w.cue(k, Cue::person_pronoun) || w.cue(k, Cue::plural_pronoun) || w.cue(k, Cue::other_pronoun);
}

// Is argument a a pronoun alone ("He", "they")?
bool pronoun_argument(const Work& w, const Argument& a) {
  const auto [first, end] = w.tokens_of(a.span);
  return end == first + 1 && pronoun_at(w, first);
}

// Whom a pronoun stands for: tokens, actor id, a group or many people (else one person).
struct Referent {
  uint32_t first = 0, end = 0;
  std::string entity;
  bool group = false;
};

// Is the name at [first, end) in segment s one who reports on or deals with the attack, never
// its author: the speaker of a reporting verb ("X said", "said X."), one named with an
// official's word ("police chief X", "X, a police spokesman,")?
bool official_or_speaker(const Work& w, const Sentence& s, uint32_t first, uint32_t end) {
  if (speaks(w, end)) return true;
  uint32_t b = first;
  while (b > s.first_token && b + 4 > first && (w.np_word(b - 1) || w.cue(b - 1, Cue::official))) {
    if (w.cue(b - 1, Cue::official)) return true;
    --b;
  }
  // "said X." / "said X, who ...": the speaker; "said X opened fire": the one spoken of.
  if (b > s.first_token && w.cue(b - 1, Cue::report_verb) && (end >= s.end_token || w.is_punct(end)))
    return true;
  if (end + 1 < s.end_token && w.words[end] == ",")
    for (uint32_t k = end + 1; k < s.end_token && k < end + 7; ++k) {
      if (w.cue(k, Cue::official)) return true;
      if (w.is_punct(k) || w.cue(k, Cue::report_verb)) break;
    }
  return false;
}

// Is [first, end) (or the actor `entity`) one the arguments name as hit?
bool named_as_hit(const Work& w, uint32_t first, uint32_t end, const std::string& entity) {
  const Span sp = w.span(first, end);
  const std::string key = norm_key(w.text(first, end));
  for (const auto& e : w.events)
    for (const auto& a : e.src.arguments)
      if ((a.role == ArgumentRole::victim || a.role == ArgumentRole::target) &&
          (a.span.overlaps(sp) || norm_key(a.text) == key || (!entity.empty() && a.entity == entity)))
        return true;
  return false;
}

// The fullest name of a referent: the longest mention of its actor before it or, for a name
// without an id, the longest run of name words ending in the same word ("Devin Kelley" for
// "Kelley").
Referent fullest_name(const Work& w, Referent r) {
  if (!r.entity.empty()) {
    for (const auto& m : w.doc.mentions) {
      if (m.span.start >= w.doc.tokens[r.first].span.start) break;
      if (m.entity != r.entity || m.form != MentionForm::name || m.metadata) continue;
      const auto [a, b] = w.tokens_of(m.span);
      if (b > a && b - a > r.end - r.first) r.first = a, r.end = b;
    }
    return r;
  }
  if (r.end != r.first + 1) return r;
  for (uint32_t k = r.first; k-- > 0;) {
    if (w.words[k] != w.words[r.first] || w.mention_at[k] >= 0 || k == 0 || !w.unknown_word(k - 1)) continue;
    uint32_t a = k;
    while (a > 0 && a + 3 > k && w.unknown_word(a - 1)) --a;
    return Referent{a, k + 1, "", false};
  }
  return r;
}

// Without the entity stage: is the run of name words [first, end) in segment s a person's name?
// One after a title ("Pfc. Naser Jason Abdo"), a full name whose last word the text uses alone
// as well ("Devin Kelley" ... "Kelley"), or such a last word alone; no date, no place after a
// preposition ("in Sutherland Springs").
bool person_named(const Work& w, const Sentence& s, uint32_t first, uint32_t end) {
  if (in_timex(w, first, end)) return false;
  for (uint32_t k = first; k < end; ++k)
    if (w.cue(k, Cue::calendar_name) || w.cue(k, Cue::nationality)) return false;
  if (first > s.first_token && (w.cue(first - 1, Cue::locative_prep) || w.words[first - 1] == "from" ||
                                w.words[first - 1] == "of" || w.words[first - 1] == "to"))
    return false;
  if (first > s.first_token && w.has(first - 1, LexClass::title)) return true;
  const std::string_view last = w.words[end - 1];
  for (uint32_t k = 1; k + 1 < w.words.size(); ++k) {
    if (k == end - 1 || w.words[k] != last || w.mention_at[k] >= 0) continue;
    const bool alone = !w.unknown_word(k - 1) && !w.unknown_word(k + 1);
    if (end - first >= 2 ? alone : w.unknown_word(k - 1) && !w.unknown_word(k + 1)) return true;
  }
  return false;
}

// The name a pronoun at token p stands for: the nearest before it in its sentence and the three
// before, of a person (`plural` false: a person's mention or, in cased text, a run of name
// words) or of a group or many attackers (`plural`: an armed group's mention, or a perpetrator
// the arguments name already, a group or attackers). Skipped: the named hit, officials and
// speakers, and names inside a quotation the pronoun is not in (another speaker's referent). A
// plural pronoun whose nearest plural people are others ("Five soldiers were killed. They ...")
// stands for no one.
std::optional<Referent> referent_before(const Work& w, uint32_t p, bool plural) {
  const size_t si = segment_of(w, p);
  const uint32_t lo = w.segs[si >= 3 ? si - 3 : 0].first_token;
  const bool p_quoted = quoted(w, w.segs[si], p);
  // The perpetrators the arguments name, by the token their phrase ends at.
  std::unordered_map<uint32_t, Referent> perps;
  if (plural)
    for (const auto& e : w.events)
      for (const auto& a : e.src.arguments) {
        if (a.role != ArgumentRole::perpetrator_org && a.role != ArgumentRole::perpetrator_individual)
          continue;
        const auto [first, end] = w.tokens_of(a.span);
        if (first >= end || end > p || first < lo || pronoun_at(w, first)) continue;
        // Attackers by a word that says so ("the militants"; not "soldiers", "men").
        const LexEntry* head = w.longest(end - 1, LexClass::perp);
        if (a.role == ArgumentRole::perpetrator_individual &&
            (!w.words[end - 1].ends_with("s") || !head || head->value == "head" ||
             w.cue(end - 1, Cue::generic_person)))
          continue;
        perps.emplace(end, Referent{first, end, a.entity, a.role == ArgumentRole::perpetrator_org});
      }
  size_t seg = si;
  for (uint32_t k = p; k-- > lo;) {
    while (seg > 0 && k < w.segs[seg].first_token) --seg;
    const Sentence& s = w.segs[seg];
    const bool other_quote = quoted(w, s, k) && !(seg == si && p_quoted);
    std::optional<Referent> r;
    if (const int m = w.mention_at[k]; m >= 0) {
      const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
      if (k + 1 < w.mention_at.size() && w.mention_at[k + 1] == m) continue;
      uint32_t a = k;
      while (a > s.first_token && w.mention_at[a - 1] == m) --a;
      if (mn.metadata || mn.form != MentionForm::name) {
        k = a;
        continue;
      }
      if (!plural && mn.type == MentionType::PERSON) r = Referent{a, k + 1, mn.entity, false};
      if (plural && mn.type == MentionType::ARMED_GROUP) r = Referent{a, k + 1, mn.entity, true};
      if (!r) {
        // A state's or an organisation's people are others: no attackers ("Police blamed ...").
        if (plural && perps.count(k + 1) == 0 && (mn.type == MentionType::STATE_ACTOR)) return std::nullopt;
        k = a;
        continue;
      }
    } else if (auto it = perps.find(k + 1); it != perps.end()) {
      r = it->second;
    } else if (!plural && !w.lower_case && w.unknown_word(k) && (k + 1 >= p || !w.unknown_word(k + 1))) {
      uint32_t a = k;
      while (a > s.first_token && a + 3 > k && w.unknown_word(a - 1) && w.mention_at[a - 1] < 0) --a;
      if (!person_named(w, s, a, k + 1)) {
        k = a;
        continue;
      }
      r = Referent{a, k + 1, "", false};
    } else if (plural && (w.word_is(k, LexClass::human) || w.cue(k, Cue::official)) &&
               w.words[k].ends_with("s") && !w.has(k, LexClass::perp)) {
      // The nearest plural people are others: the pronoun stands for them, no attacker.
      return std::nullopt;
    }
    if (!r) continue;
    // "Mr Hayes, 69, said he defused a third bomb": the pronoun stands for the speaker, no attacker.
    if (seg == si)
      for (uint32_t j = r->end; j < p; ++j)
        if (w.cue(j, Cue::report_verb)) return std::nullopt;
    if (!other_quote && !official_or_speaker(w, s, r->first, r->end) &&
        !named_as_hit(w, r->first, r->end, r->entity))
      return fullest_name(w, *r);
    k = r->first;
  }
  return std::nullopt;
}

// The name a relative pronoun at token p ("a Canadian man who detonated") stands for: the name
// right before it, over a comma ("Abdo, who planned the attack").
std::optional<Referent> referent_of_relative(const Work& w, uint32_t p) {
  const Sentence& s = w.segs[segment_of(w, p)];
  uint32_t end = p;
  if (end > s.first_token && w.words[end - 1] == ",") --end;
  if (end <= s.first_token) return std::nullopt;
  // "a lieutenant in the Birmingham Brigade of the IRA who blew himself up": a name after a
  // preposition is no head the clause tells of.
  auto after_prep = [&](uint32_t a) {
    while (a > s.first_token && w.cue(a - 1, Cue::determiner)) --a;
    return a > s.first_token &&
           (w.cue(a - 1, Cue::locative_prep) || w.words[a - 1] == "of" || w.words[a - 1] == "from" ||
            w.words[a - 1] == "to" || w.words[a - 1] == "for");
  };
  if (const int m = w.mention_at[end - 1]; m >= 0) {
    const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
    if (mn.form != MentionForm::name || mn.metadata ||
        (mn.type != MentionType::PERSON && mn.type != MentionType::ARMED_GROUP))
      return std::nullopt;
    uint32_t a = end - 1;
    while (a > s.first_token && w.mention_at[a - 1] == m) --a;
    if (after_prep(a)) return std::nullopt;
    return fullest_name(w, Referent{a, end, mn.entity, mn.type == MentionType::ARMED_GROUP});
  }
  if (w.lower_case || !w.unknown_word(end - 1)) return std::nullopt;
  uint32_t a = end - 1;
  while (a > s.first_token && a + 4 > end && w.unknown_word(a - 1) && w.mention_at[a - 1] < 0) --a;
  if (after_prep(a) || !person_named(w, s, a, end)) return std::nullopt;
  return fullest_name(w, Referent{a, end, "", false});
}

// The referent of a pronoun at token p that an attack has for its author, if any.
std::optional<Referent> attacker_referent(const Work& w, uint32_t p) {
  const Sentence& s = w.segs[segment_of(w, p)];
  // "He said the attack ...": a speaker is no author.
  uint32_t v = p + 1;
  while (v < s.end_token && v < p + 3 && (w.words[v].ends_with("ly") || w.cue(v, Cue::auxiliary))) ++v;
  if (v < s.end_token && w.cue(v, Cue::report_verb)) return std::nullopt;
  if (w.cue(p, Cue::person_pronoun)) return referent_before(w, p, false);
  if (w.cue(p, Cue::plural_pronoun)) return referent_before(w, p, true);
  if (w.cue(p, Cue::relative)) return referent_of_relative(w, p);
  return std::nullopt;
}

// Puts the attacker a pronoun stands for into event e (a rule is sure of it: no target or victim
// of the event by the same name or actor).
void add_referent(Work& w, EventDraft& e, const Referent& r) {
  const ArgumentRole role = r.group ? ArgumentRole::perpetrator_org : ArgumentRole::perpetrator_individual;
  if (!r.entity.empty())
    drop_arguments(e, [&](const Argument& a) {
      return (a.role == ArgumentRole::victim || a.role == ArgumentRole::target) && a.entity == r.entity;
    });
  add_sure_perpetrator(w, e, role, r.first, r.end, r.entity, static_cast<int>(segment_of(w, r.first)));
}

}  // namespace

void resolve_attacker_pronouns(Work& w) {
  auto perp_role = [](ArgumentRole r) {
    return r == ArgumentRole::perpetrator_individual || r == ArgumentRole::perpetrator_org;
  };
  for (auto& e : w.events) {
    if (e.src.type == EventType::security_operation) continue;
    std::vector<Referent> found;
    for (const auto& a : e.src.arguments) {
      if (!perp_role(a.role) || !pronoun_argument(w, a)) continue;
      if (auto r = attacker_referent(w, w.tokens_of(a.span).first)) found.push_back(*r);
    }
    for (const Hit& h : w.hits) {
      if (h.event < 0 || &w.events[static_cast<size_t>(h.event)] != &e || h.passive ||
          h.entry->kind == TriggerKind::noun)
        continue;
      // A weak trigger only as a killing done ("he killed five"; "Americans who died" did nothing).
      if (const LexEntry* kl = w.longest(h.tok, LexClass::kill);
          h.entry->kind == TriggerKind::weak && !(kl && kl->value == "verb"))
        continue;
      const Sentence& s = w.segs[static_cast<size_t>(h.sentence)];
      uint32_t k = h.tok;
      while (k > s.first_token && k + 3 > h.tok &&
             (w.words[k - 1].ends_with("ly") || w.cue(k - 1, Cue::auxiliary) || w.words[k - 1] == "then"))
        --k;
      if (k == s.first_token || quoted(w, s, k - 1)) continue;
      // A subject's form: "he", "she", "they", "who" ("told him" is no subject).
      const std::string_view x = w.words[k - 1];
      if (x != "he" && x != "she" && x != "they" && x != "who") continue;
      if (auto r = attacker_referent(w, k - 1)) found.push_back(*r);
    }
    if (found.empty()) continue;
    // The pronouns go first: their arguments' keys (the actor the entity stage linked "He" to)
    // would keep the name out.
    drop_arguments(e, [&](const Argument& a) { return pronoun_argument(w, a); });
    rebuild_arg_keys(w, e);
    for (const Referent& r : found) add_referent(w, e, r);
  }
  // No pronoun is an argument. (One hit, "shot her", is not made the name the entity stage linked
  // it to: on the WikiEvents train split that named one more victim and two wrong ones, the
  // attacker among them.)
  for (auto& e : w.events) drop_arguments(e, [&](const Argument& a) { return pronoun_argument(w, a); });
}

void described_attacker_is_named(Work& w) {
  for (auto& e : w.events) {
    if (e.src.type == EventType::security_operation) continue;
    std::string person;
    uint32_t named_at = kNone;
    int names = 0;
    for (const auto& a : e.src.arguments) {
      if (a.role != ArgumentRole::perpetrator_individual) continue;
      const uint32_t f = w.tokens_of(a.span).first;
      const int m = w.mention_at[f];
      if (m < 0) continue;
      const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
      if (mn.type != MentionType::PERSON || mn.form != MentionForm::name || mn.entity.empty()) continue;
      if (mn.entity != person) ++names;
      person = mn.entity;
      named_at = std::min(named_at, f);
    }
    if (names != 1) continue;
    const size_t n = e.src.arguments.size();
    std::erase_if(e.src.arguments, [&](const Argument& a) {
      if (a.role != ArgumentRole::perpetrator_individual) return false;
      const auto [f, end] = w.tokens_of(a.span);
      if (end != f + 1 || f <= named_at || f == 0 || w.words[f - 1] != "the") return false;
      const LexEntry* p = w.longest(f, LexClass::perp);
      return p && p->length == 1 && p->value != "head" && !w.words[f].ends_with("s") &&
             !w.cue(f, Cue::generic_person);
    });
    if (e.src.arguments.size() != n) rebuild_arg_keys(w, e);
  }
}

}  // namespace dossier::event_internal
