// WikiEvents Conflict.Attack argument head-word F1 (attacker, target,
// instrument, place) of the event stage, document level. Scoring code:
// tests/events/event_eval.h (shared with the threshold test). --full: standard pipeline;
// --errors: list every false positive and false negative head word; --train: the derived
// train split (tokens only, rebuilt into text) instead of dev; --triggers: each gold attack
// trigger, HIT when its sentence is evidence of an attack found, else MISS; --doc ID (with
// --train for a train document): the events found in that document, with their arguments and
// evidence, instead of the scores.
#include <fmt/core.h>
#include <sys/resource.h>

#include <string>

#include "../tests/events/event_eval.h"

using namespace dossier;

namespace {

// The events found in one document: type, arguments and evidence sentences.
int show_doc(const eval::Analyzer& an, const std::string& path, const std::string& id) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    const bool derived = j.contains("docid");
    if ((derived ? j["docid"] : j["doc_id"]).get<std::string>() != id) continue;
    Document doc = an.analyze(id, derived ? eval::detokenize(j["tokens"]) : j["text"].get<std::string>());
    for (const auto& e : doc.events) {
      fmt::print("EVENT {}{} place={}\n", to_string(e.type), e.background ? " (background)" : "", e.place);
      for (const auto& a : e.arguments) {
        std::string_view in;
        for (const auto& st : doc.sentences)
          if (st.span.start <= a.span.start && a.span.start < st.span.end) in = doc.slice(st.span);
        fmt::print("  {:<22} {}\n  @ {}\n", to_string(a.role), a.text, in);
      }
      for (const auto& x : e.evidence) fmt::print("  | {}\n", doc.slice(x.span));
    }
    return 0;
  }
  fmt::print(stderr, "no document {} in {}\n", id, path);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--doc" && i + 1 < argc) {
      ++i;
      continue;
    }
    if (a != "--full" && a != "--errors" && a != "--train" && a != "--triggers") {
      bool help = a == "--help" || a == "-h";
      fmt::print(help ? stdout : stderr,
                 "usage: wikievents_eval [--train] [--errors] [--triggers] [--full] [--doc ID]\n");
      return help ? 0 : 1;
    }
  }
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
  bool errors = false;
  for (int i = 1; i < argc; ++i) errors = errors || std::string(argv[i]) == "--errors";
  std::vector<std::string> log;
  bool train = false;
  for (int i = 1; i < argc; ++i) train = train || std::string(argv[i]) == "--train";
  const std::string dir = std::string(DOSSIER_SHARED_DIR) + "/data/wikievents/";
  std::string show;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--doc") show = argv[i + 1];
  if (!show.empty()) return show_doc(an, dir + (train ? "train.derived-mc2259.jsonl" : "dev.jsonl"), show);
  bool triggers = false;
  for (int i = 1; i < argc; ++i) triggers = triggers || std::string(argv[i]) == "--triggers";
  std::vector<std::string> tlog;
  // The same split's coreference clusters (Triggers-Data's derived file) for the coref line.
  const eval::WikiClusters clusters =
      eval::load_wiki_clusters(dir + (train ? "train" : "dev") + ".derived-triggersdata.json");
  auto r = train ? eval::run_wiki_train(an, dir + "train.derived-mc2259.jsonl", errors ? &log : nullptr,
                                        triggers ? &tlog : nullptr, &clusters)
                 : eval::run_wiki(an, dir + "dev.jsonl", errors ? &log : nullptr, triggers ? &tlog : nullptr,
                                  &clusters);
  long hits = 0;
  for (const auto& l : tlog) {
    fmt::print("{}\n", l);
    hits += l.starts_with("HIT");
  }
  if (triggers)
    fmt::print("gold attack triggers in the evidence of an attack found: {} / {}\n", hits, tlog.size());
  for (const auto& l : log) fmt::print("{}\n", l);
  fmt::print("WikiEvents {} ({} docs, {} with attacks): head-word F1\n", train ? "train (derived, detokenized)" : "dev",
             r.docs, r.attack_docs);
  for (int i = 0; i < 4; ++i)
    fmt::print("  {:<10} P {:.3f} R {:.3f} F1 {:.3f}  (tp {} fp {} fn {})\n", eval::kWikiRoles[i],
               r.roles[i].p(), r.roles[i].r(), r.roles[i].f1(), r.roles[i].tp, r.roles[i].fp, r.roles[i].fn);
  fmt::print("  {:<10} P {:.3f} R {:.3f} F1 {:.3f}  (tp {} fp {} fn {})\n", "all", r.all.p(), r.all.r(),
             r.all.f1(), r.all.tp, r.all.fp, r.all.fn);
  if (clusters.empty()) return 0;
  fmt::print("coref head-word F1 (a head of any mention of the gold argument's cluster matches):\n");
  for (int i = 0; i < 4; ++i)
    fmt::print("  {:<10} P {:.3f} R {:.3f} F1 {:.3f}  (tp {} fp {} fn {})\n", eval::kWikiRoles[i],
               r.coref_roles[i].p(), r.coref_roles[i].r(), r.coref_roles[i].f1(), r.coref_roles[i].tp,
               r.coref_roles[i].fp, r.coref_roles[i].fn);
  fmt::print("  {:<10} P {:.3f} R {:.3f} F1 {:.3f}  (tp {} fp {} fn {})\n", "all", r.coref_all.p(),
             r.coref_all.r(), r.coref_all.f1(), r.coref_all.tp, r.coref_all.fp, r.coref_all.fn);
  return 0;
}
