// Scoring of entity recognition against gold mentions, by evaluation class
// (PER, ORG, LOC, NORP, WEAPON: our finer types fold into these so that a
// baseline with coarse types is scored by the same rules) and micro-averaged.
//
// Exact: a predicted span counts when a gold span has the same class and the
// same start and end. Partial (lenient): a prediction is correct when it
// overlaps a gold span of its class; a gold span is found when some
// prediction of its class overlaps it. Precision = correct predictions /
// predictions, recall = found gold / gold.
//
// Thread-safety: plain values.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "dossier/document.h"

namespace dossier {

enum class NerEvalClass : uint8_t { PER, ORG, LOC, NORP, WEAPON };
inline constexpr int kNerEvalClasses = 5;
std::string_view to_string(NerEvalClass c);
NerEvalClass ner_eval_class(MentionType t);

struct NerScoredSpan {
  Span span;
  NerEvalClass cls;
};

struct NerCounts {
  uint64_t pred = 0, gold = 0;
  uint64_t exact = 0;           // exact matches (one-to-one)
  uint64_t partial_pred = 0;    // predictions overlapping a same-class gold
  uint64_t partial_gold = 0;    // gold overlapped by a same-class prediction
  void add(const NerCounts& o);
  double exact_p() const { return pred ? double(exact) / pred : 0; }
  double exact_r() const { return gold ? double(exact) / gold : 0; }
  double partial_p() const { return pred ? double(partial_pred) / pred : 0; }
  double partial_r() const { return gold ? double(partial_gold) / gold : 0; }
  static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
  double exact_f1() const { return f1(exact_p(), exact_r()); }
  double partial_f1() const { return f1(partial_p(), partial_r()); }
};

struct NerScores {
  std::array<NerCounts, kNerEvalClasses> by_class{};
  // Adds one document's comparison.
  void add(const std::vector<NerScoredSpan>& gold, const std::vector<NerScoredSpan>& pred);
  NerCounts micro() const;
  // Micro over a subset of classes (e.g. the ones a baseline predicts).
  NerCounts micro(const std::vector<NerEvalClass>& classes) const;
  // A readable table: class, gold, pred, exact P/R/F1, partial P/R/F1.
  std::string table(const std::string& title, const std::vector<NerEvalClass>& classes) const;
};

}  // namespace dossier
