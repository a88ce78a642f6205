#include "dossier/resources.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "entities/ner_tagger.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"

namespace dossier {

namespace fs = std::filesystem;

namespace {
std::string exe_dir() {
  std::error_code ec;
  auto p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.parent_path().string();
}
}  // namespace

std::string Resources::default_dir() {
  if (const char* env = std::getenv("DOSSIER_RESOURCES"); env && *env) return env;
  if (fs::is_directory(DOSSIER_RESOURCE_DIR)) return DOSSIER_RESOURCE_DIR;
  return exe_dir() + "/../share/dossier/resources";
}

std::string Resources::default_data_dir() {
  if (const char* env = std::getenv("DOSSIER_DATA"); env && *env) return env;
  if (fs::is_directory(DOSSIER_DATA_DIR)) return DOSSIER_DATA_DIR;
  return exe_dir() + "/data";
}

Resources::~Resources() = default;

Result<std::unique_ptr<Resources>> Resources::load(const std::string& dir, const std::string& data_dir) {
  if (!fs::is_directory(dir))
    return Status(StatusCode::not_found, dir + ": resource folder not found (set DOSSIER_RESOURCES)");
  std::unique_ptr<Resources> r(new Resources());
  r->dir_ = dir;
  auto actors = ActorLexicon::load(dir + "/actors");
  if (!actors.ok()) return actors.status();
  r->actors_ = std::move(*actors);
  auto places = PlaceGazetteer::load(dir + "/places", data_dir);
  if (!places.ok()) return places.status();
  r->places_ = std::move(*places);
  const std::string model = dir + "/models/ner.model";
  if (fs::exists(model)) {
    auto ner = NerTagger::load(model);
    if (!ner.ok()) return ner.status();
    r->ner_ = std::move(*ner);
  }
  return r;
}

Result<std::unique_ptr<Resources>> Resources::load_default() { return load(default_dir(), default_data_dir()); }

}  // namespace dossier
