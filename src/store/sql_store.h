// SqlStore: the Store over any SqlConnection (SQLite or PostgreSQL). One implementation of the
// schema's reads and writes for both backends; only full-text search differs (FTS5 vs tsvector).
//
// Offsets: a Document's spans are bytes; the store keeps CODE POINTS (Document::cp), so every
// span read back (evidence, arguments) is in code points, as the spec's export wants.
//
// Thread-safety: one thread at a time (see Store).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dossier/store.h"
#include "merge/merge.h"
#include "store/sql.h"

namespace dossier::store {

class SqlStore final : public Store {
 public:
  // Applies pending migrations.
  static Result<std::unique_ptr<Store>> open(std::unique_ptr<SqlConnection> conn);

  Status begin() override;
  Status commit() override;
  Status rollback() override;
  Result<bool> has_document(const std::string& sha256) override;
  Result<bool> put_document(const Document& doc) override;
  Status rebuild_knowledge_base() override;
  Status clear_knowledge_base() override;
  Status add_to_knowledge_base(const KnowledgeBase& kb) override;
  Result<KnowledgeBase> knowledge_base(const KbFilter& filter) override;
  Result<std::vector<Event>> events(const KbFilter& filter) override;
  Result<std::vector<Actor>> actors(const KbFilter& filter) override;
  Result<std::vector<Relation>> relations(const KbFilter& filter) override;
  Result<std::vector<Place>> places(const KbFilter& filter) override;
  Result<std::vector<DocumentMeta>> documents(const KbFilter& filter) override;
  Result<std::vector<EventMember>> event_members(const std::string& event_id) override;
  Result<std::string> document_text(const std::string& id) override;
  Result<std::vector<SearchHit>> search(const std::string& query, size_t limit) override;
  Result<int> schema_version() override;
  Result<std::vector<DocumentMeta>> documents_to_reanalyse() override;
  Result<Document> stored_document(const std::string& id) override;
  Status replace_document(const Document& doc) override;
  Status remove_document(const std::string& id) override;
  Status add_merge_override(const MergeOverride& o) override;
  Result<std::vector<MergeOverride>> merge_overrides() override;
  Status remove_merge_override(int64_t id) override;
  Result<std::string> setting(const std::string& key) override;
  Status set_setting(const std::string& key, const std::string& value) override;

  // Writes consolidated records (rebuild uses it with the merge decisions).
  Status write_consolidated(const std::vector<Actor>& actors, const std::vector<MergedEvent>& events,
                            const std::vector<Relation>& relations);

 private:
  explicit SqlStore(std::unique_ptr<SqlConnection> conn) : db_(std::move(conn)) {}
  Status migrate();
  // Runs f in the open batch, or in a transaction of its own.
  template <typename F>
  Status in_write_transaction(F&& f);
  Result<bool> put_document_rows(const Document& doc);
  // SQLite: adds the rows stored since the last call to the FTS5 indexes (migration 0005 says
  // why this is not done by triggers). Called before each commit, removal and search; a no-op
  // on PostgreSQL, whose text search columns are generated with each row.
  Status index_pending_text();
  // Sets or clears the publication windows of undated documents from the merged events.
  Status infer_publication_windows(const std::vector<MergedEvent>& events);
  // INSERT head (?,..),(?,..) tail for values holding rows of `width` values, in few statements.
  Status insert_rows(const std::string& head, size_t width, const SqlParams& values, const std::string& tail);

  Result<std::vector<std::string>> resolve_actor_set(const std::string& actor);
  Result<std::vector<std::string>> resolve_place_set(const std::string& place);
  Result<std::vector<Event>> load_events(const std::string& where, const SqlParams& params, size_t limit);
  Result<std::vector<Actor>> load_actors(const std::string& where, const SqlParams& params, size_t limit);
  Result<std::vector<Relation>> load_relations(const std::string& where, const SqlParams& params, size_t limit);
  Result<std::vector<Place>> load_places(const std::string& where, const SqlParams& params, size_t limit);
  Result<std::vector<DocumentMeta>> load_documents(const std::string& where, const SqlParams& params,
                                                   size_t limit);
  // The event sources with these ids, or every one (nullptr), with arguments and evidence.
  Result<std::vector<EventSource>> load_event_sources(const std::vector<std::string>* ids);
  Result<std::vector<Relation>> load_relation_mentions();

  std::unique_ptr<SqlConnection> db_;
};

// Turns a user's search words into a safe FTS5 query: words and "quoted phrases" become
// quoted strings (so punctuation and FTS5 syntax in them are plain text), OR/AND/NOT in capitals
// stay operators, a trailing * keeps a prefix search, -word excludes. Fails with a message on an
// unbalanced quote or an empty query.
Result<std::string> fts5_query(const std::string& query);

}  // namespace dossier::store
