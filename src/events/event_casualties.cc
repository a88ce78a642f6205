// Casualties: the figures of killed and injured around a casualty verb, their units and
// subsets, running totals, and the attackers killed by those who fought them off
// (attacker_deaths). See event_stage.cc for the whole flow.

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

// Is the figure at token qa the object of a perfect casualty verb ("has killed more than 4,000",
// "have wounded thousands")?
bool perfect_kill_before(const Work& w, const Sentence& s, uint32_t qa) {
  for (uint32_t v = qa; v-- > s.first_token && v + 4 >= qa;) {
    if (!(w.has(v, LexClass::kill) || w.has(v, LexClass::injure))) continue;
    uint32_t b = v;
    if (b > s.first_token && (w.words[b - 1] == "also" || w.words[b - 1] == "already")) --b;
    return b > s.first_token && (w.words[b - 1] == "has" || w.words[b - 1] == "have");
  }
  return false;
}

// Does the sentence count the dead in parts, a figure of "others" or "more" dead after another
// ("Twelve people died on the spot and three others died of their wounds")? Its figures add up to
// the toll; none is another account of it ("... and 30 others were wounded" counts the hurt).
bool dead_counted_in_parts(const Work& w, const Sentence& s) {
  for (uint32_t k = s.first_token + 1; k + 1 < s.end_token; ++k) {
    if (!w.number_at(k) || (w.words[k + 1] != "others" && w.words[k + 1] != "more")) continue;
    for (uint32_t j = k + 2; j < s.end_token && j < k + 6; ++j) {
      if (w.has(j, LexClass::injure)) break;
      if (w.has(j, LexClass::kill)) return true;
    }
  }
  return false;
}

// People counted by a figure at token i ("two aides", "two of his aides", "three bodyguards"):
// the figure's low end, with *end after the people; 0 when no such count starts there.
int people_counted(const Work& w, const Sentence& s, uint32_t i, uint32_t* end) {
  if (i >= s.end_token) return 0;
  // A plural of a person's role the title list names in the singular ("bodyguards", "drivers").
  auto role_plural = [&](std::string_view x) {
    return x.size() > 3 && x.back() == 's' &&
           w.lex.is(std::string(x.substr(0, x.size() - 1)), LexClass::title);
  };
  for (const auto& q : w.doc.quantities) {
    if (q.span.start < w.doc.tokens[i].span.start) continue;
    if (w.doc.token_at_or_after(q.span.start) != i) break;
    uint32_t e = w.doc.token_at_or_after(q.span.end);
    // ("a policeman and 14 others": people too.)
    const bool human =
        !q.unit.empty() && (w.lex.is(q.unit, LexClass::human) || q.unit == "others" || role_plural(q.unit));
    if (!human) {
      // "two of his aides", "two of his bodyguards"
      if (e + 2 < s.end_token && w.words[e] == "of" &&
          (w.words[e + 1] == "his" || w.words[e + 1] == "her" || w.words[e + 1] == "their" ||
           w.words[e + 1] == "the"))
        e += 2;
      if (e >= s.end_token) return 0;
      if (w.has(e, LexClass::human))
        e += w.longest(e, LexClass::human)->length;
      else if (role_plural(w.words[e]))
        ++e;
      else
        return 0;
    }
    *end = e;
    return q.low > 0 && q.low < 1000 ? static_cast<int>(q.low) : 0;
  }
  return 0;
}

// A word for state forces at token k: a state actor, police or soldiers ("troops", "police"),
// or "forces" after "security", "government", "special" or a name that is no armed group or
// person ("Afghan forces"; not "Islamic State forces").
bool state_force_at(const Work& w, const Sentence& s, uint32_t k) {
  if (int m = w.mention_at[k];
      m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::STATE_ACTOR)
    return true;
  if (const LexEntry* e = w.longest(k, LexClass::human);
      e && (e->value == "military" || e->value == "police"))
    return true;
  if (w.words[k] != "forces" || k == s.first_token) return false;
  if (const int m = w.mention_at[k - 1]; m >= 0)
    return w.doc.mentions[static_cast<size_t>(m)].type != MentionType::ARMED_GROUP &&
           w.doc.mentions[static_cast<size_t>(m)].type != MentionType::PERSON;
  return w.words[k - 1] == "security" || w.words[k - 1] == "government" || w.words[k - 1] == "special";
}

// "Armed officers shot him dead minutes later", "police killed them": state forces named just
// before a kill verb whose object is a pronoun, in a report of an attack, stopped its attacker;
// the forces are no perpetrators (a response with the pronoun for its dead).
std::optional<Response> forces_shot_attacker(const Work& w, const Sentence& s, uint32_t k) {
  if (w.last_event < 0) return std::nullopt;
  auto pronoun = [&](uint32_t j) {
    return j < s.end_token && (w.words[j] == "him" || w.words[j] == "her" || w.words[j] == "them");
  };
  uint32_t obj = kNone;
  if (const LexEntry* kv = w.longest(k, LexClass::kill); kv && kv->value == "verb" && pronoun(k + kv->length))
    obj = k + kv->length;
  else if (w.words[k] == "shot" && pronoun(k + 1) && k + 2 < s.end_token && w.words[k + 2] == "dead")
    obj = k + 1;
  if (obj == kNone || k == s.first_token) return std::nullopt;
  uint32_t b = k;
  while (b > s.first_token && b + 3 > k && (w.cue(b - 1, Cue::auxiliary) || w.words[b - 1].ends_with("ly")))
    --b;
  if (b == s.first_token || !state_force_at(w, s, b - 1)) return std::nullopt;
  uint32_t f = b - 1;
  while (f > s.first_token && f + 4 > b && (w.np_word(f - 1) || w.has(f - 1, LexClass::modifier))) --f;
  Response r;
  r.first = f;
  r.end = obj + 1;
  r.dead_first = obj;
  r.dead_end = obj + 1;
  r.back = true;
  return r;
}

}  // namespace

