// MUC-4 role-filler quality of the event stage (GRIT-style entity matching),
// per role and overall, plus incident type accuracy. Scoring code:
// tests/events/event_eval.h (shared with the threshold test).
// Usage: muc4_eval [train|dev|both] [limit] [--errors|--upper|--full]
//   --errors lists every FP and FN; --upper analyses the texts upper-cased; --full runs the
//   standard pipeline (needs the resources and the built gazetteer data).
//        muc4_eval train-model [epochs=12] [min_count=2] [margin=-25] [out]
//   trains the argument role model (src/events/role_model.h) on the MUC-4 train split and
//   writes it to resources/events/roles.model (or out); deterministic for the same inputs.
#include <fmt/core.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>
#include <random>
#include <string>

#include "../tests/events/event_eval.h"

using namespace dossier;

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

// Candidates of the training split labelled by the gold fillers whose mention string they
// equal (normalized as the scorer does), then an averaged perceptron over them.
static int train_model(int epochs, int min_count, float margin, const std::string& out) {
  const std::string events_dir = std::string(DOSSIER_SOURCE_DIR) + "/resources/events";
  auto lex = EventLexicon::load(events_dir);
  if (!lex) {
    fmt::print(stderr, "{}\n", lex.status().to_string());
    return 2;
  }
  eval::Analyzer an(events_dir);
  std::vector<RoleExample> ex;
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
    for (auto& c : event_role_candidates(*lex.value(), doc)) {
      RoleExample e;
      auto it = gold.find(eval::normalize(c.text));
      e.label = it == gold.end() ? 0 : it->second;
      if (e.label) seen.insert(it->first);
      e.features = std::move(c.features);
      e.group = group;
      ++counts[e.label];
      ex.push_back(std::move(e));
    }
    gold_total += static_cast<long>(gold.size());
    gold_found += static_cast<long>(seen.size());
    ++group;
  }
  fmt::print("{} candidates from {} documents; by class none/pi/po/tg/vi/wp:", ex.size(), group);
  for (long c : counts) fmt::print(" {}", c);
  fmt::print("\ngold mention strings found among the candidates: {} / {}\n", gold_found, gold_total);
  // Features seen fewer than `min_count` times in training are dropped: they would only
  // memorise the training documents.
  std::unordered_map<uint32_t, int> fcount;
  for (const auto& e : ex)
    for (uint32_t f : e.features) ++fcount[f];
  for (auto& e : ex)
    std::erase_if(e.features, [&](uint32_t f) { return fcount[f] < min_count; });
  // Shuffle whole documents, so one epoch sees each document's candidates together.
  std::vector<std::vector<size_t>> by_doc(static_cast<size_t>(group));
  for (size_t i = 0; i < ex.size(); ++i) by_doc[static_cast<size_t>(ex[i].group)].push_back(i);
  std::mt19937 rng(20261206);
  RoleTrainer tr;
  std::vector<size_t> docs(by_doc.size());
  for (size_t i = 0; i < docs.size(); ++i) docs[i] = i;
  for (int ep = 0; ep < epochs; ++ep) {
    for (size_t i = docs.size(); i > 1; --i) std::swap(docs[i - 1], docs[rng() % i]);
    std::vector<size_t> order;
    for (size_t d : docs) order.insert(order.end(), by_doc[d].begin(), by_doc[d].end());
    long before = tr.updates();
    tr.epoch(ex, order);
    fmt::print("epoch {}: {} mistakes\n", ep + 1, tr.updates() - before);
  }
  // The threshold: a role is taken when it beats "none" by more than `margin` (negative: the
  // perceptron, trained on 30 times more "none" than role candidates, is too shy of roles).
  std::vector<float> weights = tr.averaged();
  weights[static_cast<size_t>(role_bias_feature()) * kRoleClasses] += margin;
  std::string notes = fmt::format(
      "averaged perceptron, {} epochs, features seen at least {} times, none-margin {}, seed 20261206, trained on MUC-4 train (1300 documents, {} "
      "candidates) by muc4_eval train-model",
      epochs, min_count, margin, ex.size());
  if (Status s = RoleModel::save(out, weights, kRoleFeatureVersion, notes); !s) {
    fmt::print(stderr, "{}\n", s.to_string());
    return 2;
  }
  fmt::print("wrote {}\n", out);
  return 0;
}

int main(int argc, char** argv) {
  std::string which = argc > 1 ? argv[1] : "both";
  if (which == "train-model")
    return train_model(argc > 2 ? std::stoi(argv[2]) : 12, argc > 3 ? std::stoi(argv[3]) : 2,
                       argc > 4 ? std::stof(argv[4]) : -25.0f,
                       argc > 5 ? argv[5] : std::string(DOSSIER_SOURCE_DIR) + "/resources/events/roles.model");
  size_t limit = argc > 2 ? std::stoul(argv[2]) : 0;
  bool errors = argc > 3 && std::string(argv[3]) == "--errors";
  bool upper = argc > 3 && std::string(argv[3]) == "--upper";
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
