// Scoring relation extraction against annotated sentences: the code shared by
// the quality harness (bench/relations_eval.cc) and the threshold test
// (tests/relations/). Two settings:
//
// 1. The development set (bench/data/relations_dev.jsonl): sentences of the
//    shared development data, referenced by dataset, document id and code
//    point offsets (the text stays in /work/shared), with every actor mention
//    of the sentence and the expected relations; plus sentences the team
//    wrote itself (dataset "own", inline markup). Gold mentions are the
//    arguments (the standard "gold entities" setting), so the score measures
//    the relation stage alone.
// 2. re3d (shared/data/re3d): documents with gold entity spans; their relation
//    types mapped onto ours (see bench/data/relations_dev.README.md).
//
// Markup for own sentences and tests: "[[Ali bin Sufyan|PERSON|sufyan]],
// spokesman for [[LeJ Al-Alami|ARMED_GROUP|lej-aa]], said ..." - each
// [[surface|TYPE|id]] becomes a mention linked to actor `id`.
//
// Thread-safety: plain functions over values.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"
#include "relations/relation_stage.h"

namespace dossier {

// A Document with text, tokens, sentences, mentions and actors from markup.
Document document_from_markup(std::string_view markup, std::string doc_id = "doc:test");

struct GoldRelation {
  std::string type;         // a RelationType name
  std::string subject, object;
  std::string polarity;     // asserted, denied, or hedged (= no relation expected)
  std::string attribution;  // actor id, source words, or "" (the outlet)
};

struct EvalSentence {
  std::string dataset, doc;
  Document document;  // the sentence as a document, with gold mentions
  std::vector<GoldRelation> gold;
};

// Reads the development set; references are resolved against shared_dir.
Result<std::vector<EvalSentence>> load_dev_set(const std::string& jsonl_path, const std::string& shared_dir);

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct EvalReport {
  Counts all;
  std::map<std::string, Counts> by_type;
  std::map<std::string, Counts> by_dataset;  // "own" is reported apart
  int hedged_stored = 0;      // a hedged gold relation came out asserted
  int denied_as_asserted = 0; // a denied gold relation came out asserted
  int attribution_right = 0, attribution_total = 0;  // over true positives
  std::vector<std::string> errors;  // readable lines for the harness
};

// Runs the extractor on every sentence and scores it. Sentences of datasets
// in `only` (empty = all) count.
EvalReport evaluate(const RelationExtractor& x, std::vector<EvalSentence>& set,
                    const std::vector<std::string>& only = {});

// re3d with gold entities: mapped types only.
EvalReport evaluate_re3d(const RelationExtractor& x, const std::string& shared_dir);

}  // namespace dossier