bool cumulative_toll(const Work& w, const Sentence& s) {
  bool perfect = false, stretch = false;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const std::string_view x = w.words[k];
    perfect = perfect || x == "have" || x == "has";
    if (x == "since" && k + 1 < s.end_token) {
      for (const auto& t : w.doc.timexes)
        if (t.span.start == w.doc.tokens[k + 1].span.start ||
            (k + 2 < s.end_token && t.span.start == w.doc.tokens[k + 2].span.start &&
             w.words[k + 1] == "the"))
          stretch = true;
    }
    if (x == "so" && k + 1 < s.end_token && w.words[k + 1] == "far") stretch = true;
  }
  if (!perfect) return false;
  // "has killed several local leaders", "have killed hundreds": a vague count of a record.
  for (uint32_t k = s.first_token; k + 2 < s.end_token && !stretch; ++k) {
    if (w.words[k] != "has" && w.words[k] != "have") continue;
    uint32_t v = k + 1;
    if (w.words[v] == "also" || w.words[v] == "already") ++v;
    if (v + 1 >= s.end_token || !w.has(v, LexClass::kill)) continue;
    const std::string_view n = w.words[v + 1];
    stretch = n == "several" || n == "many" || n == "dozens" || n == "hundreds" || n == "thousands" ||
              n == "scores" || n == "numerous" || n == "countless";
  }
  // "More than 2,000 people have been killed": thousands dead, no attack's toll.
  for (const auto& q : w.doc.quantities) {
    if (stretch) break;
    if (q.span.start < s.span.start) continue;
    if (q.span.start >= s.span.end) break;
    if (q.low < 1000) continue;
    // "The insurgency, which began in 2017, has killed more than 4,000 people": thousands killed
    // by a perfect verb, a record over the years.
    if (perfect_kill_before(w, s, w.doc.token_at_or_after(q.span.start))) {
      stretch = true;
      break;
    }
    for (uint32_t k = w.doc.token_at_or_after(q.span.end), n = 0; k < s.end_token && n < 5 && !stretch;
         ++k, ++n) {
      if (w.has(k, LexClass::kill) || w.has(k, LexClass::injure)) stretch = true;
      if (!(w.cue(k, Cue::be) || w.has(k, LexClass::human) || w.words[k] == "have" || w.words[k] == "has" ||
            w.words[k] == "been"))
        break;
    }
  }
  return stretch;
}

bool another_account(const Work& w, const Sentence& s) {
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const std::string_view x = w.words[k];
    if (w.cue(k, Cue::report_verb) || x == "saying" || x == "according" || x == "estimated") return true;
    // "put the toll at", "put the death toll at", "put the number of dead at".
    if ((x == "put" || x == "puts" || x == "gave" || x == "gives") && k + 2 < s.end_token &&
        (w.words[k + 1] == "the" || w.words[k + 1] == "a") &&
        (w.words[k + 2] == "toll" || w.words[k + 2] == "death" || w.words[k + 2] == "number"))
      return true;
  }
  return false;
}

bool earlier_account(const Work& w, const Sentence& s) {
  bool earlier = false, casualty = false;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const std::string_view x = w.words[k];
    casualty = casualty || w.has(k, LexClass::kill) || w.has(k, LexClass::injure);
    if (!(w.cue(k, Cue::report_verb) || x == "put" || x == "reported" || x == "gave")) continue;
    for (uint32_t b = k; b-- > s.first_token && b + 3 >= k && !earlier;) {
      const std::string_view y = w.words[b];
      earlier = y == "earlier" || y == "initially" || y == "previously";
      if (!(earlier || y == "had" || y == "have" || y == "has")) break;
    }
  }
  return earlier && casualty;
}

bool part_of_toll(const Work& w, const Sentence& s, uint32_t qa, uint32_t qb) {
  if (qb < s.end_token && w.words[qb] == "of") return true;
  for (uint32_t k = qb; k < s.end_token && k < qb + 5; ++k)
    if (w.words[k] == "among") return true;
  for (uint32_t k = qa; k-- > s.first_token && k + 4 >= qa;)
    if (w.words[k] == "including" || w.words[k] == "included" || w.words[k] == "among") return true;
  return dead_counted_in_parts(w, s);
}

uint32_t other_group_after(const Work& w, const Sentence& s, uint32_t qa, uint32_t i) {
  if (w.words[i] != "and") return kNone;
  for (uint32_t k = qa; k-- > s.first_token && k + 3 >= qa;)
    if (w.has(k, LexClass::kill) || w.has(k, LexClass::injure)) return kNone;
  uint32_t j = i + 1;
  if (j < s.end_token && (w.words[j] == "all" || w.words[j] == "the")) ++j;
  if (j >= s.end_token || !w.number_at(j)) return kNone;
  uint32_t c = j + 1;
  while (c < s.end_token && c < j + 4 && (w.has(c, LexClass::human) || w.has(c, LexClass::perp))) ++c;
  return c > j + 1 ? c : kNone;
}

bool wounded_who_died(const Work& w, const Sentence& s, uint32_t qb) {
  uint32_t k = qb;
  if (k < s.end_token && w.has(k, LexClass::injure))
    ++k;
  else if (k == s.first_token || !w.has(k - 1, LexClass::injure))  // the quantity's unit: "several wounded"
    return false;
  if (k >= s.end_token ||
      !(w.has(k, LexClass::human) || w.has(k, LexClass::perp) || w.has(k, LexClass::member)))
    return false;
  for (uint32_t j = k + 1; j < s.end_token && j < k + 5; ++j) {
    if (w.words[j] == "died" || w.words[j] == "succumbed") return true;
    if (!(w.cue(j, Cue::be) || w.cue(j, Cue::auxiliary) || w.words[j] == "later" || w.words[j] == "also" ||
          w.has(j, LexClass::human)))
      break;
  }
  return false;
}

