#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier {
namespace {

std::vector<std::string> words(const std::string& text) {
  Document d;
  d.text = text;
  tokenize(d);
  std::vector<std::string> out;
  for (const auto& t : d.tokens) out.emplace_back(d.slice(t.span));
  return out;
}

std::vector<std::string> sentences(const std::string& text) {
  Document d;
  d.text = text;
  tokenize(d);
  split_sentences(d);
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.slice(s.span));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenize, KeepsHyphenatedNamesAndSplitsPossessives) {
  EXPECT_EQ(words("Lashkar-e-Jhangvi's spokesman"), (V{"Lashkar-e-Jhangvi", "'s", "spokesman"}));
  EXPECT_EQ(words("Pakistan\u2019s army"), (V{"Pakistan", "\u2019s", "army"}));
  EXPECT_EQ(words("ISIS\u2019 ability"), (V{"ISIS", "\u2019", "ability"}));
  EXPECT_EQ(words("AK-47 rifles"), (V{"AK-47", "rifles"}));
}

TEST(Tokenize, KeepsAbbreviationsAndInitials) {
  EXPECT_EQ(words("I.S. and the U.S. said"), (V{"I.S.", "and", "the", "U.S.", "said"}));
  EXPECT_EQ(words("Gen. Bajwa on Oct. 26"), (V{"Gen.", "Bajwa", "on", "Oct.", "26"}));
  EXPECT_EQ(words("George W. Bush"), (V{"George", "W.", "Bush"}));
  EXPECT_EQ(words("No. 5 and no."), (V{"No.", "5", "and", "no", "."}));
}

TEST(Tokenize, KeepsNumbersWithSeparatorsAndRanges) {
  EXPECT_EQ(words("recruited 10,000-12,000 fighters"), (V{"recruited", "10,000-12,000", "fighters"}));
  EXPECT_EQ(words("on 2016-10-24 at 10:30, 1.5 km"), (V{"on", "2016-10-24", "at", "10:30", ",", "1.5", "km"}));
  EXPECT_EQ(words("the 20th report"), (V{"the", "20th", "report"}));
}

TEST(Tokenize, SeparatesDashesAndQuotes) {
  EXPECT_EQ(words("ISLAMABAD\u2014Pakistan"), (V{"ISLAMABAD", "\u2014", "Pakistan"}));
  EXPECT_EQ(words("\u201CYes, of course,\u201D"), (V{"\u201C", "Yes", ",", "of", "course", ",", "\u201D"}));
  EXPECT_EQ(words("Parachinar \u2014 the only"), (V{"Parachinar", "\u2014", "the", "only"}));
}

TEST(Tokenize, SetsFlagsAndNorms) {
  Document d;
  d.text = "ISIS Daesh \u201Cthe\u201D 59\nNext";
  tokenize(d);
  ASSERT_EQ(d.tokens.size(), 7u);
  EXPECT_TRUE(d.tokens[0].has(kTokAllCaps));
  EXPECT_TRUE(d.tokens[1].has(kTokCapitalized));
  EXPECT_FALSE(d.tokens[1].has(kTokAllCaps));
  EXPECT_TRUE(d.tokens[2].has(kTokQuote));
  EXPECT_EQ(d.tokens[2].norm, "\"");
  EXPECT_TRUE(d.tokens[5].has(kTokNumber));
  EXPECT_TRUE(d.tokens[6].has(kTokNewlineBefore));
  EXPECT_EQ(d.tokens[1].norm, "daesh");
}

TEST(Sentences, SplitsOnFinalPunctuationButNotAbbreviations) {
  EXPECT_EQ(sentences("Gen. Bajwa spoke. He left on Oct. 26 with Mr. Khan."),
            (V{"Gen. Bajwa spoke.", "He left on Oct. 26 with Mr. Khan."}));
  EXPECT_EQ(sentences("The emergence of I.S. in Pakistan is new. It grew."),
            (V{"The emergence of I.S. in Pakistan is new.", "It grew."}));
  EXPECT_EQ(sentences("He moved to the U.S. The attack came later."),
            (V{"He moved to the U.S.", "The attack came later."}));
}

TEST(Sentences, HandlesQuotesAndParagraphs) {
  EXPECT_EQ(sentences("\u201CWe did it.\u201D He said so.\n\nNew paragraph here"),
            (V{"\u201CWe did it.\u201D", "He said so.", "New paragraph here"}));
  EXPECT_EQ(sentences("Title Line\n\nBy Someone\n\nBody starts here. It ends."),
            (V{"Title Line", "By Someone", "Body starts here.", "It ends."}));
}

TEST(Sentences, SplitsBulletLinesAndBodyEdges) {
  EXPECT_EQ(sentences("Rules:\n  \u2022 one thing\n  \u2022 another thing"),
            (V{"Rules:", "\u2022 one thing", "\u2022 another thing"}));
  Document d;
  d.text = "Header words and more text continue";
  d.body = {{17, 35}};
  tokenize(d);
  split_sentences(d);
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.slice(d.sentences[1].span), "more text continue");
}

TEST(Sentences, WrappedWireLinesStayOneSentence) {
  EXPECT_EQ(sentences("Standard Oil Co said it would form a\nfinancial unit. The unit will be\nbased in Ohio."),
            (V{"Standard Oil Co said it would form a\nfinancial unit.", "The unit will be\nbased in Ohio."}));
}

// Hard-wrapped wire copy: a short line that only wraps running text (the break before a
// capitalised word inside a name) does not end the sentence; a short heading on its own line still
// stands alone.
TEST(Sentences, SoftWrapBeforeACapitalIsNoHeadingEnd) {
  const std::string story =
      "MADRID, March 3 - Shares in the regional lender fell on news that\n"
      "its chief executive would leave. Banco Regional de Castilla\n"
      "Hermanos said the sale of its insurance arm would go ahead as\n"
      "planned despite the fall in its shares.\n";
  EXPECT_EQ(
      sentences(story),
      (V{"MADRID, March 3 - Shares in the regional lender fell on news that\nits chief executive would "
         "leave.",
         "Banco Regional de Castilla\nHermanos said the sale of its insurance arm would go ahead as\nplanned "
         "despite the fall in its shares."}));
  const std::string headed =
      "BANK SALE GOES AHEAD\n"
      "Shares in the regional lender fell on news that its chief\n"
      "executive would leave, and the bank said the sale would go\n"
      "ahead as planned.\n";
  auto s = sentences(headed);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "BANK SALE GOES AHEAD");
}

TEST(Tokenize, IsLinearOnPathologicalInput) {
  std::string digits(200000, '7');
  std::string dots(200000, '.');
  std::string mixed;
  for (int i = 0; i < 50000; ++i) mixed += "a.";
  for (const auto* s : {&digits, &dots, &mixed}) {
    Document d;
    d.text = *s;
    tokenize(d);
    split_sentences(d);
    EXPECT_FALSE(d.tokens.empty());
  }
}

}  // namespace
}  // namespace dossier
