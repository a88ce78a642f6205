// The entity stage on short sentences written for these tests: linking, factions, unknown
// names, coreference, metadata exclusion and roles.
#include "entities/entity_stage.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "entities/roles.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"
#include "fixtures.h"
#include "text/tokenizer.h"

namespace dossier {
namespace {

const ActorLexicon& lexicon() { return test::actor_lexicon(); }
const PlaceGazetteer* gazetteer() { return test::place_gazetteer(); }

Document analyse(const std::string& text, const PlaceGazetteer* places = nullptr, const std::string& id = "doc:t1") {
  Document d;
  d.meta.id = id;
  d.text = text;
  d.body.push_back({0, static_cast<uint32_t>(text.size())});
  tokenize(d);
  split_sentences(d);
  make_entity_stage(lexicon(), places, nullptr)->run(d);
  return d;
}

// The entity of the first mention whose text is exactly `surface` ("" if none / unlinked).
std::string entity_of(const Document& d, std::string_view surface, int nth = 0) {
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == surface && nth-- == 0) return m.entity;
  return "<no mention>";
}

const Mention* mention(const Document& d, std::string_view surface) {
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == surface) return &m;
  return nullptr;
}

TEST(EntityStage, AliasesLinkToOneActor) {
  auto d = analyse("Daesh claimed the raid. ISIS fighters, loyal to the Islamic State, fled. I.S. denied it.");
  EXPECT_EQ(entity_of(d, "Daesh"), "actor:islamic-state");
  EXPECT_EQ(entity_of(d, "ISIS"), "actor:islamic-state");
  EXPECT_EQ(entity_of(d, "Islamic State"), "actor:islamic-state");
  EXPECT_EQ(entity_of(d, "I.S."), "actor:islamic-state");
  const Actor* a = d.find_actor("actor:islamic-state");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::armed_group);
  EXPECT_EQ(a->documents, std::vector<std::string>{"doc:t1"});
  EXPECT_NE(std::find(a->aliases.begin(), a->aliases.end(), "I.S."), a->aliases.end());
}

TEST(EntityStage, FactionsStayApartAndKeepTheirParent) {
  auto d = analyse("Officials blamed Lashkar-e-Jhangvi. A spokesman for LeJ Al-Alami said the Taliban and the "
                   "Pakistani Taliban were not involved, nor was al-Qaeda or the al-Nusra Front.");
  EXPECT_EQ(entity_of(d, "Lashkar-e-Jhangvi"), "actor:lashkar-e-jhangvi");
  EXPECT_EQ(entity_of(d, "LeJ Al-Alami"), "actor:lashkar-e-jhangvi-al-alami");
  EXPECT_EQ(entity_of(d, "Taliban"), "actor:taliban");
  EXPECT_EQ(entity_of(d, "Pakistani Taliban"), "actor:tehrik-i-taliban-pakistan");
  EXPECT_EQ(entity_of(d, "al-Qaeda"), "actor:al-qaeda");
  EXPECT_EQ(entity_of(d, "al-Nusra Front"), "actor:nusra-front");
  const Actor* f = d.find_actor("actor:lashkar-e-jhangvi-al-alami");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->parent, "actor:lashkar-e-jhangvi");
  EXPECT_EQ(d.find_actor("actor:nusra-front")->parent, "actor:al-qaeda");
}

TEST(EntityStage, SharedNameResolvedByCountryContext) {
  auto d = analyse("Iran's Revolutionary Guards said Jundallah attacked a convoy near the border.");
  EXPECT_EQ(entity_of(d, "Jundallah"), "actor:jundallah-iran");
  d = analyse("Pakistani authorities said Jundallah attacked a church.");
  EXPECT_EQ(entity_of(d, "Jundallah"), "actor:jundallah-pakistan");
}

