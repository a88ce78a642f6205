// The store test suite, run against both backends: SQLite always, PostgreSQL when
// DOSSIER_TEST_PG_URL names a server (`make test` starts one with tests/scripts/start-postgres.sh).
// Every PostgreSQL test runs in a schema of its own, dropped afterwards.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <pqxx/pqxx>
#include <set>

#include "core/ids.h"
#include "dossier/store.h"
#include "store/sql_store.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

// --- Test documents ---------------------------------------------------------

Span find(const std::string& text, const std::string& what) {
  auto pos = text.find(what);
  EXPECT_NE(pos, std::string::npos) << what;
  return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + what.size())};
}

Place quetta() {
  Place p{"pl:quetta", "Quetta", PlaceKind::city, "PK", "Balochistan", 30.18, 66.99, 1167528, "pl:balochistan"};
  return p;
}
Place balochistan() {
  return {"pl:balochistan", "Balochistan", PlaceKind::admin1, "PK", "Balochistan", 28.5, 65.5, 1183606, "pl:pakistan"};
}
Place pakistan() { return {"pl:pakistan", "Pakistan", PlaceKind::country, "PK", "", 30.0, 70.0, 1168579, ""}; }
Place lahore() { return {"pl:lahore", "Lahore", PlaceKind::city, "PK", "Punjab", 31.55, 74.34, 1172451, "pl:pakistan"}; }

Actor group(const std::string& id, const std::string& name, const std::string& parent = "") {
  Actor a;
  a.id = id;
  a.name = name;
  a.kind = ActorKind::armed_group;
  a.aliases = {name};
  a.parent = parent;
  return a;
}

// A report of an attack: `tag` varies the text (so the bytes, sha256 and id differ).
Document attack_report(const std::string& tag, const std::string& day, int64_t killed, std::optional<int64_t> high,
                       const Place& place, const std::string& perp = "act:lej") {
  Document d;
  d.text = "Attack in " + place.name + " — " + tag + ". Militants of Lashkar-e-Jhangvi stormed the police college "
           "in " + place.name + ", killing " + std::to_string(killed) + " cadets, officials said. Ñandú.";
  d.meta.sha256 = sha256_hex(d.text);
  d.meta.id = document_id(d.meta.sha256);
  d.meta.path = "reports/" + tag + ".txt";
  d.meta.title = "Attack in " + place.name + " — " + tag;
  d.meta.publisher = {"Test Wire"};
  d.meta.published = Date::parse_iso(day);
  d.meta.published_how = PublishedHow::metadata;
  d.meta.format = "text";
  d.body = {{0, static_cast<uint32_t>(d.text.size())}};
  Span sent = find(d.text, "Militants of");
  sent.end = static_cast<uint32_t>(d.text.find("said.") + 5);
  d.sentences.push_back({sent, 0, 0});
  Span group_span = find(d.text, "Lashkar-e-Jhangvi");
  d.mentions.push_back({group_span, MentionType::ARMED_GROUP, MentionForm::name, perp});
  d.actors.push_back(group(perp, perp == "act:lej" ? "Lashkar-e-Jhangvi" : "Other Group"));
  d.actors.back().alias_sources = {{"Lashkar-e-Jhangvi", d.meta.id}};
  d.places = {place, balochistan(), pakistan()};
  EventSource e;
  e.id = make_id("src", {d.meta.id, "0"});
  e.document = d.meta.id;
  e.type = EventType::armed_assault;
  auto dd = *Date::parse_iso(day);
  e.date = DateRange{dd, dd, DatePrecision::day};
  e.place = place.id;
  e.targets = {{"the police college", "police"}};
  e.perpetrators = {perp};
  e.weapons = {"firearms"};
  e.killed = CountRange{killed, high};
  e.arguments.push_back({ArgumentRole::perpetrator_org, "Lashkar-e-Jhangvi", group_span, perp});
  e.arguments.push_back({ArgumentRole::target, "the police college", find(d.text, "the police college"), ""});
  e.evidence.push_back(d.evidence_for(group_span));
  d.events.push_back(e);
  return d;
}

Document relation_report(const std::string& tag, Polarity polarity) {
  Document d;
  d.text = "Report " + tag + ": Lashkar-e-Jhangvi Al-Alami is a faction of Lashkar-e-Jhangvi, a spokesman said.";
  d.meta.sha256 = sha256_hex(d.text);
  d.meta.id = document_id(d.meta.sha256);
  d.meta.path = "reports/" + tag + ".txt";
  d.meta.published = Date::parse_iso("2016-10-26");
  d.body = {{0, static_cast<uint32_t>(d.text.size())}};
  d.sentences.push_back({{0, static_cast<uint32_t>(d.text.size())}, 0, 0});
  d.actors = {group("act:lej", "Lashkar-e-Jhangvi"), group("act:lej-aa", "Lashkar-e-Jhangvi Al-Alami", "act:lej")};
  d.actors[1].alias_sources = {{"LeJ-A", d.meta.id}};
  d.actors[1].aliases.push_back("LeJ-A");
  Relation r;
  r.id = make_id("rel", {"faction_of", "act:lej-aa", "act:lej", std::string(to_string(polarity))});
  r.type = RelationType::faction_of;
  r.subject = "act:lej-aa";
  r.object = "act:lej";
  r.polarity = polarity;
  r.date = DateRange{*Date::parse_iso("2016-10-26"), *Date::parse_iso("2016-10-26"), DatePrecision::day};
  r.attributed_to = "a spokesman";
  r.confidence = 0.7;
  r.evidence.push_back(d.evidence_for(find(d.text, "faction")));
  d.relations.push_back(r);
  return d;
}

// --- Backends ---------------------------------------------------------------

struct Backend {
  std::string name;
};

