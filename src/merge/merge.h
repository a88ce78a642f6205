// Cross-document resolution: many documents' accounts become one knowledge base.
//
// All functions are pure and deterministic: the output depends on the SET of
// inputs, not their order, so re-ingesting in another order gives the same
// knowledge base. They are called by the store when it rebuilds the
// consolidated tables (Store::rebuild_knowledge_base).
#pragma once

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "dossier/document.h"

namespace dossier {

// Looks places up by id, for the place hierarchy (Quetta within Balochistan
// within Pakistan). May return null for unknown ids.
using PlaceLookup = std::function<const Place*(std::string_view id)>;

// How consolidated casualty figures are chosen (see consolidate_casualties).
enum class CasualtyRule : uint8_t {
  best_estimate,  // UCDP-style: the median of the sources' point figures
  conservative,   // ACLED-style: the lowest figure any source gives
};

// The rule's name as stored in the store's settings ("best_estimate", "conservative"), and back
// (anything else, including unset, is the default).
std::string_view to_string(CasualtyRule r);
CasualtyRule casualty_rule_from(std::string_view name);

// Why two event sources were (or were not) put together.
struct MergeDecision {
  double score = 0;           // 0..1
  bool veto = false;          // a hard conflict: different places, dates far apart, same document
  std::vector<std::string> reasons;  // "same place", "dates overlap", "different city" ...
};

// Scores whether two accounts describe the same real event.
MergeDecision compare_event_sources(const EventSource& a, const EventSource& b, const PlaceLookup& places);

// An analyst's corrections, by event source id: sources kept apart (an
// unmerge) and sources put together (a merge). Honoured by merge_events on
// every rebuild, so a correction survives later ingests.
struct MergeConstraints {
  std::set<std::pair<std::string, std::string>> apart;     // each pair stored (smaller, larger)
  std::set<std::pair<std::string, std::string>> together;  // likewise
  static std::pair<std::string, std::string> key(std::string a, std::string b) {
    if (b < a) std::swap(a, b);
    return {std::move(a), std::move(b)};
  }
  bool kept_apart(const std::string& a, const std::string& b) const { return apart.count(key(a, b)) > 0; }
  bool empty() const { return apart.empty() && together.empty(); }
};

// A consolidated event with, for each member source, the score and reasons
// that put it there.
struct MergedEvent {
  Event event;
  std::vector<MergeDecision> membership;  // parallel to event.sources
};

// Clusters the sources into events. Two sources join only when no hard
// conflict separates them and at least two independent attributes agree
// (never a merge on one shared attribute); a vaguer source (no date, a
// country for a city) does not split an event. An analyst's constraints
// override the scores both ways.
//
// Cost: sources are taken in date order and compared only with clusters whose
// dates are still within reach. An undated source with a place is compared
// only with clusters at that place, inside it or containing it, and with
// clusters that name no place; one without a place only with clusters that
// share two kinds of attribute with it (place, actor, target type, death-toll
// bucket), as a merge needs two agreeing attributes. The result is the same
// as comparing with every cluster (tests/merge checks it against that).
std::vector<MergedEvent> merge_events(std::vector<EventSource> sources, const PlaceLookup& places,
                                      CasualtyRule rule = CasualtyRule::best_estimate,
                                      const MergeConstraints& constraints = {});

// One figure from many: low is the lowest low, high the highest closed high
// (null when an open-ended report, "more than 60", exceeds every closed one),
// best per the rule. Returns nullopt when no source gives a figure.
std::optional<CasualtyEstimate> consolidate_casualties(const std::vector<CountRange>& figures,
                                                       CasualtyRule rule = CasualtyRule::best_estimate);
// Explains the consolidation in one line, for `dossier show`.
std::string explain_casualties(const std::vector<CountRange>& figures, CasualtyRule rule);

// Relations that are the same whichever way round they are said
// (cooperates_with, rival_of).
bool is_symmetric(RelationType t);

// Relations with the same type, subject, object and polarity become one, with
// every source's evidence; confidence grows with independent documents.
// Symmetric relations are stored with the smaller actor id as subject.
std::vector<Relation> merge_relations(std::vector<Relation> mentions);

// Actor records with the same id become one: aliases (remembering which
// document added each), roles and documents are united. Distinct ids are
// never merged here: the entity stage decides identity.
std::vector<Actor> merge_actors(std::vector<Actor> actors);

// Places with the same id become one (first complete record wins).
std::vector<Place> merge_places(std::vector<Place> places);

}  // namespace dossier
