// Ingest throughput and peak memory (documents are streamed, not kept).
//   ingest_bench                 JSONL (news-bench/reuters21578.jsonl.gz) and HTML (article-extraction pages)
//   ingest_bench --show PATH...  prints each document of PATH: metadata, then its paragraphs, body marked "B|"
#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "ingest/ingest.h"

namespace {

std::string read_all(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

double cpu_seconds() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

double peak_mb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

void show(const dossier::Document& d) {
  std::printf("== %s [%s] id=%s\n", d.meta.path.c_str(), d.meta.format.c_str(), d.meta.id.c_str());
  std::printf("title: %s\npublished: %s (%s)\ndateline: %s\n", d.meta.title.c_str(),
              d.meta.published ? d.meta.published->iso().c_str() : "-",
              std::string(dossier::to_string(d.meta.published_how)).c_str(), d.meta.dateline_text.c_str());
  for (const auto& a : d.meta.authors) std::printf("author: %s\n", a.c_str());
  for (const auto& a : d.meta.publisher) std::printf("publisher: %s\n", a.c_str());
  size_t pos = 0;
  while (pos < d.text.size()) {
    size_t nl = d.text.find("\n\n", pos);
    if (nl == std::string::npos) nl = d.text.size();
    bool body = d.in_body(static_cast<uint32_t>(pos));
    std::printf("%s| %s\n", body ? "B" : " ", d.text.substr(pos, std::min<size_t>(nl - pos, 160)).c_str());
    pos = nl + 2;
  }
}

}  // namespace

int main(int argc, char** argv) {
  using clock = std::chrono::steady_clock;
  dossier::ingest::IngestOptions opt;
  if (argc > 1 && (argc < 3 || std::strcmp(argv[1], "--show") != 0)) {
    bool help = !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h");
    std::fprintf(help ? stdout : stderr, "usage: ingest_bench [--show PATH...]\n");
    return help ? 0 : 1;
  }
  if (argc > 2 && std::strcmp(argv[1], "--show") == 0) {
    std::vector<std::string> paths(argv + 2, argv + argc);
    size_t errors = dossier::ingest::read_inputs(
        paths, opt, [](dossier::Document&& d) { show(d); },
        [](const dossier::Status& s) { std::printf("error: %s\n", s.to_string().c_str()); });
    return errors ? 1 : 0;
  }
  std::string shared = DOSSIER_SHARED_DIR;
  // JSON Lines
  {
    std::string path = shared + "/data/news-bench/reuters21578.jsonl.gz";
    std::string gz = read_all(path);
    auto t0 = clock::now();
    double c0 = cpu_seconds();
    std::vector<dossier::Status> errors;
    size_t text_bytes = 0, body_spans = 0;
    size_t ndocs = dossier::ingest::parse_bytes(path, gz, opt, [&](dossier::Document&& d) {
      text_bytes += d.text.size();
      body_spans += d.body.size();
    }, &errors);
    double secs = std::chrono::duration<double>(clock::now() - t0).count();
    double cpu = cpu_seconds() - c0;
    // uncompressed size for MB/s
    size_t raw = 0;
    {
      gzFile f = gzopen(path.c_str(), "rb");
      char buf[1 << 16];
      int n;
      while ((n = gzread(f, buf, sizeof buf)) > 0) raw += static_cast<size_t>(n);
      gzclose(f);
    }
    std::printf("jsonl reuters21578: %zu docs, %zu errors, %.1f MB read (%.1f MB text), wall %.2f s, cpu %.2f s: "
                "%.1f MB/s, %.0f docs/s (by cpu time), %zu body spans; peak RSS %.1f MB\n",
                ndocs, errors.size(), raw / 1e6, text_bytes / 1e6, secs, cpu, raw / 1e6 / cpu, ndocs / cpu,
                body_spans, peak_mb());
  }
  // HTML pages
  {
    std::string dir = shared + "/data/article-extraction/html";
    std::vector<std::pair<std::string, std::string>> pages;
    for (const auto& e : std::filesystem::directory_iterator(dir)) pages.emplace_back(e.path().string(), read_all(e.path().string()));
    size_t raw = 0;
    for (auto& [p, gz] : pages) {
      std::vector<dossier::Status> errors;
      std::string inflated;
      // decompress once outside the timing to measure HTML parsing alone
      z_stream zs{};
      inflateInit2(&zs, 15 + 32);
      zs.next_in = reinterpret_cast<Bytef*>(gz.data());
      zs.avail_in = static_cast<uInt>(gz.size());
      char buf[1 << 16];
      int rc;
      do {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        inflated.append(buf, sizeof buf - zs.avail_out);
      } while (rc == Z_OK);
      inflateEnd(&zs);
      gz = std::move(inflated);
      raw += gz.size();
    }
    const int rounds = 5;
    size_t ndocs = 0;
    auto t0 = clock::now();
    double c0 = cpu_seconds();
    for (int r = 0; r < rounds; ++r)
      for (auto& [p, html] : pages) {
        std::vector<dossier::Status> errors;
        ndocs += dossier::ingest::parse_bytes(p.substr(0, p.size() - 3), html, opt, &errors).size();
      }
    double secs = std::chrono::duration<double>(clock::now() - t0).count();
    double cpu = cpu_seconds() - c0;
    std::printf("html article-extraction: %zu pages x %d rounds, %.1f MB per round, wall %.2f s, cpu %.2f s: %.1f MB/s, "
                "%.0f docs/s (by cpu time); peak RSS %.1f MB\n",
                pages.size(), rounds, raw / 1e6, secs, cpu, raw * rounds / 1e6 / cpu, ndocs / cpu, peak_mb());
  }
  return 0;
}
