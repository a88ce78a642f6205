// MUC-4 role-filler quality of the event stage (GRIT-style entity matching),
// per role and overall, plus incident type accuracy. Scoring code:
// tests/events/event_eval.h (shared with the threshold test).
// Usage: muc4_eval [train|dev|both] [limit] [--errors|--upper|--full]
//   --errors lists every FP and FN; --upper analyses the texts upper-cased; --full runs the
//   standard pipeline (needs the resources and the built gazetteer data).
//        muc4_eval candidates [train|dev] [--errors]
//   how many gold fillers have a mention among the role model's candidates (its recall ceiling).
//        muc4_eval train-model [epochs] [min_count] [thresholds] [out]
//   trains the argument role model (src/events/role_model.h) on the MUC-4 train split and
//   writes it to resources/events/roles.model (or out); deterministic for the same inputs.
//   thresholds: "margin" or "margin:o1,...,o5" (per-role offsets; defaults below).
//        muc4_eval show [train|dev] <docid>
//   one document's text, gold fillers and candidates with the model's margins.
//        muc4_eval cv [folds=5] [epochs] [min_count] [thresholds...]
//   cross-validation on MUC-4 train, scored with the MUC-4 scorer, for each thresholds.
//   MUC4_CV_ERRORS=file writes the held-out folds' errors (first thresholds) as --errors does.
//        muc4_eval wikicv [folds=5] [epochs] [min_count] [thresholds...]
//   cross-validation on the WikiEvents train split (derived), scored with the WikiEvents scorer:
//   trained on MUC-4 train and the other folds (folds = 0: on MUC-4 train alone, scored on all).
//   --learner=perceptron|logistic|mean, --lr=rate,l2,scale[,avg], --bags=N (train-model, cv,
//   wikicv): the learner (default: the mean of both, see Learner below).
//   --wiki[=N] (train-model, cv): the WikiEvents train split in the training data as well, its
//   documents in every N-th epoch (default 2). Measured, not used for the shipped model
//   (resources/events/ROLES_MODEL_CARD.md).
//        muc4_eval cluster-corpus <out>
//   writes the unlabeled text the word clusters are learned from (tools/word_clusters): the
//   news-bench Reuters articles, MUC-4 train and WikiEvents train (never dev or test), as the
//   tokenizer's folded norms, one sentence a line.
#include <fmt/core.h>
#include <sys/resource.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <unordered_map>
#include <random>
#include <string>

#include "../tests/events/event_eval.h"

using namespace dossier;

// The role model's hyper-parameters (chosen by `cv` on MUC-4 train; ROLES_MODEL_CARD.md).
constexpr int kEpochs = 10;
constexpr int kMinCount = 2;
// Per-role offsets: perpetrator individuals and victims taken 3 more readily (CV 0.461 at
// -20 without, 0.462 with; the perceptron alone wanted 5: 0.444 -> 0.450).
constexpr const char* kThresholds = "-22:-3,0,0,-3,0";
static int bags = 5;

// The learner. Each bag trains an averaged perceptron and a softmax regression by AdaGrad on
// the same shuffles, and takes the mean of their weights (the regression's log-odds times
// `scale`, so that the stage's margins, keep 20 and conjuncts 20, and the thresholds are in
// the perceptron's units). CV on MUC-4 train: perceptron 0.447, regression 0.461, mean 0.463.
// --learner=perceptron|logistic|mean picks one; --lr=rate,l2,scale[,avg] sets the regression's
// step, L2 penalty, scale and whether its iterates are averaged (1) or the last is kept (0).
struct Learner {
  bool perceptron = true, logistic = true;
  float rate = 0.05f, l2 = 1e-3f, scale = 20.0f;
  bool avg = true;
};
static Learner learner;

static void report(const char* split, const eval::MucResult& r, double secs) {
  fmt::print("MUC-4 {} ({} docs, {:.1f} s)\n", split, r.docs, secs);
  fmt::print("  {:<8} {:>6} {:>6} {:>6}   {:>5} {:>5} {:>5}\n", "role", "P", "R", "F1", "tp", "fp", "fn");
  for (int i = 0; i < 5; ++i)
    fmt::print("  {:<8} {:6.3f} {:6.3f} {:6.3f}   {:5} {:5} {:5}\n", eval::kMucRoles[i], r.roles[i].p(),
               r.roles[i].r(), r.roles[i].f1(), r.roles[i].tp, r.roles[i].fp, r.roles[i].fn);
  fmt::print("  {:<8} {:6.3f} {:6.3f} {:6.3f}   {:5} {:5} {:5}\n", "micro", r.all.p(), r.all.r(),
             r.all.f1(), r.all.tp, r.all.fp, r.all.fn);
  fmt::print("  macro F1 {:.3f}; incident type accuracy {:.3f} ({} / {} documents with a template)\n",
             eval::macro_f1(r), r.typed_docs ? double(r.type_correct) / double(r.typed_docs) : 0.0,
             r.type_correct, r.typed_docs);
}

