// How the tokenizer works.
//
// One left-to-right pass over the bytes. Whitespace ends a token. A token
// starts at a letter, a digit or anything else; letters and digits then
// extend it through "joiners" that stay inside words when both neighbours are
// alphanumeric: hyphens (Lashkar-e-Jhangvi, AK-47), apostrophes (O'Neill) and
// periods between single letters (U.S.). Digits extend through , . : / - when
// a digit follows (10,000-12,000, 2016-10-24). A trailing period joins the
// word when the word is a dotted initialism (I.S.), a single capital initial
// (George W. Bush) or a known abbreviation (Gen., Oct.). Everything else --
// punctuation, quotes, dashes, symbols -- is a token of one code point, except
// "..." which stays whole. Possessive 's and a bare trailing apostrophe after
// a word are split off as their own tokens so "Pakistan's" yields "Pakistan".
//
// Sentences end at . ! ? (and …) followed by optional closing quotes or
// brackets and then a token that can start a sentence (capital, digit,
// opening quote, a line break); at paragraph breaks; at the edges of body
// spans; and before bullet lines. After a dotted initialism ("the U.S.") a
// sentence ends only if the next word is a typical sentence starter. A short line
// with no final punctuation ends its sentence (a heading, a byline, a caption),
// unless the text is hard-wrapped wire copy and the break only wraps running text
// (line_wraps.h).
#include "text/tokenizer.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <unordered_set>

#include "core/utf8.h"
#include "text/line_wraps.h"

extern const char kTextAbbreviations[];
extern const char kTextSentenceStarters[];

namespace dossier {
namespace {

struct WordTables {
  std::unordered_set<std::string> abbreviations;  // lower-case, with the period
  std::unordered_set<std::string> starters;       // lower-case
};

const WordTables& tables() {
  static const WordTables t = [] {
    WordTables w;
    auto load = [](const char* src, std::unordered_set<std::string>& into) {
      std::istringstream in(src);
      std::string line, word;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ws(line);
        while (ws >> word) into.insert(utf8::fold(word));
      }
    };
    load(kTextAbbreviations, w.abbreviations);
    load(kTextSentenceStarters, w.starters);
    return w;
  }();
  return t;
}

bool is_alnum(char32_t c) { return utf8::is_letter(c) || utf8::is_digit(c); }

// Code point at byte i (0 past the end) and its length.
char32_t peek(std::string_view s, size_t i, size_t* len = nullptr) {
  if (i >= s.size()) {
    if (len) *len = 0;
    return 0;
  }
  size_t j = i;
  char32_t c = utf8::next(s, j);
  if (len) *len = j - i;
  return c;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }
bool is_bullet(char32_t c) { return c == 0x2022 || c == 0x25CF || c == 0x25AA || c == 0x25E6 || c == 0xB7 || c == 0x2023; }

bool dotted_initialism(std::string_view w) {
  // "U.S", "I.S", "U.N" (before the final period is added): letter(.letter)+
  if (w.size() < 3) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    bool want_letter = i % 2 == 0;
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (want_letter ? !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : c != '.') return false;
  }
  return w.size() % 2 == 1;
}

uint16_t case_flags(std::string_view w) {
  size_t i = 0;
  int letters = 0, upper = 0;
  bool first_upper = false;
  while (i < w.size()) {
    char32_t c = utf8::next(w, i);
    if (utf8::is_letter(c)) {
      bool u = utf8::is_upper(c);
      if (letters == 0) first_upper = u;
      ++letters;
      upper += u;
    }
  }
  uint16_t f = 0;
  if (first_upper) f |= kTokCapitalized;
  if (letters >= 2 && upper == letters) f |= kTokAllCaps;
  return f;
}

}  // namespace

bool is_known_abbreviation(std::string_view word) {
  return tables().abbreviations.count(utf8::fold(word)) > 0;
}

