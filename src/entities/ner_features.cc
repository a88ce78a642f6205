// How the features are built.
//
// For each sentence we first compute per-token facts once: the lower-cased
// word (Token::norm), a short word shape ("Xx", "X.X.", "dd-x"), a
// capitalization class, and the gazetteer reading: the longest run of tokens
// starting at each position whose joined key is a known place name, marked
// B/I/L/U (begin, inside, last, unit), plus whether the word is a demonym.
// Then every token gets templates over a window of two tokens each side:
// the words, shapes and their pairs, affixes, the gazetteer mark alone and
// with the previous word ("in" + U-place), the capitalization window, and the
// length of the run of title-case words it sits in. Word features use the
// lower-cased form, so a model also works on all-caps or all-lower text (MUC
// wires), where shape features are uninformative and word/context/gazetteer
// features carry the decision.
#include "entities/ner_features.h"

#include <algorithm>

#include "core/ids.h"
#include "core/utf8.h"
#include "lexicon/place_gazetteer.h"

namespace dossier {
namespace {

enum Template : uint64_t {
  kBias = 1, kLw, kShape, kPre2, kPre3, kSuf2, kSuf3, kSuf4, kCaps, kLwM1, kLwP1, kLwM2, kLwP2,
  kShapeM1, kShapeP1, kBiM1, kBiP1, kGaz, kGazLwM1, kDemonym, kCapsWindow, kLen, kTitleRun,
  kHyphenPart, kGazLwP1, kProfile, kProfileFreq, kProfileCaps, kProfileM1, kProfileP1,
  kSense1, kSense2, kSenseCaps, kSenseM1, kSenseP1,
};

inline uint64_t feat(Template t, std::string_view value) {
  return fnv1a64(value, 0xcbf29ce484222325ULL ^ (static_cast<uint64_t>(t) * 0x9E3779B97F4A7C15ULL));
}

inline uint64_t feat2(Template t, std::string_view a, std::string_view b) {
  uint64_t h = fnv1a64(a, 0xcbf29ce484222325ULL ^ (static_cast<uint64_t>(t) * 0x9E3779B97F4A7C15ULL));
  h = fnv1a64("\x1f", h);
  return fnv1a64(b, h);
}

std::string shape_of(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size() && out.size() < 8) {
    char32_t c = utf8::next(s, i);
    char m;
    if (utf8::is_letter(c)) {
      m = utf8::is_upper(c) ? 'X' : 'x';
    } else if (utf8::is_digit(c)) {
      m = 'd';
    } else if (c < 128) {
      m = static_cast<char>(c);
    } else {
      m = '*';
    }
    if (out.empty() || out.back() != m) out.push_back(m);
  }
  return out;
}

// 'U' all caps, 'C' capitalized, 'l' lower, 'd' digit-initial, 'p' punct, 'm' mixed.
char caps_class(const Token& t) {
  if (t.has(kTokPunct) || t.has(kTokQuote) || t.has(kTokDash)) return 'p';
  if (t.has(kTokNumber)) return 'd';
  if (t.has(kTokAllCaps)) return 'U';
  if (t.has(kTokCapitalized)) return 'C';
  return 'l';
}

std::string_view prefix_cp(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < s.size(); ++k) utf8::next(s, i);
  return s.substr(0, i);
}

std::string_view suffix_cp(std::string_view s, size_t n) {
  size_t i = s.size();
  for (size_t k = 0; k < n && i > 0; ++k) utf8::prev(s, i);
  return s.substr(i);
}

}  // namespace

std::string ner_tag_name(int tag) {
  if (tag == 0) return "O";
  return std::string(ner_is_begin(tag) ? "B-" : "I-") + std::string(to_string(ner_tag_type(tag)));
}

void NerWordProfileCounter::add(const Document& doc) {
  ++docs_;
  for (const auto& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token && i < doc.tokens.size(); ++i) {
      const Token& t = doc.tokens[i];
      if (!t.has(kTokWord) || t.has(kTokAllCaps)) continue;
      // Sentence-initial words, and words after a line break or an opening quote, are capitalized
      // by position, not by nature: skip them.
      if (i == s.first_token || t.has(kTokNewlineBefore)) continue;
      const Token& prev = doc.tokens[i - 1];
      if (prev.has(kTokQuote) || prev.has(kTokDash) || prev.norm == ":" || prev.norm == "(") continue;
      auto& c = counts_[t.norm];
      ++c.total;
      if (t.has(kTokCapitalized)) ++c.capitalized;
    }
  }
}