bool killed_or_hurt(const Work& w, const Sentence& s, uint32_t i) {
  auto kind = [&](uint32_t k) { return w.has(k, LexClass::kill) ? 1 : w.has(k, LexClass::injure) ? 2 : 0; };
  const int own = kind(i);
  if (own == 0) return false;
  auto other = [&](uint32_t k) { return k >= s.first_token && k < s.end_token && kind(k) + own == 3; };
  // After it: "killed or wounded", "killed or seriously injured", "dead and/or hurt".
  uint32_t k = i + 1;
  if (const LexEntry* e = w.longest(i, own == 1 ? LexClass::kill : LexClass::injure)) k = i + e->length;
  if (k + 1 < s.end_token && w.words[k] == "or") {
    for (uint32_t j = k + 1; j < s.end_token && j < k + 3; ++j)
      if (other(j)) return true;
  }
  // Before it: "killing or wounding", "killed or seriously injured" read from its second word.
  for (uint32_t j = i; j-- > s.first_token && j + 3 >= i;) {
    if (w.words[j] == "or") return j > s.first_token && other(j - 1);
    if (!(w.np_word(j) && !w.has(j, LexClass::human))) break;
  }
  return false;
}

bool toll_changed_before(const Work& w, const Sentence& s, uint32_t from) {
  for (uint32_t k = from; k-- > s.first_token && k + 6 >= from;) {
    if (w.cue(k, Cue::toll_change)) return true;
    if (w.words[k] == "," || w.words[k] == ";" || w.cue(k, Cue::report_verb)) return false;
  }
  return false;
}

uint32_t one_beside_attackers(const Work& w, const Sentence& s, uint32_t qa, uint32_t qb) {
  if (qb <= qa || qb >= s.end_token) return kNone;
  // The attackers: the figure's own word ("four assailants") or "of the attackers" after it.
  uint32_t e = qb;
  const LexEntry* own = w.longest(qb - 1, LexClass::perp);
  if (!own && w.words[qb] == "of") {
    uint32_t k = qb + 1;
    if (k < s.end_token && (w.words[k] == "the" || w.words[k] == "their")) ++k;
    own = k < s.end_token ? w.longest(k, LexClass::perp) : nullptr;
    if (own) e = k + own->length;
  }
  if (!own || own->value == "head" || w.cue(e - 1, Cue::generic_person)) return kNone;
  // "and a police officer", "and one soldier": one person, no plural.
  if (e + 2 >= s.end_token || w.words[e] != "and") return kNone;
  const std::string_view d = w.words[e + 1];
  if (d != "a" && d != "an" && d != "one") return kNone;
  uint32_t h = e + 2;
  if (h + 1 < s.end_token && !w.has(h, LexClass::human) && w.np_word(h) && !w.has(h, LexClass::perp)) ++h;
  const LexEntry* who = h < s.end_token ? w.longest(h, LexClass::human) : nullptr;
  if (!who || w.has(h, LexClass::perp)) return kNone;
  h += who->length;
  if (w.words[h - 1].ends_with("s") && w.words[h - 1] != "police") return kNone;
  // The casualty word they share, over "also", "were", "later", "reportedly".
  for (uint32_t k = h; k < s.end_token && k < h + 4; ++k) {
    if (w.has(k, LexClass::kill) || w.has(k, LexClass::injure)) return k;
    if (!(w.cue(k, Cue::be) || w.cue(k, Cue::auxiliary) || w.words[k] == "also" || w.words[k] == "later" ||
          w.words[k] == "reportedly"))
      break;
  }
  return kNone;
}

void widen(CountRange& r, const CountRange& other) {
  const CountRange& open = r.high ? other : r;
  const CountRange& closed = r.high ? r : other;
  std::optional<int64_t> high;
  if (r.high && other.high)
    high = std::max(*r.high, *other.high);
  else if (closed.high && *closed.high >= open.low)
    high = closed.high;
  r.low = std::min(r.low, other.low);
  r.high = high;
}

bool plural_people(std::string_view x) {
  return x.ends_with("s") || x.ends_with("men") || x == "people" || x == "children" || x == "police";
}

bool age_aside(const Work& w, uint32_t k, uint32_t end) {
  return k + 3 <= end && w.words[k] == "," && w.doc.tokens[k + 1].has(kTokNumber) && w.words[k + 2] == ",";
}