std::string pg_base_url() {
  const char* u = std::getenv("DOSSIER_TEST_PG_URL");
  return u ? u : "";
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    int n = counter++;
    if (GetParam() == "sqlite") {
      dir_ = fs::temp_directory_path() / ("dossier-store-test-" + std::to_string(getpid()) + "-" + std::to_string(n));
      fs::create_directories(dir_);
      url_ = (dir_ / "kb.db").string();
    } else {
      std::string base = pg_base_url();
      if (base.empty())
        GTEST_SKIP() << "PostgreSQL store tests skipped: DOSSIER_TEST_PG_URL is not set (make test sets it with "
                        "tests/scripts/start-postgres.sh)";
      schema_ = "t" + std::to_string(getpid()) + "_" + std::to_string(n);
      pqxx::connection c(base);
      pqxx::nontransaction t(c);
      t.exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
      t.exec("CREATE SCHEMA " + schema_);
      url_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
    }
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
    if (!schema_.empty()) {
      try {
        pqxx::connection c(pg_base_url());
        pqxx::nontransaction t(c);
        t.exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
      } catch (...) {
      }
    }
  }
  std::unique_ptr<Store> open() {
    auto s = Store::open(url_);
    EXPECT_TRUE(s.ok()) << s.status().to_string();
    return s.ok() ? std::move(*s) : nullptr;
  }

  fs::path dir_;
  std::string schema_;
  std::string url_;
};

TEST_P(StoreTest, OpeningAppliesEveryMigrationOnceAndReopens) {
  auto s = open();
  ASSERT_TRUE(s);
  auto v = s->schema_version();
  ASSERT_TRUE(v.ok()) << v.status().to_string();
  int latest = 0;
  for (const auto& m : store::migrations_for(GetParam() == "sqlite" ? store::Backend::sqlite : store::Backend::postgres))
    latest = std::max(latest, m.version);
  EXPECT_EQ(*v, latest);
  s.reset();
  auto again = open();
  ASSERT_TRUE(again);
  EXPECT_EQ(*again->schema_version(), latest);
}

TEST_P(StoreTest, TheSameBytesTwiceAreStoredOnce) {
  auto s = open();
  ASSERT_TRUE(s);
  auto d = attack_report("a", "2016-10-24", 59, 59, quetta());
  auto first = s->put_document(d);
  ASSERT_TRUE(first.ok()) << first.status().to_string();
  EXPECT_TRUE(*first);
  auto second = s->put_document(d);
  ASSERT_TRUE(second.ok()) << second.status().to_string();
  EXPECT_FALSE(*second);
  EXPECT_TRUE(*s->has_document(d.meta.sha256));
  EXPECT_FALSE(*s->has_document(sha256_hex("something else")));
  auto docs = s->documents({});
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].id, d.meta.id);
  EXPECT_EQ((*docs)[0].title, d.meta.title);
  EXPECT_EQ((*docs)[0].publisher, std::vector<std::string>{"Test Wire"});
  EXPECT_EQ((*docs)[0].published->iso(), "2016-10-24");
  EXPECT_EQ((*docs)[0].published_how, PublishedHow::metadata);
  auto text = s->document_text(d.meta.id);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, d.text);
  auto missing = s->document_text("doc:0000");
  EXPECT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::not_found);
}

TEST_P(StoreTest, ReportsOfOneAttackBecomeOneEventWithEverySourceAndFigure) {
  auto s = open();
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->begin());
  auto a = attack_report("reuters", "2016-10-24", 59, 59, quetta());
  auto b = attack_report("afp", "2016-10-24", 60, std::nullopt, quetta());
  auto c = attack_report("later", "2016-03-02", 12, 12, lahore(), "act:other");
  for (auto* d : {&a, &b, &c}) ASSERT_TRUE(*s->put_document(*d));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  ASSERT_TRUE(s->commit());

  auto events = s->events({});
  ASSERT_TRUE(events.ok()) << events.status().to_string();
  ASSERT_EQ(events->size(), 2u);
  // Ordered by date: Lahore (March) first.
  const Event& q = (*events)[1];
  EXPECT_EQ(q.place, "pl:quetta");
  ASSERT_EQ(q.sources.size(), 2u);
  std::set<std::string> docs{q.sources[0].document, q.sources[1].document};
  EXPECT_EQ(docs, (std::set<std::string>{a.meta.id, b.meta.id}));
  ASSERT_TRUE(q.killed);
  EXPECT_EQ(q.killed->low, 59);
  for (const auto& src : q.sources) {
    ASSERT_TRUE(src.killed);
    if (src.document == b.meta.id) {
      EXPECT_FALSE(src.killed->high) << "open-ended figure kept";
    }
    ASSERT_EQ(src.arguments.size(), 2u);
    ASSERT_EQ(src.evidence.size(), 1u);
  }
  EXPECT_EQ(q.perpetrators, std::vector<std::string>{"act:lej"});

  auto members = s->event_members(q.id);
  ASSERT_TRUE(members.ok());
  ASSERT_EQ(members->size(), 2u);
  for (const auto& m : *members) {
    EXPECT_TRUE(m.score.has_value());
    EXPECT_FALSE(m.reasons.empty());
  }
  EXPECT_EQ(s->event_members("ev:none").status().code(), StatusCode::not_found);

  // Rebuilding again gives the same knowledge base.
  auto before = s->knowledge_base({});
  ASSERT_TRUE(s->rebuild_knowledge_base());
  auto after = s->knowledge_base({});
  ASSERT_EQ(before->events.size(), after->events.size());
  for (size_t i = 0; i < before->events.size(); ++i) EXPECT_EQ(before->events[i].id, after->events[i].id);
}

