// TempEval-3 style evaluation of time expression extraction, shared by the
// harness (bench/tempeval_eval.cc) and the threshold test (tests/time/).
//
// read_tml() turns a TimeML file into plain text (tags removed, entities
// decoded: the text a system sees), the gold TIMEX3s as byte spans into that
// text, and the document creation time from <DCT>. Only <TEXT> is analysed,
// as in TempEval-3. score() matches system timexes to gold the TempEval-3 way:
// strict (same span) and relaxed (overlapping span) precision/recall/F1, and
// type and value accuracy over relaxed matches; type F1 and value F1 are the
// relaxed F1 times those accuracies.
//
// Thread-safety: plain functions and values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"

namespace dossier::time {

struct EvalTimex {
  uint32_t start = 0, end = 0;  // byte offsets into EvalDoc::text
  std::string type, value;
};

struct EvalDoc {
  std::string id;
  std::string corpus;  // folder name: TimeBank, AQUAINT
  std::string text;
  std::optional<Date> dct;
  std::vector<EvalTimex> gold;
};

Result<EvalDoc> read_tml(const std::string& path);
// Every *.tml under dir/<corpus>/ for each sub-folder, sorted by corpus then file name.
Result<std::vector<EvalDoc>> read_tempeval_dir(const std::string& dir);

struct EvalCounts {
  long gold = 0, system = 0;
  long strict = 0;        // system timexes with exactly a gold span
  long relaxed = 0;       // one-to-one overlapping pairs
  long type_ok = 0, value_ok = 0;  // among relaxed pairs
  void add(const EvalCounts& o);
  double strict_p() const, strict_r() const, strict_f1() const;
  double relaxed_p() const, relaxed_r() const, relaxed_f1() const;
  double type_accuracy() const, value_accuracy() const;
  double type_f1() const { return relaxed_f1() * type_accuracy(); }
  double value_f1() const { return relaxed_f1() * value_accuracy(); }
};

// Differences for error analysis: gold without a match, system without a
// match, and matched pairs whose value or type differ.
struct EvalError {
  std::string kind;  // "missed", "spurious", "value", "type"
  EvalTimex gold, system;
};

EvalCounts score(const std::vector<EvalTimex>& gold, const std::vector<EvalTimex>& system,
                 std::vector<EvalError>* errors = nullptr);

// The dossier tagger over one document, as EvalTimexes.
std::vector<EvalTimex> run_dossier(const EvalDoc& doc);

}  // namespace dossier::time
