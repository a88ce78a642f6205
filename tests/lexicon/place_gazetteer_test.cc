// PlaceGazetteer: lookup, variants, demonyms, hierarchy, disambiguation by context, and the
// checks its loader promises (never 0,0; a clear error for a missing or broken file).
#include "lexicon/place_gazetteer.h"

#include "core/ids.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace dossier {
namespace {

std::string data_dir() {
  if (const char* d = std::getenv("DOSSIER_DATA")) return d;
  return std::string(DOSSIER_BINARY_DIR) + "/data";
}

const PlaceGazetteer& gaz() {
  static std::unique_ptr<PlaceGazetteer> g = [] {
    auto r = PlaceGazetteer::load(std::string(DOSSIER_SOURCE_DIR) + "/resources", data_dir());
    if (!r.ok()) {
      ADD_FAILURE() << r.status().to_string();
      return std::unique_ptr<PlaceGazetteer>();
    }
    return std::move(*r);
  }();
  if (!g) std::abort();
  return *g;
}

TEST(PlaceGazetteer, LooksUpCitiesWithGeonamesIds) {
  auto c = gaz().lookup("Quetta");
  ASSERT_FALSE(c.empty());
  const Place* q = c.front().place;
  EXPECT_EQ(q->id, "geo:1167528");
  EXPECT_EQ(q->kind, PlaceKind::city);
  EXPECT_EQ(q->country, "PK");
  EXPECT_EQ(q->admin1, "Balochistan");
  ASSERT_TRUE(q->lat && q->lon);
  EXPECT_NEAR(*q->lat, 30.18, 0.05);
  EXPECT_NEAR(*q->lon, 67.0, 0.05);
  ASSERT_TRUE(q->geonames_id);
  EXPECT_EQ(*q->geonames_id, 1167528);
}

TEST(PlaceGazetteer, CaseDiacriticsAndPunctuationInsensitive) {
  EXPECT_EQ(gaz().resolve("QUETTA", {}), gaz().resolve("quetta", {}));
  const Place* kandahar = gaz().resolve("Kandahar", {});
  ASSERT_NE(kandahar, nullptr);  // stored as "Kandahār"
  EXPECT_EQ(kandahar->country, "AF");
  EXPECT_EQ(gaz().resolve("Dera-Ismail  Khan", {}), gaz().resolve("Dera Ismail Khan", {}));
  EXPECT_EQ(gaz().resolve("the Punjab", {}), gaz().resolve("Punjab", {}));
}

TEST(PlaceGazetteer, SpellingVariantsAndTransliterations) {
  const Place* balochistan = gaz().resolve("Balochistan", {});
  ASSERT_NE(balochistan, nullptr);
  EXPECT_EQ(balochistan->kind, PlaceKind::admin1);
  EXPECT_EQ(gaz().resolve("Baluchistan", {}), balochistan);
  EXPECT_EQ(gaz().resolve("Baluchistan Province", {}), balochistan);
  const Place* kp = gaz().resolve("Khyber Pakhtunkhwa", {});
  ASSERT_NE(kp, nullptr);
  EXPECT_EQ(gaz().resolve("NWFP", {}), kp);
  EXPECT_EQ(gaz().resolve("North-West Frontier Province", {}), kp);
  const Place* fata = gaz().resolve("FATA", {});
  ASSERT_NE(fata, nullptr);
  EXPECT_EQ(gaz().resolve("Federally Administered Tribal Areas", {}), fata);
  const Place* kurram = gaz().resolve("Kurram Agency", {});
  ASSERT_NE(kurram, nullptr);
  EXPECT_EQ(kurram->country, "PK");
  ASSERT_NE(gaz().resolve("North Waziristan", {}), nullptr);
  // Transliterations the curated list does not name: the loose key finds them.
  const Place* raqqa = gaz().resolve("Raqqa", {});
  ASSERT_NE(raqqa, nullptr);
  EXPECT_EQ(raqqa->country, "SY");
  EXPECT_EQ(gaz().resolve("Al-Raqqah", {}), raqqa);
  const Place* mazar = gaz().resolve("Mazar-i-Sharif", {});
  ASSERT_NE(mazar, nullptr);
  EXPECT_EQ(mazar->country, "AF");
  EXPECT_EQ(gaz().resolve("U.S.", {}), gaz().country("US"));
  EXPECT_EQ(gaz().resolve("Britain", {}), gaz().country("GB"));
  EXPECT_TRUE(gaz().lookup("Xyzzyville").empty());
}

TEST(PlaceGazetteer, Demonyms) {
  EXPECT_EQ(gaz().demonym("Pakistani"), gaz().country("PK"));
  EXPECT_EQ(gaz().demonym("Afghan"), gaz().country("AF"));
  EXPECT_EQ(gaz().demonym("Iraqi"), gaz().country("IQ"));
  EXPECT_EQ(gaz().demonym("Iraqis"), gaz().country("IQ"));
  EXPECT_EQ(gaz().demonym("French"), gaz().country("FR"));  // from world-countries
  EXPECT_EQ(gaz().demonym("Pakistan"), nullptr);
  EXPECT_EQ(gaz().demonym("militant"), nullptr);
}

TEST(PlaceGazetteer, Hierarchy) {
  const Place* quetta = gaz().resolve("Quetta", {});
  const Place* balochistan = gaz().resolve("Balochistan", {});
  const Place* pakistan = gaz().country("PK");
  ASSERT_TRUE(quetta && balochistan && pakistan);
  EXPECT_TRUE(gaz().within(*quetta, *balochistan));
  EXPECT_TRUE(gaz().within(*balochistan, *pakistan));
  EXPECT_TRUE(gaz().within(*quetta, *pakistan));
  EXPECT_FALSE(gaz().within(*pakistan, *quetta));
  EXPECT_FALSE(gaz().within(*quetta, *quetta));
  EXPECT_FALSE(gaz().within(*quetta, *gaz().country("AF")));
  auto chain = gaz().ancestors(*quetta);
  ASSERT_EQ(chain.size(), 2u);
  EXPECT_EQ(chain[0], balochistan);
  EXPECT_EQ(chain[1], pakistan);
  const Place* kurram = gaz().resolve("Kurram Agency", {});
  const Place* kp = gaz().resolve("Khyber Pakhtunkhwa", {});
  ASSERT_TRUE(kurram && kp);
  EXPECT_TRUE(gaz().within(*kurram, *kp));
}

TEST(PlaceGazetteer, DisambiguatesFromContext) {
  const Place* pk_hyd = nullptr;
  const Place* in_hyd = nullptr;
  for (const auto& c : gaz().lookup("Hyderabad")) {
    if (c.place->country == "PK" && c.place->kind == PlaceKind::city && !pk_hyd) pk_hyd = c.place;
    if (c.place->country == "IN" && c.place->kind == PlaceKind::city && !in_hyd) in_hyd = c.place;
  }
  ASSERT_TRUE(pk_hyd && in_hyd);
  const Place* karachi = gaz().resolve("Karachi", {});
  ASSERT_NE(karachi, nullptr);
  EXPECT_EQ(gaz().resolve("Hyderabad", {karachi->id}), pk_hyd);
  EXPECT_EQ(gaz().resolve("Hyderabad", {"PK"}), pk_hyd);
  const Place* sindh = gaz().resolve("Sindh", {});
  ASSERT_NE(sindh, nullptr);
  EXPECT_EQ(gaz().resolve("Hyderabad", {sindh->id}), pk_hyd);
  EXPECT_EQ(gaz().resolve("Hyderabad", {gaz().country("IN")->id}), in_hyd);

  const Place* georgia = gaz().resolve("Georgia", {});
  ASSERT_NE(georgia, nullptr);
  EXPECT_EQ(georgia->kind, PlaceKind::country);
  const Place* atlanta = gaz().resolve("Atlanta", {});
  ASSERT_NE(atlanta, nullptr);
  const Place* ga = gaz().resolve("Georgia", {atlanta->id});
  ASSERT_NE(ga, nullptr);
  EXPECT_EQ(ga->kind, PlaceKind::admin1);
  EXPECT_EQ(ga->country, "US");

  // A national capital or a country is not displaced by a town of its name in a country the
  // report has named: Moscow, Paris, Jamaica with the US in view stay Russia's, France's, the
  // country; Luxembourg stays the country against its own district.
  const Place* us = gaz().country("US");
  ASSERT_NE(us, nullptr);
  const Place* moscow = gaz().resolve("Moscow", {us->id});
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ(moscow->country, "RU");
  const Place* paris = gaz().resolve("Paris", {"US"});
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->country, "FR");
  const Place* jamaica = gaz().resolve("Jamaica", {us->id});
  ASSERT_NE(jamaica, nullptr);
  EXPECT_EQ(jamaica->kind, PlaceKind::country);
  const Place* lux = gaz().resolve("Luxembourg", {"BE"});
  ASSERT_NE(lux, nullptr);
  EXPECT_EQ(lux->kind, PlaceKind::country);
  // "Washington" alone is the US capital (GeoNames names it "Washington, D.C.").
  const Place* dc = gaz().resolve("Washington", {"GB"});
  ASSERT_NE(dc, nullptr);
  EXPECT_EQ(dc->country, "US");
  EXPECT_EQ(dc->kind, PlaceKind::city);

