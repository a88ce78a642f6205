// Dating undated documents from the knowledge base, the step after a rebuild.
//
// A rebuild (Store::rebuild_knowledge_base) infers the publication window of
// an undated document when it reports, as its main story, an event that dated
// documents report within their news cycle (see the store). This step reads
// each such document again, analyses it with the inferred window
// (published_how = inferred; relative expressions such as "on Saturday" and
// "last week" resolve against the window's end, DocumentMeta::reference_date),
// replaces its stored analysis and rebuilds. The document is analysed again from its stored text
// and body (as ingest made them), so it works for JSON Lines items, URLs and
// standard input alike. A document whose window has gone again is analysed
// with no date. A re-dated document never dates another (only documents with
// a date of their own count as evidence); it can only move its own window
// when its new dates take its report out of the event, which the anchor (the
// day-precise date of the event) makes rare: at most two rounds are run.
//
// Thread-safety: uses the store and the pipeline from the calling thread.
#pragma once

#include <cstddef>

#include "dossier/pipeline.h"
#include "dossier/status.h"
#include "dossier/store.h"

namespace dossier {

// Runs inside the caller's transaction. `count` receives the number of
// documents re-analysed.
Status redate_inferred_documents(Store& store, const Pipeline& pipeline, size_t* count);

}  // namespace dossier