void tokenize(Document& doc) {
  const std::string_view s = doc.text;
  doc.tokens.clear();
  doc.tokens.reserve(s.size() / 5 + 1);
  bool space_before = true, newline_before = true;

  auto emit = [&](size_t b, size_t e, uint16_t flags) {
    Token t;
    t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    t.flags = flags;
    if (space_before) t.flags |= kTokSpaceBefore;
    if (newline_before) t.flags |= kTokNewlineBefore;
    t.norm = utf8::fold(s.substr(b, e - b));
    doc.tokens.push_back(std::move(t));
    space_before = newline_before = false;
  };

  size_t i = 0;
  while (i < s.size()) {
    size_t len = 0;
    char32_t c = peek(s, i, &len);
    if (utf8::is_space(c) || c == 0xFFFD || c < 0x20) {
      space_before = true;
      if (c == '\n' || c == 0x2028 || c == 0x2029) newline_before = true;
      i += len;
      continue;
    }
    size_t start = i;
    if (utf8::is_digit(c)) {
      // Number: digits, extended through , . : / - – when a digit follows.
      i += len;
      for (;;) {
        size_t l2 = 0;
        char32_t d = peek(s, i, &l2);
        if (utf8::is_digit(d)) {
          i += l2;
          continue;
        }
        if (d == ',' || d == '.' || d == ':' || d == '/' || d == '-' || d == 0x2013) {
          size_t l3 = 0;
          if (utf8::is_digit(peek(s, i + l2, &l3))) {
            i += l2;
            continue;
          }
        }
        // Glued units and ordinals: 20th, 5km, AK-47 style letters after digits.
        if (utf8::is_letter(d)) {
          size_t j = i;
          while (j < s.size()) {
            size_t l4 = 0;
            char32_t e = peek(s, j, &l4);
            if (!is_alnum(e)) break;
            j += l4;
          }
          i = j;
          continue;
        }
        break;
      }
      emit(start, i, kTokNumber);
      continue;
    }
    if (utf8::is_letter(c)) {
      i += len;
      for (;;) {
        size_t l2 = 0;
        char32_t d = peek(s, i, &l2);
        if (is_alnum(d) || d == 0x200D) {
          i += l2;
          continue;
        }
        // Joiners inside a word: hyphen, apostrophe, period between letters.
        if (d == '-' || d == 0x2010 || d == 0x2011 || is_apostrophe(d) || d == '.') {
          size_t l3 = 0;
          char32_t after = peek(s, i + l2, &l3);
          if (!is_alnum(after)) break;
          if (is_apostrophe(d)) {
            // Possessive 's / s' stays outside: "Pakistan's" -> Pakistan 's.
            size_t l4 = 0;
            char32_t after2 = peek(s, i + l2 + l3, &l4);
            if ((after == 's' || after == 'S') && !is_alnum(after2)) break;
          }
          if (d == '.') {
            // Only single letters join with periods: U.S, I.S, e.g
            std::string_view sofar = s.substr(start, i - start);
            size_t last_dot = sofar.rfind('.');
            std::string_view last_part = last_dot == std::string_view::npos ? sofar : sofar.substr(last_dot + 1);
            size_t l5 = 0;
            char32_t after2 = peek(s, i + l2 + l3, &l5);
            if (utf8::count_code_points(last_part) != 1 || !utf8::is_letter(after) ||
                (after2 != '.' && is_alnum(after2)))
              break;
          }
          i += l2 + l3;
          continue;
        }
        break;
      }
      // A trailing period that belongs to the word.
      uint16_t extra = 0;
      if (i < s.size() && s[i] == '.') {
        std::string_view w = s.substr(start, i - start);
        bool single_initial = utf8::count_code_points(w) == 1 && utf8::is_upper(c);
        std::string with_dot = std::string(w) + ".";
        size_t ln = 0;
        bool next_is_digit = utf8::is_digit(peek(s, i + 1, &ln)) ||
                             (peek(s, i + 1) == ' ' && utf8::is_digit(peek(s, i + 2)));
        bool known = tables().abbreviations.count(utf8::fold(with_dot)) > 0;
        // "No." is an abbreviation only before a number.
        if (known && utf8::fold(w) == "no" && !next_is_digit) known = false;
        if (dotted_initialism(w) || single_initial || known) {
          ++i;
          extra = kTokAbbrev;
        }
      }
      emit(start, i, static_cast<uint16_t>(kTokWord | case_flags(s.substr(start, i - start)) | extra));
      // Possessive or plural-possessive apostrophe.
      size_t l2 = 0;
      char32_t d = peek(s, i, &l2);
      if (is_apostrophe(d)) {
        size_t l3 = 0;
        char32_t after = peek(s, i + l2, &l3);
        if ((after == 's' || after == 'S') && !is_alnum(peek(s, i + l2 + l3))) {
          emit(i, i + l2 + l3, kTokWord);
          i += l2 + l3;
        } else if (!is_alnum(after) && (s[i - 1] == 's' || s[i - 1] == 'S')) {
          emit(i, i + l2, kTokPunct | kTokQuote);
          i += l2;
        }
      }
      continue;
    }
    // Punctuation and symbols: one code point each; "..." whole.
    if (c == '.' && s.substr(i, 3) == "...") {
      i += 3;
      emit(start, i, kTokPunct);
      continue;
    }
    i += len;
    uint16_t f = kTokPunct;
    if (utf8::is_quote(c)) f |= kTokQuote;
    if (utf8::is_dash(c)) f |= kTokDash;
    emit(start, i, f);
  }
}

namespace {

bool ends_sentence(const Token& t, std::string_view text) {
  if (!t.has(kTokPunct)) return false;
  std::string_view w = text.substr(t.span.start, t.span.size());
  return w == "." || w == "!" || w == "?" || w == "..." || w == "\u2026";
}

bool closes(const Token& t, std::string_view text) {
  std::string_view w = text.substr(t.span.start, t.span.size());
  return w == "\"" || w == "'" || w == "\u201D" || w == "\u2019" || w == ")" || w == "]" || w == "\u00BB";
}

bool can_start_sentence(const Token& t, std::string_view text) {
  if (t.has(kTokCapitalized) || t.has(kTokNumber) || t.has(kTokNewlineBefore)) return true;
  std::string_view w = text.substr(t.span.start, t.span.size());
  return w == "\"" || w == "\u201C" || w == "'" || w == "\u2018" || w == "(" || w == "[" ||
         w == "\u00AB" || w == "-" || w == "\u2014" || w == "\u2013";
}

// Is there a blank line (paragraph break) between byte offsets a and b?
bool paragraph_break(std::string_view text, uint32_t a, uint32_t b) {
  int newlines = 0;
  for (uint32_t i = a; i < b; ++i) {
    if (text[i] == '\n') {
      if (++newlines >= 2) return true;
    } else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') {
      newlines = 0;
    }
  }
  return false;
}