// The training split as role examples: candidates labelled by the gold fillers whose mention
// string they equal (normalized as the scorer does); one group per document.
struct TrainSet {
  std::shared_ptr<const EventLexicon> lex;
  std::vector<RoleExample> ex;
  std::vector<std::string> lines;  // the documents' JSON, by group
  size_t muc_docs = 0;             // groups [0, muc_docs) are MUC-4, the rest WikiEvents train
};

// The role a WikiEvents Conflict.Attack argument plays in the model's classes, read off the
// candidate that names it: an attacker is an organisation when its head is a group word
// ("islamic state", "taliban"), else an individual; a target is a physical target when its head
// is a target word ("restaurant", "murrah building"), else a victim ("americans", "chekatt");
// instruments and explosive devices are weapons. 0 for roles the model has no class for.
static int wiki_label(const EventLexicon& lex, const std::string& role, std::string_view cand) {
  std::string_view head = cand.substr(cand.rfind(' ') == std::string_view::npos ? 0 : cand.rfind(' ') + 1);
  if (role == "Instrument" || role == "ExplosiveDevice") return static_cast<int>(RoleClass::weapon);
  if (role == "Attacker") {
    std::vector<std::string> ws = split_lexicon_phrase(cand);
    std::vector<std::string_view> words(ws.begin(), ws.end());
    bool org = false;
    for (size_t i = 0; i < words.size() && !org; ++i) org = lex.match_class(words, i, LexClass::group) > 0;
    return static_cast<int>(org ? RoleClass::perp_org : RoleClass::perp_individual);
  }
  if (role == "Target")
    return static_cast<int>(lex.is(head, LexClass::target) || lex.is(head, LexClass::weapon)
                                ? RoleClass::target
                                : RoleClass::victim);
  return 0;
}

