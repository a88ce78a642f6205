// How tagging works.
//
// For each sentence: extract the features of every token (ner_features.cc),
// sum their weights into per-tag emission scores, decode the best BIO path
// with Viterbi (ner_model.cc), and turn each B-X I-X* run into a Mention of
// type X spanning its first to last token. A mention's score is a logistic of
// its mean per-token margin over being outside (chosen tag's emission minus
// O's, after the outside bias), so confident names score near 1 and
// borderline spans near 0.5. The form is
// pronoun for a lone personal pronoun, nominal when no word after a leading
// determiner is capitalized or contains a digit (in all-caps or all-lower
// text every mention counts as a name), else name.
// Sentences longer than 250 tokens (tables, lists) are tagged in windows.
//
// Speed. Most of a token's features depend on its own text alone (the word, its
// shape, affixes, profile, senses) or are the word as seen from a neighbour
// ("previous word is X"). News repeats its words, so each thread keeps, per
// tagger, a cache from token text to those facts, the summed weights of its own
// features and the weight rows of its neighbour features; only the features
// that look across tokens (word pairs, shapes and cases around, gazetteer
// marks) are hashed and looked up per occurrence. The result equals summing
// the weights of NerFeatureExtractor::extract() (tests compare both).
#include "entities/ner_tagger.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <string>
#include <vector>

#include "core/flat_table.h"
#include "core/ids.h"
#include "text/line_wraps.h"

namespace dossier {
namespace {

bool is_pronoun(std::string_view w) {
  static constexpr std::string_view kPronouns[] = {
      "he", "she", "it", "we", "they", "i", "me", "him", "her", "us", "them", "his", "its", "our",
      "their", "my", "you", "your", "hers", "ours", "theirs", "himself", "herself", "itself", "themselves"};
  for (auto p : kPronouns)
    if (w == p) return true;
  return false;
}

bool is_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "these" || w == "those";
}

MentionForm form_of(const Document& doc, uint32_t first, uint32_t end, bool mixed_case) {
  if (end - first == 1 && is_pronoun(doc.tokens[first].norm)) return MentionForm::pronoun;
  if (!mixed_case) return MentionForm::name;
  uint32_t i = first;
  while (i < end && is_determiner(doc.tokens[i].norm)) ++i;
  for (; i < end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.has(kTokCapitalized) || t.has(kTokAllCaps) || t.has(kTokNumber)) return MentionForm::name;
  }
  return MentionForm::nominal;
}

std::atomic<uint64_t> g_next_serial{1};

// Offsets of the neighbour-word features, in the order of their slots.
constexpr int kOffsets[4] = {-1, 1, -2, 2};

struct CachedWord {
  NerTokenFacts facts;
  std::array<float, kNerTags> own{};  // summed weights of word_features()
  std::array<const float*, 4> as_neighbour{};  // row of neighbour_feature(kOffsets[s], word)
};

// The per-thread cache: token text (with the flags the features read) -> CachedWord, an
// open-addressing table (core/flat_table.h) over contiguous entries. Found in a profile:
// std::unordered_map's lookups were the tagger's main cache misses.
struct WordCache {
  struct Slot {
    uint64_t key = 0;  // the text's hash (a zero hash is stored as 1); 0: empty
    uint32_t index = 0;
  };
  uint64_t serial = 0;
  std::vector<Slot> slots;
  std::vector<std::string> keys;
  std::vector<CachedWord> words;
  std::string key;

  void clear() {
    slots.assign(1024, Slot{});
    keys.clear();
    words.clear();
  }
  // The index of key, or of a new entry made by make() when absent.
  template <typename Make>
  uint32_t find_or_add(const std::string& k, Make&& make) {
    uint64_t h = fnv1a64(k);
    if (h == 0) h = 1;
    Slot& sl = slots[flat::find_slot(slots, h, [&](const Slot& x) { return x.key == h && keys[x.index] == k; })];
    if (sl.key != 0) return sl.index;
    sl = {h, static_cast<uint32_t>(words.size())};
    keys.push_back(k);
    words.push_back(make());
    if (words.size() * 2 > slots.size()) grow();
    return static_cast<uint32_t>(words.size() - 1);
  }

