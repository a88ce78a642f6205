// The event stage: finds violent events in a Document and records, per event,
// what a careful GTD coder would: type, date, place, targets with their GTD
// category, perpetrators, claims and blame, weapons, killed and injured as
// ranges, the argument spans, and the sentences that say so.
//
// Reads Text|Meta|Body|Tokens|Sentences|DocDate|Timexes|Quantities|Mentions|
// Entities; writes Events (Document::events, one EventSource per event this
// document reports, background events included with background = true).
//
// It works without capital letters (MUC-4 text is lower case): argument noun
// phrases come from the word lists in resources/events/ as well as from the
// entity mentions, which add actor and place ids when they are there.
//
// Thread-safety: the stage is immutable; run() may be called concurrently on
// different Documents.
#pragma once

#include <memory>
#include <string>

#include "dossier/pipeline.h"
#include "dossier/resources.h"
#include "events/event_lexicon.h"

namespace dossier {

// The stage over the word lists in <resources.dir()>/events. A missing or
// broken list is an installation error: it is reported on stderr and aborts.
// Use load_event_stage() to get a Status instead.
std::unique_ptr<Stage> make_event_stage(const Resources& resources);

// The stage over word lists in `events_dir` (the folder holding triggers.tsv).
Result<std::unique_ptr<Stage>> load_event_stage(const std::string& events_dir);

// The stage over an already loaded lexicon.
std::unique_ptr<Stage> make_event_stage(std::shared_ptr<const EventLexicon> lexicon);

// The folder of the event word lists inside a resource folder.
std::string event_resource_dir(const std::string& resource_dir);

}  // namespace dossier
