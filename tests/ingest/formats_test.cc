// One test per input format, with small inputs written for these tests.
#include <gtest/gtest.h>
#include <zlib.h>

#include <iostream>
#include <sstream>

#include "core/ids.h"
#include "ingest/html.h"
#include "ingest/ingest.h"
#include "test_util.h"

namespace dossier::ingest {
namespace {

using testing::body_of;
using testing::contains;
using testing::TempDir;

std::string gzip(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

const char* kPage = R"(<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Convoy Ambushed Near Border | The Valley Post</title>
<meta property="og:site_name" content="The Valley Post">
<meta property="article:published_time" content="2020-07-14T09:30:00+03:00">
<meta name="author" content="Sara Nilsen">
</head><body>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/world">World</a></div>
<article class="story">
 <h1>Convoy Ambushed Near Border</h1>
 <div class="byline">By Sara Nilsen</div>
 <figure><img src="a.jpg"><figcaption>Trucks burn after the attack. Photo: Local Media</figcaption></figure>
 <div class="article-body">
  <p>Gunmen ambushed a supply convoy near the border on Tuesday, killing three drivers and wounding five, local officials said.</p>
  <p>The convoy was carrying food and medicine to camps in the district, according to an aid group that organised it.</p>
  <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
  <h2>Earlier attacks</h2>
  <p>It was the second attack on aid convoys this month, and the road has been closed to traffic since then, police said.</p>
 </div>
 <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Border town shelled overnight in renewed fighting</a></li><li><a href="/b">Aid workers kidnapped in the north</a></li></ul></div>
</article>
<div id="comments" class="comments-area"><h3>3 comments</h3><p>This is terrible news, my thoughts are with the families of the drivers.</p></div>
<footer class="site-footer"><p>Copyright 2020 The Valley Post. All rights reserved. Contact us at the newsroom.</p></footer>
</body></html>)";

// An HTML page's share line the extractor keeps is furniture, as in plain text; the story is not.
TEST(Html, WidgetLinesAreFurniture) {
  std::vector<Status> errors;
  auto docs =
      parse_bytes("share.html",
                  "<html><head><title>Convoy Ambushed</title></head><body><article><h1>Convoy Ambushed</h1>"
                  "<p>Gunmen ambushed a supply convoy near the border on Tuesday, killing three drivers, "
                  "local officials said.</p><p>Print Friendly, PDF &amp; Email</p></article></body></html>",
                  {}, &errors);
  ASSERT_EQ(docs.size(), 1u);
  const Document& d = docs[0];
  auto in_furniture = [&](std::string_view needle) {
    size_t at = d.text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return d.in_furniture(static_cast<uint32_t>(at));
  };
  EXPECT_TRUE(in_furniture("Print Friendly"));
  EXPECT_FALSE(in_furniture("Gunmen ambushed"));
}

TEST(Html, ExtractsBodyAndMetadata) {
  std::vector<Status> errors;
  auto docs = parse_bytes("page.html", kPage, {}, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0].to_string();
  ASSERT_EQ(docs.size(), 1u);
  const Document& d = docs[0];
  EXPECT_EQ(d.meta.format, "html");
  EXPECT_EQ(d.meta.path, "page.html");
  EXPECT_EQ(d.meta.title, "Convoy Ambushed Near Border");
  EXPECT_EQ(d.meta.authors, std::vector<std::string>{"Sara Nilsen"});
  ASSERT_TRUE(d.meta.published.has_value());
  EXPECT_EQ(d.meta.published->iso(), "2020-07-14");
  EXPECT_EQ(d.meta.published_how, PublishedHow::metadata);
  EXPECT_EQ(d.meta.publisher, std::vector<std::string>{"The Valley Post"});
  EXPECT_EQ(d.meta.sha256, sha256_hex(kPage));
  EXPECT_EQ(d.meta.id, document_id(d.meta.sha256));
  std::string body = body_of(d);
  EXPECT_TRUE(contains(body, "Gunmen ambushed a supply convoy"));
  EXPECT_TRUE(contains(body, "according to an aid group that organised it."));
  EXPECT_TRUE(contains(body, "It was the second attack on aid convoys"));
  for (const char* junk : {"Home", "Share on Facebook", "Related", "Border town shelled", "thoughts are with",
                           "Copyright", "By Sara Nilsen", "Trucks burn", "Convoy Ambushed"})
    EXPECT_FALSE(contains(body, junk)) << junk;
  // paragraphs are separated by blank lines in the text; the title leads
  EXPECT_EQ(d.text.rfind("Convoy Ambushed Near Border\n\n", 0), 0u);
  EXPECT_TRUE(contains(d.text, "said.\n\nThe convoy"));
}

TEST(Html, EntitiesJsonLdAndTimeElement) {
  std::string page = R"(<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Curfew &amp; Raids in Old Town",
 "datePublished":"2018-03-09","author":[{"@type":"Person","name":"Ravi Menon"},{"@type":"Person","name":"Lia Chen"}],
 "publisher":{"@type":"Organization","name":"Metro Ledger"}}</script></head>
<body><div class="content"><p>Security forces imposed a curfew in the old town on Friday after clashes &amp; arrests, the interior ministry said in a statement.</p>
<p>Shops were closed and the streets were empty, residents told reporters by telephone on Friday evening.</p></div></body></html>)";
  std::vector<Status> errors;
  auto docs = parse_bytes("x.htm", page, {}, &errors);
  ASSERT_EQ(docs.size(), 1u);
  const Document& d = docs[0];
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Ravi Menon", "Lia Chen"}));
  EXPECT_EQ(d.meta.publisher, std::vector<std::string>{"Metro Ledger"});
  ASSERT_TRUE(d.meta.published);
  EXPECT_EQ(d.meta.published->iso(), "2018-03-09");
  EXPECT_TRUE(contains(body_of(d), "after clashes & arrests"));

