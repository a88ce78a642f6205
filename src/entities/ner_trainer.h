// Training of the entity recognizer: an averaged structured perceptron over
// BIO tags (Collins 2002), with the same features and Viterbi decoder the
// tagger uses, so what is trained is exactly what runs.
//
// Deterministic: the same examples, lexicon and options give a byte-identical
// model. Thread-safety: train_ner() is a pure function of its inputs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entities/ner_corpus.h"
#include "entities/ner_model.h"

namespace dossier {

struct NerTrainOptions {
  int epochs = 12;
  uint64_t seed = 20161024;
  int min_feature_count = 1;       // drop features seen fewer times in training
  float min_abs_weight = 1e-3f;    // drop averaged weights smaller than this
  float outside_bias = 4.0f;       // stored in the model, see NerModel::outside_bias (chosen by CV)
};

// Trains on every sentence of the given documents.
NerModel train_ner(const std::vector<const NerDoc*>& docs, const NerLexicon& lexicon,
                   const NerTrainOptions& options);

}  // namespace dossier

#include "entities/ner_scoring.h"

namespace dossier {

// k-fold cross-validation by document: documents are shuffled with `seed` and
// dealt into k folds; each fold is tagged by a model trained on the others.
// Returns the scores over all folds; when `predictions` is given it receives
// each document's predicted mentions (in docs order).
// `extra` documents (other corpora) join every training fold and are never scored.
NerScores ner_cross_validate(const std::vector<NerDoc>& docs, const NerLexicon& lexicon,
                             const NerTrainOptions& options, int folds, uint64_t seed,
                             std::vector<std::vector<Mention>>* predictions = nullptr,
                             const std::vector<NerDoc>* extra = nullptr);

// The gold mentions of a document as scored spans.
std::vector<NerScoredSpan> ner_gold_spans(const NerDoc& d);
std::vector<NerScoredSpan> ner_predicted_spans(const std::vector<Mention>& mentions);

}  // namespace dossier
