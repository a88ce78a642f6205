// JSON forms of the spec: the knowledge base (§2) and one analysed document (§3). Field names
// are the spec's, exactly; a field with no value is null (or an empty list for lists).
//
// Offsets: a KnowledgeBase read from the store is in code points already and is written as is;
// a Document holds byte offsets, which annotation_to_json() converts with Document::cp.
//
// Thread-safety: pure functions (Document::cp builds its index lazily: one thread per Document).
#pragma once

#include <nlohmann/json.hpp>

#include "dossier/document.h"
#include "dossier/kb.h"

namespace dossier {

// §2: {"format": "dossier-kb", "version": 1, "documents", "actors", "places", "events", "relations"}.
nlohmann::json kb_to_json(const KnowledgeBase& kb);
// §3: one object per document for `dossier annotate`.
nlohmann::json annotation_to_json(const Document& doc);

// The records of §2 one by one (offsets written as they are).
nlohmann::json to_json(const DocumentMeta& d);
nlohmann::json to_json(const Actor& a);
nlohmann::json to_json(const Place& p);
nlohmann::json to_json(const Event& e);
nlohmann::json to_json(const Relation& r);
nlohmann::json to_json(const Evidence& e);
nlohmann::json to_json(const std::optional<DateRange>& d);

}  // namespace dossier