TEST_P(StoreTest, SpansReadBackAreCodePoints) {
  auto s = open();
  ASSERT_TRUE(s);
  auto d = attack_report("ç", "2016-10-24", 59, 59, quetta());
  ASSERT_TRUE(*s->put_document(d));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  auto events = s->events({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  const auto& src = events->front().sources.front();
  Span bytes = find(d.text, "Lashkar-e-Jhangvi");
  // "—" is 3 bytes, "ç" 2: the code point offset is 3 less than the byte offset.
  EXPECT_EQ(src.arguments[0].span.start, bytes.start - 3);
  EXPECT_EQ(src.arguments[0].span.start, d.cp(bytes.start));
  EXPECT_EQ(src.arguments[0].span.end, d.cp(bytes.end));
  const auto& ev = src.evidence[0];
  EXPECT_EQ(ev.span.start, d.cp(d.sentences[0].span.start));
  EXPECT_EQ(ev.span.end, d.cp(d.sentences[0].span.end));
  // The span's length is the sentence's length in code points.
  size_t cps = 0;
  for (unsigned char c : ev.text) cps += (c & 0xC0) != 0x80;
  EXPECT_EQ(ev.span.end - ev.span.start, cps);
  EXPECT_EQ(ev.text, std::string(d.slice(d.sentences[0].span)));
}

// A document read back for re-analysis keeps its site furniture (migration 0007), in bytes, so
// its widgets name no one the second time either; a document without furniture has none.
TEST_P(StoreTest, StoredDocumentKeepsItsSiteFurniture) {
  auto s = open();
  ASSERT_TRUE(s);
  auto d = attack_report("é", "2016-10-24", 59, 59, quetta());
  d.text += "\nPrint Friendly, PDF & Email";
  d.meta.sha256 = sha256_hex(d.text);
  d.meta.id = document_id(d.meta.sha256);
  for (auto& e : d.events) e.document = d.meta.id;
  const Span widget = find(d.text, "Print Friendly, PDF & Email");
  d.furniture = {widget};
  ASSERT_TRUE(*s->put_document(d));
  auto stored = s->stored_document(d.meta.id);
  ASSERT_TRUE(stored.ok()) << stored.status().to_string();
  ASSERT_EQ(stored->furniture.size(), 1u);
  EXPECT_EQ(stored->furniture[0], widget) << "furniture spans back in bytes";

  auto plain = attack_report("plain", "2016-10-25", 3, 3, quetta());
  ASSERT_TRUE(*s->put_document(plain));
  auto back = s->stored_document(plain.meta.id);
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(back->furniture.empty());
}

TEST_P(StoreTest, FiltersByActorWithFactionsPlaceWithinPlaceDatesTypeAndToll) {
  auto s = open();
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->begin());
  auto a = attack_report("a", "2016-10-24", 59, 59, quetta());
  auto b = attack_report("b", "2016-03-02", 12, 12, lahore(), "act:lej-aa");
  auto r1 = relation_report("r1", Polarity::asserted);
  auto r2 = relation_report("r2-denied", Polarity::denied);
  for (auto* d : {&a, &b, &r1, &r2}) ASSERT_TRUE(*s->put_document(*d));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  ASSERT_TRUE(s->commit());

  KbFilter f;
  f.actor = "Lashkar-e-Jhangvi";  // by name; includes the faction act:lej-aa (parent act:lej)
  EXPECT_EQ(s->events(f)->size(), 2u);
  f.actor = "LeJ-A";  // by alias: the faction alone
  EXPECT_EQ(s->events(f)->size(), 1u);
  f = {};
  f.place = "Balochistan";  // Quetta is inside it
  auto in_b = s->events(f);
  ASSERT_TRUE(in_b.ok());
  ASSERT_EQ(in_b->size(), 1u);
  EXPECT_EQ(in_b->front().place, "pl:quetta");
  f.place = "pl:pakistan";
  EXPECT_EQ(s->events(f)->size(), 2u);
  f = {};
  f.from = Date::parse_iso("2016-10-01");
  f.to = Date::parse_iso("2016-10-31");
  EXPECT_EQ(s->events(f)->size(), 1u);
  f = {};
  f.type = "armed_assault";
  f.min_killed = 20;
  EXPECT_EQ(s->events(f)->size(), 1u);
  f.type = "bombing";
  f.min_killed.reset();
  EXPECT_EQ(s->events(f)->size(), 0u);
  f = {};
  f.limit = 1;
  EXPECT_EQ(s->events(f)->size(), 1u);
  f = {};
  f.actor = "no such group";
  EXPECT_EQ(s->events(f).status().code(), StatusCode::not_found);
  f = {};
  f.type = "no_such_type";
  EXPECT_EQ(s->events(f).status().code(), StatusCode::invalid_input);

  auto rels = s->relations({});
  ASSERT_TRUE(rels.ok());
  EXPECT_EQ(rels->size(), 2u);
  f = {};
  f.asserted_only = true;
  auto asserted = s->relations(f);
  ASSERT_EQ(asserted->size(), 1u);
  EXPECT_EQ(asserted->front().polarity, Polarity::asserted);
  EXPECT_EQ(asserted->front().attributed_to, "a spokesman");
  ASSERT_FALSE(asserted->front().evidence.empty());
  EXPECT_EQ(asserted->front().evidence.front().said_by, "a spokesman") << "each sentence keeps its speaker";

  auto actors = s->actors({});
  ASSERT_TRUE(actors.ok());
  const Actor* faction = nullptr;
  for (const auto& x : *actors)
    if (x.id == "act:lej-aa") faction = &x;
  ASSERT_NE(faction, nullptr);
  EXPECT_EQ(faction->parent, "act:lej");
  bool alias_with_source = false;
  for (const auto& as : faction->alias_sources) alias_with_source |= as.alias == "LeJ-A" && !as.document.empty();
  EXPECT_TRUE(alias_with_source);

  f = {};
  f.place = "Quetta";
  auto part = s->knowledge_base(f);
  ASSERT_TRUE(part.ok());
  EXPECT_EQ(part->events.size(), 1u);
  std::set<std::string> place_ids;
  for (const auto& p : part->places) place_ids.insert(p.id);
  EXPECT_EQ(place_ids, (std::set<std::string>{"pl:quetta", "pl:balochistan", "pl:pakistan"}));
  EXPECT_EQ(part->documents.size(), 1u);
  auto all_places = s->places({});
  EXPECT_EQ(all_places->size(), 4u);
  f = {};
  f.place = "Pakistan";
  EXPECT_EQ(s->places(f)->size(), 4u);
}

// A document stores only the places it mentions, so a parent link may be missing (Quetta's parent
// Balochistan never stored): a country still contains every place with its ISO code, a province
// every place naming it as admin1.
TEST_P(StoreTest, PlaceFilterCoversPlacesWhoseParentIsNotStored) {
  auto s = open();
  ASSERT_TRUE(s);
  auto d = attack_report("a", "2016-10-24", 59, 59, quetta());
  d.places = {quetta(), pakistan()};  // no Balochistan record
  ASSERT_TRUE(*s->put_document(d));
  auto other = attack_report("b", "2016-03-02", 12, 12, lahore(), "act:other");
  other.places = {lahore()};
  ASSERT_TRUE(*s->put_document(other));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  KbFilter f;
  f.place = "Pakistan";
  EXPECT_EQ(s->events(f)->size(), 2u);
  auto b = attack_report("c", "2016-05-02", 3, 3, balochistan(), "act:other");
  b.places = {balochistan()};
  ASSERT_TRUE(*s->put_document(b));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  f.place = "Balochistan";
  auto in_b = s->events(f);
  ASSERT_TRUE(in_b.ok());
  std::set<std::string> places;
  for (const auto& e : *in_b) places.insert(e.place);
  EXPECT_EQ(places, (std::set<std::string>{"pl:quetta", "pl:balochistan"}));
}

TEST_P(StoreTest, SearchRanksArticlesAndEvidenceAndRejectsMalformedQueries) {
  auto s = open();
  ASSERT_TRUE(s);
  auto a = attack_report("a", "2016-10-24", 59, 59, quetta());
  auto r = relation_report("r", Polarity::asserted);
  ASSERT_TRUE(*s->put_document(a));
  ASSERT_TRUE(*s->put_document(r));
  auto hits = s->search("police college", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().to_string();
  ASSERT_FALSE(hits->empty());
  bool article = false, evidence = false;
  for (const auto& h : *hits) {
    EXPECT_EQ(h.document, a.meta.id);
    article |= h.kind == "article";
    evidence |= h.kind == "evidence";
    EXPECT_NE(h.snippet.find('['), std::string::npos) << h.snippet;
  }
  EXPECT_TRUE(article);
  EXPECT_TRUE(evidence);
  auto phrase = s->search("\"faction of\"", 10);
  ASSERT_TRUE(phrase.ok());
  ASSERT_FALSE(phrase->empty());
  EXPECT_EQ(phrase->front().document, r.meta.id);
  // FTS syntax in user input is text, not syntax.
  for (std::string q : {"police AND", "NEAR(", "col:umn", "a*b OR", "(((", "-", "Lashkar-e-Jhangvi"}) {
    auto x = s->search(q, 5);
    if (!x.ok()) {
      EXPECT_EQ(x.status().code(), StatusCode::invalid_input) << q;
    }
  }
  auto bad = s->search("\"police college", 5);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::invalid_input);
  EXPECT_NE(bad.status().message().find("unbalanced quote"), std::string::npos);
  EXPECT_FALSE(s->search("   ", 5).ok());
}

// SQLite indexes text for search at commit, not per row (migration 0005): whatever the order of
// stores, removals, rollbacks and reopenings, search finds exactly the stored documents.
TEST_P(StoreTest, SearchFindsExactlyTheStoredDocumentsAcrossBatchesRemovalsAndRollbacks) {
  auto found = [](Store& s, const std::string& word) {
    auto hits = s.search(word, 10);
    EXPECT_TRUE(hits.ok()) << hits.status().to_string();
    size_t articles = 0;
    if (hits.ok())
      for (const auto& h : *hits) articles += h.kind == "article";
    return articles;
  };
  auto a = attack_report("alphaword", "2016-10-24", 59, 59, quetta());
  auto b = attack_report("bravoword", "2016-10-24", 60, 60, quetta());
  auto c = attack_report("charlieword", "2016-10-25", 5, 5, quetta());
  auto d = attack_report("deltaword", "2016-10-26", 7, 7, quetta());
  {
    auto s = open();
    ASSERT_TRUE(s);
    ASSERT_TRUE(s->begin());
    ASSERT_TRUE(*s->put_document(a));
    ASSERT_TRUE(*s->put_document(b));
    auto removed = s->remove_document(a.meta.id);  // stored and removed in the same batch
    ASSERT_TRUE(removed) << removed.message();
    EXPECT_EQ(found(*s, "bravoword"), 1u) << "a search inside the batch sees what it stored";
    EXPECT_EQ(found(*s, "cadets"), 1u);
    ASSERT_TRUE(*s->put_document(c));
    ASSERT_TRUE(s->commit());
    ASSERT_TRUE(s->begin());
    ASSERT_TRUE(*s->put_document(d));
    ASSERT_TRUE(s->rollback());
  }
  auto s = open();
  ASSERT_TRUE(s);
  EXPECT_EQ(found(*s, "alphaword"), 0u);
  EXPECT_EQ(found(*s, "bravoword"), 1u);
  EXPECT_EQ(found(*s, "charlieword"), 1u);
  EXPECT_EQ(found(*s, "deltaword"), 0u);
  // Stored outside a batch, then removed and stored again.
  ASSERT_TRUE(*s->put_document(d));
  EXPECT_EQ(found(*s, "deltaword"), 1u);
  ASSERT_TRUE(s->remove_document(c.meta.id));
  EXPECT_EQ(found(*s, "charlieword"), 0u);
  ASSERT_TRUE(*s->put_document(c));
  EXPECT_EQ(found(*s, "charlieword"), 1u);
  EXPECT_EQ(found(*s, "cadets"), 3u) << "b, c and d";
}

TEST_P(StoreTest, RollbackDiscardsTheBatch) {
  auto s = open();
  ASSERT_TRUE(s);
  auto keep = attack_report("keep", "2016-10-24", 59, 59, quetta());
  ASSERT_TRUE(*s->put_document(keep));
  ASSERT_TRUE(s->begin());
  auto drop = attack_report("drop", "2016-10-25", 5, 5, quetta());
  ASSERT_TRUE(*s->put_document(drop));
  ASSERT_TRUE(s->rollback());
  EXPECT_FALSE(*s->has_document(drop.meta.sha256));
  EXPECT_TRUE(*s->has_document(keep.meta.sha256));
  // And the same document can be stored afterwards.
  EXPECT_TRUE(*s->put_document(drop));
}

// A document that fails half-way through put_document leaves nothing behind, and the batch goes
// on. PostgreSQL rejects invalid UTF-8 in any text column, so an actor name with a stray byte makes
// the third statement fail there; SQLite stores bytes as given, so there the document is stored.
TEST_P(StoreTest, ADocumentFailingHalfWayDoesNotSpoilTheBatch) {
  auto s = open();
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->begin());
  auto bad = attack_report("bad", "2016-10-24", 59, 59, quetta());
  bad.actors[0].name = "Bad \xC3 name";
  auto good = attack_report("good", "2016-10-24", 60, 60, quetta());
  auto r = s->put_document(bad);
  bool pg = GetParam() == "postgres";
  if (pg) {
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find(bad.meta.id), std::string::npos) << r.status().message();
  } else {
    ASSERT_TRUE(r.ok()) << r.status().to_string();
  }
  ASSERT_TRUE(*s->put_document(good));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  ASSERT_TRUE(s->commit());
  EXPECT_EQ(*s->has_document(bad.meta.sha256), !pg);
  EXPECT_TRUE(*s->has_document(good.meta.sha256));
  auto events = s->events({});
  ASSERT_TRUE(events.ok());
  size_t sources = 0;
  for (const auto& e : *events) sources += e.sources.size();
  EXPECT_EQ(sources, pg ? 1u : 2u);
}

