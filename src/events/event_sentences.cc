// The pass over the body's sentences (run_events): triggers, event coreference, argument roles,
// places and tolls, one sentence at a time, as told in event_stage.cc (passes 1-4).

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

// Can an anaphoric trigger of type `a` ("the bombing", "the attack") name an event of type `b`?
// "the attack" (an armed assault, or a bare casualty word) names anything; a bombing names
// bombings; otherwise the same type.
bool can_name(EventType a, EventType b) {
  auto explosive = [](EventType t) { return t == EventType::bombing || t == EventType::suicide_bombing; };
  return a == b || a == EventType::armed_assault || a == EventType::other || b == EventType::other ||
         (explosive(a) && explosive(b));
}

// "Blasts hit two railway stations", "an explosion ripped through a crowded market": a blast noun
// as the subject of a verb of striking, with a public site as its object, tells a bombing even in
// a report that names no weapon or attacker. Not a blast at works ("rocked a fireworks factory"),
// nor one a leak or a fuel caused ("a gas explosion", "Officials said a gas leak caused the blast"),
// nor any in a report that tells a mishap.
bool blast_struck_site(const Work& w, const Sentence& s, const Hit& h) {
  const std::string_view head = w.words[h.tok];
  if (!(head.starts_with("blast") || head.starts_with("explosion"))) return false;
  auto works_word = [&](uint32_t k) {
    const std::string_view x = w.words[k];
    return x == "chemical" || x == "chemicals" || x == "fuel" || x == "tanker" || x == "transformer" ||
           x == "factory" || x == "warehouse" || x == "plant" || x == "mine" || x == "refinery" ||
           x == "depot" || x == "pipeline";
  };
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    if (works_word(k)) return false;
  // A fuel or a leak in the blast's sentence ("A gas explosion ripped through"), or told as the
  // cause in any (blast_cause); not one merely told near the blast in another sentence.
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const std::string_view x = w.words[k];
    if (x == "gas" || x == "leak" || x == "cylinder" || x == "cylinders" || x == "boiler" || x == "methane")
      return false;
  }
  for (uint32_t k = 0; k < w.words.size(); ++k)
    if (w.words[k] == "fireworks") return false;
  if (blast_cause(w) == BlastCause::accident) return false;
  uint32_t v = h.end;
  while (v < s.end_token && v < h.end + 2 && w.words[v].ends_with("ly")) ++v;  // "reportedly hit"
  if (v + 1 >= s.end_token) return false;
  const std::string_view x = w.words[v];
  uint32_t o = v + 1;
  // "An explosion at a crowded mosque killed 20": the site after a preposition, with a toll told.
  const bool at = x == "at" || x == "in" || x == "inside";
  if ((x == "ripped" || x == "tore" || x == "rips" || x == "tears") && w.words[o] == "through")
    ++o;
  else if (!at && !(x == "hit" || x == "hits" || x == "struck" || x == "strike" || x == "rocked" ||
                    x == "rock" || x == "rocks" || x == "targeted" || x == "shook"))
    return false;
  // The object: over its determiner, figure and modifiers to a site ("two crowded railway stations").
  bool site = false;
  for (uint32_t k = o; k < s.end_token && k < o + 6 && !site; ++k) {
    if (w.cue(k, Cue::site_noun) || w.has(k, LexClass::target) || w.words[k] == "crowd" ||
        w.words[k] == "crowds") {
      const LexEntry* t = w.longest(k, LexClass::target);
      if (t && t->value == "utilities") return false;
      site = true;
    } else if (!(w.cue(k, Cue::determiner) || w.number_at(k) ||
                 (w.is_word(k) && !w.word_is(k, LexClass::function) && !w.word_is(k, LexClass::verb)))) {
      return false;
    }
  }
  if (!site) return false;
  if (at) {
    bool toll = false;
    for (uint32_t k = o; k < s.end_token && !toll; ++k) {
      if (w.cue(k, Cue::fuel)) return false;  // a fuel's site
      toll = w.has(k, LexClass::kill) || w.has(k, LexClass::injure);
    }
    if (!toll) return false;
  }
  for (uint32_t i = 0; i < w.words.size(); ++i)
    if (w.cue(i, Cue::mishap) || w.cue(i, Cue::accident)) return false;
  return true;
}

// Is token k said not to be ("no sign of a bomb", "ruled out a gas leak", "not a bomb")?
bool denied_at(const Work& w, const Sentence& s, uint32_t k) {
  for (uint32_t b = k; b-- > s.first_token && b + 5 > k;) {
    if (w.has(b, LexClass::negation) || w.words[b] == "out") return true;
    if (w.cue(b, Cue::clause_break) || w.words[b] == "and" || w.words[b] == "but") return false;
  }
  return false;
}

// Is a weapon told at token k, not denied? A fuel alone is a commodity or a site's ("a petrol
// station").
bool weapon_told_at(const Work& w, const Sentence& s, uint32_t k) {
  const LexEntry* e = w.longest(k, LexClass::weapon);
  return e && !w.fuel_alone(k, *e) && !denied_at(w, s, k);
}

// Does the sentence tell an attack of its own, a weapon ("a bomb hidden in a gas cylinder"), an
// attacker ("Militants blew up a gas pipeline") or a claim, none of them denied?
bool attack_in(const Work& w, const Sentence& s) {
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    if (weapon_told_at(w, s, k)) return true;
    for (LexClass c : {LexClass::perp, LexClass::member, LexClass::group, LexClass::claim})
      if (const LexEntry* e = w.longest(k, c); e && e->value != "head" && !denied_at(w, s, k)) return true;
  }
  return false;
}

}  // namespace

bool accident_source(const Work& w, uint32_t k, bool subject) {
  const std::string_view x = w.words[k];
  bool source = w.cue(k, Cue::blast_source) || (subject && w.cue(k, Cue::blast_source_subject));
  if ((x == "fault" || x == "faults") && k > 0)
    source = w.words[k - 1] == "electrical" || w.words[k - 1] == "technical";
  if (x == "circuit" && k > 0) source = w.words[k - 1] == "short";
  if (!source) return false;
  for (uint32_t j = k + 1; j < w.words.size() && j < k + 3; ++j)
    if (w.has(j, LexClass::weapon)) return false;
  return true;
}

namespace {

// Is the cause word at c told unknown, denied or in question ("its cause was not immediately known",
// "did not cause", "investigating whether a gas leak caused the blast")?
bool cause_unsure(const Work& w, const Sentence& s, uint32_t c) {
  if (denied_at(w, s, c)) return true;
  for (uint32_t k = c + 1; k < s.end_token && k < c + 5; ++k) {
    const std::string_view x = w.words[k];
    if (x == "," || w.cue(k, Cue::clause_break)) break;
    if (w.has(k, LexClass::negation) || x == "unknown" || x == "unclear" || x == "undetermined" || x == "yet")
      return true;
  }
  for (uint32_t k = c; k-- > s.first_token && k + 8 > c;) {
    const std::string_view x = w.words[k];
    if (x == "whether" || x == "if") return true;
    if (x == "," || x == ";") break;
  }
  return false;
}

// Is the accident source at k told as the blast's cause by a cause word that governs it: "X caused
// the blast" (the word after X, over auxiliaries), "blamed the blast on X", "caused by X", "due to
// X", "the cause was X" (the word before X, over the blast's noun phrase and a preposition or "was"),
// the cause not unknown, denied or in question? Not a source merely near the blast ("went off near
// gas cylinders, and its cause was not known").
bool source_told_as_cause(const Work& w, const Sentence& s, uint32_t k) {
  for (uint32_t c = k + 1; c < s.end_token && c < k + 5; ++c) {
    if (w.cue(c, Cue::cause_word)) return !cause_unsure(w, s, c);
    if (!(w.np_word(c) || w.cue(c, Cue::auxiliary) || w.words[c].ends_with("ly"))) break;
  }
  // ("blamed a gas leak for the blast": the source as the object of "blamed", with nothing between.)
  bool link = false, between = false;
  for (uint32_t c = k; c-- > s.first_token && c + 10 > k;) {
    const std::string_view x = w.words[c];
    if (w.cue(c, Cue::cause_word)) return (link || (x == "blamed" && !between)) && !cause_unsure(w, s, c);
    if (x == "on" || x == "by" || x == "to" || x == "of" || w.cue(c, Cue::be))
      link = true;
    else if (!(w.np_word(c) || w.has(c, LexClass::trigger) || w.cue(c, Cue::determiner) || x == "-"))
      return false;
    between = between || w.has(c, LexClass::trigger);
  }
  return false;
}

// Does the sentence tell who carried out an attack: a claim ("Islamic State later claimed
// responsibility"), or attackers or an armed group with a blame ("Police blamed militants", "X
// was behind the blast"), none of them denied?
bool author_told(const Work& w, const Sentence& s) {
  bool blame = false, author = false;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    if (w.has(k, LexClass::claim) && !denied_at(w, s, k)) return true;
    blame = blame || ((w.has(k, LexClass::blame) || w.has(k, LexClass::cause)) && !denied_at(w, s, k));
    const LexEntry* p = w.longest(k, LexClass::perp);
    const LexEntry* r = w.longest(k, LexClass::member);
    const LexEntry* g = w.longest(k, LexClass::group);
    const int m = w.mention_at[k];
    const bool named = (p && p->value != "head") || (r && r->value != "head") || (g && g->value == "name") ||
                       (m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP);
    author = author || (named && !denied_at(w, s, k));
  }
  return blame && author;
}

}  // namespace

BlastCause blast_cause(const Work& w) {
  if (w.blast_cause_memo) return *w.blast_cause_memo;
  bool in_question = false, accident = false, weapon_told = false;
  for (const Sentence& s : w.segs) {
    bool source = false, cause = false, weapon = false, question = false, whether = false;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      const std::string_view x = w.words[k];
      const bool src = accident_source(w, k, false) && !denied_at(w, s, k);
      source = source || src;
      cause = cause || (src && source_told_as_cause(w, s, k));
      weapon = weapon || weapon_told_at(w, s, k);
      question = question || x == "or" || x == "whether";
      whether = whether || x == "whether";
    }
    // "whether a bomb or a gas cylinder caused it", "unclear whether a gas leak caused the blast".
    if (source && ((weapon && question) || (!cause && whether)))
      in_question = true;
    else if (cause && !weapon)
      accident = true;
    else if (weapon)
      weapon_told = true;  // "a bomb hidden in a gas cylinder": a weapon told outside a question
    // A claim or attackers told as the authors anywhere make it an attack, whatever was first
    // blamed ("Police initially blamed a gas cylinder. Islamic State later claimed the attack").
    if (author_told(w, s)) weapon_told = true;
  }
  w.blast_cause_memo = weapon_told   ? BlastCause::weapon
                       : accident    ? BlastCause::accident
                       : in_question ? BlastCause::disputed
                                     : BlastCause::untold;
  return *w.blast_cause_memo;
}

namespace {

// "A gas cylinder exploded in a shop", "a boiler blew up", or a blast of a report that tells an
// accident as the cause (blast_cause): the blast trigger h is no attack unless its sentence tells
// one (attack_in: "a bomb hidden in a gas cylinder exploded").
bool accident_blast(const Work& w, const Sentence& s, const Hit& h) {
  // The blast: the trigger, or the agent of a casualty word ("A blast at a petrol station killed
  // five", "were killed when a gas cylinder exploded").
  uint32_t blast = kNone;
  if (blast_sense(w.words[h.tok]) || w.cue(h.tok, Cue::blast_word))
    blast = h.tok;
  else if (h.entry->kind == TriggerKind::weak)
    for (uint32_t k = s.first_token; k < s.end_token && blast == kNone; ++k)
      if (w.cue(k, Cue::blast_word) ||
          (k > s.first_token && w.words[k] == "up" && blast_sense(w.words[k - 1])))
        blast = w.words[k] == "up" ? k - 1 : k;
  if (blast == kNone || attack_in(w, s)) return false;
  const BlastCause cause = blast_cause(w);
  if (cause != BlastCause::untold) return cause == BlastCause::accident;
  // What blew up, before the blast's word ("a cooking gas cylinder blew up", "a gas explosion").
  for (uint32_t k = blast; k-- > s.first_token && k + 6 > blast;) {
    if (accident_source(w, k, true)) return true;
    if (!(w.np_word(k) || w.cue(k, Cue::determiner) || w.words[k] == "-")) return false;
  }
  return false;
}

// "The Soviet Union conducted an underground nuclear test ... the third underground blast this
// year": a blast told with a weapons test is the test, no attack, unless its sentence tells one
// (attack_in). The test is told in the blast's sentence, or the blast's noun refers to it: a
// test's word among its modifiers ("the underground blast"), or a blast that kills or hurts no one
// after a test told before ("The blast was detected abroad", "Moscow responded with a blast on
// February 26"); "an explosion at a railway station killed three", days after missile tests, is
// another.
bool test_blast(const Work& w, const Sentence& s, const Hit& h) {
  if (!(blast_sense(w.words[h.tok]) || w.cue(h.tok, Cue::blast_word))) return false;
  auto test_at = [&](uint32_t k) {
    if (!w.cue(k, Cue::weapons_test)) return false;
    for (uint32_t j = k + 1; j < w.words.size() && j < k + 3; ++j)
      if (w.words[j] == "test" || w.words[j] == "tests" || w.words[j] == "testing") return true;
    return false;
  };
  bool here = false, before = false;
  for (uint32_t k = 0; k + 1 < s.end_token && !here; ++k) {
    if (!test_at(k)) continue;
    (k >= s.first_token ? here : before) = true;
  }
  if (!here && before) {
    // Back over the blast noun's modifiers to its determiner.
    uint32_t b = h.tok;
    bool modified = false;
    while (b > s.first_token && b + 4 > h.tok && w.np_word(b - 1)) {
      --b;
      modified = modified || w.cue(b, Cue::weapons_test);
    }
    bool casualties = false;
    for (uint32_t k = s.first_token; k < s.end_token; ++k)
      casualties = casualties || w.has(k, LexClass::kill) || w.has(k, LexClass::injure);
    here = modified || !casualties;
  }
  return here && !attack_in(w, s);
}

// "A man died when his truck overturned", "was hurt when his roof caved in": a casualty word with
// an accident told in its "when" clause is no attack's; not when the rest of the clause tells fire,
// attackers or a weapon ("when their helicopter crashed after being hit by rebel fire").
bool mishap_when(const Work& w, const Sentence& s, const Hit& h) {
  auto violence = [&](uint32_t j) {
    const std::string_view x = w.words[j];
    const int m = w.mention_at[j];
    return w.has(j, LexClass::weapon) || w.has(j, LexClass::perp) ||
           (m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP) ||
           x == "fire" || x == "gunfire" || x == "shot" || x == "shooting" || x == "shelling" ||
           x == "shelled" || x == "attack" || x == "attacked" || x == "ambush" || x == "ambushed" ||
           x == "strike" || x == "airstrike";
  };
  for (uint32_t k = h.end; k < s.end_token && k < h.end + 6; ++k) {
    if (w.words[k] != "when") continue;
    for (uint32_t j = k + 1; j < s.end_token && j < k + 6; ++j) {
      if (violence(j)) return false;
      if (!w.cue(j, Cue::mishap_verb)) continue;
      // The rest of the clause, to a comma or the end of the sentence.
      for (uint32_t r = j + 1; r < s.end_token; ++r) {
        const std::string_view x = w.words[r];
        if (x == "," || x == ";" || w.cue(r, Cue::report_verb)) break;
        if (violence(r)) return false;
      }
      return true;
    }
    return false;
  }
  return false;
}

// "his commitment to freeing the hostages", "did not trade arms for hostages": the noun "hostages"
// in a sentence that tells no taking or holding of them speaks of a policy or of captives in
// general, no event of its own ("gunmen seized 20 hostages", "hostages held by the group" do).
bool hostages_untaken(const Work& w, const Sentence& s, const Hit& h) {
  const std::string_view x = w.words[h.tok];
  if (h.entry->kind != TriggerKind::noun || !(x == "hostages" || x == "hostage")) return false;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const std::string_view y = w.words[k];
    if (taking_word(y) || y.starts_with("kill") || y.starts_with("execut") || y.starts_with("behead") ||
        y == "siege" || w.has(k, LexClass::perp) || w.has(k, LexClass::weapon) || w.number_at(k) ||
        (w.mention_at[k] >= 0 &&
         w.doc.mentions[static_cast<size_t>(w.mention_at[k])].type == MentionType::ARMED_GROUP))
      return false;
  }
  return true;
}

// "Iran executed two men convicted of murder", "was hanged after the Supreme Court upheld his
// sentence": a death penalty carried out after a trial, told in the sentence or the next, is a
// state's punishment, no attack, and the crime punished ("murder") is no news either: no trigger
// of the sentence founds an event. Not when the sentence names attackers ("Militants executed two
// soldiers they had 'sentenced' in their own court").
bool judicial_execution(const Work& w, const Sentence& s, size_t si) {
  // The verb's or the noun's whole forms (not "executive": "the chief executive of a bank").
  static const std::unordered_set<std::string_view> kExecution{
      "execute", "executes", "executed", "executing", "execution",  "executions",
      "behead",  "beheads",  "beheaded", "beheading", "beheadings", "hanged"};
  uint32_t execution = kNone;
  for (uint32_t k = s.first_token; k < s.end_token && execution == kNone; ++k)
    if (kExecution.contains(w.words[k])) execution = k;
  if (execution == kNone) return false;
  auto judicial = [&](const Sentence& t) {
    for (uint32_t k = t.first_token; k < t.end_token; ++k) {
      // (Not "court" alone: "executed a lawyer outside the high court".)
      if (w.cue(k, Cue::judicial) || (w.words[k] == "row" && k > t.first_token && w.words[k - 1] == "death"))
        return true;
    }
    return false;
  };
  const Sentence* trial = &s;
  if (!judicial(s)) {
    if (!(si + 1 < w.segs.size() && judicial(w.segs[si + 1]))) return false;
    trial = &w.segs[si + 1];
  }
  // (Before an active execution verb, even a word that needs modifiers to name attackers is its
  // doer: "Two men on a motorcycle executed a lawyer a year after he was convicted".)
  const bool active = !passive_at(w, s, execution);
  // Attackers or an armed group in the execution's sentence or in the one that tells the trial ("A
  // man was executed in a square. An Islamic State court had sentenced him"): no state's.
  for (const Sentence* t : {&s, trial}) {
    for (uint32_t k = t->first_token; k < t->end_token; ++k) {
      for (LexClass c : {LexClass::perp, LexClass::member, LexClass::group})
        if (const LexEntry* e = w.longest(k, c);
            e && (e->value != "head" || (t == &s && c == LexClass::perp && active && k < execution)))
          return false;
      if (const int m = w.mention_at[k];
          m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP)
        return false;
    }
  }
  return true;
}

// Are the state's forces named before `end` the dead or hurt of a passive casualty verb before the
// trigger at `trigger` ("Five Malian soldiers were killed and eight wounded when their convoy hit a
// mine")? Not when they kill ("Afghan troops killed 12 insurgents after militants attacked").
bool state_forces_lost(const Work& w, const Sentence& s, uint32_t end, uint32_t trigger) {
  uint32_t k = end;
  while (k < trigger && k < end + 3 &&
         (w.cue(k, Cue::be) || w.cue(k, Cue::auxiliary) || w.words[k] == "also"))
    ++k;
  if (k >= trigger || kills_object_at(w, s, k)) return false;
  return w.has(k, LexClass::kill) || w.has(k, LexClass::injure);
}

// Is the place `id` a town (a city), not a region or a country a nearer place may be inside?
bool town_place(const Document& doc, const std::string& id) {
  const Place* p = doc.find_place(id);
  return p && p->kind == PlaceKind::city;
}