  std::string with_time = R"(<html><body><article><header><time datetime="2016-10-26T10:00:00Z">Oct 26</time></header>
<p>Officials said on Wednesday that the road to the valley had been reopened after the weekend landslides.</p>
<p>Traffic was moving slowly and more rain was expected later in the week, the weather office said.</p></article></body></html>)";
  docs = parse_bytes("t.html", with_time, {}, &errors);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].meta.published);
  EXPECT_EQ(docs[0].meta.published->iso(), "2016-10-26");
  EXPECT_FALSE(contains(body_of(docs[0]), "Oct 26"));
}

TEST(Html, MetadataDateForms) {
  auto iso = [](std::string_view s) {
    auto d = parse_metadata_date(s);
    return d ? d->iso() : std::string("none");
  };
  EXPECT_EQ(iso("2016-10-26T08:00:00+05:00"), "2016-10-26");
  EXPECT_EQ(iso("2019/11/19"), "2019-11-19");
  EXPECT_EQ(iso("Wed, 26 Oct 2016 08:00:00 GMT"), "2016-10-26");
  EXPECT_EQ(iso("Wed, 26 Oct 16 08:00:00 GMT"), "2016-10-26");
  EXPECT_EQ(iso("November 19, 2019, 07:47 PM EST"), "2019-11-19");
  EXPECT_EQ(iso("01:38:07 PM IST Nov 20, 2019"), "2019-11-20");
  EXPECT_EQ(iso("Fri 6:45 PM, Feb 16, 2018"), "2018-02-16");
  EXPECT_EQ(iso("Sept. 3rd 2017"), "2017-09-03");
  EXPECT_EQ(iso("19 NOV 2019"), "2019-11-19");
  EXPECT_EQ(iso("3rd of March 2021"), "2021-03-03");
  EXPECT_EQ(iso("Posted 2019-11-18 17:19:53 GMT"), "2019-11-18");
  EXPECT_EQ(iso("2019-11-5"), "2019-11-05");
  EXPECT_EQ(iso("20.11.2019, 10:15 Uhr"), "2019-11-20");
  // A placeholder year, impossible days, ambiguous slashes, no year, long digit runs: none.
  EXPECT_EQ(iso("0001-01-01 00:00:00Z"), "none");
  EXPECT_EQ(iso("February 30, 2019"), "none");
  EXPECT_EQ(iso("2019-13-01"), "none");
  EXPECT_EQ(iso("11/12/2019"), "none");
  EXPECT_EQ(iso("Updated March 3"), "none");
  EXPECT_EQ(iso("ref 123456789 May 2019"), "none");
  EXPECT_EQ(iso("may cause delays"), "none");
}

