// Store benchmark: ingest rate of put_document, and the common queries on a generated store of
// one million consolidated events (synthetic; generated here, nothing read from disk).
//
//   store_bench [--events N] [--docs N] [--db PATH-or-URL] [--keep] [--rebuild]
//
// Phase 1 stores --docs synthetic analysed documents (about 1.5 KB of text each, with mentions,
// actors, places, two event sources and a relation) through put_document in batches of 500 and
// reports documents/s and MB/s (and, with --rebuild, times one rebuild_knowledge_base over them).
// Phase 2 writes --events consolidated events (random type, date
// 2000-2024, one of 5,000 cities in 200 provinces in 50 countries, one or two of 3,000 actors of
// which a third are factions, a skewed death toll, one source each) with add_to_knowledge_base.
// Phase 3 times each query five times with different arguments and prints the median and the
// worst: events by actor (with factions), by province and by country (with the places inside),
// by one month, by type + minimum killed (all with limit 100, as a page of results), an actor's
// whole timeline (no limit), and a full-text search. Peak memory is getrusage's ru_maxrss.
#include <sys/resource.h>
#include <sys/time.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/ids.h"
#include "dossier/store.h"

using namespace dossier;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kCountries = 50, kAdmin1PerCountry = 4, kCitiesPerAdmin1 = 25;
constexpr int kCities = kCountries * kAdmin1PerCountry * kCitiesPerAdmin1;  // 5,000
constexpr int kActors = 3000;

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

std::string country_id(int c) { return "pl:country-" + std::to_string(c); }
std::string admin1_id(int a) { return "pl:admin1-" + std::to_string(a); }
std::string city_id(int c) { return "pl:city-" + std::to_string(c); }
std::string actor_id(int a) { return "act:group-" + std::to_string(a); }
// Actors 0..999 are groups; 1000..2999 are factions of group (a % 1000).
std::string actor_parent(int a) { return a >= 1000 ? actor_id(a % 1000) : ""; }

std::vector<Place> places_of_city(int city) {
  int admin1 = city / kCitiesPerAdmin1, country = admin1 / kAdmin1PerCountry;
  std::string cc = {static_cast<char>('A' + country / 26), static_cast<char>('A' + country % 26)};
  Place c{country_id(country), "Country " + std::to_string(country), PlaceKind::country, cc, "", 10.0 + country,
          20.0 + country, std::nullopt, ""};
  Place a{admin1_id(admin1), "Province " + std::to_string(admin1), PlaceKind::admin1, cc, "Province " + std::to_string(admin1),
          10.0 + country + 0.1 * (admin1 % 4), 20.0 + country, std::nullopt, country_id(country)};
  Place t{city_id(city), "City " + std::to_string(city), PlaceKind::city, cc, a.name, a.lat.value() + 0.01 * (city % 25),
          a.lon.value() + 0.01 * (city % 25), 100000 + city, admin1_id(admin1)};
  return {t, a, c};
}

const char* kWords[] = {"militants", "attacked", "police", "checkpoint", "district", "officials", "said",
                        "the",       "a",        "group",  "claimed",    "responsibility", "blast", "market",
                        "killing",   "wounded",  "army",   "operation",  "security", "forces", "village",
                        "convoy",    "ambush",   "gunmen", "province",   "spokesman", "statement", "hospital"};

// A pseudo-word vocabulary with a Zipf-like spread, so full-text queries see realistic posting
// lists (a handful of very common words, a long tail of rare ones).
std::string pseudo_word(std::mt19937_64& rng) {
  static const char* kSyll[] = {"ka", "ri", "to", "ban", "mel", "sha", "dor", "qu", "in", "zar", "lo", "pe"};
  std::uniform_real_distribution<double> u(0, 1);
  auto rank = static_cast<uint64_t>(std::pow(20000.0, u(rng)));  // log-uniform rank ~ Zipf
  std::string w;
  for (uint64_t r = rank + 1; r; r /= 12) w += kSyll[r % 12];
  return w;
}

