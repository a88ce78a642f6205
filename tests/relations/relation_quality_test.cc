// Quality floors for relation extraction: the scoring of bench/relations_eval
// on the development set (shared data, gold mentions), the team's own
// sentences and re3d, against bench/thresholds/relations.json. A change that
// makes extraction worse fails here.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "relations/relation_eval.h"

namespace dossier {
namespace {

nlohmann::json thresholds() {
  std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/bench/thresholds/relations.json");
  EXPECT_TRUE(in.good());
  return nlohmann::json::parse(in, nullptr, false);
}

const RelationExtractor& extractor() {
  static std::unique_ptr<RelationExtractor> x = [] {
    auto r = RelationExtractor::load(std::string(DOSSIER_SOURCE_DIR) + "/resources/relations");
    EXPECT_TRUE(r.ok()) << r.status().to_string();
    return r.ok() ? std::move(*r) : nullptr;
  }();
  return *x;
}

void check(const EvalReport& r, const nlohmann::json& t, const std::string& what) {
  std::string errors;
  for (const auto& e : r.errors) errors += "  " + e + "\n";
  EXPECT_GE(r.all.precision(), t.value("precision_min", 0.0)) << what << " precision\n" << errors;
  EXPECT_GE(r.all.f1(), t.value("f1_min", 0.0)) << what << " F1\n" << errors;
  if (t.contains("attribution_min") && r.attribution_total > 0) {
    EXPECT_GE(double(r.attribution_right) / r.attribution_total, t["attribution_min"].get<double>()) << what;
  }
  if (t.contains("hedged_stored_max")) {
    EXPECT_LE(r.hedged_stored, t["hedged_stored_max"].get<int>()) << what;
  }
  if (t.contains("denied_as_asserted_max")) {
    EXPECT_LE(r.denied_as_asserted, t["denied_as_asserted_max"].get<int>()) << what;
  }
}

TEST(RelationQuality, DevSetFromSharedData) {
  auto t = thresholds();
  auto set = load_dev_set(std::string(DOSSIER_SOURCE_DIR) + "/bench/data/relations_dev.jsonl", DOSSIER_SHARED_DIR);
  ASSERT_TRUE(set.ok()) << set.status().to_string();
  size_t gold = 0;
  for (const auto& s : *set) gold += s.gold.size();
  EXPECT_GE(gold, 150u) << "the dev set keeps at least 150 annotated relations";
  check(evaluate(extractor(), *set), t["dev"], "dev");
}

TEST(RelationQuality, OwnSentences) {
  auto t = thresholds();
  auto set = load_dev_set(std::string(DOSSIER_SOURCE_DIR) + "/bench/data/relations_dev.own.jsonl", DOSSIER_SHARED_DIR);
  ASSERT_TRUE(set.ok()) << set.status().to_string();
  check(evaluate(extractor(), *set), t["own"], "own");
}

TEST(RelationQuality, Re3dMappedTypes) {
  auto t = thresholds();
  EvalReport r = evaluate_re3d(extractor(), DOSSIER_SHARED_DIR);
  EXPECT_GT(r.all.tp + r.all.fn, 50) << "re3d gold relations were read";
  check(r, t["re3d"], "re3d");
}

}  // namespace
}  // namespace dossier