// A line that starts with a bullet, or an indented line (wire copy paragraphs).
bool starts_block(const Token& t, std::string_view text, uint32_t prev_end) {
  if (!t.has(kTokNewlineBefore)) return false;
  std::string_view w = text.substr(t.span.start, t.span.size());
  size_t i = 0;
  char32_t c = utf8::next(w, i);
  if (is_bullet(c) || w == "*" || ((w == "-" || w == "\u2013" || w == "\u2014") && t.span.start > 0)) return true;
  // Indentation of two or more spaces or a tab after the line break.
  uint32_t j = t.span.start;
  int indent = 0;
  while (j > prev_end && (text[j - 1] == ' ' || text[j - 1] == '\t')) {
    indent += text[j - 1] == '\t' ? 4 : 1;
    --j;
  }
  return indent >= 2;
}

}  // namespace

void split_sentences(Document& doc) {
  doc.sentences.clear();
  const auto& toks = doc.tokens;
  const std::string_view text = doc.text;
  if (toks.empty()) return;
  constexpr uint32_t kMaxTokens = 250;  // runaway guard for tables and lists

  // Which body span (or -1) each token is in, to cut at body edges.
  auto body_of = [&](uint32_t pos) -> int {
    for (size_t b = 0; b < doc.body.size(); ++b)
      if (doc.body[b].contains(pos)) return static_cast<int>(b);
    return -1;
  };

  // Hard-wrapped wire copy: a line break that only wraps running text is no heading's end.
  const std::vector<uint8_t> soft = soft_line_wraps(doc);
  auto soft_wrap = [&](uint32_t i) { return i < soft.size() && soft[i]; };

  uint32_t first = 0;
  int cur_body = body_of(toks[0].span.start);
  auto close = [&](uint32_t end_tok) {
    if (end_tok <= first) return;
    Sentence s;
    s.first_token = first;
    s.end_token = end_tok;
    s.span = {toks[first].span.start, toks[end_tok - 1].span.end};
    doc.sentences.push_back(s);
    first = end_tok;
  };

  for (uint32_t i = 1; i < toks.size(); ++i) {
    const Token& prev = toks[i - 1];
    const Token& t = toks[i];
    int b = doc.body.empty() ? -1 : body_of(t.span.start);
    bool cut = false;
    if (b != cur_body) cut = true;
    else if (t.has(kTokNewlineBefore) && paragraph_break(text, prev.span.end, t.span.start)) cut = true;
    else if (starts_block(t, text, prev.span.end)) cut = true;
    else if (i - first >= kMaxTokens) cut = true;
    else {
      // Find the last sentence-final mark before t, skipping closing quotes/brackets.
      uint32_t k = i - 1;
      while (k > first && closes(toks[k], text)) --k;
      if (ends_sentence(toks[k], text) && can_start_sentence(t, text)) {
        cut = true;
      } else if (k == i - 1 && toks[k].has(kTokAbbrev) && t.has(kTokCapitalized)) {
        // "... in the U.S. The attack": an initialism at the end of a sentence.
        std::string_view w = text.substr(toks[k].span.start, toks[k].span.size());
        bool initialism = dotted_initialism(w.substr(0, w.size() - 1));
        if (initialism && tables().starters.count(t.norm) > 0) cut = true;
      } else if (t.has(kTokNewlineBefore) && !prev.has(kTokPunct) && t.has(kTokCapitalized) &&
                 !soft_wrap(i)) {
        // A line with no final punctuation followed by a capitalised line:
        // a heading, a byline or a caption stands alone when the line is short (unless the
        // break only wraps running text: "... Standard Oil Co and BP North America\nInc said").
        uint32_t line_start = prev.span.end;
        while (line_start > 0 && text[line_start - 1] != '\n') --line_start;
        if (prev.span.end - line_start < 70 && toks[first].span.start >= line_start) cut = true;
      }
    }
    if (cut) {
      close(i);
      cur_body = b;
    }
  }
  close(static_cast<uint32_t>(toks.size()));
}

namespace {
class TextStage final : public Stage {
 public:
  std::string_view name() const override { return "text"; }
  uint32_t reads() const override { return kLayerText | kLayerBody; }
  uint32_t writes() const override { return kLayerTokens | kLayerSentences; }
  void run(Document& doc) const override {
    tokenize(doc);
    split_sentences(doc);
  }
};
}  // namespace

std::unique_ptr<Stage> make_text_stage() { return std::make_unique<TextStage>(); }

}  // namespace dossier
