// Everything the analysis stages look up: the actor lexicon, the place
// gazetteer, the trained recognizer and the trigger lists. Loaded once from a
// resource folder, then frozen: every accessor is const and the object is safe
// to share across threads.
#pragma once

#include <memory>
#include <string>

#include "dossier/status.h"

namespace dossier {

class ActorLexicon;    // src/lexicon/actor_lexicon.h
class PlaceGazetteer;  // src/lexicon/place_gazetteer.h
class NerTagger;       // src/entities/ner_tagger.h

class Resources {
 public:
  // The resource folder: $DOSSIER_RESOURCES if set, else the source tree's
  // resources/ (compiled in), else <exe>/../share/dossier/resources.
  static std::string default_dir();
  // The folder with build-time generated data (the GeoNames gazetteer built
  // from npm packages): $DOSSIER_DATA if set, else the build tree's data/.
  static std::string default_data_dir();

  static Result<std::unique_ptr<Resources>> load(const std::string& resource_dir,
                                                 const std::string& data_dir);
  static Result<std::unique_ptr<Resources>> load_default();

  ~Resources();
  const ActorLexicon& actors() const { return *actors_; }
  const PlaceGazetteer& places() const { return *places_; }
  const NerTagger* ner() const { return ner_.get(); }  // null when no model shipped
  const std::string& dir() const { return dir_; }

 private:
  Resources() = default;
  std::string dir_;
  std::unique_ptr<ActorLexicon> actors_;
  std::unique_ptr<PlaceGazetteer> places_;
  std::unique_ptr<NerTagger> ner_;
};

}  // namespace dossier