Document make_document(int i, std::mt19937_64& rng) {
  Document d;
  std::uniform_int_distribution<int> word(0, sizeof(kWords) / sizeof(kWords[0]) - 1);
  int city = i % kCities;
  int actor = static_cast<int>(rng() % kActors);
  std::string group_name = "Group " + std::to_string(actor);
  d.text = "Report " + std::to_string(i) + ". " + group_name + " attacked City " + std::to_string(city) + ". ";
  while (d.text.size() < 1500) {
    for (int k = 0; k < 14; ++k) d.text += (k % 3 ? pseudo_word(rng) : std::string(kWords[word(rng)])) + " ";
    d.text += "— ünïcode. ";
  }
  d.meta.sha256 = sha256_hex(d.text);
  d.meta.id = document_id(d.meta.sha256);
  d.meta.path = "bench/" + std::to_string(i) + ".txt";
  d.meta.title = "Report " + std::to_string(i);
  d.meta.publisher = {"Bench Wire"};
  d.meta.published = Date{2000 + i % 25, 1 + i % 12, 1 + i % 28};
  d.meta.published_how = PublishedHow::metadata;
  d.body = {{0, static_cast<uint32_t>(d.text.size())}};
  Span first_sentence{0, static_cast<uint32_t>(d.text.find(". ", 10) + 1)};
  d.sentences.push_back({first_sentence, 0, 0});
  Span gspan{static_cast<uint32_t>(d.text.find(group_name)), 0};
  gspan.end = gspan.start + static_cast<uint32_t>(group_name.size());
  for (int m = 0; m < 15; ++m)
    d.mentions.push_back({gspan, m % 2 ? MentionType::GPE : MentionType::ARMED_GROUP, MentionForm::name,
                          m % 2 ? city_id(city) : actor_id(actor)});
  Actor a;
  a.id = actor_id(actor);
  a.name = group_name;
  a.kind = ActorKind::armed_group;
  a.aliases = {group_name};
  a.alias_sources = {{group_name, d.meta.id}};
  a.parent = actor_parent(actor);
  d.actors.push_back(a);
  d.places = places_of_city(city);
  for (int k = 0; k < 2; ++k) {
    EventSource e;
    e.id = make_id("src", {d.meta.id, std::to_string(k)});
    e.document = d.meta.id;
    e.type = k ? EventType::bombing : EventType::armed_assault;
    Date day = *d.meta.published;
    e.date = DateRange{day, day, DatePrecision::day};
    e.place = city_id(city);
    e.targets = {{"the police", "police"}};
    e.perpetrators = {a.id};
    e.weapons = {"firearms"};
    e.killed = CountRange{static_cast<int64_t>(rng() % 20), std::nullopt};
    e.arguments = {{ArgumentRole::perpetrator_org, group_name, gspan, a.id},
                   {ArgumentRole::place, "City", gspan, city_id(city)}};
    e.evidence = {d.evidence_for(gspan)};
    d.events.push_back(e);
  }
  Relation r;
  r.id = make_id("rel", {d.meta.id});
  r.type = RelationType::rival_of;
  r.subject = a.id;
  r.object = actor_id((actor + 1) % kActors);
  r.confidence = 0.5;
  r.evidence = {d.evidence_for(gspan)};
  d.relations.push_back(r);
  return d;
}

struct Timing {
  std::string name;
  std::vector<double> ms, cpu_ms;
  size_t rows = 0;
};

