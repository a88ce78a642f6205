// Article body extraction quality on the article-extraction DEV pages
// (data/article-extraction, 90 pages): precision, recall, F1 and accuracy of the
// body text by the benchmark's shingle matching (src/ingest/extraction_score.h).
// Usage: article_extraction_eval [DATA_DIR] [--pages] (per-page scores, worst first).
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include <fstream>
#include <iterator>

#include "ingest/extraction_score.h"
#include "ingest/ingest.h"

// --show ID-PREFIX: prints one page's analysed text, body paragraphs marked "B|", others " |".
static int show(const std::string& dir, const std::string& prefix) {
  for (const auto& e : std::filesystem::directory_iterator(dir + "/html")) {
    std::string name = e.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    std::ifstream f(e.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    std::vector<dossier::Status> errors;
    auto docs = dossier::ingest::parse_bytes(name, bytes, {}, &errors);
    for (const auto& st : errors) std::printf("error: %s\n", st.to_string().c_str());
    for (const auto& d : docs) {
      std::printf("title=%s | published=%s | authors=%zu | publisher=%zu | dateline=%s\n", d.meta.title.c_str(),
                  d.meta.published ? d.meta.published->iso().c_str() : "-", d.meta.authors.size(),
                  d.meta.publisher.size(), d.meta.dateline_text.c_str());
      for (const auto& a : d.meta.authors) std::printf("  author: %s\n", a.c_str());
      for (const auto& a : d.meta.publisher) std::printf("  publisher: %s\n", a.c_str());
      size_t pos = 0;
      while (pos < d.text.size()) {
        size_t nl = d.text.find("\n\n", pos);
        if (nl == std::string::npos) nl = d.text.size();
        bool body = d.in_body(static_cast<uint32_t>(pos));
        std::printf("%s| %s\n", body ? "B" : " ", d.text.substr(pos, std::min<size_t>(nl - pos, 200)).c_str());
        pos = nl + 2;
      }
    }
    return 0;
  }
  return 1;
}

int main(int argc, char** argv) {
  std::string dir = std::string(DOSSIER_SHARED_DIR) + "/data/article-extraction";
  bool pages = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--pages") == 0) pages = true;
    else if (std::strcmp(argv[i], "--show") == 0 && i + 1 < argc) return show(dir, argv[++i]);
    else dir = argv[i];
  }
  std::vector<dossier::ingest::PageResult> per_page;
  auto t0 = std::chrono::steady_clock::now();
  auto r = dossier::ingest::evaluate_article_extraction(dir, &per_page);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!r.ok()) {
    std::fprintf(stderr, "%s\n", r.status().to_string().c_str());
    return 1;
  }
  if (pages) {
    std::sort(per_page.begin(), per_page.end(), [](const auto& a, const auto& b) {
      auto f = [](const auto& p) { return p.score.tp - p.score.fp - p.score.fn; };
      return f(a) < f(b);
    });
    for (const auto& p : per_page)
      std::printf("tp=%.3f fp=%.3f fn=%.3f bytes=%zu %s %s\n", p.score.tp, p.score.fp, p.score.fn, p.predicted_bytes,
                  p.id.substr(0, 12).c_str(), p.url.c_str());
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("article-extraction DEV: pages=%zu precision=%.4f recall=%.4f f1=%.4f accuracy=%.4f (%.2fs, peak RSS %.1f MB)\n",
              r->pages, r->precision, r->recall, r->f1, r->accuracy, secs, ru.ru_maxrss / 1024.0);
  return 0;
}