// A process killed in the middle of a batch leaves the store as it was before the batch.
TEST_P(StoreTest, AKilledIngestLeavesTheStoreUsable) {
  {
    auto s = open();
    ASSERT_TRUE(s);
    ASSERT_TRUE(*s->put_document(attack_report("before", "2016-10-24", 59, 59, quetta())));
  }
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto s = Store::open(url_);
    if (!s.ok()) _exit(3);
    (*s)->begin();
    for (int i = 0; i < 20; ++i) (*s)->put_document(attack_report("half" + std::to_string(i), "2016-10-25", i, i, quetta()));
    kill(getpid(), SIGKILL);  // no commit, no destructor: as if the machine lost the process
    _exit(4);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exit " << WEXITSTATUS(status);
  auto s = open();
  ASSERT_TRUE(s);
  auto docs = s->documents({});
  ASSERT_TRUE(docs.ok()) << docs.status().to_string();
  EXPECT_EQ(docs->size(), 1u);
  EXPECT_FALSE(*s->has_document(attack_report("half0", "2016-10-25", 0, 0, quetta()).meta.sha256));
  ASSERT_TRUE(*s->put_document(attack_report("after", "2016-10-26", 3, 3, quetta())));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  EXPECT_EQ(s->documents({})->size(), 2u);
}

