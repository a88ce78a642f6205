// Quality gate: the TempEval-3 scores on the development data (TimeBank +
// AQUAINT) must not drop below the thresholds kept in bench/thresholds/time.json.
// Same reader and scorer as bench/tempeval_eval (src/time/tempeval.h).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "time/tempeval.h"

namespace dossier::time {
namespace {

TEST(TempEval3, ScoresStayAboveThresholds) {
  std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/bench/thresholds/time.json");
  ASSERT_TRUE(in) << "missing bench/thresholds/time.json";
  nlohmann::json th = nlohmann::json::parse(in);
  auto docs = read_tempeval_dir(std::string(DOSSIER_SHARED_DIR) + "/data/tempeval3/TBAQ-cleaned");
  ASSERT_TRUE(docs.ok()) << docs.status().to_string();
  EvalCounts total;
  for (const auto& d : *docs) total.add(score(d.gold, run_dossier(d)));
  EXPECT_EQ(total.gold, th.value("gold_timexes", 1822L)) << "the development data changed";
  std::printf("TempEval-3 dev: strict F1 %.3f relaxed F1 %.3f (P %.3f R %.3f) type F1 %.3f value F1 %.3f\n",
              total.strict_f1(), total.relaxed_f1(), total.relaxed_p(), total.relaxed_r(), total.type_f1(),
              total.value_f1());
  EXPECT_GE(total.strict_f1(), th["strict_f1"].get<double>());
  EXPECT_GE(total.relaxed_f1(), th["relaxed_f1"].get<double>());
  EXPECT_GE(total.type_f1(), th["type_f1"].get<double>());
  EXPECT_GE(total.value_f1(), th["value_f1"].get<double>());
}

TEST(TempEval3, ScorerCountsStrictRelaxedAndValues) {
  std::vector<EvalTimex> gold = {{0, 10, "DATE", "2016"}, {20, 30, "DURATION", "P1Y"}, {40, 45, "DATE", "X"}};
  std::vector<EvalTimex> sys = {{0, 10, "DATE", "2016"}, {22, 30, "DATE", "P1Y"}, {50, 55, "DATE", "Y"}};
  EvalCounts c = score(gold, sys);
  EXPECT_EQ(c.relaxed, 2);
  EXPECT_EQ(c.strict, 1);
  EXPECT_EQ(c.type_ok, 1);
  EXPECT_EQ(c.value_ok, 2);
  EXPECT_NEAR(c.relaxed_f1(), 2.0 / 3.0, 1e-9);
  EXPECT_NEAR(c.value_f1(), 2.0 / 3.0, 1e-9);
  EXPECT_NEAR(c.type_f1(), 1.0 / 3.0, 1e-9);
}

}  // namespace
}  // namespace dossier::time