// wiki: add the WikiEvents train split (derived, detokenized), its Conflict.Attack arguments
// mapped to the model's classes (wiki_label). Left out, neither a role nor "none": a candidate
// naming an argument of another event (MUC-4 calls the dead of an attack its victims, WikiEvents
// victims of a death), and targets and victims altogether (head a target or human word, or so
// labelled): with them MUC-4 CV fell 0.451 -> 0.433, without them to 0.444 (ROLES_MODEL_CARD.md).
static std::optional<TrainSet> collect_train(bool verbose, bool wiki = false) {
  const std::string events_dir = std::string(DOSSIER_SOURCE_DIR) + "/resources/events";
  auto lex = EventLexicon::load(events_dir);
  if (!lex) {
    fmt::print(stderr, "{}\n", lex.status().to_string());
    return std::nullopt;
  }
  eval::Analyzer an(events_dir, /*with_role_model=*/false);
  if (!an.error().empty()) {
    fmt::print(stderr, "{}\n", an.error());
    return std::nullopt;
  }
  TrainSet ts;
  ts.lex = std::move(lex.value());
  long counts[kRoleClasses] = {};
  long gold_total = 0, gold_found = 0;
  std::ifstream in(std::string(DOSSIER_SHARED_DIR) + "/data/muc4/processed/train.json");
  std::string line;
  int group = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    Document doc = an.analyze(j["docid"].get<std::string>(), j["doctext"].get<std::string>());
    std::map<std::string, int> gold;
    for (const auto& t : j["templates"])
      for (int r = 0; r < 5; ++r)
        for (const auto& ent : t[eval::kMucRoles[r]])
          for (const auto& m : ent) gold.emplace(eval::normalize(m[0].get<std::string>()), r + 1);
    std::set<std::string> seen;
    for (auto& c : event_role_candidates(*ts.lex, doc)) {
      RoleExample e;
      auto it = gold.find(eval::normalize(c.text));
      e.label = it == gold.end() ? 0 : it->second;
      if (e.label) seen.insert(it->first);
      e.features = std::move(c.features);
      e.group = group;
      ++counts[e.label];
      ts.ex.push_back(std::move(e));
    }
    gold_total += static_cast<long>(gold.size());
    gold_found += static_cast<long>(seen.size());
    ts.lines.push_back(std::move(line));
    ++group;
  }
  ts.muc_docs = ts.lines.size();
  long wiki_found = 0, wiki_total = 0;
  std::ifstream win(std::string(DOSSIER_SHARED_DIR) + "/data/wikievents/train.derived-mc2259.jsonl");
  while (wiki && std::getline(win, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    Document doc = an.analyze(j["docid"].get<std::string>(), eval::detokenize(j["tokens"]));
    std::map<std::string, std::string> gold;  // normalized text -> role
    std::set<std::string> other_args;
    for (const auto& ev : j["event_mentions"]) {
      const bool attack = ev["event_type"].get<std::string>().rfind("Conflict.Attack", 0) == 0;
      for (const auto& a : ev["arguments"]) {
        std::string n = eval::normalize(a["text"].get<std::string>()), role = a["role"].get<std::string>();
        if (attack && role != "Place")
          gold.emplace(n, role);
        else
          other_args.insert(n);
      }
    }
    std::set<std::string> seen;
    for (auto& c : event_role_candidates(*ts.lex, doc)) {
      RoleExample e;
      std::string n = eval::normalize(c.text);
      auto it = gold.find(n);
      e.label = it == gold.end() ? 0 : wiki_label(*ts.lex, it->second, n);
      if (e.label) seen.insert(n);
      if (!e.label && other_args.count(n)) continue;
      std::string_view head =
          std::string_view(n).substr(n.rfind(' ') == std::string::npos ? 0 : n.rfind(' ') + 1);
      if (e.label == static_cast<int>(RoleClass::target) || e.label == static_cast<int>(RoleClass::victim) ||
          ts.lex->is(head, LexClass::target) || ts.lex->is(head, LexClass::human))
        continue;
      e.features = std::move(c.features);
      e.group = group;
      ++counts[e.label];
      ts.ex.push_back(std::move(e));
    }
    wiki_found += static_cast<long>(seen.size());
    wiki_total += static_cast<long>(gold.size());
    ts.lines.push_back(std::move(line));
    ++group;
  }
  if (verbose && wiki)
    fmt::print("WikiEvents attack arguments found among the candidates: {} / {}\n", wiki_found, wiki_total);
  if (verbose) {
    fmt::print("{} candidates from {} documents; by class none/pi/po/tg/vi/wp:", ts.ex.size(), group);
    for (long c : counts) fmt::print(" {}", c);
    fmt::print("\ngold mention strings found among the candidates: {} / {}\n", gold_found, gold_total);
  }
  return ts;
}

// The mean of `bags` models (each the learner's: perceptron, regression or both), each over
// the examples of the documents `use` accepts in its own shuffled order (the mean of linear
// models is one linear model; it evens out the order's luck: CV on MUC-4 train, perceptron,
// 0.439 for one, 0.443 / 0.444 / 0.445 for 3 / 5 / 10). Features seen
// fewer than `min_count` times in those examples are dropped: they would only memorise the
// training documents.
// WikiEvents documents (with --wiki) are seen in every wiki_every-th epoch only.
static int wiki_every = 2;

template <class Use>
static std::vector<float> train_weights(const TrainSet& ts, Use use, int epochs, int min_count, bool verbose) {
  std::unordered_map<uint32_t, int> fcount;
  for (const auto& e : ts.ex)
    if (use(e.group))
      for (uint32_t f : e.features) ++fcount[f];
  std::vector<RoleExample> ex;
  for (const auto& e : ts.ex) {
    if (!use(e.group)) continue;
    ex.push_back(e);
    std::erase_if(ex.back().features, [&](uint32_t f) { return fcount[f] < min_count; });
  }
  // Shuffle whole documents, so one epoch sees each document's candidates together.
  std::vector<std::vector<size_t>> by_doc(ts.lines.size());
  for (size_t i = 0; i < ex.size(); ++i) by_doc[static_cast<size_t>(ex[i].group)].push_back(i);
  std::vector<float> sum;
  for (int bag = 0; bag < bags; ++bag) {
    std::mt19937 rng(20261206 + static_cast<unsigned>(bag));
    RoleTrainer tr;
    std::optional<RoleLogisticTrainer> lt;
    if (learner.logistic) lt.emplace(learner.rate, learner.l2);
    std::vector<size_t> docs(by_doc.size());
    for (size_t i = 0; i < docs.size(); ++i) docs[i] = i;
    for (int ep = 0; ep < epochs; ++ep) {
      for (size_t i = docs.size(); i > 1; --i) std::swap(docs[i - 1], docs[rng() % i]);
      std::vector<size_t> order;
      for (size_t d : docs)
        if (d < ts.muc_docs || (ep + 1) % wiki_every == 0)
          order.insert(order.end(), by_doc[d].begin(), by_doc[d].end());
      if (lt) {
        double loss = lt->epoch(ex, order);
        if (verbose) fmt::print("bag {} epoch {}: log loss {:.4f}\n", bag + 1, ep + 1, loss);
      }
      if (learner.perceptron) {
        long before = tr.updates();
        tr.epoch(ex, order);
        if (verbose) fmt::print("bag {} epoch {}: {} mistakes\n", bag + 1, ep + 1, tr.updates() - before);
      }
    }
    std::vector<float> a(static_cast<size_t>(kRoleBuckets) * kRoleClasses, 0.0f);
    const float parts = static_cast<float>(learner.perceptron + learner.logistic);
    if (lt) {
      std::vector<float> l = learner.avg ? lt->averaged() : lt->current();
      for (size_t k = 0; k < a.size(); ++k) a[k] += l[k] * learner.scale / parts;
    }
    if (learner.perceptron) {
      std::vector<float> p = tr.averaged();
      for (size_t k = 0; k < a.size(); ++k) a[k] += p[k] / parts;
    }
    if (sum.empty()) sum.assign(a.size(), 0.0f);
    for (size_t k = 0; k < a.size(); ++k) sum[k] += a[k] / static_cast<float>(bags);
  }
  return sum;
}

