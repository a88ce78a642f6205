#include "text/line_wraps.h"

namespace dossier {

namespace {

constexpr uint32_t kMinWrappedLine = 40;  // bytes; headings, bylines and datelines are shorter

bool lower_word(const Document& doc, const Token& t) {
  if (!t.has(kTokWord) || t.has(kTokCapitalized)) return false;
  const char c = doc.text[t.span.start];
  return c >= 'a' && c <= 'z';
}

}  // namespace

std::vector<uint8_t> soft_line_wraps(const Document& doc) {
  const auto& toks = doc.tokens;
  const std::string_view text = doc.text;
  std::vector<uint8_t> soft;
  uint32_t candidates = 0, mid_sentence = 0;
  std::vector<uint32_t> cand;
  for (uint32_t i = 1; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.has(kTokNewlineBefore)) continue;
    const Token& prev = toks[i - 1];
    // One newline, nothing but spaces before it, no indentation after it.
    uint32_t newlines = 0;
    bool clean = true;
    for (uint32_t k = prev.span.end; k < t.span.start; ++k) {
      const char c = text[k];
      if (c == '\n')
        ++newlines;
      else if (c != ' ' && c != '\r')
        clean = false;
    }
    if (newlines != 1 || !clean || text[t.span.start - 1] != '\n') continue;
    // The line before: long enough, not ended by a sentence mark.
    uint32_t line = prev.span.end;
    while (line > 0 && text[line - 1] != '\n') --line;
    if (prev.span.end - line < kMinWrappedLine) continue;
    const std::string_view last = text.substr(prev.span.start, prev.span.size());
    if (last == "." || last == "!" || last == "?" || last == ":" || last == ";" || last == "\"") continue;
    ++candidates;
    if (prev.has(kTokWord) && lower_word(doc, t)) ++mid_sentence;
    cand.push_back(i);
  }
  if (mid_sentence < 2 || mid_sentence * 5 < candidates) return soft;
  soft.assign(toks.size(), 0);
  for (uint32_t i : cand) soft[i] = 1;
  return soft;
}

}  // namespace dossier
