// Relation extraction on short sentences written for these tests (not taken
// from any article). Mentions are given with markup so the tests exercise the
// relation stage alone: [[surface|TYPE|actor-id]].
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "entities/roles.h"
#include "relations/relation_eval.h"
#include "relations/relation_stage.h"

namespace dossier {
namespace {

const RelationExtractor& extractor() {
  static std::unique_ptr<RelationExtractor> x = [] {
    auto r = RelationExtractor::load(std::string(DOSSIER_SOURCE_DIR) + "/resources/relations");
    EXPECT_TRUE(r.ok()) << r.status().to_string();
    return std::move(*r);
  }();
  return *x;
}

std::vector<Relation> run(std::string_view markup) {
  Document d = document_from_markup(markup);
  extractor().extract(d);
  return d.relations;
}

const Relation* find(const std::vector<Relation>& rs, RelationType t, std::string_view s, std::string_view o) {
  for (const auto& r : rs) {
    bool sym = t == RelationType::cooperates_with || t == RelationType::rival_of;
    if (r.type != t) continue;
    if ((r.subject == s && r.object == o) || (sym && r.subject == o && r.object == s)) return &r;
  }
  return nullptr;
}

std::string dump(const std::vector<Relation>& rs) {
  std::string out;
  for (const auto& r : rs)
    out += std::string(to_string(r.type)) + "(" + r.subject + "," + r.object + "," +
           std::string(to_string(r.polarity)) + ",by=" + r.attributed_to + ") ";
  return out;
}

#define EXPECT_REL(rs, t, s, o)                                                  \
  do {                                                                           \
    EXPECT_NE(find(rs, RelationType::t, s, o), nullptr) << #t "(" s "," o ") in " << dump(rs); \
  } while (0)

TEST(RelationPatterns, ParseErrorsNameFileAndLine) {
  auto r = RelationPatterns::parse("@x: a b\n", "cooperates_with 0.8 S with O\nnot_a_type 0.5 S x O\n", "t");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("t/patterns.txt:2"), std::string::npos) << r.status().message();
  auto r2 = RelationPatterns::parse("@x: a\n", "leader_of 0.8 S @nope O\n", "t");
  ASSERT_FALSE(r2.ok());
  EXPECT_NE(r2.status().message().find("unknown class"), std::string::npos);
  auto r3 = RelationPatterns::parse("", "leader_of 0.8 S led\n", "t");
  EXPECT_FALSE(r3.ok());
}

TEST(Relations, CooperationInManyWords) {
  auto a = run("[[Harakat al-Fajr|ARMED_GROUP|fajr]] worked with [[the Northern Brigade|ARMED_GROUP|nb]] on the raid.");
  EXPECT_REL(a, cooperates_with, "fajr", "nb");
  auto b = run("Officials say [[Harakat al-Fajr|ARMED_GROUP|fajr]] has been colluding with [[Jaish Tariq|ARMED_GROUP|jt]].");
  EXPECT_REL(b, cooperates_with, "fajr", "jt");
  auto c = run("The outfit [[Jaish Tariq|ARMED_GROUP|jt]], in conjunction with [[Harakat al-Fajr|ARMED_GROUP|fajr]], "
               "attacked the depot.");
  EXPECT_REL(c, cooperates_with, "fajr", "jt");
  auto d = run("[[Jaish Tariq|ARMED_GROUP|jt]] and [[Harakat al-Fajr|ARMED_GROUP|fajr]] carried out the ambush together.");
  EXPECT_REL(d, cooperates_with, "jt", "fajr");  // doing an attack together is working together
  auto e = run("[[Jaish Tariq|ARMED_GROUP|jt]] and [[Harakat al-Fajr|ARMED_GROUP|fajr]] worked together in the valley.");
  EXPECT_REL(e, cooperates_with, "jt", "fajr");
  auto f = run("[[Jaish Tariq|ARMED_GROUP|jt]] is teaming up with other militant groups such as "
               "[[Harakat al-Fajr|ARMED_GROUP|fajr]] and [[the Red Column|ARMED_GROUP|rc]].");
  EXPECT_REL(f, cooperates_with, "jt", "fajr");
  EXPECT_REL(f, cooperates_with, "jt", "rc");
  auto g = run("[[The Red Column|ARMED_GROUP|rc]] also has contacts with the banned "
               "[[Harakat al-Fajr|ARMED_GROUP|fajr]] (HF), police said.");
  EXPECT_REL(g, cooperates_with, "rc", "fajr");
}

TEST(Relations, AffiliationPledgeSplitFaction) {
  auto a = run("[[The Red Column|ARMED_GROUP|rc]] is formally affiliated with [[Jaish Tariq|ARMED_GROUP|jt]].");
  EXPECT_REL(a, affiliated_with, "rc", "jt");
  auto b = run("In a video, [[the Northern Brigade|ARMED_GROUP|nb]] swore allegiance to [[the Caliphate Front|ARMED_GROUP|cf]].");
  EXPECT_REL(b, pledged_allegiance_to, "nb", "cf");
  auto c = run("[[Harakat al-Fajr|ARMED_GROUP|fajr]] announced its backing for [[the Caliphate Front|ARMED_GROUP|cf]].");
  EXPECT_REL(c, pledged_allegiance_to, "fajr", "cf");
  auto d = run("[[The Caliphate Front|ARMED_GROUP|cf]] itself broke away from [[Jaish Tariq|ARMED_GROUP|jt]] in 2013.");
  EXPECT_REL(d, split_from, "cf", "jt");
  auto e = run("[[Saif Brigade|ARMED_GROUP|sb]], a splinter group of [[the Northern Brigade|ARMED_GROUP|nb]], "
               "claimed the blast.");
  EXPECT_REL(e, split_from, "sb", "nb");
  auto f = run("[[Northern Brigade|ARMED_GROUP|nb]] splinter group [[Saif Brigade|ARMED_GROUP|sb]] claimed it.");
  EXPECT_REL(f, split_from, "sb", "nb");
  auto g = run("Police blamed [[Al Qamar|ARMED_GROUP|aq]], a faction of [[Jaish Tariq|ARMED_GROUP|jt]].");
  EXPECT_REL(g, faction_of, "aq", "jt");
  auto h = run("They blamed a [[Jaish Tariq|ARMED_GROUP|jt]] faction, [[Al Qamar|ARMED_GROUP|aq]].");
  EXPECT_REL(h, faction_of, "aq", "jt");
  auto i = run("Fighters of [[Jaish Tariq|ARMED_GROUP|jt]]'s eastern branch, [[the Qamar Front|ARMED_GROUP|qf]], fled.");
  EXPECT_REL(i, faction_of, "qf", "jt");
}

TEST(Relations, RivalryAndFunding) {
  auto a = run("It comes as the group's key rival [[Jaish Tariq|ARMED_GROUP|jt]] weakens, said "
               "[[Harakat al-Fajr|ARMED_GROUP|fajr]].");
  EXPECT_TRUE(a.empty()) << "'the group' is not a mention here: " << dump(a);
  auto b = run("It comes as [[Harakat al-Fajr|ARMED_GROUP|fajr]]'s key rival [[Jaish Tariq|ARMED_GROUP|jt]] weakens.");
  EXPECT_REL(b, rival_of, "jt", "fajr");
  auto c = run("[[The Red Column|ARMED_GROUP|rc]] is funded by [[the Tamar Foundation|ORG|tf]].");
  EXPECT_REL(c, funded_by, "rc", "tf");
  auto d = run("[[The Red Column|ARMED_GROUP|rc]] is allied with [[Jaish Tariq|ARMED_GROUP|jt]]"
               " - their main financial backers.");
  EXPECT_REL(d, funded_by, "rc", "jt");
  auto e = run("[[Northland|GPE|northland]]-backed [[Saif Brigade|ARMED_GROUP|sb]] took the town.");
  EXPECT_REL(e, funded_by, "sb", "northland");
}

TEST(Relations, LeadersSpokesmenMembersPositions) {
  auto a = run("[[Jaish Tariq|ARMED_GROUP|jt]] is now headed by [[Omar Daud|PERSON|daud]], a police source said.");
  EXPECT_REL(a, leader_of, "daud", "jt");
  auto b = run("[[Jaish Tariq|ARMED_GROUP|jt]] leader [[Omar Daud|PERSON|daud]] was arrested.");
  EXPECT_REL(b, leader_of, "daud", "jt");
  auto c = run("[[Omar Daud|PERSON|daud]], the leader of [[Jaish Tariq|ARMED_GROUP|jt]], was killed in May.");
  EXPECT_REL(c, leader_of, "daud", "jt");
  auto d = run("\"We did it,\" said [[Karim Nazir|PERSON|nazir]], spokesman for [[Al Qamar|ARMED_GROUP|aq]], by phone.");
  EXPECT_REL(d, spokesperson_of, "nazir", "aq");
  auto e = run("[[Al Qamar|ARMED_GROUP|aq]] spokesman [[Karim Nazir|PERSON|nazir]] confirmed it.");
  EXPECT_REL(e, spokesperson_of, "nazir", "aq");
  auto f = run("[[Ali Vey|PERSON|vey]], a member of [[the Red Column|ARMED_GROUP|rc]], was detained.");
  EXPECT_REL(f, member_of, "vey", "rc");
  auto g = run("[[Northland|GPE|northland]]'s interior minister [[Sara Imran|PERSON|imran]] visited the site.");
  const Relation* r = find(g, RelationType::holds_position, "imran", "northland");
  ASSERT_NE(r, nullptr) << dump(g);
  EXPECT_EQ(r->role, "interior minister");
  auto h = run("The rally was led by [[Sara Imran|PERSON|imran]] of [[the Tamar Foundation|ORG|tf]].");
  EXPECT_EQ(find(h, RelationType::leader_of, "imran", "tf"), nullptr) << "the rally, not the foundation: " << dump(h);
  auto i = run("[[Jaish Tariq|ARMED_GROUP|jt]] leaders met [[Omar Daud|PERSON|daud]] in March.");
  EXPECT_EQ(find(i, RelationType::leader_of, "daud", "jt"), nullptr) << dump(i);
}

TEST(Relations, AttributionNamesTheSource) {
  auto a = run("[[Al Qamar|ARMED_GROUP|aq]] cooperated with [[Jaish Tariq|ARMED_GROUP|jt]] in the raid, the group's "
               "spokesman told reporters on Monday.");
  const Relation* r = find(a, RelationType::cooperates_with, "aq", "jt");
  ASSERT_NE(r, nullptr) << dump(a);
  EXPECT_EQ(r->attributed_to, "the group's spokesman");
  auto b = run("According to a security official, [[Jaish Tariq|ARMED_GROUP|jt]] is now led by [[Omar Daud|PERSON|daud]].");
  r = find(b, RelationType::leader_of, "daud", "jt");
  ASSERT_NE(r, nullptr) << dump(b);
  EXPECT_EQ(r->attributed_to, "a security official");
  auto c = run("\"We have worked with [[Jaish Tariq|ARMED_GROUP|jt]] for years,\" said [[Karim Nazir|PERSON|nazir]].");
  EXPECT_TRUE(c.empty()) << "'We' is no mention: " << dump(c);
  auto d = run("\"[[We|ARMED_GROUP|aq]] have worked with [[Jaish Tariq|ARMED_GROUP|jt]] for years,\" said "
               "[[Karim Nazir|PERSON|nazir]], spokesman for [[Al Qamar|ARMED_GROUP|aq]].");
  r = find(d, RelationType::cooperates_with, "aq", "jt");
  ASSERT_NE(r, nullptr) << dump(d);
  EXPECT_EQ(r->attributed_to, "nazir");
  r = find(d, RelationType::spokesperson_of, "nazir", "aq");
  ASSERT_NE(r, nullptr) << dump(d);
  EXPECT_EQ(r->attributed_to, "") << "the apposition is the outlet's own";
  auto e = run("[[Harakat al-Fajr|ARMED_GROUP|fajr]] said on Tuesday [[it|ARMED_GROUP|fajr]] had worked with "
               "[[the Caliphate Front|ARMED_GROUP|cf]].");
  r = find(e, RelationType::cooperates_with, "fajr", "cf");
  ASSERT_NE(r, nullptr) << dump(e);
  EXPECT_EQ(r->attributed_to, "fajr");
  auto f = run("[[The Red Column|ARMED_GROUP|rc]] broke away from [[Jaish Tariq|ARMED_GROUP|jt]] last year.");
  ASSERT_EQ(f.size(), 1u) << dump(f);
  EXPECT_EQ(f[0].attributed_to, "");
  EXPECT_GT(f[0].confidence, 0.5);
  EXPECT_EQ(f[0].evidence.size(), 1u);
  EXPECT_EQ(f[0].evidence[0].text, "The Red Column broke away from Jaish Tariq last year.");
  auto g = run("A leaked memo revealed that [[the Red Column|ARMED_GROUP|rc]] was financed by "
               "[[the Tamar Foundation|ORG|tf]].");
  r = find(g, RelationType::funded_by, "rc", "tf");
  ASSERT_NE(r, nullptr) << dump(g);
  EXPECT_EQ(r->attributed_to, "A leaked memo");
}

TEST(Relations, DenialIsKeptAsDenied) {
  auto a = run("\"[[We|ARMED_GROUP|aq]] have no direct link with [[Jaish Tariq|ARMED_GROUP|jt]], but "
               "[[we|ARMED_GROUP|aq]] worked with [[them|ARMED_GROUP|jt]] on this,\" said [[Karim Nazir|PERSON|nazir]].");
  const Relation* deny = find(a, RelationType::affiliated_with, "aq", "jt");
  ASSERT_NE(deny, nullptr) << dump(a);
  EXPECT_EQ(deny->polarity, Polarity::denied);
  const Relation* coop = find(a, RelationType::cooperates_with, "aq", "jt");
  ASSERT_NE(coop, nullptr) << dump(a);
  EXPECT_EQ(coop->polarity, Polarity::asserted);
  auto b = run("[[Al Qamar|ARMED_GROUP|aq]] denied cooperating with [[Jaish Tariq|ARMED_GROUP|jt]].");
  ASSERT_FALSE(b.empty());
  for (const auto& r : b) EXPECT_EQ(r.polarity, Polarity::denied) << dump(b);
  auto c = run("[[Al Qamar|ARMED_GROUP|aq]] has never pledged allegiance to [[the Caliphate Front|ARMED_GROUP|cf]].");
  ASSERT_EQ(c.size(), 1u) << dump(c);
  EXPECT_EQ(c[0].polarity, Polarity::denied);
  EXPECT_NE(c[0].id, run("[[Al Qamar|ARMED_GROUP|aq]] has pledged allegiance to "
                         "[[the Caliphate Front|ARMED_GROUP|cf]].")[0].id);
}

TEST(Relations, HedgesQuestionsAndHypotheticalsAreNotAsserted) {
  const char* cases[] = {
      "[[Al Qamar|ARMED_GROUP|aq]] appears to be a natural ally of [[Jaish Tariq|ARMED_GROUP|jt]].",
      "[[Omar Daud|PERSON|daud]] might be eyeing the leadership of [[Jaish Tariq|ARMED_GROUP|jt]].",
      "Did [[Al Qamar|ARMED_GROUP|aq]] work with [[Jaish Tariq|ARMED_GROUP|jt]]?",
      "Asked whether [[Al Qamar|ARMED_GROUP|aq]] had worked with [[Jaish Tariq|ARMED_GROUP|jt]], he smiled.",
      "If [[Al Qamar|ARMED_GROUP|aq]] pledged allegiance to [[Jaish Tariq|ARMED_GROUP|jt]], the war would widen.",
      "[[Al Qamar|ARMED_GROUP|aq]] could soon split from [[Jaish Tariq|ARMED_GROUP|jt]].",
      "[[Al Qamar|ARMED_GROUP|aq]] is reportedly funded by [[the Tamar Foundation|ORG|tf]].",
      "[[Al Qamar|ARMED_GROUP|aq]] is exploring relations with [[Jaish Tariq|ARMED_GROUP|jt]].",
      "[[Al Qamar|ARMED_GROUP|aq]] will work with [[Jaish Tariq|ARMED_GROUP|jt]] from now on.",
  };
  for (const char* c : cases) {
    auto rs = run(c);
    for (const auto& r : rs) EXPECT_NE(r.polarity, Polarity::asserted) << c << " -> " << dump(rs);
  }
}

TEST(Relations, SubjectIsTheGroupItself) {
  auto a = run("Some [[Red Column|ARMED_GROUP|rc]] fighters have sworn allegiance to [[the Caliphate Front|ARMED_GROUP|cf]].");
  EXPECT_EQ(find(a, RelationType::pledged_allegiance_to, "rc", "cf"), nullptr) << "fighters are not the group: " << dump(a);
  auto b = run("Militants in [[Northland|GPE|northland]] and [[Southland|GPE|southland]] have pledged allegiance to "
               "[[the Caliphate Front|ARMED_GROUP|cf]].");
  EXPECT_TRUE(b.empty()) << "names inside a prepositional phrase are not the subject: " << dump(b);
  auto c = run("A breakaway faction of [[the Red Column|ARMED_GROUP|rc]] has pledged support to "
               "[[the Caliphate Front|ARMED_GROUP|cf]].");
  EXPECT_TRUE(c.empty()) << dump(c);
  auto d = run("[[Saif Brigade|ARMED_GROUP|sb]], a breakaway faction of [[the Northern Brigade|ARMED_GROUP|nb]], fled.");
  ASSERT_EQ(d.size(), 1u) << dump(d);
  EXPECT_EQ(d[0].type, RelationType::split_from) << "a breakaway faction is a split, not also a faction";
  auto e = run("[[Ali Vey|PERSON|vey]], a commander of [[the Red Column|ARMED_GROUP|rc]], was captured.");
  ASSERT_EQ(e.size(), 1u) << dump(e);
  EXPECT_EQ(e[0].type, RelationType::member_of) << "'a commander of' is a member";
}

TEST(Relations, HearsayAndTitlesInsideTheSpeaker) {
  auto a = run("Officials dismissed claims that [[Al Qamar|ARMED_GROUP|aq]] was financed by [[the Tamar Foundation|ORG|tf]].");
  const Relation* r = find(a, RelationType::funded_by, "aq", "tf");
  ASSERT_NE(r, nullptr) << dump(a);
  EXPECT_EQ(r->attributed_to, "claims");
  auto b = run("[[Al Qamar|ARMED_GROUP|aq]] is said to be financed by [[the Tamar Foundation|ORG|tf]].");
  for (const auto& x : b) EXPECT_NE(x.polarity, Polarity::asserted) << dump(b);
  auto c = run("[[Al Qamar|ARMED_GROUP|aq]] announced the attack, [[Al Qamar|ARMED_GROUP|aq]]'s spokesman "
               "[[Karim Nazir|PERSON|nazir]] told reporters.");
  r = find(c, RelationType::spokesperson_of, "nazir", "aq");
  ASSERT_NE(r, nullptr) << dump(c);
  EXPECT_EQ(r->attributed_to, "") << "a title inside the speaker's phrase is the outlet's own";
}

TEST(Relations, TitlesFromTheRolesReader) {
  auto a = run("[[Sara Imran|PERSON|imran]], Minister of Law in [[Northland|GPE|northland]], confirmed it.");
  const Relation* r = find(a, RelationType::holds_position, "imran", "northland");
  ASSERT_NE(r, nullptr) << dump(a);
  EXPECT_EQ(r->role, "Minister of Law");
}

TEST(Relations, DatesIdsAndDeterminism) {
  Document d = document_from_markup(
      "[[The Northern Brigade|ARMED_GROUP|nb]] pledged allegiance to [[the Caliphate Front|ARMED_GROUP|cf]] in "
      "mid-October 2014.");
  Timex t;
  size_t pos = d.text.find("mid-October 2014");
  t.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 16)};
  t.value = "2014-10";
  t.mod = "MID";
  t.range = DateRange{{2014, 10, 11}, {2014, 10, 20}, DatePrecision::month};
  d.timexes.push_back(t);
  extractor().extract(d);
  ASSERT_EQ(d.relations.size(), 1u);
  ASSERT_TRUE(d.relations[0].date.has_value());
  EXPECT_EQ(d.relations[0].date->start.m, 10);
  std::string id = d.relations[0].id;
  EXPECT_EQ(id.rfind("rel:", 0), 0u);
  extractor().extract(d);
  ASSERT_EQ(d.relations.size(), 1u);
  EXPECT_EQ(d.relations[0].id, id);
}

