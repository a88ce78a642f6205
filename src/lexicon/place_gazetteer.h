// PlaceGazetteer: the world's countries, first-level regions and cities, with
// spelling variants, demonyms, the containment hierarchy and name priors.
//
// It is built from two sources: the compact GeoNames-derived file that the
// build writes into the data folder (data/places.tsv, see tools/gazetteer/),
// and our own curated additions in resources/places/ (variants, demonyms,
// regions the world file lacks, disambiguation priors, parent overrides). Names are matched on a
// folded key (case and diacritics ignored, punctuation and spacing normalized)
// and, failing that, on a looser transliteration key ("Al-Raqqa" ~ "Ar
// Raqqah", "Mazar-e-Sharif" ~ "Mazar-i-Sharif").
//
// Promises: every Place it returns has an id ("geo:<geonames id>" or
// "place:<slug>"), a kind and a country (except world regions); coordinates
// are either real or absent, never 0,0. Pointers stay valid for the life of
// the gazetteer.
//
// Thread-safety: immutable after load(); every method is const and safe to
// call from many threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"

namespace dossier {

class PlaceGazetteer {
 public:
  // Reads <data_dir>/places.tsv (required) and the curated files places.tsv,
  // variants.tsv, demonyms.tsv, priors.tsv, cued.tsv, parents.tsv (each optional) from
  // <resource_dir>/places/, or from <resource_dir> itself when it is the places folder. A missing folder or a
  // malformed line is an error naming the file (and line).
  static Result<std::unique_ptr<PlaceGazetteer>> load(const std::string& resource_dir,
                                                       const std::string& data_dir);

  struct Candidate {
    const Place* place;
    double prior;  // share of this reading among all readings of the name (sums to 1)
  };
  // Every place the name can denote, best prior first. Case/diacritic-insensitive;
  // knows variants ("Baluchistan", "NWFP", "FATA") and a leading "the".
  std::vector<Candidate> lookup(std::string_view name) const;
  // The best reading given the places already seen in the document (place ids,
  // or ISO alpha-2 country codes): a candidate inside, or in the same country
  // as, a context place is preferred over a bigger one elsewhere. Null when the
  // name is unknown.
  const Place* resolve(std::string_view name, const std::vector<std::string>& context_place_ids) const;
  const Place* by_id(std::string_view id) const;
  const Place* country(std::string_view iso2) const;
  // A short name that names a place only among its cue words (cued.tsv): "LoC" is the Line of
  // Control in a report on Kashmir firing, "letter of credit" in a trade report. Exact case.
  struct CuedName {
    const Place* place;
    std::vector<std::string> cues;  // lower-case words, any of which near the name is enough
  };
  const CuedName* cued(std::string_view exact) const;
  // "Pakistani" -> Pakistan, "Afghans" -> Afghanistan; null when not a demonym.
  const Place* demonym(std::string_view word) const;
  // The national capital of a country (ISO2: "SO" -> Mogadishu); null when the data has none.
  const Place* capital_of(std::string_view iso2) const;
  // Is `inner` inside `outer` (following parents; a place is not within itself)?
  bool within(const Place& inner, const Place& outer) const;
  // The chain of parents, nearest first (Quetta -> Balochistan, Pakistan).
  std::vector<const Place*> ancestors(const Place& p) const;

  size_t size() const { return places_.size(); }
  // sha256-derived fingerprint of the loaded content (for compiled artefacts).
  const std::string& fingerprint() const { return fingerprint_; }

  // The folded matching key of a name, slugify(name) (exposed for tests and for
  // feature extractors that want to probe the gazetteer by token sequence); fast
  // for ASCII names.
  static std::string key(std::string_view name);
  static std::string loose_key(std::string_view name);
  // Is this key (from key()) a known place name (any variant)?
  bool has_key(const std::string& k) const { return index_.count(k) != 0; }
  // Every indexed name key (main names and variants) that can denote a country,
  // admin1, region or admin2, or a city of at least min_city_population people
  // (or a capital); for recognizers that use the gazetteer as a feature.
  // Each key comes with the most prominent kind it can denote (country > admin1 >
  // region > admin2 > city > facility).
  std::vector<std::pair<std::string, PlaceKind>> name_keys(int64_t min_city_population) const;
  // Every demonym key ("pakistani", "afghan").
  std::vector<std::string> demonym_keys() const;

 private:
  PlaceGazetteer() = default;
  struct Entry {
    uint32_t place;
    float weight;  // 1 for the main name, lower for variants
  };
  struct Extra {
    int64_t population = 0;
    bool capital = false;
    double prior_boost = 1.0;
  };
  void add_name(std::string_view name, uint32_t idx, float weight);
  double base_prior(uint32_t idx) const;
  std::vector<Candidate> candidates(const std::vector<Entry>& entries) const;

  std::vector<Place> places_;
  std::vector<Extra> extra_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::unordered_map<std::string, uint32_t> by_iso2_;
  std::unordered_map<std::string, uint32_t> capitals_;  // ISO2 -> the country's capital city
  std::unordered_map<std::string, std::vector<Entry>> index_;
  std::unordered_map<std::string, std::vector<Entry>> loose_index_;
  std::unordered_map<std::string, uint32_t> demonyms_;
  std::unordered_map<std::string, double> name_priors_;  // key + '\t' + id -> multiplier
  std::unordered_map<std::string, CuedName> cued_;       // exact name -> place and cues
  std::string fingerprint_;
  // resources/places/words.tsv: words after a name that keep its place ("province", "city"),
  // unit words that end a region's official name ("state"), and bare names that name no region
  // without their unit word ("central", "free").
  std::vector<std::string> suffixes_, region_units_, generic_bases_;
};

}  // namespace dossier
