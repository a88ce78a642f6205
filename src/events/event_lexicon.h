// The event stage's word lists (resources/events/triggers.tsv, lexicon.tsv and
// cues.tsv), loaded once and frozen: a phrase table keyed by first token, matched
// on the folded token norms of a Document, and single-word cue sets. Knows nothing
// of the lists' content.
//
// Thread-safety: immutable after load(); share one instance across threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"

namespace dossier {

enum class LexClass : uint8_t {
  trigger, perp, group, member, target, human, weapon, title, kill, injure, claim, blame,
  cause, negation, irrealis, background, notunit, function, verb, combat, modifier, kCount
};

enum class TriggerKind : uint8_t { verb, noun, weak };

// Single words the stage's rules test for (resources/events/cues.tsv): forms of "be",
// determiners, words that make "attack" no event ("heart attack", "attack helicopter"), words
// that make a trigger another, earlier event, the forms of "claim" and what may stand between
// it and the attack it claims, verbs that change a toll, words that end a trigger's clause,
// prepositions before a patient or a place, words that make a bombing a suicide bombing,
// words that count or quantify a noun phrase ("several", "at least"), common nouns of a
// place that take its name after "of" ("the city of Lyon"), words that make a blast an accident
// ("detonated accidentally"), common nouns of places and streets ("throughout the village", "on
// a busy street"), words that put people in custody, not among the victims ("were arrested"),
// reporting verbs, a group's stance on an attack ("praised"), modifiers that count a plural
// attack ("twin bombings"), words for people that name no armed men ("a man") and collectives,
// verbs that drive a vehicle into its target ("ploughed into": the vehicle is the weapon), the
// nouns for a suspect ("bombing suspect X") and the nouns of an occasion that a place name may
// lead ("the Boston Marathon": the place is Boston); words of accusation, charges and verdicts
// ("X was convicted in the bombings"), verbs whose subject did the attack they name ("X ordered
// the attack"), gerunds between the two ("accused of carrying out the attack") and nouns for the
// one who did it ("the perpetrator, X"); verbs whose subject is the attacker when a weapon is their
// object ("X planted the bomb"); the adjectives of a nation, people or faith, which say whose an
// attack was, not where ("a US drone strike", "Israeli air strikes"), and the names of days, months
// and feasts, which name a time ("the Bloody Friday attacks", "the Easter bombings"); a border, whose
// neighbour is no place of the attack ("near the border with Niger"); the words of a later or other step
// whose place is not the attack's ("went on trial in Paris"); the directions that place an attack by a town
// ("30 km north of Baidoa"); the pronouns, which are never an argument themselves but the name they stand for
// ("He opened fire": the gunman named before), by what they can stand for (a person, many or a group,
// anything), and the words of officials, police and the press, whose people are never the attacker a pronoun
// stands for; the common nouns of a building or ground that is an attack's place after a locative preposition
// ("exploded at a mosque"), and of a device that is the bomb when it explodes ("the device went off");
// the words of kin and company that join a second attacker to a named one ("X and his brother"),
// the verbs of an attacker's deed that are no trigger ("set off", "opened fire"), the verbs that
// dismiss a claim ("rejected"), and the trades and standings that describe a person before a name
// ("landowner X"); the words of sport, games and shows, whose reports use "shot", "attack" and
// "went off" in their everyday senses ("blocked a shot"); and the verbs and nouns of setting
// captives free ("swapped two hostages": their capture is no news of the report); the verbs of a
// count over time and of a tally ("attacks rose", "recorded 1,580 attacks"); things that blow up by
// accident and the words of a cause; the words of a weapons test, of an accident in a "when" clause
// and of a trial and its sentence; and the fuels that are a commodity or a site's name alone.
enum class Cue : uint8_t {
  be,
  determiner,
  not_attack_before,
  not_attack_after,
  earlier,
  repeat,
  claim_verb,
  claim_object,
  toll_change,
  clause_break,
  patient_prep,
  locative_prep,
  suicide,
  mass_count,
  figurative_object,
  natural_cause,
  labor_subject,
  collision_verb,
  vehicle,
  market_subject,
  auxiliary,
  relative,
  blast_word,
  quantifier,
  place_of,
  accident,
  place_noun,
  street_noun,
  custody,
  report_verb,
  stance,
  counted,
  counted_if_told,
  generic_person,
  collective,
  ordinal_next,
  part_of_group,
  person_object,
  ram_verb,
  suspect_noun,
  occasion,
  accused_verb,
  culprit_verb,
  culprit_gerund,
  culprit_noun,
  weapon_verb,
  nationality,
  calendar_name,
  border_noun,
  elsewhere,
  direction,
  captive,
  generic_attack,
  separate_incident,
  same_time,
  person_pronoun,
  plural_pronoun,
  other_pronoun,
  official,
  national_body,
  local_level,
  mishap,
  vicinity,
  own_members,
  site_noun,
  device_noun,
  kin,
  deed_verb,
  dismiss_verb,
  trade,
  pastime_word,
  release_verb,
  trend_verb,
  tally_verb,
  blast_source,
  blast_source_subject,
  cause_word,
  weapons_test,
  mishap_verb,
  judicial,
  fuel,
  kCount
};

// The cue sets of one word, a bit per Cue: two words of bits, so a set is one shift and mask.
class CueSet {
 public:
  bool has(Cue c) const {
    const auto n = static_cast<unsigned>(c);
    return bits_[n / 64] >> (n % 64) & 1u;
  }
  void add(Cue c) {
    const auto n = static_cast<unsigned>(c);
    bits_[n / 64] |= uint64_t{1} << (n % 64);
  }