TEST(Relations, MetadataAndUnlinkedMentionsAreNeverArguments) {
  Document d = document_from_markup("[[Reuters|ORG|reuters]] worked with [[Jaish Tariq|ARMED_GROUP|jt]].");
  d.mentions[0].metadata = true;
  extractor().extract(d);
  EXPECT_TRUE(d.relations.empty());
  Document e = document_from_markup("[[Al Qamar|ARMED_GROUP|aq]] worked with [[Jaish Tariq|ARMED_GROUP|jt]].");
  e.mentions[1].entity.clear();
  extractor().extract(e);
  EXPECT_TRUE(e.relations.empty());
}

TEST(Relations, StageDeclaresItsLayers) {
  auto s = make_relation_stage_from(std::string(DOSSIER_SOURCE_DIR) + "/resources/relations");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)->writes(), static_cast<uint32_t>(kLayerRelations));
  EXPECT_TRUE((*s)->reads() & kLayerMentions);
  Document d = document_from_markup("[[Al Qamar|ARMED_GROUP|aq]] worked with [[Jaish Tariq|ARMED_GROUP|jt]].");
  (*s)->run(d);
  EXPECT_EQ(d.relations.size(), 1u);
}

TEST(Relations, FirstPersonPluralOfASpokesmanIsTheGroup) {
  // The spokesman's group named in the cue's own apposition.
  auto a = run("\"We have no direct link with [[the Northern Brigade|ARMED_GROUP|nb]], but we carried out the raid "
               "together,\" said [[Omar Dali|PERSON|dali]], spokesman for [[Harakat al-Fajr|ARMED_GROUP|fajr]].");
  const Relation* deny = find(a, RelationType::affiliated_with, "fajr", "nb");
  ASSERT_NE(deny, nullptr) << dump(a);
  EXPECT_EQ(deny->polarity, Polarity::denied);
  EXPECT_EQ(deny->attributed_to, "dali");
  const Relation* coop = find(a, RelationType::cooperates_with, "fajr", "nb");
  ASSERT_NE(coop, nullptr) << dump(a);
  EXPECT_EQ(coop->polarity, Polarity::asserted);
  EXPECT_EQ(coop->attributed_to, "dali");
  // Named as spokesman in an earlier sentence.
  auto b = run("[[Omar Dali|PERSON|dali]], a spokesman for [[Harakat al-Fajr|ARMED_GROUP|fajr]], met reporters. "
               "\"We have worked with [[Jaish Tariq|ARMED_GROUP|jt]] since the spring,\" [[Dali|PERSON|dali]] said.");
  coop = find(b, RelationType::cooperates_with, "fajr", "jt");
  ASSERT_NE(coop, nullptr) << dump(b);
  EXPECT_EQ(coop->attributed_to, "dali");
  // A group speaking for itself.
  auto c = run("[[Harakat al-Fajr|ARMED_GROUP|fajr]] said in a statement: \"We pledge allegiance to "
               "[[the Islamic Emirate Front|ARMED_GROUP|ief]].\"");
  EXPECT_REL(c, pledged_allegiance_to, "fajr", "ief");
  // A speaker of no known group: "we" stays unresolved.
  auto d = run("\"We have worked with [[Jaish Tariq|ARMED_GROUP|jt]],\" said a villager, [[Ali Reza|PERSON|reza]].");
  EXPECT_TRUE(d.empty()) << dump(d);
  // Outside quotes "we" is the writer's, never a group's.
  auto e = run("[[Omar Dali|PERSON|dali]], spokesman for [[Harakat al-Fajr|ARMED_GROUP|fajr]], spoke. We have learned "
               "that many worked with [[Jaish Tariq|ARMED_GROUP|jt]].");
  EXPECT_EQ(find(e, RelationType::cooperates_with, "fajr", "jt"), nullptr) << dump(e);
  // "the spokesman" introduced without a name a sentence before.
  auto f = run("A spokesman for [[Harakat al-Fajr|ARMED_GROUP|fajr]] spoke to reporters on Monday. \"We have no "
               "direct link with [[Jaish Tariq|ARMED_GROUP|jt]],\" the spokesman said.");
  const Relation* deny2 = find(f, RelationType::affiliated_with, "fajr", "jt");
  ASSERT_NE(deny2, nullptr) << dump(f);
  EXPECT_EQ(deny2->polarity, Polarity::denied);
  // ... but not another speaker ("the minister said").
  auto g = run("A spokesman for [[Harakat al-Fajr|ARMED_GROUP|fajr]] spoke to reporters on Monday. \"We have no "
               "direct link with [[Jaish Tariq|ARMED_GROUP|jt]],\" the minister said.");
  EXPECT_EQ(find(g, RelationType::affiliated_with, "fajr", "jt"), nullptr) << dump(g);
}