void report(const Timing& t) {
  auto v = t.ms;
  std::sort(v.begin(), v.end());
  auto c = t.cpu_ms;
  std::sort(c.begin(), c.end());
  std::printf("  %-46s median %7.2f ms (CPU %7.2f ms)  worst %7.2f ms  %4zu rows%s\n", t.name.c_str(), v[v.size() / 2],
              c[c.size() / 2], v.back(), t.rows, v[v.size() / 2] < 100 ? "" : "  ABOVE 100 ms");
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  size_t n_events = 1000000, n_docs = 20000;
  std::string db;
  bool keep = false, rebuild = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--events" && i + 1 < argc) n_events = std::stoul(argv[++i]);
    else if (a == "--docs" && i + 1 < argc) n_docs = std::stoul(argv[++i]);
    else if (a == "--db" && i + 1 < argc) db = argv[++i];
    else if (a == "--keep") keep = true;
    else if (a == "--rebuild") rebuild = true;
    else {
      bool help = a == "--help" || a == "-h";
      std::fprintf(help ? stdout : stderr,
                   "usage: store_bench [--events N] [--docs N] [--db PATH-or-URL] [--keep] [--rebuild]\n");
      return help ? 0 : 1;
    }
  }
  fs::path tmp;
  if (db.empty()) {
    tmp = fs::temp_directory_path() / ("dossier-store-bench-" + std::to_string(getpid()));
    fs::create_directories(tmp);
    db = (tmp / "bench.db").string();
  }
  auto opened = Store::open(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", opened.status().to_string().c_str());
    return 2;
  }
  Store& store = **opened;
  auto check = [](const Status& s, const char* what) {
    if (!s) {
      std::fprintf(stderr, "store_bench: %s: %s\n", what, s.to_string().c_str());
      std::exit(2);
    }
  };
  std::mt19937_64 rng(42);
  std::printf("store_bench: %s, %zu documents, %zu events\n", db.c_str(), n_docs, n_events);

  // Phase 1: ingest.
  std::vector<std::string> source_ids;
  size_t bytes = 0;
  double put_ms = 0, put_cpu = 0;
  auto t0 = Clock::now();
  for (size_t i = 0; i < n_docs; i += 500) {
    std::vector<Document> batch;
    for (size_t k = i; k < std::min(n_docs, i + 500); ++k) batch.push_back(make_document(static_cast<int>(k), rng));
    auto tp = Clock::now();
    double cp = cpu_seconds();
    check(store.begin(), "begin");
    for (const auto& d : batch) {
      auto r = store.put_document(d);
      if (!r.ok()) check(r.status(), "put_document");
      bytes += d.text.size();
      for (const auto& e : d.events) source_ids.push_back(e.id);
    }
    check(store.commit(), "commit");
    put_ms += ms_since(tp);
    put_cpu += cpu_seconds() - cp;
  }
  std::printf("ingest: %zu documents in %.1f s wall (put_document + commit only): %.0f documents/s, %.1f MB/s of "
              "text; %.1f s CPU: %.0f documents per CPU-second\n",
              n_docs, put_ms / 1000, n_docs / (put_ms / 1000), bytes / 1e6 / (put_ms / 1000), put_cpu,
              n_docs / put_cpu);

  // The merge step over everything stored (what an ingest batch ends with). Optional: its cost
  // is mostly merge_events (src/merge), which is quadratic in the number of event sources today.
  if (rebuild) {
    auto tr = Clock::now();
    double c0 = cpu_seconds();
    check(store.rebuild_knowledge_base(), "rebuild");
    std::printf("rebuild_knowledge_base over %zu documents (%zu event sources): %.1f s wall, %.1f s CPU\n", n_docs,
                source_ids.size(), ms_since(tr) / 1000, cpu_seconds() - c0);
  }

  // Phase 2: a million consolidated events.
  t0 = Clock::now();
  check(store.begin(), "begin");
  check(store.clear_knowledge_base(), "clear");
  {
    KnowledgeBase actors;
    for (int a = 0; a < kActors; ++a) {
      Actor x;
      x.id = actor_id(a);
      x.name = "Group " + std::to_string(a);
      x.kind = ActorKind::armed_group;
      x.aliases = {x.name, "G" + std::to_string(a)};
      x.parent = actor_parent(a);
      actors.actors.push_back(x);
    }
    check(store.add_to_knowledge_base(actors), "actors");
  }
  // Events happen in the cities the documents brought into the store (all 5,000 from 5,000 documents).
  const int covered = static_cast<int>(std::min<size_t>(n_docs, kCities));
  std::uniform_int_distribution<int> city_d(0, covered - 1), actor_d(0, kActors - 1), year_d(2000, 2024),
      month_d(1, 12), day_d(1, 28), type_d(0, 10);
  std::geometric_distribution<int> killed_d(0.08);
  for (size_t i = 0; i < n_events; i += 50000) {
    KnowledgeBase chunk;
    for (size_t k = i; k < std::min(n_events, i + 50000); ++k) {
      Event e;
      e.id = "ev:" + std::to_string(k);
      e.type = static_cast<EventType>(type_d(rng));
      Date d{year_d(rng), month_d(rng), day_d(rng)};
      e.date = DateRange{d, d, DatePrecision::day};
      e.place = city_id(city_d(rng));
      e.targets = {{"civilians", "private_citizens"}};
      e.perpetrators = {actor_id(actor_d(rng))};
      if (k % 2) e.perpetrators.push_back(actor_id(actor_d(rng)));
      if (k % 5 == 0) e.claimed_by = {e.perpetrators[0]};
      e.weapons = {"explosives"};
      int killed = killed_d(rng);
      e.killed = CasualtyEstimate{killed, killed, killed + 3};
      EventSource src;
      src.id = source_ids[k % source_ids.size()];
      e.sources = {src};
      chunk.events.push_back(std::move(e));
    }
    check(store.add_to_knowledge_base(chunk), "events");
    check(store.commit(), "commit");  // one batch per chunk keeps the WAL small
    check(store.begin(), "begin");
  }
  check(store.commit(), "commit");
  std::printf("generate: %zu events written in %.1f s (%.0f events/s)\n", n_events, ms_since(t0) / 1000,
              n_events / (ms_since(t0) / 1000));

  // Phase 3: queries.
  std::printf("queries (5 runs each, different arguments):\n");
  auto time_query = [&](const std::string& name, auto&& make_filter) {
    Timing t{name, {}, {}, 0};
    for (int run = 0; run < 5; ++run) {
      KbFilter f = make_filter(run);
      auto tq = Clock::now();
      double c0 = cpu_seconds();
      auto r = store.events(f);
      t.ms.push_back(ms_since(tq));
      t.cpu_ms.push_back((cpu_seconds() - c0) * 1000);
      if (!r.ok()) check(r.status(), name.c_str());
      t.rows = r->size();
    }
    report(t);
  };
  time_query("events by actor with factions (limit 100)", [](int run) {
    KbFilter f;
    f.actor = actor_id(run * 7);  // a group with two factions
    f.limit = 100;
    return f;
  });
  time_query("events by province with its cities (limit 100)", [&](int run) {
    KbFilter f;
    f.place = admin1_id(run * 13 % std::max(1, covered / kCitiesPerAdmin1));
    f.limit = 100;
    return f;
  });
  time_query("events by country with its places (limit 100)", [&](int run) {
    KbFilter f;
    f.place = "Country " + std::to_string(run * 9 % std::max(1, covered / (kCitiesPerAdmin1 * kAdmin1PerCountry)));
    f.limit = 100;
    return f;
  });
  time_query("events in one month (limit 100)", [](int run) {
    KbFilter f;
    f.from = Date{2010 + run, 3, 1};
    f.to = Date{2010 + run, 3, 31};
    f.limit = 100;
    return f;
  });
  time_query("events by type + min killed (limit 100)", [](int run) {
    KbFilter f;
    f.type = std::string(to_string(static_cast<EventType>(run)));
    f.min_killed = 30;
    f.limit = 100;
    return f;
  });
  time_query("actor timeline: every event of a faction", [](int run) {
    KbFilter f;
    f.actor = actor_id(1000 + run * 11);
    return f;
  });
  time_query("actor + place + year (limit 100)", [&](int run) {
    KbFilter f;
    f.actor = actor_id(run * 3);
    f.place = country_id(run % std::max(1, covered / (kCitiesPerAdmin1 * kAdmin1PerCountry)));
    f.from = Date{2005, 1, 1};
    f.to = Date{2015, 12, 31};
    f.limit = 100;
    return f;
  });
  {
    Timing t{"full-text search (limit 20)", {}, {}, 0};
    const char* queries[] = {"police checkpoint", "\"security forces\"", "ambush convoy", "kariban", "shamel OR zarlo"};
    for (const char* q : queries) {
      auto tq = Clock::now();
      double c0 = cpu_seconds();
      auto r = store.search(q, 20);
      t.ms.push_back(ms_since(tq));
      t.cpu_ms.push_back((cpu_seconds() - c0) * 1000);
      if (!r.ok()) check(r.status(), "search");
      t.rows = r->size();
    }
    report(t);
  }
  std::printf("peak memory: %ld MB; load average at the end: ", peak_rss_mb());
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) == 3) std::printf("%.1f %.1f %.1f\n", load[0], load[1], load[2]);
  else std::printf("unknown\n");
  if (!tmp.empty() && !keep) fs::remove_all(tmp);
  return 0;
}