// "The convoy was attacked near Pibor": the subject of a passive attack verb, a target of the event
// named again with "the", tells that event again (at a nearer place, when the event's is a region
// or a country: the caller checks); "a convoy" is another.
bool target_told_again(const Work& w, const Sentence& s, const Hit& h, const EventDraft& m) {
  if (h.entry->kind != TriggerKind::verb || !passive_at(w, s, h.tok)) return false;
  uint32_t b = h.tok;
  while (b > s.first_token && b + 3 > h.tok && (w.cue(b - 1, Cue::be) || w.cue(b - 1, Cue::auxiliary))) --b;
  if (b == h.tok) return false;
  bool told = false;
  for (uint32_t k = b; k-- > s.first_token && k + 7 > b;) {
    const std::string_view x = w.words[k];
    if (x == "the") return told;
    if (x == "a" || x == "an" || x == "another" || w.cue(k, Cue::clause_break) || w.cue(k, Cue::report_verb))
      return false;
    for (const Target& t : m.src.targets) {
      const size_t sp = t.text.rfind(' ');
      const std::string_view last = std::string_view(t.text).substr(sp == std::string::npos ? 0 : sp + 1);
      told = told ||
             (last.size() == x.size() && std::equal(last.begin(), last.end(), x.begin(), [](char a, char c) {
                return std::tolower(static_cast<unsigned char>(a)) == c;
              }));
    }
  }
  return false;
}

// ", which is linked to al-Qaeda," after a name at `end`: the token after the clause's closing
// comma, or kNone. Not a clause that itself says or claims ("..., which said it carried out the
// attack,", "..., which the Pakistani Taliban said they carried out,"): that is no aside.
uint32_t relative_clause_end(const Work& w, const Sentence& s, uint32_t end) {
  if (end + 2 >= s.end_token || w.words[end] != "," ||
      !(w.words[end + 1] == "which" || w.words[end + 1] == "who" || w.words[end + 1] == "that"))
    return kNone;
  for (uint32_t k = end + 2; k < s.end_token && k < end + 14; ++k) {
    if (w.cue(k, Cue::report_verb) || w.has(k, LexClass::claim)) return kNone;
    if (w.words[k] == ",") return k + 1;
  }
  return kNone;
}

// Is the token at `first` inside such a relative clause ("..., which is linked to al-Qaeda, said")?
bool inside_relative_clause(const Work& w, const Sentence& s, uint32_t first) {
  for (uint32_t k = first; k-- > s.first_token && k + 14 > first;) {
    if (w.words[k] == ",") return false;
    if ((w.words[k] == "which" || w.words[k] == "who") && k > s.first_token && w.words[k - 1] == ",") {
      const uint32_t e = relative_clause_end(w, s, k - 1);
      return e != kNone && e > first;
    }
  }
  return false;
}

// "before police arrested him": people named right before a verb of custody are its subject (they
// hold someone), not the attack's victims; not "police arrested by the militia".
bool arrests_after(const Work& w, const Sentence& s, uint32_t end) {
  return end + 1 < s.end_token && w.cue(end, Cue::custody) && w.words[end + 1] != "by" &&
         w.words[end + 1] != "of";
}

// "security forces", "government forces": the state's forces by the generic head, which names no
// group of its own (an "Islamic State forces" is a group's name).
bool state_forces_word(const Work& w, uint32_t first, uint32_t end) {
  if (end < first + 2 || w.words[end - 1] != "forces") return false;
  const std::string_view x = w.words[end - 2];
  return x == "security" || x == "government" || x == "paramilitary" || x == "federal";
}

// One sentence of the pass over the body (run_events): the steps, in the order run_events calls
// them, share what the sentence holds as members.
struct SentencePass {
  Work& w;
  const Document& doc;
  const Date pub;          // the document's date (invalid when unknown)
  std::vector<Hit>& hits;  // w.hits: this sentence's triggers are [hit_from, hit_to)
  const Sentence& s;
  const size_t si;

  std::optional<RelativeDate> rel;  // "Two weeks after the bombing" (start)
  size_t responses_from = 0;        // this sentence's responses in w.responses start here
  size_t hit_from = 0, hit_to = 0;
  std::vector<Hit> weak;        // weak triggers, which found an event only as weak_trigger says
  bool summed_up = false;       // a count over the years (cumulative_toll)
  bool superseded = false;      // the news's toll as first told (earlier_account)
  bool earlier_other = false;   // an earlier account of an attack of its own (earlier_account_of_another)
  bool combat = false;          // a word of combat in the sentence
  std::vector<Phrase> phrases;  // phrases_of(w, s), made when first asked for (get_phrases)
  bool phrases_done = false;
  std::optional<Timex> rel_tx;  // the date told from another event (date_from_relative)
  int fallback = -1;            // the event of the facts when no trigger is here (choose_fallback)
  uint32_t since_from = kNone, since_to = kNone;  // the "since" clause (since_span)
  bool facts_only = false;                        // no trigger: claims, blame and tolls only
  std::vector<bool> used;  // the phrases a claim or blame took (3a), which roles_by_position passes over
  struct SitePlace {
    int event;
    uint32_t a, b;
  };
  std::vector<SitePlace> sites;  // added after the towns, which look for a place told before
  // How far from a trigger places() looks.
  static constexpr uint32_t kPlaceWindow = 12;

  SentencePass(Work& w, const Date& pub, const Sentence& s, size_t si)
      : w(w), doc(w.doc), pub(pub), hits(w.hits), s(s), si(si) {}

  // Does the sentence hold a word any step below reads? Most hold none, and are passed over.
  bool has_cue() const {
    bool any_cue = false;
    for (uint32_t i = s.first_token; i < s.end_token && !any_cue; ++i)
      if (w.match_off[i] != w.match_off[i + 1]) {
        for (uint32_t k = w.match_off[i]; k < w.match_off[i + 1]; ++k) {
          LexClass c = w.matches[k]->cls;
          if (c == LexClass::trigger || c == LexClass::kill || c == LexClass::injure ||
              c == LexClass::claim || c == LexClass::blame || c == LexClass::cause)
            any_cue = true;
        }
      } else if (w.words[i] == "hostage") {
        any_cue = true;  // "took 170 guests hostage" (see the hostage pass below)
      } else if (w.words[i] == "ablaze" || w.words[i] == "alight" ||
                 (w.words[i] == "fire" && i > s.first_token && w.words[i - 1] == "on")) {
        any_cue = true;  // "set the bus ablaze" (see the arson pass below)
      }
    // "fired grenades at a police post": a weapon fired (see the weapon pass below).
    for (uint32_t i = s.first_token; i + 1 < s.end_token && !any_cue; ++i) {
      const std::string_view x = w.words[i];
      any_cue = fire_verb(x) &&
                (w.has(i + 1, LexClass::weapon) || (i + 2 < s.end_token && w.has(i + 2, LexClass::weapon)));
    }
    // "was one of its soldiers", "one of the soldiers of the Islamic State": a claim (3a', 3a'').
    for (uint32_t i = s.first_token + 3; i < s.end_token && !any_cue; ++i)
      any_cue = (w.words[i] == "soldiers" || w.words[i] == "soldier") && w.words[i - 2] == "of" &&
                w.words[i - 3] == "one";
    // "A spokesman for the NPA said the rebels had targeted the patrol": a group that says its
    // people did a deed that is no attack word of ours (3a').
    for (uint32_t i = s.first_token + 1; i < s.end_token && !any_cue; ++i)
      if (w.cue(i, Cue::report_verb) && own_attack_after(w, s, i))
        for (uint32_t j = s.first_token; j < i && !any_cue; ++j)
          if (const int m = w.mention_at[j]; m >= 0)
            any_cue = w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP;
    // "Police suspect al-Shabaab": blame (3a).
    for (uint32_t i = s.first_token + 1; i < s.end_token && !any_cue; ++i) any_cue = suspects_verb(w, s, i);
    // "Police linked it to al-Shabaab": blame (3a).
    for (uint32_t i = s.first_token + 1; i < s.end_token && !any_cue; ++i) any_cue = links_attack_to(w, s, i);
    // "Police identified the gunman as X", "the attackers belonged to X": a fact about the
    // attacker of the event before.
    for (uint32_t i = s.first_token + 1; i < s.end_token && !any_cue && w.last_event >= 0; ++i)
      if (const int m = w.mention_at[i]; m >= 0 && m != w.mention_at[i - 1])
        any_cue = sure_attacker(w, s, &w.doc.mentions[static_cast<size_t>(m)], i).has_value();
    // "The attackers used AK-47 rifles and hand grenades, police said.": the arms of the attack
    // just told (its weapon phrases go to it, 3b).
    if (!any_cue && w.last_event >= 0 && static_cast<int>(si) - w.last_event_sentence <= 2)
      any_cue = weapon_used(w, s);
    return any_cue;
  }

  // The responses that killed attackers (attacker_deaths), and the relative date.
  void start() {
    // "Two weeks after the bombing": a time, its attack noun no mention of this sentence's event.
    rel = relative_date(w, s);
    responses_from = w.responses.size();
    for (const Response& r : attacker_deaths(w, s)) w.responses.push_back(r);
  }

  // Does [first, end) overlap a response, and (with `perpetrator`) not as its dead?
  bool in_response(uint32_t first, uint32_t end, bool perpetrator = false) const {
    for (size_t r = responses_from; r < w.responses.size(); ++r)
      if (w.responses[r].overlaps(first, end) && !(perpetrator && w.responses[r].in_dead(first, end)))
        return true;
    return false;
  }

  // The lexicon's triggers: strong ones to hits, weak ones to weak, but for those that tell no
  // event here.
  void lexicon_triggers() {
    hit_from = hits.size();
    // "Boko Haram has killed more than 20,000 people since 2009": a count over the years, no event.
    summed_up = cumulative_toll(w, s);
    bool record_summed = false;  // a group's record of attacks summed up (attacks_summed_up)
    for (uint32_t i = s.first_token; i < s.end_token;) {
      const LexEntry* t = w.longest(i, LexClass::trigger);
      if (!t || i + t->length > s.end_token) {
        ++i;
        continue;
      }
      Hit h;
      h.tok = i;
      h.end = i + t->length;
      h.entry = t;
      h.sentence = static_cast<int>(si);
      // "was attacked", "were killed by"; reduced: "a Chinese couple kidnapped by the group".
      h.passive = passive_at(w, s, i) || reduced_passive(w, s, h);
      i = h.end;
      if (unrealised(w, s, h.tok)) continue;
      if (figurative(w, s, h) || captives_released(w, s, h)) continue;
      // No attack: a blast the text tells as an accident or a weapons test, a state's execution after
      // a trial, hostages of a policy, a casualty of an accident told in its "when" clause.
      if (accident_blast(w, s, h) || test_blast(w, s, h) || judicial_execution(w, s, si) ||
          hostages_untaken(w, s, h) || (t->kind == TriggerKind::weak && mishap_when(w, s, h)))
        continue;
      if (t->kind == TriggerKind::weak && summed_up) continue;
      if (repeated(w, s, h)) continue;
      // (The casualty words after it, "killing civilians and security forces", sum up with it.)
      if (attacks_summed_up(w, s, h) || victims_summed_up(w, s, h) || attacks_counted_over_time(w, s, h)) {
        record_summed = true;
        continue;
      }
      if (characterised_as(w, s, h)) continue;
      if (record_summed && t->kind == TriggerKind::weak) continue;
      if (w.cue(h.tok, Cue::person_object)) {
        if (vehicle_seized_by_attackers(w, s, h))
          h.entry = made_trigger(EventType::hijacking, TriggerKind::verb);
        else if (!takes_people(w, s, h))
          continue;
      }
      // "the damaged Unit Two", "a destroyed bridge": a participle used as an adjective
      // describes a state, and founds no event ("the assassinated candidate" tells of a killing).
      if (t->type == EventType::facility_attack && t->kind != TriggerKind::noun && t->length == 1 &&
          h.tok > s.first_token && w.cue(h.tok - 1, Cue::determiner) && w.words[h.tok].ends_with("ed") &&
          h.tok + 1 < s.end_token && w.np_word(h.tok + 1))
        continue;
      // "an explosion and fire ripped through the refinery": a blast in a report that never speaks
      // of a weapon, an attacker or a claim is an accident.
      if (!w.attack_context && h.end == h.tok + 1 && w.cue(h.tok, Cue::blast_word) &&
          !blast_struck_site(w, s, h))
        continue;
      // "the machinists struck two plants", "a 40 mln dlr share raid": a word with an everyday
      // sense in a text that tells no violence otherwise ("an explosion at the refinery killed a
      // worker": a blast, in one that tells no arms).
      if (!(blast_sense(w.words[h.tok]) ? w.arms_told : w.violence_told) && context_sense(*t, w.words[h.tok]))
        continue;
      // A bare plural noun speaks of attacks in general ("has a history of launching
      // sectarian attacks"), not of one event; "the attacks", "two bombings" are specific.
      if (t->kind == TriggerKind::noun && w.words[h.end - 1].ends_with("s") && h.tok > s.first_token) {
        bool specific = false;
        for (uint32_t b = h.tok; b-- > s.first_token && b + 3 >= h.tok;) {
          std::string_view x = w.words[b];
          // "twin bombings tore through": counted by their modifier; "coordinated attacks" only
          // in a sentence that tells them as news ("... have become rare" speaks of attacks in
          // general, as "several attacks in recent months" does).
          const bool counted =
              w.cue(b, Cue::counted) || (w.cue(b, Cue::counted_if_told) && dated_or_counted(w, s));
          if (x == "the" || x == "these" || x == "those" || x == "'s" || x == "both" || counted ||
              w.doc.tokens[b].has(kTokNumber) || parse_cardinal(x)) {
            specific = true;
            break;
          }
          // "took dozens of hostages", "a series of blasts struck": counted too ("a series of
          // attacks" mostly sums up a campaign).
          if (x == "of" && b > s.first_token &&
              (w.words[b - 1] == "dozens" || w.words[b - 1] == "scores" || w.words[b - 1] == "hundreds" ||
               w.words[b - 1] == "thousands" || w.words[b - 1] == "number" || w.words[b - 1] == "group" ||
               (w.words[b - 1] == "series" && w.cue(h.end - 1, Cue::blast_word)))) {
            specific = true;
            break;
          }
          if (!w.np_word(b)) break;
        }
        // ("KANO, May 5 - Blasts hit two bus terminals": blasts that strike a site are specific.)
        if (!specific && !told_as_cause(w, s, h.tok) && !subject_of_toll(w, s, h) &&
            !blast_struck_site(w, s, h))
          continue;
      }
      // "placed the debt on creditwatch", "threw his support behind": a verb that says where a
      // bomb went ("placed", "planted", "hurled", "defused") is a bombing only with a weapon in
      // its sentence ("placed a bomb", "a grenade was hurled").
      if (t->kind == TriggerKind::weak && t->type == EventType::bombing) {
        bool weapon = false;
        for (uint32_t k = s.first_token; k < s.end_token && !weapon; ++k) weapon = w.has(k, LexClass::weapon);
        if (!weapon) continue;
      }
      // The attack noun of a relative date is a time, even alone: "surveillance video showed him
      // 23 minutes after the bombing" tells nothing of the bombing. (Kept when alone, it gave
      // WikiEvents train 7 false targets and no argument back.)
      if (rel && h.tok >= rel->first && h.tok < rel->end) continue;
      if (t->kind == TriggerKind::weak && mishap_cause(w, s, h)) continue;
      if (t->weapon == "incendiary" && burned_dead(w, s, h)) continue;
      // "used grenades to blast their way into the compound": the way in, no explosion of its own.
      if (h.end == h.tok + 1 && w.words[h.tok].starts_with("blast") && h.end + 1 < s.end_token &&
          (w.words[h.end] == "their" || w.words[h.end] == "its" || w.words[h.end] == "his") &&
          w.words[h.end + 1] == "way")
        continue;
      if (t->kind == TriggerKind::weak)
        weak.push_back(h);
      else
        hits.push_back(h);
    }
  }

  void hostage_triggers() {
    // "taking 170 guests and staff hostage", "held the crew hostage": the verb and "hostage" with
    // the people between them (the lexicon's "took hostage" only reads them side by side).
    for (uint32_t i = s.first_token + 2; i < s.end_token; ++i) {
      if (w.words[i] != "hostage" || w.has(i, LexClass::trigger)) continue;
      for (uint32_t k = i - 1, n = 0; k > s.first_token && n < 8; --k, ++n) {
        const std::string_view x = w.words[k];
        if (x == "taking" || x == "took" || x == "taken" || x == "take" || x == "takes" || x == "held" ||
            x == "holding" || x == "hold") {
          Hit h;
          h.tok = k;
          h.end = k + 1;
          h.entry = made_trigger(EventType::hostage_taking, TriggerKind::verb);
          h.sentence = static_cast<int>(si);
          if (!unrealised(w, s, k)) hits.push_back(h);
          break;
        }
        if (x == "and" || x == ",") continue;  // "170 guests and staff"
        // "took dozens of foreign workers hostage": over a count's "of".
        if (x == "of" && k > s.first_token &&
            (w.words[k - 1] == "dozens" || w.words[k - 1] == "hundreds" || w.words[k - 1] == "scores" ||
             w.words[k - 1] == "thousands"))
          continue;
        if (w.cue(k, Cue::clause_break) || !(w.np_word(k) || w.cue(k, Cue::quantifier) ||
                                             w.cue(k, Cue::determiner) || w.doc.tokens[k].has(kTokNumber)))
          break;
      }
    }
  }

  void arson_triggers() {
    // "set it on fire", "set the bus ablaze", "set two churches alight": the verb and its end
    // with what burned between them (the lexicon's "set on fire" only reads them side by side).
    for (uint32_t i = s.first_token + 2; i < s.end_token; ++i) {
      const std::string_view x = w.words[i];
      const bool fire_end = x == "ablaze" || x == "alight" ||
                            (x == "fire" && w.words[i - 1] == "on" && !w.has(i - 1, LexClass::trigger));
      if (!fire_end || w.has(i, LexClass::trigger)) continue;
      // Not what protesters burn ("Protestors set cars ablaze and cut off traffic").
      bool protest = false;
      for (uint32_t k = s.first_token; k < s.end_token && !protest; ++k) {
        const std::string_view y = w.words[k];
        protest = y.starts_with("protest") || y.starts_with("demonstrat") ||
                  (y.starts_with("riot") && !(k + 1 < s.end_token && w.words[k + 1] == "police")) ||
                  y == "mob" || y == "mobs";
      }
      if (protest) break;
      const uint32_t last = x == "fire" ? i - 2 : i - 1;  // the last word of what burned
      for (uint32_t k = last, n = 0; k > s.first_token && n < 6; --k, ++n) {
        if (w.words[k - 1] == "set" || w.words[k - 1] == "sets" || w.words[k - 1] == "setting") {
          // Not what a fault or nature set burning ("An electrical fault set the market ablaze",
          // "Lightning set the forest alight").
          bool natural = false;
          for (uint32_t b = k - 1; b-- > s.first_token && b + 4 > k - 1 && !natural;)
            natural = natural_at(w, s, b) || w.cue(b, Cue::accident) || w.words[b] == "fault" ||
                      w.words[b] == "lightning" || w.words[b] == "circuit" || w.words[b] == "sparks";
          if (natural) break;
          Hit h;
          h.tok = k - 1;
          h.end = k;
          h.entry = trigger_of_weapon("incendiary");
          h.sentence = static_cast<int>(si);
          if (!unrealised(w, s, k - 1)) hits.push_back(h);
          break;
        }
        const std::string_view y = w.words[k];
        if (!(w.np_word(k) || w.cue(k, Cue::determiner) || w.doc.tokens[k].has(kTokNumber) || y == "it" ||
              y == "them"))
          break;
      }
    }
  }

