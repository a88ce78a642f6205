// The event stage's internals, shared by its files (event_*.cc): the per-document working
// state (Work), the drafts of events, and the helpers more than one file uses. The flow of
// a document through the stage is told at the top of event_stage.cc. Not a public interface:
// only src/events includes it.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dossier/document.h"
#include "events/event_lexicon.h"
#include "events/role_model.h"
#include "quantity/quantity.h"
#include "time/calendar.h"

namespace dossier::event_internal {

inline constexpr uint32_t kNone = 0xFFFFFFFFu;

struct Hit {
  uint32_t tok = 0, end = 0;  // token range
  const LexEntry* entry = nullptr;
  int sentence = 0;
  int event = -1;  // index into events
  bool passive = false;
  // An explosive fired ("firing rocket-propelled grenades at the gate"): the attack's type only
  // when no assault is told of the event (see fire_types_event).
  bool fired = false;
};

// A noun phrase found in a sentence.
struct Phrase {
  uint32_t first = 0, end = 0;  // tokens
  LexClass cls = LexClass::function;
  std::string category;  // target/human: GTD category; weapon: weapon class
  const Mention* mention = nullptr;
  bool name_like = false;  // unknown words: probably a name
  // A vehicle carrying people ("convoy carrying 25 policemen"): the end of the vehicle's words, the
  // target's text (carried_people); 0 when none.
  uint32_t carrier_end = 0;
};

struct EventDraft {
  EventSource src;
  uint32_t first_tok = 0;
  int last_sentence = -1;
  bool anchored_date = false;
  bool killed_set = false, injured_set = false;
  bool killed_vague = false, injured_vague = false;  // the figure is a word such as "scores", "several"
  std::string killed_unit, injured_unit;             // whom the figure counts ("soldiers"), "" if unsaid
  // The unit's tokens as written, with its nouns ("Shia Muslims"); empty when not found.
  std::pair<uint32_t, uint32_t> killed_unit_at{0, 0}, injured_unit_at{0, 0};
  int named_dead = 0;          // most dead named one by one in a sentence ("killed a judge"), no figure
  int split_from = -1;         // incidents split from one event (split_coordinated) share its index
  bool typed_by_fire = false;  // its type is a fired explosive's (Hit::fired), no assault told yet
  std::vector<std::pair<int, CountRange>> killed_told;  // each counted figure of dead, by sentence
  std::vector<int> sentences;
  std::unordered_set<std::string> arg_keys;
  // Token ranges a rule is sure of ("the bomber, identified as X"): the role model neither drops
  // their arguments nor gives them another role.
  std::vector<std::pair<uint32_t, uint32_t>> sure;
};

// Attackers killed or hurt by those who fought them off (attacker_deaths): the tokens from the
// agent (when named) or the dead to the end of the other, and the dead among them.
struct Response {
  uint32_t first = 0, end = 0;
  uint32_t dead_first = 0, dead_end = 0;
  bool back = false;  // the dead are named as the attackers told of ("the gunmen", "of the attackers")
  bool overlaps(uint32_t a, uint32_t b) const { return a < end && first < b; }
  // Inside the dead ("the attackers"): a perpetrator still, no victim.
  bool in_dead(uint32_t a, uint32_t b) const { return a >= dead_first && b <= dead_end; }
};

// How the text tells the cause of its blasts (event_sentences.cc): a weapon ("a bomb hidden in a
// gas cylinder"), an accident ("the blast was blamed on a faulty gas cylinder", "Officials said a
// gas leak caused the explosion", "a fire caused by an electrical fault"), in question between the
// two ("investigating whether it was a bomb or a gas leak", with no weapon told elsewhere), or
// nothing of either.
enum class BlastCause : uint8_t { untold, weapon, accident, disputed };

// Per-document working state.
struct Work {
  const Document& doc;
  const EventLexicon& lex;
  std::vector<std::string_view> words;
  std::vector<uint32_t> match_off;       // words.size() + 1 offsets into matches
  std::vector<const LexEntry*> matches;  // longest first per token
  // Entries of a phrase told around its object ("hacked 35 civilians to death"), one word long at
  // the verb; matches point into it.
  std::deque<LexEntry> split_entries;
  std::vector<int> mention_at;           // token -> mention index or -1
  std::vector<CueSet> cue_bits;          // token -> its cue sets (EventLexicon::cue_bits)
  // The text names a weapon, an attacker (a perpetrator word or a group) or a claim or blame
  // somewhere: an explosion in it may be an attack.
  bool attack_context = false;
  // The text tells violence in words of no everyday sense (violence_told): a weapon other than
  // a fuel, armed men, an armed group or a state's forces, arms or a war, a claim of
  // responsibility, police or troops, people killed or wounded, or a trigger that is violent in any
  // sense ("kidnapped", "bombing"); or it speaks of no money, firms or markets, nor of sport, games or shows,
  // at all. Without that, a trigger with an everyday sense (context_sense: "raid", "struck", "attacked",
  // "executed") tells no event.
  bool violence_told = false;
  // As violence_told, but people killed or wounded do not count: an explosion or a fire that
  // killed a worker at a refinery or a mine is an accident unless arms, armed men or a claim are
  // told (blast_sense).
  bool arms_told = false;
  // A vehicle driven into people or a place ("drove a truck into a crowd"): its driver is the
  // attacker ("The driver, identified as X").
  bool ramming = false;
  // blast_cause, read once per document (it scans every sentence; several rules ask).
  mutable std::optional<BlastCause> blast_cause_memo;
  bool lower_case = false;  // text has (almost) no capitals
  std::vector<EventDraft> events;
  // Acronyms introduced in parentheses, "farabundo marti national liberation front (fmln)":
  // normalized acronym -> normalized long form, so both count as one filler.
  mutable std::unordered_map<std::string, std::string> alias;
  // The units the stage reads in: the document's sentences, cut further at sentence-final
  // punctuation when the text has no case (a splitter that needs capitals merges them).
  std::vector<Sentence> segs;
  Span dateline;  // the dateline's place names, never the event's place
  // The whole dateline, place and date to its dash ("LIMA, March 11 -"): its date is the filing
  // date, never the event's, and no phrase reaches into it.
  Span dateline_head;
  int main_event = -1;
  int last_event = -1;
  int last_event_sentence = -100;
  std::vector<Hit> hits;  // accepted triggers, in text order, each with its event
  // Token ranges telling of attackers killed or hurt by those who fought them off
  // (attacker_deaths); in a report of an attack they make no trigger, toll or argument.
  std::vector<Response> responses;

  Work(const Document& d, const EventLexicon& l) : doc(d), lex(l) {}

