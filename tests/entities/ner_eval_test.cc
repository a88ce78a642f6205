// Quality gate for the entity recognizer: the same 5-fold cross-validation by document on re3d
// DEV as bench/re3d_ner_eval (features and word lists from the shipped model, which come from
// the gazetteer, unlabeled news and WordNet, never from re3d labels), checked against the
// thresholds kept in bench/thresholds/ner.json, including staying ahead of the compromise
// baseline's recorded per-class scores.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "entities/ner_corpus.h"
#include "entities/ner_tagger.h"
#include "entities/ner_trainer.h"
#include "lexicon/place_gazetteer.h"

namespace dossier {
namespace {

std::string data_dir() {
  if (const char* d = std::getenv("DOSSIER_DATA")) return d;
  return std::string(DOSSIER_BINARY_DIR) + "/data";
}

TEST(NerEval, Re3dCrossValidatedScoresMeetThresholds) {
  const std::string src = DOSSIER_SOURCE_DIR;
  std::ifstream tf(src + "/bench/thresholds/ner.json");
  ASSERT_TRUE(tf) << "bench/thresholds/ner.json missing";
  nlohmann::json th = nlohmann::json::parse(tf);

  auto model = NerTagger::load(src + "/resources/models/ner.model");
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  auto gaz = PlaceGazetteer::load(src + "/resources", data_dir());
  ASSERT_TRUE(gaz.ok()) << gaz.status().to_string();
  auto rules = NerLabelRules::load(src + "/resources/models/ner_label_rules.tsv");
  ASSERT_TRUE(rules.ok()) << rules.status().to_string();
  auto docs = load_re3d(std::string(DOSSIER_SHARED_DIR) + "/data/re3d", *rules, gaz->get());
  ASSERT_TRUE(docs.ok()) << docs.status().to_string();
  ASSERT_EQ(docs->size(), 77u);

  NerTrainOptions opt;  // the shipped configuration
  NerScores s = ner_cross_validate(*docs, (*model)->model().lexicon, opt, 5, opt.seed);
  const std::vector<NerEvalClass> all = {NerEvalClass::PER, NerEvalClass::ORG, NerEvalClass::LOC,
                                         NerEvalClass::NORP, NerEvalClass::WEAPON};
  std::cout << s.table("re3d DEV, 5-fold CV", all);

  EXPECT_GE(s.micro().partial_f1(), th["min_partial_f1"]["micro"].get<double>());
  EXPECT_GE(s.micro().exact_f1(), th["min_exact_f1"]["micro"].get<double>());
  for (auto c : all) {
    std::string name(to_string(c));
    double f = s.by_class[static_cast<int>(c)].partial_f1();
    EXPECT_GE(f, th["min_partial_f1"][name].get<double>()) << name;
    if (th["compromise_partial_f1"].contains(name)) {
      EXPECT_GT(f, th["compromise_partial_f1"][name].get<double>()) << name << " not ahead of compromise";
    }
  }
}

}  // namespace
}  // namespace dossier
