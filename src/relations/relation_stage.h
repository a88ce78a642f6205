// Relations between actors, with who says so and whether they deny it.
//
// RelationExtractor finds typed relations (spec §2: cooperates_with,
// affiliated_with, pledged_allegiance_to, faction_of, split_from, rival_of,
// funded_by, leader_of, spokesperson_of, member_of, holds_position) inside one
// sentence at a time, from the patterns in resources/relations/. Arguments
// are the document's actor mentions (Mention::entity = actor id; metadata
// mentions are never arguments; nominal and pronoun mentions count when the
// entity stage resolved them). For every relation it fills:
//   attributed_to  who says so: an actor id when a linked actor is the speaker,
//                  the source's words ("a security official") otherwise, empty
//                  when the outlet says it in its own voice;
//   polarity       denied when a negation cue governs the trigger's clause;
//   date           from a calendar timex in the sentence;
//   confidence     the pattern's, lowered for indirect sources;
//   evidence       the sentence.
// Hedged statements ("appears to be", "might"), questions and hypotheticals
// are dropped, never stored as asserted.
//
// Promises: deterministic; ids stable (make_id over document id, type,
// subject, object, polarity, sentence start). Thread-safety: immutable after
// construction; extract() may run on many documents at once.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "dossier/pipeline.h"
#include "dossier/resources.h"
#include "relations/relation_patterns.h"

namespace dossier {

class ActorLexicon;
class PlaceGazetteer;

class RelationExtractor {
 public:
  explicit RelationExtractor(RelationPatterns patterns) : patterns_(std::move(patterns)) {}
  // Loads <dir>/classes.txt and <dir>/patterns.txt.
  static Result<std::unique_ptr<RelationExtractor>> load(const std::string& dir);

  // Replaces doc.relations with the relations found in doc (needs tokens,
  // sentences and mentions; uses timexes and actors when present).
  void extract(Document& doc) const;

  const RelationPatterns& patterns() const { return patterns_; }

  // With the lexicons (which must outlive the extractor), a name only the
  // place gazetteer knows ("FATA") is never taken for an actor. Call before
  // sharing the extractor.
  void use_lexicons(const ActorLexicon* actors, const PlaceGazetteer* places) {
    actors_ = actors;
    places_ = places;
  }

 private:
  // One pass over the sentences; speaks_for maps a person to the group a
  // quote's "we" stands for. Sets *unresolved_we when a quote's "we" has a
  // person as speaker and no group known for them.
  std::vector<Relation> run_pass(const Document& doc, const std::map<std::string, std::string>& speaks_for,
                                 bool* unresolved_we) const;

  RelationPatterns patterns_;
  const ActorLexicon* actors_ = nullptr;
  const PlaceGazetteer* places_ = nullptr;
};

// The stage: reads Text|Meta|Body|Tokens|Sentences|Timexes|Mentions|Entities,
// writes Relations. Patterns come from <resources.dir()>/relations. If they
// cannot be loaded the stage reports it on stderr once and writes nothing.
std::unique_ptr<Stage> make_relation_stage(const Resources& resources);
// The same from an explicit pattern folder (tests, tools).
Result<std::unique_ptr<Stage>> make_relation_stage_from(const std::string& pattern_dir);

}  // namespace dossier
