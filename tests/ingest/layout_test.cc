// Metadata and boilerplate on scraped plain-text articles (synthetic, written for these tests).
#include <gtest/gtest.h>

#include "ingest/ingest.h"
#include "ingest/layout.h"
#include "test_util.h"

namespace dossier::ingest {
namespace {

using testing::body_of;
using testing::contains;

Document text_doc(const std::string& text) {
  std::vector<Status> errors;
  auto docs = parse_bytes("article.txt", text, {}, &errors);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors[0].to_string());
  EXPECT_EQ(docs.size(), 1u);
  return docs.empty() ? Document{} : std::move(docs[0]);
}

TEST(Byline, PeopleAgenciesAndOutlets) {
  Byline b;
  ASSERT_TRUE(parse_byline("By Maria Lopez", &b));
  EXPECT_EQ(b.authors, std::vector<std::string>{"Maria Lopez"});
  EXPECT_TRUE(b.publishers.empty());

  ASSERT_TRUE(parse_byline("by AFP", &b));
  EXPECT_TRUE(b.authors.empty());
  EXPECT_EQ(b.publishers, std::vector<std::string>{"AFP"});

  ASSERT_TRUE(parse_byline("By Tomas Berg | The Harbor Courier", &b));
  EXPECT_EQ(b.authors, std::vector<std::string>{"Tomas Berg"});
  EXPECT_EQ(b.publishers, std::vector<std::string>{"The Harbor Courier"});

  ASSERT_TRUE(parse_byline("By Ana Ruiz and Omar bin Khalid, Reuters", &b));
  EXPECT_EQ(b.authors, (std::vector<std::string>{"Ana Ruiz", "Omar bin Khalid"}));
  EXPECT_EQ(b.publishers, std::vector<std::string>{"Reuters"});

  ASSERT_TRUE(parse_byline("By Staff Reporter", &b));
  EXPECT_TRUE(b.authors.empty());

  // Sentences that start with "By" are not bylines.
  EXPECT_FALSE(parse_byline("By March 2019, the ministry had closed three of the camps near the border.", nullptr));
  EXPECT_FALSE(parse_byline("By Monday", nullptr));
  EXPECT_FALSE(parse_byline("Byzantine walls", nullptr));
}

TEST(Credit, PhotoCreditsAreNotAuthors) {
  std::string agency;
  EXPECT_TRUE(parse_credit("REUTERS/Jane Doe", &agency));
  EXPECT_EQ(agency, "Reuters");
  EXPECT_TRUE(parse_credit("Karim Aziz—AFP", &agency));
  EXPECT_EQ(agency, "AFP");
  EXPECT_TRUE(parse_credit("(Photo: Lena Park)", &agency));
  EXPECT_EQ(agency, "");
  EXPECT_TRUE(parse_credit("AP Photo/Sam Green", &agency));
  EXPECT_EQ(agency, "AP");
  EXPECT_FALSE(parse_credit("The army said on Friday that the road had reopened.", &agency));
}

TEST(Dateline, PrefixForms) {
  EXPECT_EQ(dateline_prefix("KANDAHAR, Afghanistan, March 3 – Gunmen attacked a checkpoint"), "KANDAHAR, Afghanistan");
  EXPECT_EQ(dateline_prefix("PORT SUDAN, Sudan, Jan. 12 - The port reopened"), "PORT SUDAN, Sudan");
  EXPECT_EQ(dateline_prefix("MOGADISHU—Security forces said"), "MOGADISHU");
  EXPECT_EQ(dateline_prefix("LAGOS (Reuters) - Gunmen kidnapped"), "LAGOS");
  EXPECT_EQ(dateline_prefix("Kabul, Afghanistan (AFP) - A bomb exploded"), "Kabul, Afghanistan");
  EXPECT_EQ(dateline_prefix("NEW YORK, Feb 26 - Shares rose"), "NEW YORK");
  EXPECT_EQ(dateline_prefix("A faction of the group said on Monday"), "");
  EXPECT_EQ(dateline_prefix("ISIS claimed the attack - officials said"), "");
}

TEST(Layout, WireStoryWithCaptionBylineAndWidgets) {
  Document d = text_doc(
      "Gunmen Storm Border Post in Northern Province\n\n"
      "A soldier stands guard near the damaged post in Sarai, Ruritania March 2, 2021. REUTERS/Jane Doe\n\n"
      "By Maria Lopez\n\n"
      "SARAI, Ruritania, March 3 – Gunmen attacked a border post overnight, killing four guards, officials said on "
      "Wednesday.\n\n"
      "The attack was the third this month, and no group has claimed responsibility so far, a police official said.\n\n"
      "Share this\n\n"
      "Facebook Comments\n\n"
      "Post a comment");
  EXPECT_EQ(d.meta.title, "Gunmen Storm Border Post in Northern Province");
  EXPECT_EQ(d.meta.authors, std::vector<std::string>{"Maria Lopez"});
  EXPECT_EQ(d.meta.publisher, std::vector<std::string>{"Reuters"});  // from the photo credit, nothing better
  EXPECT_EQ(d.meta.dateline_text, "SARAI, Ruritania");
  EXPECT_FALSE(d.meta.published.has_value());  // dates in text are for the time module
  std::string body = body_of(d);
  EXPECT_TRUE(contains(body, "SARAI, Ruritania, March 3 – Gunmen attacked"));
  EXPECT_TRUE(contains(body, "a police official said."));
  for (const char* junk : {"Gunmen Storm Border Post", "REUTERS/Jane Doe", "By Maria Lopez", "Share this",
                           "Facebook Comments", "Post a comment"})
    EXPECT_FALSE(contains(body, junk)) << junk;
  // text keeps everything, body spans are exact offsets into it
  EXPECT_TRUE(contains(d.text, "By Maria Lopez"));
  for (const Span& s : d.body) EXPECT_LE(s.end, d.text.size());
}

TEST(Layout, NavLineAgencyBylineAndRelated) {
  Document d = text_doc(
      "Home World News Rebels Seize Airport in Eastern Town\n\n"
      "Rebels Seize Airport in Eastern Town\n\n"
      "by AFP\nKarim Aziz—AFP\n\n"
      "Rebel fighters took control of the airport of an eastern town on Sunday after two days of clashes, residents "
      "said.\n\n"
      "The government said it would retake the town within days, without giving details of its plans.\n\n"
      "Related Articles\n\n"
      "Army retakes bridge after clashes that lasted three days and left many dead on both sides of the river.\n\n"
      "Leave a Comment");
  EXPECT_EQ(d.meta.title, "Rebels Seize Airport in Eastern Town");
  EXPECT_TRUE(d.meta.authors.empty());  // "Karim Aziz" is a photographer
  EXPECT_EQ(d.meta.publisher, std::vector<std::string>{"AFP"});
  std::string body = body_of(d);
  EXPECT_TRUE(contains(body, "Rebel fighters took control"));
  EXPECT_TRUE(contains(body, "without giving details of its plans."));
  EXPECT_FALSE(contains(body, "Home World News"));
  EXPECT_FALSE(contains(body, "Karim Aziz"));
  EXPECT_FALSE(contains(body, "Related Articles"));
  EXPECT_FALSE(contains(body, "Army retakes bridge"));  // after the end marker
}

TEST(Layout, OutletBylineDateLinePhotoCreditAndStandaloneDateline) {
  Document d = text_doc(
      "Militia Expands Reach in Coastal Region\n\n"
      "By Tomas Berg | The Harbor Courier\n\n"
      "April 2, 2019\n\n"
      "Fighters on patrol outside the town. (Photo: Lena Park)\n\n"
      "Officials struggle to respond as attacks spread\n\n"
      "PORTVILLE—The militia has extended its operations along the coast, officials said, after a string of "
      "raids.\n\n"
      "Residents said the fighters set up checkpoints on the main road and collected taxes from traders.\n\n"
      "Print Friendly, PDF & Email");
  EXPECT_EQ(d.meta.authors, std::vector<std::string>{"Tomas Berg"});
  EXPECT_EQ(d.meta.publisher, std::vector<std::string>{"The Harbor Courier"});
  EXPECT_EQ(d.meta.dateline_text, "PORTVILLE");
  std::string body = body_of(d);
  EXPECT_TRUE(contains(body, "PORTVILLE—The militia"));
  for (const char* junk : {"April 2, 2019", "Lena Park", "Officials struggle to respond", "Print Friendly"})
    EXPECT_FALSE(contains(body, junk)) << junk;

  Document k = text_doc(
      "By Ana Ruiz\n\nMOMBASA, Kenya\n\nPolice in the port city said on Friday they had arrested six suspects in "
      "connection with the bombing.\n\nThe suspects will appear in court next week, a police spokesman said.\n\n"
      "Source link\n");
  EXPECT_EQ(k.meta.dateline_text, "MOMBASA, Kenya");
  EXPECT_EQ(k.meta.authors, std::vector<std::string>{"Ana Ruiz"});
  EXPECT_TRUE(k.meta.title.empty());  // no headline line: never invented
  std::string kb = body_of(k);
  EXPECT_FALSE(contains(kb, "MOMBASA, Kenya"));
  EXPECT_FALSE(contains(kb, "Source link"));
  EXPECT_TRUE(contains(kb, "Police in the port city"));
}

TEST(Layout, SiteNoticeStaffLineSourceCreditAndCommentForm) {
  Document d = text_doc(
      "Armed Group Announces New Leader\n\n"
      "The Daily Beacon is moving to a new address; this website is kept for archival purposes and is no longer "
      "updated.\n\n"
      "Beacon Newsroom\n\n"
      "Published Monday, June 3, 2013\n\n"
      "An armed group named a new leader on Sunday, weeks after the death of its founder in an air strike, a "
      "spokesman said.\n\n"
      "The new leader is a former commander of the group's northern wing, according to the statement.\n\n"
      "(Reuters, AFP)\n\n"
      "Post new comment\n\n"
      "The content of this field is kept private and will not be shown publicly.\n\n"
      "^ Back to Top");
  EXPECT_TRUE(d.meta.authors.empty());  // "Beacon Newsroom" is a desk, not a person
  EXPECT_EQ(d.meta.publisher, (std::vector<std::string>{"Reuters", "AFP"}));
  std::string body = body_of(d);
  EXPECT_TRUE(contains(body, "An armed group named a new leader"));
  EXPECT_TRUE(contains(body, "according to the statement."));
  for (const char* junk : {"archival purposes", "Beacon Newsroom", "Published Monday", "(Reuters, AFP)",
                           "Post new comment", "kept private", "Back to Top"})
    EXPECT_FALSE(contains(body, junk)) << junk;
}

// Site furniture (widgets, site notices, navigation, what follows the article) is kept on the
// Document for the stages that must not read names there; titles, bylines, captions, credits and
// source lines describe the article and are not furniture.
TEST(Layout, FurnitureSpansCoverWidgetsNoticesAndTrailersOnly) {
  Document d = text_doc(
      "Armed Group Announces New Leader\n\n"
      "The Daily Beacon is moving to a new address; this website is kept for archival purposes and is no "
      "longer "
      "updated.\n\n"
      "By Maria Lopez\n\n"
      "An armed group named a new leader on Sunday, weeks after the death of its founder in an air strike, a "
      "spokesman said.\n\n"
      "The new leader is a former commander of the group's northern wing, according to the statement.\n\n"
      "(Reuters, AFP)\n\n"
      "Print Friendly, PDF & Email\n\n"
      "Post new comment\n\n"
      "Allowed HTML tags: <a> <em> <strong>");
  auto in_furniture = [&](std::string_view needle) {
    size_t at = d.text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return d.in_furniture(static_cast<uint32_t>(at));
  };
  for (const char* junk : {"archival purposes", "Print Friendly", "Post new comment", "Allowed HTML tags"})
    EXPECT_TRUE(in_furniture(junk)) << junk;
  for (const char* kept :
       {"Armed Group Announces", "By Maria Lopez", "(Reuters, AFP)", "An armed group named"})
    EXPECT_FALSE(in_furniture(kept)) << kept;
  for (const Span& f : d.furniture)
    for (const Span& b : d.body) EXPECT_FALSE(f.overlaps(b));
}

TEST(Layout, LoneShortParagraphIsBodyNotTitle) {
  Document d = text_doc("Two soldiers were hurt in a blast.");
  EXPECT_TRUE(d.meta.title.empty());
  EXPECT_EQ(body_of(d), "Two soldiers were hurt in a blast.");
}

TEST(Layout, WrappedWireTextIsOneParagraphPerIndent) {
  auto paras = split_paragraphs(
      "NAIROBI, May 4 - The central bank raised its main lending rate\n"
      "by half a point on Monday, citing rising food and fuel prices\n"
      "across the region.\n"
      "    Analysts had expected the move after inflation rose for a\n"
      "third month in a row, the bank said in a statement.\n");
  ASSERT_EQ(paras.size(), 2u);
}

// Every wrapped paragraph may end on a short line; before, more than one short line in the
// block made every line a paragraph (and a sentence) of its own. Invented text.
TEST(Layout, EachWrappedParagraphMayEndShort) {
  const std::string text =
      "LAGOS, June 2 - Gunmen attacked a police station in the north\n"
      "of the state late on Sunday, killing four officers and wounding\n"
      "two others, police said.\n"
      "    The attackers fled into the forest before reinforcements\n"
      "arrived.\n"
      "    No group has claimed responsibility for the raid, which came\n"
      "a week after a similar attack nearby.\n";
  auto paras = split_paragraphs(text);
  ASSERT_EQ(paras.size(), 3u);
  EXPECT_EQ(text.substr(paras[1].span.start, paras[1].span.size()),
            "The attackers fled into the forest before reinforcements\narrived.");
  // Short lines that are not wrapped prose stay one paragraph each.
  EXPECT_EQ(split_paragraphs("Contacts:\nPress office\nPhone: 555 0100\n").size(), 3u);
}

// Wire copy ends on short one-sentence paragraphs: they are the story's, while the widget lines
// after them are not. Invented text.
TEST(Layout, ShortClosingSentencesStayInTheBody) {
  Document d = text_doc(
      "Militants stormed an army base in the town of Uri on Sunday, killing 17 soldiers, the army said.\n\n"
      "At least 19 soldiers were wounded.\n\n"
      "Pakistan rejected the accusation.\n\n"
      "\"We had nothing to do with it.\"\n\n"
      "The death toll rose to 18 on Monday.\n\n"
      "Share this article\n\n"
      "Read more\n");
  const std::string body = body_of(d);
  for (const char* kept : {"At least 19 soldiers were wounded.", "Pakistan rejected the accusation.",
                           "nothing to do with it", "The death toll rose to 18 on Monday."})
    EXPECT_NE(body.find(kept), std::string::npos) << kept;
  for (const char* junk : {"Share this article", "Read more"})
    EXPECT_EQ(body.find(junk), std::string::npos) << junk;
}

// A first line that is a full sentence ("Gunmen attacked a police post in Quetta on Monday,
// killing four officers.") is the story's lead, not its headline; a headline has no full stop.
TEST(Layout, AShortLeadSentenceIsNoHeadline) {
  Document d = text_doc(
      "Gunmen attacked a police post in Quetta on Monday, killing four officers.\n\n"
      "The Pakistani Taliban claimed responsibility in a phone call to reporters.\n");
  EXPECT_TRUE(d.meta.title.empty());
  EXPECT_NE(body_of(d).find("Gunmen attacked"), std::string::npos);
  Document h = text_doc(
      "Gunmen kill four police in Quetta\n\n"
      "Gunmen attacked a police post in Quetta on Monday, killing four officers, police said on Tuesday.\n");
  EXPECT_EQ(h.meta.title, "Gunmen kill four police in Quetta");
}

}  // namespace
}  // namespace dossier::ingest
