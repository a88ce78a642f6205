// Printing the knowledge base for people: tables for `events`, `actors`,
// `relations` (or JSON/CSV rows), and the dossier of `show`.
#pragma once

#include <functional>
#include <map>
#include <ostream>
#include <string>

#include "dossier/kb.h"
#include "dossier/store.h"
#include "merge/merge.h"

namespace dossier::cli {

// Id -> readable name for actors, places and documents of one knowledge base.
class Names {
 public:
  explicit Names(const KnowledgeBase& kb);
  std::string actor(const std::string& id) const;
  std::string place(const std::string& id) const;
  std::string document(const std::string& id) const;  // "title (publisher, date)"

 private:
  std::map<std::string, std::string> actors_, places_, documents_;
};

void print_events(std::ostream& out, const KnowledgeBase& kb, const Names& names, const std::string& format);
void print_actors(std::ostream& out, const KnowledgeBase& kb, const Names& names, const std::string& format);
void print_relations(std::ostream& out, const KnowledgeBase& kb, const Names& names, const std::string& format);

// What `show` prints beside the knowledge base: why each source of an event is
// in it (from the store), and the casualty rule the store uses.
struct ShowContext {
  std::map<std::string, EventMember> members;  // by event source id
  CasualtyRule rule = CasualtyRule::best_estimate;
};

// Prints the dossier of the actor, place or event that `key` names (an id, a
// name or an alias, case-insensitive). Returns false when nothing matches.
// `members_of` fills the context for an event (may be null).
bool show_record(std::ostream& out, const KnowledgeBase& kb, const Names& names, const std::string& key,
                 ShowContext* ctx = nullptr,
                 const std::function<void(const std::string& event_id, ShowContext&)>& members_of = {});

}  // namespace dossier::cli
