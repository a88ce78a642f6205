// Shingle matching for the extraction benchmark; see extraction_score.h.
#include "ingest/extraction_score.h"

#include <utf8proc.h>

#include <algorithm>
#include <unordered_map>

#include "core/utf8.h"
#include "ingest/ingest.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace dossier::ingest {

namespace {
bool is_word_cp(char32_t c) {
  if (c == '_') return true;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  switch (cat) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}
}  // namespace

std::vector<std::string> word_tokens(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0, start = std::string_view::npos;
  while (i < text.size()) {
    size_t at = i;
    char32_t c = utf8::next(text, i);
    if (is_word_cp(c)) {
      if (start == std::string_view::npos) start = at;
    } else if (start != std::string_view::npos) {
      out.emplace_back(text.substr(start, at - start));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) out.emplace_back(text.substr(start));
  return out;
}

namespace {
std::unordered_map<std::string, int> shingles(const std::vector<std::string>& toks) {
  std::unordered_map<std::string, int> m;
  if (toks.empty()) return m;
  size_t n = std::min<size_t>(4, toks.size());
  for (size_t i = 0; i + n <= toks.size(); ++i) {
    std::string key;
    for (size_t k = 0; k < n; ++k) {
      if (k) key += '\x1f';
      key += toks[i + k];
    }
    ++m[key];
  }
  return m;
}
}  // namespace

PageScore score_page(std::string_view truth, std::string_view predicted) {
  auto t = word_tokens(truth), p = word_tokens(predicted);
  PageScore s;
  s.exact = t == p;
  auto ts = shingles(t), ps = shingles(p);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [k, c] : ts) {
    auto it = ps.find(k);
    int pc = it == ps.end() ? 0 : it->second;
    tp += std::min(c, pc);
    fn += std::max(0, c - pc);
  }
  for (const auto& [k, c] : ps) {
    auto it = ts.find(k);
    int tc = it == ts.end() ? 0 : it->second;
    fp += std::max(0, c - tc);
  }
  double sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  s.tp = tp;
  s.fp = fp;
  s.fn = fn;
  return s;
}

ExtractionScore aggregate(const std::vector<PageScore>& pages) {
  ExtractionScore r;
  r.pages = pages.size();
  double psum = 0, rsum = 0;
  size_t pn = 0, rn = 0, exact = 0;
  for (const auto& p : pages) {
    if (p.exact) ++exact;
    if (p.fp == 0 && p.fn == 0) {
      psum += 1;
      rsum += 1;
      ++pn;
      ++rn;
      continue;
    }
    if (p.tp + p.fp > 0) {
      psum += p.tp / (p.tp + p.fp);
      ++pn;
    }
    if (p.tp + p.fn > 0) {
      rsum += p.tp / (p.tp + p.fn);
      ++rn;
    }
  }
  r.precision = pn ? psum / pn : 0;
  r.recall = rn ? rsum / rn : 0;
  r.f1 = (r.precision + r.recall) > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  r.accuracy = pages.empty() ? 0 : static_cast<double>(exact) / pages.size();
  return r;
}

std::string body_text(const Document& doc) {
  std::string out;
  for (const Span& s : doc.body) {
    if (!out.empty()) out += '\n';
    out += doc.slice(s);
  }
  return out;
}

Result<ExtractionScore> evaluate_article_extraction(const std::string& dir, std::vector<PageResult>* per_page) {
  std::string gt_path = dir + "/ground-truth.json";
  std::ifstream in(gt_path);
  if (!in) return Status(StatusCode::not_found, gt_path + ": cannot open");
  nlohmann::json gt = nlohmann::json::parse(in, nullptr, false);
  if (gt.is_discarded() || !gt.is_object()) return Status(StatusCode::invalid_input, gt_path + ": not a JSON object");
  std::vector<PageScore> scores;
  IngestOptions opt;
  for (auto it = gt.begin(); it != gt.end(); ++it) {
    std::string file = dir + "/html/" + it.key() + ".html.gz";
    std::ifstream f(file, std::ios::binary);
    if (!f) return Status(StatusCode::not_found, file + ": cannot open");
    std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    std::vector<Status> errors;
    // The name tells the format; the gzip wrapper is detected from the bytes.
    auto docs = parse_bytes(it.key() + ".html.gz", bytes, opt, &errors);
    std::string predicted = docs.empty() ? std::string() : body_text(docs.front());
    std::string truth = it.value().value("articleBody", "");
    PageScore s = score_page(truth, predicted);
    scores.push_back(s);
    if (per_page) per_page->push_back({it.key(), it.value().value("url", ""), s, predicted.size()});
  }
  return aggregate(scores);
}

}  // namespace dossier::ingest
