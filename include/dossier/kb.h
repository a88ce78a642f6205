// The knowledge base as a value: what `export --format json` writes (spec §2)
// and what the store hands to the exporters and the `show` command.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dossier/document.h"

namespace dossier {

struct KnowledgeBase {
  std::vector<DocumentMeta> documents;
  std::vector<Actor> actors;
  std::vector<Place> places;
  std::vector<Event> events;
  std::vector<Relation> relations;
};

// Filters shared by `events`, `actors`, `relations` and `export`. Empty fields
// do not filter.
struct KbFilter {
  std::string actor;      // id or name; includes the actor's factions
  std::string place;      // id or name; includes places inside it
  std::optional<Date> from, to;
  std::string type;       // event or relation type
  std::optional<int64_t> min_killed;
  bool asserted_only = false;  // relations: drop denied
  size_t limit = 0;            // 0 = no limit
};

}  // namespace dossier