// Pages whose date is not where the standard keys put it: a written date in
// article:published_time, a site's own meta key, JSON-LD with a raw line break
// in a string or of another type than an article, the text of an itemprop
// element, a date line above the article, a <time> outside it.
TEST(Html, PublicationDateFoundWhereSitesPutIt) {
  const std::string body =
      "<p>Officials said on Wednesday that the road to the valley had been reopened after the weekend "
      "landslides, and that the bridge would follow.</p>\n<p>Traffic was moving slowly and more rain was expected "
      "later in the week, the weather office said in a statement.</p>";
  struct Case {
    const char* what;
    std::string page;
    const char* want;
  };
  std::vector<Case> cases = {
      {"written meta date",
       R"(<html><head><meta property="article:published_time" content="November 19, 2019, 07:47 PM EST"></head><body><div class="story">)" +
           body + "</div></body></html>",
       "2019-11-19"},
      {"site meta key", R"(<html><head><meta name="sn-post-date" content="2019/11/19"><meta name="last-updated" content="2020/01/01"></head><body><div class="story">)" + body + "</div></body></html>",
       "2019-11-19"},
      {"json-ld with a raw newline",
       "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"description\":\"two\nlines\","
       "\"datePublished\":\"2019-11-20T01:41:20+05:30\"}</script></head><body><div class=\"story\">" +
           body + "</div></body></html>",
       "2019-11-20"},
      {"json-ld of a fact check",
       R"(<html><head><script type="application/ld+json">{"@type":"ClaimReview","datePublished":"2019-11-18"}</script></head><body><div class="story">)" +
           body + "</div></body></html>",
       "2019-11-18"},
      {"itemprop text",
       R"(<html><body><div class="story"><span class="storyDate">Posted: <span itemprop="datePublished">Fri 6:45 PM, Feb 16, 2018</span></span>)" +
           body + "</div></body></html>",
       "2018-02-16"},
      {"date line above the article",
       R"(<html><body><h1>Road reopened</h1><div class="press-date"><div> October 12, 2017 </div></div><div class="story">)" +
           body + "</div></body></html>",
       "2017-10-12"},
      {"time element outside the article",
       R"(<html><body><div class="top"><span class="pub"><time datetime="2019-11-18 17:19:53 GMT">Nov 18</time></span></div><div class="story">)" +
           body + "</div></body></html>",
       "2019-11-18"},
      {"updated and published on one line",
       R"(<html><body><h1>Road reopened</h1><div class="dateline">Updated: Nov 21, 2019 | Published: Nov 20, 2019</div><div class="story">)" +
           body + "</div></body></html>",
       "2019-11-20"},
      {"no date at all", R"(<html><body><div class="story">)" + body + "</div></body></html>", "none"},
  };
  for (const Case& c : cases) {
    std::vector<Status> errors;
    auto docs = parse_bytes("p.html", c.page, {}, &errors);
    ASSERT_EQ(docs.size(), 1u) << c.what;
    std::string got = docs[0].meta.published ? docs[0].meta.published->iso() : "none";
    EXPECT_EQ(got, c.want) << c.what;
    // A date line shown on the page is text; markup is metadata.
    bool shown = std::string_view(c.what).find(" line") != std::string_view::npos;  // "date line", "one line"
    if (docs[0].meta.published) {
      EXPECT_EQ(docs[0].meta.published_how, shown ? PublishedHow::text : PublishedHow::metadata) << c.what;
    }
  }
}

TEST(Html, TruncatedAndLatin1Pages) {
  std::string truncated =
      "<html><head><title>Dam Attack</title></head><body><div class=\"article\"><p>Militants fired rockets at the dam "
      "site on Sunday, damaging a control building, the company said.</p><p>Work at the site was suspended for the day "
      "while engineers checked the damage to the turb";
  std::vector<Status> errors;
  auto docs = parse_bytes("trunc.html", truncated, {}, &errors);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(contains(body_of(docs[0]), "Militants fired rockets"));
  EXPECT_TRUE(contains(docs[0].text, "engineers checked the damage to the turb"));

  std::string latin1 = "<html><head><meta charset=\"windows-1252\"></head><body><div class=\"content\"><p>The caf\xE9 "
                       "near the market was hit by a grenade on Tuesday \x96 two people were hurt, police said.</p>"
                       "<p>\x93We heard a loud bang,\x94 said a shop owner who did not want to be named.</p></div></body></html>";
  docs = parse_bytes("latin.html", latin1, {}, &errors);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(contains(docs[0].text, "caf\xC3\xA9"));
  EXPECT_TRUE(contains(docs[0].text, "Tuesday \xE2\x80\x93 two"));
  EXPECT_TRUE(contains(docs[0].text, "\xE2\x80\x9CWe heard"));
}