std::unordered_map<std::string, uint8_t> NerWordProfileCounter::profiles(uint32_t min_count) const {
  std::unordered_map<std::string, uint8_t> out;
  for (const auto& [w, c] : counts_) {
    if (c.total < min_count) continue;
    double r = static_cast<double>(c.capitalized) / c.total;
    uint8_t cls = r < 0.05 ? 0 : r < 0.3 ? 1 : r < 0.7 ? 2 : r < 0.95 ? 3 : 4;
    uint8_t f = 0;
    for (uint32_t t = c.total; t > 1 && f < 15; t >>= 1) ++f;
    out.emplace(w, static_cast<uint8_t>(cls << 4 | f));
  }
  return out;
}

std::string ner_token_key(std::string_view norm) {
  bool simple = !norm.empty(), ascii = true, alnum = false;
  for (char c : norm) {
    bool an = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    alnum = alnum || an;
    if (!an) simple = false;
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  }
  if (simple) return std::string(norm);
  if (ascii && !alnum) return std::string();  // punctuation
  return PlaceGazetteer::key(norm);             // = slugify(norm), fast for ASCII
}

NerFeatureExtractor::NerFeatureExtractor(const NerLexicon* lexicon) : lex_(lexicon) {
  if (!lex_) return;
  for (const auto& [k, kind] : lex_->places)
    for (size_t p = k.find('-'); p != std::string::npos; p = k.find('-', p + 1)) place_prefixes_.insert(k.substr(0, p));
}

void NerFeatureExtractor::token_facts(const Document& doc, uint32_t ti, NerTokenFacts& f) const {
  const Token& t = doc.tokens[ti];
  f.shape = shape_of(doc.slice(t.span));
  f.caps = caps_class(t);
  f.key = ner_token_key(t.norm);
  f.demonym = false;
  f.profile = '?';
  f.freq = '?';
  f.sense = 0xFFFF;
  f.place_kind = 0;
  f.place_prefix = false;
  if (!lex_) return;
  if (!f.key.empty()) {
    if (lex_->demonyms.count(f.key)) f.demonym = true;
    if (auto it = lex_->places.find(f.key); it != lex_->places.end()) f.place_kind = it->second;
    f.place_prefix = place_prefixes_.count(f.key) > 0;
  }
  const std::string& w = t.norm;
  if (!lex_->noun_senses.empty() && t.has(kTokWord)) {
    auto it = lex_->noun_senses.find(w);
    // Regular plurals: "militias" -> militia, "countries" -> country, "forces" -> force.
    if (it == lex_->noun_senses.end() && w.size() > 3 && w.back() == 's') {
      if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0)
        it = lex_->noun_senses.find(w.substr(0, w.size() - 3) + "y");
      if (it == lex_->noun_senses.end()) it = lex_->noun_senses.find(w.substr(0, w.size() - 1));
      if (it == lex_->noun_senses.end() && w.compare(w.size() - 2, 2, "es") == 0)
        it = lex_->noun_senses.find(w.substr(0, w.size() - 2));
    }
    if (it != lex_->noun_senses.end()) f.sense = it->second;
  }
  if (!lex_->word_profiles.empty()) {
    auto it = lex_->word_profiles.find(w);
    if (it != lex_->word_profiles.end()) {
      f.profile = static_cast<char>('0' + (it->second >> 4));
      f.freq = "0123456789abcdef"[it->second & 15];
    }
  }
}

