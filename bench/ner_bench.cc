// Throughput of the statistical entity recognizer on real newswire (news-bench,
// Reuters-21578): tokens per second of NerTagger::tag() on one thread, with
// tokenization timed apart, plus model load time and peak memory.
//
// Usage: ner_bench [--news FILE] [--model FILE] [--docs N] (N = 0: all documents)
#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <ctime>
#include <cstdlib>
#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "entities/ner_tagger.h"
#include "text/tokenizer.h"

using namespace dossier;
using Clock = std::chrono::steady_clock;

// CPU time of this thread: on a shared machine wall time counts other processes' turns too.
static double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char** argv) {
  std::string news = std::string(DOSSIER_SHARED_DIR) + "/data/news-bench/reuters21578.jsonl.gz";
  std::string model = std::string(DOSSIER_SOURCE_DIR) + "/resources/models/ner.model";
  size_t max_docs = 5000;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--news" && i + 1 < argc) news = argv[++i];
    else if (a == "--model" && i + 1 < argc) model = argv[++i];
    else if (a == "--docs" && i + 1 < argc) max_docs = std::stoul(argv[++i]);
    else {
      fmt::print(stderr, "usage: ner_bench [--news FILE] [--model FILE] [--docs N]\n");
      return 1;
    }
  }
  auto t0 = Clock::now();
  auto tagger = NerTagger::load(model);
  if (!tagger.ok()) {
    fmt::print(stderr, "ner_bench: {}\n", tagger.status().to_string());
    return 1;
  }
  double load_s = std::chrono::duration<double>(Clock::now() - t0).count();

  gzFile f = gzopen(news.c_str(), "rb");
  if (!f) {
    fmt::print(stderr, "ner_bench: {}: cannot open\n", news);
    return 1;
  }
  std::vector<Document> docs;
  std::string line;
  std::vector<char> buf(1 << 16);
  size_t bytes = 0;
  while (gzgets(f, buf.data(), static_cast<int>(buf.size())) != nullptr) {
    line.append(buf.data());
    if (line.empty() || line.back() != '\n') continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (j.is_discarded()) continue;
    Document d;
    d.text = j.value("text", "");
    bytes += d.text.size();
    docs.push_back(std::move(d));
    if (max_docs && docs.size() >= max_docs) break;
  }
  gzclose(f);

  auto t1 = Clock::now();
  size_t tokens = 0;
  for (auto& d : docs) {
    tokenize(d);
    split_sentences(d);
    tokens += d.tokens.size();
  }
  double tok_s = std::chrono::duration<double>(Clock::now() - t1).count();

  auto t2 = Clock::now();
  double c2 = cpu_seconds();
  size_t mentions = 0;
  for (const auto& d : docs) mentions += (*tagger)->tag(d).size();
  double tag_s = std::chrono::duration<double>(Clock::now() - t2).count();
  double tag_cpu = cpu_seconds() - c2;

  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("ner_bench: {} documents, {:.1f} MB, {} tokens, {} mentions\n", docs.size(), bytes / 1e6, tokens,
             mentions);
  fmt::print("  model load        {:.3f} s\n", load_s);
  fmt::print("  tokenize+split    {:.2f} s  ({:.0f} tokens/s)\n", tok_s, tokens / tok_s);
  fmt::print("  NER tag, wall     {:.2f} s  ({:.0f} tokens/s, {:.2f} MB/s)\n", tag_s, tokens / tag_s,
             bytes / 1e6 / tag_s);
  fmt::print("  NER tag, CPU      {:.2f} s  ({:.0f} tokens/s on one core)\n", tag_cpu, tokens / tag_cpu);
  fmt::print("  peak memory       {} MB\n", ru.ru_maxrss / 1024);
  return 0;
}
