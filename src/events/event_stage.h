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
#include <vector>

#include "dossier/pipeline.h"
#include "dossier/resources.h"
#include "events/event_lexicon.h"
#include "events/role_model.h"

namespace dossier {

// The stage over the word lists in <resources.dir()>/events. A missing or
// broken list is an installation error: it is reported on stderr and aborts.
// Use load_event_stage() to get a Status instead.
std::unique_ptr<Stage> make_event_stage(const Resources& resources);

// The stage over word lists in `events_dir` (the folder holding triggers.tsv).
Result<std::unique_ptr<Stage>> load_event_stage(const std::string& events_dir);

// The stage over an already loaded lexicon and, when not null, the argument role model.
std::unique_ptr<Stage> make_event_stage(std::shared_ptr<const EventLexicon> lexicon,
                                        std::shared_ptr<const RoleModel> roles = nullptr);

// The role model's file in the events folder (optional: without it the rules alone decide
// argument roles) and the version of the features the stage makes for it.
extern const char* const kRoleModelFile;
extern const char* const kRoleFeatureVersion;
// The feature version a model must carry for this lexicon: kRoleFeatureVersion, with
// "+clusters:<levels>" when the events folder has a word-cluster table (its features are then on).
std::string role_feature_version(const EventLexicon& lexicon);

// For training the role model: every candidate phrase the stage would score in a Document
// analysed up to the stage's inputs, with its text, span (bytes) and features.
struct RoleCandidate {
  Span span;
  std::string text;
  std::vector<uint32_t> features;
};
std::vector<RoleCandidate> event_role_candidates(const EventLexicon& lexicon, const Document& doc);
// The feature every candidate has (the bias), whose "none" weight sets the decision threshold.
uint32_t role_bias_feature();

// The folder of the event word lists inside a resource folder.
std::string event_resource_dir(const std::string& resource_dir);

}  // namespace dossier
