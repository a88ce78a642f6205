// Linking accuracy on bench/data/linking_dev.jsonl (see src/entities/linking_eval.h).
// Usage: linking_eval [--errors] [--no-ner] [--no-places]
// Prints accuracy overall, by corpus and by case (alias, acronym, faction, state, unknown).
#include <sys/resource.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fmt/core.h>

#include "dossier/resources.h"
#include "entities/entity_stage.h"
#include "entities/linking_eval.h"
#include "entities/ner_tagger.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"

using namespace dossier;

int main(int argc, char** argv) {
  bool errors = false, use_ner = true, use_places = true;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--errors")) errors = true;
    else if (!std::strcmp(argv[i], "--no-ner")) use_ner = false;
    else if (!std::strcmp(argv[i], "--no-places")) use_places = false;
    else {
      fmt::print(stderr, "usage: linking_eval [--errors] [--no-ner] [--no-places]\n");
      return 1;
    }
  }
  const std::string res = Resources::default_dir();
  auto lex = ActorLexicon::load(res + "/actors");
  if (!lex.ok()) {
    fmt::print(stderr, "{}\n", lex.status().to_string());
    return 1;
  }
  std::unique_ptr<PlaceGazetteer> places;
  if (use_places) {
    auto g = PlaceGazetteer::load(res + "/places", Resources::default_data_dir());
    if (g.ok()) places = std::move(*g);
    else fmt::print(stderr, "places unavailable ({}); linking without them\n", g.status().message());
  }
  std::unique_ptr<NerTagger> ner;
  if (use_ner && std::filesystem::exists(res + "/models/ner.model")) {
    auto t = NerTagger::load(res + "/models/ner.model");
    if (t.ok()) ner = std::move(*t);
  }
  auto stage = make_entity_stage(**lex, places.get(), ner.get());
  auto t0 = std::chrono::steady_clock::now();
  auto rep = evaluate_linking(std::string(DOSSIER_SOURCE_DIR) + "/bench/data/linking_dev.jsonl", DOSSIER_SHARED_DIR, *stage);
  if (!rep.ok()) {
    fmt::print(stderr, "{}\n", rep.status().to_string());
    return 2;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print("linking accuracy: {:.3f} ({} of {}; {} with no mention) [ner {}, places {}] in {:.1f}s\n",
             rep->accuracy(), rep->correct, rep->total, rep->missed, ner ? "on" : "off", places ? "on" : "off", secs);
  for (const auto& [c, v] : rep->by_corpus) fmt::print("  corpus {:<12} {:.3f} ({}/{})\n", c, v.second ? 1.0 * v.first / v.second : 0, v.first, v.second);
  for (const auto& [c, v] : rep->by_case) fmt::print("  case   {:<12} {:.3f} ({}/{})\n", c, v.second ? 1.0 * v.first / v.second : 0, v.first, v.second);
  if (errors)
    for (const auto& e : rep->errors) fmt::print("  error: {}\n", e);
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("peak memory: {:.1f} MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