TEST(EntityStage, ShortAcronymsNeedGround) {
  // Tickers and companies share letters with small national groups.
  auto d = analyse("Shares of CTS rose 5 pct on Monday, and ANA said fares would rise.");
  EXPECT_EQ(mention(d, "CTS"), nullptr);
  EXPECT_EQ(mention(d, "ANA"), nullptr);
  // With the country in view they are the groups.
  d = analyse("Iraqi officials said CTS units entered Mosul. Afghan officials said the ANA held Kunduz.");
  EXPECT_EQ(entity_of(d, "CTS"), "actor:iq-cts");
  EXPECT_EQ(entity_of(d, "ANA"), "actor:af-ana");
  // Groups without a country (ISIS) and acronyms of groups named in full need nothing.
  d = analyse("Shares fell after ISIS claimed it. Lashkar-e-Jhangvi (LeJ) denied it.");
  EXPECT_EQ(entity_of(d, "ISIS"), "actor:islamic-state");
  EXPECT_EQ(entity_of(d, "LeJ"), "actor:lashkar-e-jhangvi");
}

TEST(EntityStage, UnknownGroupsGetTheSameIdInEveryDocument) {
  auto a = analyse("The Free Kalat Liberation Front claimed the bombing.", nullptr, "doc:a");
  auto b = analyse("Police arrested two members of the Free Kalat Liberation Front.", nullptr, "doc:b");
  std::string ia = entity_of(a, "Free Kalat Liberation Front");
  EXPECT_EQ(ia, "actor:free-kalat-liberation-front");
  EXPECT_EQ(ia, entity_of(b, "Free Kalat Liberation Front"));
  ASSERT_NE(a.find_actor(ia), nullptr);
  EXPECT_EQ(a.find_actor(ia)->kind, ActorKind::armed_group);
}

TEST(EntityStage, SurnameAndDescriptionsCorefer) {
  auto d = analyse(
      "Hasan Qadri, spokesman for Jaish-e-Mohammed, said the group would fight on. "
      "Qadri declined to say more. \"We will continue,\" he said.");
  std::string p = entity_of(d, "Hasan Qadri");
  EXPECT_EQ(p, "person:hasan-qadri");
  EXPECT_EQ(entity_of(d, "Qadri"), p);
  EXPECT_EQ(entity_of(d, "the group"), "actor:jaish-e-mohammed");
  const Mention* g = mention(d, "the group");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->form, MentionForm::nominal);
  EXPECT_EQ(entity_of(d, "he"), p);
}

TEST(EntityStage, ItsLeaderAndTheLatter) {
  auto d = analyse(
      "Police raided a hideout of Lashkar-e-Taiba in Lahore. In a blow to the group, Imran Baig, its leader, "
      "was arrested. Hizbul Mujahideen condemned the raid and al-Badr praised it. The latter also has contacts "
      "with Hamas.");
  EXPECT_EQ(entity_of(d, "the group"), "actor:lashkar-e-taiba");
  EXPECT_EQ(entity_of(d, "its"), "actor:lashkar-e-taiba");
  EXPECT_EQ(entity_of(d, "The latter"), "actor:al-badr");
  const Actor* leader = d.find_actor("person:imran-baig");
  ASSERT_NE(leader, nullptr);
  ASSERT_FALSE(leader->roles.empty());
  EXPECT_EQ(leader->roles[0].title, "leader");
  EXPECT_EQ(leader->roles[0].of, "actor:lashkar-e-taiba");
}

TEST(EntityStage, UnclearDescriptionsStayUnresolved) {
  // Two groups with equal weight: "the group" could be either.
  auto d = analyse("Hamas and Hezbollah met in Beirut. Officials said the group was armed.");
  EXPECT_EQ(mention(d, "the group"), nullptr);
}