  // Priors of one name sum to one and are sorted.
  auto c = gaz().lookup("Georgia");
  ASSERT_GE(c.size(), 2u);
  double total = 0;
  for (size_t i = 0; i < c.size(); ++i) {
    total += c[i].prior;
    if (i) {
      EXPECT_GE(c[i - 1].prior, c[i].prior);
    }
  }
  EXPECT_NEAR(total, 1.0, 1e-9);
}

TEST(PlaceGazetteer, RegionsNamedWithTheirUnitWordMatchTheBareName) {
  // GeoNames calls it "Borno State"; news writes "in Borno" and "Borno state".
  const Place* borno = gaz().resolve("Borno State", {});
  ASSERT_NE(borno, nullptr);
  EXPECT_EQ(borno->kind, PlaceKind::admin1);
  EXPECT_EQ(gaz().resolve("Borno", {}), borno);
  EXPECT_EQ(gaz().resolve("Borno state", {}), borno);
  EXPECT_EQ(gaz().resolve("Yobe", {"NG"}), gaz().resolve("Yobe State", {}));
}

TEST(PlaceGazetteer, BareRegionNamesNeverShadowOtherPlacesOrCommonWords) {
  // A bare name that already names something keeps it: "Niger" is the country, not Niger State.
  for (const auto& c : gaz().lookup("Niger")) EXPECT_NE(c.place->kind, PlaceKind::admin1) << c.place->id;
  const Place* kano = gaz().resolve("Kano", {"NG"});
  ASSERT_NE(kano, nullptr);
  EXPECT_EQ(kano->kind, PlaceKind::city);
  // Directions and common words are no region without their unit word ("Free State", "Central
  // Region", "Plateau State").
  for (std::string_view word : {"Free", "Central", "Plateau", "Northern", "Capital"})
    for (const auto& c : gaz().lookup(word))
      EXPECT_FALSE(c.place->name.starts_with(std::string(word) + " ")) << word << " -> " << c.place->id;
}