NamedDead singular_dead(const Work& w, const Sentence& s) {
  // One person at `i`: a PERSON mention, or a determiner, modifiers and a singular human noun;
  // `pair` says the noun names two ("a Chinese couple").
  bool pair = false;
  auto one_person = [&](uint32_t i, uint32_t* end) -> bool {
    pair = false;
    if (i >= s.end_token) return false;
    // "shot dead Mayor Ramon Dizon": over the titles before the name.
    uint32_t named = i;
    while (named < s.end_token && named < i + 3 && w.mention_at[named] < 0 && w.has(named, LexClass::title))
      ++named;
    if (named < s.end_token && w.mention_at[named] >= 0) i = named;
    if (int m = w.mention_at[i];
        m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::PERSON) {
      uint32_t k = i;
      while (k < s.end_token && w.mention_at[k] == m) ++k;
      *end = k;
      return true;
    }
    const std::string_view d = w.words[i];
    if (!(d == "a" || d == "an" || d == "the" || d == "his" || d == "her" || d == "their" || d == "one"))
      return false;
    // The last human noun or title of the phrase: "a Colombian activist" (a title, "Colombian",
    // before the noun), "the provincial police chief".
    uint32_t found = 0;
    for (uint32_t k = i + 1; k < s.end_token && k < i + 5;) {
      // A person's role ("his bodyguard", "the governor") names one as well as a human noun.
      const LexEntry* h = w.longest(k, LexClass::human);
      if (!h) h = w.longest(k, LexClass::title);
      if (h) {
        const uint32_t last = k + h->length - 1;
        if (plural_people(w.words[last]) || w.cue(last, Cue::collective)) return false;
        pair = w.words[last] == "couple";
        found = k + h->length;
        k = found;
        continue;
      }
      if (!w.np_word(k)) break;
      ++k;
    }
    if (found) *end = found;
    return found != 0;
  };
  NamedDead best;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    // A kill verb, or a verb that says the person was assassinated.
    const LexEntry* kv = w.longest(k, LexClass::kill);
    if (!kv || kv->value != "verb") kv = w.longest(k, LexClass::trigger);
    // "stabbed a police officer to death", "beat the man to death": the verb with "to death" after
    // its object kills.
    static const LexEntry kToDeath = [] {
      LexEntry e;
      e.cls = LexClass::kill;
      e.value = "verb";
      return e;
    }();
    if (const std::string_view x = w.words[k];
        (!kv || kv->cls != LexClass::kill) &&
        (x == "stabbed" || x == "hacked" || x == "beat" || x == "beaten" || x == "burned" || x == "burnt" ||
         x == "bludgeoned" || x == "clubbed" || x == "stoned" || x == "shot" || x == "kicked"))
      for (uint32_t j = k + 2; j + 1 < s.end_token && j < k + 9; ++j) {
        if (w.cue(j, Cue::clause_break) || w.is_punct(j)) break;
        if (w.words[j] == "to" && w.words[j + 1] == "death") {
          kv = &kToDeath;
          break;
        }
      }
    if (!kv ||
        (kv->cls == LexClass::kill ? kv->value != "verb"
                                   : kv->type != EventType::assassination || kv->kind != TriggerKind::verb))
      continue;
    if (unrealised(w, s, k) || background_cue(w, s, k)) continue;
    if (k > s.first_token && (w.words[k - 1] == "to" || w.words[k - 1] == "assassinate")) continue;
    const uint32_t after = k + kv->length;
    const bool passive = passive_at(w, s, k);
    int n = 0;
    if (passive) {
      // "a policeman was killed": the person ends right before the form of "be".
      uint32_t be = k - 1;
      while (be > s.first_token && !w.cue(be, Cue::be)) --be;
      // (Up to nine tokens back: "A town mayor in the southern Philippines was shot dead".)
      for (uint32_t b = be; b-- > s.first_token && b + 10 > be;) {
        uint32_t end = 0;
        // "The governor of Kunduz province was killed": over the place or body the person is of.
        if (!one_person(b, &end)) continue;
        // "Jose Herrera, 48, was shot dead": over the age set off by commas.
        if (age_aside(w, end, be)) end += 3;
        // "A town mayor in the southern Philippines was shot dead": over the place the person is in.
        if (end + 1 < be && (w.words[end] == "of" || w.words[end] == "in")) {
          uint32_t e = end + 1;
          while (e < be && (w.np_word(e) || w.cue(e, Cue::determiner) || w.words[e] == "'s")) ++e;
          if (e == be) end = be;
        }
        if (end == be) {
          n = pair ? 2 : 1;
          break;
        }
      }
    } else {
      // "a judge, his driver and a bodyguard", "the mayor of Tlalixcoyan and two of his aides",
      // "the mayor along with two aides": people one by one, and counted groups among them.
      uint32_t i = after, end = 0;
      for (bool first = true;; first = false) {
        if (one_person(i, &end)) {
          n += pair ? 2 : 1;
        } else if (const int g = people_counted(w, s, i, &end); g > 0 && !first) {
          n += g;
        } else {
          break;
        }
        // "the mayor of Tlalixcoyan": the place or body the person belongs to.
        if (end + 1 < s.end_token && w.words[end] == "of") {
          uint32_t e = end + 1;
          if (w.cue(e, Cue::determiner)) ++e;
          while (e < s.end_token && (w.mention_at[e] >= 0 || w.doc.tokens[e].has(kTokCapitalized)) &&
                 w.np_word(e))
            ++e;
          if (e > end + 1 && !w.cue(e - 1, Cue::determiner)) end = e;
        }
        // "... on Saturday along with two aides": over a time told between.
        for (const auto& t : w.doc.timexes) {
          if (end >= s.end_token) break;
          const uint32_t ta = w.doc.token_at_or_after(t.span.start);
          if (ta != end && !(ta == end + 1 && w.words[end] == "on")) continue;
          const uint32_t te = w.doc.token_at_or_after(t.span.end);
          if (te + 1 < s.end_token && (w.words[te] == "along" || w.words[te] == "together")) end = te;
          break;
        }
        if (end >= s.end_token || w.cue(end, Cue::report_verb)) break;
        const std::string_view x = w.words[end];
        if (x == "and") {
          i = end + 1;
        } else if (x == "," && end + 1 < s.end_token) {
          i = end + (w.words[end + 1] == "and" ? 2 : 1);
        } else if ((x == "along" || x == "together") && end + 1 < s.end_token && w.words[end + 1] == "with") {
          i = end + 2;
        } else {
          break;
        }
        // "killed a judge, police said": a speaker after the comma is no one killed.
        uint32_t e2 = 0;
        if (one_person(i, &e2) && e2 < s.end_token && w.cue(e2, Cue::report_verb)) break;
      }
    }
    if (n > best.count) best = {n, k};
  }
  return best;
}

