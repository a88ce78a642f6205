// How training works.
//
// Features of every training sentence are extracted once. Each epoch visits
// the sentences in a seeded shuffled order, decodes each with the current
// weights, and where the predicted tag sequence differs from the gold one adds
// 1 to the weights of (feature, gold tag) and subtracts 1 from (feature,
// predicted tag) at every differing position, and likewise for the tag
// transitions that differ. Weights are averaged over all steps with the usual
// lazy trick (keep w and the step-weighted sum u of updates; average = w - u/c),
// which makes the perceptron generalize like a large-margin model. Finally
// features seen fewer than min_feature_count times, and weights near zero, are
// pruned to keep the model small.
#include "entities/ner_trainer.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

namespace dossier {

NerModel train_ner(const std::vector<const NerDoc*>& docs, const NerLexicon& lexicon,
                   const NerTrainOptions& opt) {
  struct Example {
    std::vector<std::vector<uint64_t>> feats;
    std::vector<int> gold;
  };
  NerFeatureExtractor extractor(&lexicon);
  std::vector<Example> examples;
  std::unordered_map<uint64_t, uint32_t> index;  // feature -> row
  std::vector<uint32_t> counts;
  for (const NerDoc* d : docs) {
    for (const auto& s : d->doc.sentences) {
      if (s.end_token <= s.first_token) continue;
      Example ex;
      extractor.extract(d->doc, s.first_token, s.end_token, ex.feats);
      ex.feats.resize(s.end_token - s.first_token);
      ex.gold = ner_bio_labels(*d, s.first_token, s.end_token);
      for (const auto& fs : ex.feats)
        for (uint64_t h : fs) {
          auto [it, fresh] = index.emplace(h, static_cast<uint32_t>(counts.size()));
          if (fresh) counts.push_back(0);
          ++counts[it->second];
        }
      examples.push_back(std::move(ex));
    }
  }
  const size_t F = counts.size();
  std::vector<float> w(F * kNerTags, 0.0f);
  std::vector<double> u(F * kNerTags, 0.0);
  constexpr size_t TT = (kNerTags + 1) * kNerTags;
  std::vector<float> tw(TT, 0.0f);
  std::vector<double> tu(TT, 0.0);
  double c = 1;

  // Emissions from the live weights.
  std::vector<float> em;
  std::vector<int> pred;
  std::vector<uint32_t> order(examples.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(opt.seed);
  auto update = [&](const std::vector<uint64_t>& fs, int tag, float delta) {
    for (uint64_t h : fs) {
      size_t r = index.at(h) * kNerTags + tag;
      w[r] += delta;
      u[r] += c * delta;
    }
  };
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (uint32_t ei : order) {
      const Example& ex = examples[ei];
      const uint32_t n = static_cast<uint32_t>(ex.gold.size());
      em.assign(static_cast<size_t>(n) * kNerTags, 0.0f);
      for (uint32_t i = 0; i < n; ++i) {
        float* e = &em[i * kNerTags];
        for (uint64_t h : ex.feats[i]) {
          const float* row = &w[index.at(h) * kNerTags];
          for (int t = 0; t < kNerTags; ++t) e[t] += row[t];
        }
      }
      pred.assign(n, 0);
      ner_viterbi(em.data(), tw.data(), n, pred.data());
      if (pred != ex.gold) {
        for (uint32_t i = 0; i < n; ++i) {
          int gp = i == 0 ? kNerTags : ex.gold[i - 1];
          int pp = i == 0 ? kNerTags : pred[i - 1];
          if (ex.gold[i] != pred[i]) {
            update(ex.feats[i], ex.gold[i], 1.0f);
            update(ex.feats[i], pred[i], -1.0f);
          }
          if (ex.gold[i] != pred[i] || gp != pp) {
            size_t g = static_cast<size_t>(gp) * kNerTags + ex.gold[i];
            size_t p = static_cast<size_t>(pp) * kNerTags + pred[i];
            tw[g] += 1;
            tu[g] += c;
            tw[p] -= 1;
            tu[p] -= c;
          }
        }
      }
      c += 1;
    }
  }

  NerModel model;
  model.lexicon = lexicon;
  model.outside_bias = opt.outside_bias;
  for (size_t i = 0; i < TT; ++i) model.transitions[i] = static_cast<float>(tw[i] - tu[i] / c);
  std::vector<std::pair<uint64_t, std::array<float, kNerTags>>> rows;
  for (const auto& [h, r] : index) {
    if (counts[r] < static_cast<uint32_t>(opt.min_feature_count)) continue;
    std::array<float, kNerTags> a;
    bool any = false;
    for (int t = 0; t < kNerTags; ++t) {
      float v = static_cast<float>(w[r * kNerTags + t] - u[r * kNerTags + t] / c);
      if (std::fabs(v) < opt.min_abs_weight) v = 0.0f;
      a[t] = v;
      any = any || v != 0.0f;
    }
    if (any) rows.emplace_back(h, a);
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  model.features.build(rows);
  return model;
}

}  // namespace dossier

#include "entities/ner_tagger.h"

namespace dossier {

std::vector<NerScoredSpan> ner_gold_spans(const NerDoc& d) {
  std::vector<NerScoredSpan> out;
  for (const auto& g : d.gold) out.push_back({g.span, ner_eval_class(g.type)});
  return out;
}

std::vector<NerScoredSpan> ner_predicted_spans(const std::vector<Mention>& mentions) {
  std::vector<NerScoredSpan> out;
  for (const auto& m : mentions)
    if (m.form != MentionForm::pronoun) out.push_back({m.span, ner_eval_class(m.type)});
  return out;
}

NerScores ner_cross_validate(const std::vector<NerDoc>& docs, const NerLexicon& lexicon,
                             const NerTrainOptions& options, int folds, uint64_t seed,
                             std::vector<std::vector<Mention>>* predictions,
                             const std::vector<NerDoc>* extra) {
  std::vector<uint32_t> order(docs.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<int> fold_of(docs.size());
  for (uint32_t i = 0; i < order.size(); ++i) fold_of[order[i]] = static_cast<int>(i % folds);
  if (predictions) predictions->assign(docs.size(), {});
  NerScores scores;
  for (int f = 0; f < folds; ++f) {
    std::vector<const NerDoc*> train;
    for (size_t i = 0; i < docs.size(); ++i)
      if (fold_of[i] != f) train.push_back(&docs[i]);
    if (extra)
      for (const auto& d : *extra) train.push_back(&d);
    auto tagger = NerTagger::from_model(train_ner(train, lexicon, options));
    for (size_t i = 0; i < docs.size(); ++i) {
      if (fold_of[i] != f) continue;
      auto mentions = tagger->tag(docs[i].doc);
      scores.add(ner_gold_spans(docs[i]), ner_predicted_spans(mentions));
      if (predictions) (*predictions)[i] = std::move(mentions);
    }
  }
  return scores;
}

}  // namespace dossier
