// NerTagger: the trained statistical recognizer of entity mentions (PERSON,
// ARMED_GROUP, ORG, STATE_ACTOR, GPE, LOC, FACILITY, NORP, WEAPON).
//
// An averaged structured perceptron over BIO tags with first-order
// transitions and exact Viterbi decoding (see ner_tagger.cc for how, and
// resources/models/MODEL_CARD.md for what it was trained on). It finds names
// never seen in training from their shape, affixes, context words and
// gazetteer hits carried inside the model file; it needs no other resource at
// load time.
//
// Promises: tag() returns mentions sorted by start, non-overlapping, each
// inside one sentence, with the recognizer's score in (0, 1); `entity` is
// empty (linking is the entity stage's job); `form` is name, or pronoun /
// nominal when the span is one ("he", "the regime"). A document without
// tokens yields nothing.
//
// Thread-safety: immutable after load(); tag() is const and may run on many
// threads at once (all scratch is per call or per thread: each thread keeps a
// bounded cache of the scores of the words it has seen, keyed by tagger).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"
#include "entities/ner_model.h"

namespace dossier {

class NerTagger {
 public:
  // Reads a model file; refuses a wrong magic, version, fingerprint or checksum
  // with a Status that names the file and the reason.
  static Result<std::unique_ptr<NerTagger>> load(const std::string& model_path);
  // Wraps a model trained in memory (cross-validation, tests).
  static std::unique_ptr<NerTagger> from_model(NerModel model);

  // Tags every sentence's tokens (doc.tokens, doc.sentences, Token::norm/flags);
  // returns mentions (span, MentionType, score), entity empty, sorted by start.
  std::vector<Mention> tag(const Document& doc) const;

  const NerModel& model() const { return model_; }

 private:
  explicit NerTagger(NerModel m);
  NerTagger(const NerTagger&) = delete;
  NerTagger& operator=(const NerTagger&) = delete;
  void tag_range(const Document& doc, uint32_t first, uint32_t end, std::vector<Mention>& out) const;
  // Emission scores of tokens [first, end), n x kNerTags, the O column not yet biased.
  void emissions(const Document& doc, uint32_t first, uint32_t end, float* em) const;
  NerModel model_;
  NerFeatureExtractor extractor_;
  std::array<float, (kNerTags + 1) * kNerTags> masked_{};
  uint64_t serial_;  // identifies this tagger in the per-thread cache of word scores
  // Rows of the neighbour-word features for the boundary words (<s2> <s> ... </s> </s2>),
  // indexed [boundary][offset slot]; null when the model does not know the feature.
  std::array<std::array<const float*, 4>, 4> boundary_rows_{};
};

}  // namespace dossier
