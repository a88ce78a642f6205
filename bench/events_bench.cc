// Throughput of the event stage on real newswire (news-bench Reuters-21578):
// the earlier stages (text, quantities) run first, untimed; then the event
// stage is timed alone over every document. Prints documents/s, words/s and
// the equivalent in articles of 600 words per second, plus peak memory.
// Usage: events_bench [max_docs] [repeat] [--list]
//   --list prints each event found (document, type, its first evidence sentence): on financial
//   news every one is a false attack to look at.
#include <fmt/core.h>
#include <sys/resource.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/document.h"
#include "events/event_stage.h"
#include "quantity/quantity_stage.h"
#include "text/tokenizer.h"

using namespace dossier;

static int usage(int code) {
  fmt::print(code ? stderr : stdout,
             "usage: events_bench [max_docs] [repeat] [--list]\n"
             "  max_docs: documents to read (0 = all, the default); repeat: timed runs (3)\n");
  return code;
}

// A whole non-negative number, or nullopt ("--help", "12x", "-3").
static std::optional<unsigned long> count_arg(const char* s) {
  if (!*s || !std::all_of(s, s + std::strlen(s), [](char c) { return c >= '0' && c <= '9'; }) ||
      std::strlen(s) > 9)
    return std::nullopt;
  return std::stoul(s);
}

int main(int argc, char** argv) {
  size_t max_docs = 0;
  int repeat = 3;
  bool list = false;
  for (int i = 1, pos = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") return usage(0);
    if (a == "--list") {
      list = true;
      continue;
    }
    auto n = count_arg(argv[i]);
    if (!n || pos > 1) return usage(1);
    if (pos++ == 0)
      max_docs = *n;
    else
      repeat = std::max(1, static_cast<int>(*n));
  }
  std::string path = std::string(DOSSIER_SHARED_DIR) + "/data/news-bench/reuters21578.jsonl.gz";
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) {
    fmt::print(stderr, "{}: cannot open\n", path);
    return 1;
  }
  auto events = load_event_stage(std::string(DOSSIER_SOURCE_DIR) + "/resources/events");
  if (!events) {
    fmt::print(stderr, "{}\n", events.status().to_string());
    return 2;
  }
  auto text = make_text_stage();
  auto quantities = make_quantity_stage();
  std::vector<Document> docs;
  std::string line;
  std::vector<char> buf(1 << 20);
  size_t words = 0;
  while (gzgets(f, buf.data(), static_cast<int>(buf.size()))) {
    line += buf.data();
    if (line.empty() || line.back() != '\n') continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (j.is_discarded()) continue;
    Document d;
    d.meta.id = j.value("id", "");
    d.text = j.value("text", "");
    d.body = {Span{0, static_cast<uint32_t>(d.text.size())}};
    text->run(d);
    quantities->run(d);
    for (const auto& t : d.tokens)
      if (t.has(kTokWord) || t.has(kTokNumber)) ++words;
    docs.push_back(std::move(d));
    if (max_docs && docs.size() >= max_docs) break;
  }
  gzclose(f);
  double best = 1e100;
  size_t n_events = 0;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    n_events = 0;
    for (auto& d : docs) {
      (*events)->run(d);
      n_events += d.events.size();
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, secs);
  }
  if (list)
    for (const auto& d : docs)
      for (const auto& e : d.events)
        fmt::print("{}\t{}\t{}\n", d.meta.id, to_string(e.type),
                   e.evidence.empty() ? std::string() : std::string(d.slice(e.evidence.front().span)));
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double wps = static_cast<double>(words) / best;
  fmt::print("event stage on {} Reuters documents ({} words, {} events found), best of {} runs:\n",
             docs.size(), words, n_events, repeat);
  fmt::print("  {:.3f} s, {:.0f} documents/s, {:.0f} words/s = {:.0f} articles of 600 words/s\n", best,
             static_cast<double>(docs.size()) / best, wps, wps / 600.0);
  fmt::print("  peak memory {:.1f} MB (all documents held in memory)\n", ru.ru_maxrss / 1024.0);
  return 0;
}
