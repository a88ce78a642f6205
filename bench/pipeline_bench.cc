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
  }
  const std::string path = std::string(DOSSIER_SHARED_DIR) + "/data/news-bench/reuters21578.jsonl.gz";
  auto t0 = std::chrono::steady_clock::now();
  std::string bytes = read_gz(path);
  if (bytes.empty()) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 1;
  }
  std::vector<Status> errors;
  auto docs = ingest::parse_bytes(path, bytes, ingest::IngestOptions{}, &errors);
  if (limit && docs.size() > limit) docs.resize(limit);
  double parse_s = secs_since(t0);
  size_t text_bytes = 0;
  for (const auto& d : docs) text_bytes += d.text.size();
  std::printf("corpus: %zu documents, %.1f MB of text (%zu input errors); JSONL ingest %.2f s\n", docs.size(),
              static_cast<double>(text_bytes) / 1e6, errors.size(), parse_s);

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
  for (auto& d : docs) {
    for (size_t s = 0; s < pipe->stages().size(); ++s) {
      auto ts = std::chrono::steady_clock::now();
      pipe->stages()[s]->run(d);
      stage_s[s] += secs_since(ts);
    }
    tokens += d.tokens.size();
  }
  double analyse_s = secs_since(t1);
  std::printf("analysis (1 core): %.2f s, %.0f docs/s, %.2f MB/s, %.0f tokens/s\n", analyse_s,
              static_cast<double>(docs.size()) / analyse_s, static_cast<double>(text_bytes) / 1e6 / analyse_s,
              static_cast<double>(tokens) / analyse_s);
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
    double total = analyse_s + put_s + merge_s;
    std::printf("ingest total (extract + store + merge, 1 core): %.0f docs/s\n", static_cast<double>(docs.size()) / total);
    std::filesystem::remove(db);
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");
  }
  std::printf("peak memory: %.1f MB\n", peak_mb());
  return 0;
}
