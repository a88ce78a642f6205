#include "merge/merge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace dossier {
namespace {

struct World {
  std::map<std::string, Place> places;
  World() {
    places["pk"] = Place{"pk", "Pakistan", PlaceKind::country, "PK", "", {}, {}, {}, ""};
    places["bal"] = Place{"bal", "Balochistan", PlaceKind::admin1, "PK", "", {}, {}, {}, "pk"};
    places["quetta"] = Place{"quetta", "Quetta", PlaceKind::city, "PK", "Balochistan", {}, {}, {}, "bal"};
    places["karachi"] = Place{"karachi", "Karachi", PlaceKind::city, "PK", "Sindh", {}, {}, {}, "pk"};
  }
  PlaceLookup lookup() const {
    return [this](std::string_view id) -> const Place* {
      auto it = places.find(std::string(id));
      return it == places.end() ? nullptr : &it->second;
    };
  }
};

DateRange day(int y, int m, int d) { return {{y, m, d}, {y, m, d}, DatePrecision::day}; }

EventSource report(std::string id, std::string doc, std::string place, std::optional<DateRange> date, int64_t killed,
                   std::optional<int64_t> killed_high) {
  EventSource s;
  s.id = std::move(id);
  s.document = std::move(doc);
  s.type = EventType::armed_assault;
  s.place = std::move(place);
  s.date = date;
  s.killed = CountRange{killed, killed_high};
  s.targets.push_back({"police college", "police"});
  return s;
}

TEST(MergeEvents, ThreeOutletsOneAttackKeepEveryFigure) {
  World w;
  std::vector<EventSource> in = {report("a", "d1", "quetta", day(2016, 10, 24), 59, 59),
                                 report("b", "d2", "quetta", day(2016, 10, 24), 61, std::nullopt),
                                 report("c", "d3", "quetta", day(2016, 10, 24), 61, 61)};
  auto out = merge_events(in, w.lookup());
  ASSERT_EQ(out.size(), 1u);
  const Event& e = out[0].event;
  EXPECT_EQ(e.sources.size(), 3u);
  ASSERT_TRUE(e.killed);
  EXPECT_EQ(e.killed->low, 59);
  EXPECT_EQ(e.killed->best, 61);
  ASSERT_TRUE(e.killed->high);
  EXPECT_EQ(*e.killed->high, 61);
}

TEST(MergeEvents, SameCityTwoMonthsApartStayTwo) {
  World w;
  auto out = merge_events({report("a", "d1", "quetta", day(2016, 8, 8), 70, 70),
                           report("b", "d2", "quetta", day(2016, 10, 24), 61, 61)},
                          w.lookup());
  EXPECT_EQ(out.size(), 2u);
}

TEST(MergeEvents, NeverMergesOnOneSharedAttribute) {
  World w;
  EventSource a = report("a", "d1", "quetta", std::nullopt, 5, 5);
  EventSource b = report("b", "d2", "quetta", std::nullopt, 90, 90);
  a.targets.clear();
  b.targets.clear();
  auto out = merge_events({a, b}, w.lookup());
  EXPECT_EQ(out.size(), 2u);
}

TEST(MergeEvents, AVaguerSourceDoesNotSplit) {
  World w;
  // One source says Balochistan and gives no exact day, the other Quetta on a day.
  EventSource a = report("a", "d1", "quetta", day(2016, 10, 24), 60, std::nullopt);
  EventSource b = report("b", "d2", "bal", DateRange{{2016, 10, 1}, {2016, 10, 31}, DatePrecision::month}, 61, 61);
  auto out = merge_events({a, b}, w.lookup());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].event.place, "quetta");
  EXPECT_EQ(out[0].event.date->precision, DatePrecision::day);
}

