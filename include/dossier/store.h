// Storage behind one interface. Store::open() picks the backend from the URL:
// a file path is SQLite (the embedded default), `postgresql://...` is
// PostgreSQL (the server store for teams). Both share one set of numbered
// schema migrations (src/store/migrations/).
//
// Per-document analyses are stored as they came out of the pipeline
// (documents, mentions, per-document events and relations, actors seen); the
// consolidated knowledge base (merged events, relations, actors) is derived
// from them by the merge step, so it can be rebuilt and is the same whatever
// order the documents arrived in.
//
// A Store is used by one thread; open one per thread or process. Several
// processes may write the same store: ingest is idempotent on the document's
// sha256, enforced by the database.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "dossier/kb.h"
#include "dossier/status.h"

namespace dossier {

struct SearchHit {
  std::string document;   // document id
  std::string kind;       // "article" or "evidence"
  std::string title;
  std::string snippet;    // with the match marked [like this]
  double score = 0;
};

// One per-document event source inside a consolidated event, with the merge
// score and the reasons that put it there (for `dossier show`).
struct EventMember {
  std::string source;     // EventSource id
  std::string document;   // its document
  std::optional<double> score;  // null when written without a merge decision
  std::vector<std::string> reasons;
};

// An analyst's correction of the merge step, honoured by every rebuild.
struct MergeOverride {
  int64_t id = 0;       // assigned by the store
  std::string kind;     // "event_apart", "event_together" (a, b: event source ids),
                        // "alias_apart" (a: actor id, b: an alias as written) or
                        // "actor_together" (a: the actor kept, b: the actor merged into it)
  std::string a, b;
  std::string note;     // why, in the analyst's words (may be empty)
  std::string created;  // UTC, ISO 8601
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> open(const std::string& url);
  virtual ~Store() = default;

  // Batches: everything between begin() and commit() lands together or not at all.
  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual Status rollback() = 0;

  // True when a document with these bytes is stored already.
  virtual Result<bool> has_document(const std::string& sha256) = 0;
  // Stores one analysed document (its text, metadata, mentions, actors,
  // places, per-document events and relations). Returns false (no error)
  // when the same bytes are stored already.
  virtual Result<bool> put_document(const Document& doc) = 0;
  // Re-derives the consolidated knowledge base from the stored per-document
  // analyses (merge step). Called once per ingest batch, inside the batch.
  virtual Status rebuild_knowledge_base() = 0;
  // The consolidated part by hand (imports, benchmarks): clear it, or add
  // kb's actors, events (with their sources' ids as members) and relations.
  // Documents and places are not touched; rebuild_knowledge_base() is the
  // usual way to fill it.
  virtual Status clear_knowledge_base() = 0;
  virtual Status add_to_knowledge_base(const KnowledgeBase& kb) = 0;

  virtual Result<KnowledgeBase> knowledge_base(const KbFilter& filter) = 0;
  virtual Result<std::vector<Event>> events(const KbFilter& filter) = 0;
  virtual Result<std::vector<Actor>> actors(const KbFilter& filter) = 0;
  virtual Result<std::vector<Relation>> relations(const KbFilter& filter) = 0;
  virtual Result<std::vector<Place>> places(const KbFilter& filter) = 0;
  virtual Result<std::vector<DocumentMeta>> documents(const KbFilter& filter) = 0;
  // The stored text of a document (for evidence and `show`).
  virtual Result<std::string> document_text(const std::string& id) = 0;
  // The sources of one consolidated event with their merge scores and reasons.
  virtual Result<std::vector<EventMember>> event_members(const std::string& event_id) = 0;
  // Documents whose stored analysis was made with another document date than the one now
  // known: undated documents whose publication window a rebuild inferred from dated reports of
  // the same events (or whose window has gone again). The caller re-analyses them (published =
  // the window's start, published_how = inferred; or no date) and replaces them with
  // replace_document(); see src/flow/redate.h.
  virtual Result<std::vector<DocumentMeta>> documents_to_reanalyse() = 0;
  // A stored document as ingest handed it to the pipeline: metadata, text and body spans (in
  // bytes), without analysis.
  virtual Result<Document> stored_document(const std::string& id) = 0;
  // Replaces a stored document's per-document analysis with doc's (same sha256).
  virtual Status replace_document(const Document& doc) = 0;
  // Removes a document and everything derived from it; the next rebuild drops what only it said.
  virtual Status remove_document(const std::string& id) = 0;
  // Corrections to the merge (see MergeOverride); they take effect at the next rebuild.
  // Adding one that exists already is not an error.
  virtual Status add_merge_override(const MergeOverride& o) = 0;
  virtual Result<std::vector<MergeOverride>> merge_overrides() = 0;
  virtual Status remove_merge_override(int64_t id) = 0;  // not_found when there is none
  // Store-wide settings ("casualty_rule"); "" when unset.
  virtual Result<std::string> setting(const std::string& key) = 0;
  virtual Status set_setting(const std::string& key, const std::string& value) = 0;
  // The highest schema migration applied.
  virtual Result<int> schema_version() = 0;
  // Full-text search over article text and evidence sentences.
  virtual Result<std::vector<SearchHit>> search(const std::string& query, size_t limit) = 0;
};

}  // namespace dossier
