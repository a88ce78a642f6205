// Exports of the knowledge base: json (spec §2), csv (GTD-like columns), graphml and gexf (the
// actor network), stix (a STIX 2.1 bundle) and geojson (events as points).
//
// Every exporter is a pure function of the KnowledgeBase (offsets in it are code points, as the
// store returns them) and writes deterministic output: the same knowledge base gives the same
// bytes, and ids derived from ours (STIX UUIDv5) are the same on every run.
//
// Thread-safety: pure functions.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/kb.h"
#include "dossier/status.h"

namespace dossier {

// The formats write_export() knows, in the order --help lists them.
const std::vector<std::string>& export_formats();

// Writes kb in `format` (json, csv, graphml, gexf, stix, geojson). unsupported for another name.
Status write_export(const KnowledgeBase& kb, std::string_view format, std::ostream& out);

void write_csv(const KnowledgeBase& kb, std::ostream& out);
void write_graphml(const KnowledgeBase& kb, std::ostream& out);
void write_gexf(const KnowledgeBase& kb, std::ostream& out);
void write_stix(const KnowledgeBase& kb, std::ostream& out);
void write_geojson(const KnowledgeBase& kb, std::ostream& out);

// RFC 4122 name-based UUID (version 5, SHA-1): uuid_v5(namespace, name) -> "xxxxxxxx-xxxx-5xxx-...".
// `ns` is a UUID in text form.
std::string uuid_v5(std::string_view ns, std::string_view name);

}  // namespace dossier