// The decision thresholds: a role is taken when it beats "none" by more than `margin` plus
// its own offset (negative margin: the perceptron, trained on 30 times more "none" than role
// candidates, is too shy of roles). Stored in the bias feature's weights.
struct Thresholds {
  float margin = -25.0f;
  float offset[5] = {};
  std::string to_string() const {
    return fmt::format("{}:{},{},{},{},{}", margin, offset[0], offset[1], offset[2], offset[3], offset[4]);
  }
  // "margin" or "margin:o1,o2,o3,o4,o5" (PerpInd, PerpOrg, Target, Victim, Weapon).
  static Thresholds parse(const std::string& s) {
    Thresholds t;
    t.margin = std::stof(s);
    auto colon = s.find(':');
    if (colon != std::string::npos) {
      size_t p = colon + 1;
      for (int k = 0; k < 5 && p <= s.size(); ++k) {
        t.offset[k] = std::stof(s.substr(p));
        auto c = s.find(',', p);
        if (c == std::string::npos) break;
        p = c + 1;
      }
    }
    return t;
  }
};

static std::vector<float> with_thresholds(std::vector<float> w, const Thresholds& t) {
  size_t bias = static_cast<size_t>(role_bias_feature()) * kRoleClasses;
  w[bias] += t.margin;
  for (int k = 0; k < 5; ++k) w[bias + 1 + static_cast<size_t>(k)] -= t.offset[k];
  return w;
}

static int train_model(int epochs, int min_count, const Thresholds& th, const std::string& out, bool wiki) {
  auto ts = collect_train(true, wiki);
  if (!ts) return 2;
  std::vector<float> weights =
      with_thresholds(train_weights(*ts, [](int) { return true; }, epochs, min_count, true), th);
  std::string how = learner.perceptron && learner.logistic
                        ? "mean of an averaged perceptron and a softmax regression"
                    : learner.perceptron ? "averaged perceptron"
                                         : "softmax regression";
  std::string notes = fmt::format(
      "{} (AdaGrad rate {}, L2 {}, log-odds x {}), {} bags, {} epochs, features seen at least {} times, "
      "thresholds {}, seeds 20261206+, trained on MUC-4 train (1300 documents, {} candidates) by muc4_eval "
      "train-model",
      how, learner.rate, learner.l2, learner.scale, bags, epochs, min_count, th.to_string(), ts->ex.size());
  if (Status s = RoleModel::save(out, weights, role_feature_version(*ts->lex), notes); !s) {
    fmt::print(stderr, "{}\n", s.to_string());
    return 2;
  }
  fmt::print("wrote {}\n", out);
  return 0;
}

