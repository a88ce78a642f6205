// Printing the knowledge base for people: tables for `events`, `actors`,
// `relations` (or JSON/CSV rows), and the dossier of `show`.
#pragma once

#include <map>
#include <ostream>
#include <string>

#include "dossier/kb.h"

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

// Prints the dossier of the actor, place or event that `key` names (an id, a
// name or an alias, case-insensitive). Returns false when nothing matches.
bool show_record(std::ostream& out, const KnowledgeBase& kb, const Names& names, const std::string& key);

}  // namespace dossier::cli