TEST(MergeEvents, DifferentCitiesOrSameDocumentNeverMerge) {
  World w;
  EXPECT_EQ(merge_events({report("a", "d1", "quetta", day(2016, 10, 24), 60, 60),
                          report("b", "d2", "karachi", day(2016, 10, 24), 60, 60)},
                         w.lookup())
                .size(),
            2u);
  EXPECT_EQ(merge_events({report("a", "d1", "quetta", day(2016, 10, 24), 60, 60),
                          report("b", "d1", "quetta", day(2016, 10, 24), 60, 60)},
                         w.lookup())
                .size(),
            2u);
}

TEST(MergeEvents, OrderDoesNotMatter) {
  World w;
  std::vector<EventSource> in = {report("a", "d1", "quetta", day(2016, 10, 24), 59, 59),
                                 report("b", "d2", "quetta", day(2016, 10, 25), 61, std::nullopt),
                                 report("c", "d3", "quetta", day(2016, 8, 8), 70, 70),
                                 report("d", "d4", "karachi", day(2016, 10, 24), 61, 61)};
  auto first = merge_events(in, w.lookup());
  std::reverse(in.begin(), in.end());
  auto second = merge_events(in, w.lookup());
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].event.id, second[i].event.id);
    EXPECT_EQ(first[i].event.sources.size(), second[i].event.sources.size());
  }
}

TEST(MergeEvents, AnAnalystCanKeepSourcesApartOrPutThemTogether) {
  World w;
  std::vector<EventSource> in = {report("a", "d1", "quetta", day(2016, 10, 24), 59, 59),
                                 report("b", "d2", "quetta", day(2016, 10, 24), 61, 61),
                                 report("c", "d3", "quetta", day(2016, 10, 25), 60, 60)};
  ASSERT_EQ(merge_events(in, w.lookup()).size(), 1u);

  MergeConstraints apart;
  apart.apart.insert(MergeConstraints::key("c", "a"));
  apart.apart.insert(MergeConstraints::key("c", "b"));
  auto split = merge_events(in, w.lookup(), CasualtyRule::best_estimate, apart);
  ASSERT_EQ(split.size(), 2u);
  for (const auto& me : split) {
    bool has_c = std::any_of(me.event.sources.begin(), me.event.sources.end(), [](auto& s) { return s.id == "c"; });
    EXPECT_EQ(me.event.sources.size(), has_c ? 1u : 2u);
  }

  // Two reports the scores keep apart (different days far apart) joined by hand.
  std::vector<EventSource> far = {report("x", "d1", "quetta", day(2016, 8, 8), 70, 70),
                                  report("y", "d2", "quetta", day(2016, 10, 24), 61, 61)};
  MergeConstraints together;
  together.together.insert(MergeConstraints::key("x", "y"));
  auto joined = merge_events(far, w.lookup(), CasualtyRule::best_estimate, together);
  ASSERT_EQ(joined.size(), 1u);
  ASSERT_EQ(joined[0].membership.size(), 2u);
  bool by_hand = false;
  for (const auto& m : joined[0].membership)
    by_hand |= std::find(m.reasons.begin(), m.reasons.end(), "merged by an analyst") != m.reasons.end();
  EXPECT_TRUE(by_hand);
  // Apart wins over together.
  together.apart.insert(MergeConstraints::key("x", "y"));
  EXPECT_EQ(merge_events(far, w.lookup(), CasualtyRule::best_estimate, together).size(), 2u);
}

