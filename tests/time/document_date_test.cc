// Document date from synthetic page headers (written for these tests), and the
// stage's rule that metadata wins and no evidence means no date.
#include <gtest/gtest.h>

#include "time/time_stage.h"

namespace dossier::time {
namespace {

std::optional<DocumentDate> date_of(const std::string& text) { return find_document_date(text); }

TEST(DocumentDate, DatelineWithYear) {
  auto d = date_of("Floods hit the north\n\nPESHAWAR, Pakistan, March 3, 2015 - Heavy rain killed ten people.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, (Date{2015, 3, 3}));
  EXPECT_EQ(d->how, PublishedHow::dateline);
  EXPECT_EQ(d->dateline_text, "PESHAWAR, Pakistan");
}

TEST(DocumentDate, YearlessDatelineTakesTheYearFromACaption) {
  std::string page =
      "Militants strike a market\n\n"
      "A wounded man is carried from the scene in Kabul, Afghanistan December 30, 2019. REUTERS/Staff\n\n"
      "By A. Writer\n\n"
      "KABUL, Jan 2 \xE2\x80\x93 A bomb exploded in a crowded market on Thursday, officials said.";
  auto d = date_of(page);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, (Date{2020, 1, 2}));  // the caption's year would be one year too early
  EXPECT_EQ(d->how, PublishedHow::dateline);
}

TEST(DocumentDate, YearlessDatelineWithoutEvidenceStaysNull) {
  auto d = date_of("LAGOS, Nov 4 (Reuters) - Gunmen killed five people on Sunday, police said.");
  EXPECT_FALSE(d);
}

TEST(DocumentDate, PostedLineWithAClockTime) {
  // The date comes with a time of day, so the tagger reads one TIME, not a DATE.
  auto d = date_of("Swim results\n\nPosted: Fri 6:45 PM, Feb 16, 2018 |\n\nUpdated: Sat 8:31 PM, Feb 17, 2018\n\n"
                   "The boys' team won on Friday.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, (Date{2018, 2, 16}));
  EXPECT_EQ(d->how, PublishedHow::text);
  auto line = date_of("Budget passes\n\n10:30 a.m. March 4, 2021\n\nThe council voted on Thursday.");
  ASSERT_TRUE(line);
  EXPECT_EQ(line->date, (Date{2021, 3, 4}));
}

TEST(DocumentDate, PublishedLine) {
  auto d = date_of("Group vows allegiance\n\nSite Staff\n\nPublished Monday, June 1, 2015\n\nA splinter group said.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, (Date{2015, 6, 1}));
  EXPECT_EQ(d->how, PublishedHow::text);
}

TEST(DocumentDate, DateLineUnderTheByline) {
  auto d = date_of("A long headline about security\n\nBy Some Reporter | The Outlet\n\nApril 2, 2018\n\n"
                   "ISLAMABAD\xE2\x80\x94The government said on Sunday that it had arrested 12 suspects.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, (Date{2018, 4, 2}));
  EXPECT_EQ(d->how, PublishedHow::text);
}

TEST(DocumentDate, DateOnTheBylineLine) {
  auto d = date_of("Attack on a shrine\n\nBy Some Reporter | March 9, 2019\n\nGunmen opened fire on Friday.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, (Date{2019, 3, 9}));
  EXPECT_EQ(d->how, PublishedHow::text);
}

TEST(DocumentDate, DatedPhotoCaption) {
  auto d = date_of("Police guard a checkpoint in Karachi, Pakistan May 5, 2017. REUTERS/Photographer\n\n"
                   "Security was tightened after an attack on Friday.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, (Date{2017, 5, 5}));
  EXPECT_EQ(d->how, PublishedHow::text);
}

TEST(DocumentDate, DatesInTheStoryAreNotPublicationDates) {
  auto d = date_of("By A Reporter\n\nKARACHI, Pakistan\n\nBy August 8, 2016, the group had claimed three attacks and "
                   "its fighters had moved into the hills along the border with the help of local clans.\n\nOn June 4, forces killed a dozen fighters. In 2015 and "
                   "2016 violence dropped. The group attacked on August 8, 2016 in a long sentence that goes on.");
  EXPECT_FALSE(d);
}

TEST(DocumentDateStage, MetadataWinsAndEvidenceFills) {
  auto stage = make_document_date_stage();
  Document doc;
  doc.text = "PESHAWAR, Pakistan, March 3, 2015 - Heavy rain killed ten people.";
  doc.meta.published = Date{2015, 3, 4};
  doc.meta.published_how = PublishedHow::metadata;
  stage->run(doc);
  EXPECT_EQ(*doc.meta.published, (Date{2015, 3, 4}));
  EXPECT_EQ(doc.meta.published_how, PublishedHow::metadata);

  Document bare;
  bare.text = doc.text;
  stage->run(bare);
  ASSERT_TRUE(bare.meta.published);
  EXPECT_EQ(*bare.meta.published, (Date{2015, 3, 3}));
  EXPECT_EQ(bare.meta.published_how, PublishedHow::dateline);

  Document none;
  none.text = "Gunmen killed five people on Sunday, police said.";
  stage->run(none);
  EXPECT_FALSE(none.meta.published);
  EXPECT_EQ(none.meta.published_how, PublishedHow::none);
}

TEST(TimexStage, ResolvesAgainstTheDocumentDate) {
  auto date_stage = make_document_date_stage();
  auto timex_stage = make_timex_stage();
  Document doc;
  doc.text = "QUETTA, Pakistan, Oct 26, 2016 - Gunmen attacked a police college on Monday night.";
  date_stage->run(doc);
  timex_stage->run(doc);
  ASSERT_FALSE(doc.timexes.empty());
  const Timex& last = doc.timexes.back();
  EXPECT_EQ(doc.slice(last.span), "Monday night");
  EXPECT_EQ(last.value, "2016-10-24TNI");
  ASSERT_TRUE(last.range);
  EXPECT_EQ(last.range->start, (Date{2016, 10, 24}));
  for (size_t i = 1; i < doc.timexes.size(); ++i)
    EXPECT_LE(doc.timexes[i - 1].span.end, doc.timexes[i].span.start);  // sorted, no overlap
}

}  // namespace
}  // namespace dossier::time