bool burned_dead(const Work& w, const Sentence& s, const Hit& h) {
  auto dead = [&](uint32_t k) {
    const std::string_view x = w.words[k];
    return x == "bodies" || x == "body" || x == "corpses" || x == "corpse" || x == "remains";
  };
  for (uint32_t k = h.tok; k-- > s.first_token && k + 4 >= h.tok;) {
    if (dead(k)) return true;
    if (!(w.cue(k, Cue::be) || w.cue(k, Cue::auxiliary) || w.words[k] == "been" ||
          w.words[k].ends_with("ly")))
      break;
  }
  for (uint32_t k = h.end; k < s.end_token && k < h.end + 3; ++k) {
    if (dead(k)) return true;
    if (!w.cue(k, Cue::determiner) && w.words[k] != "their" && w.words[k] != "his") break;
  }
  return false;
}

bool takes_people(const Work& w, const Sentence& s, const Hit& h) {
  auto person = [&](uint32_t k) {
    const int m = w.mention_at[k];
    return w.has(k, LexClass::human) ||
           (m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::PERSON);
  };
  if (h.passive) {
    uint32_t be = h.tok;
    while (be > s.first_token && !w.cue(be - 1, Cue::be)) --be;
    return be > s.first_token + 1 && person(be - 2);
  }
  uint32_t subj = h.tok;
  while (subj > s.first_token && (w.words[subj - 1].ends_with("ly") || w.words[subj - 1] == "also")) --subj;
  if (subj > s.first_token) {
    const std::string_view x = w.words[subj - 1];
    if (state_force_at(w, s, subj - 1) || x == "they" || x == "he" || x == "she" || x == "we" || x == "it")
      return false;
  }
  for (uint32_t k = h.end, n = 0; k < s.end_token && n < 7; ++k, ++n) {
    if (person(k)) return true;
    const bool counting = w.cue(k, Cue::quantifier) || w.cue(k, Cue::determiner) || w.number_at(k);
    if (!(counting || w.words[k] == "of" || w.np_word(k))) break;
  }
  return false;
}

bool force_member(const Work& w, uint32_t k) {
  if (k == 0) return false;
  const LexEntry* force = w.longest(k - 1, LexClass::human);
  const LexEntry* perp = w.longest(k, LexClass::perp);
  return force && force->length == 1 && (force->value == "police" || force->value == "military") && perp &&
         perp->value != "head";
}

bool armed_group_word(const Work& w, uint32_t k) {
  const int m = w.mention_at[k];
  return m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP;
}

bool clash_of_forces(const Work& w, const Sentence& s, const Hit& h) {
  if (background_cue(w, s, h.tok)) return false;
  const LexEntry* kill = w.longest(h.tok, LexClass::kill);
  const LexEntry* hurt = w.longest(h.tok, LexClass::injure);
  if ((!kill && !hurt) || h.passive) return false;
  // The clash itself kills: a combat word before the casualty word ("fighting ... killed 14",
  // "clashes ... left nine dead"); "four rebels were killed during a clash with troops" tells the
  // losses of one side in an engagement, no incident of its own.
  // Nor the clash as a circumstance ("during clashes between troops and rebels, 12 were killed":
  // clash_between_sides weighs that one) or clashes counted ("53 clashes, 37 guerrillas and 12
  // soldiers killed": a tally).
  bool cause = false;
  for (uint32_t k = s.first_token; k < h.tok && !cause; ++k) {
    if (!w.has(k, LexClass::combat)) continue;
    uint32_t b = k;
    bool counted = false;
    while (b > s.first_token && (w.np_word(b - 1) || w.cue(b - 1, Cue::determiner))) {
      counted = counted || w.number_at(b - 1);
      --b;
    }
    const std::string_view before = b > s.first_token ? w.words[b - 1] : std::string_view();
    cause = !counted && !w.number_at(b) && before != "during" && before != "in" && before != "amid" &&
            before != "after" && before != "before" && before != "of";
  }
  if (!cause) return false;
  bool state = false, armed = false;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    state = state || state_force_at(w, s, k);
    armed = armed || armed_group_word(w, k) ||
            (w.has(k, LexClass::perp) && !w.cue(k, Cue::generic_person) &&
             w.longest(k, LexClass::perp)->value != "head");
  }
  return state && armed;
}

bool by_state_forces(const Work& w, const Sentence& s, uint32_t end) {
  if (end + 1 >= s.end_token || w.words[end] != "by") return false;
  for (uint32_t k = end + 1; k < s.end_token && k < end + 4; ++k)
    if (state_force_at(w, s, k)) return true;
  return false;
}

