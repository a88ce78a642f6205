// End-to-end throughput: the whole analysis pipeline, then storing into
// SQLite and rebuilding the knowledge base, on the Reuters news-bench corpus.
// Prints documents/s, MB/s, tokens/s per phase and peak memory.
//
//   bench/pipeline_bench [--limit N] [--db PATH] [--no-store]
#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>

#include "dossier/pipeline.h"
#include "dossier/resources.h"
#include "dossier/store.h"
#include "ingest/ingest.h"

using namespace dossier;

namespace {

std::string read_gz(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return {};
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

double peak_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

// CPU seconds of this process: on a busy machine, wall time measures the
// neighbours too; CPU time shows what a change did.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double secs_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  size_t limit = 0;
  bool store = true;
  std::string db = (std::filesystem::temp_directory_path() / "dossier-pipeline-bench.db").string();
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--limit") && i + 1 < argc) limit = std::stoul(argv[++i]);
    else if (!std::strcmp(argv[i], "--db") && i + 1 < argc) db = argv[++i];
    else if (!std::strcmp(argv[i], "--no-store")) store = false;
    else {
      bool help = !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h");
      std::fprintf(help ? stdout : stderr, "usage: pipeline_bench [--limit N] [--db PATH] [--no-store]\n");
      return help ? 0 : 1;
    }
  }
  const std::string path = std::string(DOSSIER_SHARED_DIR) + "/data/news-bench/reuters21578.jsonl.gz";
  auto t0 = std::chrono::steady_clock::now();
  std::string bytes = read_gz(path);
  if (bytes.empty()) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 1;
  }
  double read_s = secs_since(t0);
  // JSON Lines: with --limit, parse only the first N lines, so the timing is theirs alone.
  std::string_view input = bytes;
  if (limit) {
    size_t pos = 0;
    for (size_t n = 0; n < limit && pos != std::string_view::npos; ++n) {
      pos = input.find('\n', pos);
      if (pos != std::string_view::npos) ++pos;
    }
    if (pos != std::string_view::npos) input = input.substr(0, pos);
  }
  auto tp = std::chrono::steady_clock::now();
  double cpu0 = cpu_now();
  std::vector<Status> errors;
  auto docs = ingest::parse_bytes(path, input, ingest::IngestOptions{}, &errors);
  double parse_s = secs_since(tp);
  size_t text_bytes = 0;
  for (const auto& d : docs) text_bytes += d.text.size();
  std::printf("corpus: %zu documents, %.1f MB of text (%zu input errors); gunzip %.2f s, JSONL parse and layout %.2f s (%.0f docs/s)\n",
              docs.size(), static_cast<double>(text_bytes) / 1e6, errors.size(), read_s, parse_s,
              static_cast<double>(docs.size()) / parse_s);

  auto res = Resources::load_default();
  if (!res.ok()) {
    std::fprintf(stderr, "%s\n", res.status().to_string().c_str());
    return 1;
  }
  auto pipe = Pipeline::standard(**res);
  if (!pipe.ok()) {
    std::fprintf(stderr, "%s\n", pipe.status().to_string().c_str());
    return 1;
  }

  // Per-stage timing on one core.
  std::vector<double> stage_s(pipe->stages().size(), 0.0);
  size_t tokens = 0;
  auto t1 = std::chrono::steady_clock::now();
  double cpu1 = cpu_now();
  for (auto& d : docs) {
    for (size_t s = 0; s < pipe->stages().size(); ++s) {
      auto ts = std::chrono::steady_clock::now();
      pipe->stages()[s]->run(d);
      stage_s[s] += secs_since(ts);
    }
    tokens += d.tokens.size();
  }
  double analyse_s = secs_since(t1);
  double analyse_cpu = cpu_now() - cpu1;
  std::printf("analysis (1 core): %.2f s, %.0f docs/s, %.2f MB/s, %.0f tokens/s (CPU %.2f s, %.0f docs/s)\n",
              analyse_s, static_cast<double>(docs.size()) / analyse_s,
              static_cast<double>(text_bytes) / 1e6 / analyse_s, static_cast<double>(tokens) / analyse_s,
              analyse_cpu, static_cast<double>(docs.size()) / analyse_cpu);
  for (size_t s = 0; s < stage_s.size(); ++s)
    std::printf("  %-10s %7.3f s  %8.0f docs/s\n", std::string(pipe->stages()[s]->name()).c_str(), stage_s[s],
                static_cast<double>(docs.size()) / std::max(stage_s[s], 1e-9));

  if (store) {
    std::filesystem::remove(db);
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");
    auto st = Store::open(db);
    if (!st.ok()) {
      std::fprintf(stderr, "%s\n", st.status().to_string().c_str());
      return 1;
    }
    auto t2 = std::chrono::steady_clock::now();
    (void)(*st)->begin();
    size_t n = 0;
    for (const auto& d : docs) {
      (void)(*st)->put_document(d);
      if (++n % 1000 == 0) {
        (void)(*st)->commit();
        (void)(*st)->begin();
      }
    }
    double put_s = secs_since(t2);
    auto t3 = std::chrono::steady_clock::now();
    auto rb = (*st)->rebuild_knowledge_base();
    (void)(*st)->commit();
    double merge_s = secs_since(t3);
    if (!rb) std::fprintf(stderr, "rebuild: %s\n", rb.to_string().c_str());
    std::printf("store (SQLite): put %.2f s (%.0f docs/s), merge %.2f s\n", put_s,
                static_cast<double>(docs.size()) / put_s, merge_s);
    double total = parse_s + analyse_s + put_s + merge_s;
    double total_cpu = cpu_now() - cpu0;
    std::printf("ingest total (parse + analyse + store + merge, 1 core): %.0f docs/s (CPU %.2f s, %.0f docs/s)\n",
                static_cast<double>(docs.size()) / total, total_cpu, static_cast<double>(docs.size()) / total_cpu);
    std::filesystem::remove(db);
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");
  }
  std::printf("peak memory: %.1f MB\n", peak_mb());
  return 0;
}
