#include "analysis/network.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "analysis/timeline.h"

namespace dossier {
namespace {

Relation rel(std::string s, std::string o, RelationType t = RelationType::cooperates_with,
             Polarity p = Polarity::asserted, std::optional<DateRange> d = std::nullopt) {
  Relation r;
  r.id = s + o;
  r.subject = std::move(s);
  r.object = std::move(o);
  r.type = t;
  r.polarity = p;
  r.date = d;
  return r;
}

const NodeMeasures& node(const std::vector<NodeMeasures>& m, const std::string& id) {
  return *std::find_if(m.begin(), m.end(), [&](const NodeMeasures& x) { return x.id == id; });
}

TEST(Network, StarCentreIsTheBrokerAndTheKeyPlayer) {
  std::vector<Relation> rs = {rel("hub", "a"), rel("hub", "b"), rel("hub", "c"), rel("hub", "d")};
  auto net = Network::from_relations(rs, {});
  ASSERT_EQ(net.size(), 5u);
  EXPECT_EQ(net.edge_count(), 4u);
  auto m = net.measures();
  EXPECT_DOUBLE_EQ(node(m, "hub").degree, 1.0);
  EXPECT_DOUBLE_EQ(node(m, "hub").betweenness, 1.0);
  EXPECT_DOUBLE_EQ(node(m, "a").betweenness, 0.0);
  EXPECT_GT(node(m, "hub").eigenvector, node(m, "a").eigenvector);
  double f = 0;
  auto kp = net.key_players(1, &f);
  EXPECT_EQ(kp, std::vector<std::string>{"hub"});
  EXPECT_DOUBLE_EQ(f, 1.0);
}

TEST(Network, TwoCliquesJoinedByABridgeAreTwoCommunities) {
  std::vector<Relation> rs;
  for (auto [a, b] : std::vector<std::pair<std::string, std::string>>{
           {"a1", "a2"}, {"a1", "a3"}, {"a2", "a3"}, {"b1", "b2"}, {"b1", "b3"}, {"b2", "b3"}, {"a1", "b1"}})
    rs.push_back(rel(a, b));
  auto net = Network::from_relations(rs, {});
  double q = 0;
  auto c = net.communities(&q);
  // nodes are sorted: a1 a2 a3 b1 b2 b3
  EXPECT_EQ(c[0], c[1]);
  EXPECT_EQ(c[1], c[2]);
  EXPECT_EQ(c[3], c[4]);
  EXPECT_NE(c[0], c[3]);
  EXPECT_GT(q, 0.3);
  auto m = net.measures();
  EXPECT_EQ(node(m, "a2").core, 2);
  EXPECT_GT(node(m, "a1").betweenness, node(m, "a2").betweenness);
  auto kp = net.key_players(1);
  EXPECT_TRUE(kp[0] == "a1" || kp[0] == "b1");
}

TEST(Network, FiltersDeniedTypesAndTimeSlices) {
  DateRange y2014{{2014, 1, 1}, {2014, 12, 31}, DatePrecision::year};
  DateRange y2016{{2016, 1, 1}, {2016, 12, 31}, DatePrecision::year};
  std::vector<Relation> rs = {rel("x", "y", RelationType::affiliated_with, Polarity::denied),
                              rel("x", "z", RelationType::cooperates_with, Polarity::asserted, y2014),
                              rel("y", "z", RelationType::rival_of, Polarity::asserted, y2016)};
  EXPECT_EQ(Network::from_relations(rs, {}).edge_count(), 2u);
  NetworkFilter all;
  all.asserted_only = false;
  EXPECT_EQ(Network::from_relations(rs, all).edge_count(), 3u);
  NetworkFilter slice;
  slice.from = Date{2015, 1, 1};
  EXPECT_EQ(Network::from_relations(rs, slice).edge_count(), 1u);
  NetworkFilter rivals;
  rivals.types = {RelationType::rival_of};
  EXPECT_EQ(Network::from_relations(rs, rivals).edge_count(), 1u);
}

TEST(Network, EgoNetworkStopsAtTheHopLimit) {
  auto net = Network::from_relations({rel("a", "b"), rel("b", "c"), rel("c", "d")}, {});
  EXPECT_EQ(net.ego("a", 1).size(), 2u);
  EXPECT_EQ(net.ego("a", 2).size(), 3u);
  EXPECT_EQ(net.ego("nobody", 2).size(), 0u);
}

TEST(Timeline, IncludesFactionsAndOrdersByDate) {
  KnowledgeBase kb;
  kb.actors.push_back(Actor{"lej", "LeJ", ActorKind::armed_group, {}, {}, "", "", "", {}, {}});
  kb.actors.push_back(Actor{"leja", "LeJ-A", ActorKind::armed_group, {}, {}, "lej", "", "", {}, {}});
  Event e1;
  e1.id = "e1";
  e1.date = DateRange{{2016, 10, 24}, {2016, 10, 24}, DatePrecision::day};
  e1.claimed_by = {"leja"};
  Event e0;
  e0.id = "e0";
  e0.date = DateRange{{2015, 5, 13}, {2015, 5, 13}, DatePrecision::day};
  e0.perpetrators = {"lej"};
  kb.events = {e1, e0};
  kb.relations.push_back(rel("leja", "is"));
  auto t = actor_timeline(kb, "lej", true);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].id, "e0");
  EXPECT_EQ(t[1].id, "e1");
  EXPECT_EQ(t[2].kind, "relation");
  EXPECT_EQ(actor_timeline(kb, "lej", false).size(), 1u);
}

}  // namespace
}  // namespace dossier
