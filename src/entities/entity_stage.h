// The entity stage: finds who and where a document talks about and links every mention to
// an actor or place id.
//
// Reads Text|Meta|Body|Tokens|Sentences; writes Mentions|Entities:
//  - doc.mentions: names (lexicon, statistical tagger, rule-based persons, gazetteer places,
//    demonyms, unknown group names), descriptions ("the group", "the militant network",
//    "the latter") and pronouns where the antecedent is clear; each with `entity` set or empty;
//  - doc.actors / doc.places: the records those mentions link to, with the surface forms seen,
//    parents, countries and roles ("spokesman" of actor:lashkar-e-jhangvi-al-alami); every
//    linked place comes with its ancestors (Quetta -> Balochistan -> Pakistan);
//  - doc.meta.dateline: the place id of meta.dateline_text.
// Bylines, photo credits, agencies and outlets are marked Mention::metadata and feed no actor.
//
// Ids: known actors keep their lexicon id ("actor:islamic-state"); unknown groups get
// "actor:" + ActorLexicon::name_key(name), persons "person:" + the same key of the full name,
// so the same name in two documents gets the same id.
//
// Thread-safety: the stage is immutable; run() may be called on many documents at once.
#pragma once

#include <memory>

#include "dossier/pipeline.h"
#include "dossier/resources.h"

namespace dossier {

class ActorLexicon;
class PlaceGazetteer;
class NerTagger;

struct EntityStageOptions {
  // Named buildings and grounds ("Balochistan Police College") get place records of their own
  // (kind facility, inside the town the text gives) and their mentions link to them; the event
  // stage takes a linked FACILITY as an event's place (a weak casualty word's place does not
  // split events, so "its leaders have either been killed or shifted to Yemen" stays no event).
  bool facility_places = true;
};

// The standard stage over the loaded resources (the tagger is used when r.ner() is non-null).
std::unique_ptr<Stage> make_entity_stage(const Resources& r);
// The same from parts; `places` and `ner` may be null (tests, tools). All must outlive it.
std::unique_ptr<Stage> make_entity_stage(const ActorLexicon& actors, const PlaceGazetteer* places,
                                         const NerTagger* ner, EntityStageOptions options = {});

// A name written as the first part of a hyphenated modifier ("the al Qaeda-linked group",
// "Islamic State-inspired attackers", "Taliban-held districts"): the mention ends inside its last
// token, whose rest is "-" and a word of the `modifier_suffixes` list (resources/entities/
// words.tsv). The name describes another noun: it stays a mention (the relation stage reads
// "X-linked Y"), but it is no antecedent of a description and no actor of an event.
bool name_as_modifier(const Document& doc, const Mention& m);

}  // namespace dossier