TEST(Relations, AGroupDescribedFirstAndNamedNext) {
  // News introduces a group by description, then names it in the next sentence.
  auto a = run("A breakaway faction of [[the Dawn Front|ARMED_GROUP|dawn]] has pledged support to "
               "[[Harakat al-Fajr|ARMED_GROUP|fajr]], a spokesman said on Monday. [[Jaish Tariq|ARMED_GROUP|jt]] "
               "announced the decision after a meeting in the hills.");
  EXPECT_REL(a, split_from, "jt", "dawn");
  auto b = run("A faction of [[the Dawn Front|ARMED_GROUP|dawn]] attacked a convoy on Monday. "
               "[[Jaish Tariq|ARMED_GROUP|jt]] later said it would fight on.");
  EXPECT_REL(b, faction_of, "jt", "dawn");
  // Not when the next sentence does not open with a group's name, nor two sentences on.
  auto c = run("A breakaway faction of [[the Dawn Front|ARMED_GROUP|dawn]] attacked a convoy on Monday. Officials "
               "said [[Jaish Tariq|ARMED_GROUP|jt]] was not involved.");
  EXPECT_EQ(find(c, RelationType::split_from, "jt", "dawn"), nullptr) << dump(c);
  auto d = run("A breakaway faction of [[the Dawn Front|ARMED_GROUP|dawn]] attacked a convoy on Monday. The roads "
               "were closed. [[Jaish Tariq|ARMED_GROUP|jt]] said nothing.");
  EXPECT_EQ(find(d, RelationType::split_from, "jt", "dawn"), nullptr) << dump(d);
}