void NerFeatureExtractor::word_features(std::string_view lw, const NerTokenFacts& t, std::vector<uint64_t>& f) {
  char buf[4];
  f.push_back(feat(kBias, ""));
  f.push_back(feat(kLw, lw));
  f.push_back(feat(kShape, t.shape));
  f.push_back(feat(kPre2, prefix_cp(lw, 2)));
  f.push_back(feat(kPre3, prefix_cp(lw, 3)));
  f.push_back(feat(kSuf2, suffix_cp(lw, 2)));
  f.push_back(feat(kSuf3, suffix_cp(lw, 3)));
  f.push_back(feat(kSuf4, suffix_cp(lw, 4)));
  if (t.demonym) f.push_back(feat(kDemonym, "1"));
  size_t len = utf8::count_code_points(lw);
  buf[0] = static_cast<char>('0' + std::min<size_t>(len, 9));
  f.push_back(feat(kLen, std::string_view(buf, 1)));
  buf[0] = t.profile;
  f.push_back(feat(kProfile, std::string_view(buf, 1)));
  buf[1] = t.freq;
  f.push_back(feat(kProfileFreq, std::string_view(buf, 2)));
  if (t.sense != 0xFFFF) {
    buf[0] = static_cast<char>('A' + (t.sense & 0xFF) % 50);
    f.push_back(feat(kSense1, std::string_view(buf, 1)));
    buf[1] = t.caps;
    f.push_back(feat(kSenseCaps, std::string_view(buf, 2)));
    if ((t.sense >> 8) != 0xFF) {
      buf[1] = static_cast<char>('A' + (t.sense >> 8) % 50);
      f.push_back(feat(kSense2, std::string_view(buf, 2)));
    }
  }
  // Parts of hyphenated words: "lashkar-e-jhangvi" -> lashkar, jhangvi; "al-qaeda" -> qaeda.
  if (lw.find('-') != std::string_view::npos && lw.size() > 3) {
    size_t s = 0;
    while (s < lw.size()) {
      size_t e = lw.find('-', s);
      if (e == std::string_view::npos) e = lw.size();
      if (e - s >= 3) f.push_back(feat(kHyphenPart, lw.substr(s, e - s)));
      s = e + 1;
    }
  }
}

uint64_t NerFeatureExtractor::neighbour_feature(int offset, std::string_view word) {
  switch (offset) {
    case -1: return feat(kLwM1, word);
    case 1: return feat(kLwP1, word);
    case -2: return feat(kLwM2, word);
    default: return feat(kLwP2, word);
  }
}

std::string_view NerFeatureExtractor::boundary_word(int64_t i, uint32_t n) {
  if (i < 0) return i == -1 ? std::string_view("<s>") : std::string_view("<s2>");
  return i == static_cast<int64_t>(n) ? std::string_view("</s>") : std::string_view("</s2>");
}

void NerFeatureExtractor::sentence_marks(const NerTokenFacts* const* facts, uint32_t n, NerSentenceMarks& m) const {
  m.gaz.assign(n, 'O');
  m.gaz_kind.assign(n, '-');
  m.title_run.assign(n, 0);
  if (lex_) {
    // The longest place name starting at each position; a run of words stops growing once
    // it is no longer the start of any name.
    thread_local std::string k;
    for (uint32_t i = 0; i < n;) {
      uint32_t best = 0;
      char kind = '-';
      if (facts[i]->place_kind) {
        best = 1;
        kind = facts[i]->place_kind;
      }
      if (facts[i]->place_prefix) {
        k = facts[i]->key;
        for (uint32_t len = 2; len <= static_cast<uint32_t>(lex_->max_place_tokens) && i + len <= n; ++len) {
          const std::string& piece = facts[i + len - 1]->key;
          if (piece.empty()) break;
          k.push_back('-');
          k.append(piece);
          if (auto it = lex_->places.find(k); it != lex_->places.end()) {
            best = len;
            kind = it->second;
          }
          if (!place_prefixes_.count(k)) break;
        }
      }
      if (best == 0) {
        ++i;
        continue;
      }
      for (uint32_t j = i; j < i + best; ++j) m.gaz_kind[j] = kind;
      if (best == 1) {
        m.gaz[i] = 'U';
      } else {
        m.gaz[i] = 'B';
        for (uint32_t j = i + 1; j + 1 < i + best; ++j) m.gaz[j] = 'I';
        m.gaz[i + best - 1] = 'L';
      }
      i += best;
    }
  }
  // Runs of title-case / all-caps words (joined across "of", "al-", "e" etc. is left to context).
  for (uint32_t i = 0; i < n;) {
    if (facts[i]->caps != 'C' && facts[i]->caps != 'U') {
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j < n && (facts[j]->caps == 'C' || facts[j]->caps == 'U')) ++j;
    uint8_t len = static_cast<uint8_t>(std::min<uint32_t>(j - i, 5));
    for (uint32_t k = i; k < j; ++k) m.title_run[k] = len;
    i = j;
  }
}