// "the al Qaeda-linked group" is a group linked to al Qaeda, not al Qaeda: the name is a
// modifier, no antecedent of "its", and the description is the group the story is about, even
// when it was last named several sentences before.
TEST(EntityStage, HyphenatedModifierNameIsNotTheGroupDescribed) {
  auto d = analyse(
      "Al-Shabaab gunmen stormed a hotel in Mogadishu. Police said 20 people died. Many were guests. "
      "Others were staff. The al Qaeda-linked group said its fighters carried out the attack.");
  const Mention* name = mention(d, "al Qaeda");
  ASSERT_NE(name, nullptr);
  EXPECT_TRUE(name_as_modifier(d, *name));
  EXPECT_EQ(entity_of(d, "The al Qaeda-linked group"), "actor:al-shabaab");
  EXPECT_EQ(entity_of(d, "its"), "actor:al-shabaab");
  // Not a modifier: the name stands alone, or a hyphen joins another word ("al Qaeda-al-Shabaab").
  auto plain = analyse("Al Qaeda said its fighters carried out the attack.");
  const Mention* alone = mention(plain, "Al Qaeda");
  ASSERT_NE(alone, nullptr);
  EXPECT_FALSE(name_as_modifier(plain, *alone));
  EXPECT_EQ(entity_of(plain, "its"), "actor:al-qaeda");
}

// "the Islamic State's Afghan affiliate" is the one part of IS the lexicon places in Afghanistan;
// a country with no such part, or several, leaves the description unresolved.
TEST(EntityStage, PossessorsCountryPartIsThatAffiliate) {
  auto d =
      analyse("A day after the blast, the Islamic State's Afghan affiliate claimed the attack.", gazetteer());
  EXPECT_EQ(entity_of(d, "Afghan affiliate"), "actor:islamic-state-khorasan-province");
  auto none = analyse("The Islamic State's Icelandic affiliate claimed the attack.", gazetteer());
  EXPECT_EQ(mention(none, "Icelandic affiliate"), nullptr);
}

TEST(EntityStage, BylinesCreditsAndOutletsAreMetadata) {
  std::string text =
      "By Omar Farooqui\n\nA wounded cadet in hospital. REUTERS/Nadia Karimi\n\n"
      "Militants of Lashkar-e-Jhangvi attacked the academy, a spokesman told Reuters. Tariq Aziz—AFP\n";
  Document d;
  d.meta.id = "doc:m";
  d.meta.authors = {"Omar Farooqui"};
  d.text = text;
  d.body.push_back({0, static_cast<uint32_t>(text.size())});
  tokenize(d);
  split_sentences(d);
  make_entity_stage(lexicon(), nullptr, nullptr)->run(d);
  for (std::string_view name : {"Omar Farooqui", "Nadia Karimi", "Reuters", "Tariq Aziz"}) {
    const Mention* m = mention(d, name);
    ASSERT_NE(m, nullptr) << name;
    EXPECT_TRUE(m->metadata) << name;
    EXPECT_TRUE(m->entity.empty()) << name;
  }
  for (const auto& a : d.actors) {
    EXPECT_EQ(a.name.find("Farooqui"), std::string::npos);
    EXPECT_EQ(a.name.find("Karimi"), std::string::npos);
    EXPECT_NE(a.id, "actor:reuters");
  }
  EXPECT_EQ(entity_of(d, "Lashkar-e-Jhangvi"), "actor:lashkar-e-jhangvi");
  EXPECT_FALSE(mention(d, "Lashkar-e-Jhangvi")->metadata);
}

TEST(EntityStage, MentionsOutsideTheBodyAreMetadata) {
  std::string text = "Related: Hezbollah news\n\nHamas fired rockets.";
  Document d;
  d.text = text;
  d.body.push_back({static_cast<uint32_t>(text.find("Hamas")), static_cast<uint32_t>(text.size())});
  tokenize(d);
  split_sentences(d);
  make_entity_stage(lexicon(), nullptr, nullptr)->run(d);
  ASSERT_NE(mention(d, "Hezbollah"), nullptr);
  EXPECT_TRUE(mention(d, "Hezbollah")->metadata);
  EXPECT_FALSE(mention(d, "Hamas")->metadata);
  EXPECT_EQ(d.find_actor("actor:hezbollah"), nullptr);
}