TEST(Relations, AFactionOfAGroupIsTheFactionTheDocumentNames) {
  auto with_faction = [](std::string_view markup, bool add_faction) {
    Document d = document_from_markup(markup);
    Actor parent;
    parent.id = "dawn";
    d.actors.push_back(parent);
    if (add_faction) {
      Actor f;
      f.id = "dawn-north";
      f.parent = "dawn";
      d.actors.push_back(f);
    }
    extractor().extract(d);
    return d.relations;
  };
  const char* text =
      "A faction of the militant group [[the Dawn Front|ARMED_GROUP|dawn]] cooperated with "
      "[[Harakat al-Fajr|ARMED_GROUP|fajr]] in the raid, officials said. Officials blamed "
      "[[the Northern Dawn|ARMED_GROUP|dawn-north]] for the killings.";
  auto a = with_faction(text, true);
  EXPECT_REL(a, cooperates_with, "dawn-north", "fajr");
  EXPECT_EQ(find(a, RelationType::cooperates_with, "dawn", "fajr"), nullptr) << dump(a);
  // No faction of it named: the group stands.
  auto b = with_faction(text, false);
  EXPECT_REL(b, cooperates_with, "dawn", "fajr");
}

TEST(Relations, APronounSpeakerIsTheSpeakerBefore) {
  auto a = run("In March, the director of [[the Interior Agency|STATE_ACTOR|ia]] told lawmakers that "
               "[[the Dawn Front|ARMED_GROUP|dawn]] was growing. He claimed that [[Jaish Tariq|ARMED_GROUP|jt]] was "
               "cooperating with [[the Dawn Front|ARMED_GROUP|dawn]].");
  const Relation* r = find(a, RelationType::cooperates_with, "jt", "dawn");
  ASSERT_NE(r, nullptr) << dump(a);
  EXPECT_EQ(r->attributed_to, "the director of the Interior Agency") << dump(a);
  // With no speaker just before, "he" names nobody.
  auto b = run("The roads were closed. He claimed that [[Jaish Tariq|ARMED_GROUP|jt]] was cooperating with "
               "[[the Dawn Front|ARMED_GROUP|dawn]].");
  const Relation* q = find(b, RelationType::cooperates_with, "jt", "dawn");
  ASSERT_NE(q, nullptr) << dump(b);
  EXPECT_EQ(q->attributed_to, "") << dump(b);
}