bool clash_between_sides(const Work& w, const Sentence& s, const Hit& h) {
  if (background_cue(w, s, h.tok) ||
      (!w.longest(h.tok, LexClass::kill) && !w.longest(h.tok, LexClass::injure)))
    return false;
  // A side: an armed group's name, a word for armed men (not "men" or "people"), a group word
  // ("militias") or the state's forces.
  auto side = [&](uint32_t k) {
    const LexEntry* perp = w.longest(k, LexClass::perp);
    return armed_group_word(w, k) || state_force_at(w, s, k) || w.has(k, LexClass::group) ||
           (perp && perp->value != "head" && !w.cue(k, Cue::generic_person));
  };
  // "Four rebels were killed in clashes between the army and the rebels", "killed 12 soldiers": the
  // losses of one side, told as such, are no incident of their own (as for clash_of_forces).
  // (Not a side inside the clash's own "between" phrase: "Fighting between rival militias killed".)
  uint32_t b = h.tok;
  while (b > s.first_token && (w.cue(b - 1, Cue::be) || w.cue(b - 1, Cue::auxiliary))) --b;
  bool in_between = false;
  for (uint32_t k = b; k-- > s.first_token && k + 8 > b && !in_between;) in_between = w.words[k] == "between";
  if (b > s.first_token && !in_between && side(b - 1)) return false;
  for (uint32_t a = h.end; a < s.end_token && a < h.end + 4 && (w.np_word(a) || w.number_at(a)); ++a)
    if (side(a)) return false;
  // "During clashes between soldiers and rebels across the country, 12 were killed": a tally
  // of many clashes, no incident.
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    if (w.words[k] == "across" || w.words[k] == "throughout" || w.words[k] == "nationwide") return false;
  for (uint32_t k = s.first_token; k + 2 < s.end_token; ++k) {
    if (!w.has(k, LexClass::combat) || w.words[k + 1] != "between") continue;
    // "between rival militias", "between troops and al-Shabaab fighters": up to the end of the
    // phrase (a comma, a preposition of place or time, the casualty word).
    bool rival = false, first = false, joined = false, second = false;
    for (uint32_t j = k + 2; j < s.end_token && j < k + 14 && j != h.tok; ++j) {
      const std::string_view t = w.words[j];
      if (t == "," || t == "in" || t == "on" || t == "near" || t == "at" || t == "since" || t == "that")
        break;
      rival = rival || t == "rival";
      joined = joined || (first && t == "and");
      if (side(j)) (joined ? second : first) = true;
    }
    if ((rival && first) || (first && second)) return true;
  }
  return false;
}

bool militant_described(const Work& w, const Sentence& s, uint32_t first, uint32_t end) {
  auto militant = [&](uint32_t k) {
    const LexEntry* e = w.longest(k, LexClass::perp);
    return (e && e->value != "head" && !w.cue(k, Cue::generic_person)) || armed_group_word(w, k);
  };
  for (uint32_t k = first, n = 0; k-- > s.first_token && n < 4; ++n) {
    if (militant(k)) return true;
    if (!w.has(k, LexClass::title) && !w.doc.tokens[k].has(kTokCapitalized)) break;
  }
  if (end + 1 < s.end_token && w.words[end] == ",")
    for (uint32_t k = end + 1; k < s.end_token && k < end + 8 && w.words[k] != "," && w.words[k] != "and";
         ++k)
      if (militant(k)) return true;
  return false;
}

bool arrest_raid(const Work& w, const Sentence& s, const Hit& h) {
  if (h.entry->kind != TriggerKind::noun) return false;
  uint32_t d = h.tok;
  while (d > s.first_token && d + 3 > h.tok && !w.cue(d - 1, Cue::determiner) && w.np_word(d - 1)) --d;
  if (d < s.first_token + 3 || !w.cue(d - 1, Cue::determiner)) return false;
  const uint32_t p = d - 2;
  if (w.words[p] != "in" && w.words[p] != "during") return false;
  for (uint32_t k = p; k-- > s.first_token && k + 3 > p;) {
    const std::string_view x = w.words[k];
    if (x == "arrested" || x == "detained" || x == "apprehended" || x == "nabbed") return true;
    if (!(x.ends_with("ly") || x == "later" || x == "also")) break;
  }
  return false;
}

bool state_forces_against_militants(const Work& w, const Sentence& s, const Hit& h, const Hit* outer) {
  // A perpetrator word that names armed men as such: not "a man", "persons", "youths"; or an
  // armed group's name ("killed a senior Al-Shabaab commander").
  auto militant = [&](uint32_t k) {
    return (w.has(k, LexClass::perp) && !w.cue(k, Cue::generic_person)) || armed_group_word(w, k);
  };
  // "an attack by militants": the militants are its agent, whoever repelled it.
  for (uint32_t k = h.end; k < s.end_token && k < h.end + 2; ++k)
    if (w.words[k] == "by")
      for (uint32_t a = k + 1; a < s.end_token && a < k + 5; ++a)
        if (militant(a) ||
            (w.mention_at[a] >= 0 &&
             w.doc.mentions[static_cast<size_t>(w.mention_at[a])].type == MentionType::ARMED_GROUP))
          return false;
  // Another attack told in the same sentence is the news ("Police shot dead the gunman who opened
  // fire at a mosque, killing 50").
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    if ((k < h.tok || k >= h.end) && (!outer || k < outer->tok || k >= outer->end) &&
        w.has(k, LexClass::trigger) && w.longest(k, LexClass::trigger)->kind != TriggerKind::weak &&
        w.longest(k, LexClass::trigger)->type != EventType::security_operation)
      return false;
  // "killed 12 militants in a raid": the raid is the circumstance of the kill verb's clause.
  if (h.tok >= s.first_token + 2 && (w.words[h.tok - 2] == "in" || w.words[h.tok - 2] == "during") &&
      w.cue(h.tok - 1, Cue::determiner)) {
    for (uint32_t k = h.tok - 2; k-- > s.first_token && k + 10 > h.tok;) {
      const LexEntry* kv = w.longest(k, LexClass::kill);
      if (!kv || kv->value != "verb") continue;
      Hit v = h;
      v.tok = k;
      v.end = k + kv->length;
      v.passive = passive_at(w, s, k);
      return state_forces_against_militants(w, s, v, &h);
    }
  }
  auto state = [&](uint32_t k) { return state_force_at(w, s, k); };
  const uint32_t lo = h.tok > s.first_token + 6 ? h.tok - 6 : s.first_token;
  const uint32_t hi = std::min(s.end_token, h.end + 6);
  bool before_state = false, before_militant = false, after_state = false, after_militant = false;
  for (uint32_t k = h.tok; k-- > lo;) {
    if (w.cue(k, Cue::clause_break)) break;
    before_state = before_state || state(k);
    before_militant = before_militant || militant(k);
  }
  for (uint32_t k = h.end; k < hi; ++k) {
    if (w.cue(k, Cue::clause_break)) break;
    after_state = after_state || state(k);
    after_militant = after_militant || militant(k);
  }
  return h.passive ? (before_militant && after_state && !before_state)
                   : (before_state && after_militant && !before_militant);
}