// The headline, outside the body, names the story's groups: a known group there is linked but
// stays metadata; an outlet or a person there links to nothing.
TEST(EntityStage, AKnownGroupInTheHeadlineIsLinkedButStaysMetadata) {
  Document d;
  d.meta.id = "doc:headline";
  d.meta.title = "Jundallah pledges support to Daesh, Reuters reports";
  d.text = d.meta.title + "\n\nBy Karim Nazir\n\nThe group announced its backing on Monday.";
  d.body.push_back({static_cast<uint32_t>(d.text.find("The group")), static_cast<uint32_t>(d.text.size())});
  tokenize(d);
  split_sentences(d);
  make_entity_stage(lexicon(), nullptr, nullptr)->run(d);
  const Mention* j = mention(d, "Jundallah");
  ASSERT_NE(j, nullptr);
  EXPECT_TRUE(j->metadata);
  EXPECT_FALSE(j->entity.empty());
  EXPECT_EQ(entity_of(d, "Daesh"), "actor:islamic-state");
  ASSERT_NE(d.find_actor("actor:islamic-state"), nullptr);
  if (const Mention* r = mention(d, "Reuters")) {
    EXPECT_TRUE(r->entity.empty());
  }
  EXPECT_EQ(d.find_actor("actor:reuters"), nullptr);
  if (const Mention* k = mention(d, "Karim Nazir")) {
    EXPECT_TRUE(k->entity.empty());
  }
}

TEST(EntityStage, RolesFromTitlesAndAppositions) {
  auto d = analyse(
      "Daesh leader Abu Bakr al-Baghdadi spoke. \"We won,\" said Ali Rahimi, spokesman for LeJ Al-Alami. "
      "A bomb hit the convoy of the Deputy Chairman of Pakistan's Senate, Abdul Karim Haidar.");
  auto roles = find_roles(d);
  auto has = [&](const std::string& person, const std::string& title, const std::string& org) {
    for (const auto& r : roles)
      if (r.person_id == person && r.title == title && r.org_id == org) return true;
    return false;
  };
  EXPECT_TRUE(has("person:abu-bakr-al-baghdadi", "leader", "actor:islamic-state"));
  EXPECT_TRUE(has("person:ali-rahimi", "spokesman", "actor:lashkar-e-jhangvi-al-alami"));
  EXPECT_TRUE(has("person:abdul-karim-haidar", "Deputy Chairman", "actor:pk-senate"));
  const Actor* a = d.find_actor("person:ali-rahimi");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::person);
  ASSERT_EQ(a->roles.size(), 1u);
  EXPECT_EQ(a->roles[0].of, "actor:lashkar-e-jhangvi-al-alami");
}

TEST(EntityStage, MilitaryRankTakesTheArmyTheDocumentNamed) {
  auto d = analyse("The Pakistani army has launched an offensive. \"We will not stop,\" General Asif Raza said.");
  const Actor* a = d.find_actor("person:asif-raza");
  ASSERT_NE(a, nullptr);
  ASSERT_EQ(a->roles.size(), 1u);
  EXPECT_EQ(a->roles[0].title, "General");
  EXPECT_EQ(a->roles[0].of, "actor:pk-army");
  // A bare rank with no army named records nothing.
  d = analyse("\"We will not stop,\" General Asif Raza said.");
  a = d.find_actor("person:asif-raza");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->roles.empty());
}

TEST(EntityStage, PlacesDemonymsAndStateRoles) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse("Pakistan's army chief General Nadeem Khan visited Quetta. Afghan officials were not told.", g);
  std::string quetta = entity_of(d, "Quetta");
  ASSERT_FALSE(quetta.empty());
  const Place* p = d.find_place(quetta);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "PK");
  const Actor* a = d.find_actor("person:nadeem-khan");
  ASSERT_NE(a, nullptr);
  ASSERT_FALSE(a->roles.empty());
  EXPECT_EQ(a->roles[0].title, "army chief");
  EXPECT_EQ(a->roles[0].of, "actor:pk-army");
  EXPECT_EQ(entity_of(d, "Afghan officials"), "actor:af-government");
}

TEST(EntityStage, DatelineResolvesToAPlace) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  Document d;
  d.meta.dateline_text = "KARACHI, Pakistan";
  d.text = "Gunmen attacked a bus.";
  d.body.push_back({0, static_cast<uint32_t>(d.text.size())});
  tokenize(d);
  split_sentences(d);
  make_entity_stage(lexicon(), g, nullptr)->run(d);
  ASSERT_FALSE(d.meta.dateline.empty());
  const Place* p = d.find_place(d.meta.dateline);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "PK");
  EXPECT_EQ(p->name, "Karachi");
}

