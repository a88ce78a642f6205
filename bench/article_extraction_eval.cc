// Article body extraction quality on the article-extraction DEV pages
// (data/article-extraction, 90 pages): precision, recall, F1 and accuracy of the
// body text by the benchmark's shingle matching (src/ingest/extraction_score.h).
// Usage: article_extraction_eval [DATA_DIR] [--pages] (per-page scores, worst first).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "ingest/extraction_score.h"

int main(int argc, char** argv) {
  std::string dir = std::string(DOSSIER_SHARED_DIR) + "/data/article-extraction";
  bool pages = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--pages") == 0) pages = true;
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
