// Scoring of article body extraction, as the article-extraction benchmark
// describes it (data/article-extraction/README.md): both texts tokenised as
// \w+ (Unicode letters, digits, marks of letters, underscore), 4-token shingles
// counted as multisets (one shorter shingle when a text has under 4 tokens),
// TP/FP/FN per page normalised to sum to 1; precision and recall averaged over
// pages (a page with FP = FN = 0 scores 1; pages with TP+FP = 0 are skipped for
// precision, TP+FN = 0 for recall); F1 from the averages; accuracy = share of
// pages whose token sequences are equal. Shared by bench/article_extraction_eval
// and tests/ingest so both measure the same thing.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"

namespace dossier::ingest {

std::vector<std::string> word_tokens(std::string_view text);

struct PageScore {
  double tp = 0, fp = 0, fn = 0;  // normalised to sum to 1 (all 0 when both texts are empty)
  bool exact = false;             // token sequences equal
};
PageScore score_page(std::string_view truth, std::string_view predicted);

struct ExtractionScore {
  double precision = 0, recall = 0, f1 = 0, accuracy = 0;
  size_t pages = 0;
};
ExtractionScore aggregate(const std::vector<PageScore>& pages);

// The body text the benchmark compares: the body spans joined by newlines.
std::string body_text(const Document& doc);

struct PageResult {
  std::string id, url;
  PageScore score;
  size_t predicted_bytes = 0;
};
// Runs ingest on every page of the article-extraction data folder
// (ground-truth.json + html/<id>.html.gz) and scores the body text.
Result<ExtractionScore> evaluate_article_extraction(const std::string& dir, std::vector<PageResult>* per_page = nullptr);

}  // namespace dossier::ingest