TEST(Jsonl, LinesFieldsFallbacksAndBrokenLine) {
  std::string jsonl =
      "{\"text\": \"BAMAKO, June 2 - Gunmen killed 11 villagers in central Mali, officials said.\", \"title\": "
      "\"Villagers killed\", \"url\": \"https://example.org/a\", \"published\": \"2019-06-02T10:00:00\"}\n"
      "{\"content\": \"Second story about a bridge that was blown up overnight by unknown attackers.\", "
      "\"date\": \"2019-06-03\"}\n"
      "{\"text\": \"broken line, no closing brace\"\n"
      "\n"
      "{\"body\": \"<html><body><div class='content'><p>An HTML story in a JSON line, with a paragraph that is long "
      "enough to count as the article body of the page.</p><div class='share'>Share this</div></div></body></html>\"}\n"
      "{\"title\": \"no text at all\"}\n";
  std::vector<Status> errors;
  auto docs = parse_bytes("feed.jsonl", jsonl, {}, &errors);
  ASSERT_EQ(docs.size(), 3u);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].code(), StatusCode::invalid_input);
  EXPECT_TRUE(contains(errors[0].message(), "feed.jsonl: line 3")) << errors[0].message();
  EXPECT_TRUE(contains(errors[1].message(), "feed.jsonl: line 6")) << errors[1].message();
  EXPECT_EQ(docs[0].meta.path, "https://example.org/a");
  EXPECT_EQ(docs[0].meta.title, "Villagers killed");
  EXPECT_EQ(docs[0].meta.format, "jsonl");
  ASSERT_TRUE(docs[0].meta.published);
  EXPECT_EQ(docs[0].meta.published->iso(), "2019-06-02");
  EXPECT_EQ(docs[0].meta.published_how, PublishedHow::metadata);
  EXPECT_EQ(docs[0].meta.dateline_text, "BAMAKO");
  std::string line1 = jsonl.substr(0, jsonl.find('\n'));
  EXPECT_EQ(docs[0].meta.sha256, sha256_hex(line1));
  EXPECT_EQ(docs[1].meta.path, "feed.jsonl");
  ASSERT_TRUE(docs[1].meta.published);
  EXPECT_EQ(docs[1].meta.published->iso(), "2019-06-03");
  EXPECT_TRUE(contains(body_of(docs[2]), "An HTML story"));
  EXPECT_FALSE(contains(docs[2].text, "<p>"));
  EXPECT_FALSE(contains(body_of(docs[2]), "Share this"));
}

std::string warc_record(const std::string& type, const std::string& uri, const std::string& content_type,
                        const std::string& payload) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2021-01-01T00:00:00Z\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(payload.size()) + "\r\n\r\n" + payload + "\r\n\r\n";
}

TEST(Warc, ResponseRecordsPlainAndGzip) {
  std::string http = std::string("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n") + kPage;
  std::string redirect = "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n";
  std::string image = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
  std::string r1 = warc_record("warcinfo", "", "application/warc-fields", "software: test\r\n");
  std::string r2 = warc_record("request", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\n\r\n");
  std::string r3 = warc_record("response", "https://news.example/a", "application/http; msgtype=response", http);
  std::string r4 = warc_record("response", "https://news.example/b", "application/http; msgtype=response", redirect);
  std::string r5 = warc_record("response", "https://news.example/c.png", "application/http; msgtype=response", image);
  std::string warc = r1 + r2 + r3 + r4 + r5;
  std::vector<Status> errors;
  auto docs = parse_bytes("crawl.warc", warc, {}, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0].to_string();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].meta.path, "https://news.example/a");
  EXPECT_EQ(docs[0].meta.format, "warc");
  EXPECT_EQ(docs[0].meta.sha256, sha256_hex(r3.substr(0, r3.size() - 4)));
  EXPECT_EQ(docs[0].meta.published->iso(), "2020-07-14");  // page metadata, not WARC-Date
  EXPECT_TRUE(contains(body_of(docs[0]), "Gunmen ambushed a supply convoy"));

  // .warc.gz: one gzip member per record
  std::string gz = gzip(r1) + gzip(r3) + gzip(r4);
  docs = parse_bytes("crawl.warc.gz", gz, {}, &errors);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].meta.path, "https://news.example/a");

  // a truncated record: parsed as far as it goes, with an error naming the record
  std::string cut = warc.substr(0, r1.size() + r2.size() + r3.size() - 400);
  errors.clear();
  docs = parse_bytes("cut.warc", cut, {}, &errors);
  ASSERT_FALSE(errors.empty());
  EXPECT_TRUE(contains(errors[0].message(), "cut.warc: record 3 at byte")) << errors[0].message();
  ASSERT_EQ(docs.size(), 1u);
}