 private:
  uint64_t bits_[2] = {0, 0};
};
static_assert(static_cast<unsigned>(Cue::kCount) <= 128, "a CueSet holds 128 sets");

// A word map looked up by string_view without a copy (heterogeneous lookup).
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct WordEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

struct LexEntry {
  LexClass cls = LexClass::function;
  uint8_t length = 1;       // tokens
  std::string value;        // category, weapon class, claim kind ... per class
  EventType type = EventType::other;       // triggers
  TriggerKind kind = TriggerKind::noun;    // triggers
  std::string weapon;                      // triggers: implied weapon, "" = none
};

class WordClusters;

class EventLexicon {
 public:
  // Reads <dir>/triggers.tsv, <dir>/lexicon.tsv and <dir>/cues.tsv. Errors name file and line
  // (a cue set with no word names the file).
  static Result<std::shared_ptr<const EventLexicon>> load(const std::string& dir);

  // Entries whose phrase matches words starting at i, longest first; when cue_bits is given,
  // also the cue sets of words[i] (one hash probe for both).
  void match_at(const std::vector<std::string_view>& words, size_t i, std::vector<const LexEntry*>& out,
                CueSet* cue_bits = nullptr) const;
  // Does a phrase of this class start at i? Returns its length, 0 if none (longest).
  size_t match_class(const std::vector<std::string_view>& words, size_t i, LexClass cls,
                     const LexEntry** entry = nullptr) const;
  // Is this single word in the class?
  bool is(std::string_view word, LexClass cls) const;
  // Is this word (a folded token) in the cue set? cue_bits: all its sets.
  bool cue(Cue set, std::string_view word) const { return cue_bits(word).has(set); }
  CueSet cue_bits(std::string_view word) const {
    auto it = by_first_.find(word);
    return it == by_first_.end() ? CueSet{} : it->second.cues;
  }

  // sha256 of the files' bytes, for provenance.
  const std::string& fingerprint() const { return fingerprint_; }
  size_t size() const { return entries_; }
  // The word classes of <dir>/word_clusters.tsv, or nullptr when the folder has none (the role
  // model's cluster features are then off; the shipped folder has none: ROLES_MODEL_CARD.md).
  const WordClusters* clusters() const { return clusters_.get(); }

 private:
  struct Phrase {
    std::vector<std::string> rest;  // tokens after the first
    LexEntry entry;
  };
  struct First {
    std::vector<Phrase> phrases;  // phrases starting with the word, longest first
    CueSet cues;                  // the word's cue sets
  };
  std::unordered_map<std::string, First, WordHash, WordEq> by_first_;
  std::string fingerprint_;
  size_t entries_ = 0;
  std::shared_ptr<const WordClusters> clusters_;
};

// Splits a lexicon phrase into tokens the way the tokenizer does for these
// lists: on spaces, with a possessive "'s" split off.
std::vector<std::string> split_lexicon_phrase(std::string_view phrase);

// Word classes learned from unlabeled news (resources/events/word_clusters.tsv, made by
// tools/word_clusters): for each word of the table, its class at each of a few granularities
// ("k64", "k256", ...). The role model uses them as features, so that a word it never saw
// labelled behaves like the words of its class. File: '#' comment lines, a header row
// "word<TAB>level1<TAB>level2...", then one row per folded word with a whole number per level.
// Thread-safety: immutable after load().
class WordClusters {
 public:
  static constexpr const char* kFile = "word_clusters.tsv";
  // Errors name the file and line.
  static Result<std::shared_ptr<const WordClusters>> load(const std::string& path);

  // The level names of the header ("k64", ...).
  const std::vector<std::string>& levels() const { return levels_; }
  // The word's class at each level as text (levels().size() entries), or nullptr when the word
  // is not in the table.
  const std::string_view* classes(std::string_view word) const {
    auto it = rows_.find(word);
    return it == rows_.end() ? nullptr : &cells_[it->second * levels_.size()];
  }
  size_t size() const { return rows_.size(); }

 private:
  std::vector<std::string> levels_;
  std::vector<std::string> names_;       // "0", "1", ...: the class numbers as text
  std::vector<std::string_view> cells_;  // row x level, views into names_
  std::unordered_map<std::string, size_t, WordHash, WordEq> rows_;
};

}  // namespace dossier
