// Round trip: an analysed Document stored in a SQLite store, consolidated, read back and written as
// spec §2 JSON keeps every field, with spans in code points.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/ids.h"
#include "dossier/store.h"
#include "export/json.h"

namespace dossier {
namespace {

TEST(StoreRoundTrip, KnowledgeBaseJsonKeepsEveryFieldInCodePoints) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("dossier-roundtrip-" + std::to_string(getpid()));
  fs::create_directories(dir);
  Document d;
  d.text = "QUETTA, Pakistan — Militants of Lashkar-e-Jhangvi Al-Alami stormed a police college, killing 61.";
  d.meta.sha256 = sha256_hex(d.text);
  d.meta.id = document_id(d.meta.sha256);
  d.meta.path = "https://news.example/quetta";
  d.meta.title = "Police college attack";
  d.meta.publisher = {"Example Wire"};
  d.meta.authors = {"A. Writer", "B. Writer"};
  d.meta.published = Date::parse_iso("2016-10-25");
  d.meta.published_how = PublishedHow::dateline;
  d.meta.dateline = "pl:quetta";
  d.body = {{0, static_cast<uint32_t>(d.text.size())}};
  d.sentences = {{{0, static_cast<uint32_t>(d.text.size())}, 0, 0}};
  auto at = [&](const std::string& w) {
    auto p = static_cast<uint32_t>(d.text.find(w));
    return Span{p, p + static_cast<uint32_t>(w.size())};
  };
  Actor g;
  g.id = "act:lej-aa";
  g.name = "Lashkar-e-Jhangvi Al-Alami";
  g.kind = ActorKind::armed_group;
  g.aliases = {"Lashkar-e-Jhangvi Al-Alami", "LeJ-A"};
  g.alias_sources = {{"Lashkar-e-Jhangvi Al-Alami", d.meta.id}};
  g.parent = "act:lej";
  d.actors = {g};
  d.places = {{"pl:quetta", "Quetta", PlaceKind::city, "PK", "Balochistan", 30.18, 66.99, 1167528, "pl:pakistan"},
              {"pl:pakistan", "Pakistan", PlaceKind::country, "PK", "", 30.0, 70.0, 1168579, ""}};
  EventSource e;
  e.id = make_id("src", {d.meta.id, "0"});
  e.document = d.meta.id;
  e.type = EventType::armed_assault;
  e.date = DateRange{*Date::parse_iso("2016-10-24"), *Date::parse_iso("2016-10-24"), DatePrecision::day};
  e.place = "pl:quetta";
  e.targets = {{"a police college", "police"}};
  e.perpetrators = {"act:lej-aa"};
  e.weapons = {"firearms"};
  e.killed = CountRange{61, 61};
  e.arguments = {{ArgumentRole::perpetrator_org, "Lashkar-e-Jhangvi Al-Alami", at("Lashkar-e-Jhangvi Al-Alami"),
                  "act:lej-aa"}};
  e.evidence = {d.evidence_for(at("stormed"))};
  d.events = {e};

  auto opened = Store::open((dir / "kb.db").string());
  ASSERT_TRUE(opened.ok()) << opened.status().to_string();
  auto& store = **opened;
  ASSERT_TRUE(*store.put_document(d));
  ASSERT_TRUE(store.rebuild_knowledge_base());
  auto kb = store.knowledge_base({});
  ASSERT_TRUE(kb.ok()) << kb.status().to_string();
  auto j = kb_to_json(*kb);
  fs::remove_all(dir);

  ASSERT_EQ(j["documents"].size(), 1u);
  const auto& doc = j["documents"][0];
  EXPECT_EQ(doc["id"], d.meta.id);
  EXPECT_EQ(doc["path"], d.meta.path);
  EXPECT_EQ(doc["title"], "Police college attack");
  EXPECT_EQ(doc["publisher"], nlohmann::json({"Example Wire"}));
  EXPECT_EQ(doc["authors"], nlohmann::json({"A. Writer", "B. Writer"}));
  EXPECT_EQ(doc["published"], "2016-10-25");
  EXPECT_EQ(doc["published_how"], "dateline");
  EXPECT_EQ(doc["dateline"], "pl:quetta");
  EXPECT_EQ(doc["sha256"], d.meta.sha256);

  ASSERT_EQ(j["actors"].size(), 1u);
  EXPECT_EQ(j["actors"][0]["aliases"], nlohmann::json({"Lashkar-e-Jhangvi Al-Alami", "LeJ-A"}));
  EXPECT_EQ(j["actors"][0]["parent"], "act:lej");
  EXPECT_EQ(j["actors"][0]["documents"], nlohmann::json({d.meta.id}));
  ASSERT_EQ(j["places"].size(), 2u);
  EXPECT_EQ(j["places"][1]["name"], "Quetta");
  EXPECT_EQ(j["places"][1]["geonames_id"], 1167528);
  EXPECT_EQ(j["places"][1]["lat"], 30.18);

  ASSERT_EQ(j["events"].size(), 1u);
  const auto& ev = j["events"][0];
  EXPECT_EQ(ev["type"], "armed_assault");
  EXPECT_EQ(ev["place"], "pl:quetta");
  EXPECT_EQ(ev["perpetrators"], nlohmann::json({"act:lej-aa"}));
  EXPECT_EQ(ev["killed"]["best"], 61);
  EXPECT_EQ(ev["targets"][0]["category"], "police");
  const auto& src = ev["sources"][0];
  EXPECT_EQ(src["document"], d.meta.id);
  EXPECT_EQ(src["killed"], nlohmann::json({{"low", 61}, {"high", 61}}));
  // "—" is one code point but three bytes: offsets after it are 2 less than the bytes.
  Span g_bytes = at("Lashkar-e-Jhangvi Al-Alami");
  EXPECT_EQ(src["arguments"][0]["start"], g_bytes.start - 2);
  EXPECT_EQ(src["arguments"][0]["end"], g_bytes.end - 2);
  EXPECT_EQ(src["evidence"][0]["start"], 0);
  EXPECT_EQ(src["evidence"][0]["end"], d.cp(static_cast<uint32_t>(d.text.size())));
  EXPECT_EQ(src["evidence"][0]["text"], d.text);
}

}  // namespace
}  // namespace dossier
