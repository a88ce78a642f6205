// merge_bench: the cross-document merge step alone (merge/merge.h), on a
// generated stream of event sources shaped like a news feed: many attacks a
// day across a few hundred places, each reported by one to five outlets with
// figures that disagree, some reports undated.
//
//   merge_bench [--events N] [--places N] [--days N] [--undated PERCENT]
//
// Prints sources/s, the number of events made, and peak memory. The merge is
// pure, so this isolates its cost from the store's reads and writes
// (store_bench --rebuild times the whole rebuild).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "merge/merge.h"

namespace {

struct Rng {
  uint64_t s = 0x9e3779b97f4a7c15ull;
  uint32_t next(uint32_t n) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<uint32_t>(s % n);
  }
};

dossier::Date add_days(dossier::Date d, int n) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  while (n-- > 0) {
    int len = kDays[d.m - 1] + (d.m == 2 && d.y % 4 == 0 && (d.y % 100 != 0 || d.y % 400 == 0));
    if (++d.d > len) {
      d.d = 1;
      if (++d.m > 12) d.m = 1, ++d.y;
    }
  }
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace dossier;
  size_t events = 20000, n_places = 300;
  int days = 730, undated_pct = 15;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> long {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", a.c_str());
        std::exit(1);
      }
      return std::atol(argv[++i]);
    };
    if (a == "--events") events = static_cast<size_t>(next());
    else if (a == "--places") n_places = static_cast<size_t>(next());
    else if (a == "--days") days = static_cast<int>(next());
    else if (a == "--undated") undated_pct = static_cast<int>(next());
    else {
      std::fprintf(stderr, "usage: merge_bench [--events N] [--places N] [--days N] [--undated PERCENT]\n");
      return a == "--help" ? 0 : 1;
    }
  }

  // Places: a country, 10 provinces, cities under them.
  std::map<std::string, Place> places;
  places["pk"] = Place{"pk", "Country", PlaceKind::country, "PK", "", {}, {}, {}, ""};
  for (int p = 0; p < 10; ++p) {
    std::string id = "adm" + std::to_string(p);
    places[id] = Place{id, id, PlaceKind::admin1, "PK", "", {}, {}, {}, "pk"};
  }
  for (size_t c = 0; c < n_places; ++c) {
    std::string id = "city" + std::to_string(c);
    places[id] = Place{id, id, PlaceKind::city, "PK", "", {}, {}, {}, "adm" + std::to_string(c % 10)};
  }
  PlaceLookup lookup = [&places](std::string_view id) -> const Place* {
    auto it = places.find(std::string(id));
    return it == places.end() ? nullptr : &it->second;
  };

  const char* cats[] = {"police", "military", "religious", "private_citizens", "government", "business"};
  const EventType types[] = {EventType::bombing, EventType::suicide_bombing, EventType::armed_assault,
                             EventType::kidnapping};
  Rng rng;
  std::vector<EventSource> sources;
  size_t doc = 0;
  for (size_t e = 0; e < events; ++e) {
    Date when = add_days(Date{2015, 1, 1}, static_cast<int>(rng.next(static_cast<uint32_t>(days))));
    std::string place = "city" + std::to_string(rng.next(static_cast<uint32_t>(n_places)));
    std::string perp = "act:" + std::to_string(rng.next(200));
    const char* cat = cats[rng.next(6)];
    EventType type = types[rng.next(4)];
    int64_t killed = 1 + rng.next(60);
    uint32_t outlets = 1 + rng.next(5);
    for (uint32_t o = 0; o < outlets; ++o) {
      EventSource s;
      s.id = "src:" + std::to_string(doc);
      s.document = "doc:" + std::to_string(doc++);
      s.type = type;
      if (static_cast<int>(rng.next(100)) >= undated_pct) {
        Date d = add_days(when, static_cast<int>(rng.next(2)));
        s.date = DateRange{d, d, DatePrecision::day};
      }
      s.place = rng.next(5) == 0 ? places[place].parent : place;  // some outlets only name the province
      if (rng.next(3) != 0) s.perpetrators = {perp};
      s.targets = {{"target", cat}};
      int64_t k = killed + static_cast<int64_t>(rng.next(5));
      s.killed = CountRange{k, rng.next(4) == 0 ? std::optional<int64_t>() : std::optional<int64_t>(k)};
      sources.push_back(std::move(s));
    }
  }

  const size_t n = sources.size();
  auto t0 = std::chrono::steady_clock::now();
  auto merged = merge_events(std::move(sources), lookup);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  size_t multi = 0;
  for (const auto& m : merged) multi += m.event.sources.size() > 1;
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("merge_events: %zu sources of %zu generated attacks -> %zu events (%zu with several sources) in %.2f s: "
              "%.0f sources/s; peak memory %.1f MB\n",
              n, events, merged.size(), multi, secs, static_cast<double>(n) / secs, ru.ru_maxrss / 1024.0);
  return 0;
}