// Two countries in view: the region the report names decides ("Cambridge" with "Massachusetts"
// and Britain named is the US town); without a region the country context is as before.
TEST(PlaceGazetteer, ANamedRegionOutweighsANamedCountry) {
  const Place* ma = gaz().resolve("Massachusetts", {});
  ASSERT_NE(ma, nullptr);
  const Place* cambridge = gaz().resolve("Cambridge", {ma->id, "US", "GB"});
  ASSERT_NE(cambridge, nullptr);
  EXPECT_EQ(cambridge->country, "US");
  EXPECT_EQ(cambridge->admin1, "Massachusetts");
  const Place* england = gaz().resolve("Cambridge", {"GB"});
  ASSERT_NE(england, nullptr);
  EXPECT_EQ(england->country, "GB");
  const Place* victoria = gaz().resolve("Victoria", {"CA"});  // not the Seychelles' capital
  ASSERT_NE(victoria, nullptr);
  EXPECT_EQ(victoria->country, "CA");
}

TEST(PlaceGazetteer, NeverZeroZeroAndEveryParentExists) {
  size_t with_coords = 0;
  for (const char* name : {"Pakistan", "Quetta", "Balochistan", "Kurram Agency", "Middle East", "Mosul", "Georgia"}) {
    for (const auto& c : gaz().lookup(name)) {
      const Place* p = c.place;
      if (p->lat && p->lon) {
        ++with_coords;
        EXPECT_FALSE(*p->lat == 0 && *p->lon == 0) << p->id;
      }
      if (!p->parent.empty()) {
        EXPECT_NE(gaz().by_id(p->parent), nullptr) << p->id;
      }
      EXPECT_TRUE(p->id.rfind("geo:", 0) == 0 || p->id.rfind("place:", 0) == 0) << p->id;
    }
  }
  EXPECT_GE(with_coords, 7u);
  EXPECT_GT(gaz().size(), 20000u);
}