  const LexEntry* longest(uint32_t i, LexClass cls) const {
    for (uint32_t k = match_off[i]; k < match_off[i + 1]; ++k)
      if (matches[k]->cls == cls) return matches[k];
    return nullptr;
  }
  bool has(uint32_t i, LexClass cls) const { return longest(i, cls) != nullptr; }
  bool cue(uint32_t i, Cue set) const { return cue_bits[i].has(set); }
  // A fuel word alone ("gasoline", "petrol": Cue::fuel) read as weapon e at i: a commodity or a
  // site's name ("gasoline futures", "a petrol station"), no weapon by itself.
  bool fuel_alone(uint32_t i, const LexEntry& e) const { return e.length == 1 && cue(i, Cue::fuel); }
  bool word_is(uint32_t i, LexClass cls) const {
    const LexEntry* e = longest(i, cls);
    return e && e->length == 1;
  }
  std::string text(uint32_t first, uint32_t end) const {
    if (first >= end) return {};
    Span s{doc.tokens[first].span.start, doc.tokens[end - 1].span.end};
    return std::string(doc.slice(s));
  }
  // The tokens [first, end) of a span of the text (an argument's).
  std::pair<uint32_t, uint32_t> tokens_of(Span sp) const {
    const uint32_t first = doc.token_at_or_after(sp.start);
    uint32_t end = first;
    while (end < doc.tokens.size() && doc.tokens[end].span.end <= sp.end) ++end;
    return {first, end};
  }
  Span span(uint32_t first, uint32_t end) const {
    return Span{doc.tokens[first].span.start, doc.tokens[end - 1].span.end};
  }
  bool is_punct(uint32_t i) const { return doc.tokens[i].has(kTokPunct); }
  // A figure at token i, in digits or words ("12", "twelve").
  bool number_at(uint32_t i) const {
    return doc.tokens[i].has(kTokNumber) || parse_cardinal(words[i]).has_value();
  }
  bool is_quote(uint32_t i) const { return doc.tokens[i].has(kTokQuote); }
  bool is_word(uint32_t i) const {
    const Token& t = doc.tokens[i];
    return t.has(kTokWord) || t.has(kTokNumber);
  }
  // A token that can be part of a noun phrase as a modifier or name part.
  bool np_word(uint32_t i) const {
    if (!is_word(i)) return false;
    if (word_is(i, LexClass::function) || word_is(i, LexClass::verb)) return false;
    for (uint32_t k = match_off[i]; k < match_off[i + 1]; ++k) {
      LexClass c = matches[k]->cls;
      // Strong triggers, and the weak verbs of a bomb placed or thrown ("lobbed grenades").
      if (c == LexClass::trigger &&
          (matches[k]->kind != TriggerKind::weak || matches[k]->type == EventType::bombing))
        return false;
      if ((c == LexClass::kill || c == LexClass::injure) && matches[k]->value == "verb") return false;
      if (c == LexClass::claim || c == LexClass::blame || c == LexClass::negation || c == LexClass::irrealis)
        return false;
    }
    std::string_view w = words[i];
    if (w.size() > 3 && (w.ends_with("ing")) && !has(i, LexClass::target)) {
      // "police training college": a gerund inside a noun phrase, after a modifier or determiner.
      if (i == 0 || !doc.tokens[i - 1].has(kTokWord)) return false;
      std::string_view p = words[i - 1];
      // In lower-case text nothing else tells a noun from a verb, so any plain word may
      // precede it ("men wearing military uniforms").
      bool before_ok = p == "the" || p == "a" || p == "an" || has(i - 1, LexClass::target) ||
                       has(i - 1, LexClass::human) || has(i - 1, LexClass::group) ||
                       (lower_case && match_off[i - 1] == match_off[i] && !doc.tokens[i - 1].has(kTokNumber));
      if (!before_ok) return false;
    }
    // Past participles end a phrase ("crushed Daesh") unless they are known modifiers.
    if (w.size() > 4 && w.ends_with("ed") && match_off[i] == match_off[i + 1]) return false;
    return true;
  }
  // Unknown word: in no class at all (a name part, in lower-case text).
  bool unknown_word(uint32_t i) const {
    if (!doc.tokens[i].has(kTokWord)) return false;
    if (match_off[i] != match_off[i + 1]) return false;
    if (!lower_case && !doc.tokens[i].has(kTokCapitalized)) return false;
    std::string_view w = words[i];
    if (w.size() > 3 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"))) return false;
    return true;
  }
};

// How many people a sentence names as killed one at a time, and the kill verb that names most:
// a single person or a singular human noun right after an active kill verb ("killed a tribal
// elder", "shot dead a judge and his bodyguard") or right before a passive one ("a policeman was
// killed"). Plural and collective nouns and figures are the tolls' business; threats and attempts
// ("threatened to kill the governor") and what a sentence recalls of the past kill no one now.
struct NamedDead {
  int count = 0;
  uint32_t verb = 0;
};

// A time told from another event: "two weeks after the bombing", "ten days before the church
// attack", "the day after the attack", "hours after the raid". The tagger reads the first as a
// duration with no anchor, which here is the event the attack noun names. The phrase's tokens
// [first, end) are a time, not a mention of that event; `noun` is its attack noun (dated by the
// event it names) and the offset is days (or months) after it, negative before it.
struct RelativeDate {
  uint32_t first = kNone, end = 0, noun = kNone;
  const LexEntry* entry = nullptr;
  int64_t days = 0;
  int months = 0;
  bool vague = false;  // "in the weeks after the bombing", "a decade before the attack": no date
};

// ---------------------------------------------------------------------------------------------
// The pass over sentences (event_sentences.cc)

void run_events(Work& w);

// ---------------------------------------------------------------------------------------------
// Triggers and their cues (event_triggers.cc)

// Which type an event takes when its sentences name several: the more specific, and among the
// attack types GTD's order (its codebook codes the highest that applies: bombing over armed
// assault, armed over unarmed assault, both over facility attack, so "overran the base, killing
// 30 soldiers, and burned vehicles" is an armed assault).
int type_priority(EventType t);

// "The attackers used AK-47 rifles and hand grenades", "the assailants were armed with knives": a
// verb of using or carrying arms in the past before a weapon, with attackers for its subject, a
// fact of the attack just told (not "soldiers used", "members are carrying guns", nor seized arms).
// The verb's token goes to *verb when given.
bool weapon_used(const Work& w, const Sentence& s, uint32_t* verb = nullptr);

// "Gunmen stormed the prison, firing rocket-propelled grenades": explosives fired in an assault are
// its weapon, not a bombing; only with no assault told ("Militants fired mortars at an army base")
// is the fire the attack itself. Settles the type of e that hit h (typed `type`) gives, the hit
// founding e when `founds`; false when h is no such case and the usual order decides.
bool fire_types_event(EventDraft& e, const Hit& h, EventType type, bool founds);

void index_tokens(Work& w);

// A trigger with an everyday sense besides the violent one ("a share raid", "workers struck",
// "attacked the budget", "executed a lease", "an explosion at the refinery", "dead weight tons"):
// an event only in a text that tells violence otherwise (Work::violence_told).
bool context_sense(const LexEntry& t, std::string_view first_word);

// Of those, a blast or a fire ("explosion", "blew up", "burned"): in a report of firms or markets,
// an event only with arms, armed men or a claim told (Work::arms_told), not a toll alone.
bool blast_sense(std::string_view first_word);

// A negation or hypothetical cue just before a trigger, within its clause.
bool unrealised(const Work& w, const Sentence& s, uint32_t tok);

// A natural cause or an accident at token k ("the quake", "a fire that burned"), not a weapon's
// fire ("mortar fire", "sniper fire", "gunfire" is one word and no cue).
bool natural_at(const Work& w, const Sentence& s, uint32_t k);

// "struck a deal", "executed two additional licenses", "attacked the textile act", "a major
// attack on these new markets", "a deal was struck": the object (after the verb, or after "on"
// / "against" for a noun; the subject of a passive) is business, legal or abstract language.
// A word of taking or holding captives ("seized", "held", "kidnapped", "took", "stormed").
bool taking_word(std::string_view word);
// "swapped two Western hostages", "the release of five hostages": captives set free tell no new
// taking of hostages.
bool captives_released(const Work& w, const Sentence& s, const Hit& h);
bool figurative(const Work& w, const Sentence& s, const Hit& h);

// The clause a "since" opens when it has a verb of its own before any comma ("since the group
// launched a series of attacks across Paris, killing 130"): it recalls what came before the news.
// "since Monday, ..." and "since the election, ..." are no such clause. The clause runs to the
// next comma or clause break, and on over a casualty participle hung on it (", killing 130").
// {kNone, kNone} when the sentence has none.
std::pair<uint32_t, uint32_t> since_span(const Work& w, const Sentence& s);

// "The militants crept into the camp ... and lobbed grenades": a sentence whose subject is the
// attackers told of before (a definite attacker word opening it, before the trigger).
bool the_attackers_before(const Work& w, const Sentence& s, uint32_t tok);

// "in retaliation for raids by Kenyan troops", "to avenge the killing of": an attack told as the
// cause of the news, before it (and a specific one, even as a bare plural).
bool told_as_cause(const Work& w, const Sentence& s, uint32_t tok);

bool background_cue(const Work& w, const Sentence& s, uint32_t tok);

// "claimed the raid", "claimed that bombing", "both claimed Saturday's attack": the verb claim
// with an attack word for its object (a few determiners or a possessive between) is a claim of
// responsibility, whatever the attack is called. "claimed that ..." with a clause is not.
bool claims_an_attack(const Work& w, const Sentence& s, uint32_t i);

// The subject of a toll change at token `verb`, scanning back within the sentence: "the (death)
// toll" or "the number of people killed / dead" is killed (1), "... injured / wounded" injured
// (2), anything else 0. Another number on the way means the verb has another subject.
int toll_subject(const Work& w, const Sentence& s, uint32_t verb);

// Is the trigger at tok a noun named with "a" or "an", over up to three modifiers ("in an ambush",
// "a deadly car bombing"): an attack told as new, not one named again?
bool indefinite_noun_trigger(const Work& w, const Sentence& s, uint32_t tok);

// Does token `to` still belong to the clause the trigger at `tok` opens, through a chain of
// phrases ("blew himself up among worshippers at the shrine of X in Sehwan, in Sindh province,
// on Thursday evening")? No other strong trigger, reporting verb or clause opener between.
bool same_clause_after(const Work& w, uint32_t tok, uint32_t to);

// Is the kidnapping verb h a reduced passive, a participle right after its noun phrase with its
// agent after "by" ("a Chinese couple kidnapped by the network last month", "aid workers abducted by
// gunmen")? Not "by" a time or a means. (For every verb trigger, "the garrisons attacked by the
// guerrillas", MUC-4 5-fold CV fell from 0.460 to 0.458.)
bool reduced_passive(const Work& w, const Sentence& s, const Hit& h);

// Is the verb at `k` passive: a form of "be" up to three tokens before it, with only adverbs
// between ("was killed", "were later killed", "was also shot dead", "was later reportedly killed")?
bool passive_at(const Work& w, const Sentence& s, uint32_t k);

// Is the phrase ending before token `end` the subject of a reporting verb ("Officials said ...")?
// The one who speaks is no one attacked.
// "residents and local officials said": over another speaker joined by "and" / "or".
bool speaks(const Work& w, uint32_t end);

// "attacked a police station with explosives-laden drones", "attacked the post with grenades": the
// explosive a verb of attack at token `verb` was made with, in its clause, when it is the only
// weapon named there (GTD types an attack made with explosives alone a bombing); else nullptr.
const LexEntry* explosive_attacked_with(const Work& w, const Sentence& s, uint32_t verb);

// A verb that fires a weapon ("fired", "launched", "lobbed" grenades): an attack when the weapon
// follows and goes at something (the weapon pass in run_events).
bool fire_verb(std::string_view x);

// After a group's reporting verb, the group's own words that it did the attack: "said (in a
// statement) that its fighters had killed 20 soldiers", "said its members had taken part", "said
// it had carried out the Karrada bombing", "said the group was behind the attack". No negation
// may stand between ("said its fighters had not carried out the attack" denies), nor a passive
// ("said its members were killed" counts losses).
bool own_attack_after(const Work& w, const Sentence& s, uint32_t say);

// "has bombed the pipeline dozens of times this year", "repeatedly attacked": many attacks summed
// up in one clause, no event of its own (the shots or blows of one attack repeat within it).
bool repeated(const Work& w, const Sentence& s, const Hit& h);

// "the terror group has conducted attacks across the country, killing civilians", "have carried
// out attacks throughout the region": a bare plural attack noun after a perfect "has ..." or before
// "across" / "throughout" sums up a group's record, no attack of its own and no facts of the news.
bool attacks_summed_up(const Work& w, const Sentence& s, const Hit& h);

// "Armed bandits have kidnapped hundreds of people in the region this year": a perfect verb of
// attack with a vague count of its victims, over a span of time told, sums up a record, no event
// ("have kidnapped four engineers", or scores "from a church ... on Sunday", tell one).
bool victims_summed_up(const Work& w, const Sentence& s, const Hit& h);

// "Attacks on civilians rose to a record in 2023", "the monitor recorded 1,580 attacks in 2023": a
// plural attack noun that is the subject of a trend verb or the object of a tally is a count of
// incidents over time, no event of its own (an analysis of yearly counts tells none).
bool attacks_counted_over_time(const Work& w, const Sentence& s, const Hit& h);

// "The government called it a cowardly terrorist attack", "condemned the killings as an attack
// on all Nigerians": an attack noun naming what a speaker thinks of an attack already told is
// no attack of its own (nor is the speaker's place, "the government in Ouagadougou", another).
bool characterised_as(const Work& w, const Sentence& s, const Hit& h);

// "Pirates boarded and seized a tanker", "gunmen seized a bus": a verb that takes people
// (person_object) with a ship or vehicle for its object and attackers for its subject is a
// hijacking ("the navy seized a vessel carrying arms", "police seized a truck" are none).
bool vehicle_seized_by_attackers(const Work& w, const Sentence& s, const Hit& h);

// A group that praised, welcomed, condemned or denied an attack, or did not claim it, speaks of
// it; it did not carry it out ("Hamas praised the attack but did not claim responsibility").
bool stance_between(const Work& w, uint32_t from, uint32_t to);

// Does the sentence give a date or a casualty word (it tells of something that happened)?
bool dated_or_counted(const Work& w, const Sentence& s);

// The weapon that is the agent of a casualty or damage word (a weak trigger): after it in its clause
// ("were killed by a briefcase bomb", "died when a roadside bomb hit", "wounded in a grenade
// blast") or, for an active verb, before it ("a car bomb killed 20"). Null when there is none.
const LexEntry* weapon_agent(const Work& w, const Sentence& s, const Hit& h, uint32_t* at = nullptr);

// The trigger a casualty word stands for when a weapon caused it: explosives make a bombing,
// incendiaries an attack on property, anything else an armed assault, each with its weapon.
// A trigger entry the rules make up where no lexicon line matched ("took 170 guests hostage",
// "guerrillas killed a peasant"), one per type and kind, built once.
const LexEntry* made_trigger(EventType type, TriggerKind kind);

// The trigger an attack typed by its weapon class takes ("explosives": a bombing, "incendiary": an
// attack on a facility, the rest an armed assault).
const LexEntry* trigger_of_weapon(std::string_view cls);

const LexEntry* weapon_trigger(const LexEntry& weapon);

// The first token of the verb at k with the adverbs and auxiliaries before it ("apparently
// ploughed", "had rammed"): the subject ends right before it.
uint32_t verb_start(const Work& w, const Sentence& s, uint32_t k);

// A vehicle driven into something at ram verb k: "drove a car into", "rammed his truck
// through", "a van ploughed into" (the verb's object or subject a vehicle). The token of "into" /
// "through" / "onto", else kNone.
uint32_t ram_into(const Work& w, const Sentence& s, uint32_t k);

// "A truck ploughed into a crowded market": the vehicle that is the subject of ram verb k, the
// attack's weapon; its first token (the verb ending the phrase), or kNone.
uint32_t ramming_vehicle(const Work& w, const Sentence& s, uint32_t k);

// "One woman was injured in a fall as people fled", "two died in a road accident": a casualty
// verb with an accident told as its cause right after it ("in"/"after" a mishap) is no attack's.
bool mishap_cause(const Work& w, const Sentence& s, const Hit& h);

// The casualty verb told of people counted before `from` ("One woman was injured in a fall"):
// is its cause an accident (mishap_cause)?
bool casualty_by_mishap(const Work& w, const Sentence& s, uint32_t from);

// A ramming that tells an attack by itself: a verb of intent ("rammed", "ploughed into", "drove
// into", "mowed down"), or any vehicle driven into people. A bus that "crashed into a truck" or a
// lorry that "careered into a ravine" is an accident.
bool deliberate_ram(const Work& w, const Sentence& s, uint32_t k);

// "Air strikes killed at least 23 civilians", "Air strikes believed to have been carried out by
// Russian warplanes killed 23 people": a bare plural attack noun that is the subject of a past
// casualty verb with a count tells the news, not attacks in general ("air strikes kill civilians
// every week" does not count, nor "air strikes that have killed thousands").
bool subject_of_toll(const Work& w, const Sentence& s, const Hit& h);

// "A truck ploughed into a crowded market on Monday evening, killing 12, in what police said was
// a deliberate attack": the ramming is the attack told, and the date and place near it are the
// event's, not those near the noun that names it later. A ramming before the sentence's only
// attack words (nouns or verbs of a plain assault after it) becomes a trigger of its own.
void add_ram_hit(Work& w, const Sentence& s, size_t si, size_t hit_from);

// '"We are behind the attack," Abu Musab, al Shabaab's spokesman, told Reuters', 'A Taliban
// spokesman said: "Our fighters carried out the attack."': a quotation in the first person plural
// that owns an attack (we / our fighters with "behind", "carried out", "attacked", "responsible",
// "killed", "claim"; no negation in it), spoken by an armed group or its spokesman, commander or
// leader outside the quotation, is that group's claim. The index of the group's phrase, or -1.
int quoted_claimer(const Work& w, const Sentence& s, const std::vector<Phrase>& ph);

// "Police suspect al-Shabaab", "Investigators suspected the Islamic State": "suspect" as the verb
// of those who look for the culprits (authorities, investigators, "they", the state's forces named)
// blames whom it names; not the noun ("a suspect", "the suspect").
bool suspects_verb(const Work& w, const Sentence& s, uint32_t i);

// "Police linked the attack to X", "linking the bombings to X", "the attack was linked to X",
// "the killings are believed to be tied to X": "linked" / "tied" with an attack as what is
// linked blames whom it is linked to. Not a group's ties ("Al Shabaab, which is linked to al
// Qaeda", "gunmen linked to Boko Haram"), where no attack is the subject or object.
bool links_attack_to(const Work& w, const Sentence& s, uint32_t i);

// "Katiba Serma claimed the attack", "Katiba Serma, a little-known group, claimed ...": a name the
// entity stage took for a person's, the subject of a claim at `cue` with no group before it, is the
// claimer (an unfamiliar group's name, or a leader claiming for his men). Not one who speaks for a
// group ("spokesman Abu Musab claimed", "Abu Musab, a spokesman for the group, claimed", "its
// leader Abu Musab claimed" after a group named): a title or a group word before the name or in
// the aside. The index of its phrase in `ph`, or -1.
int person_claimer(const Work& w, const Sentence& s, const std::vector<Phrase>& ph, uint32_t cue);

// ---------------------------------------------------------------------------------------------
// Dates (event_dates.cc)

// Days since 1970-01-01 (time/calendar.h); a partial date ("July 2015") counts from its first day.
int64_t day_number(const Date& d);

Date civil_from_days(int64_t z);

// "an overnight assault", "attacked a base overnight": "overnight" right before the trigger (over
// a modifier) or after it in its clause.
bool overnight_near(const Work& w, const Sentence& s, const Hit& h);

const Timex* statement_day(const Work& w, const Sentence& s);

// "Families gathered on Tuesday, a year after the massacre at the school", "on the fifth
// anniversary of the attack", "two years since gunmen killed 40 worshippers": the trigger at tok
// is an attack recalled that long before the day the sentence tells of (a recent day's timex in
// it, else the document's date `pub`). Its date (Timex::range): the calendar year so many years
// back (months: that month); an anniversary, the week around that day so many years back. A
// Timex with no range when the words give no age ("the anniversary of the attack"); nullopt
// when tok is no attack so recalled.
std::optional<Timex> recalled_date(const Work& w, const Sentence& s, uint32_t tok, const Date& pub);

// "Hours later, gunmen attacked ...", "Minutes later a second bomb ...", "Later that day": words
// before the trigger in its clause that put it on the day of the event just told.
bool same_day_sequel(const Work& w, const Sentence& s, uint32_t tok);

// Is event e dated by the same time as t (the same date, or t inside e's day)?
bool same_date_as(const Timex& t, const EventDraft& e);

// "... an attack last week, police said on Friday. The attack took place on Thursday night": a
// weekday named alone is resolved to the latest one before the report, which may fall after the
// week the event was dated to; told of that event, it is the same weekday of that week. The
// weekday's date moved into e's week (precision week), or nothing.
std::optional<DateRange> weekday_of_week(const Work& w, const Timex& t, const EventDraft& e);

// "In a separate incident, ...", "Separately, ...", "in an unrelated attack": a word before the
// trigger in its sentence that tells another incident than those told before.
// Not one counted ("killed two reporters in two separate shootings": apart from each other).
bool separate_incident(const Work& w, const Sentence& s, uint32_t tok);

// "In other violence on Tuesday, ...", "In another attack, ...", "Elsewhere, ...": a round-up's
// opening words that move on to another incident than those told before.
bool roundup_opener(const Work& w, const Sentence& s, uint32_t tok);

// "Meanwhile, in Kismayo, a roadside bomb wounded three policemen": opening words that set the
// trigger at the time of the news.
bool same_time(const Work& w, const Sentence& s, uint32_t tok);

// "arrested three suspects in connection with the bombing", "questioned over the attack": the
// anaphoric attack noun at h is the object of a preposition of another verb's clause.
bool named_after_preposition(const Work& w, const Sentence& s, const Hit& h);

// "Three days later, the group claimed the raid", "On Monday, X claimed the Kabul bombing": an
// attack noun the object of a claim verb (over determiners and names) is the attack told; the
// sentence's date and place are the claim's. Not "claimed the lives of", nor right after a
// possessive ("claimed Friday's bombing": the day named is the attack's).
bool claimed_object(const Work& w, const Sentence& s, const Hit& h);

// "On Wednesday, a suicide bomber struck ...": the timex opens the sentence (over "on", "early",
// "late").
bool opens_with_day(const Work& w, const Sentence& s, const Timex& t);

std::optional<RelativeDate> relative_date(const Work& w, const Sentence& s);

// The calendar range `days` days and `months` months from r.
DateRange shifted(const DateRange& r, int64_t days, int months);

uint32_t earlier_event_after(const Work& w, const Sentence& s, uint32_t tok);

// "fired rockets in retaliation for government shelling", "in revenge for an army raid": the "for"
// after which the attack that was answered is told (an earlier one, whose author is not the side
// that answered); kNone when the sentence has none.
uint32_t retaliation_for(const Work& w, const Sentence& s);

// "a year after Taliban militants killed 134 children": attackers (an attacker word or an armed
// group) between the "after" of earlier_event_after and its active casualty verb x.
bool attackers_told_after(const Work& w, uint32_t after, const Hit& x);

// The date of the earlier event of earlier_event_after: `anchor`'s moved back by the duration
// before `after` (P3D, P2W, P1M, P1Y), as a TIMEX the coreference step can compare. nullopt for a
// vague stretch ("days after") or an anchor with no date of its own.
std::optional<Timex> date_before_by(const Work& w, uint32_t after, const EventDraft& anchor);

const Timex* timex_near(const Work& w, const Sentence& s, uint32_t tok);

// The event a relative date's attack noun names: the latest one dated by the text and of its kind
// ("the attack" any attack, "the bombing" a bombing), one with the noun's modifier among its
// targets or for its place first ("the church attack", "the Kaduna attack"). Null if none.
const EventDraft* relative_reference(const Work& w, const RelativeDate& r);

// ---------------------------------------------------------------------------------------------
// Places (event_places.cc)

// Does event e have a place argument the gazetteer does not know, named as a town ("in the town
// of Tuz Khurmatu", "the village of Jangebe")? With `same`, one whose text is that span's.
bool unknown_town_named(const Work& w, const EventDraft& e, std::optional<Span> same = std::nullopt);

// Does event e have a place argument the gazetteer does not know, a name told after "in" or "near"
// ("in Kwarbeni", "near Tessit", "in Zorbak district") that the text does not tie to the town
// `filed_from` (the dateline's: "in Kabul's Karte Se district", "in Shar-e-Naw in the capital")?
// Such a place is somewhere in the dateline's country, not the dateline's town itself.
bool unknown_place_named_apart(const Work& w, const EventDraft& e, const std::string& filed_from);

// The preposition before a place name at `first`, over "the eastern city of" ("from the eastern
// city of Jalalabad", "in the northern province of Kunduz") or a determiner ("from the Swat
// valley"); a direction before "of" stands for one ("north of Baidoa"). kNone when none.
uint32_t prep_before_place(const Work& w, const Sentence& s, uint32_t first);

// Is the place named at `first` where other news happened, not the attack whose trigger is at [tok,
// end)? A neighbour named to say where a place lies ("near the border with Niger"), where someone
// came from ("the attacker, who was from the eastern city of Jalalabad"), and a place told with a
// later or other step: a trial, an arrest, a home ("went on trial in Paris", "was
// arrested in Bogota", "financiers based in Florida"), named between the attack and the place
// after it or just before the place's preposition. (Before the attack, "Police in Lyon arrested
// four suspects over last week's explosion" names the city of both.)
bool place_of_other_news(const Work& w, const Sentence& s, uint32_t tok, uint32_t end, uint32_t first);

// A word of a proper name: capitalised, no number, no adjective made with a hyphen ("Muslim-dominated",
// "Kurdish-led", "Iranian-backed": what follows the last hyphen is lower case); or a short article
// joined to a capitalised name ("al-Sukhnah").
bool name_word(const Work& w, uint32_t k);

// The end of a street's name starting at `first`: up to four capitalised words or ordinals ("West
// 23rd Street", "North Queen Street", "Oxford Street") ending in a capitalised street noun;
// `first` when none.
uint32_t street_end(const Work& w, const Sentence& s, uint32_t first);

// The town named right after a building ("the police academy in Bogotá", "the Erawan Shrine in
// Bangkok", "a restaurant in Mississauga, Canada", "a market in the northern province of Kunduz"):
// "in" or a comma and a name of up to three words,
// no nationality, date or weekday; its token range, empty when none.
std::pair<uint32_t, uint32_t> town_after(const Work& w, uint32_t end);

// "in the same area", "in the area": the common noun phrase [a, b) of a place names one told before,
// or none; no new place.
bool no_new_place(const Work& w, uint32_t a, uint32_t b);

// The building or ground named by a common noun after the locative preposition at `prep` ("at a
// mosque", "outside the police academy", "in the Maelbeek metro station", "in the main square"):
// a determiner and a site phrase (site_end); of a part of a building, the building ("at the
// gate of a hotel"). Its token range, empty when none.
std::pair<uint32_t, uint32_t> site_after(const Work& w, const Sentence& s, uint32_t prep);

// The device named as the subject or the object of the blast verb at [tok, end) ("the second
// device exploded", "the device was detonated", "detonated a homemade device"): the phrase of a
// device noun with its determiner and up to two modifiers. Its token range, empty when none.
std::pair<uint32_t, uint32_t> device_at(const Work& w, const Sentence& s, uint32_t tok, uint32_t end);

// The name leading the phrase of the attack noun at `noun` ("the Oklahoma City bombing", "the 2013
// Boston Marathon bombings", "the Birmingham pub bombings", "Wednesday's London attack"), over up
// to two words of what was hit or of the occasion between: where it happened. Not a name that
// says who attacked (a group or an attacker's word: "IS attacks", "a Taliban attack"), whose
// attack it was (a nationality: "a US drone strike", "Israeli air strikes"; acronyms are left out
// whole) or what it was; nor a name opening the sentence, which in a headline is any word. The
// name's token range, empty when none.
std::pair<uint32_t, uint32_t> name_before_noun(const Work& w, const Sentence& s, uint32_t noun,
                                               const std::vector<Timex>& timexes);

bool is_place_mention(const Mention& m);

// The event a sentence with no trigger of its own goes on telling: `fallback` (the last one told),
// unless the sentence names the place of another event told in the four sentences before ("A
// police officer in Tuz Khurmatu said the bomb had been hidden in a cart", after an attack near
// Tikrit that followed the Tuz Khurmatu bombing).
int event_by_place(const Work& w, const Sentence& s, int si, int fallback);

// The country place id holds (itself when a country); "" when the chain does not reach one.
std::string country_of(const Document& doc, const std::string& id);

// Where a target of e is written, as token ranges in the event's sentences (a target can outlive
// its phrase as an argument when the role model drops the phrase).
std::vector<std::pair<uint32_t, uint32_t>> target_written(const Work& w, const EventDraft& e,
                                                          const Target& t);

// The country whose nationality word names a target of the state hit by e (military, police,
// government; not a diplomatic one, which serves its state abroad): "two Pakistani air bases" ->
// Pakistan. "" when none or several.
std::string country_of_state_target(const Work& w, const EventDraft& e);

// Is place a inside place b (or the same)?
bool place_within(const Document& doc, const std::string& a, const std::string& b);

// Are two places in different towns (a facility counts as its town), neither inside the other?
// Two buildings of one city ("the Erawan Shrine", "the King Taksin Bridge") are not.
bool towns_apart(const Document& doc, const std::string& a, const std::string& b);

// Are two dates more than two days apart? A date inside the other ("2004" and "March 11, 2004")
// is the same time told more or less precisely.
bool days_apart(const DateRange& a, const DateRange& b);

// Is the time t told of the news event (its day) and not of the past event told before it, a
// background one dated apart ("Three policemen were killed in Sunday's attack" after "In March, a
// suicide bomber killed 40 people")?
bool dated_as_news(const Timex* t, const EventDraft& news, const EventDraft& past);

// "in Somalia's capital Mogadishu", "in Mali's Mopti region", "in Pakistan's southwestern city of
// Quetta": the first token of the place mention a possessive right after token `end` leads to
// (within three words, or over "city of" and two modifiers), or kNone.
uint32_t possessive_place(const Work& w, const Sentence& s, uint32_t end);

// "Yemen's Houthi movement", "Nigeria's Iran-backed Shi'ite group": is the country or state at
// [first, end) named in a possessive before an armed group (within three words)? It places the
// group; the group is the one that acts.
bool country_of_group(const Work& w, const Sentence& s, uint32_t end);

// "JNIM, al Qaeda's affiliate in the Sahel, claimed ...", "ISWAP, an Islamic State branch, said
// ...": is the group at [first, end) named in an apposition after another name to say whose part
// that one is (its possessive or the group itself, then within three words a word of a group's
// part)? The group named first acts; the parent is named to place it.
bool parent_in_apposition(const Work& w, const Sentence& s, uint32_t first, uint32_t end);

// "al Qaeda's affiliate in the Sahel", "the group's branch in West Africa": is the place at `first`
// where a part of a group is, after a word of a group's part and "in" (and "the")? It says where
// the group works, not where the attack was.
bool place_of_group_part(const Work& w, const Sentence& s, uint32_t first);

// "30 km from Kabul", "15 miles from the city", "on the outskirts of Peshawar": the place at `first`
// is where the event happened near (its reference), not where people came from.
bool near_place(const Work& w, const Sentence& s, uint32_t first);

const Mention* place_near(const Work& w, const Sentence& s, uint32_t tok);

// ---------------------------------------------------------------------------------------------
// Casualties and the attackers' losses (event_casualties.cc)

// Does the sentence sum up a stretch of time in the perfect ("At least 25 mayors have been killed
// in Mexico since 2018", "more than 300 people have died so far this year")? Its figures are no
// event's toll.
bool cumulative_toll(const Work& w, const Sentence& s);

// Does the sentence give its figures as someone's account ("officials said", "according to",
// "saying", "put the toll at", "gave a toll of")?
bool another_account(const Work& w, const Sentence& s);

// Does the sentence give an earlier, superseded account of the toll ("Officials had earlier said
// three hostages died", "Police initially put the toll at 18")? A report verb with "earlier",
// "initially" or "previously" just before it (over "had"), and a casualty word: its figure is the
// same event's first count, kept in the range, and its casualty words found no event.
bool earlier_account(const Work& w, const Sentence& s);

// Is the figure at [qa, qb) a part of the dead or hurt, not a toll: "five of the dead", "13 were
// among the dead", "including 14 foreigners", "the dead included 12 children"?
bool part_of_toll(const Work& w, const Sentence& s, uint32_t qa, uint32_t qb);

// "Seven hostages and all five gunmen were killed": another group counted after "and" at token i,
// whose figure is read apart (the attackers' losses here), before the casualty verb both share.
// The token after it, or kNone. Not after a casualty verb before the figure at qa ("killed three
// soldiers and two civilians were wounded": the verb before is the first figure's).
uint32_t other_group_after(const Work& w, const Sentence& s, uint32_t qa, uint32_t i);

// "several wounded fighters had died", "three injured passengers later died": a figure whose
// casualty word modifies the people counted (at token qb, the end of the figure) and whose clause
// then says they died tells of the dead, not of anyone hurt: it is no injured count ("two wounded
// soldiers were taken to hospital" are hurt). (Its figure is not added to the dead either: those
// who died of their wounds are mostly in the toll told beside it.)
bool wounded_who_died(const Work& w, const Sentence& s, uint32_t qb);

// "Dozens of people were killed or wounded", "killing or injuring more than 40", "dead or hurt": is
// the casualty word at token i joined by "or" ("and/or") to a word of the other kind, before or
// after it? Its figure counts the dead and the hurt together, with no split: neither toll.
bool killed_or_hurt(const Work& w, const Sentence& s, uint32_t i);

// "raised the death toll from 17 to 23", "the number of wounded was revised from 30 to 45": a
// verb that changes a toll (cue toll_change) within the six words before "from" at token `from`.
bool toll_changed_before(const Work& w, const Sentence& s, uint32_t from);

// "Four assailants and a police officer also died", "two of the gunmen and a soldier were
// killed": one person counted after "and" beside attackers counted by their own word (figure at
// [qa, qb)), the casualty word both share after them. The attackers are their own losses; the
// person is one more victim. The casualty word's token, else kNone.
uint32_t one_beside_attackers(const Work& w, const Sentence& s, uint32_t qa, uint32_t qb);

// The range that takes in both figures: the lower low, the higher high (open when either is). An
// open figure ("at least 22") with another account's closed one at or above it ("officials later
// put the toll at 26") is bounded by that figure: 22-26, the two accounts' disagreement (a closed
// figure below it, "at least 30" against "23", leaves the range open).
void widen(CountRange& r, const CountRange& other);

// A word for people in the plural ("soldiers", "people", "children", "police"): no one person.
bool plural_people(std::string_view x);

// An age set off by commas at token k, before `end` (", 48," in "Jose Herrera, 48, was shot").
bool age_aside(const Work& w, uint32_t k, uint32_t end);

NamedDead singular_dead(const Work& w, const Sentence& s);

// "The bodies were burned beyond recognition", "the attackers burned the corpses": a fire verb
// whose subject or object is the dead tells the state of the dead, no attack on a building.
bool burned_dead(const Work& w, const Sentence& s, const Hit& h);

// Does the verb at h take people: "seized more than 300 girls", "snatched two of the pupils"
// (its object over counts, determiners and modifiers), or "two aid workers were seized" (the
// head of its passive's subject)? A person's name or a human noun (lexicon class human) heads it.
// Not when state forces or a pronoun do it: "police seized a man with a bomb", "they seized
// him" are arrests, or say too little.
bool takes_people(const Work& w, const Sentence& s, const Hit& h);

// State forces acting on militants around a trigger: a state actor, or police, soldiers or
// "forces" as its subject and a militant word as its object ("troops killed five insurgents"),
// or the other way round in the passive ("militants were killed by police").
// "police commandos", "military commandos": an attacker's word right after a word of the
// state's police or soldiers names more of them, not attackers.
bool force_member(const Work& w, uint32_t k);

bool armed_group_word(const Work& w, uint32_t k);

// Does the sentence tell a clash of state forces with armed men that the casualty word at h
// counts: a combat word ("fighting", "clashes") before an active casualty word, with a word for
// the state's forces and one for armed men or an armed group's name in the sentence ("clashes
// between troops and al Shabaab fighters left nine dead"), neither a generic person ("men") nor
// a casualty of the past?
bool clash_of_forces(const Work& w, const Sentence& s, const Hit& h);

// Is the phrase ending at `end` followed by "by" and the state's forces ("a final assault by
// troops", "a raid by security forces")?
bool by_state_forces(const Work& w, const Sentence& s, uint32_t end);

// Does the sentence tell a clash between two sides that the casualty word at h counts, active or
// passive, the clash before or after it: "Fighting between rival militias killed 32 people", "32
// people were killed in clashes between troops and Islamist militants" (each side an armed
// group's name, armed men, a group word or the state's forces; or one side called "rival")? Not
// the dead of one side counted as such ("four rebels were killed in clashes between ...").
bool clash_between_sides(const Work& w, const Sentence& s, const Hit& h);

// "Abu Omar, a militant commander,", "Al-Shabaab commander Aden Ali": a person named at
// [first, end) described as one of the armed men or a group's leader, by the words before the
// name or an apposition after it.
bool militant_described(const Work& w, const Sentence& s, uint32_t first, uint32_t end);

// "Five suspects were detained in a raid on a house in Pemba", "arrested during a joint security
// operation": the raid the arrests were made in is the forces' operation, no attack.
bool arrest_raid(const Work& w, const Sentence& s, const Hit& h);

bool state_forces_against_militants(const Work& w, const Sentence& s, const Hit& h,
                                    const Hit* outer = nullptr);

// The attackers killed or hurt by those who fought them off: "security forces killed 30 of the
// attackers", "troops shot dead three of the gunmen", "all four attackers were killed by
// commandos", "two of the assailants died". The dead (or hurt) of a kill or injure verb are named
// by a perpetrator word for armed men; they are the attack's own attackers when the words point
// back to them ("the", "all", "of the", "attackers", "assailants") or when state forces are the
// agent ("police killed four militants"). An armed group for the agent, or a perpetrator word for
// the agent of a bare plural ("gunmen killed 12 militants"), tells another story.
std::vector<Response> attacker_deaths(const Work& w, const Sentence& s);

// For a figure at [qa, qb) followed by "of them" ("shot dead 14 of them"): the token of the plural
// word for people named before it in the sentence ("the identity cards of the passengers"), which
// the figure counts; kNone when there is none.
uint32_t antecedent_of_them(const Work& w, const Sentence& s, uint32_t qa, uint32_t qb);

// The counted people of a figure [qa, qb) as the text writes them, from the unit word over the
// nouns after it ("over 70 Shia Muslims": "Shia Muslims"); an empty range when the unit is not there.
std::pair<uint32_t, uint32_t> unit_as_written(const Work& w, const Sentence& s, uint32_t qa, uint32_t qb,
                                              const std::string& unit);

// "At least 42 people were injured.": a figure with a casualty word after it ("were killed",
// "dead", "wounded"), in a sentence with no date, place or group of its own.
bool undated_count_of_hurt(const Work& w, const Sentence& s);

// "the death toll", "the toll", "the number of dead" (or "of the dead"), "the wounded": the story's
// running count.
bool story_toll(const Work& w, const Sentence& s);

// People held for the attack, at token k (before `hi`): "the arrested men", "the two arrested
// youths", "those arrested (have been identified as X)": whom police name then are its suspects.
bool held_as_suspects(const Work& w, uint32_t k, uint32_t hi);

// Does a count of people open at token o ("12", "at least", "more than", "nearly", "dozens")?
bool count_opens(const Work& w, uint32_t o);

// Does an active casualty verb with its object follow token k ("Boko Haram killed two police
// officers in an attack", "have wounded dozens")? Then the words before k are its subject, the ones
// who did the killing; not "a dozen Taliban also died", "were killed" or "Taliban killed in".
bool kills_object_at(const Work& w, const Sentence& s, uint32_t k);

// ---------------------------------------------------------------------------------------------
// Arguments and noun phrases (event_arguments.cc)

// Weapons seized, not used: "a large cache of weapons and explosives was seized", "police recovered
// two AK-47 rifles" (a bomb found or defused still tells of the attack).
bool seized_weapon(const Work& w, const Sentence& s, uint32_t first, uint32_t end);

// Is mention mn a person's name the entity stage typed as a place or a nationality ("Rakhmat
// Akilov" as a GPE)? One it linked to nothing, in cased text, where a rule's frame asks for a
// person ("identified as X", "the driver, X,").
bool unlinked_name(const Work& w, const Mention& mn);

// "the suicide bomber, who has been identified as X", "police identified the gunman as X": the
// name after `as` (token) is an attacker's. Looks back from the verb "identified" / "named"
// just before `as` (or before its object) to the nearest attacker or person word.
bool identified_attacker(const Work& w, const Sentence& s, uint32_t as);

// The role of a mention starting at token `first` that a rule names for sure as an attacker:
// a person after "identified as" an attacker (perpetrator_individual), a group the attackers
// belonged to (perpetrator_org); nullopt for anything else.
std::optional<ArgumentRole> sure_attacker(const Work& w, const Sentence& s, const Mention* m, uint32_t first);

// The GTD target type of a state body by its actor id: the armed forces of the state templates
// ("actor:ne-military", "-army", "-air-force", "-navy") and the Frontier Corps and Rangers are
// military, its police police; any other body is the government.
std::string state_target_category(std::string_view id);

// "a Saudi Aramco oil facility", "a Pakistan Railways train": a state body's name right before a
// plant, a business or a vehicle says whose it is; the thing is the target, of its own kind (GTD
// codes a state oil firm's plant as utilities, not government). Not a ministry's building.
bool owns_target_after(const Work& w, const Sentence& s, uint32_t end);

// "Last year a bombing in Kunduz killed 20. Islamic State claimed responsibility for Monday's
// attack": a claim of an attack on the news's day is the news's, not that of the past attack
// recalled just before it. So is one of "the attack" when that past attack was told in passing,
// in one sentence right after the news (a past attack told over several sentences, "ISIS struck
// again ... Three terrorists attacked sleeping cadets ... LeJ shared responsibility for the
// attack", keeps its claim).
bool claim_of_news(const Work& w, const Sentence& s, const Timex* tx, const EventDraft& news,
                   const EventDraft& recalled);

void add_evidence(Work& w, EventDraft& e, int sentence);

std::string norm_key(std::string_view s);

// The last word of a phrase, normalized (norm_key): its head ("the Serena hotel" -> "hotel").
std::string head_key(std::string_view text);

// The keys of the arguments e has now, after some were dropped.
void rebuild_arg_keys(const Work& w, EventDraft& e);

void add_argument(Work& w, EventDraft& e, ArgumentRole role, uint32_t first, uint32_t end,
                  const std::string& entity);

// "Twelve wounded were taken to the Ndali General Hospital", "died in hospital", "is in a hospital
// recovering": is the phrase at [first, end), headed by "hospital" or "clinic", told other than as
// what an attack hit (the object of an attack word, or after "on", "at", "against" following one:
// "gunmen attacked the district hospital", "a blast at a clinic")? It is where the hurt were
// cared for, no target.
bool hospital_not_hit(const Work& w, uint32_t first, uint32_t end);

// Marks the argument add_argument made of [first, end) as one a rule is sure of (EventDraft::sure),
// trimmed as add_argument trims it.
void mark_sure(const Work& w, EventDraft& e, uint32_t first, uint32_t end);

void add_unique(std::vector<std::string>& v, const std::string& s);

// A target named again with its owner or whereabouts ("the main sanctuary" ... "the main
// sanctuary of the building") is the same target: the first wording stays.
void add_target(EventDraft& e, const std::string& text, const std::string& category);

// What the attacker carried: the phrase at `first` follows "armed with", "wielding" or
// "brandishing" ("a man armed with a knife", "gunmen wielding AK-47 rifles"), over a determiner,
// a figure and up to two modifiers.
bool armed_with(const Work& w, const Sentence& s, uint32_t first);

// Noun phrases of a sentence: entity mentions, then lexicon heads not inside them.
std::vector<Phrase> phrases_of(const Work& w, const Sentence& s);

// Are the tokens [first, end) inside a time expression ("killed Tuesday")?
bool in_timex(const Work& w, uint32_t first, uint32_t end);

// The run of unknown words (a name) starting at i, titles stripped: "presidential candidate
// luis carlos galan" -> "luis carlos galan".
std::pair<uint32_t, uint32_t> name_run(const Work& w, const Sentence& s, uint32_t i);

int nearest_hit(const std::vector<Hit>& hits, size_t from, size_t to, uint32_t tok);

bool mention_is_actor(const Mention& m);

bool subset_before(const Work& w, uint32_t tok, uint32_t lo);

// The GTD category of a person named at `first` by the title or office before the name
// ("Interior Minister Ahmed Khan", "police chief X", "journalist X": government, police,
// journalists), else private citizens.
std::string person_category(const Work& w, const Sentence& s, uint32_t first);

// A target phrase's GTD category: the first word in it that has one ("police training college"
// is police, not educational), except that an owner after "of" decides when it has one ("the
// convoy of the deputy chairman" is government, as GTD codes a politician's convoy). "" if none.
std::string target_category(const Work& w, uint32_t first, uint32_t end);

// "attacked a convoy carrying 25 policemen", "a bus transporting soldiers": a phrase read over the
// verb names as target the vehicle alone, of the category of the state's people it carried (police,
// military). The phrase's argument, which the role model judges, stays as written.
void carried_people(const Work& w, std::vector<Phrase>& ph);

// ---------------------------------------------------------------------------------------------
// The role model (event_roles.cc)

// The model decides the phrase roles: the best-scoring non-overlapping candidates whose
// best role (averaged over the phrase's occurrences) beats "none".
void apply_role_model(Work& w, const RoleModel& model);

// ---------------------------------------------------------------------------------------------
// Perpetrators and arguments settled after the model (event_culprits.cc)

// A perpetrator a rule is sure of, named at tokens [first, end) in segment si: the role model
// and the rules after it leave it be (EventDraft::sure), and the same phrase is none of the
// event's targets or victims.
void add_sure_perpetrator(Work& w, EventDraft& e, ArgumentRole role, uint32_t first, uint32_t end,
                          const std::string& entity, int si);

// A person named right after an attacker's word is that attacker ("Accused Boston Marathon bomber
// Dzhokhar Tsarnaev", "the gunman, Omar Mateen,", "bombing suspect Ahmad Khan Rahami"): of the
// attack told in the sentence, else of the report's main attack. Added after the role model, which
// reads such names as anyone.
void add_named_attackers(Work& w);

// Two people who are together the subject of an attack's verb are both its attackers, the
// second often named as the first one's kin ("Mr. Harlan and his younger brother, Dorin, set off
// bombs at the market", "X and Y opened fire", "he and his brother, Y, planted two bombs"): the
// positional rules and the role model keep at most the name nearest the verb. Added after the
// role model, as add_named_attackers adds its names.
void add_coordinated_attackers(Work& w);

// Those a report names as the attack's authors, suspected or found: in the words of charges,
// trials and verdicts ("X was convicted in the bombings", "accused X of detonating bombs",
// "three persons suspected of participating in the attack", "an army psychiatrist accused of
// killing 13 people"), of authorship ("X and Y ... are behind this criminal attack", "X, who
// ordered the attack") and as the perpetrator in apposition ("the perpetrator, Richard Reid,").
// The data model keeps who did it "according to at least one source", so the suspected and
// the convicted are both perpetrators; an accuser the sentence names ("prosecutors accused X of
// ...") goes to blamed_by, the model's one mark of an accusation. Added after the role model, which reads
// such names as anyone (often as victims); the same phrase leaves the event's targets and victims.
void add_accused_attackers(Work& w);

// "members of the farabundo marti national liberation front": attackers named by the group they
// belong to are named with it. A perpetrator whose phrase ends in a word for members or
// attackers ("members", "guerrillas") right before "of" and a group's name takes the "of" phrase
// in, which the role model often leaves out.
void widen_to_their_group(Work& w);

// What a coder reads in the phrases the rules and the role model gave a role, after both: a
// possessive determiner alone ("his" in "his son") names no one; no target or victim is named in
// a sentence that, with the one before, tells of no attack, casualty or damage; whoever speaks or
// is spoken to ("said X", "X, a senior fellow at ..., said") is a witness, not a victim, unless
// the words after the name say they were hurt ("said X, whose ankles were injured"); a vehicle
// driven into its target ("drove a heavy truck into a crowd") or laden with explosives is the
// attack's weapon, not what it hit; an occasion's name gives its town as the place.
void settle_arguments(Work& w);

// What a coder reads around a building or vehicle the rules or the model took as hit: one named
// after "from" is where someone saw or filmed it ("saw the blast from a nearby office building",
// "video from a Boston TV station"), not what was hit (people are taken from places: kidnappings
// keep it); one told with custody or a home right before its preposition ("being detained at a
// police station") is a place of other news. (A vehicle carrying the explosives, "a car full of
// explosives", taken as the weapon instead: MUC-4 dev the same, WikiEvents train split target and
// instrument worse, its gold calls such a car the target.)
void settle_targets(Work& w);

// Those a place is known for are not hit with it: "the hotel, which is popular with government
// officials", "a bar frequented by foreigners". Their phrase leaves the targets (and arguments).
void clientele_no_target(Work& w);

// What an attack noun is named by is what was hit: "the Madrid train bombings", "the Birmingham
// pub bombings", "the Murrah Building attack", "a bus bombing" (a building's or vehicle's word
// right before the noun; with a capitalised head, the name it ends). The rules read it so; the
// role model, which sees the phrase as a modifier of the attack, may have dropped it. A word for
// people ("a police attack") or the attackers' ("a terrorist bombing", "an air force raid") is no
// such name.
void targets_naming_attacks(Work& w);

// The building people were killed or hurt at is the attack's target when none is named: "A
// suicide bomber killed 12 people at a mosque", "Militants killed 305 worshippers at a mosque",
// "a bomb exploded inside a crowded market" (a coder codes the mosque, the market). The phrase
// after "at" / "inside" within the clause after a trigger or casualty verb, its head a
// building's or vehicle's word.
void target_where_hit(Work& w);

// What befalls the attacker after the attack is no part of what was hit: in a sentence whose
// subject is the attacker and whose verb tells the attacker's fate ("The gunman, identified as X,
// was found dead in his car", "The shooters died in a shootout with police hours later in their
// SUV", "the driver fled and was arrested"), what follows the verb up to another attack told
// ("... after he shot two officers") is where or by whom the attacker was found, fought or caught:
// no target, victim or place.
void settle_attackers_fate(Work& w);

// The last word on the perpetrators: a phrase with no id is the group named inside it; the channel
// a claim came through is none; a person listed as a perpetrator whom the arguments name only as
// a victim or target (the rules named the person, the model or a later rule made them the one
// hit: "The driver, identified as X, was among the dead") is none. Groups stay (claims, blame).
void settle_perpetrators(Work& w);

// A claim dismissed ("Police dismissed the claim by Ansaru as opportunistic", "X claimed the
// bombing, but officials rejected the claim", "cast doubt on the group's claim") names no
// perpetrator: the claimer stays in claimed_by (it did claim), not in perpetrators nor in a
// perpetrator argument. A claim that "could not be verified" is not dismissed, nor one "not
// dismissed", nor a claim of something else ("rejected claims that troops fired on protesters",
// "dismissed claims of civilian casualties"). The claimer: the actor after "by" / "of" ("the claim
// by X", "the claim of responsibility by X"), the owner before "claim" ("X's claim", "its claim"),
// else who claimed last before it, within three sentences (all of that sentence's claimers for
// "the claims"). A claimer that rejects a claim made for it ("The Taliban denied the claim")
// disowns it: it is no claimer either.
void dismissed_claims(Work& w);

// In a clash of state forces with armed men that founded an event ("Clashes between Afghan security
// forces and Taliban fighters killed 12 soldiers", clash_of_forces), the forces are the side
// attacked, not its perpetrator: a state actor named in the clash's sentence is no perpetrator of
// it (nor a perpetrator argument), unless it claimed it. Not in a security operation, where the
// forces act.
void clash_forces_no_perpetrators(Work& w);

// A group the report names by its full name and then an acronym in parentheses ("the farabundo
// marti national liberation front (fmln)") is named by the acronym in every event: the report
// itself introduces it as the name it uses, and one organisation keeps one wording across the
// report's events (two events with "fmln" and "the farabundo marti ..." are one perpetrator).
void name_groups_by_acronym(Work& w);

// ---------------------------------------------------------------------------------------------
// Incidents as GTD counts them (event_incidents.cc)

// "Three engineers kidnapped in Nigeria were freed on Thursday, 10 days after gunmen abducted them":
// a kidnapping whose captives are a pronoun ("abducted them", "seized him", "They were seized") or a
// definite phrase opening the sentence ("The sailors were abducted") retells the kidnapping
// of those told before it, the one told last, and is one incident with it (GTD), dated when the
// captives were taken (the pronoun's date when it has one of its own) and placed where, when that
// is inside the place told first.
void join_retold_kidnappings(Work& w);

// "Abu Sayyaf militants beheaded a Canadian hostage ... He was kidnapped from a resort in September
// 2015": what befalls the captives (killed, beheaded, freed in a raid, died in captivity) is the
// outcome of their kidnapping, which GTD records once, at its start, with the outcome. An event
// told of captives joins the one kidnapping or hostage taking the report tells of (with several,
// which one is unsure: they stay apart); it keeps the kidnapping's type and place, and is news
// when either was. A captivity told inside the fate's own sentence ("beheaded a Canadian man they
// had held hostage since September") is that same kidnapping recalled, no second one: an event
// with a fate is never the kidnapping another fate joins, and gives it the date its captivity
// began when the kidnapping has none of its own.
void join_captives_fate(Work& w);

// "In Kano, a suicide bomber blew herself up at a market": what was hit is a target; where it
// happened is the town the sentence names. A target taken as the place too ("at a market") leaves
// the places when a town named (known to the gazetteer, or a capitalised name that is no target) is
// a place of the event in the same sentence.
void targets_no_places(Work& w);

// "Two car bombs exploded minutes apart in the Karrada and Shaab districts of Baghdad, killing 30":
// GTD codes attacks at places apart as incidents apart, even when coordinated. Attacks counted
// (attacks_counted) at as many places listed (places_listed), or objects hit each in a town of its
// own (places_of_objects), become one event per place, each with all the other facts (but the
// other objects); one toll told for all of them is shared out evenly (the first takes what
// does not divide), so that the incidents add up to the report's toll.
void split_coordinated(Work& w);

// ---------------------------------------------------------------------------------------------
// Attackers told by a pronoun (event_pronouns.cc)

// Every attacker told by a pronoun becomes the name it stands for: a pronoun argument of a
// perpetrator's role (the role model's, or a mention the entity stage linked), and the pronoun
// subject of an active attack verb ("He opened fire"). Then no argument is a pronoun.
void resolve_attacker_pronouns(Work& w);

// "Police named the attacker as John Smith. ... The gunman had bought the rifle": a definite
// singular attacker's word ("the gunman", "the assailant") after the one person named as the
// event's attacker is that person, no second attacker; its argument goes ("a gunman" before the
// name, or with two named, stays).
void described_attacker_is_named(Work& w);

// ---------------------------------------------------------------------------------------------
// Templates

// Drops the arguments `drop` picks, and the targets they named.
template <class Pred>
void drop_arguments(EventDraft& e, Pred drop) {
  std::vector<std::string> gone;
  std::erase_if(e.src.arguments, [&](const Argument& a) {
    if (!drop(a)) return false;
    gone.push_back(norm_key(a.text));
    return true;
  });
  for (const auto& k : gone)
    std::erase_if(e.src.targets, [&](const Target& t) { return norm_key(t.text) == k; });
}

BlastCause blast_cause(const Work& w);

// Is token k a thing whose blowing up is an accident ("a gas cylinder", "a boiler", "a gas leak",
// "an electrical fault", "a short circuit")? With `subject`, also what explodes of itself as a
// blast verb's subject ("a gas tanker exploded"); not a weapon made of it ("a gas cylinder bomb").
bool accident_source(const Work& w, uint32_t k, bool subject);

}  // namespace dossier::event_internal