  void weapon_triggers() {
    // "A roadside bomb hit a military vehicle", "an explosive device struck a bus": an explosive
    // as the subject of a striking verb is a bombing there; "fired rocket-propelled grenades at
    // a convoy": a weapon fired at something is an attack typed by the weapon.
    for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
      const std::string_view x = w.words[i];
      // ("strikes", "hits" only before their object: "missile strikes, which ..." are nouns.)
      const bool strike =
          x == "hit" || x == "struck" || x == "targeted" || x == "ripped" || x == "tore" || x == "rocked" ||
          ((x == "strikes" || x == "hits") && i + 1 < s.end_token && w.cue(i + 1, Cue::determiner));
      const bool fire = fire_verb(x);
      const bool attack_with = x == "attacked" || x == "attacking";
      if (!strike && !fire && !attack_with) continue;
      const LexEntry* weapon = nullptr;
      uint32_t weapon_end = i + 1;  // after the weapons fired: the trigger's object follows
      if (attack_with) {
        if (w.has(i, LexClass::trigger)) weapon = explosive_attacked_with(w, s, i);
        if (!weapon) continue;
      } else if (strike) {
        for (uint32_t k = i; k-- > s.first_token && k + 5 > i && !weapon;) {
          if (const LexEntry* we = w.longest(k, LexClass::weapon); we && k + we->length == i)
            weapon = we;
          else if (!w.np_word(k) && !w.cue(k, Cue::determiner))
            break;
        }
        if (weapon && weapon->value != "explosives") weapon = nullptr;
      } else {
        uint32_t k = i + 1;
        // Over modifiers, hyphenated ones too ("rocket-propelled grenades").
        while (k < s.end_token && k < i + 7 && !w.has(k, LexClass::weapon) &&
               (w.np_word(k) || w.cue(k, Cue::determiner) || w.doc.tokens[k].has(kTokNumber) ||
                w.words[k] == "-" || (k > i + 1 && w.words[k - 1] == "-" && w.is_word(k))))
          ++k;
        if (k < s.end_token && k < i + 7 && w.has(k, LexClass::weapon)) {
          const LexEntry* we = w.longest(k, LexClass::weapon);
          uint32_t e = k + we->length;
          // "fired drones and ballistic missiles at": over the weapons listed with it.
          for (uint32_t n = 0; n < 3 && e + 1 < s.end_token && (w.words[e] == "and" || w.words[e] == ",");
               ++n) {
            uint32_t m = e + 1;
            while (m < s.end_token && m < e + 4 && !w.has(m, LexClass::weapon) &&
                   (w.np_word(m) || w.doc.tokens[m].has(kTokNumber)))
              ++m;
            if (m >= s.end_token || !w.has(m, LexClass::weapon)) break;
            e = m + w.longest(m, LexClass::weapon)->length;
          }
          // ... at / on / into something: "fired tear gas to disperse" is no attack.
          if (e < s.end_token && (w.words[e] == "at" || w.words[e] == "on" || w.words[e] == "into")) {
            weapon = we;
            weapon_end = e;
          }
        }
      }
      if (!weapon || unrealised(w, s, i)) continue;
      bool replaced = false;
      for (size_t k = hit_from; k < hits.size(); ++k)
        if (hits[k].tok == i) {
          hits[k].entry = weapon_trigger(*weapon);
          hits[k].fired = fire && weapon->value == "explosives";
          replaced = true;
        }
      if (replaced) continue;
      Hit h;
      h.tok = i;
      h.end = weapon_end;
      h.entry = weapon_trigger(*weapon);
      h.sentence = static_cast<int>(si);
      h.fired = fire && weapon->value == "explosives";
      hits.push_back(h);
    }
  }

  // "The army had earlier said that gunmen attacked a second village, killing four farmers": an
  // earlier account that tells an attack of its own, by an attack verb with another site ("a second
  // village", "another checkpoint") or a town apart from the news's after it.
  bool earlier_account_of_another() const {
    const EventDraft& news = w.events[static_cast<size_t>(w.main_event)];
    for (size_t h = hit_from; h < hits.size(); ++h) {
      if (hits[h].entry->kind != TriggerKind::verb) continue;
      for (uint32_t k = hits[h].end; k < s.end_token && k < hits[h].end + 8; ++k) {
        const std::string_view x = w.words[k];
        if (x == "second" || x == "third" || x == "another" || x == "separate") return true;
        const int m = w.mention_at[k];
        if (m < 0 || !is_place_mention(doc.mentions[static_cast<size_t>(m)])) continue;
        const std::string& id = doc.mentions[static_cast<size_t>(m)].entity;
        // (A town the gazetteer does not know, "near Sebba", is apart from a news placed elsewhere.)
        if (!news.src.place.empty() && (id.empty() || towns_apart(doc, id, news.src.place))) return true;
      }
    }
    return false;
  }

  // A vehicle rammed (add_ram_hit); a toll first told; the triggers in order.
  void settle_triggers() {
    add_ram_hit(w, s, si, hit_from);
    // "Officials had earlier said three hostages died": the news's toll as first told, no event.
    superseded = w.main_event >= 0 && earlier_account(w, s);
    earlier_other = superseded && earlier_account_of_another();
    if (earlier_other) superseded = false;
    if (superseded) hits.resize(hit_from), weak.clear();
    std::sort(hits.begin() + static_cast<std::ptrdiff_t>(hit_from), hits.end(),
              [](const Hit& a, const Hit& b) { return a.tok < b.tok; });
    hit_to = hits.size();
    for (uint32_t i = s.first_token; i < s.end_token && !combat; ++i) combat = w.has(i, LexClass::combat);
  }

  std::vector<Phrase>& get_phrases() {
    if (!phrases_done) {
      phrases = phrases_of(w, s);
      phrases_done = true;
    }
    return phrases;
  }

  void rammed_weak_trigger() {
    // "A man drove a car into a crowd, wounding 15 people": a vehicle driven into people with only
    // the hurt told is an attack too; the casualty verb stands as its weak trigger.
    if (hit_from == hit_to && weak.empty()) {
      bool rammed = false;
      for (uint32_t k = s.first_token; k < s.end_token && !rammed; ++k) rammed = deliberate_ram(w, s, k);
      for (uint32_t k = s.first_token; k < s.end_token && rammed; ++k)
        if (const LexEntry* j = w.longest(k, LexClass::injure);
            j && j->value == "verb" && !unrealised(w, s, k)) {
          Hit h;
          h.tok = k;
          h.end = k + j->length;
          h.entry = made_trigger(EventType::armed_assault, TriggerKind::weak);
          h.sentence = static_cast<int>(si);
          weak.push_back(h);
          break;
        }
    }
  }

  void clash_trigger() {
    // "Fighting between government forces and Islamist militants killed 14 people": a clash of
    // state forces with armed men that kills or hurts is an armed assault of its own (as UCDP
    // counts it), founded by the casualty word, unless it is told right after another event (the
    // gunbattle that ended an attack is that attack's).
    if (hit_from == hit_to && !weak.empty() && combat && !summed_up &&
        !(w.last_event >= 0 && static_cast<int>(si) - w.last_event_sentence <= 1) &&
        (clash_of_forces(w, s, weak.front()) || clash_between_sides(w, s, weak.front()))) {
      Hit h = weak.front();
      h.entry = made_trigger(EventType::armed_assault, TriggerKind::weak);
      hits.push_back(h);
      hit_to = hits.size();
    }
  }

  // With no strong trigger, whether a weak one founds or joins an event.
  void weak_trigger() {
    if (hit_from == hit_to && !weak.empty() && !combat) {
      // A weak trigger founds an event only with an attacker in the sentence, or joins the
      // event spoken of just before.
      // "the group's leaders have been killed": with a passive casualty verb and no "by"
      // after it, a group named as the owner of the dead ("X's leaders", "members of X") is
      // the side that lost people, not an attacker.
      const Hit& wk = weak.front();
      bool by_agent = false;
      for (uint32_t k = wk.end; k < s.end_token && k < wk.end + 4; ++k)
        if (w.words[k] == "by") by_agent = true;
      bool passive_loss = wk.passive && !by_agent;
      bool attacker = false;
      for (const auto& p : get_phrases()) {
        if (!(p.cls == LexClass::perp || p.cls == LexClass::member ||
              (p.mention && p.mention->type == MentionType::ARMED_GROUP)))
          continue;
        bool owner = (p.end < s.end_token && w.words[p.end] == "'s") ||
                     (p.first > s.first_token && w.words[p.first - 1] == "of");
        if (passive_loss && owner && p.end <= wk.tok) continue;
        // "X, its leader, was killed in July 2015, along with 13 members of the central
        // leadership": with no agent named, the members of the passive clause are its dead.
        if (passive_loss && p.cls == LexClass::member) continue;
        // ... and a group named as owner ("its leader") or after a preposition ("in a blow to the
        // group") is the one that lost them.
        if (passive_loss && (w.words[p.first] == "its" || w.words[p.first] == "their" ||
                             (p.first > s.first_token &&
                              (w.cue(p.first - 1, Cue::patient_prep) || w.words[p.first - 1] == "to" ||
                               w.words[p.first - 1] == "for" || w.words[p.first - 1] == "from"))))
          continue;
        attacker = true;
      }
      // "A van ploughed into crowds ..., killing 13": a vehicle driven into people or a building
      // is an attack as surely as an attacker named.
      for (uint32_t k = s.first_token; k < s.end_token && !attacker; ++k) attacker = deliberate_ram(w, s, k);
      // "Fourteen people were killed by a briefcase bomb", "a roadside bomb killed three
      // soldiers", "two died when a grenade exploded": a weapon in the casualty verb's own clause
      // is its agent, and says an attack happened as surely as an attacker does.
      const LexEntry* weapon = nullptr;
      const Hit* weapon_hit = nullptr;
      uint32_t weapon_tok = kNone;
      for (const Hit& x : weak)
        if (!weapon && (weapon = weapon_agent(w, s, x, &weapon_tok))) weapon_hit = &x;
      bool recent = w.last_event >= 0 && static_cast<int>(si) - w.last_event_sentence <= 1;
      // Joining by recency alone, a sentence about the past in general ("in the past two
      // years, many leaders have been killed") is no news of the event before.
      if (!attacker && recent && background_cue(w, s, weak.front().tok)) recent = false;
      // "... killing five. A day earlier, a roadside bomb had killed a soldier in Helmand": right
      // after an event, a new weapon's casualty sentence set in another town, or days apart,
      // tells a new one; "the first bomb", "the blast" are the event's own.
      bool definite = false;
      for (uint32_t b = weapon_tok; weapon && b-- > s.first_token && b + 4 >= weapon_tok;) {
        if (w.cue(b, Cue::determiner) && w.words[b] != "a" && w.words[b] != "an" && w.words[b] != "another") {
          definite = true;
          break;
        }
        if (!w.np_word(b)) break;
      }
      if (weapon && recent && !definite) {
        const EventDraft& last = w.events[static_cast<size_t>(w.last_event)];
        // (place_near passes over where a victim came from: "a restaurant manager from Medford".)
        const Mention* pl = place_near(w, s, weapon_hit->tok);
        if (pl && !last.src.place.empty() && towns_apart(doc, pl->entity, last.src.place)) recent = false;
        if (const Timex* tx = timex_near(w, s, weapon_hit->tok);
            tx && last.src.date && last.anchored_date && days_apart(*tx->range, *last.src.date))
          recent = false;
      }
      if (weapon && !recent) {
        Hit h = *weapon_hit;
        h.entry = weapon_trigger(*weapon);
        hits.push_back(h);
        hit_to = hits.size();
      } else if (attacker || recent) {
        Hit h = weak.front();
        if (attacker) {
          // "guerrillas killed a peasant": an armed assault by the attacker named (also right after
          // another event: "Three days later, gunmen killed four farmers" may be one of its own).
          if (h.entry->type == EventType::other)
            h.entry = made_trigger(EventType::armed_assault, TriggerKind::weak);
        }
        hits.push_back(h);
        hit_to = hits.size();
      }
    }
  }

  void earlier_events() {
    // "The attack came two days after a roadside bomb killed five soldiers": a weapon's casualty
    // clause opened by that "after" tells the earlier event, beside the news's stronger trigger.
    // "The blast was the deadliest since a truck bomb killed more than 500 people in October 2017":
    // so does one in the "since" clause that recalls the past (since_span).
    for (const Hit& x : weak) {
      if (hit_from == hit_to) break;
      uint32_t after = earlier_event_after(w, s, x.tok);
      if (after == kNone)
        if (const auto [from, to] = since_span(w, s); from != kNone && x.tok > from && x.tok < to)
          after = from;
      if (after == kNone) continue;
      bool inside = false;
      for (size_t k = hit_from; k < hit_to; ++k) inside = inside || hits[k].tok > after;
      uint32_t wt = kNone;
      if (const LexEntry* weapon = inside ? nullptr : weapon_agent(w, s, x, &wt)) {
        Hit h = x;
        h.entry = weapon_trigger(*weapon);
        hits.push_back(h);
        hit_to = hits.size();
      } else if (!inside && attackers_told_after(w, after, x)) {
        // "The attack came a year after Taliban militants killed 134 children at a school": the
        // attackers as the subject tell the earlier event as surely, an assault when untyped.
        Hit h = x;
        if (h.entry->type == EventType::other)
          h.entry = made_trigger(EventType::armed_assault, TriggerKind::weak);
        hits.push_back(h);
        hit_to = hits.size();
      }
      break;
    }
  }

  void date_from_relative() {
    // The date told from another event: that event's date moved by the offset.
    if (rel && !rel->vague && hit_from < hit_to)
      if (const EventDraft* ref = relative_reference(w, *rel)) {
        Timex t;
        t.span = w.span(rel->first, rel->end);
        t.range = shifted(*ref->src.date, rel->days, rel->months);
        rel_tx = t;
      }
  }

  // Each trigger joins an event told before or founds one, with its date, place and type; the
  // triggers that join none (an attack's response) are dropped.
  void assign_events() {
    // "The attack came a week after gunmen stormed the hotel in Kabul": the place and date after
    // that "after" are the earlier event's, not the attack's.
    uint32_t cut = kNone;
    for (size_t k = hit_from; k < hit_to; ++k) cut = std::min(cut, earlier_event_after(w, s, hits[k].tok));
    for (size_t k = hit_from; k < hit_to; ++k) {
      Hit& h = hits[k];
      // In a report of an attack, the attackers' deaths at the hands of those who fought them off
      // are neither another event nor the attack's victims, and the forces are no perpetrators.
      if (w.main_event >= 0 && in_response(h.tok, h.end) && !background_cue(w, s, h.tok) &&
          w.events[static_cast<size_t>(w.main_event)].src.type != EventType::security_operation) {
        h.event = -1;
        continue;
      }
      const Timex* tx = timex_near(w, s, h.tok);
      if (!tx && rel_tx) tx = &*rel_tx;
      // "Hours later, gunmen attacked a checkpoint": the same day as the event just told, and news
      // of its own day rather than background.
      // "an overnight attack", "attacked overnight": the night before the report (in a report of
      // the same day or the next), so the report's day or the one before.
      std::optional<Timex> night_tx;
      if (!tx && pub.valid() && overnight_near(w, s, h)) {
        night_tx.emplace();
        night_tx->span = w.doc.tokens[h.tok].span;
        // ... or before the day of the statement that tells it ("overnight, police said on Tuesday").
        const Timex* said = statement_day(w, s);
        const Date day = said ? said->range->end : pub;
        night_tx->range = DateRange{civil_from_days(day_number(day) - 1), day, DatePrecision::day};
        tx = &*night_tx;
      }
      std::optional<Timex> sequel_tx;
      const bool sequel = !tx && w.last_event >= 0 && same_day_sequel(w, s, h.tok);
      if (sequel && w.events[static_cast<size_t>(w.last_event)].src.date &&
          w.events[static_cast<size_t>(w.last_event)].anchored_date) {
        sequel_tx.emplace();
        sequel_tx->span = w.doc.tokens[s.first_token].span;
        sequel_tx->range = w.events[static_cast<size_t>(w.last_event)].src.date;
        tx = &*sequel_tx;
      }
      std::optional<Timex> week_tx;
      // Only an attack told again ("The attack took place on Thursday night"): not a day opening
      // the sentence, nor a verb telling what else was hit ("Gunmen attacked another village near
      // Bokkos on Wednesday" is news of its own day).
      if (tx && w.main_event >= 0 && !opens_with_day(w, s, *tx) && h.tok > s.first_token &&
          (w.words[h.tok - 1] == "the" || w.words[h.tok - 1] == "this" || w.words[h.tok - 1] == "that"))
        if (auto r = weekday_of_week(w, *tx, w.events[static_cast<size_t>(w.main_event)])) {
          week_tx = *tx;
          week_tx->range = r;
          tx = &*week_tx;
        }
      const Mention* pl = place_near(w, s, h.tok);
      if (h.tok < cut) {
        if (pl && doc.token_at_or_after(pl->span.start) > cut) pl = nullptr;
        if (tx && doc.token_at_or_after(tx->span.start) > cut) tx = nullptr;
      }
      bool bg = background_cue(w, s, h.tok);
      std::optional<Timex> earlier;
      if (uint32_t after = earlier_event_after(w, s, h.tok); after != kNone && w.main_event >= 0) {
        bg = true;
        earlier = date_before_by(w, after, w.events[static_cast<size_t>(w.main_event)]);
        if (earlier) tx = &*earlier;
      }
      // "a year after the massacre", "the fifth anniversary of the attack": an attack recalled is
      // dated that long back, never the day the sentence tells of (recalled_date).
      std::optional<Timex> recalled = earlier ? std::nullopt : recalled_date(w, s, h.tok, pub);
      if (recalled) {
        tx = recalled->range ? &*recalled : nullptr;
        bg = bg || !recalled->range;
      }
      // (Not a date within the news's own, itself told weeks back: "abducted two weeks ago ...
      // Militants stormed the school on April 20".)
      if (tx && pub.valid() && day_number(tx->range->end) < day_number(pub) - 14 && !dated_within_news(*tx))
        bg = true;
      bool anaphoric =
          h.tok > s.first_token && (w.words[h.tok - 1] == "the" || w.words[h.tok - 1] == "this" ||
                                    w.words[h.tok - 1] == "that" || w.words[h.tok - 1] == "'s");
      // "On Sunday, police arrested three suspects in Nairobi in connection with the bombing": the
      // date and place are the arrest's; the bombing named is the one told.
      const bool after_preposition =
          !bg && anaphoric && (named_after_preposition(w, s, h) || claimed_object(w, s, h));
      if (after_preposition) tx = nullptr, pl = nullptr;
      // "In a separate incident, gunmen killed two soldiers in Afgoye": another incident, news too.
      const bool separate =
          !anaphoric && (separate_incident(w, s, h.tok) || roundup_opener(w, s, h.tok) || earlier_other);
      EventType type = h.entry->type;
      // A report whose news is state forces killing militants tells of an operation, not an
      // attack ("Security forces killed 12 militants in a raid on a hideout").
      if ((type == EventType::armed_assault || type == EventType::other) && w.main_event < 0 &&
          state_forces_against_militants(w, s, h))
        type = EventType::security_operation;
      if (type == EventType::armed_assault && arrest_raid(w, s, h)) type = EventType::security_operation;
      bool weak_hit = h.entry->kind == TriggerKind::weak;
      // "..., while a second attack on a Sunni mosque in Ghor province killed 10 people": a second
      // or another attack with a place of its own is another incident, within a sentence too.
      bool second_elsewhere = false;
      if (pl && !weak_hit)
        for (uint32_t b = h.tok; b-- > s.first_token && b + 3 >= h.tok && !second_elsewhere;)
          second_elsewhere = w.words[b] == "another" || (w.cue(b, Cue::ordinal_next) && b > s.first_token &&
                                                         (w.words[b - 1] == "a" || w.words[b - 1] == "an"));
      if (second_elsewhere && k > hit_from && hits[k - 1].event >= 0 &&
          w.events[static_cast<size_t>(hits[k - 1].event)].src.place == pl->entity)
        second_elsewhere = false;
      // "In Ghor, a bomber targeted a mosque": a later sentence set in the place of an incident
      // told apart from the main one goes on telling that incident.
      int by_place = -1;
      if (pl && !pl->entity.empty() && !bg && !second_elsewhere && w.main_event >= 0 &&
          w.events[static_cast<size_t>(w.main_event)].src.place != pl->entity &&
          !(k > hit_from && hits[k - 1].event >= 0))
        for (int e = static_cast<int>(w.events.size()); e-- > 0 && by_place < 0;) {
          const EventDraft& x = w.events[static_cast<size_t>(e)];
          if (e != w.main_event && !x.src.background && x.src.place == pl->entity &&
              (!tx || !x.src.date || !days_apart(*tx->range, *x.src.date)))
            by_place = e;
        }
      // "died when a mortar shell hit their house during the operation": told within the event
      // the sentence names, the main one.
      bool during_main = false;
      for (uint32_t k = s.first_token; k + 2 < s.end_token && !during_main && w.main_event >= 0 && !tx; ++k)
        during_main =
            w.words[k] == "during" && w.cue(k + 1, Cue::determiner) && w.words[k + 1] != "a" &&
            w.words[k + 1] != "an" &&
            ((w.has(k + 2, LexClass::trigger) &&
              w.longest(k + 2, LexClass::trigger)->kind == TriggerKind::noun) ||
             w.has(k + 2, LexClass::combat) || w.words[k + 2] == "operation" || w.words[k + 2] == "siege");
      // "Islamic State claimed the Baghdad bombing", "no claim for the Kirkuk attack": an attack
      // named by its place after "the" is the one told at that place (the last, if several).
      int named_by_place = -1;
      if (pl && !pl->entity.empty() && h.tok > s.first_token && w.mention_at[h.tok - 1] >= 0 &&
          &w.doc.mentions[static_cast<size_t>(w.mention_at[h.tok - 1])] == pl) {
        uint32_t b = h.tok - 1;
        while (b > s.first_token && w.mention_at[b - 1] == w.mention_at[h.tok - 1]) --b;
        // (Not a past one told with its own time: "since the Baghdad bombing of 2016".)
        if (b > s.first_token && w.words[b - 1] == "the" && !bg)
          for (int e = static_cast<int>(w.events.size()); e-- > 0 && named_by_place < 0;) {
            const EventDraft& x = w.events[static_cast<size_t>(e)];
            if (x.src.place == pl->entity && (!tx || !x.src.date || !days_apart(*tx->range, *x.src.date)))
              named_by_place = e;
          }
      }
      int target = -1;
      if (named_by_place >= 0) {
        target = named_by_place;
      } else if (during_main && !bg && !second_elsewhere) {
        target = w.main_event;
      } else if (by_place >= 0) {
        target = by_place;
      } else if (k > hit_from && hits[k - 1].event >= 0 && !bg && !second_elsewhere &&
                 (!tx || same_date_as(*tx, w.events[static_cast<size_t>(hits[k - 1].event)]))) {
        // Several triggers in one sentence speak of one event unless dated apart ("On Wednesday, a
        // suicide bomber struck the funeral": "bomber" and "struck" are one event, dated so).
        target = hits[k - 1].event;
      } else if (!bg && w.main_event >= 0) {
        EventDraft& m = w.events[static_cast<size_t>(w.main_event)];
        bool sep = false;
        if (tx && m.src.date && m.anchored_date && days_apart(*tx->range, *m.src.date)) sep = true;
        if (separate) sep = true;
        // "On Wednesday, a suicide bomber struck the governor's funeral", after a killing on Monday:
        // a sentence opening with a day of its own, two days or more from the news's, tells a new
        // attack (a siege over a night keeps one); so does an attack named with "a" and dated so
        // ("Rebels killed three soldiers in an ambush on Sunday", after an attack on Friday), unless
        // the trigger before it in the sentence joined a known event, or it is the forces' end of one
        // ("The siege ended on Sunday in a final assault by troops").
        const bool told_new = indefinite_noun_trigger(w, s, h.tok) && !by_state_forces(w, s, h.end) &&
                              !(k > hit_from && hits[k - 1].event >= 0);
        // A blast lasts no night: a new bomb told on another day than the news's bombing is another
        // bombing ("A car bomb exploded near the consulate on Thursday", after Wednesday's truck
        // bomb); after a siege's first day, one may be part of it.
        auto blast = [](EventType x) { return x == EventType::bombing || x == EventType::suicide_bombing; };
        const bool bomb = blast(type) && blast(m.src.type);
        const int64_t apart = bomb && told_new && tx && tx->range->precision == DatePrecision::day ? 1 : 2;
        if (tx && !anaphoric && !weak_hit && m.src.date && m.anchored_date &&
            (opens_with_day(w, s, *tx) || told_new) && m.src.date->precision == DatePrecision::day &&
            (day_number(tx->range->start) >= day_number(m.src.date->end) + apart ||
             day_number(tx->range->end) + apart <= day_number(m.src.date->start)))
          sep = true;
        // Places apart, compared town to town (towns_apart); not when the attackers already told of
        // are the subject ("The militants crept into the camp in the town of Uri ... and lobbed
        // grenades": a nearer place of the same attack).
        if (pl && !m.src.place.empty() && towns_apart(doc, pl->entity, m.src.place) && !anaphoric &&
            !weak_hit && !the_attackers_before(w, s, h.tok) &&
            !(target_told_again(w, s, h, m) && !town_place(doc, m.src.place)))
          sep = true;
        // ... or to a town the gazetteer does not know ("a bomb in the town of Tuz Khurmatu ...
        // Hours later, gunmen attacked a checkpoint near Tikrit").
        if (pl && !pl->entity.empty() && m.src.place.empty() && !anaphoric && !weak_hit &&
            unknown_town_named(w, m) && !unknown_town_named(w, m, pl->span))
          sep = true;
        if ((type == EventType::security_operation) != (m.src.type == EventType::security_operation) &&
            !weak_hit && m.src.type != EventType::other && !anaphoric && !air_strike_of_air_raid(h, m))
          sep = true;
        // "A second bomb exploded at a market in Shaab in northern Baghdad": a second attack told
        // with a place of its own is another incident, even in the same city (a second blast
        // "as rescuers arrived", with no place, is still the first).
        bool own_place = pl != nullptr;  // linked or not ("the district of Shaab")
        for (uint32_t i = s.first_token; i < s.end_token && !own_place; ++i)
          own_place =
              w.mention_at[i] >= 0 && is_place_mention(w.doc.mentions[static_cast<size_t>(w.mention_at[i])]);
        if (own_place && !weak_hit) {
          for (uint32_t b = h.tok; b-- > s.first_token && b + 3 >= h.tok;)
            if (w.cue(b, Cue::ordinal_next) && b > s.first_token &&
                (w.words[b - 1] == "a" || w.words[b - 1] == "an"))
              sep = true;
        }
        // Right after a background event, an undated trigger goes on telling that story
        // ("ISIS struck again in Quetta ... Three terrorists attacked sleeping cadets").
        // Not the story's running count ("the toll could rise as many of the wounded ...").
        const bool news_claim = anaphoric && w.last_event >= 0 &&
                                w.events[static_cast<size_t>(w.last_event)].src.background &&
                                claim_of_news(w, s, tx, m, w.events[static_cast<size_t>(w.last_event)]);
        if (!sep && !tx && !news_claim && w.last_event >= 0 && w.last_event != w.main_event &&
            !story_toll(w, s) && w.events[static_cast<size_t>(w.last_event)].src.background &&
            static_cast<int>(si) - w.last_event_sentence <= 1 &&
            can_name(type, w.events[static_cast<size_t>(w.last_event)].src.type)) {
          target = w.last_event;
        } else if (!sep) {
          target = w.main_event;
          // "the bombing" right after a shooting told in passing is the news's bombing, not the
          // shooting: the anaphor must be able to name the event before it.
          if (anaphoric && !news_claim && w.last_event >= 0 && w.last_event != w.main_event &&
              !after_preposition && static_cast<int>(si) - w.last_event_sentence <= 1 &&
              can_name(type, w.events[static_cast<size_t>(w.last_event)].src.type) &&
              !dated_as_news(tx, m, w.events[static_cast<size_t>(w.last_event)]))
            target = w.last_event;
        }
      } else if (bg && anaphoric && w.last_event >= 0 && static_cast<int>(si) - w.last_event_sentence <= 1 &&
                 !tx) {
        target = w.last_event;
      } else if (bg && !tx && k > hit_from && hits[k - 1].event >= 0 &&
                 w.events[static_cast<size_t>(hits[k - 1].event)].src.background &&
                 can_name(type, w.events[static_cast<size_t>(hits[k - 1].event)].src.type) &&
                 (type == EventType::security_operation) ==
                     (w.events[static_cast<size_t>(hits[k - 1].event)].src.type ==
                      EventType::security_operation)) {
        // "On the night of June 4-5 last year, attackers stormed the village, shooting residents":
        // an undated trigger after a past event's in its sentence goes on telling it (not another
        // kind: "an operation ... to recover a couple kidnapped last month").
        target = hits[k - 1].event;
      } else if (!bg && w.main_event < 0 && anaphoric && w.last_event >= 0 && !tx &&
                 (static_cast<int>(si) - w.last_event_sentence <= 2 ||
                  (h.entry->kind == TriggerKind::noun &&
                   can_name(type, w.events[static_cast<size_t>(w.last_event)].src.type)))) {
        // A look back at a past attack (every event so far is background): "the raid" a sentence
        // or two later is that attack, not a new one dated by the report; so is "the attacks" that
        // can name it further on (a trial's report: "The attacks were the deadliest in France").
        target = w.last_event;
      } else if (bg && tx) {
        for (size_t e = 0; e < w.events.size(); ++e)
          if (w.events[e].src.background && w.events[e].src.date &&
              w.events[e].src.date->start == tx->range->start)
            target = static_cast<int>(e);
      }
      if (target < 0) {
        EventDraft e;
        e.src.document = doc.meta.id;
        e.src.type = type;
        e.first_tok = h.tok;
        // A second attack elsewhere told beside the main one is news of the same day as well.
        // So is a separate incident, and one told as happening meanwhile.
        // "Two car bombs exploded in Baghdad and Kirkuk on Thursday ... In Kirkuk, a suicide bomber
        // drove ...": an attack at a place the news's first sentence names is one of the news's.
        bool listed_in_news = false;
        if (pl && !pl->entity.empty() && !bg && !tx && w.main_event >= 0) {
          const EventDraft& m = w.events[static_cast<size_t>(w.main_event)];
          if (!m.sentences.empty()) {
            const Sentence& lead = w.segs[static_cast<size_t>(m.sentences.front())];
            for (uint32_t k = lead.first_token; k < lead.end_token && !listed_in_news; ++k)
              listed_in_news = w.mention_at[k] >= 0 &&
                               w.doc.mentions[static_cast<size_t>(w.mention_at[k])].entity == pl->entity;
          }
        }
        e.src.background = bg || (w.main_event >= 0 && !sequel && !second_elsewhere && !separate &&
                                  !listed_in_news && !same_time(w, s, h.tok));
        if (listed_in_news) {
          e.src.date = w.events[static_cast<size_t>(w.main_event)].src.date;
          e.anchored_date = w.events[static_cast<size_t>(w.main_event)].anchored_date;
        }
        if (!tx && second_elsewhere && k > hit_from && hits[k - 1].event >= 0) {
          const EventDraft& beside = w.events[static_cast<size_t>(hits[k - 1].event)];
          e.src.date = beside.src.date;
          e.anchored_date = beside.anchored_date;
        }
        if (tx) {
          e.src.date = tx->range;
          e.anchored_date = true;
        }
        if (pl) e.src.place = pl->entity;
        e.src.id =
            make_id("ev", {doc.meta.id, to_string(type), std::to_string(doc.tokens[h.tok].span.start)});
        w.events.push_back(std::move(e));
        target = static_cast<int>(w.events.size()) - 1;
        if (w.main_event < 0 && !bg) {
          w.main_event = target;
          w.events.back().src.background = false;
        }
      }
      h.event = target;
      EventDraft& e = w.events[static_cast<size_t>(target)];
      // An operation and an attack are not refinements of each other: "the attack" an operation
      // repulsed leaves it an operation.
      const bool op_vs_attack =
          (type == EventType::security_operation) != (e.src.type == EventType::security_operation) &&
          e.src.type != EventType::other;
      // "The arson attack was the third this month": an attack noun that names an incident of any
      // kind joins it without making it an armed assault (GTD codes arson a facility attack).
      const bool names_any = h.end == h.tok + 1 && w.cue(h.tok, Cue::generic_attack) &&
                             e.first_tok != h.tok && e.src.type != EventType::other;
      if (!names_any &&
          fire_types_event(e, h, type,
                           target == static_cast<int>(w.events.size()) - 1 && e.first_tok == h.tok)) {
        // (fire_types_event settled it.)
      } else if (type_priority(type) > type_priority(e.src.type) && !op_vs_attack && !names_any) {
        e.src.type = type;
      }
      if (tx && !weak_hit) {
        // A later, more precise date inside the one known refines it ("this week" ->
        // "Monday's attack").
        bool refine = e.src.date && tx->range->start >= e.src.date->start &&
                      tx->range->end <= e.src.date->end && !(*tx->range == *e.src.date);
        if (!e.src.date || refine) {
          e.src.date = tx->range;
          e.anchored_date = true;
        }
      }
      if (pl && !weak_hit) {
        // Likewise a place inside the one known ("Pakistan" -> "Quetta").
        if (e.src.place.empty() || (pl->entity != e.src.place && place_within(doc, pl->entity, e.src.place)))
          e.src.place = pl->entity;
      }
      // (Not the weapon of those who fought the attackers off: "before being shot by police".)
      if (!h.entry->weapon.empty() && !in_response(h.tok, h.end)) add_unique(e.src.weapons, h.entry->weapon);
      add_evidence(w, e, static_cast<int>(si));
      w.last_event = target;
      w.last_event_sentence = static_cast<int>(si);
    }

    hits.erase(std::remove_if(hits.begin() + static_cast<std::ptrdiff_t>(hit_from), hits.end(),
                              [](const Hit& h) { return h.event < 0; }),
               hits.end());
    hit_to = hits.size();
  }

  // Does the phrase [first, end) tell of the attackers' deaths in the response to an attack?
  bool response_of_attack(uint32_t first, uint32_t end, const EventDraft& e, bool perpetrator = false) const {
    return e.src.type != EventType::security_operation && in_response(first, end, perpetrator);
  }

  // "Warplanes struck a market in Saada on Monday ... The market, which was hit by an air strike that
  // killed 12": an air strike told after news of an attack from the air ("warplanes", "jets",
  // "drones" in the sentence that founded it) is that attack told again, though the one is typed an
  // operation and the other an attack (dates or places apart still part them).
  bool air_strike_of_air_raid(const Hit& h, const EventDraft& news) const {
    bool air = false;
    for (uint32_t k = h.tok; k < h.end && !air; ++k)
      air = w.words[k] == "air" || w.words[k].starts_with("airstrike") || w.words[k] == "drone";
    // (One strike, after dated news: "drone strikes" in an essay sum up many.)
    if (!air || w.words[h.end - 1].ends_with("s") || news.sentences.empty() || news.src.background ||
        !news.src.date)
      return false;
    const Sentence& first = w.segs[static_cast<size_t>(news.sentences.front())];
    for (uint32_t k = first.first_token; k < first.end_token; ++k) {
      const std::string_view x = w.words[k];
      if (x == "warplanes" || x == "planes" || x == "jets" || x == "aircraft" || x == "drones" ||
          x == "helicopters" || x == "bombers" || x == "gunships")
        return true;
    }
    return false;
  }

  // "Five of the attackers and two policemen were also killed in the fighting": a fight in which
  // the attackers' share of the dead is counted is the attack's own, told on (no clash apart).
  bool attackers_share_told() const {
    for (uint32_t k = s.first_token; k + 3 < s.end_token; ++k) {
      if (!w.number_at(k) || w.words[k + 1] != "of" ||
          !(w.words[k + 2] == "the" || w.words[k + 2] == "their"))
        continue;
      const LexEntry* e = w.longest(k + 3, LexClass::perp);
      if (e && e->value != "head") return true;
    }
    return false;
  }

  // "At least 12 people were killed in the fighting": the fight named with "the" after "in" or
  // "during" is the one just told (a jailbreak's, a siege's), not a clash apart ("in clashes with
  // rebels", "in the fighting between troops and rebels" tell one).
  bool the_fight_told() const {
    // (Not after a clash told since the attack: "Separately, troops clashed with Boko Haram in
    // Borno. At least 12 were killed in the fighting" tells that clash's dead.)
    for (int b = w.last_event_sentence + 1; b >= 0 && b < static_cast<int>(si); ++b) {
      const Sentence& between = w.segs[static_cast<size_t>(b)];
      for (uint32_t k = between.first_token; k < between.end_token; ++k)
        if (w.has(k, LexClass::combat)) return false;
    }
    for (uint32_t k = s.first_token + 2; k < s.end_token; ++k) {
      if (!w.has(k, LexClass::combat) || w.words[k - 1] != "the" ||
          !(w.words[k - 2] == "in" || w.words[k - 2] == "during"))
        continue;
      const uint32_t n = k + w.longest(k, LexClass::combat)->length;
      return n >= s.end_token || (w.words[n] != "between" && w.words[n] != "with");
    }
    return false;
  }

  // Is the time tx within two days of the news's date, which is itself no day of the last two weeks?
  bool dated_within_news(const Timex& tx) const {
    if (w.main_event < 0 || !tx.range) return false;
    const EventDraft& m = w.events[static_cast<size_t>(w.main_event)];
    return m.src.date && m.anchored_date && !m.src.background && !days_apart(*tx.range, *m.src.date);
  }

  // "the interior ministry said the toll was 11": a form of "be" between "toll" and its figure.
  bool toll_was(uint32_t i, uint32_t qa) const {
    return w.cue(i, Cue::be) && i + 1 == qa && i > s.first_token && w.words[i - 1] == "toll";
  }

  // Whether the sentence tells anything more: a trigger, or an event its facts go to.
  bool choose_fallback() {
    // The event facts in this sentence belong to when no trigger is here.
    if (hit_from == hit_to && w.last_event >= 0 && (!combat || attackers_share_told() || the_fight_told()) &&
        static_cast<int>(si) - w.last_event_sentence <= 2)
      fallback = w.last_event;
    // "The death toll rose to 18 on Monday", "Hospital officials put the number of dead at 88":
    // the toll the story keeps counting is the main event's, however far back it was told, and
    // not that of a past attack recalled in between (which comes with its own toll).
    // (Nor that of another incident told in passing: "Meanwhile, in Kismayo, a roadside bomb wounded
    // three policemen. ... The death toll rose to 81".)
    if (hit_from == hit_to && !combat && w.main_event >= 0 && story_toll(w, s) &&
        (fallback < 0 || w.events[static_cast<size_t>(fallback)].src.background ||
         !w.events[static_cast<size_t>(fallback)].killed_set) &&
        !w.events[static_cast<size_t>(w.main_event)].src.background)
      fallback = w.main_event;
    // "At least 42 people were injured." a few sentences on, with no time of its own: more of the
    // news's toll.
    if (hit_from == hit_to && fallback < 0 && !combat && w.main_event >= 0 &&
        !w.events[static_cast<size_t>(w.main_event)].src.background && undated_count_of_hurt(w, s))
      fallback = w.main_event;
    if (hit_from == hit_to && fallback < 0 && superseded && !combat) fallback = w.main_event;
    // ... unless the sentence names the place of another event told near it.
    if (fallback >= 0) fallback = event_by_place(w, s, static_cast<int>(si), fallback);
    // "In March, a suicide bomber killed 40 people ... Three policemen were killed on Sunday": a
    // sentence dated as the news, not as the past attack told before it, is the news's.
    if (fallback >= 0 && fallback != w.main_event && w.main_event >= 0 && hit_from == hit_to &&
        dated_as_news(timex_near(w, s, s.first_token), w.events[static_cast<size_t>(w.main_event)],
                      w.events[static_cast<size_t>(fallback)]))
      fallback = w.main_event;
    std::tie(since_from, since_to) = since_span(w, s);
    if (hit_from == hit_to && fallback < 0) return false;
    facts_only = hit_from == hit_to;
    return true;
  }

  // The event of the facts at `tok`: the nearest trigger's, else the fallback.
  EventDraft* event_for(uint32_t tok) {
    if (hit_from == hit_to) return &w.events[static_cast<size_t>(fallback)];
    int k = nearest_hit(hits, hit_from, hit_to, tok);
    return &w.events[static_cast<size_t>(hits[static_cast<size_t>(k)].event)];
  }

  // The nearest trigger to `tok` (none in a sentence of facts only).
  const Hit* hit_for(uint32_t tok) const {
    if (hit_from == hit_to) return nullptr;
    return &hits[static_cast<size_t>(nearest_hit(hits, hit_from, hit_to, tok))];
  }

  // An actor a claim or blame can name: a group or a linked actor, not a person.
  static bool actorish(const Phrase& p) {
    if (p.mention) return mention_is_actor(*p.mention) && p.mention->type != MentionType::PERSON;
    return p.cls == LexClass::group;
  }

  using Cues = std::vector<std::pair<uint32_t, LexClass>>;

  // The cues of claims, blame and cause, in the order of the sentence.
  Cues claim_cues() const {
    Cues cues;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      bool cue = false;
      for (LexClass c : {LexClass::claim, LexClass::blame, LexClass::cause})
        if (const LexEntry* e = w.longest(i, c)) {
          // "said it had taken part" claims a share only of the attack: at the clause's end, or
          // "in it" / "in the raid"; not "taken part in peace talks".
          if (const uint32_t j = i + e->length; c == LexClass::claim && w.words[j - 1] == "part" &&
                                                j < s.end_token && !w.cue(j, Cue::clause_break) &&
                                                !w.is_punct(j)) {
            uint32_t k = j + 1;
            if (k < s.end_token && w.cue(k, Cue::determiner)) ++k;
            if (!(w.words[j] == "in" && k < s.end_token &&
                  (w.words[k] == "it" || w.has(k, LexClass::trigger))))
              continue;
          }
          cues.emplace_back(i, c), i += e->length - 1;
          cue = true;
          break;
        }
      if (!cue && claims_an_attack(w, s, i))
        cues.emplace_back(i, LexClass::claim);
      else if (!cue && (suspects_verb(w, s, i) || links_attack_to(w, s, i)))
        cues.emplace_back(i, LexClass::blame);
    }
    return cues;
  }

  // A cause whose actor is told before it ("was suspected"): the actor phrase before it.
  void actors_before_cause(uint32_t ci, EventDraft* ev) {
    auto& ph = get_phrases();
    // Over an aside set off by commas: "Boko Haram, which has used girls as suicide bombers
    // before, was suspected".
    uint32_t lim = ci;
    if (ci > s.first_token + 1 && w.words[ci - 1] == ",")
      for (uint32_t k = ci - 1; k-- > s.first_token && k + 20 > ci;)
        if (w.words[k] == ",") {
          if (k + 1 < ci && w.cue(k + 1, Cue::relative)) lim = k;
          break;
        }
    for (size_t p = ph.size(); p-- > 0;) {
      if (ph[p].end > lim || ph[p].end + 6 < lim || !actorish(ph[p])) continue;
      used[p] = true;
      std::string ent = ph[p].mention ? ph[p].mention->entity : "";
      add_argument(w, *ev, ArgumentRole::perpetrator_org, ph[p].first, ph[p].end, ent);
      add_unique(ev->src.perpetrators, ent);
      // "The Taliban said they were behind the attack": the group's own words, its claim.
      for (uint32_t k = ph[p].end; k < ci; ++k)
        if (w.cue(k, Cue::report_verb) && ph[p].mention && ph[p].mention->type == MentionType::ARMED_GROUP) {
          add_unique(ev->src.claimed_by, ent);
          break;
        }
      break;
    }
  }

  void claimers_before(uint32_t ci, EventDraft* ev, const Cues& cues) {
    auto& ph = get_phrases();
    // Claimers: the actor phrases before the cue in this clause ("Daesh claimed ...",
    // "Three different militant groups, including Daesh, claimed ...").
    auto after_of = [&](const Phrase& x) {
      uint32_t f = x.first;
      return f > s.first_token &&
             (w.words[f - 1] == "of" ||
              (w.words[f - 1] == "the" && f - 1 > s.first_token && w.words[f - 2] == "of"));
    };
    // Is phrase p inside commas (", which is linked to X,") that follow a named actor and
    // close before `cue`?
    auto in_aside = [&](size_t p, uint32_t cue) {
      uint32_t open = kNone, close = kNone;
      for (uint32_t k = ph[p].first; k-- > s.first_token && k + 12 > ph[p].first;)
        if (w.words[k] == ",") {
          open = k;
          break;
        }
      for (uint32_t k = ph[p].end; k < cue; ++k)
        if (w.words[k] == ",") {
          close = k;
          break;
        }
      if (open == kNone || close == kNone || open == s.first_token) return false;
      for (size_t q = 0; q < p; ++q)
        if (ph[q].end == open && actorish(ph[q]) && ph[q].mention && !ph[q].mention->entity.empty())
          return true;
      return false;
    };
    // A phrase of another clause ("The military blamed the Abu Sayyaf group, while the Islamic
    // State claimed the attack"): a conjunction that opens a clause, or another cue, between.
    auto other_clause = [&](const Phrase& x) {
      for (uint32_t k = x.end; k < ci; ++k) {
        const std::string_view y = w.words[k];
        if (y == "while" || y == "whereas" || y == "but" || y == "although" || y == "though" || y == ";")
          return true;
        for (auto [cj, cc] : cues)
          if (cj == k) return true;
      }
      return false;
    };
    bool named_claimer = false;  // a named actor before the cue that is not after "of"
    for (size_t p = 0; p < ph.size(); ++p)
      if (ph[p].end <= ci && ph[p].end + 12 >= ci && actorish(ph[p]) && !after_of(ph[p]) && ph[p].mention &&
          !ph[p].mention->entity.empty() && !other_clause(ph[p]))
        named_claimer = true;
    bool claimer_found = false;
    for (size_t p = 0; p < ph.size(); ++p) {
      if (ph[p].end > ci || ph[p].end + 12 < ci || !actorish(ph[p]) || other_clause(ph[p])) continue;
      // A group after "of" modifies a noun ("X, a splinter group of the Pakistani Taliban,
      // claimed ..."): X claims, not its parent. With no X ("A faction of Boko Haram also
      // claimed"), the group named is the claimer.
      if (after_of(ph[p]) && named_claimer) continue;
      // "Al Shabaab, which is linked to al Qaeda, claimed ...": a group inside the commas after
      // the claimer describes it.
      if (named_claimer && in_aside(p, ci)) continue;
      // "JNIM, al Qaeda's affiliate, claimed ...": the parent is named to place the claimer.
      if (named_claimer && parent_in_apposition(w, s, ph[p].first, ph[p].end)) continue;
      used[p] = true;
      std::string ent = ph[p].mention ? ph[p].mention->entity : "";
      claimer_found = claimer_found || !ent.empty();
      add_argument(w, *ev, ArgumentRole::perpetrator_org, ph[p].first, ph[p].end, ent);
      add_unique(ev->src.claimed_by, ent);
      add_unique(ev->src.perpetrators, ent);
    }
    if (const int p = claimer_found ? -1 : person_claimer(w, s, ph, ci); p >= 0) {
      used[static_cast<size_t>(p)] = true;
      const Phrase& x = ph[static_cast<size_t>(p)];
      add_argument(w, *ev, ArgumentRole::perpetrator_org, x.first, x.end, x.mention->entity);
      add_unique(ev->src.claimed_by, x.mention->entity);
      add_unique(ev->src.perpetrators, x.mention->entity);
    }
    // "Jundallah claimed responsibility, as did Islamic State": a second claimant after "as did"
    // ("as did the Islamic State", "and so did X").
    for (uint32_t k = ci + 1; k + 2 < s.end_token; ++k) {
      if (!((w.words[k] == "as" || w.words[k] == "so") && w.words[k + 1] == "did")) continue;
      for (size_t p = 0; p < ph.size(); ++p) {
        if (ph[p].first < k + 2 || ph[p].first > k + 3 || !actorish(ph[p]) || !ph[p].mention) continue;
        used[p] = true;
        add_argument(w, *ev, ArgumentRole::perpetrator_org, ph[p].first, ph[p].end, ph[p].mention->entity);
        add_unique(ev->src.claimed_by, ph[p].mention->entity);
        add_unique(ev->src.perpetrators, ph[p].mention->entity);
        break;
      }
      break;
    }
  }

  void actors_after_cue(uint32_t ci, LexClass cls, const LexEntry* ce, EventDraft* ev) {
    auto& ph = get_phrases();
    // Blame and cause: the actor phrases after the cue; the blamer before it. Not the channel
    // ("claimed by the Islamic State through its Amaq agency").
    // "was blamed on X": a name the entity stage linked (not "blamed on terrorists", a description
    // of whoever did it, which the role model reads).
    const bool on_form = cls == LexClass::blame && ce && w.words[ci + ce->length - 1] == "on";
    for (size_t p = 0; p < ph.size(); ++p) {
      if (ph[p].first < ci || ph[p].first > ci + 14 || !actorish(ph[p])) continue;
      if (on_form && !(ph[p].mention && !ph[p].mention->entity.empty())) continue;
      bool channel = false;
      for (uint32_t b = ph[p].first; b-- > ci && b + 3 > ph[p].first;)
        channel = channel || w.words[b] == "through" || w.words[b] == "via";
      if (channel) continue;
      used[p] = true;
      std::string ent = ph[p].mention ? ph[p].mention->entity : "";
      add_argument(w, *ev, ArgumentRole::perpetrator_org, ph[p].first, ph[p].end, ent);
      add_unique(ev->src.perpetrators, ent);
      if (cls == LexClass::claim) add_unique(ev->src.claimed_by, ent);
    }
    // "Police suspect al-Shabaab militants" (suspects_verb, no word list entry): the verb may sit
    // inside a phrase the chunker made ("police suspect al-Shabaab militants"); the group named
    // right after it is the one suspected.
    if (!ce && cls == LexClass::blame)
      for (uint32_t k = ci + 1; k < s.end_token && k < ci + 4; ++k) {
        const int m = w.mention_at[k];
        if (m < 0) {
          if (!w.cue(k, Cue::determiner)) break;
          continue;
        }
        const Mention& mn = w.doc.mentions[static_cast<size_t>(m)];
        if (mn.type != MentionType::ARMED_GROUP || mn.entity.empty()) break;
        uint32_t e = k;
        while (e < s.end_token && w.mention_at[e] == m) ++e;
        add_argument(w, *ev, ArgumentRole::perpetrator_org, k, e, mn.entity);
        add_unique(ev->src.perpetrators, mn.entity);
        break;
      }
    if (cls == LexClass::blame) {
      // "authorities", "officials", "police" as the blamer, else the nearest phrase before.
      for (uint32_t b = ci; b-- > s.first_token && b + 25 >= ci;)
        if (w.words[b] == "authorities" || w.words[b] == "officials" || w.words[b] == "government" ||
            w.words[b] == "police" || w.words[b] == "ministry" || w.words[b] == "military") {
          add_unique(ev->src.blamed_by, w.text(b > s.first_token && w.np_word(b - 1) ? b - 1 : b, b + 1));
          break;
        }
      for (size_t p = ph.size(); p-- > 0 && ev->src.blamed_by.empty();) {
        if (ph[p].end > ci || ph[p].end + 8 < ci) continue;
        if (ph[p].mention && !ph[p].mention->entity.empty() && actorish(ph[p])) {
          add_unique(ev->src.blamed_by, ph[p].mention->entity);
          used[p] = true;
          break;
        }
        if (ph[p].cls == LexClass::human || ph[p].cls == LexClass::target || ph[p].cls == LexClass::group) {
          add_unique(ev->src.blamed_by, w.text(ph[p].first, ph[p].end));
          used[p] = true;
          break;
        }
      }
      // "authorities", "officials", "police" said as a bare word.
      if (ev->src.blamed_by.empty())
        for (uint32_t b = ci; b-- > s.first_token && b + 4 >= ci;)
          if (w.words[b] == "authorities" || w.words[b] == "officials" || w.words[b] == "government" ||
              w.words[b] == "police") {
            add_unique(ev->src.blamed_by, w.text(b > s.first_token && w.np_word(b - 1) ? b - 1 : b, b + 1));
            break;
          }
    }
  }

  void claims() {
    // 3a. Claims, blame, "carried out by".
    const Cues cues = claim_cues();
    auto& ph = get_phrases();
    // A target's GTD category (see target_category).
    for (auto& x : get_phrases()) {
      if (x.cls != LexClass::target && x.cls != LexClass::human) continue;
      if (std::string c = target_category(w, x.first, x.end); !c.empty()) x.category = std::move(c);
    }
    carried_people(w, get_phrases());
    used.assign(ph.size(), false);
    for (auto [ci, cls] : cues) {
      // "did not claim", "denied carrying out"; not a negation of another clause ("denied
      // involvement and blamed the Islamic State").
      bool negated = false;
      for (uint32_t b = ci; b-- > s.first_token && b + 4 >= ci && !w.cue(b, Cue::clause_break);)
        if (w.has(b, LexClass::negation)) negated = true;
      if (negated) continue;
      EventDraft* ev = event_for(ci);
      add_evidence(w, *ev, static_cast<int>(si));
      const LexEntry* ce = w.longest(ci, cls);
      // "claimed by X", "responsibility was claimed by X": the claimers come after.
      bool by_form = ce && (w.words[ci + ce->length - 1] == "by" ||
                            (ci + ce->length < s.end_token && w.words[ci + ce->length] == "by"));
      if (cls == LexClass::cause && ce && ce->value == "left") {
        actors_before_cause(ci, ev);
        continue;
      }
      if (cls == LexClass::claim && !by_form)
        claimers_before(ci, ev, cues);
      else
        actors_after_cue(ci, cls, ce, ev);
    }
  }

  void own_word_claims() {
    auto& ph = get_phrases();
    // 3a'. Claims in a group's own words: "ISWAP said in a statement that its fighters had killed
    // 20 soldiers", "Ansaru said its members had taken part". A group before a reporting verb,
    // then "its" / "their" and a word for its members before an active kill verb or an attack
    // word, with no negation between ("said its fighters had not carried out the attack" denies;
    // "said its members were killed" counts losses). Only an armed group claims: an army that
    // says its soldiers killed attackers reports an operation.
    for (size_t p = 0; p < ph.size(); ++p) {
      if (used[p] || !ph[p].mention || ph[p].mention->type != MentionType::ARMED_GROUP ||
          ph[p].mention->entity.empty())
        continue;
      uint32_t say = kNone;
      // The group's spokesman speaks for it: "Al Shabaab spokesman Sheikh Ali Rage said".
      // "Al Shabaab's military operations spokesman Abdiasis Abu Musab said".
      uint32_t from = ph[p].end;
      // "The Taliban and the Haqqani network also said they carried out the attack": groups
      // joined by "and" or a comma speak together.
      for (bool more = true;
           more && from + 1 < s.end_token && (w.words[from] == "and" || w.words[from] == ",");) {
        more = false;
        for (size_t q = p + 1; q < ph.size() && !more; ++q)
          if (ph[q].first > from && ph[q].first <= from + 2 && ph[q].mention &&
              ph[q].mention->type == MentionType::ARMED_GROUP && !ph[q].mention->entity.empty() &&
              (ph[q].first == from + 1 || w.cue(from + 1, Cue::determiner))) {
            from = ph[q].end;
            more = true;
          }
      }
      // "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, told ...": the group speaks over the
      // apposition naming its parent; the parent does not.
      if (parent_in_apposition(w, s, ph[p].first, ph[p].end)) continue;
      for (size_t q = p + 1; q < ph.size(); ++q)
        if (ph[q].first > from && ph[q].first <= from + 7 && w.words[from] == "," &&
            parent_in_apposition(w, s, ph[q].first, ph[q].end)) {
          from = ph[q].end;
          break;
        }
      // "Al-Shabaab, which is linked to al-Qaeda, said": the group speaks over a relative clause;
      // a group named inside it does not.
      if (relative_clause_end(w, s, from) != kNone) from = relative_clause_end(w, s, from);
      if (inside_relative_clause(w, s, ph[p].first)) continue;
      uint32_t sp = from;
      if (sp < s.end_token && w.words[sp] == "'s") ++sp;
      while (sp < s.end_token && sp < from + 5 && !w.words[sp].starts_with("spokes") && w.np_word(sp)) ++sp;
      if (sp < s.end_token && w.words[sp].starts_with("spokes"))
        for (from = sp + 1; from < s.end_token && from < sp + 7 && w.doc.tokens[from].has(kTokCapitalized);)
          ++from;
      for (uint32_t k = from; k < s.end_token && k < from + 3 && say == kNone; ++k)
        if (w.cue(k, Cue::report_verb)) say = k;
      if (say == kNone) continue;
      if (!own_attack_after(w, s, say)) continue;
      EventDraft* ev = event_for(ph[p].first);
      add_evidence(w, *ev, static_cast<int>(si));
      used[p] = true;
      add_argument(w, *ev, ArgumentRole::perpetrator_org, ph[p].first, ph[p].end, ph[p].mention->entity);
      add_unique(ev->src.claimed_by, ph[p].mention->entity);
      add_unique(ev->src.perpetrators, ph[p].mention->entity);
    }
  }

  void soldier_claims() {
    auto& ph = get_phrases();
    // 3a''. "... was one of the soldiers of the Islamic State," the group's Amaq news agency said:
    // a statement that calls the attacker a soldier of a group is that group's claim.
    for (size_t p = 0; p < ph.size(); ++p) {
      if (used[p] || !ph[p].mention || ph[p].mention->type != MentionType::ARMED_GROUP ||
          ph[p].mention->entity.empty() || ph[p].first < s.first_token + 2)
        continue;
      uint32_t b = ph[p].first - 1;
      if (w.words[b] == "the" && b > s.first_token) --b;
      if (w.words[b] != "of" || b == s.first_token ||
          (w.words[b - 1] != "soldiers" && w.words[b - 1] != "soldier"))
        continue;
      bool statement = false;
      for (uint32_t k = s.first_token; k < s.end_token && !statement; ++k)
        statement = w.cue(k, Cue::report_verb);
      bool negated = false;
      for (uint32_t k = b; k-- > s.first_token && k + 8 > b && !negated;)
        negated = w.has(k, LexClass::negation);
      if (!statement || negated) continue;
      EventDraft* ev = event_for(ph[p].first);
      add_evidence(w, *ev, static_cast<int>(si));
      used[p] = true;
      add_unique(ev->src.claimed_by, ph[p].mention->entity);
      add_unique(ev->src.perpetrators, ph[p].mention->entity);
    }
  }

  void quoted_claim() {
    auto& ph = get_phrases();
    // 3a'''. '"We are behind the attack," al Shabaab's spokesman told Reuters': a group's own claim
    // in its spokesman's quoted words.
    if (const int p = quoted_claimer(w, s, ph); p >= 0 && !used[static_cast<size_t>(p)]) {
      const Phrase& x = ph[static_cast<size_t>(p)];
      EventDraft* ev = event_for(x.first);
      add_evidence(w, *ev, static_cast<int>(si));
      used[static_cast<size_t>(p)] = true;
      add_unique(ev->src.claimed_by, x.mention->entity);
      add_unique(ev->src.perpetrators, x.mention->entity);
    }
  }

  void roles_by_position() {
    auto& ph = get_phrases();
    // 3b. Roles by class and position.
    for (size_t p = 0; p < ph.size(); ++p) {
      if (used[p]) continue;
      const Phrase& x = ph[p];
      const Hit* h = hit_for(x.first);
      // An attacker named by a rule the role model may not overrule (EventDraft::sure), in a
      // sentence of facts as well: the person identified as the attacker ("the suicide bomber,
      // who has been identified as Salman Abedi"), the group the attackers belonged to ("the
      // attackers belonged to a local militant group, X").
      if (const auto r = sure_attacker(w, s, x.mention, x.first);
          r && (!facts_only || static_cast<int>(si) - w.last_event_sentence <= 2)) {
        EventDraft* ev = event_for(x.first);
        add_evidence(w, *ev, static_cast<int>(si));
        add_argument(w, *ev, *r, x.first, x.end, x.mention->entity);
        add_unique(ev->src.perpetrators, x.mention->entity);
        ev->sure.emplace_back(x.first, x.end);
        continue;
      }
      // The attackers named as the dead of a response are the attack's perpetrators ("The attacker
      // also died", "all four gunmen were killed by commandos"), in a sentence with no trigger too.
      if (x.cls == LexClass::perp && !x.mention && hit_from == hit_to && in_response(x.first, x.end) &&
          !in_response(x.first, x.end, true) &&
          std::any_of(w.responses.begin() + static_cast<std::ptrdiff_t>(responses_from), w.responses.end(),
                      [&](const Response& r) { return r.back && r.in_dead(x.first, x.end); })) {
        EventDraft* ev = event_for(x.first);
        if (ev->src.type != EventType::security_operation) {
          add_argument(w, *ev, ArgumentRole::perpetrator_individual, x.first, x.end, "");
          add_evidence(w, *ev, static_cast<int>(si));
        }
        continue;
      }
      if (facts_only && !(x.cls == LexClass::weapon && static_cast<int>(si) - w.last_event_sentence <= 2))
        continue;
      EventDraft* ev = event_for(x.first);
      // The attackers named as the dead of the response stay perpetrators ("the attacker also died").
      const bool perp_phrase =
          x.cls == LexClass::perp || x.cls == LexClass::member || x.cls == LexClass::group;
      if (response_of_attack(x.first, x.end, *ev, perp_phrase)) continue;
      bool left = h && x.end <= h->tok;
      bool right = h && x.first >= h->end;
      bool verb = h && h->entry->kind != TriggerKind::noun;
      bool passive = h && h->passive;
      uint32_t prev = x.first > s.first_token ? x.first - 1 : kNone;
      while (prev != kNone && prev > s.first_token && (w.cue(prev, Cue::determiner) || w.number_at(prev)))
        --prev;
      // "an attack by Yemen's Houthi movement": the group's preposition is before the country
      // that places it.
      if (prev != kNone && prev > s.first_token && w.mention_at[prev - 1] >= 0 && w.words[prev] == "'s" &&
          country_of_group(w, s, prev)) {
        const int m = w.mention_at[prev - 1];
        const Mention& c = w.doc.mentions[static_cast<size_t>(m)];
        if (is_place_mention(c) || c.type == MentionType::STATE_ACTOR) {
          uint32_t b = prev - 1;
          while (b > s.first_token && w.mention_at[b - 1] == m) --b;
          prev = b > s.first_token ? b - 1 : kNone;
          while (prev != kNone && prev > s.first_token && w.cue(prev, Cue::determiner)) --prev;
        }
      }
      std::string_view pw = prev != kNone ? w.words[prev] : std::string_view();
      bool by = pw == "by";
      if (by && h && prev != kNone && prev > s.first_token) {
        // "killed by security forces", "published by its Amaq outlet": the agent of another verb.
        uint32_t v = prev - 1;
        bool trigger_verb = v + 1 == h->end;
        // "posted online by", "carried out quickly by": the verb before its adverb.
        while (!trigger_verb && v > s.first_token && (w.words[v] == "online" || w.words[v].ends_with("ly")))
          --v;
        if (!trigger_verb && (w.has(v, LexClass::kill) || w.has(v, LexClass::injure) ||
                              (w.words[v].size() > 4 && w.words[v].ends_with("ed"))))
          by = false;
        // "was \"known\" by British intelligence before the bombing": any other verb's passive.
        auto quote = [&](uint32_t k) {
          return w.words[k] == "\"" || w.words[k] == "“" || w.words[k] == "”" || w.words[k] == "'";
        };
        while (v > s.first_token && quote(v)) --v;
        uint32_t aux = v > s.first_token ? v - 1 : v;
        while (aux > s.first_token && quote(aux)) --aux;
        if (!trigger_verb && aux < v && w.cue(aux, Cue::be) && !w.has(v, LexClass::trigger)) by = false;
      }
      bool patient_prep = prev != kNone && w.cue(prev, Cue::patient_prep);
      // Agent: after "by", before an active verb, or right before a trigger noun ("ISIS attack").
      bool agent = by || (verb && !passive && left) || (!verb && left && h && x.end + 1 >= h->tok);
      // A name after a preposition of place is no subject ("drove onto a bike path near the World
      // Trade Center on Tuesday, killing eight", "sped into crowds on Las Ramblas, killing 13").
      if (agent && !by && left && prev != kNone &&
          (w.cue(prev, Cue::locative_prep) || pw == "on" || pw == "onto" || pw == "along"))
        agent = false;
      // Neither the one who speaks nor the one spoken to ("told reporters", "told Reuters"), nor a
      // body whose spokesman speaks ("defence ministry spokesman X told reporters").
      bool speech = speaks(w, x.end) || (x.first > s.first_token && w.cue(x.first - 1, Cue::report_verb));
      // "according to a police source": the source of the news.
      if (!speech) {
        uint32_t b = x.first;
        while (b > s.first_token && w.cue(b - 1, Cue::determiner)) --b;
        speech = b >= s.first_token + 2 && w.words[b - 1] == "to" && w.words[b - 2] == "according";
      }
      // "..., Defense Minister Guillermo Botero said": a title before the speaker's name.
      if (!speech && w.has(x.end - 1, LexClass::title)) {
        uint32_t k = x.end;
        while (k < s.end_token && k < x.end + 4 && w.doc.tokens[k].has(kTokCapitalized)) ++k;
        speech = k > x.end && speaks(w, k);
      }
      // "..., provincial police chief Colonel Jesus Rodriguez told reporters": the body whose chief
      // speaks, over the titles and the name after it.
      if (!speech && x.end < s.end_token && w.has(x.end, LexClass::title) &&
          !w.word_is(x.end, LexClass::human)) {
        uint32_t k = x.end;
        while (k < s.end_token && k < x.end + 6 &&
               (w.has(k, LexClass::title) || w.doc.tokens[k].has(kTokCapitalized)))
          ++k;
        speech = speaks(w, k);
      }
      if (!speech && x.end < s.end_token && w.words[x.end].starts_with("spokes"))
        for (uint32_t k = x.end + 1; k < s.end_token && k < x.end + 6 && !speech; ++k)
          speech = w.cue(k, Cue::report_verb);
      bool patient = ((verb && !passive && right && !by) || (verb && passive && left) ||
                      (!verb && right && patient_prep) || (right && patient_prep)) &&
                     !speech;
      // "Taliban spokesman X claimed responsibility, saying 190 people had been killed": the
      // passive's subject is in the clause of the trigger, not before a claim or "saying".
      if (patient && verb && passive && left)
        for (uint32_t k = x.end; k < h->tok && patient; ++k)
          if (w.cue(k, Cue::report_verb) || w.words[k] == "saying" || w.has(k, LexClass::claim))
            patient = false;
      if (left && h->tok > x.end + 8 && !by) agent = false;  // too far to be the subject
      // "complained to the United Nations today that planes attacked", "Police said gunmen attacked":
      // the subject of another verb, whose clause holds the trigger.
      bool other_clause = false;
      for (uint32_t k = x.end; left && k < h->tok && !other_clause; ++k)
        other_clause = w.cue(k, Cue::report_verb) || (w.words[k] == "that" && k > x.end);
      // "HTS fighters fired rockets in retaliation for government shelling": the retaliating side
      // is no author of the attack it answers.
      if (const uint32_t r = retaliation_for(w, s); left && r != kNone && r >= x.end && r < h->tok)
        other_clause = true;
      if (right && x.first > h->end + (verb ? 10 : 6) && !by) patient = false;
      // "terrorist attack", "guerrilla raid": a modifier of the trigger noun, not a filler.
      bool modifier = h && x.end == h->tok && !verb && x.end - x.first == 1 && !x.mention;
      if (other_clause && !by) agent = false;
      // "terrorists of the farabundo marti national liberation front": the group of a perpetrator.
      bool of_perp = false;
      if (pw == "of" && prev != kNone && prev > s.first_token) {
        for (size_t q = 0; q < p; ++q)
          if ((ph[q].cls == LexClass::perp || ph[q].cls == LexClass::member) && ph[q].end + 2 >= prev &&
              ph[q].end <= prev)
            of_perp = true;
      }
      if (of_perp && (x.cls == LexClass::group || (x.mention && actorish(x)))) {
        std::string e2 = x.mention ? x.mention->entity : "";
        add_argument(w, *ev, ArgumentRole::perpetrator_org, x.first, x.end, e2);
        add_unique(ev->src.perpetrators, e2);
        continue;
      }
      bool secop = h && h->entry->type == EventType::security_operation;
      std::string ent = x.mention ? x.mention->entity : "";
      add_evidence(w, *ev, static_cast<int>(si));
      if (x.mention && !(x.cls == LexClass::target || x.cls == LexClass::human || x.cls == LexClass::weapon ||
                         x.cls == LexClass::perp)) {
        const Mention& mn = *x.mention;
        if (is_place_mention(mn)) {
          if (mn.type == MentionType::FACILITY && patient) {
            add_argument(w, *ev, ArgumentRole::target, x.first, x.end, ent);
            add_target(*ev, w.text(x.first, x.end), x.category);
          } else if (!mn.entity.empty() || mn.type != MentionType::FACILITY) {
            // Where it happened: a place introduced by a locative preposition near the trigger
            // ("attacked a convoy in Helmand"), or "Quetta attack".
            bool near = h && (right ? x.first <= h->end + 10 : h->tok <= x.end + 10);
            // "in the northern province of Kunduz": the preposition before "the ... province of".
            const uint32_t pb = prep_before_place(w, s, x.first);
            bool locative = (prev != kNone && w.cue(prev, Cue::locative_prep)) ||
                            (pb != kNone && (w.cue(pb, Cue::locative_prep) || w.cue(pb, Cue::direction))) ||
                            near_place(w, s, x.first);
            // "in the Bloody Friday attacks": a name with a day's or a nation's word is no place the
            // gazetteer does not know.
            bool named_time = false;
            for (uint32_t k = x.first; k < x.end && mn.entity.empty(); ++k)
              named_time = named_time || w.cue(k, Cue::calendar_name) || w.cue(k, Cue::nationality);
            if (!named_time && ((locative && near) || (h && x.end == h->tok)) &&
                !place_of_other_news(w, s, h->tok, h->end, x.first) && !place_of_group_part(w, s, x.first)) {
              // "in Mali's Mopti region": the place the possessive leads to is the argument.
              if (const uint32_t k = possessive_place(w, s, x.end); k == kNone) {
                add_argument(w, *ev, ArgumentRole::place, x.first, x.end, ent);
              } else {
                const int m2 = w.mention_at[k];
                uint32_t e2 = k;
                while (e2 < s.end_token && w.mention_at[e2] == m2) ++e2;
                add_argument(w, *ev, ArgumentRole::place, k, e2,
                             w.doc.mentions[static_cast<size_t>(m2)].entity);
              }
            }
          }
          continue;
        }
        if (mn.type == MentionType::ARMED_GROUP || mn.type == MentionType::ORG) {
          // A group before the trigger is taken as its author, except before a passive verb
          // ("Malik Ishaq, its leader, was killed": the group is the victim's) and in a security
          // operation, whose groups are its targets unless they act ("killing a dozen suspected
          // Daesh fighters during a security operation").
          // "a dozen Taliban also died in the attack": a group whose people died or were hurt in it
          // is its victim.
          bool lost = false;
          for (uint32_t k = x.end; left && k < h->tok && !lost; ++k)
            lost = w.has(k, LexClass::kill) || w.has(k, LexClass::injure);
          if (lost && kills_object_at(w, s, x.end)) lost = false;
          // (An operation's trigger may be an attack's word it was retyped from: "killed a
          // commander in a raid".)
          const bool op = secop || ev->src.type == EventType::security_operation;
          bool group_left = left && mn.type == MentionType::ARMED_GROUP && !(verb && passive) && !op &&
                            !other_clause && !lost && !stance_between(w, x.end, h->tok);
          // "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, ... claimed": the group a faction
          // is part of is named to say whose faction it is.
          if (pw == "of" && prev > s.first_token && !by &&
              (w.cue(prev - 1, Cue::part_of_group) ||
               (w.words[prev - 1] == "group" && prev - 1 > s.first_token &&
                w.cue(prev - 2, Cue::part_of_group))))
            agent = group_left = false;
          // "JNIM, al Qaeda's affiliate in the Sahel, claimed the attack": the parent of the group
          // named before it.
          if (!by && parent_in_apposition(w, s, x.first, x.end)) agent = group_left = false;
          if (agent || group_left) {
            add_argument(w, *ev, ArgumentRole::perpetrator_org, x.first, x.end, ent);
            add_unique(ev->src.perpetrators, ent);
            // "a Chinese couple kidnapped by the terrorist network": a group named as the agent
            // right after the trigger verb is sure.
            if (by && verb && h && prev == h->end && !ent.empty()) mark_sure(w, *ev, x.first, x.end);
          } else if (op && mn.type == MentionType::ARMED_GROUP && (patient || left)) {
            add_argument(w, *ev, ArgumentRole::target, x.first, x.end, ent);
            add_target(*ev, w.text(x.first, x.end), "terrorists");
          }
          continue;
        }
        if (mn.type == MentionType::STATE_ACTOR) {
          // "Five Malian soldiers were killed when a bomb exploded": forces whose people died or were
          // hurt in the clause before the trigger are its victims, not its authors.
          if (left && agent && !secop && h && !by && state_forces_lost(w, s, x.end, h->tok)) {
            add_argument(w, *ev, ArgumentRole::target, x.first, x.end, ent);
            add_target(*ev, w.text(x.first, x.end),
                       x.category.empty() ? state_target_category(ent) : x.category);
            continue;
          }
          if ((agent || secop) && !country_of_group(w, s, x.end)) {
            add_argument(w, *ev, ArgumentRole::perpetrator_org, x.first, x.end, ent);
            add_unique(ev->src.perpetrators, ent);
          } else if (patient && !owns_target_after(w, s, x.end)) {
            add_argument(w, *ev, ArgumentRole::target, x.first, x.end, ent);
            add_target(*ev, w.text(x.first, x.end),
                       x.category.empty() ? state_target_category(ent) : x.category);
          }
          continue;
        }
        if (mn.type == MentionType::PERSON) {
          // "the suicide bomber, who has been identified as Salman Abedi": the name of the
          // attacker identified is an attacker.
          if (agent) {
            add_argument(w, *ev, ArgumentRole::perpetrator_individual, x.first, x.end, ent);
            add_unique(ev->src.perpetrators, ent);
          } else if (patient) {
            add_argument(w, *ev, ArgumentRole::victim, x.first, x.end, ent);
            // "three of his fighters": a possessive before a noun says whose they are; it is no
            // target (settle_arguments reads the argument).
            if (x.end == x.first + 1 && w.cue(x.first, Cue::determiner) && x.end < s.end_token &&
                w.np_word(x.end))
              continue;
            // "Security forces killed Abu Omar, a militant commander": whom an operation was against.
            const bool op = secop || ev->src.type == EventType::security_operation;
            add_target(*ev, w.text(x.first, x.end),
                       op && militant_described(w, s, x.first, x.end) ? "terrorists"
                                                                      : person_category(w, s, x.first));
          }
          continue;
        }
        // People named by their nation or faith as the head of the phrase: counted after the
        // verb they are its victims ("stabbed two Israelis", "killed three Americans"); one
        // before it ("A Palestinian stabbed") the attacker.
        if (mn.type == MentionType::NORP && (x.end >= s.end_token || !w.np_word(x.end)) && !secop) {
          const uint32_t q = x.first > s.first_token ? x.first - 1 : kNone;
          const bool counted = q != kNone && (w.number_at(q) || w.cue(q, Cue::quantifier));
          const bool one =
              x.first > s.first_token && (w.words[x.first - 1] == "a" || w.words[x.first - 1] == "an");
          // (The role model, which never saw such names as fillers, reads them as no one.)
          if (patient && counted) {
            add_argument(w, *ev, ArgumentRole::victim, x.first, x.end, "");
            add_target(*ev, w.text(x.first, x.end), "private_citizens");
            mark_sure(w, *ev, x.first, x.end);
          } else if (agent && one && !other_clause) {
            add_argument(w, *ev, ArgumentRole::perpetrator_individual, x.first, x.end, "");
            mark_sure(w, *ev, x.first, x.end);
          }
          continue;
        }
        if (mn.type == MentionType::WEAPON) {
          add_argument(w, *ev, ArgumentRole::weapon, x.first, x.end, ent);
          add_unique(ev->src.weapons, "other");
          continue;
        }
        continue;
      }
      // "Five soldiers were killed when a bomb exploded": forces whose people died before the
      // trigger are its victims (state_forces_lost).
      if (x.cls == LexClass::human && (x.category == "military" || x.category == "police") && left && agent &&
          !secop && h && !by && state_forces_lost(w, s, x.end, h->tok)) {
        agent = false;
        patient = true;
      }
      bool kill_subject = false;
      // The phrase is the subject of an active killing verb with its object ("Rebels killed 15
      // soldiers", "Pakistani troops killed 19 insurgents").
      const bool kills_object =
          x.end + 1 < s.end_token && w.has(x.end, LexClass::kill) &&
          w.longest(x.end, LexClass::kill)->value == "verb" && !w.cue(x.end, Cue::be) &&
          (w.doc.tokens[x.end + 1].has(kTokNumber) || w.cue(x.end + 1, Cue::determiner) ||
           w.cue(x.end + 1, Cue::quantifier) || w.np_word(x.end + 1));
      switch (x.cls) {
        case LexClass::weapon:
          if (seized_weapon(w, s, x.first, x.end)) break;
          add_argument(w, *ev, ArgumentRole::weapon, x.first, x.end, ent);
          add_unique(ev->src.weapons, x.category.empty() ? "other" : x.category);
          // "armed with a knife"; "The attackers used AK-47 rifles and hand grenades": arms told as
          // carried or used, all of them after the verb (the role model, which reads no trigger
          // there, kept only the first).
          if (uint32_t used_at = kNone;
              armed_with(w, s, x.first) || (facts_only && weapon_used(w, s, &used_at) && x.first > used_at))
            mark_sure(w, *ev, x.first, x.end);
          break;
        case LexClass::perp:
        case LexClass::member:
          if ((secop || ev->src.type == EventType::security_operation) && patient && !agent &&
              x.cls == LexClass::perp && x.category != "head") {
            // "killing 19 insurgents", "raided a militant hideout": whom the operation was against.
            add_argument(w, *ev, ArgumentRole::target, x.first, x.end, ent);
            add_target(*ev, w.text(x.first, x.end), "terrorists");
            break;
          }
          if (secop && (patient || !agent)) break;
          if (modifier && x.cls == LexClass::perp) break;
          if (x.end - x.first == 1 && x.category == "head") break;  // "men", "persons" alone
          // "Rebels killed 15 soldiers in an ambush": the subject of an active killing verb with
          // its object, the trigger a noun after it.
          kill_subject = x.cls == LexClass::perp && kills_object;
          if (kill_subject) agent = true;
          // "Militants killed in the raid were buried": a reduced passive, the dead.
          if (x.end + 1 < s.end_token && (w.has(x.end, LexClass::kill) || w.has(x.end, LexClass::injure)) &&
              !kill_subject) {
            const std::string_view n = w.words[x.end + 1];
            if (n == "in" || n == "during" || n == "by" || n == "when" || n == "as") break;
          }
          if (!h || (!agent && !patient && !left && !right)) break;
          if (left && h->tok > x.end + 12) break;
          if (right && x.first > h->end + 12) break;
          if (patient && !agent && x.cls == LexClass::member) {
            // "attacked soldiers patrolling outside the museum": the forces hit are the target
            // GTD codes (military, police), though no argument of the role sets the harnesses score.
            if (const LexEntry* hum = w.longest(x.end - 1, LexClass::human); hum && !hum->value.empty())
              add_target(*ev, w.text(x.first, x.end), hum->value);
            break;
          }
          add_argument(w, *ev, ArgumentRole::perpetrator_individual, x.first, x.end, ent);
          // "Jihadists killed 15 soldiers", "Insurgents ambushed a convoy": attackers named as the
          // subject right before an active attack or killing verb are sure (the role model, which
          // learnt MUC-4's notion that rebels fighting soldiers is no incident, may not drop them).
          if (x.cls == LexClass::perp && !speech && !other_clause &&
              ((agent && verb && !passive && !by && h && x.end == h->tok) || kill_subject))
            mark_sure(w, *ev, x.first, x.end);
          // "Boko Haram insurgents", "Taliban gunmen": the group the attackers are named by.
          if (x.mention && x.mention->type == MentionType::ARMED_GROUP && !ent.empty())
            add_unique(ev->src.perpetrators, ent);
          break;
        case LexClass::group:
          if (x.end - x.first == 1 && x.category == "head") break;  // "the group", "forces"
          if (agent || by || (!patient && left && h->tok <= x.end + 12 && x.end - x.first >= 2)) {
            add_argument(w, *ev, ArgumentRole::perpetrator_org, x.first, x.end, ent);
          } else if (patient && (x.category == "military" || x.category == "police")) {
            add_argument(w, *ev, ArgumentRole::target, x.first, x.end, ent);
            add_target(*ev, w.text(x.first, x.end), x.category);
          } else if (patient && !secop && ev->src.type != EventType::security_operation &&
                     state_forces_word(w, x.first, x.end) && same_clause_after(w, h->tok, x.first)) {
            // "ambushed a team of security forces": the state's forces attacked (not "... before
            // fleeing when security forces arrived").
            add_argument(w, *ev, ArgumentRole::target, x.first, x.end, ent);
            add_target(*ev, w.text(x.first, x.end), "military");
          }
          break;
        case LexClass::human:
          if ((agent || kills_object) && (x.category == "military" || x.category == "police") && x.mention &&
              x.mention->type == MentionType::STATE_ACTOR && !ent.empty()) {
            // "Pakistani troops raided a militant hideout": the state's forces, by their name.
            add_argument(w, *ev, ArgumentRole::perpetrator_org, x.first, x.end, ent);
            add_unique(ev->src.perpetrators, ent);
            if (secop || ev->src.type == EventType::security_operation) mark_sure(w, *ev, x.first, x.end);
          } else if (agent && (x.category == "military" || x.category == "police")) {
            add_argument(w, *ev, ArgumentRole::perpetrator_individual, x.first, x.end, ent);
          } else if (patient && !agent && !arrests_after(w, s, x.end)) {
            // A bare "people" / "civilians" is a target description, not a named victim.
            if (x.end - x.first > 1 || x.mention)
              add_argument(w, *ev, ArgumentRole::victim, x.first, x.end, ent);
            add_target(*ev, w.text(x.first, x.carrier_end ? x.carrier_end : x.end), x.category);
          }
          break;
        case LexClass::target:
          if ((patient && !agent) || (h && !verb && x.end == h->tok)) {
            add_argument(w, *ev, ArgumentRole::target, x.first, x.end, ent);
            add_target(*ev, w.text(x.first, x.carrier_end ? x.carrier_end : x.end), x.category);
          }
          break;
        default:
          break;
      }
    }
  }

  void victims_after_verbs() {
    // 3c. Victims named after casualty verbs and "murder of": "killed luis carlos galan".
    if (!facts_only) {
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        const LexEntry* k = w.longest(i, LexClass::kill);
        const LexEntry* t = w.longest(i, LexClass::trigger);
        bool victim_verb = (k && k->value == "verb") ||
                           (t && (t->type == EventType::assassination || t->type == EventType::kidnapping));
        if (!victim_verb) continue;
        uint32_t len = std::max<uint32_t>(k ? k->length : 0, t ? t->length : 0);
        uint32_t j = i + len;
        if (j < s.end_token && w.words[j] == "of") ++j;
        auto [a, b] = name_run(w, s, j);
        if (a != kNone && !in_timex(w, a, b)) {
          EventDraft* ev = event_for(i);
          add_argument(w, *ev, ArgumentRole::victim, a, b, "");
          add_target(*ev, w.text(a, b), "private_citizens");
        }
        // Titled names after the verb anywhere in the sentence: "killed ... and the mayor of
        // achi, ricardo castellar" / "murdered jesuit priest segundo montes and ...".
        for (uint32_t k2 = i + len; k2 < s.end_token && k2 < i + len + 25; ++k2) {
          const LexEntry* tt = w.longest(k2, LexClass::title);
          if (!tt) continue;
          auto [a2, b2] = name_run(w, s, k2);
          if (a2 != kNone && a2 > i) {
            EventDraft* ev = event_for(i);
            add_argument(w, *ev, ArgumentRole::victim, a2, b2, "");
            add_target(*ev, w.text(a2, b2), "private_citizens");
            k2 = b2;
          }
        }
        // Passive: "<name> was killed".
        if (i >= 2 && w.cue(i - 1, Cue::be)) {
          uint32_t e = i - 1, st = e;
          while (st > s.first_token && st + 5 > e && w.unknown_word(st - 1)) --st;
          if (e - st >= 2 || (e - st == 1 && !w.lower_case && w.doc.tokens[st].has(kTokCapitalized))) {
            EventDraft* ev = event_for(i);
            add_argument(w, *ev, ArgumentRole::victim, st, e, "");
            add_target(*ev, w.text(st, e), "private_citizens");
          }
        }
      }
    }
  }

  void places() {
    // 3d. Place fallback for text without place mentions: "in <Name>" after a trigger, else
    // before it within its clause, once per sentence (a document may tell of several attacks,
    // each with its place).
    if (!facts_only && !w.lower_case)
      for (size_t k = hit_from; k < hit_to; ++k) place_of_trigger(hits[k]);
  }

  // The sites told after trigger `h` (added by add_sites), and its place when this sentence
  // gave it none (places).
  void place_of_trigger(const Hit& h) {
    EventDraft& ev = w.events[static_cast<size_t>(h.event)];
    // A site named by a common noun after the trigger ("exploded at a mosque in Chaman", "a
    // suicide car bombing outside the base"): a place of the attack, as the town named with it
    // is. (Before the trigger too: more wrong than right on WikiEvents train.)
    for (uint32_t i = h.end; i + 1 < s.end_token && i < h.end + kPlaceWindow; ++i) {
      bool other = false;  // past the trigger of another event told in the sentence
      for (size_t j = hit_from; j < hit_to && !other; ++j)
        other = hits[j].event != h.event && hits[j].tok >= h.end && hits[j].tok < i;
      if (other) break;
      if (const auto [a, b] = site_after(w, s, i); a < b && !place_of_other_news(w, s, h.tok, h.end, a))
        sites.push_back({h.event, a, b});
    }
    bool has_place = false;
    for (const auto& a : ev.src.arguments)
      if (a.role == ArgumentRole::place && a.span.start >= w.doc.tokens[s.first_token].span.start &&
          a.span.end <= w.doc.tokens[s.end_token - 1].span.end)
        has_place = true;
    if (has_place) return;
    // The event's place named in this sentence, though further than the argument pass looks
    // ("launched an attack in the country on August 8, killing 70 people in Quetta"): that
    // mention, not a common noun.
    if (!ev.src.place.empty()) {
      for (uint32_t i = h.end; i < s.end_token && !has_place; ++i)
        if (const int m = w.mention_at[i]; m >= 0 &&
                                           w.doc.mentions[static_cast<size_t>(m)].entity == ev.src.place &&
                                           is_place_mention(w.doc.mentions[static_cast<size_t>(m)])) {
          uint32_t e = i;
          while (e < s.end_token && w.mention_at[e] == m) ++e;
          add_argument(w, ev, ArgumentRole::place, i, e, ev.src.place);
          has_place = true;
        }
      if (has_place) return;
    }
    // After the trigger, else before it in its clause ("In Lyon, a gunman opened fire").
    uint32_t lo = h.tok > s.first_token + kPlaceWindow ? h.tok - kPlaceWindow : s.first_token;
    // Not past the trigger of another event told in the sentence ("The attack was the first in
    // the city since twin bombings in Jableh killed 150"): what follows it is that event's.
    auto other_event = [&](uint32_t i) {
      for (size_t j = hit_from; j < hit_to; ++j)
        if (hits[j].tok == i && hits[j].event != h.event) return true;
      return false;
    };
    std::vector<uint32_t> order;
    for (uint32_t i = h.end; i + 1 < s.end_token && i < h.end + kPlaceWindow && !other_event(i); ++i)
      order.push_back(i);
    for (uint32_t i = h.tok; i-- > lo;) {
      if (w.cue(i, Cue::clause_break) || other_event(i)) break;
      order.push_back(i);
    }
    auto in_timex = [&](uint32_t t) {
      for (const auto& x : w.doc.timexes)
        if (x.span.contains(w.doc.tokens[t].span.start)) return true;
      return false;
    };
    // The end of a run of up to four capitalised words from a (a itself: none), outside
    // mentions other than places the gazetteer does not know ("the town of Tuz Khurmatu").
    auto unknown_place = [&](uint32_t t) {
      const int m = w.mention_at[t];
      return m >= 0 && w.doc.mentions[static_cast<size_t>(m)].entity.empty() &&
             (w.doc.mentions[static_cast<size_t>(m)].type == MentionType::GPE ||
              w.doc.mentions[static_cast<size_t>(m)].type == MentionType::LOC);
    };
    // A capitalised function word after the first is no part of the name: a headline run on
    // into the text ("Two killed in blast in Bajaur At least two people ...").
    auto name_end = [&](uint32_t a) {
      uint32_t b = a;
      while (b < s.end_token && b < a + 4 && name_word(w, b) && (b == a || !w.has(b, LexClass::function)) &&
             (w.mention_at[b] < 0 || unknown_place(b)) && !in_timex(b) && !w.cue(b, Cue::nationality))
        ++b;
      return b;
    };
    bool found = false;
    // "the Oklahoma City bombing", "the 2013 Boston Marathon bombings": a name leading the
    // attack noun's phrase.
    if (h.entry->kind == TriggerKind::noun) {
      if (const auto [a, b] = name_before_noun(w, s, h.tok, w.doc.timexes);
          a < b && std::all_of(&w.mention_at[a], &w.mention_at[b], [&](int m) { return m < 0; })) {
        add_argument(w, ev, ArgumentRole::place, a, b, "");
        found = true;
      }
    }
    for (uint32_t i : order) {
      if (found) break;
      // "an attack on the village of Kadisau": "on" only before a place named so, or a street's
      // name anywhere in the clause ("exploded on Oxford Street", "on Saturday on West 23rd Street").
      const bool on_word = w.words[i] == "on";
      const bool on = on_word && i == h.end;
      if (w.words[i] != "in" && w.words[i] != "near" && w.words[i] != "at" && !on_word) continue;
      if (place_of_other_news(w, s, h.tok, h.end, i + 1)) continue;
      uint32_t a = i + 1;
      if (a < s.end_token && w.words[a] == "the") ++a;
      // "in the city of Lyon", "near the northern town of Djibo": the name.
      bool named_so = false;
      for (uint32_t m = a; m < a + 3 && m + 2 < s.end_token; ++m) {
        if (w.cue(m, Cue::place_of) && w.words[m + 1] == "of") {
          a = m + 2;
          named_so = true;
          break;
        }
        if (!w.np_word(m) || w.doc.tokens[m].has(kTokCapitalized)) break;
      }
      const uint32_t street = named_so ? a : street_end(w, s, a);
      if (on_word && !(on && named_so) && street == a) continue;
      uint32_t b = street > a ? street : name_end(a);
      if (b == a) continue;
      // "in New York's Times Square", "in Afghanistan's northern Kunduz province", "in Iraq's
      // capital Baghdad": the place the possessive leads to, over up to two lower-case words.
      if (b + 1 < s.end_token && w.words[b] == "'s") {
        uint32_t k = b + 1;
        while (k < s.end_token && k < b + 3 && w.np_word(k) && !w.doc.tokens[k].has(kTokCapitalized) &&
               !w.doc.tokens[k].has(kTokNumber))
          ++k;
        if (const uint32_t e = name_end(k); e > k) {
          a = k;
          b = e < s.end_token && w.cue(e, Cue::place_noun) ? e + 1 : e;
        }
      }
      // "at the Kingsbury Hotel in Colombo", "at McGurk's Bar in Belfast": the building was hit,
      // the town after it is where.
      {
        uint32_t fe = b;
        if (fe + 1 < s.end_token && w.words[fe] == "'s" && w.doc.tokens[fe + 1].has(kTokCapitalized))
          fe = name_end(fe + 1);
        if (fe < s.end_token && w.has(fe - 1, LexClass::target) && w.doc.tokens[fe - 1].has(kTokCapitalized))
          if (const auto [ta, tb] = town_after(w, fe); ta < tb && tb <= s.end_token) {
            a = ta;
            b = tb;
          }
      }
      // "killed in IS attacks": a name before an attack noun is who attacked, not where.
      if (b < s.end_token) {
        const LexEntry* t = w.longest(b, LexClass::trigger);
        if (t && t->kind == TriggerKind::noun) continue;
      }
      add_argument(w, ev, ArgumentRole::place, a, b, "");
      // "in Helmand Province, Afghanistan": the larger place after a comma, when its name
      // ends the clause.
      if (b + 2 < s.end_token && w.words[b] == ",") {
        uint32_t e = name_end(b + 1);
        if (e > b + 1 &&
            (e == s.end_token || (!w.np_word(e) && !std::isalnum(static_cast<unsigned char>(w.words[e][0])))))
          add_argument(w, ev, ArgumentRole::place, b + 1, e, "");
      }
      found = true;
      break;
    }
    // No name: a common noun of a place ("throughout the village", "on a busy street"),
    // after a determiner and up to two modifiers; a street's name after it is the place.
    for (size_t oi = 0; oi < order.size() && !found; ++oi) {
      const uint32_t i = order[oi];
      const bool on = w.words[i] == "on";
      if (!on && !w.cue(i, Cue::locative_prep) && w.words[i] != "throughout") continue;
      uint32_t a = i + 1;
      if (a < s.end_token && w.cue(a, Cue::determiner)) ++a;
      for (uint32_t k = a; k < s.end_token && k < a + 3; ++k) {
        const bool street = w.cue(k, Cue::street_noun);
        if ((street || (!on && w.cue(k, Cue::place_noun))) && no_new_place(w, a, k + 1)) break;
        if (street || (!on && w.cue(k, Cue::place_noun))) {
          uint32_t e = name_end(k + 1);
          // "in the northern province of Kunduz", a place the gazetteer knows: the place named.
          const int m = k + 2 < s.end_token && w.words[k + 1] == "of" ? w.mention_at[k + 2] : -1;
          // "on a busy pedestrian street in the city of Lyon": the town it is in.
          const auto [ta, tb] = e == k + 1 ? town_after(w, k + 1) : std::pair<uint32_t, uint32_t>{e, e};
          if (ta < tb && tb <= s.end_token) {
            const int tm = w.mention_at[ta];
            const bool known = tm >= 0 && is_place_mention(w.doc.mentions[static_cast<size_t>(tm)]) &&
                               w.doc.mentions[static_cast<size_t>(tm)].span == w.span(ta, tb);
            add_argument(w, ev, ArgumentRole::place, ta, tb,
                         known ? w.doc.mentions[static_cast<size_t>(tm)].entity : "");
          } else if (m >= 0 && is_place_mention(w.doc.mentions[static_cast<size_t>(m)]) &&
                     w.mention_at[k + 1] != m) {
            uint32_t me = k + 2;
            while (me < s.end_token && w.mention_at[me] == m) ++me;
            add_argument(w, ev, ArgumentRole::place, k + 2, me,
                         w.doc.mentions[static_cast<size_t>(m)].entity);
          } else if (street && e > k + 1) {
            add_argument(w, ev, ArgumentRole::place, k + 1, e, "");
          } else {
            add_argument(w, ev, ArgumentRole::place, a, k + 1, "");
          }
          found = true;
          break;
        }
        if (!w.np_word(k) || w.doc.tokens[k].has(kTokCapitalized)) break;
      }
    }
  }

  void devices() {
    // "The device exploded", "the second device went off", "detonated a device": a device said to
    // explode is the attack's bomb (the word alone is none: "a tracking device").
    for (size_t k = hit_from; k < hit_to; ++k) {
      const Hit& h = hits[k];
      if (h.entry->kind != TriggerKind::verb || h.entry->type != EventType::bombing) continue;
      if (const auto [a, b] = device_at(w, s, h.tok, h.end); a < b) {
        EventDraft& ev = w.events[static_cast<size_t>(h.event)];
        add_argument(w, ev, ArgumentRole::weapon, a, b, "");
        mark_sure(w, ev, a, b);  // the role model, which has no word for a device, leaves it be
        add_unique(ev.src.weapons, "explosives");
      }
    }
  }

  // The sites places() found, after the towns.
  void add_sites() {
    for (const auto& x : sites) {
      EventDraft& ev = w.events[static_cast<size_t>(x.event)];
      // A place's common noun ("in the country") stands for the place the gazetteer knows that the
      // sentence names for the event ("... killing 70 people in Quetta"): no place of its own.
      const Span sp = s.span;
      if (!w.cue(x.b - 1, Cue::site_noun) &&
          std::any_of(ev.src.arguments.begin(), ev.src.arguments.end(), [&](const Argument& a) {
            return a.role == ArgumentRole::place && !a.entity.empty() && sp.contains(a.span.start);
          }))
        continue;
      add_argument(w, ev, ArgumentRole::place, x.a, x.b, "");
    }
  }

  // The counts of the dead and the hurt, each to its event.
  void tolls() {
    const bool cumulative = cumulative_toll(w, s);
    uint32_t chain_end = 0;  // a conjoined count already taken whole runs up to this token
    for (const auto& q : doc.quantities) {
      if (q.span.end <= s.span.start) continue;
      if (q.span.start >= s.span.end) break;
      bool in_timex = false;
      for (const auto& t : doc.timexes)
        if (t.span.overlaps(q.span)) in_timex = true;
      if (in_timex) continue;
      uint32_t qa = doc.token_at_or_after(q.span.start);
      uint32_t qb = doc.token_at_or_after(q.span.end);
      // "14 bus passengers", "three school children": a target word modifying people counts them.
      const bool people_after = qb < s.end_token && w.has(qb, LexClass::human);
      if (!q.unit.empty() && (w.lex.is(q.unit, LexClass::notunit) || w.lex.is(q.unit, LexClass::weapon) ||
                              (w.lex.is(q.unit, LexClass::target) && !people_after)))
        continue;
      if (qa < chain_end) continue;
      if (subset_before(w, qa, s.first_token)) continue;
      // "Two policemen and a civilian were killed", "killing three soldiers and two civilians": the
      // dead counted group by group are one count, summed, read from the end of the last group.
      CountRange cr{q.low, q.high};
      uint32_t qe = qb;
      // People counted by their nation count as people: "169 Afghans and 13 U.S. service members".
      auto people_unit = [&](const std::string& u) {
        return !u.empty() && (w.lex.is(u, LexClass::human) ||
                              (u.size() > 3 && u.back() == 's' &&
                               w.lex.cue(Cue::nationality, std::string_view(u).substr(0, u.size() - 1))));
      };
      if (people_unit(q.unit) || people_after) {
        if (people_after) ++qe;
        // The rest of the people's noun: "10 police commandos" (armed men's word after the police's
        // or the soldiers' is still their people).
        for (int n = 0; n < 2 && qe < s.end_token && (w.has(qe, LexClass::human) || force_member(w, qe)); ++n)
          ++qe;
        const LexEntry* verb_before = nullptr;
        for (uint32_t k = qa; k-- > s.first_token && k + 3 >= qa && !verb_before;)
          verb_before =
              w.has(k, LexClass::kill) ? w.longest(k, LexClass::kill) : w.longest(k, LexClass::injure);
        for (;;) {
          uint32_t k = qe;
          if (k < s.end_token && w.words[k] == ",") ++k;
          if (k >= s.end_token || w.words[k] != "and") {
            if (k == qe || k >= s.end_token) break;  // "A, B and C": a comma alone goes on
          } else {
            ++k;
          }
          // "Seven civilians and all three soldiers were killed": a whole group counted still adds
          // up (the attackers' word after it, "and all five gunmen", stays apart below).
          // Only after "and": "12 people, the three soldiers among them" counts a part of the 12.
          if (k > s.first_token && w.words[k - 1] == "and" && k + 1 < s.end_token &&
              (w.words[k] == "all" || w.words[k] == "the") && w.number_at(k + 1))
            ++k;
          uint32_t next = kNone;
          int64_t add_low = 0;
          std::optional<int64_t> add_high;
          const std::string_view d = w.words[k];
          if (k + 1 < s.end_token && (d == "a" || d == "an" || d == "one" || d == "another" || d == "their" ||
                                      d == "his" || d == "her" || d == "its")) {
            uint32_t h = k + 1;
            // (A title only after a possessive: "a spokesman said" after a comma is the source.)
            const bool possessive = d == "their" || d == "his" || d == "her" || d == "its";
            auto person = [&](uint32_t j) {
              return w.has(j, LexClass::human) || (possessive && w.has(j, LexClass::title));
            };
            if (h + 1 < s.end_token && !person(h) && w.np_word(h))
              ++h;  // "a local journalist", "their civilian driver"
            // One person ("and their driver", "and their commander"), not a plural of them ("and
            // their families").
            // Not the source after a comma ("10 soldiers, their commander said", "a spokesman told
            // Reuters"): a person before a reporting verb speaks.
            const bool speaks =
                h + 1 < s.end_token && (w.cue(h + 1, Cue::report_verb) || w.words[h + 1] == "told");
            if (h < s.end_token && person(h) && !w.words[h].ends_with("s") && !speaks)
              next = h + 1, add_low = 1, add_high = 1;
          } else {
            for (const auto& q2 : doc.quantities) {
              if (q2.span.start < w.doc.tokens[k].span.start) continue;
              if (doc.token_at_or_after(q2.span.start) != k) break;
              uint32_t e2 = doc.token_at_or_after(q2.span.end);
              const bool human2 = people_unit(q2.unit);
              // "13 U.S. service members": over the nation's name before the people.
              if (!human2 && e2 + 1 < s.end_token && w.cue(e2, Cue::nationality) &&
                  !w.has(e2, LexClass::human) && w.has(e2 + 1, LexClass::human))
                ++e2;
              if (!human2 && e2 < s.end_token && w.has(e2, LexClass::human))
                e2 += w.longest(e2, LexClass::human)->length;
              else if (!human2)
                break;
              next = e2, add_low = q2.low, add_high = q2.high;
              break;
            }
          }
          if (next == kNone) break;
          // "killed three soldiers and a civilian was wounded": the second group opens a clause.
          if (verb_before && next < s.end_token && w.cue(next, Cue::be)) break;
          cr.low += add_low;
          cr.high = cr.high && add_high ? std::optional<int64_t>(*cr.high + *add_high) : std::nullopt;
          qe = next;
        }
        if (qe == qb + (people_after ? 1u : 0u)) {
          qe = qb;
          cr = CountRange{q.low, q.high};
        } else {
          chain_end = qe;
        }
      }
      // "Governor Mohammad Omar and at least 14 other worshippers died", "a policeman and 14 others":
      // one person named before the others counts too ("himself and 12 others" does not).
      bool others = false;
      for (uint32_t k = qa; k <= qb && k < s.end_token; ++k)
        others = others || w.words[k] == "other" || w.words[k] == "others";
      if (others) {
        uint32_t b = qa;
        while (b > s.first_token && w.cue(b - 1, Cue::quantifier)) --b;
        if (b > s.first_token + 1 && w.words[b - 1] == "and") {
          const uint32_t p = b - 2;
          const int m = w.mention_at[p];
          const bool named = m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::PERSON;
          const LexEntry* hn = w.longest(p, LexClass::human);
          if (!hn) hn = w.longest(p, LexClass::title);
          const bool noun =
              hn && hn->length == 1 && !w.words[p].ends_with("s") && p > s.first_token &&
              (w.cue(p - 1, Cue::determiner) || w.words[p - 1] == "his" || w.words[p - 1] == "her");
          if (named || noun) {
            ++cr.low;
            if (cr.high) ++*cr.high;
          }
        }
      }
      // A figure inside a "since" clause of a sentence with no trigger counts the past it recalls
      // ("... since the group launched a series of attacks across Paris, killing 130"), not the
      // news ("The death toll rose to 45, the highest since the war ended" keeps its 45).
      if (hit_from == hit_to && since_from != kNone && qa > since_from && qa < since_to) continue;
      int kind = 0;              // 1 killed, 2 injured
      uint32_t kind_at = kNone;  // the casualty word that gave it, when one did
      // The counted word itself: "killed and 46 wounded" (the kill verb to the left is the
      // other figure's).
      if (!q.unit.empty()) {
        if (w.lex.is(q.unit, LexClass::injure))
          kind = 2;
        else if (w.lex.is(q.unit, LexClass::kill))
          kind = 1;
      }
      // Right: "59 people were killed", "nine dead", "165 others wounded".
      for (uint32_t i = qe, n = 0; i < s.end_token && n < 5 && kind == 0; ++i, ++n) {
        std::string_view x = w.words[i];
        // Over a subset set off by commas: "At least 18 people, including 14 foreigners, were killed",
        // "Twenty hostages, most of them foreigners, were killed".
        auto subset_word = [&](uint32_t j) {
          const std::string_view y = w.words[j];
          return y == "including" || y == "among" || y == "most" || y == "many" || y == "all" ||
                 y == "mostly" || y == "some" || y == "half" || y == "several" || y == "both" ||
                 w.doc.tokens[j].has(kTokNumber) || parse_cardinal(y).has_value();
        };
        if (x == "," && i + 1 < s.end_token && subset_word(i + 1)) {
          uint32_t c = i + 2;
          while (c < s.end_token && c < i + 14 && w.words[c] != "," &&
                 (w.words[c] == "and" || !w.cue(c, Cue::clause_break)))
            ++c;
          if (c < s.end_token && w.words[c] == ",") {
            i = c;
            continue;
          }
        }
        if (const uint32_t over = other_group_after(w, s, qa, i); over != kNone) {
          i = over - 1;
          continue;
        }
        // "Two staff of the electoral commission were shot dead": over the body the people are of,
        // right after their noun.
        // (Not a body of attackers: "two members of the militant group were killed".)
        if (x == "of" && i == qe && (!q.unit.empty() || people_after)) {
          uint32_t j = i + 1;
          if (j < s.end_token && w.cue(j, Cue::determiner)) ++j;
          const uint32_t first = j;
          while (j < s.end_token && j < first + 5 && (w.np_word(j) || w.has(j, LexClass::human)) &&
                 !w.has(j, LexClass::kill) && !w.has(j, LexClass::injure) && !w.has(j, LexClass::perp) &&
                 !w.has(j, LexClass::group) &&
                 !(w.mention_at[j] >= 0 &&
                   w.doc.mentions[static_cast<size_t>(w.mention_at[j])].type == MentionType::ARMED_GROUP))
            ++j;
          if (j > first && j < s.end_token && w.cue(j, Cue::be)) {
            i = j - 1;
            continue;
          }
        }
        if (const LexEntry* e = w.longest(i, LexClass::kill); e && x != "killing" && x != "toll")
          kind = 1, kind_at = i;
        else if (const LexEntry* e2 = w.longest(i, LexClass::injure);
                 e2 && x != "injuring" && x != "wounding")
          kind = 2, kind_at = i;
        // "the 40 or so killed".
        else if (x == "or" && i + 1 < s.end_token && w.words[i + 1] == "so")
          ++i;
        // The rest of the counted noun: "several police officers wounded".
        else if (!(w.cue(i, Cue::be) || w.has(i, LexClass::human) || x == "have" || x == "had" ||
                   x == "others" || x == "reportedly" || x == "also" || x == "who" || x == "persons" ||
                   x == "other" || x == "more" || x == "been" || x == "being"))
          break;
      }
      const bool counted_as_subject = kind != 0;  // "59 people were killed", not "killed 59 people"
      if (counted_as_subject && casualty_by_mishap(w, s, qe)) continue;  // "injured in a fall"
      // Left: "killing 61", "injuring more than 165 others", "toll rose to 60", "left 5 dead",
      // "shot dead four policemen".
      bool update = false;          // "rose to", "has been revised to": the report's latest figure
      uint32_t participle = kNone;  // "killing 30": the verb that hangs on the clause before
      for (uint32_t i = qa; i-- > s.first_token && i + 4 >= qa && kind == 0;) {
        std::string_view x = w.words[i];
        if (x == "killing" || x == "wounding" || x == "injuring") participle = i;
        const LexEntry* k = w.longest(i, LexClass::kill);
        const LexEntry* j = w.longest(i, LexClass::injure);
        // A multi-word kill verb ending just before the number ("shot dead").
        const LexEntry* k2 = i > s.first_token ? w.longest(i - 1, LexClass::kill) : nullptr;
        // "put the number of dead at 88", "deaths at 88": a count of the dead as the toll.
        if (k && (k->value == "verb" || x == "toll" || (i + 2 == qa && w.words[i + 1] == "at")))
          kind = 1, kind_at = i;
        else if (k2 && k2->value == "verb" && k2->length == 2 && i + 1 == qa)
          kind = 1, kind_at = i - 1;
        else if (j && j->value == "verb")
          kind = 2, kind_at = i;
        else if (w.cue(i, Cue::toll_change) && i + 1 < qa &&
                 (w.words[i + 1] == "to" || w.words[i + 1] == "at")) {
          // "The death toll from Saturday's bombing in X rose to 15", "the number of people
          // killed in ... has risen to more than 60": the subject of the change, further back.
          update = true;
          kind = toll_subject(w, s, i);
          break;
        } else if (x == "from" && i + 1 == qa && q.high && *q.high > q.low && toll_changed_before(w, s, i)) {
          // "raised the death toll from 17 to 23", "the toll climbed from 17 to 23 overnight": the
          // later figure is the latest count.
          update = true;
          kind = toll_subject(w, s, i);
          cr = CountRange{*q.high, q.high};
          break;
        } else if (!(x == "at" || x == "to" || x == "of" || x == "the" || x == "and" || x == "," ||
                     x == "another" || x == "an" || x == "least" || x == "himself" || x == "herself" ||
                     x == "themselves" ||  // "killing himself and 12 others": the 12 are the victims
                     toll_was(i, qa)))
          break;
        if (kind == 2 && i + 1 < qa && w.words[i + 1] == "and") kind = 0;  // "killed and wounded 5": both
      }
      if (kind == 0) {
        // "Four assailants and a police officer also died": the attackers are their own losses,
        // the one beside them one more victim.
        if (const uint32_t v = one_beside_attackers(w, s, qa, qb); v != kNone && !cumulative)
          one_more_beside(v);
        continue;
      }
      // "At least 30 were killed or wounded": the dead and the hurt together, neither toll.
      if (kind_at != kNone && killed_or_hurt(w, s, kind_at)) continue;
      if (kind == 2 && wounded_who_died(w, s, qb)) continue;
      if (cumulative) continue;
      // "struck a mosque in Kabul, killing at least 30 worshippers, while a second attack ...": the
      // participle's toll is the trigger's before it, however near the next one is.
      EventDraft* ev = nullptr;
      if (participle != kNone && hit_from < hit_to)
        for (size_t h = hit_to; h-- > hit_from && !ev;) {
          if (hits[h].end > participle || hits[h].event < 0) continue;
          bool apart = false;
          for (uint32_t b = hits[h].end; b < participle && !apart; ++b)
            apart = w.words[b] == "while" || w.words[b] == ";" || w.words[b] == "whereas";
          if (!apart) ev = &w.events[static_cast<size_t>(hits[h].event)];
          break;
        }
      if (!ev) ev = event_for(qa);
      if (response_of_attack(qa, qb, *ev)) continue;  // the attackers' deaths: not the victims' toll
      // "Five insurgents were also killed", "12 attackers died": attackers counted by their own
      // word are the attackers' losses, in a report of an attack (in an operation they are its toll;
      // "the militants killed 12 rebels" counts the rebels as victims).
      if (const LexEntry* pe = q.unit.empty() || qb == qa ? nullptr : w.longest(qb - 1, LexClass::perp);
          pe && pe->value != "head" && counted_as_subject && ev->src.type != EventType::security_operation)
        continue;
      add_evidence(w, *ev, static_cast<int>(si));
      // A figure in words with no number ("scores", "dozens", "several") yields to a counted one
      // inside its range told later ("killed scores of soldiers ... the death toll at more than 100").
      bool vague = true;
      for (uint32_t k = qa; k < qb && vague; ++k) vague = !w.number_at(k);
      auto refines = [&](const std::optional<CountRange>& old, bool old_vague) {
        return old && old_vague && !vague && cr.low >= old->low &&
               (!old->high || (cr.high && *cr.high <= *old->high));
      };
      // Another account's figure of the same toll ("Other sources put the toll at nearly 50", "the
      // army said 23 soldiers had died"): the report's range takes it in, so the disagreement stays
      // visible (not a part of the dead: "five of them children", "13 were among the dead").
      // The figure must say what it counts, or be called the toll: a bare "All three were shot
      // dead" is more often someone told of before (the attackers) than another account.
      // (The figure of an earlier account of the news, "Police had earlier said 12 were killed", is
      // the toll as first told.)
      bool toll_named = !q.unit.empty() || superseded;
      for (uint32_t k = qa; k-- > s.first_token && k + 4 >= qa && !toll_named;)
        toll_named =
            w.words[k] == "toll" || (k + 2 == qa && w.words[k + 1] == "at" && w.has(k, LexClass::kill));
      // "two soldiers were also killed": more dead, not another account of the same ones.
      bool also = false;
      for (uint32_t k = qb; k < s.end_token && k < qe + 4 && !also; ++k) also = w.words[k] == "also";
      for (uint32_t k = qa; k-- > s.first_token && k + 3 >= qa && !also;) also = w.words[k] == "also";
      const bool other_figure =
          !vague && !update && toll_named && !also && another_account(w, s) && !part_of_toll(w, s, qa, qb);
      // Another account counts the same people: "12 militants" and "three civilians" are two groups
      // (words for people in general, "people", "dead", match any).
      // "checked the cards of the passengers and shot dead 14 of them": the people named before.
      const uint32_t them = q.unit.empty() ? antecedent_of_them(w, s, qa, qb) : kNone;
      const std::string unit = them != kNone                    ? std::string(w.words[them])
                               : q.unit.empty() && people_after ? std::string(w.words[qb])
                                                                : q.unit;
      auto same_people = [&](const std::string& other) {
        // A unit's kind: its GTD category ("policemen", "police": police), "attackers" for attacker
        // words, "" for words of people in general or none.
        auto kind_of = [&](const std::string& u) -> std::string {
          if (u.empty() || u == "people" || u == "persons" || u == "others") return "";
          if (w.lex.is(u, LexClass::perp)) return "attackers";
          const std::vector<std::string_view> one{u};
          const LexEntry* e = nullptr;
          return w.lex.match_class(one, 0, LexClass::human, &e) == 1 && e ? e->value : "";
        };
        const std::string a = kind_of(unit), b = kind_of(other);
        return a.empty() || b.empty() || a == b;
      };
      if (kind == 1 && !vague) ev->killed_told.emplace_back(static_cast<int>(si), cr);
      if (kind == 1 && (!ev->killed_set || update || refines(ev->src.killed, ev->killed_vague))) {
        ev->src.killed = cr;
        ev->killed_set = true;
        ev->killed_vague = vague;
        ev->killed_unit = unit;
        ev->killed_unit_at = them != kNone ? std::pair{them, them + 1} : unit_as_written(w, s, qa, qb, unit);
      } else if (kind == 2 && (!ev->injured_set || update || refines(ev->src.injured, ev->injured_vague))) {
        ev->src.injured = cr;
        ev->injured_set = true;
        ev->injured_vague = vague;
        ev->injured_unit = unit;
        ev->injured_unit_at = them != kNone ? std::pair{them, them + 1} : unit_as_written(w, s, qa, qb, unit);
      } else if (kind == 1 && more_dead_also(*ev, cr, also, vague || update || part_of_toll(w, s, qa, qb))) {
        // "Five of the attackers and two policemen were also killed", after the toll: more dead.
        ev->src.killed->low += cr.low;
        ev->src.killed->high = ev->src.killed->high && cr.high
                                   ? std::optional<int64_t>(*ev->src.killed->high + *cr.high)
                                   : std::nullopt;
      } else if (kind == 1 && other_figure && !ev->killed_vague && same_people(ev->killed_unit)) {
        widen(*ev->src.killed, cr);
      } else if (kind == 2 && other_figure && !ev->injured_vague && same_people(ev->injured_unit)) {
        widen(*ev->src.injured, cr);
      }
    }
  }

  // One victim told beside the attackers' losses, at the casualty word v ("Four assailants and a
  // police officer also died"): one more of the event's dead or hurt counted in an earlier
  // sentence, or the whole toll when none is told. Not in an operation of the forces.
  void one_more_beside(uint32_t v) {
    EventDraft* ev = event_for(v);
    if (ev->src.type == EventType::security_operation) return;
    const bool dead = w.has(v, LexClass::kill);
    std::optional<CountRange>& toll = dead ? ev->src.killed : ev->src.injured;
    bool& set = dead ? ev->killed_set : ev->injured_set;
    if (set && ((dead ? ev->killed_vague : ev->injured_vague) || !toll)) return;
    if (set && dead && std::none_of(ev->killed_told.begin(), ev->killed_told.end(), [&](const auto& told) {
          return told.first < static_cast<int>(si);
        }))
      return;
    add_evidence(w, *ev, static_cast<int>(si));
    if (!set) {
      toll = CountRange{1, 1};
      set = true;
      return;
    }
    ++toll->low;
    if (toll->high) ++*toll->high;
  }

  // Dead told "also" killed in a sentence after the one that counted the event's dead, by a figure
  // that is no part of them ("including", "among") nor a change of the toll: more dead, added.
  bool more_dead_also(const EventDraft& ev, const CountRange& cr, bool also, bool not_more) const {
    if (!also || not_more || !ev.killed_set || ev.killed_vague || !ev.src.killed) return false;
    bool earlier = false, here = false;
    for (const auto& [sentence, told] : ev.killed_told) {
      if (sentence == static_cast<int>(si) && !(told == cr)) here = true;
      if (sentence < static_cast<int>(si)) earlier = true;
    }
    return earlier && !here;
  }

  void dead_one_by_one() {
    // Dead named one by one rather than counted: "gunmen killed a tribal elder", "shot dead a
    // judge and his driver", "a policeman was killed". Used when the report gives no figure.
    // A sentence dated apart from its event tells of another time ("Last year a policeman was
    // killed in the same district").
    if (NamedDead nd = singular_dead(w, s); nd.count > 0) {
      EventDraft* ev = event_for(nd.verb);
      const Timex* tx = timex_near(w, s, nd.verb);
      const bool dated_apart = tx && ev->src.date &&
                               (day_number(tx->range->end) < day_number(ev->src.date->start) ||
                                day_number(tx->range->start) > day_number(ev->src.date->end));
      if (!dated_apart) ev->named_dead = std::max(ev->named_dead, nd.count);
    }
  }
};
}  // namespace