TEST(Relations, ObjectLeftToTheContext) {
  // The recipient of a pledge named by the statement before, whose subject
  // was only described.
  auto a = run("A breakaway faction of [[the Red Column|ARMED_GROUP|rc]] has pledged support to "
               "[[the Islamic Emirate Front|ARMED_GROUP|ief]], a spokesman said. [[Jaish Tariq|ARMED_GROUP|jt]] "
               "announced [[its|ARMED_GROUP|jt]] backing after talks with envoys from the south.");
  EXPECT_REL(a, pledged_allegiance_to, "jt", "ief");
  EXPECT_EQ(find(a, RelationType::pledged_allegiance_to, "rc", "ief"), nullptr) << dump(a);
  // Backing for something named right there is not for the earlier recipient.
  auto b = run("[[Al Qamar|ARMED_GROUP|aq]] pledged allegiance to [[the Islamic Emirate Front|ARMED_GROUP|ief]]. "
               "[[Jaish Tariq|ARMED_GROUP|jt]] announced its support for the ceasefire.");
  EXPECT_EQ(find(b, RelationType::pledged_allegiance_to, "jt", "ief"), nullptr) << dump(b);
  // Nothing before: no recipient, no relation.
  auto c = run("[[Jaish Tariq|ARMED_GROUP|jt]] announced its backing on Monday.");
  EXPECT_TRUE(c.empty()) << dump(c);
  // Too far back: the context is the last two sentences.
  auto d = run("[[Al Qamar|ARMED_GROUP|aq]] pledged allegiance to [[the Islamic Emirate Front|ARMED_GROUP|ief]]. "
               "The hills were quiet. Markets opened late. [[Jaish Tariq|ARMED_GROUP|jt]] declared its loyalty.");
  EXPECT_EQ(find(d, RelationType::pledged_allegiance_to, "jt", "ief"), nullptr) << dump(d);
  // "did it together": the one other group of the sentence.
  auto e = run("After the siege of [[the Northern Brigade|ARMED_GROUP|nb]] base, [[Al Qamar|ARMED_GROUP|aq]] said "
               "[[it|ARMED_GROUP|aq]] had planned the raid together.");
  EXPECT_REL(e, cooperates_with, "aq", "nb");
  auto f = run("[[Al Qamar|ARMED_GROUP|aq]] planned the raid together with [[Jaish Tariq|ARMED_GROUP|jt]] and "
               "[[the Red Column|ARMED_GROUP|rc]].");
  EXPECT_REL(f, cooperates_with, "aq", "jt");
  EXPECT_REL(f, cooperates_with, "aq", "rc");
  auto g = run("[[Al Qamar|ARMED_GROUP|aq]] fought together, unlike [[Jaish Tariq|ARMED_GROUP|jt]] and "
               "[[the Red Column|ARMED_GROUP|rc]].");
  EXPECT_EQ(find(g, RelationType::cooperates_with, "aq", "jt"), nullptr) << "two candidates: none " << dump(g);
}

TEST(Relations, NameApposedToTheSubjectBeforeTheVerb) {
  auto a = run("Last month, the largest militant organisation of the Sahel, [[Harakat al-Fajr|ARMED_GROUP|fajr]], swore "
               "allegiance to [[the Islamic Emirate Front|ARMED_GROUP|ief]], in a video.");
  EXPECT_REL(a, pledged_allegiance_to, "fajr", "ief");
  auto b = run("In the north, [[Harakat al-Fajr|ARMED_GROUP|fajr]], a local militia, worked with "
               "[[Jaish Tariq|ARMED_GROUP|jt]].");
  EXPECT_REL(b, cooperates_with, "fajr", "jt");
  auto c = run("Police said, [[Harakat al-Fajr|ARMED_GROUP|fajr]], [[Jaish Tariq|ARMED_GROUP|jt]] and others "
               "were attacked.");
  EXPECT_TRUE(c.empty()) << dump(c);
}

TEST(Relations, PassiveAfterAParticiplesObjectDescribesTheNounBefore) {
  auto a = run("The envoys met a delegation representing [[the Islamic Emirate Front|ARMED_GROUP|ief]] led by "
               "[[Abu Saad|PERSON|saad]].");
  EXPECT_EQ(find(a, RelationType::leader_of, "saad", "ief"), nullptr) << dump(a);
  auto b = run("Police raided the offices of [[the Red Column|ARMED_GROUP|rc]], led by [[Abu Saad|PERSON|saad]].");
  EXPECT_REL(b, leader_of, "saad", "rc");
}

// "the X faction of Y, led by Z": Z leads the faction, not the group it belongs to; "the offices
// of Y, led by Z" stays Y's.
TEST(Relations, FactionOfAGroupLedBySomeoneIsTheFactionsLeader) {
  auto a =
      run("The [[Saif Brigade|ARMED_GROUP|sb]] faction of [[the Northern Brigade|ARMED_GROUP|nb]], led by "
          "[[Abu Saad|PERSON|saad]], is active in the area.");
  EXPECT_REL(a, leader_of, "saad", "sb");
  EXPECT_EQ(find(a, RelationType::leader_of, "saad", "nb"), nullptr) << dump(a);
  auto b =
      run("Police raided the offices of [[the Red Column|ARMED_GROUP|rc]], led by [[Abu Saad|PERSON|saad]].");
  EXPECT_REL(b, leader_of, "saad", "rc");
}

