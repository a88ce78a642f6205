#include "events/role_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "events/event_stage.h"
#include "quantity/quantity_stage.h"
#include "text/tokenizer.h"

namespace dossier {
namespace {

const std::string kEventsDir = std::string(DOSSIER_SOURCE_DIR) + "/resources/events";

// A toy problem: feature 10 means "perpetrator", feature 20 "weapon", feature 30 nothing.
std::vector<RoleExample> toy() {
  std::vector<RoleExample> ex;
  for (int i = 0; i < 30; ++i) {
    ex.push_back({{1, 10}, static_cast<int>(RoleClass::perp_individual), i});
    ex.push_back({{1, 20}, static_cast<int>(RoleClass::weapon), i});
    ex.push_back({{1, 30}, static_cast<int>(RoleClass::none), i});
  }
  return ex;
}

std::vector<float> train_toy() {
  auto ex = toy();
  std::vector<size_t> order(ex.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  RoleTrainer tr;
  for (int e = 0; e < 3; ++e) tr.epoch(ex, order);
  return tr.averaged();
}

int argmax(const RoleModel& m, std::vector<uint32_t> f) {
  float s[kRoleClasses];
  m.score(f, s);
  int b = 0;
  for (int c = 1; c < kRoleClasses; ++c)
    if (s[c] > s[b]) b = c;
  return b;
}

TEST(RoleModel, PerceptronLearnsASeparableProblemDeterministically) {
  auto w = train_toy();
  EXPECT_EQ(w, train_toy());
  RoleModel m(w);
  EXPECT_EQ(argmax(m, {1, 10}), static_cast<int>(RoleClass::perp_individual));
  EXPECT_EQ(argmax(m, {1, 20}), static_cast<int>(RoleClass::weapon));
  EXPECT_EQ(argmax(m, {1, 30}), static_cast<int>(RoleClass::none));
}

std::vector<float> train_toy_logistic() {
  auto ex = toy();
  std::vector<size_t> order(ex.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  RoleLogisticTrainer tr(0.1f, 1e-4f);
  for (int e = 0; e < 5; ++e) tr.epoch(ex, order);
  return tr.averaged();
}

TEST(RoleModel, LogisticRegressionLearnsASeparableProblemDeterministically) {
  auto w = train_toy_logistic();
  EXPECT_EQ(w, train_toy_logistic());
  RoleModel m(w);
  EXPECT_EQ(argmax(m, {1, 10}), static_cast<int>(RoleClass::perp_individual));
  EXPECT_EQ(argmax(m, {1, 20}), static_cast<int>(RoleClass::weapon));
  EXPECT_EQ(argmax(m, {1, 30}), static_cast<int>(RoleClass::none));
}

TEST(RoleModel, LogisticScoresAreLogOdds) {
  // Feature 10 is a victim three times in four, else nothing: the victim's score over "none"
  // approaches log 3, and the log loss falls from log 6 (all classes alike) towards the data's.
  std::vector<RoleExample> ex;
  for (int i = 0; i < 200; ++i)
    ex.push_back({{1, 10}, static_cast<int>(i % 4 ? RoleClass::victim : RoleClass::none), i});
  std::vector<size_t> order(ex.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  RoleLogisticTrainer tr(0.1f, 0.0f);
  double first = tr.epoch(ex, order), last = first;
  for (int e = 0; e < 30; ++e) last = tr.epoch(ex, order);
  EXPECT_LT(last, first);
  EXPECT_NEAR(last, 0.5623, 0.02);  // the entropy of (3/4, 1/4)
  float s[kRoleClasses];
  RoleModel(tr.current()).score({1, 10}, s);
  EXPECT_NEAR(s[static_cast<int>(RoleClass::victim)] - s[0], std::log(3.0f), 0.2f);
}

TEST(RoleModel, SaveLoadRoundTripAndFeatureVersionCheck) {
  std::string path = std::string(DOSSIER_BINARY_DIR) + "/role_model_test.model";
  auto w = train_toy();
  ASSERT_TRUE(RoleModel::save(path, w, "toy-1", "a test model").is_ok());
  auto m = RoleModel::load(path, "toy-1");
  ASSERT_TRUE(m.ok()) << m.status().to_string();
  EXPECT_EQ(m.value()->notes(), "a test model");
  float a[kRoleClasses], b[kRoleClasses];
  m.value()->score({1, 20}, a);
  RoleModel(w).score({1, 20}, b);
  for (int c = 0; c < kRoleClasses; ++c) EXPECT_FLOAT_EQ(a[c], b[c]);
  // A model trained with other features is refused, naming the file.
  auto other = RoleModel::load(path, "toy-2");
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find(path), std::string::npos);
  // A file that is not a model, or cut short, is refused.
  { std::ofstream(path, std::ios::binary) << "not a model"; }
  EXPECT_FALSE(RoleModel::load(path, "toy-1").ok());
  ASSERT_TRUE(RoleModel::save(path, w, "toy-1", "").is_ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  { std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() - 3); }
  EXPECT_FALSE(RoleModel::load(path, "toy-1").ok());
  std::remove(path.c_str());
}

TEST(RoleModel, ShippedModelMatchesTheStagesFeatures) {
  auto m = RoleModel::load(kEventsDir + "/" + kRoleModelFile, kRoleFeatureVersion);
  ASSERT_TRUE(m.ok()) << m.status().to_string();
  EXPECT_NE(m.value()->notes().find("MUC-4 train"), std::string::npos);
}

TEST(RoleModel, CandidatesAreThePhrasesAroundTriggers) {
  auto lex = EventLexicon::load(kEventsDir);
  ASSERT_TRUE(lex.ok());
  Document d;
  d.meta.id = "doc:test";
  d.text =
      "the weather was mild and the market was busy. three armed men attacked a bus carrying "
      "workers near the bridge with grenades.";
  d.body = {Span{0, static_cast<uint32_t>(d.text.size())}};
  tokenize(d);
  split_sentences(d);
  make_quantity_stage()->run(d);
  auto cands = event_role_candidates(*lex.value(), d);
  auto has = [&](std::string_view s) {
    for (const auto& c : cands)
      if (c.text == s) return true;
    return false;
  };
  EXPECT_TRUE(has("three armed men") || has("armed men"));
  EXPECT_TRUE(has("bus"));
  EXPECT_TRUE(has("grenades"));
  for (const auto& c : cands) {
    EXPECT_FALSE(c.features.empty());
    EXPECT_EQ(d.slice(c.span), c.text);
  }
  // The same document gives the same features.
  auto again = event_role_candidates(*lex.value(), d);
  ASSERT_EQ(again.size(), cands.size());
  for (size_t i = 0; i < cands.size(); ++i) EXPECT_EQ(again[i].features, cands[i].features);
}

TEST(RoleModel, CandidatesKeepCountsPossessivesAndInnerGerunds) {
  // Invented, lower case as MUC-4: annotators keep the count ("five soldiers"), the owner
  // ("the mayor's house") and a gerund inside a name ("the shining river front").
  auto lex = EventLexicon::load(kEventsDir);
  ASSERT_TRUE(lex.ok());
  Document d;
  d.meta.id = "doc:test";
  d.text =
      "five soldiers and at least three unidentified individuals attacked the mayor's house. "
      "alleged shining river front members also bombed a bank.";
  d.body = {Span{0, static_cast<uint32_t>(d.text.size())}};
  tokenize(d);
  split_sentences(d);
  make_quantity_stage()->run(d);
  auto cands = event_role_candidates(*lex.value(), d);
  auto has = [&](std::string_view s) {
    for (const auto& c : cands)
      if (c.text == s) return true;
    return false;
  };
  EXPECT_TRUE(has("five soldiers"));
  EXPECT_TRUE(has("soldiers"));
  EXPECT_TRUE(has("at least three unidentified individuals"));
  EXPECT_TRUE(has("three unidentified individuals"));
  EXPECT_FALSE(has("least three unidentified individuals"));
  EXPECT_TRUE(has("mayor's house"));
  EXPECT_TRUE(has("shining river front members"));
  EXPECT_TRUE(has("shining river front"));
}

}  // namespace
}  // namespace dossier
