// Body extraction quality on the article-extraction DEV pages must not drop below
// the thresholds kept in bench/thresholds/article_extraction.json (same scoring
// as bench/article_extraction_eval).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "ingest/extraction_score.h"

namespace dossier::ingest {
namespace {

TEST(ExtractionScore, ShingleMatching) {
  auto s = score_page("one two three four five", "one two three four five");
  EXPECT_DOUBLE_EQ(s.tp, 1.0);
  EXPECT_TRUE(s.exact);
  s = score_page("one two three four five", "zero one two three four");
  EXPECT_DOUBLE_EQ(s.tp, 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.fp, 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.fn, 1.0 / 3);
  s = score_page("short text", "short text");  // under 4 tokens: one shingle
  EXPECT_DOUBLE_EQ(s.tp, 1.0);
  auto agg = aggregate({score_page("a b c d", "a b c d"), score_page("a b c d e", "")});
  EXPECT_DOUBLE_EQ(agg.precision, 1.0);  // the empty prediction is skipped for precision
  EXPECT_DOUBLE_EQ(agg.recall, 0.5);
  EXPECT_EQ(word_tokens("Don't stop—now, 2019_x é"), (std::vector<std::string>{"Don", "t", "stop", "now", "2019_x", "é"}));
}

TEST(ExtractionQuality, DevPagesAboveThresholds) {
  std::ifstream tf(std::string(DOSSIER_SOURCE_DIR) + "/bench/thresholds/article_extraction.json");
  ASSERT_TRUE(tf) << "missing bench/thresholds/article_extraction.json";
  auto th = nlohmann::json::parse(tf);
  auto r = evaluate_article_extraction(std::string(DOSSIER_SHARED_DIR) + "/data/article-extraction");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_EQ(r->pages, 90u);
  std::printf("article-extraction DEV: precision=%.4f recall=%.4f f1=%.4f accuracy=%.4f\n", r->precision, r->recall,
              r->f1, r->accuracy);
  EXPECT_GE(r->precision, th.at("precision").get<double>());
  EXPECT_GE(r->recall, th.at("recall").get<double>());
  EXPECT_GE(r->f1, th.at("f1").get<double>());
  EXPECT_GE(r->accuracy, th.at("accuracy").get<double>());
}

}  // namespace
}  // namespace dossier::ingest
