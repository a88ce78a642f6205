// Trains the shipped entity recognizer (resources/models/ner.model) on all of
// re3d DEV, after reporting its 5-fold cross-validated score (by document) so
// the card can say how well it does on documents it has not seen.
//
// Usage: train_ner [--re3d DIR] [--resources DIR] [--data DIR] [--out FILE]
//                  [--epochs N] [--seed N] [--folds K] [--min-count N]
// Defaults: the shared re3d, the source tree's resources/, the build's data/
// (the world gazetteer, for the place-name features), resources/models/ner.model.
// One command reproduces the model: `build/bench/train_ner` (see MODEL_CARD.md).
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <string>

#include "entities/ner_corpus.h"
#include "entities/ner_tagger.h"
#include "entities/ner_trainer.h"
#include "lexicon/place_gazetteer.h"

using namespace dossier;

static std::string exe_data_dir() {
  if (const char* d = std::getenv("DOSSIER_DATA")) return d;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) return (exe.parent_path().parent_path() / "data").string();
  return "data";
}

int main(int argc, char** argv) {
  std::string re3d = std::string(DOSSIER_SHARED_DIR) + "/data/re3d";
  std::string resources = std::string(DOSSIER_SOURCE_DIR) + "/resources";
  std::string data = exe_data_dir();
  std::string wordnet = "/usr/share/wordnet";
  std::string news = std::string(DOSSIER_SHARED_DIR) + "/data/news-bench/reuters21578.jsonl.gz";
  std::string out = resources + "/models/ner.model";
  NerTrainOptions opt;
  int folds = 5;
  std::string wikievents;  // "", "names" or "all"
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        fmt::print(stderr, "train_ner: {} needs a value\n", a);
        std::exit(1);
      }
      return argv[++i];
    };
    if (a == "--re3d") re3d = next();
    else if (a == "--news") news = next();
    else if (a == "--wordnet") wordnet = next();
    else if (a == "--resources") resources = next();
    else if (a == "--data") data = next();
    else if (a == "--out") out = next();
    else if (a == "--epochs") opt.epochs = std::stoi(next());
    else if (a == "--seed") opt.seed = std::stoull(next());
    else if (a == "--folds") folds = std::stoi(next());
    else if (a == "--min-count") opt.min_feature_count = std::stoi(next());
    else if (a == "--wikievents") wikievents = next();
    else if (a == "--outside-bias") opt.outside_bias = std::stof(next());
    else {
      fmt::print(stderr, "usage: train_ner [--re3d DIR] [--resources DIR] [--data DIR] [--out FILE] "
                         "[--epochs N] [--seed N] [--folds K] [--min-count N]\n");
      return 1;
    }
  }
  auto gaz = PlaceGazetteer::load(resources, data);
  if (!gaz.ok()) {
    fmt::print(stderr, "train_ner: {}\n", gaz.status().to_string());
    return 1;
  }
  auto rules = NerLabelRules::load(resources + "/models/ner_label_rules.tsv");
  if (!rules.ok()) {
    fmt::print(stderr, "train_ner: {}\n", rules.status().to_string());
    return 1;
  }
  auto docs = load_re3d(re3d, *rules, gaz->get());
  if (!docs.ok()) {
    fmt::print(stderr, "train_ner: {}\n", docs.status().to_string());
    return 1;
  }
  nlohmann::json notes;
  NerLexicon lexicon = ner_lexicon_from(**gaz);
  if (news != "none") {
    auto prof = ner_word_profiles_from(news);
    if (!prof.ok()) {
      fmt::print(stderr, "train_ner: {}\n", prof.status().to_string());
      return 1;
    }
    lexicon.word_profiles = std::move(*prof);
  }
  if (wordnet != "none") {
    auto senses = ner_noun_senses_from(wordnet);
    if (!senses.ok()) {
      fmt::print(stderr, "train_ner: {}\n", senses.status().to_string());
      return 1;
    }
    lexicon.noun_senses = std::move(*senses);
  }
  std::vector<NerDoc> extra;
  if (!wikievents.empty()) {
    auto w = load_wikievents(std::string(DOSSIER_SHARED_DIR) + "/data/wikievents/dev.jsonl", *rules, gaz->get(),
                             wikievents == "names");
    if (!w.ok()) {
      fmt::print(stderr, "train_ner: {}\n", w.status().to_string());
      return 1;
    }
    extra = std::move(*w);
    size_t n = 0;
    for (const auto& d : extra) n += d.gold.size();
    fmt::print("wikievents dev ({}): {} documents, {} mentions as extra training data\n", wikievents, extra.size(), n);
  }
  size_t tokens = 0, gold = 0;
  for (const auto& d : *docs) {
    tokens += d.doc.tokens.size();
    gold += d.gold.size();
  }
  fmt::print("re3d: {} documents, {} tokens, {} gold mentions; lexicon: {} place keys, {} demonyms, "
             "{} word profiles\n", docs->size(), tokens, gold, lexicon.places.size(), lexicon.demonyms.size(),
             lexicon.word_profiles.size());
  // File names only, so the model does not depend on where the checkout lives.
  notes["word_profiles_from"] = std::filesystem::path(news).filename().string();
  notes["noun_senses_from"] = wordnet == "none" ? "" : "WordNet 3.0 (Debian wordnet-base)";

  notes["data"] = "re3d DEV (77 documents: Australian DFA, CENTCOM, EU Delegation to Syria, UK Government, "
                  "US State Department)";
  notes["epochs"] = opt.epochs;
  notes["seed"] = opt.seed;
  notes["min_feature_count"] = opt.min_feature_count;
  notes["outside_bias"] = opt.outside_bias;
  notes["feature_spec"] = std::string(kNerFeatureSpec);
  notes["gazetteer_fingerprint"] = (*gaz)->fingerprint();
  const std::vector<NerEvalClass> all = {NerEvalClass::PER, NerEvalClass::ORG, NerEvalClass::LOC,
                                         NerEvalClass::NORP, NerEvalClass::WEAPON};
  if (folds > 1) {
    auto t0 = std::chrono::steady_clock::now();
    NerScores cv = ner_cross_validate(*docs, lexicon, opt, folds, opt.seed, nullptr,
                                      extra.empty() ? nullptr : &extra);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    fmt::print("{}", cv.table(fmt::format("{}-fold cross-validation by document ({:.1f} s)", folds, secs), all));
    nlohmann::json s;
    for (auto c : all) {
      const auto& k = cv.by_class[static_cast<int>(c)];
      s[std::string(to_string(c))] = {{"exact_f1", k.exact_f1()}, {"partial_f1", k.partial_f1()}};
    }
    s["micro"] = {{"exact_f1", cv.micro().exact_f1()}, {"partial_f1", cv.micro().partial_f1()}};
    notes["cv_folds"] = folds;
    notes["cv_scores"] = s;
  }
  std::vector<const NerDoc*> all_docs;
  for (const auto& d : *docs) all_docs.push_back(&d);
  for (const auto& d : extra) all_docs.push_back(&d);
  if (!extra.empty()) notes["extra_data"] = "WikiEvents dev entity mentions (" + wikievents + ")";
  auto t0 = std::chrono::steady_clock::now();
  NerModel model = train_ner(all_docs, lexicon, opt);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  notes["features"] = model.features.size();
  model.notes = notes.dump();
  Status st = model.save(out);
  if (!st.is_ok()) {
    fmt::print(stderr, "train_ner: {}\n", st.to_string());
    return 2;
  }
  auto check = NerTagger::load(out);
  if (!check.ok()) {
    fmt::print(stderr, "train_ner: written model does not load: {}\n", check.status().to_string());
    return 2;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("trained on all {} documents in {:.1f} s: {} features -> {} ({} bytes); peak memory {} MB\n",
             docs->size(), secs, model.features.size(), out, std::filesystem::file_size(out),
             ru.ru_maxrss / 1024);
  return 0;
}