// Two processes ingest overlapping documents in batches at the same time: every document is
// stored exactly once and none is lost.
TEST_P(StoreTest, ConcurrentIngestsNeitherDuplicateNorLose) {
  { ASSERT_TRUE(open()); }  // migrations first
  auto ingest = [&](int from, int to) {
    auto s = Store::open(url_);
    if (!s.ok()) _exit(3);
    for (int i = from; i < to; i += 5) {
      if (!(*s)->begin()) _exit(4);
      for (int k = i; k < std::min(i + 5, to); ++k) {
        auto r = (*s)->put_document(attack_report("doc" + std::to_string(k), "2016-10-24", k, k, quetta()));
        if (!r.ok()) _exit(5);
      }
      if (!(*s)->rebuild_knowledge_base()) _exit(6);
      if (!(*s)->commit()) _exit(7);
    }
    _exit(0);
  };
  pid_t a = fork();
  if (a == 0) ingest(0, 30);
  pid_t b = fork();
  if (b == 0) ingest(15, 45);
  int sa = 0, sb = 0;
  waitpid(a, &sa, 0);
  waitpid(b, &sb, 0);
  ASSERT_TRUE(WIFEXITED(sa) && WEXITSTATUS(sa) == 0) << "first ingest failed: " << WEXITSTATUS(sa);
  ASSERT_TRUE(WIFEXITED(sb) && WEXITSTATUS(sb) == 0) << "second ingest failed: " << WEXITSTATUS(sb);
  auto s = open();
  auto docs = s->documents({});
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(docs->size(), 45u);
  std::set<std::string> ids;
  for (const auto& d : *docs) ids.insert(d.id);
  EXPECT_EQ(ids.size(), 45u);
  // The last rebuild saw every document: each event source is in exactly one event.
  auto events = s->events({});
  ASSERT_TRUE(events.ok());
  size_t sources = 0;
  for (const auto& e : *events) sources += e.sources.size();
  EXPECT_EQ(sources, 45u);
}

