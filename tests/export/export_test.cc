// Export tests: the §2/§3 JSON field by field, and every other format read back by an
// independent reader: Python's csv module for CSV, networkx (Debian's python3-networkx) for
// GraphML and GEXF, the OASIS STIX 2.1 JSON schemas through ajv (tools/validate) for STIX.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/ids.h"
#include "export/export.h"
#include "export/json.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A small knowledge base that exercises every field: factions, a denied relation, a disputed
// toll, an open-ended figure, a place without coordinates, text that needs quoting/escaping.
KnowledgeBase sample_kb() {
  KnowledgeBase kb;
  DocumentMeta a;
  a.id = "doc:aaaa";
  a.path = "https://news.example/quetta, \"attack\"";
  a.title = "Gunmen storm police college";
  a.publisher = {"Example Wire"};
  a.authors = {"A. Writer"};
  a.published = Date::parse_iso("2016-10-25");
  a.published_how = PublishedHow::metadata;
  a.dateline = "pl:quetta";
  a.sha256 = sha256_hex("a");
  DocumentMeta b;
  b.id = "doc:bbbb";
  b.path = "seeds/b.txt";
  b.sha256 = sha256_hex("b");
  kb.documents = {a, b};

  Actor lej{"act:lej", "Lashkar-e-Jhangvi", ActorKind::armed_group, {"Lashkar-e-Jhangvi", "LeJ"}, {}, "", "PK",
            "Q1322290", {}, {"doc:aaaa", "doc:bbbb"}};
  Actor faction{"act:lej-aa", "Lashkar-e-Jhangvi Al-Alami", ActorKind::armed_group, {"LeJ-A"}, {}, "act:lej", "PK",
                "", {}, {"doc:aaaa"}};
  Actor army{"act:pak-army", "Pakistan Army", ActorKind::state_actor, {"the army"}, {}, "", "PK", "", {}, {"doc:bbbb"}};
  Actor chief{"act:bajwa", "Qamar Javed Bajwa", ActorKind::person, {"Bajwa", "Gen. Bajwa"}, {}, "", "PK", "", {}, {"doc:bbbb"}};
  kb.actors = {lej, faction, army, chief};

  kb.places = {
      {"pl:pakistan", "Pakistan", PlaceKind::country, "PK", "", 30.0, 70.0, 1168579, ""},
      {"pl:balochistan", "Balochistan", PlaceKind::admin1, "PK", "Balochistan", 28.5, 65.5, 1183606, "pl:pakistan"},
      {"pl:quetta", "Quetta", PlaceKind::city, "PK", "Balochistan", 30.18, 66.99, 1167528, "pl:balochistan"},
      {"pl:camp", "Training Camp", PlaceKind::facility, "PK", "Balochistan", std::nullopt, std::nullopt, std::nullopt,
       "pl:quetta"},
      {"pl:somewhere", "Somewhere", PlaceKind::region, "", "", std::nullopt, std::nullopt, std::nullopt, ""},
  };

  Event e;
  e.id = "ev:quetta";
  e.type = EventType::armed_assault;
  e.date = DateRange{*Date::parse_iso("2016-10-24"), *Date::parse_iso("2016-10-24"), DatePrecision::day};
  e.place = "pl:camp";
  e.targets = {{"police cadets, \"recruits\"", "police"}};
  e.perpetrators = {"act:lej-aa"};
  e.claimed_by = {"act:lej-aa"};
  e.weapons = {"firearms", "explosives"};
  e.killed = CasualtyEstimate{60, 59, std::nullopt};
  e.injured = CasualtyEstimate{120, 117, 124};
  EventSource s1;
  s1.id = "src:1";
  s1.document = "doc:aaaa";
  s1.type = EventType::armed_assault;
  s1.killed = CountRange{59, 59};
  s1.injured = CountRange{117, 117};
  s1.arguments = {{ArgumentRole::perpetrator_org, "LeJ-A", {10, 15}, "act:lej-aa"}};
  s1.evidence = {{"doc:aaaa", {0, 44}, "Gunmen stormed the college, killing 59, said \"officials\".", ""}};
  EventSource s2 = s1;
  s2.id = "src:2";
  s2.document = "doc:bbbb";
  s2.killed = CountRange{60, std::nullopt};
  s2.injured = CountRange{124, 124};
  s2.evidence = {{"doc:bbbb", {5, 30}, "More than 60 died.", ""}};
  e.sources = {s1, s2};
  Event u;
  u.id = "ev:nowhere";
  u.type = EventType::kidnapping;
  u.place = "pl:somewhere";
  EventSource s3;
  s3.id = "src:3";
  s3.document = "doc:bbbb";
  u.sources = {s3};
  kb.events = {e, u};

  Relation r1;
  r1.id = "rel:faction";
  r1.type = RelationType::faction_of;
  r1.subject = "act:lej-aa";
  r1.object = "act:lej";
  r1.date = DateRange{*Date::parse_iso("2016-10-01"), *Date::parse_iso("2016-10-31"), DatePrecision::month};
  r1.confidence = 0.8;
  r1.evidence = {{"doc:aaaa", {50, 90}, "LeJ-A is a faction of <LeJ> & more.", ""}};
  Relation r2;
  r2.id = "rel:denied";
  r2.type = RelationType::cooperates_with;
  r2.subject = "act:lej";
  r2.object = "act:pak-army";
  r2.polarity = Polarity::denied;
  r2.attributed_to = "act:pak-army";
  r2.confidence = 0.6;
  r2.evidence = {{"doc:bbbb", {0, 20}, "The army denied any link.", ""}};
  Relation r3;
  r3.id = "rel:chief";
  r3.type = RelationType::holds_position;
  r3.subject = "act:bajwa";
  r3.object = "act:pak-army";
  r3.role = "army chief";
  r3.confidence = 0.9;
  r3.evidence = {{"doc:bbbb", {40, 70}, "Army chief Bajwa said.", ""}};
  Relation r4;  // an endpoint with no actor record
  r4.id = "rel:unknown";
  r4.type = RelationType::rival_of;
  r4.subject = "act:lej";
  r4.object = "act:mystery";
  r4.confidence = 0.3;
  kb.relations = {r1, r2, r3, r4};
  return kb;
}

