// Shared by the entity tests: the curated actor lexicon and the place gazetteer, loaded once
// per test program from the checkout and the build's gazetteer data.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"

namespace dossier::test {

inline const ActorLexicon& actor_lexicon() {
  static std::unique_ptr<ActorLexicon> lex = [] {
    auto r = ActorLexicon::load(std::string(DOSSIER_SOURCE_DIR) + "/resources/actors");
    EXPECT_TRUE(r.ok()) << r.status().to_string();
    return std::move(*r);
  }();
  return *lex;
}

// The gazetteer when the build has produced its data (null otherwise; place tests skip).
inline const PlaceGazetteer* place_gazetteer() {
  static std::unique_ptr<PlaceGazetteer> g = []() -> std::unique_ptr<PlaceGazetteer> {
    std::vector<std::string> dirs;
    if (const char* e = std::getenv("DOSSIER_DATA")) dirs.push_back(e);
    dirs.push_back(std::string(DOSSIER_BINARY_DIR) + "/data");
    dirs.push_back(std::string(DOSSIER_SOURCE_DIR) + "/build/data");
    for (const auto& d : dirs) {
      if (!std::filesystem::exists(d + "/places.tsv")) continue;
      auto r = PlaceGazetteer::load(std::string(DOSSIER_SOURCE_DIR) + "/resources", d);
      if (r.ok()) return std::move(*r);
    }
    return nullptr;
  }();
  return g.get();
}

}  // namespace dossier::test
