// Throughput of the time stages (document date + timexes) on real newswire:
// /work/shared/data/news-bench/reuters21578.jsonl.gz (each line has "text" and
// "published"). Prints MB/s of text through the two stages on one core, the
// number of timexes found, and peak memory (ru_maxrss).
//
//   time_bench [--file PATH] [--repeat N] [--no-metadata]
// --no-metadata ignores the "published" field, so the document date comes from
// the text (the dateline) as it would for a page without metadata.
#include <fmt/core.h>
#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "time/time_stage.h"

int main(int argc, char** argv) {
  std::string path = std::string(DOSSIER_SHARED_DIR) + "/data/news-bench/reuters21578.jsonl.gz";
  int repeat = 1;
  bool use_meta = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--file" && i + 1 < argc) path = argv[++i];
    else if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (a == "--no-metadata") use_meta = false;
    else {
      fmt::print(stderr, "usage: time_bench [--file PATH] [--repeat N] [--no-metadata]\n");
      return 1;
    }
  }
  gzFile gz = gzopen(path.c_str(), "rb");
  if (!gz) {
    fmt::print(stderr, "time_bench: {}: cannot open\n", path);
    return 1;
  }
  std::vector<dossier::Document> docs;
  std::string line;
  char buf[1 << 16];
  long line_no = 0;
  auto take = [&](const std::string& l) {
    ++line_no;
    if (l.empty()) return;
    auto j = nlohmann::json::parse(l, nullptr, false);
    if (j.is_discarded()) {
      fmt::print(stderr, "time_bench: {}: line {}: bad JSON, skipped\n", path, line_no);
      return;
    }
    dossier::Document d;
    d.text = j.value("text", "");
    if (use_meta) {
      std::string p = j.value("published", "");
      if (auto date = dossier::Date::parse_iso(p.substr(0, 10))) {
        d.meta.published = date;
        d.meta.published_how = dossier::PublishedHow::metadata;
      }
    }
    docs.push_back(std::move(d));
  };
  while (gzgets(gz, buf, sizeof buf)) {
    line += buf;
    if (!line.empty() && line.back() == '\n') {
      line.pop_back();
      take(line);
      line.clear();
    }
  }
  if (!line.empty()) take(line);
  gzclose(gz);
  double bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();

  auto date_stage = dossier::make_document_date_stage();
  auto timex_stage = dossier::make_timex_stage();
  long timexes = 0, dated = 0;
  double best = 1e30, best_cpu = 1e30;
  auto cpu_now = [] {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
  };
  for (int r = 0; r < repeat; ++r) {
    std::vector<dossier::Document> work = docs;
    timexes = dated = 0;
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpu_now();
    for (auto& d : work) {
      date_stage->run(d);
      timex_stage->run(d);
      timexes += static_cast<long>(d.timexes.size());
      dated += d.meta.published ? 1 : 0;
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    best_cpu = std::min(best_cpu, cpu_now() - c0);
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("time_bench: {} documents, {:.1f} MB of text, {} with a document date, {} timexes\n", docs.size(),
             bytes / 1e6, dated, timexes);
  fmt::print("document date + timex stages: {:.2f} s wall, {:.1f} MB/s, {:.0f} docs/s (best of {})\n", best,
             bytes / 1e6 / best, docs.size() / best, repeat);
  // On a shared machine wall time includes waiting for a core; CPU time is the one-core cost.
  fmt::print("CPU time of the stages: {:.2f} s, {:.1f} MB/s per core\n", best_cpu, bytes / 1e6 / best_cpu);
  fmt::print("peak memory (ru_maxrss): {:.1f} MB (includes the {:.1f} MB corpus held in memory)\n",
             ru.ru_maxrss / 1024.0, bytes / 1e6);
  return 0;
}