std::vector<Response> attacker_deaths(const Work& w, const Sentence& s) {
  std::vector<Response> out;
  auto attacker_at = [&](uint32_t k) -> const LexEntry* {
    const LexEntry* e = w.longest(k, LexClass::perp);
    if (!e || e->value == "head" || w.cue(k, Cue::generic_person)) return nullptr;
    return e;
  };
  auto armed_group_at = [&](uint32_t k) {
    const int m = w.mention_at[k];
    return m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP;
  };
  // A word of the phrase before its head [first, head): a determiner, a count, "of".
  auto counting = [&](uint32_t k) {
    return w.cue(k, Cue::determiner) || w.cue(k, Cue::quantifier) || w.number_at(k) || w.words[k] == "of" ||
           w.words[k] == "another";
  };
  auto points_back = [&](uint32_t first, uint32_t head) {
    const std::string_view x = w.words[head];
    if (x == "attackers" || x == "attacker" || x == "assailants" || x == "assailant") return true;
    for (uint32_t k = first; k < head; ++k)
      if (w.words[k] == "the" || w.words[k] == "all" || w.words[k] == "these" || w.words[k] == "those")
        return true;
    return false;
  };
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    if (const std::optional<Response> r = forces_shot_attacker(w, s, k)) {
      out.push_back(*r);
      k = r->end - 1;
      continue;
    }
    const LexEntry* kv = w.longest(k, LexClass::kill);
    if (!kv) kv = w.longest(k, LexClass::injure);
    const bool died = w.words[k] == "died";
    // "were shot by police": hurt or killed, the passive of the attack verb.
    const bool shot = !kv && w.words[k] == "shot" && passive_at(w, s, k);
    if ((!kv && !shot) || (kv && kv->value != "verb" && !died) || unrealised(w, s, k)) continue;
    const uint32_t after = k + (kv ? kv->length : 1);
    Response r;
    bool back = false, state = false, militant = false, group = false;
    bool implicit = false;  // the attacker of the clause before, unnamed ("before being shot")
    if (died || passive_at(w, s, k)) {
      // The dead before the verb, over "be" and adverbs: "all four attackers were also killed".
      uint32_t b = k;
      while (b > s.first_token && (w.cue(b - 1, Cue::be) || w.cue(b - 1, Cue::auxiliary) ||
                                   w.words[b - 1] == "also" || w.words[b - 1].ends_with("ly")))
        --b;
      uint32_t head = kNone;
      for (uint32_t j = b; j-- > s.first_token && j + 4 > b && head == kNone;)
        if (const LexEntry* e = attacker_at(j); e && j + e->length == b) head = j;
      // "... before being shot by police", "before he was shot dead": the attacker of the clause
      // before, unnamed (below: when is it a response).
      auto time_word = [&](uint32_t j) {
        const std::string_view x = w.words[j];
        return x == "before" || x == "after" || x == "until" || x == "when";
      };
      if (head == kNone && b > s.first_token + 1 && w.words[b] == "being" && time_word(b - 1)) {
        implicit = true;
        r = {b - 1, after, b, b};
      } else if (head == kNone && b > s.first_token + 2 && time_word(b - 2) &&
                 (w.cue(b - 1, Cue::person_pronoun) || w.cue(b - 1, Cue::plural_pronoun))) {
        implicit = true;
        r = {b - 2, after, b - 1, b};
      }
      if (head == kNone && !implicit) continue;
      if (!implicit) {
        uint32_t f = head;
        while (f > s.first_token && f + 6 > head && (counting(f - 1) || w.np_word(f - 1))) --f;
        back = points_back(f, b - 1);
        r = {f, after, f, b};
      }
      // The agent after "by": "were killed by commandos", "shot dead by police".
      for (uint32_t j = after; j < s.end_token && j < after + 3; ++j) {
        if (w.words[j] != "by") continue;
        for (uint32_t a = j + 1; a < s.end_token && a < j + 6; ++a) {
          // ("shot dead by another officer": an officer firing back is the police, though the
          // lexicon keeps "officer" a title, an army's as well.)
          if (state_force_at(w, s, a) || w.words[a] == "officer")
            state = true;
          else if (armed_group_at(a))
            group = true;
          else if (attacker_at(a))
            militant = true;
          else if (!(counting(a) || w.np_word(a)))
            break;
          r.end = a + 1;
        }
        break;
      }
    } else {
      // The dead after the verb: "killed 30 of the attackers", "shot dead all three gunmen".
      uint32_t head = kNone, head_end = 0;
      for (uint32_t j = after; j < s.end_token && j < after + 7; ++j) {
        if (const LexEntry* e = attacker_at(j)) {
          head = j + e->length - 1;
          head_end = j + e->length;
          break;
        }
        if (w.has(j, LexClass::human) || w.has(j, LexClass::target) || !(counting(j) || w.np_word(j))) break;
      }
      if (head == kNone) continue;
      back = points_back(after, head);
      r = {k, head_end, after, head_end};
      // The agent: the nearest force named before the verb in its clause ("Security forces returned
      // fire and killed ...", "Kurdish-led forces said they killed ...").
      for (uint32_t b = k; b-- > s.first_token && b + 14 > k;) {
        const std::string_view x = w.words[b];
        if (x == ";" || x == ":" || w.cue(b, Cue::relative) || x == "while" || x == "when") break;
        if (state_force_at(w, s, b))
          state = true;
        else if (armed_group_at(b))
          group = true;
        else if (attacker_at(b))
          militant = true;
        else
          continue;
        r.first = b;
        while (r.first > s.first_token && w.np_word(r.first - 1) && r.first + 3 > b) --r.first;
        break;
      }
    }
    if (implicit) {
      // The implicit attacker, shot by police or troops, or by anyone after his attack was told
      // ("attacked soldiers, wounding one before being shot"; not "she ran a few steps before
      // being gunned down", the victim).
      bool attack_told = false;
      for (uint32_t j = s.first_token; j < r.first && !attack_told; ++j)
        if (const LexEntry* t = w.longest(j, LexClass::trigger)) attack_told = t->kind != TriggerKind::weak;
      if (group || militant || !(state || attack_told)) continue;
      back = true;
    }
    if (group || (militant && !back) || !(back || state)) continue;
    r.back = back;
    out.push_back(r);
    k = std::max(k, r.end - 1);
  }
  return out;
}