void NerFeatureExtractor::context_features(const std::string_view* words, const NerTokenFacts* const* facts,
                                           const NerSentenceMarks& m, uint32_t n, uint32_t i,
                                           std::vector<uint64_t>& f) {
  static const std::string kStart = "<s>", kEnd = "</s>";
  auto word = [&](int64_t k) -> std::string_view {
    if (k < 0 || k >= static_cast<int64_t>(n)) return boundary_word(k, n);
    return words[k];
  };
  auto shp = [&](int64_t k) -> std::string_view {
    if (k < 0) return kStart;
    if (k >= static_cast<int64_t>(n)) return kEnd;
    return facts[k]->shape;
  };
  const NerTokenFacts& t = *facts[i];
  std::string_view lw = words[i];
  char buf[8];
  buf[0] = t.caps;
  buf[1] = i == 0 ? 'F' : '-';
  f.push_back(feat(kCaps, std::string_view(buf, 2)));
  f.push_back(feat2(kShapeM1, shp(int64_t(i) - 1), t.shape));
  f.push_back(feat2(kShapeP1, t.shape, shp(int64_t(i) + 1)));
  f.push_back(feat2(kBiM1, word(int64_t(i) - 1), lw));
  f.push_back(feat2(kBiP1, lw, word(int64_t(i) + 1)));
  if (m.gaz[i] != 'O') {
    buf[0] = m.gaz[i];
    buf[1] = m.gaz_kind[i];
    f.push_back(feat(kGaz, std::string_view(buf, 1)));
    f.push_back(feat(kGaz, std::string_view(buf, 2)));
    f.push_back(feat2(kGazLwM1, std::string_view(buf, 1), word(int64_t(i) - 1)));
    f.push_back(feat2(kGazLwP1, std::string_view(buf + 1, 1), word(int64_t(i) + 1)));
  }
  buf[0] = i > 0 ? facts[i - 1]->caps : '^';
  buf[1] = t.caps;
  buf[2] = i + 1 < n ? facts[i + 1]->caps : '$';
  f.push_back(feat(kCapsWindow, std::string_view(buf, 3)));
  if (m.title_run[i]) {
    buf[0] = static_cast<char>('0' + m.title_run[i]);
    buf[1] = i > 0 && (facts[i - 1]->caps == 'C' || facts[i - 1]->caps == 'U') ? 'c' : 'b';
    f.push_back(feat(kTitleRun, std::string_view(buf, 2)));
  }
  buf[0] = t.profile;
  buf[1] = t.caps;
  buf[2] = i == 0 ? 'F' : '-';
  f.push_back(feat(kProfileCaps, std::string_view(buf, 3)));
  buf[0] = i > 0 ? facts[i - 1]->profile : '^';
  buf[1] = t.profile;
  f.push_back(feat(kProfileM1, std::string_view(buf, 2)));
  buf[0] = t.profile;
  buf[1] = i + 1 < n ? facts[i + 1]->profile : '$';
  f.push_back(feat(kProfileP1, std::string_view(buf, 2)));
  auto sense_char = [&](int64_t j) -> char {
    if (j < 0 || j >= static_cast<int64_t>(n)) return '|';
    uint16_t s = facts[j]->sense;
    return s == 0xFFFF ? '-' : static_cast<char>('A' + (s & 0xFF) % 50);
  };
  buf[0] = sense_char(int64_t(i) - 1);
  buf[1] = sense_char(i);
  f.push_back(feat(kSenseM1, std::string_view(buf, 2)));
  buf[0] = sense_char(i);
  buf[1] = sense_char(int64_t(i) + 1);
  f.push_back(feat(kSenseP1, std::string_view(buf, 2)));
}

void NerFeatureExtractor::extract(const Document& doc, uint32_t first, uint32_t end,
                                  std::vector<std::vector<uint64_t>>& out) const {
  const uint32_t n = end - first;
  if (out.size() < n) out.resize(n);
  for (uint32_t i = 0; i < n; ++i) out[i].clear();
  if (n == 0) return;
  // Per-call scratch, reused across calls on this thread.
  thread_local std::vector<NerTokenFacts> facts;
  thread_local std::vector<const NerTokenFacts*> fp;
  thread_local std::vector<std::string_view> words;
  thread_local NerSentenceMarks marks;
  if (facts.size() < n) facts.resize(n);
  fp.resize(n);
  words.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    token_facts(doc, first + i, facts[i]);
    fp[i] = &facts[i];
    words[i] = doc.tokens[first + i].norm;
  }
  sentence_marks(fp.data(), n, marks);
  auto word = [&](int64_t k) -> std::string_view {
    if (k < 0 || k >= static_cast<int64_t>(n)) return boundary_word(k, n);
    return words[k];
  };
  for (uint32_t i = 0; i < n; ++i) {
    auto& f = out[i];
    f.reserve(32);
    word_features(words[i], facts[i], f);
    for (int off : {-1, 1, -2, 2}) f.push_back(neighbour_feature(off, word(int64_t(i) + off)));
    context_features(words.data(), fp.data(), marks, n, i, f);
  }
}

}  // namespace dossier
