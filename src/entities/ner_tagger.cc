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
#include "entities/ner_tagger.h"

#include <algorithm>
#include <cmath>

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

}  // namespace

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
  thread_local std::vector<std::vector<uint64_t>> feats;
  thread_local std::vector<float> em;
  thread_local std::vector<int> tags;
  extractor_.extract(doc, first, end, feats);
  em.assign(static_cast<size_t>(n) * kNerTags, 0.0f);
  for (uint32_t i = 0; i < n; ++i) {
    ner_emissions(model_.features, feats[i], &em[i * kNerTags]);
    em[i * kNerTags] -= model_.outside_bias;
  }
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
    for (const auto& s : doc.sentences) run(s.first_token, std::min<uint32_t>(s.end_token, doc.tokens.size()));
  }
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  return out;
}

}  // namespace dossier
