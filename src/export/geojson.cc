// GeoJSON export (RFC 7946): a FeatureCollection with one Point feature per event, at the
// coordinates of the event's place. When the place itself has no coordinates, the nearest
// enclosing place with coordinates is used and `geo_precision` says which kind it was (city,
// admin1, country ...), so a map never shows a country-level event as if it were in a city.
// Events with no place, or no coordinates anywhere up the chain, are LEFT OUT of the features
// (map tools handle null geometries badly); their ids are listed in the foreign member
// "unlocated_events" so nothing disappears silently.
#include <nlohmann/json.hpp>

#include "export/export.h"
#include "export/json.h"
#include "export/kb_index.h"

namespace dossier {

using nlohmann::json;

void write_geojson(const KnowledgeBase& kb, std::ostream& out) {
  exporting::KbIndex index(kb);
  json features = json::array();
  json unlocated = json::array();
  for (const auto& e : kb.events) {
    const Place* at = index.located(e.place);
    if (!at) {
      unlocated.push_back(e.id);
      continue;
    }
    const Place* place = index.place(e.place);
    json names = json::array(), claimed = json::array(), docs = json::array();
    for (const auto& p : e.perpetrators) names.push_back(index.actor_name(p));
    for (const auto& c : e.claimed_by) claimed.push_back(index.actor_name(c));
    for (const auto& s : e.sources) docs.push_back(s.document);
    auto estimate = [](const std::optional<CasualtyEstimate>& c) -> json {
      if (!c) return nullptr;
      return {{"best", c->best}, {"low", c->low}, {"high", c->high ? json(*c->high) : json(nullptr)}};
    };
    json targets = json::array();
    for (const auto& t : e.targets) targets.push_back({{"text", t.text}, {"category", t.category}});
    json props = {{"id", e.id},
                  {"type", std::string(to_string(e.type))},
                  {"date", to_json(e.date)},
                  {"place", place ? json(place->id) : json(nullptr)},
                  {"place_name", place ? json(place->name) : json(nullptr)},
                  {"country", place && !place->country.empty() ? json(place->country) : json(nullptr)},
                  {"geo_precision", std::string(to_string(at->kind))},
                  {"perpetrators", e.perpetrators},
                  {"perpetrator_names", names},
                  {"claimed_by", e.claimed_by},
                  {"claimed_by_names", claimed},
                  {"targets", targets},
                  {"weapons", e.weapons},
                  {"killed", estimate(e.killed)},
                  {"injured", estimate(e.injured)},
                  {"sources", docs}};
    features.push_back({{"type", "Feature"},
                        {"id", e.id},
                        {"geometry", {{"type", "Point"}, {"coordinates", {*at->lon, *at->lat}}}},
                        {"properties", props}});
  }
  json fc = {{"type", "FeatureCollection"}, {"features", features}, {"unlocated_events", unlocated}};
  out << fc.dump(2) << "\n";
}

}  // namespace dossier