TEST(Relations, RelativeClauseAsideIsTheOutletsOwnVoice) {
  auto a = run("Local fighters said they owed loyalty to [[Sheikh Karim|PERSON|karim]], who has close ties to "
               "[[the Red Column|ARMED_GROUP|rc]].");
  const Relation* r = find(a, RelationType::affiliated_with, "karim", "rc");
  ASSERT_NE(r, nullptr) << dump(a);
  EXPECT_EQ(r->attributed_to, "");
  auto b = run("Officials said [[the Red Column|ARMED_GROUP|rc]] is financed by [[the Tamar Foundation|ORG|tf]], "
               "which denies it.");
  r = find(b, RelationType::funded_by, "rc", "tf");
  ASSERT_NE(r, nullptr) << dump(b);
  EXPECT_EQ(r->attributed_to, "Officials") << "a relative clause after the object does not change the source";
}

TEST(Relations, SpeakerIsTheNameInTheSpeakersOwnPhrase) {
  auto a = run("[[Jaish Tariq|ARMED_GROUP|jt]] cooperated with envoys sent by [[Abu Saad|PERSON|saad]] and "
               "[[the Red Column|ARMED_GROUP|rc]], the group's spokesman [[Karim Nazir|PERSON|nazir]] told reporters.");
  const Relation* r = find(a, RelationType::cooperates_with, "jt", "rc");
  if (r) {
    EXPECT_EQ(r->attributed_to, "nazir") << dump(a);
  }
  for (const auto& x : a) EXPECT_NE(x.attributed_to, "saad") << dump(a);
}

TEST(Relations, NameRunningIntoAnotherNameIsAPieceOfIt) {
  auto a = run("\"They have money,\" said [[Sami Noor|PERSON|noor]] of the think tank [[Delta|ORG|delta]] "
               "[[Policy Institute|ORG|pi]].");
  EXPECT_EQ(find(a, RelationType::member_of, "noor", "delta"), nullptr) << dump(a);
}

TEST(Relations, AppositionsAgesListsAndParentheses) {
  auto a = run("[[Omar Daud|PERSON|daud]], 41, military leader of [[Jaish Tariq|ARMED_GROUP|jt]], was buried on Friday.");
  EXPECT_REL(a, leader_of, "daud", "jt");
  auto b = run("The ruling was criticised by [[Omar Daud|PERSON|daud]] ([[Jaish Tariq|ARMED_GROUP|jt]] leader) in a "
               "radio interview.");
  EXPECT_REL(b, leader_of, "daud", "jt");
  auto c = run("[[Omar Daud|PERSON|daud]], detained in the capital and one of the leaders of "
               "[[Jaish Tariq|ARMED_GROUP|jt]], refused to speak.");
  EXPECT_REL(c, leader_of, "daud", "jt");
  auto d = run("The panel includes [[Sara Imran|PERSON|imran]], [[Ali Reza|PERSON|reza]] and "
               "[[Omar Daud|PERSON|daud]], director of [[the Tamar Foundation|ORG|tf]].");
  EXPECT_REL(d, holds_position, "daud", "tf");
  EXPECT_EQ(find(d, RelationType::holds_position, "imran", "tf"), nullptr) << "the apposition is the last name's: " << dump(d);
  EXPECT_EQ(find(d, RelationType::holds_position, "reza", "tf"), nullptr) << dump(d);
  auto e = run("[[Sara Imran|PERSON|imran]] and [[Ali Reza|PERSON|reza]], members of [[Jaish Tariq|ARMED_GROUP|jt]], "
               "were freed.");
  EXPECT_REL(e, member_of, "imran", "jt");
  EXPECT_REL(e, member_of, "reza", "jt");
}

TEST(Relations, PositionsStatedWithBe) {
  auto a = run("Until last year [[Ali Reza|PERSON|reza]] was the director of [[the Tamar Foundation|ORG|tf]].");
  const Relation* r = find(a, RelationType::holds_position, "reza", "tf");
  ASSERT_NE(r, nullptr) << dump(a);
  EXPECT_EQ(r->role, "director");
  auto b = run("Officials said [[Ali Reza|PERSON|reza]] was deputy chief of [[Jaish Tariq|ARMED_GROUP|jt]].");
  EXPECT_REL(b, holds_position, "reza", "jt");
  EXPECT_EQ(find(b, RelationType::leader_of, "reza", "jt"), nullptr) << dump(b);
}

TEST(Relations, QuotedNamesHedgedSubjectsAndPromises) {
  auto a = run("The militia is financed by the \"[[Tamar Foundation|ORG|tf]]\" and its friends.");
  EXPECT_EQ(a.size(), 0u) << "the militia is no mention: " << dump(a);
  auto b = run("[[Al Qamar|ARMED_GROUP|aq]] is financed by the \"[[Tamar Foundation|ORG|tf]]\", police said.");
  EXPECT_REL(b, funded_by, "aq", "tf");
  auto c = run("The minister said this alleged [[Al Qamar|ARMED_GROUP|aq]] cell has no ties with "
               "[[Jaish Tariq|ARMED_GROUP|jt]].");
  const Relation* r = find(c, RelationType::affiliated_with, "aq", "jt");
  if (r) {
    EXPECT_EQ(r->polarity, Polarity::denied) << dump(c);
  }
  auto d = run("The minister said the alleged [[Al Qamar|ARMED_GROUP|aq]] has no ties with [[Jaish Tariq|ARMED_GROUP|jt]].");
  r = find(d, RelationType::affiliated_with, "aq", "jt");
  ASSERT_NE(r, nullptr) << "an adjective on the subject hedges nothing: " << dump(d);
  EXPECT_EQ(r->polarity, Polarity::denied);
  auto e = run("[[Al Qamar|ARMED_GROUP|aq]] agreed to work together with [[Jaish Tariq|ARMED_GROUP|jt]].");
  for (const auto& x : e) EXPECT_NE(x.polarity, Polarity::asserted) << "a promise is no relation yet: " << dump(e);
}

TEST(Relations, WhatAGroupSaysItDidIsTheGroups) {
  auto a = run("[[Saif Brigade|ARMED_GROUP|sb]] said it had sworn allegiance to "
               "[[the Islamic Emirate Front|ARMED_GROUP|ief]].");
  const Relation* r = find(a, RelationType::pledged_allegiance_to, "sb", "ief");
  ASSERT_NE(r, nullptr) << dump(a);
  EXPECT_EQ(r->attributed_to, "sb");
  auto b = run("[[Omar Dali|PERSON|dali]] said it had sworn allegiance to [[the Islamic Emirate Front|ARMED_GROUP|ief]].");
  EXPECT_TRUE(b.empty()) << "a person's 'it' is not the person: " << dump(b);
  auto c = run("[[Saif Brigade|ARMED_GROUP|sb]], a militia that broke away from [[the Eastern Front|ARMED_GROUP|ef]], "
               "attacked the town.");
  EXPECT_REL(c, split_from, "sb", "ef");
}