// "the Somali capital", "Iraq's capital": the capital city, a place mention; "the Afghan capital
// Kabul" names it itself.
TEST(EntityStage, TheCapitalOfACountryNamedByItsDemonymOrPossessive) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto capital_of = [&](const std::string& text) -> std::string {
    Document d;
    d.text = text;
    d.body.push_back({0, static_cast<uint32_t>(d.text.size())});
    tokenize(d);
    split_sentences(d);
    make_entity_stage(lexicon(), g, nullptr)->run(d);
    for (const auto& m : d.mentions)
      if (m.form == MentionForm::nominal && m.type == MentionType::GPE) {
        const Place* p = d.find_place(m.entity);
        return p ? p->name : "?";
      }
    return "";
  };
  EXPECT_EQ(capital_of("Militants stormed a hotel in the Somali capital on Friday."), "Mogadishu");
  EXPECT_EQ(capital_of("A car bomb exploded in Iraq's capital on Friday."), "Baghdad");
  EXPECT_EQ(capital_of("A car bomb exploded in the Afghan capital Kabul on Friday."), "");
  EXPECT_EQ(capital_of("The company raised capital on Friday."), "");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A name the lexicon also knows qualified by a country ("Taliban" / "Pakistani Taliban"):
// the text's own evidence decides. An apposition naming the country, "in <country>", or a
// document plainly about that country make it the qualified group; otherwise the name keeps
// its usual reading.
TEST(EntityLinking, AmbiguousNameFollowsTheCountryTheTextGivesIt) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse("Tribal rivalries split the Taliban, Pakistan's biggest militant group, this summer.", g);
  EXPECT_EQ(entity_of(d, "Taliban"), "actor:tehrik-i-taliban-pakistan");
  d = analyse("Officials said attacks by the Taliban in Pakistan had doubled.", g);
  EXPECT_EQ(entity_of(d, "Taliban"), "actor:tehrik-i-taliban-pakistan");
  // A report about Pakistan throughout.
  d = analyse("Police in Peshawar said five Pakistani soldiers died in Waziristan. Raids in Karachi and Lahore "
              "followed, and officials in Punjab said the Taliban had planned the attack.",
              g);
  EXPECT_EQ(entity_of(d, "Taliban"), "actor:tehrik-i-taliban-pakistan");
  // The same report, with the name's own country right by it: the Taliban.
  d = analyse("Police in Peshawar said five Pakistani soldiers died in Waziristan. Raids in Karachi and Lahore "
              "followed, and officials in Punjab said the Taliban government in Kabul had been warned.",
              g);
  EXPECT_EQ(entity_of(d, "Taliban"), "actor:taliban");
  // ... but a border names where, not whose.
  d = analyse("Police in Peshawar said five Pakistani soldiers died in Waziristan. Raids in Karachi and Lahore "
              "followed, and officials in Punjab said offensives against Taliban bases along the Afghan border "
              "would go on.",
              g);
  EXPECT_EQ(entity_of(d, "Taliban"), "actor:tehrik-i-taliban-pakistan");
  // Both countries in view, or Afghanistan: the Taliban.
  d = analyse("Fighters in Afghanistan and Pakistan have faced opposition from the Taliban.", g);
  EXPECT_EQ(entity_of(d, "Taliban"), "actor:taliban");
  d = analyse("Pakistani officials met the Taliban, Afghanistan's rulers, in Kabul.", g);
  EXPECT_EQ(entity_of(d, "Taliban"), "actor:taliban");
  // An apposition naming another country picks the group of that country among those sharing
  // the name.
  d = analyse("Jundallah, an Iranian militant group, attacked a convoy in Pakistan's Balochistan.", g);
  EXPECT_EQ(entity_of(d, "Jundallah"), "actor:jundallah-iran");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// "A faction of X" is the one faction of X the document names, so "the group's spokesman" in