TEST(PlaceGazetteer, LoadErrorsNameTheFile) {
  namespace fs = std::filesystem;
  auto missing = PlaceGazetteer::load(std::string(DOSSIER_SOURCE_DIR) + "/resources", "/nonexistent-dir");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent-dir/places.tsv"), std::string::npos);

  fs::path tmp = fs::temp_directory_path() / "dossier_place_test";
  fs::create_directories(tmp / "data");
  fs::create_directories(tmp / "res" / "places");
  {
    std::ofstream(tmp / "data" / "places.tsv") << "#dossier-places\t1\n"
                                                  "place:testland\tTestland\tcountry\tTL\t\t10\t20\t\t\t0\t0\t\tTestlandic\n";
    std::ofstream(tmp / "res" / "places" / "variants.tsv") << "country:TL\tTesty\n"
                                                               "country:ZZ\tNowhere\n";
  }
  auto bad = PlaceGazetteer::load((tmp / "res").string(), (tmp / "data").string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("variants.tsv: line 2"), std::string::npos) << bad.status().message();
  {
    std::ofstream(tmp / "res" / "places" / "variants.tsv") << "country:TL\tTesty\n";
  }
  auto good = PlaceGazetteer::load((tmp / "res").string(), (tmp / "data").string());
  ASSERT_TRUE(good.ok()) << good.status().to_string();
  EXPECT_EQ((*good)->resolve("testy", {}), (*good)->country("TL"));
  EXPECT_EQ((*good)->demonym("Testlandic"), (*good)->country("TL"));
  {
    std::ofstream(tmp / "data" / "places.tsv") << "#something-else\t1\n";
  }
  auto wrong = PlaceGazetteer::load((tmp / "res").string(), (tmp / "data").string());
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("magic"), std::string::npos);
  fs::remove_all(tmp);
}

