// Every kind of bad input yields a Status naming the file and position, and
// never stops the batch.
#include <gtest/gtest.h>

#include "ingest/ingest.h"
#include "test_util.h"

namespace dossier::ingest {
namespace {

using testing::contains;
using testing::TempDir;

struct IngestRun {
  std::vector<Document> docs;
  std::vector<Status> errors;
  size_t returned = 0;
};

IngestRun run(const std::vector<std::string>& paths, IngestOptions opt = {}) {
  IngestRun r;
  r.returned = read_inputs(paths, opt, [&](Document&& d) { r.docs.push_back(std::move(d)); },
                           [&](const Status& s) { r.errors.push_back(s); });
  return r;
}

const std::string kGood = "Headline\n\nSoldiers repelled an attack on a base on Sunday, the army said in a statement.\n";

TEST(BadInput, MissingPathIsNotFoundAndBatchGoesOn) {
  TempDir dir;
  std::string good = dir.file("good.txt", kGood);
  IngestRun r = run({dir.path() + "/missing.txt", good});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.returned, 1u);
  EXPECT_EQ(r.errors[0].code(), StatusCode::not_found);
  EXPECT_TRUE(contains(r.errors[0].message(), "missing.txt"));
  EXPECT_EQ(r.docs.size(), 1u);
}

TEST(BadInput, EmptyAndWhitespaceFiles) {
  TempDir dir;
  IngestRun r = run({dir.file("empty.txt", ""), dir.file("blank.html", "  \n\n "), dir.file("ok.txt", kGood)});
  ASSERT_EQ(r.errors.size(), 2u);
  for (const auto& e : r.errors) {
    EXPECT_EQ(e.code(), StatusCode::invalid_input);
    EXPECT_TRUE(contains(e.message(), "empty file")) << e.message();
  }
  EXPECT_TRUE(contains(r.errors[0].message(), "empty.txt"));
  EXPECT_EQ(r.docs.size(), 1u);
}

TEST(BadInput, BinaryFiles) {
  TempDir dir;
  std::string nul = "Some text\0more", ctrl(200, '\x01');
  nul.assign("Some text\0more", 14);
  IngestRun r = run({dir.file("nul.txt", nul), dir.file("ctrl.dat", ctrl + "abc")});
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_TRUE(contains(r.errors[0].message(), "nul.txt: byte 9: NUL byte")) << r.errors[0].message();
  EXPECT_TRUE(contains(r.errors[1].message(), "ctrl.dat: byte 0: control bytes")) << r.errors[1].message();
  EXPECT_TRUE(r.docs.empty());
}

TEST(BadInput, InvalidUtf8IsRejectedWithOffset) {
  TempDir dir;
  std::string bad = "Headline\n\nThe attack happened in the caf\xE9 on Monday.\n";
  IngestRun r = run({dir.file("latin.txt", bad)});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.docs.empty());
  size_t off = bad.find('\xE9');
  EXPECT_TRUE(contains(r.errors[0].message(), "latin.txt: byte " + std::to_string(off) + ": invalid UTF-8"))
      << r.errors[0].message();
  // In JSONL the line is named and the others go on.
  std::string jl = "{\"text\": \"fine line of text here\"}\n{\"text\": \"bad \xFF byte\"}\n";
  std::vector<Status> errors;
  auto docs = parse_bytes("x.jsonl", jl, {}, &errors);
  EXPECT_EQ(docs.size(), 1u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(contains(errors[0].message(), "x.jsonl: line 2, byte " + std::to_string(jl.find('\xFF'))))
      << errors[0].message();
  // An HTML page that declares UTF-8 but is not.
  errors.clear();
  docs = parse_bytes("bad.html", "<html><head><meta charset=\"utf-8\"></head><body><p>caf\xE9</p></body></html>", {},
                     &errors);
  EXPECT_TRUE(docs.empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(contains(errors[0].message(), "bad.html: byte")) << errors[0].message();
}

TEST(BadInput, TooLargeFilesAreNotRead) {
  TempDir dir;
  IngestOptions opt;
  opt.max_file_bytes = 1000;
  std::string big(5000, 'a');
  IngestRun r = run({dir.file("big.txt", big), dir.file("small.txt", kGood)}, opt);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), StatusCode::too_large);
  EXPECT_TRUE(contains(r.errors[0].message(), "big.txt: 5000 bytes")) << r.errors[0].message();
  EXPECT_EQ(r.docs.size(), 1u);
}

TEST(BadInput, LargeTextFileBelowTheLimitIsHandled) {
  // 24 MB of prose paragraphs: read whole, analysed without trouble.
  std::string para = "Officials said the convoy was attacked near the bridge on Monday and that two guards were hurt.";
  std::string text = "Headline\n\n";
  while (text.size() < (24u << 20)) text += para + "\n\n";
  std::vector<Status> errors;
  auto docs = parse_bytes("big.txt", text, {}, &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_GT(docs[0].body.size(), 200000u);
  EXPECT_LE(docs[0].body.back().end, docs[0].text.size());
}

TEST(BadInput, BrokenGzipAndFeedWithoutItems) {
  std::vector<Status> errors;
  std::string notgz = "\x1f\x8b\x08\x00garbage";
  auto docs = parse_bytes("x.txt.gz", notgz, {}, &errors);
  EXPECT_TRUE(docs.empty());
  ASSERT_FALSE(errors.empty());
  EXPECT_TRUE(contains(errors[0].message(), "x.txt.gz")) << errors[0].message();
  errors.clear();
  docs = parse_bytes("f.rss", "<?xml version=\"1.0\"?><rss><channel><title>t</title></channel></rss>", {}, &errors);
  EXPECT_TRUE(docs.empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(contains(errors[0].message(), "f.rss: feed has no <item>"));
}

}  // namespace
}  // namespace dossier::ingest