// k-fold cross-validation on the training split (documents by index modulo `folds`): the
// role model trained on the other folds scores each fold with the MUC-4 scorer, for each of
// the thresholds given. For choosing hyper-parameters without looking at dev.
// With wiki, the WikiEvents train documents are in every fold's training data.
static int cross_validate(int folds, int epochs, int min_count, const std::vector<Thresholds>& ths,
                          bool wiki) {
  auto ts = collect_train(false, wiki);
  if (!ts) return 2;
  const int muc = static_cast<int>(ts->muc_docs);
  std::vector<eval::MucResult> res(ths.size()), empty(ths.size());
  // MUC4_CV_ERRORS=file: the first thresholds' errors on the held-out folds, as --errors prints.
  const char* cv_log = std::getenv("MUC4_CV_ERRORS");
  std::vector<std::string> cv_errors;
  for (int k = 0; k < folds; ++k) {
    std::vector<float> w = train_weights(
        *ts, [&](int g) { return g >= muc || g % folds != k; }, epochs, min_count, false);
    for (size_t t = 0; t < ths.size(); ++t) {
      auto model = std::make_shared<const RoleModel>(with_thresholds(w, ths[t]));
      eval::Analyzer an(make_event_stage(ts->lex, model));
      for (size_t g = static_cast<size_t>(k); g < ts->muc_docs; g += static_cast<size_t>(folds)) {
        auto j = nlohmann::json::parse(ts->lines[g]);
        Document doc = an.analyze(j["docid"].get<std::string>(), j["doctext"].get<std::string>());
        eval::score_muc_doc(doc, j, res[t], t == 0 && cv_log ? &cv_errors : nullptr);
        if (j["templates"].empty()) eval::score_muc_doc(doc, j, empty[t]);
      }
    }
  }
  if (cv_log) {
    std::ofstream out(cv_log);
    for (const auto& l : cv_errors) out << l << '\n';
  }
  for (size_t t = 0; t < ths.size(); ++t) {
    const auto& r = res[t];
    fmt::print("cv {} folds, {} epochs, min {}, thresholds {:<24} micro P {:.3f} R {:.3f} F1 {:.3f} macro {:.3f} |",
               folds, epochs, min_count, ths[t].to_string(), r.all.p(), r.all.r(), r.all.f1(), eval::macro_f1(r));
    for (const auto& x : r.roles) fmt::print(" {:.3f}", x.f1());
    fmt::print(" | fp {} ({} in documents without an incident)\n", r.all.fp, empty[t].all.fp);
  }
  return 0;
}

// k-fold cross-validation on the WikiEvents train split: the role model trained on MUC-4 train
// and the other folds of WikiEvents train scores each fold with the WikiEvents scorer; with
// folds = 0, trained on MUC-4 train alone and scored on all of WikiEvents train (the baseline).
static int wiki_cross_validate(int folds, int epochs, int min_count, const std::vector<Thresholds>& ths) {
  auto ts = collect_train(false, true);
  if (!ts) return 2;
  const int muc = static_cast<int>(ts->muc_docs);
  const int wiki = static_cast<int>(ts->lines.size()) - muc;
  std::vector<eval::WikiResult> res(ths.size());
  for (int k = 0; k < std::max(folds, 1); ++k) {
    auto held = [&](int g) { return g >= muc && (folds == 0 || (g - muc) % folds == k); };
    std::vector<float> w = train_weights(
        *ts, [&](int g) { return !held(g); }, epochs, min_count, false);
    for (size_t t = 0; t < ths.size(); ++t) {
      auto model = std::make_shared<const RoleModel>(with_thresholds(w, ths[t]));
      eval::Analyzer an(make_event_stage(ts->lex, model));
      for (int g = muc; g < muc + wiki; ++g) {
        if (!held(g)) continue;
        auto j = nlohmann::json::parse(ts->lines[static_cast<size_t>(g)]);
        Document doc = an.analyze(j["docid"].get<std::string>(), eval::detokenize(j["tokens"]));
        eval::score_wiki_doc(doc, j, res[t]);
      }
    }
  }
  for (size_t t = 0; t < ths.size(); ++t) {
    const auto& r = res[t];
    fmt::print("wikicv {} folds (wiki every {} epochs), thresholds {:<24} P {:.3f} R {:.3f} F1 {:.3f} |",
               folds, wiki_every, ths[t].to_string(), r.all.p(), r.all.r(), r.all.f1());
    for (const auto& x : r.roles) fmt::print(" {:.3f}", x.f1());
    fmt::print(" | tp {} fp {} fn {}\n", r.all.tp, r.all.fp, r.all.fn);
  }
  return 0;
}

