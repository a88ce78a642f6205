#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "quantity/quantity.h"
#include "quantity/quantity_stage.h"
#include "text/tokenizer.h"

namespace dossier {
namespace {

void expect_range(std::string_view phrase, int64_t low, std::optional<int64_t> high) {
  auto q = parse_quantity(phrase);
  ASSERT_TRUE(q.has_value()) << phrase;
  EXPECT_EQ(q->low, low) << phrase;
  EXPECT_EQ(q->high, high) << phrase;
}

TEST(ParseQuantity, DigitsAndWords) {
  expect_range("59", 59, 59);
  expect_range("10,000-12,000 fighters", 10000, 12000);
  expect_range("nearly fifty more", 45, 49);
  expect_range("more than two dozen people", 25, std::nullopt);
  expect_range("over a dozen suspected fighters", 13, std::nullopt);
  expect_range("hundreds of Pakistanis", 200, std::nullopt);
  expect_range("at least 70 people", 70, std::nullopt);
  expect_range("around 80", 80, 80);
  expect_range("as many as 100 Pakistanis", 1, 100);
  expect_range("a dozen", 12, 12);
  expect_range("scores of people", 40, std::nullopt);
  expect_range("one hundred and twenty", 120, 120);
  expect_range("between 10 and 15", 10, 15);
  expect_range("1.5 million refugees", 1500000, 1500000);
  expect_range("twenty-five", 25, 25);
  expect_range("two or three persons", 2, 3);
  expect_range("more than one hundred people", 101, std::nullopt);
  expect_range("over 300 others", 301, std::nullopt);
  expect_range("50 or more", 50, std::nullopt);
}

TEST(ParseQuantity, UnitAndQualifier) {
  auto q = parse_quantity("more than 165 others");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->unit, "others");
  EXPECT_EQ(q->qualifier, "more than");
  q = parse_quantity("dozens of people");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->unit, "people");
  q = parse_quantity("three other soldiers");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->unit, "soldiers");
}

TEST(ParseQuantity, NotCounts) {
  EXPECT_FALSE(parse_quantity("some people"));
  EXPECT_FALSE(parse_quantity("several said"));
  EXPECT_FALSE(parse_quantity("the attack"));
  EXPECT_FALSE(parse_quantity("2016-10-24"));
  EXPECT_EQ(parse_cardinal("one hundred and twenty"), 120);
  EXPECT_EQ(parse_cardinal("1,200"), 1200);
  EXPECT_FALSE(parse_cardinal("1,20"));
}

// The table of real phrasings: every row must parse to its expected range and unit.
TEST(CasualtyPhrases, Table) {
  std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/tests/quantity/casualty_phrases.tsv");
  ASSERT_TRUE(in.good());
  std::string line;
  int rows = 0, failures = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, '\t')) cols.push_back(c);
    while (cols.size() < 4) cols.emplace_back();
    ++rows;
    auto q = parse_quantity(cols[0]);
    std::optional<int64_t> high;
    if (!cols[2].empty()) high = std::stoll(cols[2]);
    bool ok = q && q->low == std::stoll(cols[1]) && q->high == high && q->unit == cols[3];
    if (!ok) {
      ++failures;
      ADD_FAILURE() << "row '" << cols[0] << "': expected [" << cols[1] << ", " << cols[2]
                    << "] unit '" << cols[3] << "', got "
                    << (q ? std::to_string(q->low) + ", " +
                                (q->high ? std::to_string(*q->high) : std::string("open")) +
                                " unit '" + q->unit + "'"
                          : std::string("nothing"));
    }
  }
  EXPECT_GE(rows, 200);
  EXPECT_EQ(failures, 0);
}

// The quantity stage over a text, as the pipeline runs it (tokens and sentences first).
Document with_quantities(std::string text) {
  Document doc;
  doc.text = std::move(text);
  doc.body = {Span{0, static_cast<uint32_t>(doc.text.size())}};
  tokenize(doc);
  split_sentences(doc);
  make_quantity_stage()->run(doc);
  return doc;
}

TEST(QuantityStage, FindsCountsButNotDates) {
  Document doc = with_quantities(
      "DERA ISMAIL KHAN, Pakistan, Oct 26 - The attack killed 59 people on Monday. In July 2015 "
      "militants killed 61 and injured more than 165 others at 10:30.");
  std::vector<std::string> texts;
  for (const auto& q : doc.quantities) texts.emplace_back(doc.slice(q.span));
  ASSERT_EQ(texts.size(), 3u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[0], "59 people");
  EXPECT_EQ(texts[1], "61");
  EXPECT_EQ(texts[2], "more than 165 others");
  EXPECT_EQ(doc.quantities[2].low, 166);
  EXPECT_FALSE(doc.quantities[2].high.has_value());
}

// A vague amount stands alone as the object of a casualty verb ("injuring hundreds.",
// "wounding dozens more"), not elsewhere ("several said").
TEST(QuantityStage, VagueAmountsCountedByACasualtyVerb) {
  Document doc = with_quantities(
      "Twin bombings killed 32 people, wounding dozens more. Another blast left scores more hurt, "
      "injuring hundreds. Several said they heard it. The group, which has killed thousands, denied it.");
  std::vector<std::string> texts;
  for (const auto& q : doc.quantities) texts.emplace_back(doc.slice(q.span));
  ASSERT_EQ(texts.size(), 4u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[1], "dozens more");
  EXPECT_EQ(doc.quantities[1].low, 24);
  EXPECT_FALSE(doc.quantities[1].high.has_value());
  EXPECT_EQ(texts[2], "scores more");
  EXPECT_EQ(texts[3], "hundreds");
  EXPECT_EQ(doc.quantities[3].low, 200);
}

}  // namespace
}  // namespace dossier
