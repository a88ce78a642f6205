#include <gtest/gtest.h>

#include "core/ids.h"
#include "core/utf8.h"
#include "dossier/document.h"

namespace dossier {

TEST(Date, ParsesAndRejectsImpossibleDates) {
  EXPECT_EQ(Date::parse_iso("2016-10-24")->iso(), "2016-10-24");
  EXPECT_EQ(Date::parse_iso("2015-07")->iso(), "2015-07");
  EXPECT_FALSE(Date::parse_iso("2017-02-31"));
  EXPECT_FALSE(Date::parse_iso("2017-13-01"));
  EXPECT_FALSE(Date::parse_iso("2015-02-29"));
  EXPECT_TRUE(Date::parse_iso("2016-02-29"));
}

TEST(Document, CodePointOffsetsCountCharactersNotBytes) {
  Document d;
  d.text = "a\u2019b \u2014 c";  // a’b — c
  EXPECT_EQ(d.cp(0), 0u);
  EXPECT_EQ(d.cp(1), 1u);
  EXPECT_EQ(d.cp(4), 2u);  // after the 3-byte ’
  EXPECT_EQ(d.cp(static_cast<uint32_t>(d.text.size())), 7u);
  std::string long_text(1000, 'x');
  long_text += "\u00e9z";
  d = Document{};
  d.text = long_text;
  EXPECT_EQ(d.cp(1002), 1001u);
}

TEST(Ids, AreStableAndReadable) {
  EXPECT_EQ(slugify("Lashkar-e-Jhangvi Al-Alami"), "lashkar-e-jhangvi-al-alami");
  EXPECT_EQ(slugify("I.S."), "is");
  EXPECT_EQ(slugify("Al-Qa\u2019ida"), "al-qa-ida");
  EXPECT_EQ(slugify("Bal\u00f3chistan"), "balochistan");
  EXPECT_EQ(make_id("ev", {"a", "b"}), make_id("ev", {"a", "b"}));
  EXPECT_NE(make_id("ev", {"ab", ""}), make_id("ev", {"a", "b"}));
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_FALSE(utf8::first_invalid("plain \u00e9"));
  std::string bad = "ok\xff" "x";
  EXPECT_EQ(*utf8::first_invalid(bad), 2u);
  EXPECT_EQ(utf8::repair(bad), "ok\uFFFDx");
  EXPECT_EQ(utf8::fold("\u201CHe\u2019s\u201D \u2014 OK"), "\"he's\" - ok");
}

}  // namespace dossier
