// Relation quality harness: P/R/F1 of the relation stage on
//   1. bench/data/relations_dev.jsonl: sentences of the shared development
//      data (re3d, MUC-4, WikiEvents) annotated by the team (gold mentions);
//   2. bench/data/relations_dev.own.jsonl: sentences the team wrote itself,
//      for types the data lack (reported apart);
//   3. re3d relations with gold entities, types mapped (AlliesOf,
//      BelongsTo, InChargeOf; see bench/data/relations_dev.README.md).
// Usage: relations_eval [--verbose] [--json] [--markup TEXT] [--show DATASET:DOC]
//   --markup: run the stage on one marked-up text ([[surface|TYPE|id]]) and
//   print what it finds (for trying a sentence); --show: the dev sentences of
//   one document with their gold mentions and what the stage finds.
#include <cstring>
#include <iostream>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "relations/relation_eval.h"

using namespace dossier;

namespace {

void print_counts(const std::string& name, const Counts& c) {
  fmt::print("  {:<24} P {:.3f}  R {:.3f}  F1 {:.3f}   (tp {} fp {} fn {})\n", name, c.precision(), c.recall(),
             c.f1(), c.tp, c.fp, c.fn);
}

void print_report(const std::string& title, const EvalReport& r, bool verbose) {
  fmt::print("{}\n", title);
  print_counts("all", r.all);
  for (const auto& [t, c] : r.by_type) print_counts(t, c);
  if (r.attribution_total)
    fmt::print("  attribution right        {}/{} ({:.3f})\n", r.attribution_right, r.attribution_total,
               double(r.attribution_right) / r.attribution_total);
  fmt::print("  hedged stored as asserted  {}\n  denied stored as asserted  {}\n", r.hedged_stored,
             r.denied_as_asserted);
  if (verbose)
    for (const auto& e : r.errors) fmt::print("    {}\n", e);
}

nlohmann::json to_json(const EvalReport& r) {
  nlohmann::json j;
  j["precision"] = r.all.precision();
  j["recall"] = r.all.recall();
  j["f1"] = r.all.f1();
  j["tp"] = r.all.tp;
  j["fp"] = r.all.fp;
  j["fn"] = r.all.fn;
  j["hedged_stored"] = r.hedged_stored;
  j["denied_as_asserted"] = r.denied_as_asserted;
  j["attribution_accuracy"] = r.attribution_total ? double(r.attribution_right) / r.attribution_total : 0.0;
  return j;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false, as_json = false;
  std::string markup, show;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--verbose")) verbose = true;
    else if (!std::strcmp(argv[i], "--json")) as_json = true;
    else if (!std::strcmp(argv[i], "--markup") && i + 1 < argc) markup = argv[++i];
    else if (!std::strcmp(argv[i], "--show") && i + 1 < argc) show = argv[++i];
    else {
      std::cerr << "usage: relations_eval [--verbose] [--json] [--markup TEXT]\n";
      return 1;
    }
  }
  std::string src = DOSSIER_SOURCE_DIR, shared = DOSSIER_SHARED_DIR;
  auto x = RelationExtractor::load(src + "/resources/relations");
  if (!x) {
    std::cerr << "relations_eval: " << x.status().to_string() << "\n";
    return 2;
  }
  if (!markup.empty()) {
    Document d = document_from_markup(markup);
    (*x)->extract(d);
    for (const auto& r : d.relations)
      fmt::print("{} {} {} {} by='{}' conf {} role='{}'\n", to_string(r.type), r.subject, r.object,
                 to_string(r.polarity), r.attributed_to, r.confidence, r.role);
    return 0;
  }
  auto dev = load_dev_set(src + "/bench/data/relations_dev.jsonl", shared);
  auto own = load_dev_set(src + "/bench/data/relations_dev.own.jsonl", shared);
  if (!dev || !own) {
    std::cerr << "relations_eval: " << (dev ? own.status() : dev.status()).to_string() << "\n";
    return 1;
  }
  if (!show.empty()) {  // one dev sentence: its text, mentions and what the stage finds
    for (auto& es : *dev) {
      if (es.dataset + ":" + es.doc != show) continue;
      Document& d = es.document;
      fmt::print("{}\n", d.text);
      for (const auto& m : d.mentions) fmt::print("  [{}] {} {}\n", d.slice(m.span), to_string(m.type), m.entity);
      (*x)->extract(d);
      for (const auto& r : d.relations)
        fmt::print("  -> {} {} {} {} by='{}'\n", to_string(r.type), r.subject, r.object, to_string(r.polarity),
                   r.attributed_to);
    }
    return 0;
  }
  EvalReport rd = evaluate(**x, *dev);
  EvalReport ro = evaluate(**x, *own);
  EvalReport rr = evaluate_re3d(**x, shared);
  if (as_json) {
    nlohmann::json j;
    j["dev"] = to_json(rd);
    j["own"] = to_json(ro);
    j["re3d"] = to_json(rr);
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  size_t gold = 0;
  for (const auto& s : *dev) gold += s.gold.size();
  print_report(fmt::format("dev set (shared data; {} sentences, {} annotated relations incl. hedged)",
                           dev->size(), gold),
               rd, verbose);
  gold = 0;
  for (const auto& s : *own) gold += s.gold.size();
  print_report(fmt::format("own sentences (written by the team; {} sentences, {} relations)", own->size(), gold),
               ro, verbose);
  print_report("re3d, gold entities, mapped types", rr, verbose);
  return 0;
}