// The blocking in merge_events must not change the result: compare with a
// plain greedy clustering that looks at every cluster.
std::vector<std::set<std::string>> reference_clusters(std::vector<EventSource> sources, const PlaceLookup& places) {
  std::sort(sources.begin(), sources.end(), [](const EventSource& a, const EventSource& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    if (a.date && b.date && !(a.date->start == b.date->start)) return a.date->start < b.date->start;
    return a.id < b.id;
  });
  std::vector<std::vector<size_t>> clusters;
  for (size_t i = 0; i < sources.size(); ++i) {
    int best = -1;
    double best_score = 0;
    for (size_t c = 0; c < clusters.size(); ++c) {
      double link = 0;
      bool veto = false;
      for (size_t m : clusters[c]) {
        auto d = compare_event_sources(sources[i], sources[m], places);
        if (d.veto) veto = true;
        link = std::max(link, d.score);
      }
      if (veto || link < 0.55) continue;
      if (best < 0 || link > best_score) best = static_cast<int>(c), best_score = link;
    }
    if (best < 0) clusters.push_back({i});
    else clusters[static_cast<size_t>(best)].push_back(i);
  }
  std::vector<std::set<std::string>> out;
  for (auto& c : clusters) {
    std::set<std::string> ids;
    for (size_t m : c) ids.insert(sources[m].id);
    out.push_back(ids);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(MergeEvents, BlockingGivesTheSameClustersAsComparingWithAll) {
  World w;
  uint32_t seed = 12345;
  auto rnd = [&seed](uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  const char* places[] = {"quetta", "karachi", "bal", "pk", ""};
  const char* perps[] = {"act:lej", "act:is", "act:ttp"};
  const char* cats[] = {"police", "religious", "military"};
  std::vector<EventSource> in;
  for (int i = 0; i < 400; ++i) {
    std::optional<DateRange> date;
    const int month = 1 + static_cast<int>(rnd(3));
    switch (rnd(6)) {
      case 0: break;  // undated
      case 1: date = DateRange{{2016, month, 1}, {2016, month, 28}, DatePrecision::month}; break;
      default: date = day(2016, month, 1 + static_cast<int>(rnd(28)));
    }
    std::string id = std::to_string(i);
    auto s = report(std::string(1, 's').append(id), std::string(1, 'd').append(id), places[rnd(5)], date,
                    static_cast<int64_t>(rnd(80)), std::nullopt);
    if (rnd(10) == 0) s.killed = CountRange{0, 0};  // "no casualties"
    if (rnd(10) == 0) s.killed.reset();             // no figure
    s.targets = {{"target", cats[rnd(3)]}};
    if (rnd(2)) s.perpetrators = {perps[rnd(3)]};
    in.push_back(std::move(s));
  }
  auto expected = reference_clusters(in, w.lookup());
  std::vector<std::set<std::string>> got;
  for (const auto& me : merge_events(in, w.lookup())) {
    std::set<std::string> ids;
    for (const auto& s : me.event.sources) ids.insert(s.id);
    got.push_back(ids);
  }
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, expected);
  EXPECT_LT(got.size(), in.size()) << "the generator should produce some merges";

  // The cases blocking must not miss, spelled out: an undated report with a place joins a
  // dated one that names no place, one in a province containing it, or one in a city inside
  // it; an undated report with no place joins through actor and target type.
  auto dated = report("x1", "e1", "", day(2016, 5, 2), 12, 12);
  dated.perpetrators = {"act:lej"};
  auto placed = report("x2", "e2", "quetta", std::nullopt, 13, 13);
  placed.perpetrators = {"act:lej"};
  auto province = report("x3", "e3", "bal", day(2016, 6, 9), 30, 30);
  province.perpetrators = {"act:is"};
  auto inside = report("x4", "e4", "quetta", std::nullopt, 31, 31);
  inside.perpetrators = {"act:is"};
  auto unplaced = report("x5", "e5", "", std::nullopt, 31, 31);
  unplaced.perpetrators = {"act:is"};
  auto city = report("x6", "e6", "quetta", day(2016, 7, 1), 50, 50);
  city.perpetrators = {"act:ttp"};
  auto around = report("x7", "e7", "bal", std::nullopt, 52, 52);
  around.perpetrators = {"act:ttp"};
  std::vector<EventSource> cases = {dated, placed, province, inside, unplaced, city, around};
  std::vector<std::set<std::string>> got2;
  for (const auto& me : merge_events(cases, w.lookup())) {
    std::set<std::string> ids;
    for (const auto& s : me.event.sources) ids.insert(s.id);
    got2.push_back(ids);
  }
  std::sort(got2.begin(), got2.end());
  EXPECT_EQ(got2, reference_clusters(cases, w.lookup()));
  EXPECT_EQ(got2.size(), 3u) << "x2 joins x1; x4 and x5 join x3; x7 (the province) joins x6 (a city in it)";
}

TEST(Casualties, RulesAreDocumented) {
  std::vector<CountRange> f = {{59, 59}, {61, std::nullopt}, {61, 61}};
  auto best = consolidate_casualties(f, CasualtyRule::best_estimate);
  auto low = consolidate_casualties(f, CasualtyRule::conservative);
  EXPECT_EQ(best->best, 61);
  EXPECT_EQ(low->best, 59);
  // An open-ended figure above every closed one leaves the high open.
  auto open = consolidate_casualties({{59, 59}, {80, std::nullopt}});
  EXPECT_FALSE(open->high);
  EXPECT_FALSE(consolidate_casualties({}));
  EXPECT_FALSE(explain_casualties(f, CasualtyRule::best_estimate).empty());
}

TEST(MergeRelations, SameClaimFromTwoDocumentsIsOneRelationWithTwoEvidences) {
  Relation r;
  r.id = "r1";
  r.type = RelationType::cooperates_with;
  r.subject = "lej";
  r.object = "is";
  r.confidence = 0.6;
  r.evidence.push_back({"d1", {0, 10}, "x", ""});
  Relation s = r;
  s.id = "r2";
  s.evidence = {{"d2", {5, 20}, "y", ""}};
  s.attributed_to = "a security official";  // the second outlet quotes someone
  Relation denied = r;
  denied.id = "r3";
  denied.polarity = Polarity::denied;
  auto out = merge_relations({r, s, denied});
  ASSERT_EQ(out.size(), 2u);
  auto it = std::find_if(out.begin(), out.end(), [](const Relation& x) { return x.polarity == Polarity::asserted; });
  ASSERT_EQ(it->evidence.size(), 2u);
  EXPECT_NEAR(it->confidence, 0.84, 1e-9);
  // Each source's speaker stays with its sentence.
  EXPECT_EQ(it->evidence[0].said_by, "");
  EXPECT_EQ(it->evidence[1].said_by, "a security official");
}

TEST(MergeRelations, SymmetricRelationsSaidEitherWayAreOne) {
  Relation a;
  a.id = "r1";
  a.type = RelationType::cooperates_with;
  a.subject = "is";
  a.object = "lej";
  a.evidence.push_back({"d1", {0, 10}, "x", ""});
  Relation b = a;
  b.id = "r2";
  std::swap(b.subject, b.object);
  b.evidence = {{"d2", {0, 10}, "y", ""}};
  Relation lead = a;  // leader_of is not symmetric: direction matters
  lead.id = "r3";
  lead.type = RelationType::leader_of;
  Relation lead2 = lead;
  lead2.id = "r4";
  std::swap(lead2.subject, lead2.object);
  auto out = merge_relations({a, b, lead, lead2});
  ASSERT_EQ(out.size(), 3u);
  auto coop = std::find_if(out.begin(), out.end(), [](const Relation& r) { return r.type == RelationType::cooperates_with; });
  EXPECT_EQ(coop->subject, "is");
  EXPECT_EQ(coop->evidence.size(), 2u);
}

TEST(MergeActors, UnitesAliasesAndRemembersTheirSources) {
  Actor a{"lej", "Lashkar-e-Jhangvi", ActorKind::armed_group, {"LeJ"}, {{"LeJ", "d1"}}, "", "PK", "", {}, {"d1"}};
  Actor b = a;
  b.aliases = {"Lashkar-i-Jhangvi"};
  b.alias_sources = {{"Lashkar-i-Jhangvi", "d2"}};
  b.documents = {"d2"};
  Actor faction{"lej-a", "LeJ Al-Alami", ActorKind::armed_group, {}, {}, "lej", "PK", "", {}, {"d1"}};
  auto out = merge_actors({a, faction, b});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].id, "lej");
  EXPECT_EQ(out[0].aliases.size(), 2u);
  EXPECT_EQ(out[0].alias_sources.size(), 2u);
  EXPECT_EQ(out[0].documents, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_EQ(out[1].parent, "lej");
}

}  // namespace
}  // namespace dossier