// How many gold fillers (entities, per role) have a mention among the candidates of a split:
// the recall the role model can reach. --errors lists the fillers missed.
static int candidate_recall(const std::string& split, bool list) {
  const std::string events_dir = std::string(DOSSIER_SOURCE_DIR) + "/resources/events";
  auto lex = EventLexicon::load(events_dir);
  eval::Analyzer an(events_dir, /*with_role_model=*/false);
  if (!lex || !an.error().empty()) {
    fmt::print(stderr, "{}\n", lex ? an.error() : lex.status().to_string());
    return 2;
  }
  std::shared_ptr<const RoleModel> model;
  if (auto m = RoleModel::load(events_dir + "/" + kRoleModelFile, role_feature_version(*lex.value())))
    model = m.value();
  std::ifstream in(std::string(DOSSIER_SHARED_DIR) + "/data/muc4/processed/" + split + ".json");
  std::string line;
  long found[5] = {}, total[5] = {};
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    Document doc = an.analyze(j["docid"].get<std::string>(), j["doctext"].get<std::string>());
    std::set<std::string> cands;
    std::map<std::string, std::pair<std::array<float, kRoleClasses>, int>> by;
    for (auto& c : event_role_candidates(*lex.value(), doc)) {
      cands.insert(eval::normalize(c.text));
      if (!model) continue;
      float sc[kRoleClasses];
      model->score(c.features, sc);
      auto& [sum, n] = by[eval::normalize(c.text)];
      for (int k = 0; k < kRoleClasses; ++k) sum[static_cast<size_t>(k)] += sc[k];
      ++n;
    }
    for (int r = 0; r < 5; ++r) {
      std::vector<std::set<std::string>> ents;
      for (const auto& t : j["templates"])
        for (const auto& ent : t[eval::kMucRoles[r]]) {
          std::set<std::string> ms;
          for (const auto& m : ent) ms.insert(eval::normalize(m[0].get<std::string>()));
          ents.push_back(ms);
        }
      for (const auto& e : ents) {
        bool hit = false;
        for (const auto& m : e) hit = hit || cands.count(m) > 0;
        ++total[r];
        if (hit) ++found[r];
        if (hit && model && list) {
          // The best margin of the gold role over "none" among the entity's mentions.
          float bm = -1e9f;
          std::string bs;
          for (const auto& m : e) {
            auto it = by.find(m);
            if (it == by.end()) continue;
            const auto& [sum, n] = it->second;
            float mg = (sum[static_cast<size_t>(r + 1)] - sum[0]) / float(n);
            if (mg > bm) bm = mg, bs = m;
          }
          fmt::print("HIT {} {} {:.1f} {}\n", eval::kMucRoles[r], j["docid"].get<std::string>(), bm, bs);
        }
        if (!hit && list) fmt::print("MISS {} {} {} [{} candidates]\n", eval::kMucRoles[r], j["docid"].get<std::string>(), *e.begin(), cands.size());
      }
    }
  }
  for (int r = 0; r < 5; ++r)
    fmt::print("{:<8} {} / {} fillers have a candidate ({:.3f})\n", eval::kMucRoles[r], found[r], total[r],
               total[r] ? double(found[r]) / double(total[r]) : 0.0);
  return 0;
}

// One document's candidates with the shipped model's scores (margin of the best role over
// "none", averaged over the phrase's occurrences as the stage does), and its gold fillers.
static int show_doc(const std::string& split, const std::string& id) {
  const std::string events_dir = std::string(DOSSIER_SOURCE_DIR) + "/resources/events";
  auto lex = EventLexicon::load(events_dir);
  if (!lex) {
    fmt::print(stderr, "{}\n", lex.status().to_string());
    return 2;
  }
  auto model = RoleModel::load(events_dir + "/" + kRoleModelFile, role_feature_version(*lex.value()));
  eval::Analyzer an(events_dir, /*with_role_model=*/false);
  if (!lex || !model || !an.error().empty()) return 2;
  std::ifstream in(std::string(DOSSIER_SHARED_DIR) + "/data/muc4/processed/" + split + ".json");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    if (j["docid"].get<std::string>() != id) continue;
    fmt::print("{}\n\n", j["doctext"].get<std::string>());
    for (const auto& t : j["templates"]) {
      fmt::print("template {}:", t["incident_type"].get<std::string>());
      for (int r = 0; r < 5; ++r)
        for (const auto& ent : t[eval::kMucRoles[r]]) fmt::print(" {}='{}'", eval::kMucRoles[r], ent[0][0].get<std::string>());
      fmt::print("\n");
    }
    Document doc = an.analyze(id, j["doctext"].get<std::string>());
    auto cands = event_role_candidates(*lex.value(), doc);
    std::map<std::string, std::pair<std::array<float, kRoleClasses>, int>> by;
    for (auto& c : cands) {
      float s[kRoleClasses];
      model.value()->score(c.features, s);
      auto& [sum, n] = by[eval::normalize(c.text)];
      for (int k = 0; k < kRoleClasses; ++k) sum[static_cast<size_t>(k)] += s[k];
      ++n;
    }
    for (const auto& [k, v] : by) {
      int best = 1;
      for (int c = 2; c < kRoleClasses; ++c)
        if (v.first[static_cast<size_t>(c)] > v.first[static_cast<size_t>(best)]) best = c;
      fmt::print("{:8.1f} {:<8} x{} {}\n", (v.first[static_cast<size_t>(best)] - v.first[0]) / float(v.second),
                 eval::kMucRoles[best - 1], v.second, k);
    }
    return 0;
  }
  return 1;
}

