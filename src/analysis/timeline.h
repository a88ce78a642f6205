// An actor's timeline: the events it took part in or claimed and the
// relations said of it, in date order (undated ones last), with its factions
// when asked.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dossier/kb.h"

namespace dossier {

struct TimelineEntry {
  std::optional<DateRange> date;
  std::string kind;     // "event" or "relation"
  std::string id;       // event or relation id
  std::string summary;  // one readable line
  size_t sources = 0;   // documents behind it
};

// The actor and, with with_factions, every actor whose parent chain reaches it.
std::vector<std::string> actor_family(const KnowledgeBase& kb, const std::string& actor_id, bool with_factions);

std::vector<TimelineEntry> actor_timeline(const KnowledgeBase& kb, const std::string& actor_id, bool with_factions);

}  // namespace dossier
