// The quantity stage: finds counted quantities in the tokens of a Document.
// Reads Text|Tokens|Sentences, writes Quantities (sorted by start).
// Stateless and thread-safe.
#pragma once

#include <memory>

#include "dossier/pipeline.h"

namespace dossier {

std::unique_ptr<Stage> make_quantity_stage();

}  // namespace dossier