 private:
  void grow() {
    std::vector<Slot> old = std::move(slots);
    slots.assign(old.size() * 2, Slot{});
    for (const Slot& sl : old)
      if (sl.key != 0) slots[flat::free_slot(slots, sl.key)] = sl;
  }
};

void add_row(float* out, const float* row) {
  if (row)
    for (int t = 0; t < kNerTags; ++t) out[t] += row[t];
}

}  // namespace

NerTagger::NerTagger(NerModel m) : model_(std::move(m)), extractor_(&model_.lexicon), serial_(g_next_serial++) {
  ner_mask_transitions(model_.transitions.data(), masked_.data());
  // Boundary words: index 0 "<s2>" (i = -2), 1 "<s>" (-1), 2 "</s>" (n), 3 "</s2>" (n + 1).
  const std::string_view names[4] = {"<s2>", "<s>", "</s>", "</s2>"};
  for (int b = 0; b < 4; ++b)
    for (int s = 0; s < 4; ++s)
      boundary_rows_[b][s] = model_.features.find(NerFeatureExtractor::neighbour_feature(kOffsets[s], names[b]));
}

void NerTagger::emissions(const Document& doc, uint32_t first, uint32_t end, float* em) const {
  const uint32_t n = end - first;
  thread_local WordCache cache;
  thread_local std::vector<uint32_t> index;
  thread_local std::vector<const CachedWord*> words;
  thread_local std::vector<const NerTokenFacts*> facts;
  thread_local std::vector<std::string_view> norms;
  thread_local std::vector<uint64_t> feats;
  thread_local NerSentenceMarks marks;
  constexpr size_t kMaxCachedWords = 200000;
  if (cache.serial != serial_ || cache.words.size() > kMaxCachedWords) {
    cache.clear();
    cache.serial = serial_;
  }
  index.resize(n);
  words.resize(n);
  facts.resize(n);
  norms.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[first + i];
    cache.key.assign(doc.slice(t.span));
    // The flags the facts read; spacing before the token does not matter.
    const uint16_t flags = t.flags & static_cast<uint16_t>(~(kTokSpaceBefore | kTokNewlineBefore));
    cache.key.push_back('\x1f');
    cache.key.push_back(static_cast<char>(flags & 0xFF));
    cache.key.push_back(static_cast<char>(flags >> 8));
    index[i] = cache.find_or_add(cache.key, [&] {
      CachedWord cw;
      extractor_.token_facts(doc, first + i, cw.facts);
      feats.clear();
      NerFeatureExtractor::word_features(t.norm, cw.facts, feats);
      for (uint64_t h : feats) add_row(cw.own.data(), model_.features.find(h));
      for (int s = 0; s < 4; ++s)
        cw.as_neighbour[s] = model_.features.find(NerFeatureExtractor::neighbour_feature(kOffsets[s], t.norm));
      return cw;
    });
    norms[i] = t.norm;
  }
  // The cache grows while the loop above runs; its entries stay put from here on.
  for (uint32_t i = 0; i < n; ++i) {
    words[i] = &cache.words[index[i]];
    facts[i] = &words[i]->facts;
  }
  extractor_.sentence_marks(facts.data(), n, marks);
  for (uint32_t i = 0; i < n; ++i) {
    float* out = &em[static_cast<size_t>(i) * kNerTags];
    std::copy(words[i]->own.begin(), words[i]->own.end(), out);
    for (int s = 0; s < 4; ++s) {
      int64_t j = static_cast<int64_t>(i) + kOffsets[s];
      const float* row;
      if (j >= 0 && j < static_cast<int64_t>(n)) row = words[j]->as_neighbour[s];
      else row = boundary_rows_[j == -2 ? 0 : j == -1 ? 1 : j == static_cast<int64_t>(n) ? 2 : 3][s];
      add_row(out, row);
    }
  }
  // The features that look across tokens, for the whole sentence first: their table slots
  // and weight rows are fetched ahead (prefetch), then summed in the same order as before.
  thread_local std::vector<uint32_t> first_feat;
  thread_local std::vector<const float*> rows;
  feats.clear();
  first_feat.resize(n + 1);
  for (uint32_t i = 0; i < n; ++i) {
    first_feat[i] = static_cast<uint32_t>(feats.size());
    NerFeatureExtractor::context_features(norms.data(), facts.data(), marks, n, i, feats);
  }
  first_feat[n] = static_cast<uint32_t>(feats.size());
  for (uint64_t h : feats) model_.features.prefetch(h);
  rows.resize(feats.size());
  for (size_t k = 0; k < feats.size(); ++k) {
    rows[k] = model_.features.find(feats[k]);
    if (rows[k]) __builtin_prefetch(rows[k]);
  }
  for (uint32_t i = 0; i < n; ++i) {
    float* out = &em[static_cast<size_t>(i) * kNerTags];
    for (uint32_t k = first_feat[i]; k < first_feat[i + 1]; ++k) add_row(out, rows[k]);
  }
}

