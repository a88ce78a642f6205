#include "analysis/timeline.h"

#include <algorithm>
#include <map>
#include <set>

namespace dossier {

std::vector<std::string> actor_family(const KnowledgeBase& kb, const std::string& actor_id, bool with_factions) {
  std::vector<std::string> out{actor_id};
  if (!with_factions) return out;
  std::map<std::string, std::string> parent;
  for (const auto& a : kb.actors) parent[a.id] = a.parent;
  for (const auto& a : kb.actors) {
    std::string cur = a.parent;
    for (int guard = 0; !cur.empty() && guard < 10; ++guard) {
      if (cur == actor_id) {
        out.push_back(a.id);
        break;
      }
      cur = parent.count(cur) ? parent[cur] : "";
    }
  }
  return out;
}

std::vector<TimelineEntry> actor_timeline(const KnowledgeBase& kb, const std::string& actor_id, bool with_factions) {
  auto fam = actor_family(kb, actor_id, with_factions);
  std::set<std::string> family(fam.begin(), fam.end());
  std::map<std::string, std::string> name;
  for (const auto& a : kb.actors) name[a.id] = a.name;
  for (const auto& p : kb.places) name[p.id] = p.name;
  auto nm = [&](const std::string& id) { return name.count(id) ? name[id] : id; };

  std::vector<TimelineEntry> out;
  for (const auto& e : kb.events) {
    bool perp = std::any_of(e.perpetrators.begin(), e.perpetrators.end(), [&](const auto& x) { return family.count(x) > 0; });
    bool claim = std::any_of(e.claimed_by.begin(), e.claimed_by.end(), [&](const auto& x) { return family.count(x) > 0; });
    if (!perp && !claim) continue;
    TimelineEntry t;
    t.date = e.date;
    t.kind = "event";
    t.id = e.id;
    t.sources = e.sources.size();
    t.summary = std::string(to_string(e.type)) + (e.place.empty() ? "" : " in " + nm(e.place));
    if (e.killed) t.summary += ", " + std::to_string(e.killed->best) + " killed";
    t.summary += perp ? (claim ? " (perpetrator, claimed)" : " (perpetrator)") : " (claimed)";
    out.push_back(std::move(t));
  }
  for (const auto& r : kb.relations) {
    if (!family.count(r.subject) && !family.count(r.object)) continue;
    TimelineEntry t;
    t.date = r.date;
    t.kind = "relation";
    t.id = r.id;
    t.sources = r.evidence.size();
    t.summary = nm(r.subject) + (r.polarity == Polarity::denied ? " denies " : " ") + std::string(to_string(r.type)) +
                (r.role.empty() ? "" : " (" + r.role + ")") + " " + nm(r.object);
    out.push_back(std::move(t));
  }
  std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    if (a.date && b.date && !(a.date->start == b.date->start)) return a.date->start < b.date->start;
    return a.id < b.id;
  });
  return out;
}

}  // namespace dossier