std::set<std::string> keys(const json& o) {
  std::set<std::string> k;
  for (auto it = o.begin(); it != o.end(); ++it) k.insert(it.key());
  return k;
}

struct Run {
  int code = -1;
  std::string out;
};

Run run(const std::string& cmd) {
  Run r;
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int st = pclose(p);
  r.code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

fs::path write_temp(const std::string& name, const std::string& content) {
  fs::path dir = fs::temp_directory_path() / ("dossier-export-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  fs::path p = dir / name;
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

std::string exported(const KnowledgeBase& kb, std::string_view format) {
  std::ostringstream out;
  auto s = write_export(kb, format, out);
  EXPECT_TRUE(s) << s.to_string();
  return out.str();
}

TEST(JsonExport, FollowsTheSpecFieldByField) {
  auto j = json::parse(exported(sample_kb(), "json"));
  EXPECT_EQ(keys(j), (std::set<std::string>{"format", "version", "documents", "actors", "places", "events", "relations"}));
  EXPECT_EQ(j["format"], "dossier-kb");
  EXPECT_EQ(j["version"], 1);

  const json& d = j["documents"][0];
  EXPECT_EQ(keys(d), (std::set<std::string>{"id", "path", "title", "publisher", "authors", "published",
                                            "published_how", "dateline", "sha256"}));
  EXPECT_EQ(d["published"], "2016-10-25");
  EXPECT_EQ(d["published_how"], "metadata");
  EXPECT_EQ(d["dateline"], "pl:quetta");
  EXPECT_EQ(d["publisher"], json({"Example Wire"}));
  const json& d2 = j["documents"][1];
  EXPECT_TRUE(d2["title"].is_null());
  EXPECT_TRUE(d2["published"].is_null());
  EXPECT_TRUE(d2["published_how"].is_null());
  EXPECT_TRUE(d2["dateline"].is_null());
  EXPECT_EQ(d2["authors"], json::array());

  const json& a = j["actors"][1];
  EXPECT_EQ(keys(a), (std::set<std::string>{"id", "name", "kind", "aliases", "parent", "documents"}));
  EXPECT_EQ(a["parent"], "act:lej");
  EXPECT_EQ(a["kind"], "armed_group");
  EXPECT_TRUE(j["actors"][0]["parent"].is_null());

  const json& p = j["places"][3];
  EXPECT_EQ(keys(p), (std::set<std::string>{"id", "name", "kind", "country", "admin1", "lat", "lon", "geonames_id",
                                            "parent"}));
  EXPECT_TRUE(p["lat"].is_null());
  EXPECT_TRUE(p["geonames_id"].is_null());
  EXPECT_EQ(j["places"][2]["geonames_id"], 1167528);
  EXPECT_TRUE(j["places"][0]["parent"].is_null());
  EXPECT_TRUE(j["places"][0]["admin1"].is_null());

  const json& e = j["events"][0];
  EXPECT_EQ(keys(e), (std::set<std::string>{"id", "type", "date", "place", "targets", "perpetrators", "claimed_by",
                                            "weapons", "killed", "injured", "sources"}));
  EXPECT_EQ(e["date"], json({{"start", "2016-10-24"}, {"end", "2016-10-24"}, {"precision", "day"}}));
  EXPECT_EQ(e["killed"], json({{"best", 60}, {"low", 59}, {"high", nullptr}}));
  EXPECT_EQ(e["targets"][0], json({{"text", "police cadets, \"recruits\""}, {"category", "police"}}));
  const json& src = e["sources"][1];
  EXPECT_EQ(keys(src), (std::set<std::string>{"document", "killed", "injured", "arguments", "evidence"}));
  EXPECT_EQ(src["killed"], json({{"low", 60}, {"high", nullptr}}));
  EXPECT_EQ(e["sources"][0]["arguments"][0],
            json({{"role", "perpetrator_org"}, {"text", "LeJ-A"}, {"start", 10}, {"end", 15}}));
  EXPECT_EQ(keys(src["evidence"][0]), (std::set<std::string>{"document", "start", "end", "text"}));
  const json& u = j["events"][1];
  EXPECT_TRUE(u["date"].is_null());
  EXPECT_TRUE(u["killed"].is_null());
  EXPECT_TRUE(u["sources"][0]["killed"].is_null());

  const json& r = j["relations"][0];
  EXPECT_EQ(keys(r), (std::set<std::string>{"id", "type", "subject", "object", "role", "polarity", "date",
                                            "attributed_to", "confidence", "evidence"}));
  EXPECT_TRUE(r["role"].is_null());
  EXPECT_TRUE(r["attributed_to"].is_null());
  EXPECT_EQ(r["date"]["precision"], "month");
  EXPECT_EQ(j["relations"][1]["polarity"], "denied");
  EXPECT_EQ(j["relations"][2]["role"], "army chief");
}

TEST(JsonExport, AnnotationOffsetsAreCodePoints) {
  Document doc;
  doc.text = "Ñandú — LeJ-A attacked Quetta.";
  doc.meta.sha256 = sha256_hex(doc.text);
  doc.meta.id = document_id(doc.meta.sha256);
  doc.meta.path = "x.txt";
  doc.body = {{0, static_cast<uint32_t>(doc.text.size())}};
  doc.sentences = {{{0, static_cast<uint32_t>(doc.text.size())}, 0, 0}};
  auto at = [&](const std::string& w) {
    auto p = static_cast<uint32_t>(doc.text.find(w));
    return Span{p, p + static_cast<uint32_t>(w.size())};
  };
  doc.mentions = {{at("LeJ-A"), MentionType::ARMED_GROUP, MentionForm::name, "act:lej-aa"},
                  {at("Quetta"), MentionType::GPE, MentionForm::name, ""},
                  {at("attacked"), MentionType::NORP, MentionForm::name, "community:shia"}};
  Actor lej;
  lej.id = "act:lej-aa";
  lej.name = "LeJ-A";
  doc.actors = {lej};
  doc.quantities = {{at("Quetta"), 5, std::nullopt, "", ""}};
  Timex t;
  t.span = at("attacked");
  t.value = "2016-10-24";
  doc.timexes = {t};
  EventSource s;
  s.id = "src:x";
  s.type = EventType::armed_assault;
  s.killed = CountRange{3, 5};
  s.arguments = {{ArgumentRole::perpetrator_org, "LeJ-A", at("LeJ-A"), "act:lej-aa"}};
  s.evidence = {doc.evidence_for(at("LeJ-A"))};
  doc.events = {s};
  auto j = annotation_to_json(doc);
  EXPECT_EQ(keys(j), (std::set<std::string>{"document", "text", "body", "sentences", "mentions", "timexes",
                                            "quantities", "actors", "places", "events", "relations"}));
  // "Ñandú — " is 8 code points but 12 bytes.
  EXPECT_EQ(j["mentions"][0]["start"], 8);
  EXPECT_EQ(j["mentions"][0]["end"], 13);
  EXPECT_EQ(j["mentions"][0]["text"], "LeJ-A");
  EXPECT_EQ(j["mentions"][0]["entity"], "act:lej-aa");
  EXPECT_TRUE(j["mentions"][1]["entity"].is_null());
  // A community is neither an actor nor a place: the contract writes no link for it.
  EXPECT_TRUE(j["mentions"][2]["entity"].is_null());
  EXPECT_EQ(keys(j["mentions"][0]), (std::set<std::string>{"start", "end", "text", "type", "entity"}));
  EXPECT_EQ(keys(j["timexes"][0]), (std::set<std::string>{"start", "end", "text", "type", "value"}));
  EXPECT_EQ(keys(j["quantities"][0]), (std::set<std::string>{"start", "end", "text", "low", "high", "unit"}));
  EXPECT_TRUE(j["quantities"][0]["high"].is_null());
  EXPECT_EQ(j["body"][0]["end"], 30);
  EXPECT_EQ(j["events"][0]["sources"][0]["arguments"][0]["start"], 8);
  EXPECT_EQ(j["events"][0]["sources"][0]["evidence"][0]["end"], 30);
  EXPECT_EQ(j["events"][0]["sources"][0]["document"], doc.meta.id);
  EXPECT_EQ(j["events"][0]["killed"]["low"], 3);
  EXPECT_EQ(j["events"][0]["killed"]["high"], 5);
  EXPECT_EQ(j["document"]["id"], doc.meta.id);
}

TEST(CsvExport, ReadsBackWithPythonsCsvModule) {
  auto kb = sample_kb();
  auto path = write_temp("events.csv", exported(kb, "csv"));
  auto r = run("python3 -c \"import csv,json,sys; rows=list(csv.DictReader(open(sys.argv[1], newline=''))); "
               "print(json.dumps(rows))\" '" + path.string() + "'");
  ASSERT_EQ(r.code, 0) << r.out;
  auto rows = json::parse(r.out);
  ASSERT_EQ(rows.size(), 2u);
  const json& q = rows[0];
  EXPECT_EQ(q["eventid"], "ev:quetta");
  EXPECT_EQ(q["iyear"], "2016");
  EXPECT_EQ(q["imonth"], "10");
  EXPECT_EQ(q["iday"], "24");
  EXPECT_EQ(q["country_txt"], "Pakistan");
  EXPECT_EQ(q["provstate"], "Balochistan");
  EXPECT_EQ(q["city"], "Quetta");
  EXPECT_EQ(q["attacktype1_txt"], "Armed Assault");
  EXPECT_EQ(q["targtype1_txt"], "Police");
  EXPECT_EQ(q["target1"], "police cadets, \"recruits\"");
  EXPECT_EQ(q["gname"], "Lashkar-e-Jhangvi Al-Alami");
  EXPECT_EQ(q["claimed"], "1");
  EXPECT_EQ(q["weaptype1_txt"], "Firearms");
  EXPECT_EQ(q["nkill"], "60");
  EXPECT_EQ(q["nkill_low"], "59");
  EXPECT_EQ(q["nkill_high"], "");
  EXPECT_EQ(q["nwound_high"], "124");
  EXPECT_EQ(q["sources"], "doc:aaaa;doc:bbbb");
  EXPECT_EQ(q["summary"], "Gunmen stormed the college, killing 59, said \"officials\".");
  EXPECT_NE(q["latitude"].get<std::string>().find("30.18"), std::string::npos);
  EXPECT_EQ(q["specificity"], "1");  // Quetta's own coordinates
  const json& u = rows[1];
  EXPECT_EQ(u["iyear"], "");
  EXPECT_EQ(u["gname"], "Unknown");
  EXPECT_EQ(u["nkill"], "");
  EXPECT_EQ(u["latitude"], "");
  EXPECT_EQ(u["specificity"], "");
}

// GTD's specificity: 1 for the town's own coordinates (a building without any takes its town's:
// still 1), 2 for a town with none of its own, 4 and 5 for a province or a country alone (a
// building in no known town, placed by its province, is 4).
TEST(CsvExport, SpecificitySaysWhoseCoordinatesTheyAre) {
  auto kb = sample_kb();
  kb.places.push_back({"pl:kwall", "Kwall", PlaceKind::city, "PK", "Balochistan", std::nullopt, std::nullopt,
                       std::nullopt, "pl:balochistan"});
  kb.places.push_back({"pl:depot", "Fuel Depot", PlaceKind::facility, "PK", "Balochistan", std::nullopt,
                       std::nullopt, std::nullopt, "pl:balochistan"});
  const std::pair<const char*, const char*> cases[] = {{"pl:quetta", "1"},      {"pl:camp", "1"},
                                                       {"pl:kwall", "2"},       {"pl:depot", "4"},
                                                       {"pl:balochistan", "4"}, {"pl:pakistan", "5"}};
  for (const auto& [place, want] : cases) {
    kb.events[0].place = place;
    auto path = write_temp("spec.csv", exported(kb, "csv"));
    auto r =
        run("python3 -c \"import csv,sys; print(next(csv.DictReader(open(sys.argv[1], newline='')))"
            "['specificity'])\" '" +
            path.string() + "'");
    ASSERT_EQ(r.code, 0) << r.out;
    EXPECT_EQ(r.out, std::string(want) + "\n") << place;
  }
}

json read_graph(const std::string& kind, const fs::path& path) {
  auto r = run("python3 '" DOSSIER_SOURCE_DIR "/tools/validate/read_graph.py' " + kind + " '" + path.string() + "'");
  EXPECT_EQ(r.code, 0) << r.out;
  return r.code == 0 ? json::parse(r.out) : json();
}

TEST(GraphExport, NetworkxReadsGraphml) {
  auto path = write_temp("kb.graphml", exported(sample_kb(), "graphml"));
  auto g = read_graph("graphml", path);
  ASSERT_FALSE(g.is_null());
  EXPECT_EQ(g["nodes"], 5);  // four actors and the unknown endpoint
  EXPECT_EQ(g["edges"], 4);
  EXPECT_TRUE(g["directed"].get<bool>());
  EXPECT_EQ(g["node_data"]["act:lej-aa"]["kind"], "armed_group");
  EXPECT_EQ(g["node_data"]["act:lej-aa"]["parent"], "act:lej");
  EXPECT_EQ(g["node_data"]["act:mystery"]["kind"], "unknown");
  bool denied = false;
  for (const auto& e : g["edge_data"]) {
    if (e["source"] == "act:lej" && e["target"] == "act:pak-army") {
      denied = true;
      EXPECT_EQ(e["polarity"], "denied");
      EXPECT_EQ(e["type"], "cooperates_with");
      EXPECT_EQ(e["confidence"], "0.6");
    }
  }
  EXPECT_TRUE(denied);
}

TEST(GraphExport, NetworkxReadsDynamicGexf) {
  auto path = write_temp("kb.gexf", exported(sample_kb(), "gexf"));
  auto g = read_graph("gexf", path);
  ASSERT_FALSE(g.is_null());
  EXPECT_EQ(g["nodes"], 5);
  EXPECT_EQ(g["edges"], 4);
  EXPECT_EQ(g["graph"]["mode"], "dynamic");
  EXPECT_EQ(g["node_data"]["act:lej"]["label"], "Lashkar-e-Jhangvi");
  bool dated = false;
  for (const auto& e : g["edge_data"]) {
    if (e["type"] == "faction_of") {
      dated = true;
      EXPECT_EQ(e["start"], "2016-10-01");
      EXPECT_EQ(e["end"], "2016-10-31");
    }
    if (e["type"] == "holds_position") {
      EXPECT_EQ(e["role"], "army chief");
      EXPECT_FALSE(e.contains("start"));
    }
  }
  EXPECT_TRUE(dated);
}

TEST(StixExport, ValidatesAgainstTheOasisSchemas) {
  auto kb = sample_kb();
  std::string text = exported(kb, "stix");
  EXPECT_EQ(text, exported(kb, "stix")) << "the bundle is deterministic";
  auto bundle = json::parse(text);
  std::map<std::string, int> count;
  for (const auto& o : bundle["objects"]) count[o["type"]]++;
  EXPECT_EQ(count["threat-actor"], 2);
  EXPECT_EQ(count["identity"], 4);  // army, person, the unknown endpoint, the publisher
  EXPECT_EQ(count["location"], 4);  // "Somewhere" has neither country nor coordinates
  EXPECT_EQ(count["incident"], 2);
  EXPECT_EQ(count["report"], 2);
  EXPECT_EQ(count["opinion"], 1);
  EXPECT_EQ(count["note"], 1);
  for (const auto& o : bundle["objects"]) {
    if (o["type"] == "threat-actor" && o["name"] == "Lashkar-e-Jhangvi") {
      EXPECT_EQ(o["aliases"], json({"LeJ"}));
    }
    if (o["type"] == "relationship" && o["relationship_type"] == "faction-of" && o.contains("confidence")) {
      EXPECT_EQ(o["confidence"], 80);
      EXPECT_EQ(o["start_time"], "2016-10-01T00:00:00.000Z");
    }
    if (o["type"] == "note") {
      EXPECT_NE(o["content"].get<std::string>().find("at least 60"), std::string::npos);
    }
  }
  fs::path validate = fs::path(DOSSIER_SOURCE_DIR) / "tools/validate";
  if (!fs::exists(validate / "node_modules/ajv"))
    GTEST_SKIP() << "STIX schema validation skipped: tools/validate/node_modules is missing (run `npm ci --prefix "
                    "tools/validate`)";
  auto path = write_temp("kb.stix.json", text);
  auto r = run("node '" + (validate / "validate-stix.js").string() + "' --schemas '" DOSSIER_SHARED_DIR
               "/data/stix2-schemas' '" + path.string() + "'");
  EXPECT_EQ(r.code, 0) << r.out;
  // And the validator does reject a broken bundle.
  bundle["objects"][0].erase("created");
  auto bad = write_temp("bad.stix.json", bundle.dump());
  auto rb = run("node '" + (validate / "validate-stix.js").string() + "' --schemas '" DOSSIER_SHARED_DIR
                "/data/stix2-schemas' '" + bad.string() + "'");
  EXPECT_EQ(rb.code, 1) << rb.out;
}

TEST(StixExport, UuidV5MatchesRfc4122) {
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
  EXPECT_EQ(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
}

TEST(GeojsonExport, EventsArePointsAndUnlocatedOnesAreListed) {
  auto j = json::parse(exported(sample_kb(), "geojson"));
  EXPECT_EQ(j["type"], "FeatureCollection");
  ASSERT_EQ(j["features"].size(), 1u);
  const json& f = j["features"][0];
  EXPECT_EQ(f["geometry"]["type"], "Point");
  // The camp has no coordinates: Quetta's are used, and the precision says so.
  EXPECT_EQ(f["geometry"]["coordinates"], json({66.99, 30.18}));
  EXPECT_EQ(f["properties"]["geo_precision"], "city");
  EXPECT_EQ(f["properties"]["place"], "pl:camp");
  EXPECT_EQ(f["properties"]["killed"]["best"], 60);
  EXPECT_EQ(j["unlocated_events"], json({"ev:nowhere"}));
}

TEST(Export, UnknownFormatIsAClearError) {
  std::ostringstream out;
  auto s = write_export(sample_kb(), "xlsx", out);
  EXPECT_EQ(s.code(), StatusCode::unsupported);
  EXPECT_NE(s.message().find("xlsx"), std::string::npos);
  EXPECT_NE(s.message().find("geojson"), std::string::npos);
}

TEST(Export, EmptyKnowledgeBaseGivesValidOutputs) {
  KnowledgeBase kb;
  for (const auto& f : export_formats()) EXPECT_FALSE(exported(kb, f).empty()) << f;
  auto g = read_graph("graphml", write_temp("empty.graphml", exported(kb, "graphml")));
  EXPECT_EQ(g["nodes"], 0);
  auto x = read_graph("gexf", write_temp("empty.gexf", exported(kb, "gexf")));
  EXPECT_EQ(x["nodes"], 0);
}

}  // namespace
}  // namespace dossier
