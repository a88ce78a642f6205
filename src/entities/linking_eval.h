// Linking accuracy on the development set bench/data/linking_dev.jsonl (documents from
// ../shared/data: re3d DEV, WikiEvents dev, MUC-4 dev, referenced by id and code-point
// offsets; see bench/data/linking_dev.py for how the set was annotated).
//
// For every item the document is analysed (text stage + the given entity stage), the output
// mention overlapping the item's span most is found, and the item counts as correct when that
// mention links to the expected id. Items with no overlapping mention are "missed" (wrong).
// Used by bench/linking_eval (prints the numbers) and tests/entities (thresholds).
//
// Thread-safety: a pure function of its inputs.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dossier/pipeline.h"
#include "dossier/status.h"

namespace dossier {

struct LinkingReport {
  size_t total = 0, correct = 0, missed = 0;
  std::map<std::string, std::pair<size_t, size_t>> by_case;    // case -> (correct, total)
  std::map<std::string, std::pair<size_t, size_t>> by_corpus;  // corpus -> (correct, total)
  std::vector<std::string> errors;  // "corpus doc [start,end) 'mention': expected X, got Y"
  double accuracy() const { return total ? static_cast<double>(correct) / static_cast<double>(total) : 0.0; }
};

// Reads the set and the documents it names; runs `entity_stage` after tokenizing.
Result<LinkingReport> evaluate_linking(const std::string& dev_jsonl, const std::string& shared_dir,
                                       const Stage& entity_stage);

}  // namespace dossier