// that sentence speaks for the faction; X itself, named only to say whose faction it is, is
// no antecedent there. The same for "an X faction, Y" and for a lede's "A splinter group of X"
// that the next sentence names.
TEST(EntityCoref, APartNamedLaterIsTheGroupInView) {
  auto d = analyse(
      "A faction of the militant group Lashkar-e-Jhangvi (LeJ) attacked a police college, the group's "
      "spokesman said. Officials blamed an LeJ faction, Al Alami.");
  EXPECT_EQ(entity_of(d, "the group"), "actor:lashkar-e-jhangvi-al-alami");
  // The description is a mention of the part (the relation stage reads its words).
  ASSERT_NE(mention(d, "A faction"), nullptr);
  EXPECT_EQ(entity_of(d, "A faction"), "actor:lashkar-e-jhangvi-al-alami");
  EXPECT_EQ(mention(d, "A faction")->form, MentionForm::nominal);
  EXPECT_EQ(entity_of(d, "an LeJ faction"), "actor:lashkar-e-jhangvi-al-alami");

  d = analyse("Police blamed an LeJ faction, Al Alami, for the raid, and the group's leader was arrested.");
  EXPECT_EQ(entity_of(d, "the group"), "actor:lashkar-e-jhangvi-al-alami");

  d = analyse(
      "A splinter group of the Pakistani Taliban pledged support to ISIS, the group's spokesman said. "
      "Jundullah announced its backing on Monday.");
  EXPECT_EQ(entity_of(d, "the group"), "actor:jundallah-pakistan");
  EXPECT_EQ(entity_of(d, "A splinter group"), "actor:jundallah-pakistan");
}

// A description right before a group's name is a mention of that group.
TEST(EntityCoref, ADescriptionBeforeANameIsThatGroup) {
  auto d = analyse("Police arrested two members of the outlawed sectarian group Lashkar-e-Jhangvi on Friday.");
  EXPECT_EQ(entity_of(d, "the outlawed sectarian group"), "actor:lashkar-e-jhangvi");
  if (!gazetteer()) GTEST_SKIP() << "no gazetteer data built";
  d = analyse("On Sunday Egypt's largest jihadist group, Ansar Beit al-Maqdis, claimed the ambush.", gazetteer());
  EXPECT_EQ(entity_of(d, "largest jihadist group"), "actor:islamic-state-sinai-province");
}

// "the army chief said": the person the document named with that title, or with a rank in
// the body of an earlier bare title ("Nigeria's army chief has ..." then "General X said").
TEST(EntityCoref, ADefiniteTitleIsThePersonNamedSo) {
  auto d = analyse(
      "Pakistan's army chief has visited the border. General Asim Raza told the troops to stay alert. "
      "The convoy left at noon, the army chief said. He added that more troops would come.");
  ASSERT_NE(mention(d, "the army chief"), nullptr);
  EXPECT_EQ(entity_of(d, "the army chief"), "person:asim-raza");
  EXPECT_EQ(mention(d, "the army chief")->type, MentionType::PERSON);
  EXPECT_EQ(entity_of(d, "He"), "person:asim-raza");
  // The bare title that opens the story is him too (named in the next sentence).
  ASSERT_NE(mention(d, "Pakistan's army chief"), nullptr);
  EXPECT_EQ(entity_of(d, "Pakistan's army chief"), "person:asim-raza");
  EXPECT_EQ(entity_of(d, "Pakistan's army"), "actor:pk-army");
  // Not a title an indefinite article introduces.
  d = analyse("He met an Iraqi army commander at the time, officials said. General Asim Raza told the troops to "
              "stay alert.");
  EXPECT_EQ(mention(d, "Iraqi army commander"), nullptr);

  d = analyse("Interior Minister Omar Haddad visited Basra on Monday. The schools will reopen, the interior "
              "minister said.");
  EXPECT_EQ(entity_of(d, "the interior minister"), "person:omar-haddad");

  // He after "<someone unnamed> said" is that someone; a share of people is no speaker.
  d = analyse("Pakistan's army chief has visited the border. General Asim Raza told the troops to stay alert. "
              "One regional diplomat said he doubted it.");
  EXPECT_EQ(mention(d, "he"), nullptr);
  d = analyse("Pakistan's army chief has visited the border. General Asim Raza told the troops to stay alert. "
              "Most approved, and a third said he should stay.");
  EXPECT_EQ(entity_of(d, "he"), "person:asim-raza");

  // Two people with the title, or a title that opens another phrase: no link.
  d = analyse("Interior Minister Omar Haddad met Interior Minister Karim Nasser. The talks went well, the interior "
              "minister said.");
  EXPECT_EQ(mention(d, "the interior minister"), nullptr);
  d = analyse("Interior Minister Omar Haddad visited Basra. He met the interior minister of Kuwait.");
  EXPECT_EQ(mention(d, "the interior minister"), nullptr);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// "Egyptian Ambassador to Pakistan NAME": the title holds a place after "to" and runs right up
// to the name; the demonym before it is whose ambassador he is.
TEST(EntityRoles, TitleWithAPlaceRightBeforeTheName) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse("Egyptian Ambassador to Pakistan Tarek Fahmy Hassan told reporters in Islamabad on Monday.", g);
  const Actor* a = d.find_actor("person:tarek-fahmy-hassan");
  ASSERT_NE(a, nullptr);
  ASSERT_FALSE(a->roles.empty());
  EXPECT_EQ(a->roles[0].title, "Ambassador to Pakistan");
  EXPECT_EQ(a->roles[0].of, "actor:eg-government");
}