TEST_P(StoreTest, HandWrittenKnowledgeBaseRoundTrips) {
  auto s = open();
  ASSERT_TRUE(s);
  auto d = attack_report("a", "2016-10-24", 59, 59, quetta());
  ASSERT_TRUE(*s->put_document(d));
  KnowledgeBase kb;
  kb.actors = {group("act:x", "Group X")};
  kb.actors[0].aliases = {"Group X", "GX"};
  kb.actors[0].documents = {d.meta.id};
  Event e;
  e.id = "ev:1";
  e.type = EventType::bombing;
  e.date = DateRange{*Date::parse_iso("2016-10-01"), *Date::parse_iso("2016-10-31"), DatePrecision::month};
  e.place = "pl:quetta";
  e.perpetrators = {"act:x"};
  e.claimed_by = {"act:x"};
  e.killed = CasualtyEstimate{10, 8, std::nullopt};
  e.sources = {d.events[0]};
  kb.events = {e};
  ASSERT_TRUE(s->clear_knowledge_base());
  ASSERT_TRUE(s->add_to_knowledge_base(kb));
  auto back = s->events({});
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->size(), 1u);
  const Event& x = back->front();
  EXPECT_EQ(x.type, EventType::bombing);
  EXPECT_EQ(x.date->precision, DatePrecision::month);
  EXPECT_EQ(x.date->end.iso(), "2016-10-31");
  EXPECT_EQ(x.killed->best, 10);
  EXPECT_EQ(x.killed->low, 8);
  EXPECT_FALSE(x.killed->high);
  EXPECT_FALSE(x.injured);
  EXPECT_EQ(x.claimed_by, std::vector<std::string>{"act:x"});
  ASSERT_EQ(x.sources.size(), 1u);
  EXPECT_EQ(x.sources[0].id, d.events[0].id);
  auto members = s->event_members("ev:1");
  ASSERT_TRUE(members.ok());
  ASSERT_EQ(members->size(), 1u);
  EXPECT_FALSE(members->front().score);
  auto actors = s->actors({});
  ASSERT_EQ(actors->size(), 1u);
  EXPECT_EQ(actors->front().aliases, (std::vector<std::string>{"Group X", "GX"}));
}

// A window query must find events that began long before it (a year-long campaign), while
// scanning the date index from a bound derived from the longest event.
TEST_P(StoreTest, TimeWindowFindsEventsThatBeganLongBefore) {
  auto s = open();
  ASSERT_TRUE(s);
  auto d = attack_report("a", "2016-10-24", 59, 59, quetta());
  ASSERT_TRUE(*s->put_document(d));
  auto event = [&](const std::string& id, const char* from, const char* to, DatePrecision p) {
    Event e;
    e.id = id;
    e.date = DateRange{*Date::parse_iso(from), *Date::parse_iso(to), p};
    e.sources = {d.events[0]};
    return e;
  };
  KnowledgeBase kb;
  kb.events = {event("ev:year", "2015-01-01", "2016-12-31", DatePrecision::year),
               event("ev:day", "2016-10-24", "2016-10-24", DatePrecision::day),
               event("ev:before", "2016-09-01", "2016-09-30", DatePrecision::month),
               event("ev:after", "2016-11-02", "2016-11-02", DatePrecision::day)};
  ASSERT_TRUE(s->clear_knowledge_base());
  ASSERT_TRUE(s->add_to_knowledge_base(kb));
  KbFilter f;
  f.from = Date::parse_iso("2016-10-01");
  f.to = Date::parse_iso("2016-10-31");
  auto r = s->events(f);
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  std::set<std::string> ids;
  for (const auto& e : *r) ids.insert(e.id);
  EXPECT_EQ(ids, (std::set<std::string>{"ev:year", "ev:day"}));
  f.to.reset();
  EXPECT_EQ(s->events(f)->size(), 3u);
}

TEST_P(StoreTest, AnalystCorrectionsSurviveRebuildsAndCanBeUndone) {
  auto s = open();
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->begin());
  auto a = attack_report("reuters", "2016-10-24", 59, 59, quetta());
  auto b = attack_report("afp", "2016-10-24", 61, 61, quetta());
  for (auto* d : {&a, &b}) ASSERT_TRUE(*s->put_document(*d));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  ASSERT_TRUE(s->commit());
  ASSERT_EQ(s->events({})->size(), 1u);
  EXPECT_EQ((*s->events({}))[0].killed->best, 59) << "lower median of 59 and 61";

  // Unmerge: the two sources kept apart.
  const std::string sa = a.events[0].id, sb = b.events[0].id;
  ASSERT_TRUE(s->add_merge_override({0, "event_apart", sb, sa, "different raids", ""}));
  ASSERT_TRUE(s->add_merge_override({0, "event_apart", sa, sb, "", ""})) << "adding it twice is not an error";
  auto ov = s->merge_overrides();
  ASSERT_TRUE(ov.ok()) << ov.status().to_string();
  ASSERT_EQ(ov->size(), 1u);
  EXPECT_EQ((*ov)[0].note, "different raids");
  EXPECT_FALSE((*ov)[0].created.empty());
  ASSERT_TRUE(s->rebuild_knowledge_base());
  EXPECT_EQ(s->events({})->size(), 2u);
  // A later ingest does not undo it.
  ASSERT_TRUE(*s->put_document(attack_report("ap", "2016-03-02", 12, 12, lahore(), "act:other")));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  EXPECT_EQ(s->events({})->size(), 3u);
  // Undo.
  ASSERT_TRUE(s->remove_merge_override((*ov)[0].id));
  EXPECT_EQ(s->remove_merge_override((*ov)[0].id).code(), StatusCode::not_found);
  ASSERT_TRUE(s->rebuild_knowledge_base());
  EXPECT_EQ(s->events({})->size(), 2u);

  // The casualty rule is a store setting the rebuild follows.
  EXPECT_EQ(*s->setting("casualty_rule"), "");
  ASSERT_TRUE(s->set_setting("casualty_rule", "conservative"));
  ASSERT_TRUE(s->set_setting("casualty_rule", "conservative"));
  EXPECT_EQ(*s->setting("casualty_rule"), "conservative");
  ASSERT_TRUE(s->rebuild_knowledge_base());
  auto conservative = s->events({});
  ASSERT_TRUE(conservative.ok());
  for (const auto& e : *conservative)
    if (e.place == "pl:quetta") {
      EXPECT_EQ(e.killed->best, 59);
    }
  EXPECT_FALSE(s->add_merge_override({0, "bogus", "x", "y", "", ""}));
}