TEST(Relations, HisGroupInASpokesmansWordsIsTheGroupHeSpeaksFor) {
  auto a = run("A spokesman for [[Katiba Nour|ARMED_GROUP|nour]], a faction of [[the Red Dawn Cell|ARMED_GROUP|rdc]], "
               "told reporters that his group had carried out the attack together with "
               "[[the Sahel Brigades|ARMED_GROUP|sahel]].");
  EXPECT_REL(a, cooperates_with, "nour", "sahel");
  EXPECT_EQ(find(a, RelationType::cooperates_with, "rdc", "sahel"), nullptr) << dump(a);
  auto b = run("A farmer told reporters that his group had worked with [[the Sahel Brigades|ARMED_GROUP|sahel]].");
  EXPECT_TRUE(b.empty()) << "no group to speak for: " << dump(b);
}

TEST(Relations, TitleThenNameThenTitleAgainIsOnePerson) {
  auto a = run("On Monday [[Northland's army|STATE_ACTOR|nl-army]] chief warned the rebels. \"We will not stop,\" "
               "[[General Sami Noor|PERSON|noor]] said at a parade. Markets stayed closed. \"The border is safe,\" the "
               "army chief said.");
  const Relation* r = find(a, RelationType::holds_position, "noor", "nl-army");
  ASSERT_NE(r, nullptr) << dump(a);
  EXPECT_EQ(r->role, "army chief");
  EXPECT_EQ(r->evidence.size(), 2u);
  // Two people speak in between: which one is the chief is not said.
  auto b = run("On Monday [[Northland's army|STATE_ACTOR|nl-army]] chief warned the rebels. \"We will not stop,\" "
               "[[General Sami Noor|PERSON|noor]] said. \"Talks failed,\" [[Ali Reza|PERSON|reza]] said. "
               "\"The border is safe,\" the army chief said.");
  EXPECT_TRUE(b.empty()) << dump(b);
  // Without the title coming back, a name after a title is no holder of it.
  auto c = run("On Monday [[Northland's army|STATE_ACTOR|nl-army]] chief warned the rebels. \"We will not stop,\" "
               "[[General Sami Noor|PERSON|noor]] said at a parade.");
  EXPECT_TRUE(c.empty()) << dump(c);
}

// "Iraqi Ambassador to Pakistan X", "Punjab Law Minister X": no mention names the body the office
// belongs to; the entity stage records it in the person's roles, and the relation takes it. Only
// for an office, and only for the body read off the place.
TEST(Relations, AnOfficeReadOffAPlaceIsHeldInTheBodyThePersonsRoleNames) {
  const std::string place = "[[Northland|GPE|place:northland]]", person = "[[Sara Imran|PERSON|imran]]";
  auto make = [](const std::string& markup, bool with_role) {
    Document d = document_from_markup(markup);
    // Northland is a place, not an actor: the office is its government's.
    std::erase_if(d.actors, [](const Actor& a) { return a.id == "place:northland"; });
    d.places.push_back({"place:northland", "Northland", PlaceKind::country, "NL", "", 10.0, 10.0, {}, ""});
    auto roles = find_roles(d);
    Actor gov;
    gov.id = roles.empty() ? "actor:nl-government" : roles.front().org_id;
    gov.name = "Government of Northland";
    gov.kind = ActorKind::state_actor;
    d.actors.push_back(gov);
    for (auto& a : d.actors)
      if (a.id == "imran" && with_role)
        for (const auto& r : roles) a.roles.push_back({r.title, gov.id, d.meta.id});
    extractor().extract(d);
    return std::make_tuple(d.relations, roles, gov.id);
  };
  auto [rels, roles, gov] = make("The " + place + " Law Minister " + person + " met reporters.", true);
  ASSERT_FALSE(roles.empty());
  const Relation* r = find(rels, RelationType::holds_position, "imran", gov);
  ASSERT_NE(r, nullptr) << dump(rels);
  EXPECT_EQ(r->role, roles.front().title);
  auto [bare, unused, gov2] = make("The " + place + " Law Minister " + person + " met reporters.", false);
  EXPECT_EQ(find(bare, RelationType::holds_position, "imran", gov2), nullptr)
      << "with no role recorded, no body is invented: " << dump(bare);
  auto [analyst, analyst_roles, gov3] = make("The " + place + " analyst " + person + " met reporters.", true);
  ASSERT_FALSE(analyst_roles.empty()) << "the roles reader must read the title for this case to test the filter";
  EXPECT_EQ(find(analyst, RelationType::holds_position, "imran", gov3), nullptr)
      << "an analyst holds no office in the state: " << dump(analyst);
  auto [owned, owned_roles, gov4] =
      make(person + ", president of " + place + "'s Merchants Chamber, met reporters.", true);
  ASSERT_FALSE(owned_roles.empty()) << "the roles reader must read the title for this case to test the filter";
  EXPECT_EQ(find(owned, RelationType::holds_position, "imran", gov4), nullptr)
      << "the place owns another body, which is not the state: " << dump(owned);
}

// Runs the stage on markup after giving each person in `holders` the role (the entity stage's
// reading of the document).
std::vector<Relation> run_with_role(std::string_view markup, const std::vector<std::string>& holders,
                                    const Role& role) {
  Document d = document_from_markup(markup);
  for (auto& a : d.actors)
    if (std::find(holders.begin(), holders.end(), a.id) != holders.end()) a.roles.push_back(role);
  extractor().extract(d);
  return d.relations;
}

// "the group's spokesman told reporters": the speaker is the person the document gives as that
// group's spokesman, when it gives exactly one.
TEST(Relations, TheGroupsSpokesmanIsTheSpokesmanTheDocumentNames) {
  const std::string text =
      "[[Al Qamar|ARMED_GROUP|aq]] worked with [[Jaish Tariq|ARMED_GROUP|jt]] in the attack, "
      "[[the group|ARMED_GROUP|aq]]'s spokesman told reporters. [[Karim Nazir|PERSON|nazir]] and "
      "[[Omar Daud|PERSON|daud]] were seen in the town.";
  const Role spokesman{"spokesman", "aq", "doc:test"};
  auto one = run_with_role(text, {"nazir"}, spokesman);
  const Relation* r = find(one, RelationType::cooperates_with, "aq", "jt");
  ASSERT_NE(r, nullptr) << dump(one);
  EXPECT_EQ(r->attributed_to, "nazir");
  auto two = run_with_role(text, {"nazir", "daud"}, spokesman);
  r = find(two, RelationType::cooperates_with, "aq", "jt");
  ASSERT_NE(r, nullptr) << dump(two);
  EXPECT_EQ(r->attributed_to, "the group's spokesman") << "two spokesmen: the words, not a guess";
}