Result<std::unique_ptr<NerTagger>> NerTagger::load(const std::string& model_path) {
  auto m = NerModel::read(model_path);
  if (!m.ok()) return m.status();
  return std::unique_ptr<NerTagger>(new NerTagger(std::move(*m)));
}

std::unique_ptr<NerTagger> NerTagger::from_model(NerModel model) {
  return std::unique_ptr<NerTagger>(new NerTagger(std::move(model)));
}

void NerTagger::tag_range(const Document& doc, uint32_t first, uint32_t end, std::vector<Mention>& out) const {
  const uint32_t n = end - first;
  if (n == 0) return;
  thread_local std::vector<float> em;
  thread_local std::vector<int> tags;
  em.assign(static_cast<size_t>(n) * kNerTags, 0.0f);
  emissions(doc, first, end, em.data());
  for (uint32_t i = 0; i < n; ++i) em[i * kNerTags] -= model_.outside_bias;
  tags.assign(n, 0);
  ner_viterbi_masked(em.data(), masked_.data(), n, tags.data());

  // Is the text mixed-case here? (All-caps or all-lower wires carry no case signal.)
  uint32_t upper = 0, lower = 0;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    if (!t.has(kTokWord)) continue;
    if (t.has(kTokAllCaps)) {
      ++upper;
    } else if (!t.has(kTokCapitalized)) {
      ++lower;
    }
  }
  bool mixed_case = lower > 0 && upper * 2 < (upper + lower);

  for (uint32_t i = 0; i < n;) {
    if (tags[i] == 0) {
      ++i;
      continue;
    }
    MentionType type = ner_tag_type(tags[i]);
    uint32_t j = i + 1;
    while (j < n && tags[j] == ner_inside_tag(type)) ++j;
    double margin = 0;
    for (uint32_t k = i; k < j; ++k) {
      const float* e = &em[k * kNerTags];
      margin += e[tags[k]] - e[0];
    }
    margin /= (j - i);
    Mention m;
    m.span = {doc.tokens[first + i].span.start, doc.tokens[first + j - 1].span.end};
    m.type = type;
    m.form = form_of(doc, first + i, first + j, mixed_case);
    m.score = static_cast<float>(1.0 / (1.0 + std::exp(-margin / 4.0)));
    out.push_back(std::move(m));
    i = j;
  }
}

std::vector<Mention> NerTagger::tag(const Document& doc) const {
  std::vector<Mention> out;
  if (doc.tokens.empty()) return out;
  constexpr uint32_t kWindow = 250;
  auto run = [&](uint32_t first, uint32_t end) {
    for (uint32_t s = first; s < end; s += kWindow) tag_range(doc, s, std::min(end, s + kWindow), out);
  };
  if (doc.sentences.empty()) {
    run(0, static_cast<uint32_t>(doc.tokens.size()));
  } else {
    // A sentence cut at a line that only wraps running text ("the Federal\nReserve" in wire
    // copy, where the splitter took the short first line for a heading) is tagged with the next.
    const std::vector<uint8_t> soft = soft_line_wraps(doc);
    const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const uint32_t first = doc.sentences[i].first_token;
      uint32_t end = std::min<uint32_t>(doc.sentences[i].end_token, n);
      while (i + 1 < doc.sentences.size() && doc.sentences[i + 1].first_token == end && end < soft.size() &&
             soft[end] && doc.tokens[end - 1].has(kTokWord)) {
        ++i;
        end = std::min<uint32_t>(doc.sentences[i].end_token, n);
      }
      run(first, end);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  return out;
}

}  // namespace dossier