TEST(Feed, RssAndAtomItems) {
  std::string rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Police station attacked</title><link>https://wire.example/1</link>
<pubDate>Wed, 26 Oct 2016 08:15:00 GMT</pubDate><dc:creator>Nadia Karim</dc:creator>
<description><![CDATA[<p>Attackers stormed a police station in the north on Tuesday night, killing two officers, the provincial police chief said.</p><p>Two attackers were arrested.</p>]]></description></item>
<item><title>Talks resume</title><link>https://wire.example/2</link><pubDate>Thu, 27 Oct 2016 10:00:00 +0000</pubDate>
<description>Peace talks resumed in the capital on Thursday &amp; both sides said they were hopeful.</description></item>
</channel></rss>)";
  std::vector<Status> errors;
  auto docs = parse_bytes("news.xml", rss, {}, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0].to_string();
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].meta.format, "rss");
  EXPECT_EQ(docs[0].meta.title, "Police station attacked");
  EXPECT_EQ(docs[0].meta.path, "https://wire.example/1");
  EXPECT_EQ(docs[0].meta.authors, std::vector<std::string>{"Nadia Karim"});
  ASSERT_TRUE(docs[0].meta.published);
  EXPECT_EQ(docs[0].meta.published->iso(), "2016-10-26");
  EXPECT_TRUE(contains(body_of(docs[0]), "Attackers stormed a police station"));
  EXPECT_FALSE(contains(docs[0].text, "<p>"));
  EXPECT_TRUE(contains(body_of(docs[1]), "Thursday & both sides"));
  EXPECT_NE(docs[0].meta.sha256, docs[1].meta.sha256);

  std::string atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
<entry><title>Ceasefire announced</title><link rel="alternate" href="https://atom.example/c"/>
<published>2015-05-01T12:00:00Z</published><author><name>Jon Berg</name></author>
<content type="html">&lt;p&gt;The two sides announced a ceasefire on Friday after weeks of fighting in the hills, mediators said.&lt;/p&gt;</content></entry>
</feed>)";
  docs = parse_bytes("feed.atom", atom, {}, &errors);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].meta.path, "https://atom.example/c");
  EXPECT_EQ(docs[0].meta.authors, std::vector<std::string>{"Jon Berg"});
  EXPECT_EQ(docs[0].meta.published->iso(), "2015-05-01");
  EXPECT_TRUE(contains(body_of(docs[0]), "announced a ceasefire"));
}

TEST(Detect, ByExtensionAndContent) {
  EXPECT_EQ(detect_format("a.txt", "Hello world"), Format::text);
  EXPECT_EQ(detect_format("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>"), Format::html);
  EXPECT_EQ(detect_format("noext", "{\"text\": \"x\"}\n"), Format::jsonl);
  EXPECT_EQ(detect_format("dump.bin", "WARC/1.0\r\n"), Format::warc);
  EXPECT_EQ(detect_format("feed", "<?xml version=\"1.0\"?><rss version=\"2.0\">"), Format::rss);
  EXPECT_EQ(detect_format("page.html.gz", "<p>a</p>"), Format::html);
  EXPECT_EQ(detect_format("x.jsonl.gz", "{}"), Format::jsonl);
}

TEST(Gzip, TextFileAndFolderWalk) {
  TempDir dir;
  std::string story = "Title Line\n\nA bomb exploded at a market on Monday, killing four people, police said on Monday.\n";
  dir.file("b/story.txt.gz", gzip(story));
  dir.file("a/one.txt", story + "More.\n");
  dir.file(".hidden/skip.txt", story);
  dir.file("a/.skip.txt", story);
  std::vector<std::string> paths;
  size_t errors = read_inputs({dir.path()}, {}, [&](Document&& d) { paths.push_back(d.meta.path); },
                              [](const Status& s) { ADD_FAILURE() << s.to_string(); });
  EXPECT_EQ(errors, 0u);
  ASSERT_EQ(paths.size(), 2u);
  EXPECT_TRUE(contains(paths[0], "a/one.txt"));  // sorted
  EXPECT_TRUE(contains(paths[1], "b/story.txt.gz"));
}

TEST(Stdin, DashReadsStandardInput) {
  std::istringstream in("Headline Here\n\nTroops were deployed to the town on Friday after a night of clashes, officials said.\n");
  std::streambuf* old = std::cin.rdbuf(in.rdbuf());
  std::vector<Document> docs;
  size_t errors = read_inputs({"-"}, {}, [&](Document&& d) { docs.push_back(std::move(d)); },
                              [](const Status& s) { ADD_FAILURE() << s.to_string(); });
  std::cin.rdbuf(old);
  EXPECT_EQ(errors, 0u);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].meta.path, "-");
  EXPECT_EQ(docs[0].meta.title, "Headline Here");
  EXPECT_TRUE(contains(body_of(docs[0]), "Troops were deployed"));
}

}  // namespace
}  // namespace dossier::ingest
