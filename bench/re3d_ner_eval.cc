// Quality harness for entity recognition on re3d DEV: our recognizer scored by
// 5-fold cross-validation by document (re3d DEV is also what the shipped model
// is trained on, so only held-out folds are honest), and the npm package
// compromise (tools/baselines/compromise, people/places/organizations) over the
// same documents, scored by the same code (src/entities/ner_scoring.h).
//
// Usage: re3d_ner_eval [--re3d DIR] [--resources DIR] [--data DIR] [--folds K]
//                      [--compromise FILE|skip] [--errors] [--json FILE] [--cv-seed N]
// The compromise output is produced by `node tools/baselines/compromise/extract.js RE3D`
// (after `npm ci --prefix tools/baselines/compromise`), or read from FILE.
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fmt/core.h>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "entities/ner_corpus.h"
#include "entities/ner_scoring.h"
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

static std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  if (pclose(p) != 0) return "";
  return out;
}

int main(int argc, char** argv) {
  std::string re3d = std::string(DOSSIER_SHARED_DIR) + "/data/re3d";
  std::string resources = std::string(DOSSIER_SOURCE_DIR) + "/resources";
  std::string data = exe_data_dir();
  std::string wordnet = "/usr/share/wordnet";
  std::string news = std::string(DOSSIER_SHARED_DIR) + "/data/news-bench/reuters21578.jsonl.gz";
  std::string compromise, json_out;
  bool errors = false;
  int folds = 5;
  NerTrainOptions opt;
  uint64_t cv_seed = opt.seed;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        fmt::print(stderr, "re3d_ner_eval: {} needs a value\n", a);
        std::exit(1);
      }
      return argv[++i];
    };
    if (a == "--re3d") re3d = next();
    else if (a == "--news") news = next();
    else if (a == "--wordnet") wordnet = next();
    else if (a == "--resources") resources = next();
    else if (a == "--data") data = next();
    else if (a == "--folds") folds = std::stoi(next());
    else if (a == "--compromise") compromise = next();
    else if (a == "--errors") errors = true;
    else if (a == "--json") json_out = next();
    else if (a == "--epochs") opt.epochs = std::stoi(next());
    else if (a == "--cv-seed") cv_seed = std::stoull(next());
    else if (a == "--outside-bias") opt.outside_bias = std::stof(next());
    else {
      fmt::print(stderr, "usage: re3d_ner_eval [--re3d DIR] [--resources DIR] [--data DIR] [--folds K] "
                         "[--compromise FILE|skip] [--errors] [--json FILE] [--epochs N] [--outside-bias X] "
                         "[--cv-seed N]\n");
      return 1;
    }
  }
  auto gaz = PlaceGazetteer::load(resources, data);
  if (!gaz.ok()) {
    fmt::print(stderr, "re3d_ner_eval: {}\n", gaz.status().to_string());
    return 1;
  }
  auto rules = NerLabelRules::load(resources + "/models/ner_label_rules.tsv");
  if (!rules.ok()) {
    fmt::print(stderr, "re3d_ner_eval: {}\n", rules.status().to_string());
    return 1;
  }
  auto docs = load_re3d(re3d, *rules, gaz->get());
  if (!docs.ok()) {
    fmt::print(stderr, "re3d_ner_eval: {}\n", docs.status().to_string());
    return 1;
  }
  const std::vector<NerEvalClass> all = {NerEvalClass::PER, NerEvalClass::ORG, NerEvalClass::LOC,
                                         NerEvalClass::NORP, NerEvalClass::WEAPON};
  const std::vector<NerEvalClass> coarse = {NerEvalClass::PER, NerEvalClass::ORG, NerEvalClass::LOC};

  NerLexicon lexicon = ner_lexicon_from(**gaz);
  if (news != "none") {
    auto prof = ner_word_profiles_from(news);
    if (!prof.ok()) {
      fmt::print(stderr, "re3d_ner_eval: {}\n", prof.status().to_string());
      return 1;
    }
    lexicon.word_profiles = std::move(*prof);
  }
  if (wordnet != "none") {
    auto senses = ner_noun_senses_from(wordnet);
    if (!senses.ok()) {
      fmt::print(stderr, "re3d_ner_eval: {}\n", senses.status().to_string());
      return 1;
    }
    lexicon.noun_senses = std::move(*senses);
  }
  std::vector<std::vector<Mention>> predictions;
  NerScores ours = ner_cross_validate(*docs, lexicon, opt, folds, cv_seed, &predictions);
  fmt::print("{}\n", ours.table(fmt::format("dossier NerTagger, re3d DEV, {}-fold cross-validation by document "
                                            "({} documents)", folds, docs->size()), all));

  nlohmann::json result;
  auto scores_json = [&](const NerScores& s, const std::vector<NerEvalClass>& classes) {
    nlohmann::json j;
    for (auto c : classes) {
      const auto& k = s.by_class[static_cast<int>(c)];
      j[std::string(to_string(c))] = {{"gold", k.gold}, {"pred", k.pred}, {"exact_f1", k.exact_f1()},
                                      {"partial_p", k.partial_p()}, {"partial_r", k.partial_r()},
                                      {"partial_f1", k.partial_f1()}};
    }
    auto m = s.micro(classes);
    j["micro"] = {{"exact_f1", m.exact_f1()}, {"partial_f1", m.partial_f1()}};
    return j;
  };
  result["ours"] = scores_json(ours, all);
  result["ours_coarse"] = scores_json(ours, coarse);

  if (errors) {
    for (size_t i = 0; i < docs->size(); ++i) {
      const auto& d = (*docs)[i];
      auto gold = ner_gold_spans(d);
      auto pred = ner_predicted_spans(predictions[i]);
      for (const auto& g : gold) {
        bool hit = false;
        for (const auto& p : pred) hit = hit || (p.cls == g.cls && p.span.overlaps(g.span));
        if (!hit) fmt::print("MISS {:6} {}\n", to_string(g.cls), d.doc.slice(g.span));
      }
      for (const auto& p : pred) {
        bool hit = false;
        for (const auto& g : gold) hit = hit || (p.cls == g.cls && p.span.overlaps(g.span));
        if (!hit) fmt::print("FP   {:6} {}\n", to_string(p.cls), d.doc.slice(p.span));
      }
    }
  }

  if (compromise != "skip") {
    std::string out;
    if (compromise.empty()) {
      std::string dir = std::string(DOSSIER_SOURCE_DIR) + "/tools/baselines/compromise";
      if (!std::filesystem::exists(dir + "/node_modules/compromise")) {
        fmt::print("compromise baseline: not installed; run `npm ci --prefix tools/baselines/compromise`\n");
      } else {
        out = run("node '" + dir + "/extract.js' '" + re3d + "'");
        if (out.empty()) fmt::print("compromise baseline: the node script failed\n");
      }
    } else {
      std::ifstream in(compromise);
      std::ostringstream ss;
      ss << in.rdbuf();
      out = ss.str();
    }
    if (!out.empty()) {
      std::map<std::string, std::vector<NerScoredSpan>> by_doc;
      std::istringstream lines(out);
      std::string line;
      std::map<std::string, const NerDoc*> index;
      for (const auto& d : *docs) index[d.id] = &d;
      while (std::getline(lines, line)) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded()) continue;
        auto it = index.find(j.value("id", ""));
        if (it == index.end()) continue;
        const std::string& text = it->second->doc.text;
        auto& spans = by_doc[it->first];
        for (const auto& m : j["mentions"]) {
          uint32_t s = ner_cp_to_byte(text, m.value("start", 0u)), e = ner_cp_to_byte(text, m.value("end", 0u));
          // compromise keeps trailing punctuation and spaces ("Haider al-Abadi,"): trim them.
          while (e > s && std::string_view(" \t\n,.;:!?\")").find(text[e - 1]) != std::string_view::npos) --e;
          if (e <= s) continue;
          std::string type = m.value("type", "");
          NerEvalClass c = type == "PER" ? NerEvalClass::PER : type == "ORG" ? NerEvalClass::ORG : NerEvalClass::LOC;
          spans.push_back({Span{s, e}, c});
        }
      }
      NerScores base;
      for (const auto& d : *docs) base.add(ner_gold_spans(d), by_doc[d.id]);
      fmt::print("{}\n", base.table("compromise 14.17.0 (people/organizations/places), same documents, same scoring",
                                    coarse));
      result["compromise"] = scores_json(base, coarse);
      fmt::print("partial F1, ours vs compromise:");
      bool ahead = true;
      for (auto c : coarse) {
        double a = ours.by_class[static_cast<int>(c)].partial_f1(), b = base.by_class[static_cast<int>(c)].partial_f1();
        ahead = ahead && a > b;
        fmt::print("  {} {:.3f} vs {:.3f}", to_string(c), a, b);
      }
      fmt::print("  micro(PER/ORG/LOC) {:.3f} vs {:.3f} -> {}\n", ours.micro(coarse).partial_f1(),
                 base.micro(coarse).partial_f1(), ahead ? "ahead on every type" : "NOT ahead on every type");
    }
  }
  if (!json_out.empty()) std::ofstream(json_out) << result.dump(2) << "\n";
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("peak memory {} MB\n", ru.ru_maxrss / 1024);
  return 0;
}