TEST_P(StoreTest, AnAliasSplitOffGivesItsDocumentsAnActorOfTheirOwn) {
  auto s = open();
  ASSERT_TRUE(s);
  auto a = attack_report("reuters", "2016-10-24", 59, 59, quetta());
  auto b = attack_report("afp", "2016-03-02", 12, 12, lahore());
  // The second document named the group only as "LJ" (wrongly linked, say).
  b.actors[0].alias_sources = {{"LJ", b.meta.id}};
  b.actors[0].aliases.push_back("LJ");
  for (auto* d : {&a, &b}) ASSERT_TRUE(*s->put_document(*d));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  ASSERT_TRUE(s->add_merge_override({0, "alias_apart", "act:lej", "lj", "", ""}));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  auto actors = s->actors({});
  ASSERT_TRUE(actors.ok());
  const Actor* split = nullptr;
  const Actor* lej = nullptr;
  for (const auto& x : *actors) {
    if (x.name == "LJ") split = &x;
    if (x.id == "act:lej") lej = &x;
  }
  ASSERT_TRUE(split);
  ASSERT_TRUE(lej);
  EXPECT_EQ(split->documents, std::vector<std::string>{b.meta.id});
  EXPECT_EQ(lej->documents, std::vector<std::string>{a.meta.id});
  auto events = s->events({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  for (const auto& e : *events) {
    ASSERT_EQ(e.perpetrators.size(), 1u);
    EXPECT_EQ(e.perpetrators[0], e.place == "pl:lahore" ? split->id : std::string("act:lej"));
  }
}

TEST_P(StoreTest, AnAnalystCanMakeTwoActorsOneAndUndoIt) {
  auto s = open();
  ASSERT_TRUE(s);
  auto a = attack_report("reuters", "2016-10-24", 59, 59, quetta());
  auto b = attack_report("afp", "2016-03-02", 12, 12, lahore(), "act:other");
  auto r = relation_report("one", Polarity::asserted);  // LeJ Al-Alami is a faction of act:lej
  // A faction of the actor to be absorbed, and a tie between the two actors.
  b.actors.push_back(group("act:other-wing", "Other Group Wing", "act:other"));
  Relation tie;
  tie.id = make_id("rel", {"cooperates_with", "act:lej", "act:other"});
  tie.type = RelationType::cooperates_with;
  tie.subject = "act:lej";
  tie.object = "act:other";
  tie.evidence.push_back(b.evidence_for(b.mentions[0].span));
  b.relations.push_back(tie);
  for (auto* d : {&a, &b, &r}) ASSERT_TRUE(*s->put_document(*d));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  ASSERT_EQ(s->relations({})->size(), 2u);

  ASSERT_TRUE(s->add_merge_override({0, "actor_together", "act:lej", "act:other", "same group", ""}));
  EXPECT_FALSE(s->add_merge_override({0, "actor_together", "act:lej", "act:lej", "", ""}));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  auto actors = s->actors({});
  ASSERT_TRUE(actors.ok());
  const Actor* lej = nullptr;
  const Actor* wing = nullptr;
  for (const auto& x : *actors) {
    EXPECT_NE(x.id, "act:other") << "absorbed";
    if (x.id == "act:lej") lej = &x;
    if (x.id == "act:other-wing") wing = &x;
  }
  ASSERT_TRUE(lej);
  ASSERT_TRUE(wing);
  EXPECT_EQ(lej->name, "Lashkar-e-Jhangvi") << "the kept actor's name stands";
  std::set<std::string> docs(lej->documents.begin(), lej->documents.end());
  EXPECT_TRUE(docs.count(a.meta.id) && docs.count(b.meta.id));
  EXPECT_EQ(wing->parent, "act:lej") << "a faction of the absorbed actor is a faction of the kept one";
  auto events = s->events({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  for (const auto& e : *events) EXPECT_EQ(e.perpetrators, std::vector<std::string>{"act:lej"});
  auto rels = s->relations({});
  ASSERT_TRUE(rels.ok());
  ASSERT_EQ(rels->size(), 1u) << "the tie between the two is gone; the faction relation stays";
  EXPECT_EQ((*rels)[0].type, RelationType::faction_of);
  KbFilter by_actor;
  by_actor.actor = "act:lej";
  EXPECT_EQ(s->events(by_actor)->size(), 2u);

  // Undo.
  auto ov = s->merge_overrides();
  ASSERT_TRUE(ov.ok());
  ASSERT_EQ(ov->size(), 1u);
  EXPECT_EQ((*ov)[0].a, "act:lej") << "the kept actor is not swapped";
  ASSERT_TRUE(s->remove_merge_override((*ov)[0].id));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  bool other_back = false;
  auto after = s->actors({});
  ASSERT_TRUE(after.ok());
  for (const auto& x : *after) other_back |= x.id == "act:other";
  EXPECT_TRUE(other_back);
  EXPECT_EQ(s->relations({})->size(), 2u);
}

TEST_P(StoreTest, AnUndatedReportGetsAPublicationWindowFromDatedOnes) {
  auto s = open();
  ASSERT_TRUE(s);
  auto a = attack_report("reuters", "2016-10-25", 59, 59, quetta());
  auto b = attack_report("afp", "2016-10-27", 61, 61, quetta());
  auto u = attack_report("undated", "2016-10-24", 60, 60, quetta());
  // The undated report gives no date at all, for itself or the attack.
  u.meta.published.reset();
  u.meta.published_how = PublishedHow::none;
  u.events[0].date.reset();
  a.events[0].date = DateRange{{2016, 10, 24}, {2016, 10, 24}, DatePrecision::day};
  b.events[0].date = a.events[0].date;
  for (auto* d : {&a, &b, &u}) ASSERT_TRUE(*s->put_document(*d));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  auto docs = s->documents({});
  ASSERT_TRUE(docs.ok());
  const DocumentMeta* m = nullptr;
  for (const auto& d : *docs)
    if (d.id == u.meta.id) m = &d;
  ASSERT_TRUE(m);
  EXPECT_EQ(m->published_how, PublishedHow::inferred);
  ASSERT_TRUE(m->published && m->published_latest);
  EXPECT_EQ(m->published->iso(), "2016-10-24") << "not before the attack";
  EXPECT_EQ(m->published_latest->iso(), "2016-10-27") << "the news cycle of the dated reports";
  auto todo = s->documents_to_reanalyse();
  ASSERT_TRUE(todo.ok());
  ASSERT_EQ(todo->size(), 1u);
  EXPECT_EQ((*todo)[0].id, u.meta.id);

  // Re-analysed with the window's start and replaced: nothing left to do, same event.
  u.meta.published = m->published;
  u.meta.published_latest = m->published_latest;
  u.meta.published_how = PublishedHow::inferred;
  u.events[0].date = a.events[0].date;
  ASSERT_TRUE(s->replace_document(u));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  EXPECT_TRUE(s->documents_to_reanalyse()->empty());
  auto events = s->events({});
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].sources.size(), 3u);
  EXPECT_EQ(s->documents({})->size(), 3u);
  auto hits = s->search("undated", 10);
  ASSERT_TRUE(hits.ok());
  EXPECT_FALSE(hits->empty()) << "the replaced document is still searchable";

  // Without its dated co-reports the window goes away again.
  ASSERT_TRUE(s->remove_document(a.meta.id));
  ASSERT_TRUE(s->remove_document(b.meta.id));
  ASSERT_TRUE(s->rebuild_knowledge_base());
  auto left = s->documents({});
  ASSERT_EQ(left->size(), 1u);
  EXPECT_FALSE((*left)[0].published);
  EXPECT_EQ((*left)[0].published_how, PublishedHow::none);
  // Its analysis used the old window: it is to be analysed again, with no date.
  auto again = s->documents_to_reanalyse();
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->size(), 1u);
  // What a re-analysis starts from: the document as ingest made it.
  auto stored = s->stored_document(u.meta.id);
  ASSERT_TRUE(stored.ok()) << stored.status().to_string();
  EXPECT_EQ(stored->text, u.text);
  EXPECT_EQ(stored->body.size(), u.body.size());
  EXPECT_EQ(stored->body[0].end, u.body[0].end) << "body spans back in bytes";
  EXPECT_EQ(stored->meta.title, u.meta.title);
  EXPECT_TRUE(stored->events.empty());
  EXPECT_EQ(s->stored_document("doc:none").status().code(), StatusCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

TEST(Fts5Query, QuotesWordsAndKeepsOperators) {
  EXPECT_EQ(*store::fts5_query("police college"), "\"police\" AND \"college\"");
  EXPECT_EQ(*store::fts5_query("\"police college\" OR madrasa"), "\"police college\" OR \"madrasa\"");
  EXPECT_EQ(*store::fts5_query("taliban -pakistan"), "\"taliban\" NOT \"pakistan\"");
  EXPECT_EQ(*store::fts5_query("jhang*"), "\"jhang\"*");
  EXPECT_EQ(*store::fts5_query("say \"hi\"\"there\""), "\"say\" AND \"hi\" AND \"there\"");
  EXPECT_EQ(*store::fts5_query("OR police AND"), "\"police\"");
  EXPECT_FALSE(store::fts5_query("\"open").ok());
  EXPECT_FALSE(store::fts5_query("* - ").ok());
}

TEST(Migrations, SplitKeepsTriggerBodiesWhole) {
  auto parts = store::split_sql_statements(
      "CREATE TABLE a (x TEXT); -- a comment; with a semicolon\n"
      "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (';'); DELETE FROM c; END;\nSELECT 1");
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], "CREATE TABLE a (x TEXT)");
  EXPECT_NE(parts[1].find("DELETE FROM c; END"), std::string::npos);
  auto sqlite = store::migrations_for(store::Backend::sqlite);
  ASSERT_FALSE(sqlite.empty());
  EXPECT_EQ(sqlite[0].version, 1);
  EXPECT_EQ(sqlite[0].sql.find("@SERIAL_PK@"), std::string::npos);
  EXPECT_NE(sqlite[0].sql.find("fts5"), std::string::npos);
  auto pg = store::migrations_for(store::Backend::postgres);
  EXPECT_NE(pg[0].sql.find("BIGSERIAL"), std::string::npos);
  EXPECT_EQ(pg[0].sql.find("fts5"), std::string::npos);
}

}  // namespace
}  // namespace dossier