std::pair<uint32_t, uint32_t> unit_as_written(const Work& w, const Sentence& s, uint32_t qa, uint32_t qb,
                                              const std::string& unit) {
  for (uint32_t k = qa; k < s.end_token && k <= qb; ++k) {
    if (w.words[k] != unit) continue;
    uint32_t e = k + 1;
    while (e < s.end_token && e < k + 3 && w.has(e, LexClass::human) && !w.has(e, LexClass::kill) &&
           !w.has(e, LexClass::injure))
      ++e;
    return {k, e};
  }
  return {0, 0};
}

uint32_t antecedent_of_them(const Work& w, const Sentence& s, uint32_t qa, uint32_t qb) {
  if (qb + 1 >= s.end_token || w.words[qb] != "of" || w.words[qb + 1] != "them") return kNone;
  for (uint32_t k = qa; k-- > s.first_token && k + 20 > qa;) {
    const LexEntry* h = w.longest(k, LexClass::human);
    if (h && h->length == 1 && !w.has(k, LexClass::perp) && plural_people(w.words[k])) return k;
  }
  return kNone;
}

bool undated_count_of_hurt(const Work& w, const Sentence& s) {
  for (const auto& t : w.doc.timexes)
    if (t.span.start >= s.span.start && t.span.start < s.span.end) return false;
  for (uint32_t i = s.first_token; i < s.end_token; ++i)
    if (const int m = w.mention_at[i];
        m >= 0 && (is_place_mention(w.doc.mentions[static_cast<size_t>(m)]) ||
                   w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP))
      return false;
  for (const auto& q : w.doc.quantities) {
    if (q.span.start < s.span.start) continue;
    if (q.span.start >= s.span.end) break;
    for (uint32_t k = w.doc.token_at_or_after(q.span.end), n = 0; k < s.end_token && n < 4; ++k, ++n) {
      if (w.has(k, LexClass::kill) || w.has(k, LexClass::injure)) return true;
      if (!(w.cue(k, Cue::be) || w.has(k, LexClass::human) || w.words[k] == "also" || w.words[k] == "had" ||
            w.words[k] == "have" || w.words[k] == "been" || w.words[k] == "others"))
        break;
    }
  }
  return false;
}

bool story_toll(const Work& w, const Sentence& s) {
  for (uint32_t k = s.first_token; k + 1 < s.end_token; ++k) {
    if (w.words[k] != "the") continue;
    const std::string_view x = w.words[k + 1];
    // "the wounded", "the injured", "the dead" as nouns (not "the wounded soldier").
    if ((x == "wounded" || x == "injured" || x == "dead") &&
        (k + 2 >= s.end_token || !w.np_word(k + 2) || w.cue(k + 2, Cue::be)))
      return true;
    if (x == "toll" || (x == "death" && k + 2 < s.end_token && w.words[k + 2] == "toll")) return true;
    if (x == "number" && k + 3 < s.end_token && w.words[k + 2] == "of" &&
        (w.words[k + 3] == "dead" || w.words[k + 3] == "deaths" || w.words[k + 3] == "victims" ||
         (w.words[k + 3] == "the" && k + 4 < s.end_token && w.words[k + 4] == "dead")))
      return true;
  }
  return false;
}

bool held_as_suspects(const Work& w, uint32_t k, uint32_t hi) {
  if (w.has(k, LexClass::human))
    for (uint32_t j = k, n = 0; j-- > 0 && n < 2; ++n) {
      if (w.cue(j, Cue::custody)) return true;
      if (!(w.number_at(j) || w.cue(j, Cue::quantifier))) break;
    }
  return w.cue(k, Cue::custody) && k + 1 < hi && (w.cue(k + 1, Cue::auxiliary) || w.cue(k + 1, Cue::be)) &&
         k > 0 && (w.words[k - 1] == "those" || w.words[k - 1] == "the");
}

bool count_opens(const Work& w, uint32_t o) {
  const std::string_view x = w.words[o];
  return w.number_at(o) || x == "at" || x == "more" || x == "over" || x == "nearly" || x == "dozens" ||
         x == "scores" || x == "hundreds" || x == "several";
}

bool kills_object_at(const Work& w, const Sentence& s, uint32_t k) {
  uint32_t v = k;
  while (v < s.end_token && v < k + 3 &&
         (w.words[v] == "also" || w.words[v] == "have" || w.words[v] == "has" || w.words[v] == "had" ||
          (w.words[v].size() > 4 && w.words[v].ends_with("ly"))))
    ++v;
  if (v >= s.end_token) return false;
  const LexEntry* e = w.longest(v, LexClass::kill);
  if (!e) e = w.longest(v, LexClass::injure);
  if (!e || e->value != "verb") return false;
  const uint32_t o = v + e->length;
  if (o >= s.end_token) return false;
  return count_opens(w, o) || w.cue(o, Cue::determiner) || w.has(o, LexClass::human) ||
         w.has(o, LexClass::target);
}

}  // namespace dossier::event_internal