// "the army chief said": the speaker is the one person the document gives that exact title.
TEST(Relations, TheTitleIsThePersonTheDocumentGivesIt) {
  const std::string text =
      "[[Al Qamar|ARMED_GROUP|aq]] is funded by [[Jaish Tariq|ARMED_GROUP|jt]], the army chief said. "
      "[[Karim Nazir|PERSON|nazir]] and [[Omar Daud|PERSON|daud]] were seen in the town.";
  const Role chief{"Army Chief", "northland-army", "doc:test"};
  auto one = run_with_role(text, {"nazir"}, chief);
  const Relation* r = find(one, RelationType::funded_by, "aq", "jt");
  ASSERT_NE(r, nullptr) << dump(one);
  EXPECT_EQ(r->attributed_to, "nazir");
  auto two = run_with_role(text, {"nazir", "daud"}, chief);
  r = find(two, RelationType::funded_by, "aq", "jt");
  ASSERT_NE(r, nullptr) << dump(two);
  EXPECT_EQ(r->attributed_to, "the army chief");
  auto none = run_with_role(text, {}, chief);
  r = find(none, RelationType::funded_by, "aq", "jt");
  ASSERT_NE(r, nullptr) << dump(none);
  EXPECT_EQ(r->attributed_to, "the army chief");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// The document of `markup` with `surface` (its first occurrence) added as a nominal mention of
// `entity`, as the entity stage's coreference adds descriptions.
Document with_description(std::string_view markup, std::string_view surface, MentionType type,
                          const std::string& entity) {
  Document d = document_from_markup(markup);
  size_t at = d.text.find(surface);
  EXPECT_NE(at, std::string::npos) << surface;
  Mention m;
  m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
  m.type = type;
  m.form = MentionForm::nominal;
  m.entity = entity;
  d.mentions.push_back(m);
  std::stable_sort(d.mentions.begin(), d.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  return d;
}

std::vector<std::string> keys(const std::vector<Relation>& rs) {
  std::vector<std::string> out;
  for (const auto& r : rs)
    out.push_back(std::string(to_string(r.type)) + " " + r.subject + " " + r.object + " " + r.attributed_to);
  std::sort(out.begin(), out.end());
  return out;
}

// A description that introduces a name ("A splinter group of X", "the banned group X", "an X
// faction, Y") and a definite title standing for a person ("the army chief said") are mentions
// now; the patterns still read their words, so the relations stay what the words say.
TEST(Relations, DescriptionsBeforeANameAndTitlesAreReadAsWords) {
  const std::string lede =
      "A splinter group of [[the Dawn Front|ARMED_GROUP|dawn]] has pledged support to "
      "[[Harakat al-Fajr|ARMED_GROUP|fajr]], a spokesman said on Monday. [[Jaish Tariq|ARMED_GROUP|jt]] "
      "announced the decision after a meeting in the hills.";
  Document plain = document_from_markup(lede);
  extractor().extract(plain);
  Document described = with_description(lede, "A splinter group", MentionType::ARMED_GROUP, "jt");
  extractor().extract(described);
  EXPECT_REL(described.relations, split_from, "jt", "dawn");
  EXPECT_EQ(keys(described.relations), keys(plain.relations));

  const std::string faction = "Officials blamed an [[LeJ|ARMED_GROUP|lej]] faction, [[Al Alami|ARMED_GROUP|alami]], "
                              "for the raid.";
  Document f = with_description(faction, "an LeJ faction", MentionType::ARMED_GROUP, "alami");
  extractor().extract(f);
  EXPECT_REL(f.relations, faction_of, "alami", "lej");

  // A description before a comma and another actor's name is still an argument.
  Document sp = with_description("A spokesman of the group, [[Qari Nadeem|PERSON|nadeem]], told reporters. ",
                                 "the group", MentionType::ARMED_GROUP, "dawn");
  extractor().extract(sp);
  EXPECT_REL(sp.relations, spokesperson_of, "nadeem", "dawn");

  const std::string chief =
      "On Monday [[Northland's army|STATE_ACTOR|nl-army]] chief warned the rebels. \"We will not stop,\" "
      "[[General Sami Noor|PERSON|noor]] said at a parade. Markets stayed closed. \"The border is safe,\" the "
      "army chief said.";
  Document c = with_description(chief, "the army chief", MentionType::PERSON, "noor");
  extractor().extract(c);
  const Relation* r = find(c.relations, RelationType::holds_position, "noor", "nl-army");
  ASSERT_NE(r, nullptr) << dump(c.relations);
  EXPECT_EQ(r->role, "army chief");
}

// "X of the think tank Y": the roles reader gives X a role in Y with no title; that is an
// affiliation, not an office.
TEST(Relations, APersonOfAnOrganisationIsAffiliatedWithIt) {
  auto a = run("\"Nobody expected it,\" said [[Tariq Hameed|PERSON|person:tariq-hameed]] of the Lahore-based think "
               "tank [[South Asia Policy Institute|ORG|actor:sapi]].");
  EXPECT_REL(a, affiliated_with, "person:tariq-hameed", "actor:sapi");
  EXPECT_EQ(find(a, RelationType::holds_position, "person:tariq-hameed", "actor:sapi"), nullptr) << dump(a);
  auto b = run("\"Nobody expected it,\" said [[Tariq Hameed|PERSON|person:tariq-hameed]] of "
               "[[Lahore|GPE|place:lahore]].");
  EXPECT_TRUE(b.empty()) << dump(b);
}

// "Its spokesman, X, said the raid was revenge ...": the name between commas speaks; what follows
// the verb is what was said, no source. A speaker after the verb ("..., said X") still is. Invented.
TEST(Relations, ANameBetweenCommasBeforeSaidIsTheSpeaker) {
  auto a =
      run("[[Al Qamar|ARMED_GROUP|aq]] claimed the raid. [[Its|ARMED_GROUP|aq]] spokesman, [[Karim "
          "Nazir|PERSON|nazir]], "
          "said the raid was revenge for the killing of its commanders.");
  const Relation* r = find(a, RelationType::spokesperson_of, "nazir", "aq");
  ASSERT_NE(r, nullptr) << dump(a);
  EXPECT_EQ(r->attributed_to.find("revenge"), std::string::npos) << dump(a);
  auto b =
      run("[[Al Qamar|ARMED_GROUP|aq]] is now led by [[Omar Daud|PERSON|daud]], said [[Karim "
          "Nazir|PERSON|nazir]].");
  r = find(b, RelationType::leader_of, "daud", "aq");
  ASSERT_NE(r, nullptr) << dump(b);
  EXPECT_EQ(r->attributed_to, "nazir") << dump(b);
}

}  // namespace
}  // namespace dossier
