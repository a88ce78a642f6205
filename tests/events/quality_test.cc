// Quality is a test: the scores of bench/muc4_eval and bench/wikievents_eval
// (same scoring code, tests/events/event_eval.h) must stay above the floors in
// bench/thresholds/events.json.
#include <gtest/gtest.h>

#include "event_eval.h"

namespace dossier {
namespace {

nlohmann::json thresholds() {
  std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/bench/thresholds/events.json");
  EXPECT_TRUE(in.good());
  return nlohmann::json::parse(in);
}

const eval::Analyzer& analyzer() {
  static eval::Analyzer a(std::string(DOSSIER_SOURCE_DIR) + "/resources/events");
  EXPECT_EQ(a.error(), "");
  return a;
}

TEST(EventQuality, Muc4Dev) {
  auto t = thresholds()["muc4_dev"];
  auto r = eval::run_muc(analyzer(), std::string(DOSSIER_SHARED_DIR) + "/data/muc4/processed/dev.json");
  ASSERT_EQ(r.docs, 200);
  EXPECT_GE(r.all.f1(), t["micro_f1"].get<double>());
  EXPECT_GE(eval::macro_f1(r), t["macro_f1"].get<double>());
  EXPECT_GE(double(r.type_correct) / double(r.typed_docs), t["type_accuracy"].get<double>());
}

TEST(EventQuality, Muc4Train) {
  auto t = thresholds()["muc4_train"];
  auto r = eval::run_muc(analyzer(), std::string(DOSSIER_SHARED_DIR) + "/data/muc4/processed/train.json");
  ASSERT_EQ(r.docs, 1300);
  EXPECT_GE(r.all.f1(), t["micro_f1"].get<double>());
}

TEST(EventQuality, WikiEventsDev) {
  auto t = thresholds()["wikievents_dev"];
  auto r = eval::run_wiki(analyzer(), std::string(DOSSIER_SHARED_DIR) + "/data/wikievents/dev.jsonl");
  ASSERT_EQ(r.docs, 20);
  EXPECT_GE(r.all.f1(), t["f1"].get<double>());
}

TEST(EventQuality, WikiEventsTrain) {
  // The derived train split, never tuned on (the events stage reads no WikiEvents data): 13
  // times larger than dev, so a dev gain that is noise shows here.
  auto t = thresholds()["wikievents_train"];
  auto r = eval::run_wiki_train(analyzer(), std::string(DOSSIER_SHARED_DIR) + "/data/wikievents/train.derived-mc2259.jsonl");
  ASSERT_EQ(r.docs, 206);
  EXPECT_GE(r.all.f1(), t["f1"].get<double>());
}

TEST(EventEval, DetokenizedTrainText) {
  nlohmann::json toks = {"Prayuth", "Chan", "-", "ocha", ",", "the", "head", "of", "Thailand", "’", "s",
                         "army", "(", "NCPO", ")", "said", "."};
  EXPECT_EQ(eval::detokenize(toks), "Prayuth Chan-ocha, the head of Thailand’s army (NCPO) said.");
}

TEST(EventEval, NormalizationAndHeads) {
  EXPECT_EQ(eval::normalize("The \"Santo Tomas\" farm"), "santo tomas farm");
  EXPECT_EQ(eval::head_word("El Tobogan restaurant"), "restaurant");
  EXPECT_EQ(eval::head_word("members of the camilist union"), "members");
}

}  // namespace
}  // namespace dossier