// cluster-corpus: the word clusters' training text (tools/word_clusters/README.md). Each text
// is tokenized and split by the project's own tokenizer, so that the clusters are keyed by the
// same folded norms the event stage reads; one sentence a line, tokens separated by a space.
static int cluster_corpus(const std::string& out_path) {
  std::ofstream out(out_path, std::ios::binary);
  if (!out) {
    fmt::print(stderr, "cannot write {}\n", out_path);
    return 2;
  }
  long docs = 0, tokens = 0;
  auto write = [&](std::string text) {
    Document doc;
    doc.text = std::move(text);
    tokenize(doc);
    split_sentences(doc);
    for (const Sentence& s : doc.sentences) {
      std::string line;
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        const std::string& n = doc.tokens[i].norm;
        if (n.empty() || n.find_first_of(" \t\r\n") != std::string::npos) continue;
        if (!line.empty()) line += ' ';
        line += n;
        ++tokens;
      }
      if (!line.empty()) out << line << '\n';
    }
    ++docs;
  };
  const std::string data = std::string(DOSSIER_SHARED_DIR) + "/data/";
  gzFile f = gzopen((data + "news-bench/reuters21578.jsonl.gz").c_str(), "rb");
  if (!f) {
    fmt::print(stderr, "cannot read {}news-bench/reuters21578.jsonl.gz\n", data);
    return 2;
  }
  std::string line;
  std::vector<char> buf(1 << 16);
  while (gzgets(f, buf.data(), static_cast<int>(buf.size()))) {
    line += buf.data();
    if (line.empty() || line.back() != '\n') continue;
    write(nlohmann::json::parse(line)["text"].get<std::string>());
    line.clear();
  }
  gzclose(f);
  std::ifstream muc(data + "muc4/processed/train.json");
  while (std::getline(muc, line))
    if (!line.empty()) write(nlohmann::json::parse(line)["doctext"].get<std::string>());
  std::ifstream wiki(data + "wikievents/train.derived-mc2259.jsonl");
  while (std::getline(wiki, line))
    if (!line.empty()) write(eval::detokenize(nlohmann::json::parse(line)["tokens"]));
  fmt::print("{} documents, {} tokens -> {}\n", docs, tokens, out_path);
  return out ? 0 : 2;
}

static int usage(int code) {
  fmt::print(code ? stderr : stdout,
             "usage: muc4_eval [train|dev|both] [limit] [--errors|--upper|--full]\n"
             "       muc4_eval candidates [train|dev] [--errors]\n"
             "       muc4_eval train-model [epochs] [min_count] [thresholds] [out]\n"
             "       muc4_eval show [train|dev] <docid>\n"
             "       muc4_eval cv [folds=5] [epochs] [min_count] [thresholds...]\n"
             "       muc4_eval wikicv [folds=5] [epochs] [min_count] [thresholds...]\n"
             "       muc4_eval cluster-corpus <out>\n"
             "--wiki[=N] (train-model, cv): WikiEvents train in the training data, in every N-th epoch\n"
             "--learner=perceptron|logistic|mean (default mean), --bags=N (default 5),\n"
             "--lr=rate,l2,scale[,avg] (default 0.05,0.001,20,1): the learner (train-model, cv, wikicv)\n"
             "thresholds: \"margin\" or \"margin:o1,...,o5\" (per-role offsets; default {})\n",
             kThresholds);
  return code;
}

