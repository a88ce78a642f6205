// RelationPatterns: the language data of relation extraction, loaded from
// resources/relations/ (patterns.txt, classes.txt; see the README there) and
// frozen. A pattern is a short sequence of elements matched left to right
// over the "units" of one sentence (a unit is a word, a punctuation mark or a
// whole entity mention):
//
//   S, O     the subject / object argument: an actor mention (or a list
//            "A, B and C"), optionally preceded by a few modifiers
//            ("the banned Pakistani group") when the slot follows a word
//   S!, O!   the same, but only a determiner (@det) may come before the
//            mention: for slots after a noun ("ISIS leader S!")
//   S=TYPE   a slot whose mentions must be of that MentionType ("S=PERSON")
//   P        a coordinated list of two or more actors, related pairwise
//            ("LeJ and ISIS worked together")
//   word     a literal, compared with Token::norm; "a|b|c" alternatives;
//            a trailing '*' makes a prefix ("cooperat*")
//   @name    any word of the class `name` (classes.txt)
//   ~N       up to N filler words (no punctuation, no actor mention, no
//            word of the class @gapstop)
//   { ... }  the words in between become Relation::role (holds_position)
//   x?       any element but a slot may be made optional with a final '?'
//   O^       an object the sentence leaves implicit ("Jundullah announced
//            its backing", "we did the attack together"), only at the end
//            and only when no preposition follows; the code takes it from
//            the context (see relation_extractor.cc)
//
// The code knows the reserved class names (@report, @negation, @hedge,
// @boundary, @gapstop, @noskip, @premod, @prep, @npstop, @npstrip, @det) but nothing of their content.
//
// Thread-safety: immutable after load(); share freely.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"

namespace dossier {

// Classes the code itself consults have fixed ids, so a lookup is one bit
// test (Unit masks); the files may define up to 64 classes in all.
enum ReservedClass : int {
  kReport, kNegation, kHedge, kHedgeTo, kBoundary, kGapstop, kNoskip, kPremod, kPrep, kNpstop, kNpstrip,
  kDet, kRank, kPronoun, kSpeaker, kInvert, kReportNoun, kMemberNoun, kNotLead, kFirstPlural, kReservedClasses
};

struct PatternElement {
  enum class Kind : uint8_t { subject, object, pair, word, word_class, gap, role_open, role_close, implicit_object };
  Kind kind = Kind::word;
  bool optional = false;
  bool exact = false;                       // slots: no modifiers skipped before the mention
  std::optional<MentionType> mention_type;  // slots: only mentions of this type
  int gap = 0;                              // Kind::gap: most filler units
  std::vector<std::string> words;           // Kind::word: exact alternatives
  std::vector<std::string> prefixes;        // Kind::word: prefix alternatives
  std::string class_name;                   // Kind::word_class
  int class_id = -1;                        // Kind::word_class
};

struct RelationPattern {
  RelationType type = RelationType::affiliated_with;
  double confidence = 0.7;
  std::vector<PatternElement> elements;
  std::string source;  // "patterns.txt:42", for debugging and error messages
  bool implicit_object = false;  // ends in O^
};

class RelationPatterns {
 public:
  // Reads <dir>/classes.txt and <dir>/patterns.txt. Errors name file and line.
  static Result<RelationPatterns> load(const std::string& dir);
  // Parses from strings (tests); `origin` names the input in error messages.
  static Result<RelationPatterns> parse(std::string_view classes, std::string_view patterns,
                                        std::string_view origin = "inline");

  const std::vector<RelationPattern>& patterns() const { return patterns_; }
  // Is `norm` a word of class `name`? Unknown classes contain nothing.
  bool in_class(std::string_view name, std::string_view norm) const;
  // The element every match must contain (the first required word or
  // class), used to skip patterns that cannot match a sentence; -1 if none.
  static int anchor(const RelationPattern& p);

  // The classes a folded word belongs to, as a bit mask of class ids.
  uint64_t mask_of(std::string_view norm) const {
    auto it = word_mask_.find(norm);
    return it == word_mask_.end() ? 0 : it->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<RelationPattern> patterns_;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> class_ids_;
  std::unordered_map<std::string, uint64_t, Hash, std::equal_to<>> word_mask_;
};

}  // namespace dossier
