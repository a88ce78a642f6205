// The two time stages of the standard pipeline.
//
//  - document date: keeps meta.published when ingest metadata or --published
//    set it; otherwise looks for it in the text (time/document_date.h) and
//    records how it was found (published_how). No evidence: stays null.
//  - timexes: every time expression in the whole text (time/timex_tagger.h),
//    resolved against meta.published; with no document date, relative
//    expressions keep X patterns or *_REF values.
//
// Stages are immutable and thread-safe (they share the frozen default lexicon).
#pragma once

#include <memory>

#include "dossier/pipeline.h"
#include "time/document_date.h"
#include "time/timex_tagger.h"

namespace dossier {

std::unique_ptr<Stage> make_document_date_stage();  // reads Text|Meta|Body; writes DocDate
std::unique_ptr<Stage> make_timex_stage();          // reads Text|Meta|Body|DocDate; writes Timexes

}  // namespace dossier