// A whole number argument, or nullopt ("--help", "12x").
static std::optional<int> int_arg(const char* s) {
  std::string a = s;
  if (a.empty() || a.size() > 9 || a.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoi(a);
}

int main(int argc, char** argv) {
  // --wiki[=weight] (train-model, cv): WikiEvents train in the training data as well.
  bool wiki = false;
  {
    int n = 1;
    for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      if (a.rfind("--lr=", 0) == 0) {
        float v[4] = {learner.rate, learner.l2, learner.scale, 1.0f};
        if (std::sscanf(a.c_str() + 5, "%f,%f,%f,%f", &v[0], &v[1], &v[2], &v[3]) < 1) return usage(1);
        learner.rate = v[0], learner.l2 = v[1], learner.scale = v[2], learner.avg = v[3] != 0.0f;
      } else if (a.rfind("--learner=", 0) == 0) {
        std::string l = a.substr(10);
        if (l != "perceptron" && l != "logistic" && l != "mean") return usage(1);
        learner.perceptron = l != "logistic";
        learner.logistic = l != "perceptron";
      } else if (a.rfind("--bags=", 0) == 0) {
        bags = std::max(1, std::atoi(a.c_str() + 7));
      } else if (a.rfind("--wiki", 0) == 0) {
        wiki = true;
        if (a.size() > 7 && a[6] == '=') wiki_every = std::max(1, std::atoi(a.c_str() + 7));
      } else {
        argv[n++] = argv[i];
      }
    }
    argc = n;
  }
  std::string which = argc > 1 ? argv[1] : "both";
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") return usage(0);
  if (which == "cluster-corpus") return argc == 3 ? cluster_corpus(argv[2]) : usage(1);
  if (which != "show" && which != "candidates" && which != "train-model" && which != "cv" &&
      which != "wikicv" && which != "train" && which != "dev" && which != "both")
    return usage(1);
  // Numeric arguments where the usage asks for them.
  if (which == "train-model" || which == "cv" || which == "wikicv")
    for (int i = 2; i < std::min(argc, which == "train-model" ? 4 : 5); ++i)
      if (!int_arg(argv[i])) return usage(1);
  if (which == "show" && argc > 3) return show_doc(argv[2], argv[3]);
  if (which == "candidates")
    return candidate_recall(argc > 2 ? argv[2] : "dev", argc > 3 && std::string(argv[3]) == "--errors");
  if (which == "train-model")
    return train_model(argc > 2 ? std::stoi(argv[2]) : kEpochs, argc > 3 ? std::stoi(argv[3]) : kMinCount,
                       Thresholds::parse(argc > 4 ? argv[4] : kThresholds),
                       argc > 5 ? argv[5] : std::string(DOSSIER_SOURCE_DIR) + "/resources/events/roles.model",
                       wiki);
  if (which == "cv" || which == "wikicv") {
    std::vector<Thresholds> ths;
    for (int i = 5; i < argc; ++i) ths.push_back(Thresholds::parse(argv[i]));
    if (ths.empty()) ths.push_back(Thresholds::parse(kThresholds));
    const int folds = argc > 2 ? std::stoi(argv[2]) : 5, epochs = argc > 3 ? std::stoi(argv[3]) : kEpochs;
    const int min_count = argc > 4 ? std::stoi(argv[4]) : kMinCount;
    return which == "cv" ? cross_validate(folds, epochs, min_count, ths, wiki)
                         : wiki_cross_validate(folds, epochs, min_count, ths);
  }
  // [limit] may be left out: "muc4_eval dev --errors".
  size_t limit = 0;
  bool errors = false, upper = false;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--errors")
      errors = true;
    else if (a == "--upper")
      upper = true;
    else if (a == "--full")
      continue;
    else if (auto n = int_arg(argv[i]); n && i == 2)
      limit = static_cast<size_t>(*n);
    else
      return usage(1);
  }
  std::vector<std::string> log;
  // --full: the standard pipeline (entities linked through the resources) instead of the
  // event stage's own chain (text, time, quantities, events).
  bool full = false;
  for (int i = 1; i < argc; ++i) full = full || std::string(argv[i]) == "--full";
  std::unique_ptr<Resources> resources;
  if (full) {
    auto r = Resources::load_default();
    if (!r) {
      fmt::print(stderr, "{}\n", r.status().to_string());
      return 2;
    }
    resources = std::move(r.value());
  }
  eval::Analyzer an = full ? eval::Analyzer(*resources)
                           : eval::Analyzer(std::string(DOSSIER_SOURCE_DIR) + "/resources/events");
  if (!an.error().empty()) {
    fmt::print(stderr, "{}\n", an.error());
    return 2;
  }
  for (const char* split : {"train", "dev"}) {
    if (which != "both" && which != split) continue;
    auto t0 = std::chrono::steady_clock::now();
    auto r = eval::run_muc(an, std::string(DOSSIER_SHARED_DIR) + "/data/muc4/processed/" + split + ".json", limit,
                          errors ? &log : nullptr, upper);
    for (const auto& l : log) fmt::print("{}\n", l);
    log.clear();
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    report(upper ? (std::string(split) + " (upper-cased)").c_str() : split, r, secs);
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("peak memory {:.1f} MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
