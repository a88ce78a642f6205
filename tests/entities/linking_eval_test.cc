// Linking accuracy on the development set must not drop below bench/thresholds/linking.json.
#include "entities/linking_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "entities/entity_stage.h"
#include "entities/ner_tagger.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"

namespace dossier {
namespace {

TEST(LinkingEval, DevelopmentSetMeetsThresholds) {
  const std::string src = DOSSIER_SOURCE_DIR;
  std::ifstream th(src + "/bench/thresholds/linking.json");
  ASSERT_TRUE(th) << "missing bench/thresholds/linking.json";
  auto t = nlohmann::json::parse(th);
  auto lex = ActorLexicon::load(src + "/resources/actors");
  ASSERT_TRUE(lex.ok()) << lex.status().to_string();
  // Places and the tagger when available (the thresholds hold with the lexicon alone too).
  std::unique_ptr<PlaceGazetteer> places;
  for (std::string d : {std::string(DOSSIER_BINARY_DIR) + "/data", src + "/build/data"}) {
    if (!std::filesystem::exists(d + "/places.tsv")) continue;
    auto g = PlaceGazetteer::load(src + "/resources/places", d);
    if (g.ok()) {
      places = std::move(*g);
      break;
    }
  }
  std::unique_ptr<NerTagger> ner;
  if (std::filesystem::exists(src + "/resources/models/ner.model")) {
    auto n = NerTagger::load(src + "/resources/models/ner.model");
    if (n.ok()) ner = std::move(*n);
  }
  auto stage = make_entity_stage(**lex, places.get(), ner.get());
  auto rep = evaluate_linking(src + "/bench/data/linking_dev.jsonl", DOSSIER_SHARED_DIR, *stage);
  ASSERT_TRUE(rep.ok()) << rep.status().to_string();
  EXPECT_GT(rep->total, 400u);
  EXPECT_GE(rep->accuracy(), t.at("min_accuracy").get<double>()) << rep->correct << "/" << rep->total;
  for (const char* c : {"faction", "alias", "acronym"}) {
    auto it = rep->by_case.find(c);
    ASSERT_NE(it, rep->by_case.end()) << c;
    double acc = it->second.second ? double(it->second.first) / it->second.second : 0;
    EXPECT_GE(acc, t.at(std::string("min_accuracy_") + c).get<double>()) << c;
  }
  if (::testing::Test::HasFailure())
    for (const auto& e : rep->errors) std::cerr << "  " << e << "\n";
}

}  // namespace
}  // namespace dossier