void run_events(Work& w) {
  const Document& doc = w.doc;
  const Date pub = doc.meta.reference_date().value_or(Date{});

  // Sentence by sentence, so facts in later sentences can go to events founded earlier.
  for (size_t si = 0; si < w.segs.size(); ++si) {
    const Sentence& s = w.segs[si];
    if (!doc.body.empty() && !doc.in_body(s.span.start)) continue;
    SentencePass p(w, pub, s, si);
    if (!p.has_cue()) continue;
    p.start();
    // 1. Triggers.
    p.lexicon_triggers();
    p.hostage_triggers();
    p.arson_triggers();
    p.weapon_triggers();
    p.settle_triggers();
    p.rammed_weak_trigger();
    p.clash_trigger();
    p.weak_trigger();
    p.earlier_events();
    p.date_from_relative();
    // 2. Event coreference.
    p.assign_events();
    if (!p.choose_fallback()) continue;
    // 3. Arguments: claims and blame, roles by position, victims, places.
    p.claims();
    p.own_word_claims();
    p.soldier_claims();
    p.quoted_claim();
    p.roles_by_position();
    p.victims_after_verbs();
    p.places();
    p.devices();
    p.add_sites();
    // 4. Tolls.
    p.tolls();
    p.dead_one_by_one();
  }
}

}  // namespace dossier::event_internal