// Towns under the world file's population floor that reports name on their own are curated, with
// their province: Ras Tanura, the oil terminal town of Saudi Arabia's Eastern Province.
TEST(PlaceGazetteer, CuratedSmallTownsSitInTheirProvince) {
  for (std::string_view name : {"Ras Tanura", "Ras Tannurah"}) {
    auto c = gaz().lookup(name);
    ASSERT_FALSE(c.empty()) << name;
    const Place* p = c.front().place;
    EXPECT_EQ(p->id, "place:ras-tanura-sa") << name;
    EXPECT_EQ(p->kind, PlaceKind::city);
    EXPECT_EQ(p->parent, "place:eastern-province-sa");
    ASSERT_TRUE(p->lat && p->lon);
    EXPECT_NEAR(*p->lat, 26.6, 0.2);
    EXPECT_NEAR(*p->lon, 50.2, 0.2);
  }
  // Former names of big cities still in print.
  auto bombay = gaz().lookup("Bombay");
  ASSERT_FALSE(bombay.empty());
  EXPECT_EQ(bombay.front().place->id, "geo:1275339");
  EXPECT_TRUE(gaz().lookup("Bombayx").empty());
  auto marawi = gaz().lookup("Marawi");
  ASSERT_FALSE(marawi.empty());
  EXPECT_EQ(marawi.front().place->id, "geo:1701053");
  auto fez = gaz().lookup("Fez");
  ASSERT_FALSE(fez.empty());
  EXPECT_EQ(fez.front().place->id, "geo:2548885");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Callers hand over either the resources root or the places folder itself (as for the actor
// lexicon); both must load the curated variants, tribal areas and priors.
TEST(PlaceGazetteer, CuratedFilesLoadFromTheRootOrThePlacesFolder) {
  auto from_folder = PlaceGazetteer::load(std::string(DOSSIER_SOURCE_DIR) + "/resources/places", data_dir());
  ASSERT_TRUE(from_folder.ok()) << from_folder.status().to_string();
  const PlaceGazetteer& g = **from_folder;
  EXPECT_EQ(g.size(), gaz().size());
  const Place* baluch = g.resolve("Baluchistan", {});
  ASSERT_NE(baluch, nullptr);
  EXPECT_EQ(baluch->kind, PlaceKind::admin1);
  const Place* kurram = g.resolve("Kurram Agency", {});
  ASSERT_NE(kurram, nullptr);
  EXPECT_EQ(kurram->country, "PK");
  auto missing = PlaceGazetteer::load("/nonexistent-resources", data_dir());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent-resources"), std::string::npos);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// key() folds ASCII names itself and hands the rest to slugify(); both must agree.
TEST(PlaceGazetteer, KeyEqualsSlugifyOnAnyText) {
  const char* names[] = {"Quetta", "Dera-Ismail  Khan", "U.S.", "Al-Qa'ida", "the Punjab", "  --x--  ",
                         "Kandahār", "Séléka", "ISLAMABAD", "42nd Street", "a.b.c", "O'Neill's", "",
                         "Mazar-e-Sharif", "São Paulo", "tab\there", "Zhob/Loralai", "Ürümqi 2"};
  for (const char* n : names) EXPECT_EQ(PlaceGazetteer::key(n), slugify(n)) << n;
  std::string all;
  for (int c = 1; c < 128; ++c) all.push_back(static_cast<char>(c));
  EXPECT_EQ(PlaceGazetteer::key(all), slugify(all));
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// parents.tsv puts a town under the unit GeoNames leaves out: Parachinar is in Kurram (a former
// tribal agency), which is in Khyber Pakhtunkhwa, in Pakistan.
TEST(PlaceGazetteer, CuratedParentsOverrideTheWorldFile) {
  const Place* parachinar = gaz().resolve("Parachinar", {});
  const Place* kurram = gaz().resolve("Kurram Agency", {});
  const Place* kp = gaz().resolve("Khyber Pakhtunkhwa", {});
  ASSERT_TRUE(parachinar && kurram && kp);
  EXPECT_EQ(parachinar->parent, kurram->id);
  EXPECT_TRUE(gaz().within(*parachinar, *kurram));
  EXPECT_TRUE(gaz().within(*parachinar, *kp));
  EXPECT_TRUE(gaz().within(*parachinar, *gaz().country("PK")));
  auto chain = gaz().ancestors(*parachinar);
  ASSERT_GE(chain.size(), 3u);
  EXPECT_EQ(chain.front(), kurram);
  EXPECT_EQ(chain.back(), gaz().country("PK"));
  // Kurram in the document now helps read the town inside it.
  EXPECT_EQ(gaz().resolve("Parachinar", {kurram->id}), parachinar);
}

TEST(PlaceGazetteer, CuratedParentErrorsNameFileAndLine) {
  namespace fs = std::filesystem;
  fs::path tmp = fs::temp_directory_path() / "dossier_place_parents_test";
  fs::create_directories(tmp / "data");
  fs::create_directories(tmp / "res" / "places");
  std::ofstream(tmp / "data" / "places.tsv")
      << "#dossier-places\t1\n"
         "place:testland\tTestland\tcountry\tTL\t\t10\t20\t\t\t0\t0\t\t\n"
         "place:otherland\tOtherland\tcountry\tOL\t\t11\t21\t\t\t0\t0\t\t\n"
         "place:north-tl\tNorth\tadmin1\tTL\tNorth\t10\t20\t\tplace:testland\t0\t0\t\t\n"
         "geo:1\tTesttown\tcity\tTL\tNorth\t10.1\t20.1\t1\tplace:north-tl\t20000\t0\t\t\n"
         "geo:2\tOthertown\tcity\tOL\t\t11.1\t21.1\t2\tplace:otherland\t20000\t0\t\t\n";
  std::ofstream(tmp / "res" / "places" / "places.tsv")
      << "place:valley-tl\tTest Valley\tadmin2\tTL\tNorth\t10.2\t20.2\t\tplace:north-tl\t\n";
  auto load_with = [&](const std::string& parents) {
    std::ofstream(tmp / "res" / "places" / "parents.tsv") << parents;
    return PlaceGazetteer::load((tmp / "res").string(), (tmp / "data").string());
  };
  auto good = load_with("# comment\ngeo:1\tplace:valley-tl\ta test source\n");
  ASSERT_TRUE(good.ok()) << good.status().to_string();
  const Place* town = (*good)->by_id("geo:1");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->parent, "place:valley-tl");
  EXPECT_TRUE((*good)->within(*town, *(*good)->by_id("place:north-tl")));

  struct Case {
    std::string text, want;
  };
  for (const auto& c : std::vector<Case>{
           {"geo:1\tplace:valley-tl\n", "parents.tsv: line 1"},                        // no source
           {"geo:1\tplace:valley-tl\tsrc\ngeo:9\tplace:valley-tl\tsrc\n", "line 2"},   // unknown place
           {"geo:1\tplace:nowhere\tsrc\n", "unknown parent"},
           {"geo:2\tplace:valley-tl\tsrc\n", "is in TL"},                               // another country
           {"place:north-tl\tgeo:1\tsrc\n", "loops"},
           {"geo:1\tgeo:1\tsrc\n", "own parent"},
       }) {
    auto r = load_with(c.text);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.status().message().find(c.want), std::string::npos) << r.status().message();
    EXPECT_NE(r.status().message().find("parents.tsv"), std::string::npos) << r.status().message();
  }
  fs::remove_all(tmp);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// World regions in the curated file keep their columns: a point, no GeoNames id, their
// variants ("Mideast", "Pak-Afghan border"). A line with a stray tab is a load error.
TEST(PlaceGazetteer, CuratedRegionsHavePointsAndVariants) {
  const Place* me = gaz().by_id("place:middle-east");
  ASSERT_NE(me, nullptr);
  EXPECT_FALSE(me->geonames_id.has_value());
  ASSERT_TRUE(me->lat && me->lon);
  EXPECT_NEAR(*me->lat, 29.0, 0.01);
  auto c = gaz().lookup("Mideast");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c.front().place->id, "place:middle-east");
  c = gaz().lookup("Pak-Afghan border");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c.front().place->id, "place:durand-line");
  c = gaz().lookup("Khurasan");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c.front().place->id, "place:khorasan");

  namespace fs = std::filesystem;
  fs::path tmp = fs::temp_directory_path() / "dossier_place_test_columns";
  fs::create_directories(tmp / "data");
  fs::create_directories(tmp / "res" / "places");
  std::ofstream(tmp / "data" / "places.tsv") << "#dossier-places\t1\n"
                                                "place:testland\tTestland\tcountry\tTL\t\t10\t20\t\t\t0\t0\t\t\n";
  std::ofstream(tmp / "res" / "places" / "places.tsv") << "place:test-sea\tTest Sea\tregion\t\t\t\t1.5\t2.5\t\t\tTS\n";
  auto bad = PlaceGazetteer::load((tmp / "res").string(), (tmp / "data").string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("places.tsv: line 1"), std::string::npos) << bad.status().message();
  // A point with one coordinate only is a half-filled row, not a place without a point.
  std::ofstream(tmp / "res" / "places" / "places.tsv") << "place:test-sea\tTest Sea\tregion\t\t\t1.5\t\t\t\tTS\n";
  bad = PlaceGazetteer::load((tmp / "res").string(), (tmp / "data").string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("lat and lon"), std::string::npos) << bad.status().message();
  // A broken number in the built world file is an error naming its line, not a crash.
  std::ofstream(tmp / "res" / "places" / "places.tsv") << "";
  std::ofstream(tmp / "data" / "places.tsv") << "#dossier-places\t1\n"
                                                "place:testland\tTestland\tcountry\tTL\t\t10\t20\t\t\t99999999999999999999\t0\t\t\n";
  bad = PlaceGazetteer::load((tmp / "res").string(), (tmp / "data").string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("line 2: population"), std::string::npos) << bad.status().message();
  fs::remove_all(tmp);
}

}  // namespace
}  // namespace dossier