// "the Balochistan Police College", "the Army Public School": a building named after a body is
// the building; the body is not an actor of the sentence.
TEST(EntityStage, BuildingNamedAfterABodyIsAFacility) {
  auto d = analyse("Gunmen stormed the Balochistan Police College outside Quetta on Monday night.");
  const Mention* m = mention(d, "Balochistan Police College");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::FACILITY);
  EXPECT_EQ(d.find_actor("actor:pk-balochistan-police"), nullptr);
  // The body alone stays the body.
  d = analyse("The Balochistan Police said two cadets were wounded.");
  EXPECT_EQ(entity_of(d, "Balochistan Police"), "actor:pk-balochistan-police");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A provincial title belongs to the province's body, not the country's: "Minister of Law in
// Pakistan's Sindh Province" (the possessive narrows Pakistan to Sindh), "Punjab's police
// chief"; a province the lexicon has no body for falls back to the country's.
TEST(EntityRoles, ProvincialTitlesTakeTheProvincesBody) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto role_of = [&](const Document& d, const std::string& person) -> std::string {
    const Actor* a = d.find_actor(person);
    if (!a || a->roles.empty()) return "<no role>";
    return a->roles[0].of;
  };
  auto d = analyse("Imran Qadir, Minister of Law in Pakistan's Sindh Province, said the ban would stay.", g);
  EXPECT_EQ(role_of(d, "person:imran-qadir"), "actor:pk-sindh-government");
  d = analyse("Punjab's police chief Ahmed Raza Tahir told reporters in Lahore that ten men were held.", g);
  EXPECT_EQ(role_of(d, "person:ahmed-raza-tahir"), "actor:pk-punjab-police");
  d = analyse("Helmand's governor Mohammad Yasin Khan said the road to Kandahar was open.", g);
  EXPECT_EQ(role_of(d, "person:mohammad-yasin-khan"), "actor:af-government");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// "Provincial Home Minister X" with no province named: the province the report was just about.
TEST(EntityRoles, ProvincialTitleTakesTheProvinceInView) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse(
      "A bomb went off near a market in Karachi on Friday. Police cordoned off the area. "
      "Provincial Home Minister Nasir Hussain Shah said the attackers had been identified.",
      g);
  const Actor* a = d.find_actor("person:nasir-hussain-shah");
  ASSERT_NE(a, nullptr);
  ASSERT_FALSE(a->roles.empty());
  EXPECT_EQ(a->roles[0].title, "Provincial Home Minister");
  EXPECT_EQ(a->roles[0].of, "actor:pk-sindh-government");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// "Islamabad insisted ...": a city that says or does what only a state can is its country's
// government; the city as a place ("in Islamabad", a dateline) stays the place.
TEST(EntityStage, CityActingAsAStateIsItsGovernment) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse("Officials met in Kabul on Monday. Islamabad insisted that the militants had no bases on its "
                   "soil, but Kabul has repeatedly accused it of sheltering them.",
                   g);
  EXPECT_EQ(entity_of(d, "Islamabad"), "actor:pk-government");
  EXPECT_EQ(entity_of(d, "Kabul", 1), "actor:af-government");
  const Mention* k = mention(d, "Kabul");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->type, MentionType::GPE);  // "met in Kabul"
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A name two groups share ("Ansar al-Sunna": the Iraqi insurgents of the 2000s and Islamic State's
// Mozambique affiliate) goes to the one whose country the report is in; a city whose readings are
// all in one country ("Baghdad": the city and its governorate) speaks for that country.
TEST(EntityStage, ASharedGroupNameGoesToTheReportsCountry) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse(
      "A car bomb killed 30 people at a market in Baghdad on Monday. Ansar al-Sunna said it carried "
      "out the attack.",
      g);
  EXPECT_EQ(entity_of(d, "Ansar al-Sunna"), "actor:ansar-al-sunna-iraq");
  auto m = analyse(
      "Insurgents attacked the town of Mocimboa da Praia in Cabo Delgado province, Mozambique, on "
      "Monday. Ansar al-Sunna said it carried out the attack.",
      g);
  EXPECT_EQ(entity_of(m, "Ansar al-Sunna"), "actor:islamic-state-mozambique-province");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A unit word after a name asks for the region, not the town of the same name: "Yemen's Hajjah
// province" is the governorate; "the Baghdad district of Karrada" stays the city.
TEST(EntityStage, AUnitWordAfterANameIsTheRegion) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse(
      "An air strike hit a wedding party in Yemen's Hajjah province on Sunday, killing 20 people.", g);
  EXPECT_EQ(entity_of(d, "Hajjah"), "place:hajjah-ye");
  auto b = analyse("Gunmen killed 12 people in the Baghdad district of Karrada on Sunday.", g);
  EXPECT_EQ(entity_of(b, "Baghdad"), "geo:98182");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Two words opening with a country's name are a company's ("Saudi Aramco said"), but not when the
// country's name is a common given name ("Chad Daybell said").
TEST(EntityStage, ACountryThatIsAGivenNameOpensAPersonsName) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse("Chad Daybell said on Monday that he was innocent.", g);
  const Mention* m = mention(d, "Chad Daybell");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::PERSON);
  auto a = analyse("Saudi Aramco said on Monday that output was restored.", g);
  const Mention* c = mention(a, "Saudi Aramco");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->type, MentionType::PERSON);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A unit word after a name that is also a country's ("Niger state") makes it the region, even
// when the mention stops before the unit word; the name alone stays the country.
TEST(EntityStage, AUnitWordMakesACountrysNameTheRegion) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse("Bandits shot dead nine farmers in Nigeria's Niger state on Friday, residents said.", g);
  EXPECT_EQ(entity_of(d, "Niger"), "place:niger-state-ng");
  auto c = analyse("Jihadists attacked a military post in Niger, the army said on Friday.", g);
  EXPECT_EQ(entity_of(c, "Niger"), "place:niger");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Countries go by the names news uses: "Turkey" (GeoNames and the country list now write
// "Türkiye") is the country; the bird in lower case is no place.
TEST(EntityStage, TurkeyIsTheCountry) {
  const PlaceGazetteer* g = gazetteer();
  if (!g) GTEST_SKIP() << "no gazetteer data built";
  auto d = analyse("Troops from Turkey crossed the border on Monday, officials said.", g);
  EXPECT_EQ(entity_of(d, "Turkey"), "place:turkiye");
  auto b = analyse("The family roasted a turkey on Thursday.", g);
  EXPECT_NE(entity_of(b, "turkey"), "place:turkiye");
}

}  // namespace
}  // namespace dossier
