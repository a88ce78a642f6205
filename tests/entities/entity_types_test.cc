// The entity stage gets the type of a name right where the words around it tell: units of
// administration are places, a country glued before a full name stays a place, a quoted word
// is not a person, a think tank named after a region is one organisation, and every linked
// place brings its parents. Sentences written for these tests.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "entities/entity_stage.h"
#include "entities/ner_tagger.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"
#include "fixtures.h"
#include "text/tokenizer.h"

namespace dossier {
namespace {

const ActorLexicon& lexicon() { return test::actor_lexicon(); }
const PlaceGazetteer* gazetteer() { return test::place_gazetteer(); }

const NerTagger* tagger() {
  static std::unique_ptr<NerTagger> t = []() -> std::unique_ptr<NerTagger> {
    auto r = NerTagger::load(std::string(DOSSIER_SOURCE_DIR) + "/resources/models/ner.model");
    if (!r.ok()) return nullptr;
    return std::move(*r);
  }();
  return t.get();
}

Document analyse(const std::string& text, bool with_tagger) {
  Document d;
  d.meta.id = "doc:types";
  d.text = text;
  d.body.push_back({0, static_cast<uint32_t>(text.size())});
  tokenize(d);
  split_sentences(d);
  make_entity_stage(lexicon(), gazetteer(), with_tagger ? tagger() : nullptr)->run(d);
  return d;
}

const Mention* mention(const Document& d, std::string_view surface) {
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == surface) return &m;
  return nullptr;
}

// The entity of the nth mention whose text is exactly `surface` ("<no mention>" if none).
std::string entity_of_nth(const Document& d, std::string_view surface, int nth) {
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == surface && nth-- == 0) return m.entity;
  return "<no mention>";
}

bool has_person_actor_containing(const Document& d, std::string_view word) {
  for (const auto& a : d.actors)
    if (a.kind == ActorKind::person && a.name.find(word) != std::string::npos) return true;
  return false;
}

#define NEED_DATA()                                            \
  if (!gazetteer()) GTEST_SKIP() << "no gazetteer data built"; \
  if (!tagger()) GTEST_SKIP() << "no NER model"

class EntityTypes : public ::testing::TestWithParam<bool> {};  // with and without the tagger

TEST_P(EntityTypes, AdministrativeUnitsArePlacesNotPersons) {
  NEED_DATA();
  auto d = analyse("A spokesman for Helmand Province said the road was shut. The deputy governor of "
                   "Sindh Province confirmed it, and elders in Orakzai Agency agreed.",
                   GetParam());
  for (std::string_view name : {"Helmand", "Sindh", "Orakzai"}) {
    EXPECT_FALSE(has_person_actor_containing(d, name)) << name;
    bool linked = false;
    for (const auto& m : d.mentions)
      if (d.slice(m.span).starts_with(name) && m.type == MentionType::GPE && !m.entity.empty()) linked = true;
    EXPECT_TRUE(linked) << name;
  }
  for (const auto& a : d.actors) EXPECT_EQ(a.name.find("Agency"), std::string::npos) << a.id;
}

TEST_P(EntityTypes, CountryBeforeAFullNameStaysAPlace) {
  NEED_DATA();
  auto d = analyse("The Turkish envoy to Jordan Mehmet Ali Kaya told reporters in Amman that talks had stalled.",
                   GetParam());
  const Mention* p = mention(d, "Mehmet Ali Kaya");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, MentionType::PERSON);
  EXPECT_EQ(p->entity, "person:mehmet-ali-kaya");
  const Mention* j = mention(d, "Jordan");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->type, MentionType::GPE);
  EXPECT_EQ(j->entity, "place:jordan");
}

TEST_P(EntityTypes, ThinkTankNamedAfterARegionIsOneOrganisation) {
  NEED_DATA();
  auto d = analyse("\"They recruit in the camps,\" said Imran Qureshi of the Peshawar-based think tank "
                   "Balochistan Policy Research Center.",
                   GetParam());
  const Mention* m = mention(d, "Balochistan Policy Research Center");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::ORG);
  EXPECT_EQ(m->entity, "actor:balochistan-policy-research-center");
  EXPECT_EQ(mention(d, "Research Center"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(TaggerOnOff, EntityTypes, ::testing::Bool());

TEST(EntityTypesTagger, QuotedWordIsNotAPerson) {
  NEED_DATA();
  auto d = analyse("Supporters handed out a pamphlet called \u201cNusrat\u201d in the old city of Lahore.", true);
  int persons = 0;
  for (const auto& m : d.mentions) persons += d.slice(m.span) == "Nusrat" && m.type == MentionType::PERSON;
  EXPECT_EQ(persons, 0);
  EXPECT_FALSE(has_person_actor_containing(d, "Nusrat"));
}

TEST(EntityTypesTagger, DirectionWordsAloneAreNoPlace) {
  NEED_DATA();
  auto d = analyse("\u201cWe will not bow to the West,\u201d the Eastern commander said in Kandahar.", true);
  for (const auto& p : d.places) {
    EXPECT_NE(p.country, "CM") << p.id;  // Cameroon's West region
    EXPECT_NE(p.country, "NC") << p.id;  // We, New Caledonia
  }
  bool kandahar = false;
  for (const auto& p : d.places) kandahar |= p.country == "AF" && p.kind == PlaceKind::city;
  EXPECT_TRUE(kandahar);
}

TEST(EntityTypesTagger, AdjectiveOfARegionIsNorpLinkedToIt) {
  NEED_DATA();
  auto d = analyse("Analysts said the Middle Eastern network was recruiting in Karachi.", true);
  const Mention* m = mention(d, "Middle Eastern");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::NORP);
  EXPECT_EQ(m->entity, "place:middle-east");
}

TEST(EntityTypesTagger, SpellingVariantsOfProvincesAndAgenciesLink) {
  NEED_DATA();
  auto d = analyse("Troops moved from Bajaur Agency into Baluchistan, then on to Balochistan's capital.", true);
  const Mention* a = mention(d, "Bajaur Agency");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->type, MentionType::GPE);
  EXPECT_EQ(a->entity, "place:bajaur-pk");
  const Mention* b = mention(d, "Baluchistan");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->entity, "place:balochistan-pk");
}

TEST(EntityTypesTagger, LinkedPlacesBringTheirParents) {
  NEED_DATA();
  auto d = analyse("A bomb went off in a market in Zhob and another near Parachinar.", true);
  std::set<std::string> ids;
  for (const auto& p : d.places) ids.insert(p.id);
  for (const auto& p : d.places)
    if (!p.parent.empty()) {
      EXPECT_TRUE(ids.count(p.parent)) << p.id << " lacks its parent " << p.parent;
    }
  EXPECT_TRUE(ids.count("place:balochistan-pk"));  // Zhob's province
  EXPECT_TRUE(ids.count("place:pakistan"));
  EXPECT_TRUE(ids.count("place:fata-pk") || ids.count("place:kurram-pk") || ids.count("place:khyber-pakhtunkhwa-pk"));
}

// A participle opening a sentence ("Born in ...", "Trained in ...") is no one's name; a name
// opening a sentence before a speech verb still is one.
TEST(EntityTypesTagger, AnOpeningParticipleIsNoPerson) {
  NEED_DATA();
  auto d = analyse(
      "A senior commander of the militant group was killed in a drone strike on Tuesday. Born in Baraawe "
      "in the 1970s, he fought in three wars. Trained in Yemen, he later led raids in the south. "
      "Speaking to reporters in Mogadishu, Yusuf Hassan said the strike was precise.",
      true);
  EXPECT_FALSE(has_person_actor_containing(d, "Born"));
  EXPECT_FALSE(has_person_actor_containing(d, "Trained"));
  EXPECT_FALSE(has_person_actor_containing(d, "Speaking"));
  // "in the 1970s": a decade, no place.
  for (const auto& x : d.mentions) EXPECT_NE(d.slice(x.span), "1970s");
  const Mention* m = mention(d, "Yusuf Hassan");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::PERSON);
  // A name that opens a sentence before a preposition, capitalised inside a sentence too, stays.
  auto e = analyse(
      "Police said the commander, Ali Hamed, had fled. Hamed in turn blamed the army, and officials said "
      "he had left.",
      true);
  EXPECT_EQ(entity_of_nth(e, "Hamed", 0), entity_of_nth(e, "Ali Hamed", 0));
  EXPECT_NE(entity_of_nth(e, "Hamed", 0), "<no mention>");
}

// The formula of a statement ("By the grace of God Almighty") names no person and no actor;
// a person's name in the same statement still does.
TEST(EntityTypesTagger, ANameOfGodIsNoActor) {
  NEED_DATA();
  auto d = analyse(
      "By the grace of God Almighty, the soldiers of the caliphate attacked a barracks near Mosul, the "
      "statement said. Allah the Exalted granted them victory, spokesman Abu Omar al-Muhajir said. The "
      "Lord guided their hands, he added.",
      true);
  for (const auto& a : d.actors) {
    EXPECT_EQ(a.name.find("God"), std::string::npos) << a.name;
    EXPECT_EQ(a.name.find("Allah"), std::string::npos) << a.name;
    EXPECT_EQ(a.name.find("Lord"), std::string::npos) << a.name;
  }
  const Mention* m = mention(d, "Abu Omar al-Muhajir");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::PERSON);
}

// A name before an apposition describing an armed group ("X, a little-known militant outfit,")
// is an armed group even when no one knows it, in capitals or in lower case; a person or a
// place before another description is not.
TEST(EntityTypesTagger, AGroupDescribedInAnAppositionIsAnArmedGroup) {
  NEED_DATA();
  auto d = analyse(
      "A suicide bomber killed nine people at a police post on Monday. Jamaat-ul-Furqan, a little-known "
      "militant outfit, claimed responsibility in a statement. Jamaat-ul-Furqan said more attacks would "
      "follow.",
      true);
  const Mention* m = mention(d, "Jamaat-ul-Furqan");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::ARMED_GROUP);
  EXPECT_EQ(entity_of_nth(d, "Jamaat-ul-Furqan", 1), m->entity);
  auto e = analyse(
      "Gunmen killed 14 villagers in the north on Friday, and katibat serma, a homegrown militant group, "
      "claimed the killings.",
      true);
  const Mention* k = mention(e, "katibat serma");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->type, MentionType::ARMED_GROUP);
  auto f = analyse(
      "The attack was condemned by Ahmed Bello, a senior militant commander, and by Kano, a city of "
      "traders. Officials said the outfit, a small militant group, had struck before.",
      true);
  for (const auto& x : f.mentions) EXPECT_NE(x.type, MentionType::ARMED_GROUP) << f.slice(x.span);
  // A part of a group the lexicon knows is armed as it is.
  auto g = analyse("Tanzeem-e-Nusrat, a splinter group of the Pakistani Taliban, claimed the attack.", true);
  const Mention* s = mention(g, "Tanzeem-e-Nusrat");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, MentionType::ARMED_GROUP);
  auto h = analyse("Tanzeem-e-Nusrat, a splinter group of the ruling party, held a rally in the city.", true);
  const Mention* r = mention(h, "Tanzeem-e-Nusrat");
  if (r) {
    EXPECT_NE(r->type, MentionType::ARMED_GROUP);
  }
}

// A first word of an Arabic group's name before a name the lexicon knows alone ("Hizbul" before
// "Shabaab") makes one other group's name, no person; the known name alone stays the group.
TEST(EntityTypesTagger, AnArabicOpenerKeepsAGroupNameWhole) {
  NEED_DATA();
  auto d = analyse(
      "Gunmen killed three soldiers near Baidoa on Tuesday. Hizbul Shabaab Dawa claimed the ambush.", true);
  const Mention* m = mention(d, "Hizbul Shabaab Dawa");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::ARMED_GROUP);
  EXPECT_NE(m->entity, "actor:al-shabaab");
  EXPECT_FALSE(has_person_actor_containing(d, "Hizbul"));
  auto e =
      analyse("Gunmen killed three soldiers near Baidoa on Tuesday. Al-Shabaab claimed the ambush.", true);
  EXPECT_EQ(entity_of_nth(e, "Al-Shabaab", 0), "actor:al-shabaab");
}

// A group the lexicon knows by a name its record places in one country ("Jund al-Khilafah in
// Algeria"), met in a report on another that never names the first, is another group of the
// same name; in a report naming that country it is the known group.
TEST(EntityTypesTagger, AGroupNamedLikeAnotherCountrysIsANewGroup) {
  NEED_DATA();
  auto d = analyse(
      "In Egypt, Jund al-Khilafa, a local affiliate of the Islamic State, said it had killed two "
      "policemen in Sinai. Egyptian officials confirmed the deaths in El-Arish.",
      true);
  const std::string id = entity_of_nth(d, "Jund al-Khilafa", 0);
  EXPECT_NE(id, "actor:islamic-state-algeria");
  EXPECT_NE(id, "<no mention>");
  auto e = analyse(
      "In Algeria, Jund al-Khilafa said it had killed two soldiers near Tizi Ouzou. Algerian officials "
      "confirmed the deaths.",
      true);
  EXPECT_EQ(entity_of_nth(e, "Jund al-Khilafa", 0), "actor:islamic-state-algeria");
}

// A common word alone ("State media", "Security forces") is no person; a person named after a
// title still is one.
TEST(EntityTypesTagger, ACommonWordAloneIsNoPerson) {
  NEED_DATA();
  auto d = analyse(
      "A car bomb killed nine people in a market in Homs on Sunday. State media blamed the Islamic State "
      "for the attack. State television said the bomber was stopped at a checkpoint, and President Assad "
      "condemned it.",
      true);
  for (const auto& x : d.mentions)
    if (d.slice(x.span) == "State")
      ADD_FAILURE() << "State as a mention of type " << static_cast<int>(x.type);
  EXPECT_FALSE(has_person_actor_containing(d, "State"));
  EXPECT_EQ(entity_of_nth(d, "Islamic State", 0), "actor:islamic-state");
  EXPECT_TRUE(has_person_actor_containing(d, "Assad"));
}

// A dash set apart by spaces after a dateline's place ("MOGADISHU - Gunmen killed ...") ends
// the name: the place is linked alone; a hyphen inside a name ("Lashkar-e-Taiba") does not.
TEST(EntityTypesTagger, ASpacedDashEndsAName) {
  NEED_DATA();
  auto d = analyse("MOGADISHU - Gunmen killed three soldiers near Baidoa on Tuesday, officials said.", true);
  const Mention* m = mention(d, "MOGADISHU");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::GPE);
  EXPECT_FALSE(m->entity.empty());
  for (const auto& x : d.mentions) EXPECT_EQ(d.slice(x.span).find("Gunmen"), std::string_view::npos);
  auto e = analyse("Police in Karachi said Tehreek-e-Nifaz-e-Shariat had claimed the attack.", true);
  for (const auto& x : e.mentions)
    if (e.slice(x.span).find("Nifaz") != std::string_view::npos) {
      EXPECT_EQ(e.slice(x.span), "Tehreek-e-Nifaz-e-Shariat");
    }
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(EntityTypesTagger, HyphenatedModifiersNameNothing) {
  if (!gazetteer() || !tagger()) GTEST_SKIP() << "no gazetteer data or model";
  auto d = analyse("A Kabul-based analyst said the US-led coalition and Iran-backed militias clashed near Herat.", true);
  for (const auto& m : d.mentions) {
    std::string_view text = d.slice(m.span);
    EXPECT_FALSE(text == "Kabul-based" || text == "US-led" || text == "Iran-backed") << text;
  }
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Direction words are no place alone, but they begin many names.
TEST_P(EntityTypes, NamesThatBeginWithADirectionStayPlaces) {
  NEED_DATA();
  auto d = analyse("Drones struck North Waziristan again, while envoys from South Africa and North Korea met in "
                   "the West Bank town of Jenin.",
                   GetParam());
  for (std::string_view name : {"North Waziristan", "South Africa", "North Korea", "West Bank"}) {
    bool linked = false;
    for (const auto& m : d.mentions)
      if (d.slice(m.span).ends_with(name) && !m.entity.empty()) linked = true;
    EXPECT_TRUE(linked) << name;
  }
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(EntityTypesTagger, TitlePhraseIsNotAPerson) {
  if (!gazetteer() || !tagger()) GTEST_SKIP() << "no gazetteer data or model";
  auto d = analyse("Secretary of State Hillary Clinton met the Minister of Interior in Kabul on Monday.", true);
  for (const auto& a : d.actors) {
    EXPECT_EQ(a.name.find("Secretary of"), std::string::npos) << a.id;
    EXPECT_EQ(a.name.find("Minister of"), std::string::npos) << a.id;
  }
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A committee, wing or department named after a known body is part of that body: the Senate
// of the country the document is about, or the body named after "of".
TEST(EntityParents, CommitteeOfAKnownBodyGetsItAsParent) {
  NEED_DATA();
  auto d = analyse(
      "Pakistan's interior minister spoke in Islamabad on Monday. The director-general told the Senate "
      "Standing Committee on Interior that militants in Pakistan were regrouping.",
      true);
  const Actor* committee = nullptr;
  for (const auto& a : d.actors)
    if (a.name.find("Standing Committee") != std::string::npos) committee = &a;
  ASSERT_NE(committee, nullptr);
  EXPECT_EQ(committee->name, "Senate Standing Committee on Interior");
  EXPECT_EQ(committee->parent, "actor:pk-senate");
  EXPECT_EQ(committee->kind, ActorKind::state_actor);
  EXPECT_NE(d.find_actor("actor:pk-senate"), nullptr);  // the parent resolves inside the document
  // Without a country in view, "Senate" names no body we know: no parent is invented.
  auto e = analyse("The director-general told the Senate Standing Committee on Finance that prices rose.", true);
  const Actor* finance = nullptr;
  for (const auto& a : e.actors)
    if (a.name.find("Standing Committee") != std::string::npos) finance = &a;
  ASSERT_NE(finance, nullptr);
  EXPECT_EQ(finance->parent, "");
  // "on" + a date is no part of a name.
  auto f = analyse("The Defence Committee on Monday met the Pakistan Army chief in Rawalpindi.", true);
  for (const auto& a : f.actors) EXPECT_EQ(a.name.find("on Monday"), std::string::npos) << a.name;
}

// A capitalised word that names nothing is no actor: a sentence's first word never capitalised
// inside a sentence, a generic head alone, people of a place.
TEST(EntityJunk, CommonWordsAndPeoplesAreNoActors) {
  NEED_DATA();
  auto d = analyse(
      "Mourners clashed with police in Belfast on Sunday. The Agency said the inquiry would go on. "
      "Iranians marched in Tehran while the Iraqis shelled Basra. Officials of the Council declined to comment.",
      true);
  for (const auto& a : d.actors) {
    EXPECT_NE(a.name, "Mourners");
    EXPECT_NE(a.name, "the Agency");
    EXPECT_NE(a.name, "The Agency");
    EXPECT_NE(a.name, "Iranians");
    EXPECT_NE(a.name, "Council");
  }
  const Mention* iranians = mention(d, "Iranians");
  ASSERT_NE(iranians, nullptr);
  EXPECT_EQ(iranians->type, MentionType::NORP);
  // After a dateline the story's first word is a sentence's first word; plurals of people are
  // no bodies.
  auto e = analyse("BELFAST, March 4 - Mourners clashed with police. Senators met the Mayor.", true);
  for (const auto& a : e.actors) {
    EXPECT_NE(a.name, "Mourners");
    EXPECT_NE(a.name, "Senators");
  }
}

// "NAME, a/X's ... group," : the apposition is the named group, and it does not count as a
// second group against the others in view.
TEST(EntityCoref, AppositionAfterANameIsThatGroup) {
  NEED_DATA();
  auto d = analyse(
      "Hamas held talks with Hezbollah, Lebanon's most powerful armed group, in Beirut on Sunday.", true);
  const Mention* desc = mention(d, "most powerful armed group");
  ASSERT_NE(desc, nullptr);
  EXPECT_EQ(desc->entity, "actor:hezbollah");
  EXPECT_EQ(desc->form, MentionForm::nominal);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A one-word person named by a title ("President Reagan") is that person wherever the
// document names him alone, even where the tagger takes the word for an organisation.
TEST(EntityJunk, OneWordPersonNamedByTitleStaysAPerson) {
  NEED_DATA();
  auto d = analyse(
      "WASHINGTON, March 4 - President Reagan met the envoy on Monday. A close personal friend of Reagan "
      "whose rule in the Gulf was criticised said the talks failed. Reagan declined to comment.",
      true);
  int reagan = 0, linked = 0;
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == "Reagan") {
      ++reagan;
      linked += m.entity == "person:reagan";
    }
  EXPECT_EQ(reagan, 3);
  EXPECT_EQ(linked, reagan);
  for (const auto& a : d.actors) EXPECT_NE(a.id, "actor:reagan");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A country after "both war-torn", "bordering", "visited" is the place, not its government.
TEST(EntityTypesTagger, CountryDescribedAsAPlaceIsNoGovernment) {
  NEED_DATA();
  auto d = analyse("The convoy reached Chaman, a town that borders both war-torn Afghanistan and Iran, late on Sunday.",
                   true);
  const Mention* m = mention(d, "Afghanistan");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->entity, "place:afghanistan");
  EXPECT_EQ(d.find_actor("actor:af-government"), nullptr);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// In headlines and captions the tagger reads title-case words as names: "Syrian Militants" is
// no person (a plural common noun ends no one's name).
TEST(EntityTypesTagger, HeadlineWordsAreNoPersons) {
  NEED_DATA();
  auto d = analyse("Syrian Militants Storm Police Training College\n\nGunmen attacked the college on Monday, "
                   "and militants held cadets hostage.",
                   true);
  for (const auto& m : d.mentions) EXPECT_NE(m.type == MentionType::PERSON ? d.slice(m.span) : "", "Syrian Militants");
  for (const auto& a : d.actors) EXPECT_NE(a.kind, ActorKind::person) << a.name;
  for (const char* text : {"Yemen Militants Worked with Daesh to Storm Army Academy\n\nThe militants fled.",
                           "Iraq Militants Joined Daesh in Raid on Prison\n\nThe militants fled.",
                           "Somalia Militants Teamed Up with Shabaab\n\nThe militants fled."}) {
    auto h = analyse(text, true);
    for (const auto& a : h.actors) EXPECT_NE(a.kind, ActorKind::person) << a.name;
  }
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A community named with lower-case words around it ("the minority Hazara Shias", "Sunni
// extremist groups"): the NORP mention is the capitalised words.
TEST(EntityTypesTagger, CommunityMentionIsTheCapitalisedWords) {
  NEED_DATA();
  auto d = analyse("The group has a history of attacks in Sindh, particularly against the minority Hazara Shias. "
                   "Officials said a link between the two Sunni extremist groups was clear.",
                   true);
  int norp = 0;
  for (const auto& m : d.mentions)
    if (m.type == MentionType::NORP) {
      ++norp;
      std::string_view t = d.slice(m.span);
      EXPECT_EQ(t.find("minority"), std::string_view::npos) << t;
      EXPECT_EQ(t.find("groups"), std::string_view::npos) << t;
    }
  EXPECT_GE(norp, 2);
  ASSERT_NE(mention(d, "Sunni"), nullptr);
  EXPECT_EQ(mention(d, "Sunni")->type, MentionType::NORP);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A name ending in the head of a building or ground that never speaks (airport, hotel, mall,
// air base) is a FACILITY even where the tagger took it for an organisation; no actor is made.
TEST(EntityTypesTagger, AirportsAndHotelsAreFacilitiesNotActors) {
  NEED_DATA();
  auto d = analyse("The carrier will fly three daily flights out of Chicago's Midway Airport, and the owners may "
                   "redevelop the Peninsula Hotel, one of Asia's best known hotels.",
                   true);
  for (const char* name : {"Midway Airport", "Peninsula Hotel"}) {
    const Mention* m = mention(d, name);
    ASSERT_NE(m, nullptr) << name;
    EXPECT_EQ(m->type, MentionType::FACILITY) << name;
  }
  for (const auto& a : d.actors) EXPECT_EQ(a.name.find("Airport"), std::string::npos) << a.name;
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Two countries joined by a hyphen before "border" name the border between them: the curated
// file's own name for it when it has one, else a region made for the pair, of neither country.
TEST(EntityPlaces, BorderBetweenTwoCountriesIsOnePlace) {
  NEED_DATA();
  auto d = analyse("Smugglers crossed the Saudi-Iraq border at night, and troops closed the Turkish-Syrian "
                   "border on Monday.", true);
  const Mention* m = mention(d, "Saudi-Iraq border");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::LOC);
  EXPECT_EQ(m->entity, "place:border-iq-sa");
  const Place* p = d.find_place("place:border-iq-sa");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, PlaceKind::region);
  EXPECT_TRUE(p->country.empty());
  EXPECT_FALSE(p->lat || p->lon);  // no point of its own rather than a wrong one on a map
  ASSERT_NE(mention(d, "Turkish-Syrian border"), nullptr);
  EXPECT_EQ(mention(d, "Turkish-Syrian border")->entity, "place:border-sy-tr");
  d = analyse("Agents patrol the US-Mexico border day and night.", true);
  ASSERT_NE(mention(d, "US-Mexico border"), nullptr);
  EXPECT_EQ(mention(d, "US-Mexico border")->entity, "place:border-mx-us");
  // The curated name wins: the Durand Line.
  d = analyse("Militants slipped across the Pak-Afghan border after the raid.", true);
  ASSERT_NE(mention(d, "Pak-Afghan border"), nullptr);
  EXPECT_EQ(mention(d, "Pak-Afghan border")->entity, "place:durand-line");
  // One country, or words that are no countries: nothing made.
  d = analyse("Troops guarded the Afghan border and the Indo-Gangetic plain.", true);
  EXPECT_EQ(d.find_place("place:border-af-af"), nullptr);
}

// "a base in Wilayat Khorasan": a group named "Province of X" after a locative preposition is
// the place X; the same name doing something is the group.
TEST(EntityPlaces, ProvinceNameOfAGroupAfterInIsThePlace) {
  NEED_DATA();
  auto d = analyse("The militants have set up training camps in Wilayat Khurasan, officials said. "
                   "Wilayat Khorasan claimed the bombing in Jalalabad.", true);
  const Mention* place = mention(d, "Wilayat Khurasan");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->type, MentionType::LOC);
  EXPECT_EQ(place->entity, "place:khorasan");
  const Mention* group = mention(d, "Wilayat Khorasan");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->entity, "actor:islamic-state-khorasan-province");
  d = analyse("Troops were sent to checkpoints in Sinai Province after Sinai Province claimed the ambush.", true);
  ASSERT_NE(mention(d, "Sinai Province"), nullptr);
  EXPECT_EQ(mention(d, "Sinai Province")->entity, "place:sinai-eg");
  int groups = 0;
  for (const auto& m : d.mentions) groups += m.entity == "actor:islamic-state-sinai-province";
  EXPECT_EQ(groups, 1);
  // Before a group's verb the name is the group, even after "in".
  d = analyse("Militants in Wilayat Sinai claimed the ambush on Monday.", true);
  ASSERT_NE(mention(d, "Wilayat Sinai"), nullptr);
  EXPECT_EQ(mention(d, "Wilayat Sinai")->entity, "actor:islamic-state-sinai-province");
  // So before its attacks and its people: "Fighters in Wilayat Sinai attacked", "Sinai Province attacks".
  d = analyse("Fighters in Wilayat Sinai attacked a checkpoint. There was a rise in Sinai Province attacks.", true);
  ASSERT_NE(mention(d, "Wilayat Sinai"), nullptr);
  EXPECT_EQ(mention(d, "Wilayat Sinai")->entity, "actor:islamic-state-sinai-province");
  ASSERT_NE(mention(d, "Sinai Province"), nullptr);
  EXPECT_EQ(mention(d, "Sinai Province")->entity, "actor:islamic-state-sinai-province");
}

// "X of the Islamabad-based think tank Y", "X, director of the Y": the person gets a role in Y
// (with no title stated, an affiliation).
TEST(EntityRoles, PersonOfAnOrganisationIsAffiliatedWithIt) {
  NEED_DATA();
  auto d = analyse("\"Nobody expected it,\" said Tariq Hameed of the Lahore-based think tank Khyber Policy "
                   "Research Center. Another view came from Nadia Rahim, director of the Kabul Peace Research Center.",
                   true);
  const Actor* a = d.find_actor("person:tariq-hameed");
  ASSERT_NE(a, nullptr);
  ASSERT_EQ(a->roles.size(), 1u);
  EXPECT_EQ(a->roles[0].title, "");
  EXPECT_EQ(a->roles[0].of, "actor:khyber-policy-research-center");
  const Actor* b = d.find_actor("person:nadia-rahim");
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(b->roles.size(), 1u);
  EXPECT_EQ(b->roles[0].title, "director");
  EXPECT_EQ(b->roles[0].of, "actor:kabul-peace-research-center");
  // A place after "of" is where the person is from, not a body.
  d = analyse("\"Nobody expected it,\" said Tariq Hameed of Lahore.", true);
  a = d.find_actor("person:tariq-hameed");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->roles.empty());
  // Words after "of the" that are a clause, not a description: no tie to the group named later.
  d = analyse("Senator Mushahid Hussain of the ruling party blamed Lashkar-e-Jhangvi for the attack.", true);
  a = d.find_actor("person:mushahid-hussain");
  ASSERT_NE(a, nullptr);
  for (const auto& r : a->roles) EXPECT_NE(r.of, "actor:lashkar-e-jhangvi");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// "Quetta Attack" in a headline: the tagger's place runs into the event noun; the place is the
// words before it.
TEST(EntityPlaces, PlaceNamedWithItsEventNounIsThePlace) {
  NEED_DATA();
  auto d = analyse("Two New Suspects Sought in Karachi Bombing\n\nPolice said on Monday they were looking for two "
                   "more men.", true);
  const Mention* k = mention(d, "Karachi");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->type, MentionType::GPE);
  EXPECT_FALSE(k->entity.empty());
  EXPECT_EQ(mention(d, "Karachi Bombing"), nullptr);
  d = analyse("Mourning After the Peshawar Attacks\n\nThe city buried its dead.", true);
  ASSERT_NE(mention(d, "Peshawar"), nullptr);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A place right after another and a comma is the reading that contains the first; "Washington"
// alone is the US capital; a country's capital is not displaced by a town of its name in a
// country the report has named.
TEST(EntityPlaces, CityCommaRegionAndWorldCapitals) {
  NEED_DATA();
  auto d = analyse("Police in Seattle, Washington arrested two men. Officials in Washington said talks with "
                   "Moscow and Paris would resume.",
                   true);
  auto place_of = [&](std::string_view surface, int nth) -> const Place* {
    for (const auto& m : d.mentions)
      if (d.slice(m.span) == surface && nth-- == 0) return d.find_place(m.entity);
    return nullptr;
  };
  const Place* state = place_of("Washington", 0);
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->kind, PlaceKind::admin1);
  EXPECT_EQ(state->country, "US");
  for (auto [name, nth, cc] :
       {std::tuple{"Washington", 1, "US"}, std::tuple{"Moscow", 0, "RU"}, std::tuple{"Paris", 0, "FR"}}) {
    const Place* p = place_of(name, nth);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->country, cc) << name;
    EXPECT_EQ(p->kind, PlaceKind::city) << name;
  }
}

// A state body named bare in a report plainly about one country is that country's body; in a
// report about several it is no one's in particular.
TEST(EntityLinking, BareBodyNameTakesTheCountryOfTheReport) {
  NEED_DATA();
  auto d = analyse("QUETTA, Pakistan - A bomb killed five people in Quetta, Pakistan on Friday. The interior "
                   "minister told Parliament that a standing committee of the Senate would meet.",
                   true);
  const Mention* parliament = mention(d, "Parliament");
  ASSERT_NE(parliament, nullptr);
  EXPECT_EQ(parliament->entity, "actor:pk-parliament");
  const Mention* senate = mention(d, "Senate");
  ASSERT_NE(senate, nullptr);
  EXPECT_EQ(senate->entity, "actor:pk-senate");
  // Without the tagger the bare word is still found (the stage proposes it itself).
  auto untagged = analyse("QUETTA, Pakistan - A bomb killed five people in Quetta, Pakistan on Friday. The former "
                          "interior minister told a standing committee of Parliament that the Army was ready.",
                          false);
  const Mention* bare = mention(untagged, "Parliament");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(bare->entity, "actor:pk-parliament");
  const Mention* army = mention(untagged, "Army");
  ASSERT_NE(army, nullptr);
  EXPECT_EQ(army->entity, "actor:pk-army");
  // One mention of a country is not a report plainly about it.
  auto thin = analyse("Dealers said the Government broker had sold the stock, and buyers from Japan were active.",
                      false);
  EXPECT_EQ(mention(thin, "Government"), nullptr);
  auto mixed = analyse("Ships for the United States, Australia, Spain and Brazil were ordered, the Navy said.", true);
  const Mention* navy = mention(mixed, "Navy");
  const std::string navy_id = navy ? navy->entity : "";  // no mention at all is fine: no national link
  EXPECT_FALSE(navy_id.starts_with("actor:us-") || navy_id.starts_with("actor:au-")) << navy_id;
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A short word in capitals inside mixed-case text is an acronym, not a town of that name
// (Icó in Brazil); a dateline in capitals stays a place. "Khorasan" in a report on Iran is
// its province; elsewhere the historical region.
TEST(EntityPlaces, AcronymsAreNoTownsAndKhorasanFollowsTheReport) {
  NEED_DATA();
  auto d = analyse("ROME - The International Coffee Organization (ICO) said exports rose, and the ICO council "
                   "will meet in London next week.",
                   true);
  int ico = 0;
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == "ICO") {
      ++ico;
      EXPECT_FALSE(m.entity.starts_with("geo:")) << m.entity;
    }
  EXPECT_GE(ico, 1);  // the acronym is still a mention, of the organisation
  const Mention* rome = mention(d, "ROME");
  ASSERT_NE(rome, nullptr);
  const Place* p = d.find_place(rome->entity);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "IT");
  d = analyse("MASHHAD, Iran - Police in Khorasan arrested two men, Iranian state media said.", true);
  ASSERT_NE(mention(d, "Khorasan"), nullptr);
  EXPECT_EQ(mention(d, "Khorasan")->entity, "place:razavi-khorasan-ir");
  d = analyse("The group keeps a base in Khorasan, officials in Kabul said.", true);
  ASSERT_NE(mention(d, "Khorasan"), nullptr);
  EXPECT_EQ(mention(d, "Khorasan")->entity, "place:khorasan");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Religious and ethnic communities are NORP mentions linked to their community record
// (resources/actors/communities.tsv), never to a group, a place or a person; a community word
// inside an organisation's name leaves the name alone.
TEST(EntityCommunities, CommunitiesLinkToTheirRecord) {
  NEED_DATA();
  auto d = analyse(
      "Gunmen opened fire on Shia pilgrims near Mastung, and members of the Hazara community "
      "said Ahmadis and Christians had been threatened too. The Shia Ulema Council called a strike.",
      true);
  ASSERT_NE(mention(d, "Shia"), nullptr);
  EXPECT_EQ(mention(d, "Shia")->type, MentionType::NORP);
  EXPECT_EQ(mention(d, "Shia")->entity, "community:shia");
  ASSERT_NE(mention(d, "Hazara"), nullptr);
  EXPECT_EQ(mention(d, "Hazara")->entity, "community:hazaras");
  ASSERT_NE(mention(d, "Ahmadis"), nullptr);
  EXPECT_EQ(mention(d, "Ahmadis")->entity, "community:ahmadis");
  ASSERT_NE(mention(d, "Christians"), nullptr);
  EXPECT_EQ(mention(d, "Christians")->entity, "community:christians");
  const Mention* council = nullptr;
  for (const auto& m : d.mentions)
    if (d.slice(m.span).ends_with("Shia Ulema Council")) council = &m;
  ASSERT_NE(council, nullptr);
  EXPECT_NE(council->type, MentionType::NORP);
  EXPECT_EQ(council->entity, "actor:shia-ulema-council");
  // No actor or place is made of a community.
  for (const auto& a : d.actors) {
    EXPECT_FALSE(a.id.starts_with("community:")) << a.id;
    EXPECT_NE(a.name, "Shia") << a.id;
  }
  for (const auto& p : d.places) EXPECT_NE(p.name, "Christians") << p.id;
  // "Hazara Shias": each word its community; a demonym before one stays the country's.
  auto e = analyse(
      "A faction of Pakistani Sunni militant group attacked the minority Hazara Shias in Quetta.", true);
  ASSERT_NE(mention(e, "Sunni"), nullptr);
  EXPECT_EQ(mention(e, "Sunni")->entity, "community:sunni");
  ASSERT_NE(mention(e, "Pakistani"), nullptr);
  EXPECT_EQ(mention(e, "Pakistani")->entity, "place:pakistan");
  ASSERT_NE(mention(e, "Shias"), nullptr);
  EXPECT_EQ(mention(e, "Shias")->entity, "community:shia");
}

// A named building or ground is a FACILITY linked to a place record of its own, inside the town
// the text puts it in; with no town given, it has no parent. It never has coordinates of its
// own (the GeoJSON export walks up to the town's).
TEST(EntityFacilities, NamedFacilitiesArePlacesInsideTheirTown) {
  NEED_DATA();
  auto analyse = [](const std::string& text, bool facilities) {
    Document d;
    d.meta.id = "doc:facility";
    d.text = text;
    d.body.push_back({0, static_cast<uint32_t>(text.size())});
    tokenize(d);
    split_sentences(d);
    make_entity_stage(lexicon(), gazetteer(), tagger(), EntityStageOptions{.facility_places = facilities})->run(d);
    return d;
  };
  // Off (EntityStageOptions{.facility_places = false}): the mention stays unlinked.
  {
    const Document off = analyse("Gunmen stormed the Civil Hospital in Quetta.", false);
    ASSERT_NE(mention(off, "Civil Hospital"), nullptr);
    EXPECT_TRUE(mention(off, "Civil Hospital")->entity.empty());
  }
  // On in the standard pipeline.
  {
    const Document on = dossier::analyse("Gunmen stormed the Civil Hospital in Quetta.", true);
    ASSERT_NE(mention(on, "Civil Hospital"), nullptr);
    EXPECT_FALSE(mention(on, "Civil Hospital")->entity.empty());
  }
  auto d = analyse(
      "Two gunmen stormed the Civil Hospital in Quetta on Monday. Later a blast hit Peshawar's "
      "Qissa Khwani Bazaar.",
      true);
  const Mention* hospital = mention(d, "Civil Hospital");
  ASSERT_NE(hospital, nullptr);
  EXPECT_EQ(hospital->type, MentionType::FACILITY);
  const Place* h = d.find_place(hospital->entity);
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->kind, PlaceKind::facility);
  EXPECT_FALSE(h->lat.has_value());
  const Place* quetta = d.find_place(h->parent);
  ASSERT_NE(quetta, nullptr);
  EXPECT_EQ(quetta->name, "Quetta");
  EXPECT_EQ(h->country, "PK");
  const Mention* bazaar = mention(d, "Qissa Khwani Bazaar");
  ASSERT_NE(bazaar, nullptr);
  const Place* b = d.find_place(bazaar->entity);
  ASSERT_NE(b, nullptr);
  ASSERT_NE(d.find_place(b->parent), nullptr);
  EXPECT_EQ(d.find_place(b->parent)->name, "Peshawar");
  // The same name in another town is another building.
  auto e = analyse("Doctors at the Civil Hospital in Karachi treated the wounded.", true);
  ASSERT_NE(mention(e, "Civil Hospital"), nullptr);
  EXPECT_NE(mention(e, "Civil Hospital")->entity, hospital->entity);
  // One name in one document is one building, wherever the text gives its town.
  auto g = analyse("Militants attacked the Bagram Airfield. Bagram Airfield, in Parwan, was hit again.", true);
  std::set<std::string> ids;
  for (const auto& m : g.mentions)
    if (g.slice(m.span) == "Bagram Airfield") ids.insert(m.entity);
  ASSERT_EQ(ids.size(), 1u);
  const Place* bagram = g.find_place(*ids.begin());
  ASSERT_NE(bagram, nullptr);
  EXPECT_EQ(bagram->country, "AF");
  // A trade is no place: "Securities Market".
  auto f = analyse("Trading on the new Singapore Government Securities Market has been postponed.", true);
  for (const auto& p : f.places) EXPECT_NE(p.kind, PlaceKind::facility) << p.id;
}

// Hard-wrapped wire copy: a name broken by a single newline inside a paragraph is one name;
// a heading on a line of its own stays apart from the next line.
TEST(EntityWrappedLines, NamesAcrossASoftLineBreakAreWhole) {
  NEED_DATA();
  auto d = analyse(
      "WASHINGTON, March 2 - Treasury balances at the Federal\nReserve rose on Feb 25 to 4.151 "
      "billion dlrs on\nthat day, the Treasury said in a statement issued late in the day on\n"
      "Thursday. Officials said Treasury Secretary James Baker and chairman Paul\nVolcker met "
      "today and said they would meet again\nnext week.\n",
      true);
  const Mention* fed = mention(d, "Federal\nReserve");
  ASSERT_NE(fed, nullptr);
  EXPECT_EQ(fed->entity, "actor:federal-reserve");
  EXPECT_EQ(mention(d, "Federal"), nullptr);
  const Mention* volcker = mention(d, "Paul\nVolcker");
  ASSERT_NE(volcker, nullptr);
  EXPECT_EQ(volcker->type, MentionType::PERSON);
  // Short lines (a headline, a byline) are lines of their own.
  auto e = analyse(
      "Islamic State Gaining Strength In Pakistan\nBy Kaswar Klasra\n\nThe group attacked a church "
      "in Quetta on Sunday, killing nine people, officials in the\ncity said.\n",
      true);
  for (const auto& m : e.mentions) EXPECT_EQ(e.slice(m.span).find("Pakistan\nBy"), std::string_view::npos);
}

// "LoC" is the Line of Control only among words of Kashmir and its firing line; in a trade
// report it is a letter of credit.
TEST(EntityPlaces, LineOfControlNeedsItsContext) {
  NEED_DATA();
  auto d = analyse("Indian and Pakistani troops exchanged fire across the LoC in Kashmir on Sunday.", true);
  ASSERT_NE(mention(d, "LoC"), nullptr);
  EXPECT_EQ(mention(d, "LoC")->entity, "place:line-of-control");
  auto e = analyse("The bank opened a LoC for the exporter, and the LOC will be confirmed on Monday.", true);
  for (const auto& m : e.mentions) EXPECT_NE(m.entity, "place:line-of-control") << e.slice(m.span);
}

// A photo caption names what the story is about: a known group in it is linked, but every
// mention there is metadata (no event or relation comes from a caption).
TEST(EntityMetadata, AGroupInAPhotoCaptionIsLinkedButMetadata) {
  NEED_DATA();
  Document d;
  d.meta.id = "doc:caption";
  d.text =
      "A painted mural depicting the flag of the Islamic State. (Photo: Hawzhin Azeez)\n\n"
      "QUETTA - Gunmen attacked a church in Quetta on Sunday, officials said.\n";
  const uint32_t body = static_cast<uint32_t>(d.text.find("QUETTA"));
  d.body.push_back({body, static_cast<uint32_t>(d.text.size())});
  tokenize(d);
  split_sentences(d);
  make_entity_stage(lexicon(), gazetteer(), tagger())->run(d);
  const Mention* is = mention(d, "Islamic State");
  ASSERT_NE(is, nullptr);
  EXPECT_EQ(is->entity, "actor:islamic-state");
  EXPECT_TRUE(is->metadata);
  const Mention* credit = mention(d, "Hawzhin Azeez");
  ASSERT_NE(credit, nullptr);
  EXPECT_TRUE(credit->metadata);
  EXPECT_TRUE(credit->entity.empty());
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

bool linked_to_place(const Document& d, std::string_view surface) {
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == surface && (m.entity.starts_with("geo:") || m.entity.starts_with("place:")))
      return true;
  return false;
}

// Once a document names someone "X Y", a later bare "Y" is that name again, not a town of that
// name; a locative cue or the town's region after a comma keeps the place.
TEST(EntityPlaces, ASurnameNamedInFullIsNoPlace) {
  NEED_DATA();
  auto d = analyse(
      "In 1981 the writer published a denunciation of Eva Forest. The book said that Forest had "
      "planned the attack with two others.",
      true);
  EXPECT_FALSE(linked_to_place(d, "Forest"));
  d = analyse("Krystle Campbell, 29, was killed in the blast. Campbell had gone to watch the race.", true);
  EXPECT_FALSE(linked_to_place(d, "Campbell"));
  const Mention* m = mention(d, "Campbell");
  if (m) {
    EXPECT_EQ(m->entity, "person:krystle-campbell");
  }
}

TEST(EntityPlaces, ASurnameWithALocativeCueStaysThePlace) {
  NEED_DATA();
  auto d = analyse(
      "Krystle Campbell, 29, was killed in the blast. The suspect later fled to Campbell, California, "
      "officials said.",
      true);
  EXPECT_TRUE(linked_to_place(d, "Campbell"));
}

// "U. S." spaced, "U", "S.": one letter is an initial, never a place (nor a person).
TEST(EntityPlaces, SingleLettersNeverLinkToPlaces) {
  NEED_DATA();
  for (bool with_tagger : {true, false}) {
    auto d = analyse("Tensions with the U. S. rose after the attack. The U . S . embassy in Kabul was shut.",
                     with_tagger);
    for (const auto& m : d.mentions) {
      std::string_view s = d.slice(m.span);
      if (s.size() <= 2 || s == "U. S." || s == "the U") {
        EXPECT_FALSE(m.entity.starts_with("geo:") || m.entity.starts_with("place:"))
            << s << " -> " << m.entity;
        EXPECT_NE(m.type, MentionType::PERSON) << s;
      }
    }
    EXPECT_TRUE(linked_to_place(d, "Kabul")) << with_tagger;
  }
  // Two letters are not initials: "UK" and "US" stay countries.
  auto d = analyse("The UK and the US condemned the bombing.", false);
  EXPECT_TRUE(linked_to_place(d, "UK"));
}

// "the University of Massachusetts", "the Mall", "Airport": a head noun alone names no place,
// though GeoNames has towns so called; the names they end still do.
TEST(EntityPlaces, HeadNounsAloneAreNoPlaces) {
  NEED_DATA();
  for (bool with_tagger : {true, false}) {
    auto d = analyse(
        "He was a student at the University of Massachusetts in the fall. Crowds gathered at the Mall "
        "and near the Airport in Kandahar.",
        with_tagger);
    for (std::string_view word :
         {"University", "the University", "Mall", "the Mall", "Airport", "the Airport"})
      EXPECT_FALSE(linked_to_place(d, word)) << word << " " << with_tagger;
    EXPECT_TRUE(linked_to_place(d, "Kandahar")) << with_tagger;
  }
}

// GeoNames names the region "Borno State"; the bare "Borno" and "Borno state" are it too, while
// a bare name that names something else keeps it ("Niger" the country).
TEST(EntityPlaces, BareRegionNamesLinkToTheirRegion) {
  NEED_DATA();
  auto d = analyse(
      "Boko Haram fighters attacked a village in Borno on Sunday, and troops crossed from Niger into "
      "Borno state.",
      true);
  EXPECT_EQ(mention(d, "Borno") ? mention(d, "Borno")->entity : "", "place:borno-state-ng");
  ASSERT_NE(mention(d, "Niger"), nullptr);
  EXPECT_EQ(mention(d, "Niger")->entity, "place:niger");
}

// Site furniture (Document::furniture: share widgets, site notices, comment forms) names no one:
// the same words in the article are still names.
TEST(EntityFurniture, NoMentionsInSiteFurniture) {
  NEED_DATA();
  const std::string story = "Gunmen attacked a checkpoint in Quetta, said Ahmed Khan, a police official.";
  const std::string widgets = "Print Friendly, PDF & Email\n\nSocial Streams\n\nAllowed HTML tags: <a> <em>";
  Document d;
  d.meta.id = "doc:furniture";
  d.text = story + "\n\n" + widgets;
  d.body.push_back({0, static_cast<uint32_t>(story.size())});
  d.furniture.push_back({static_cast<uint32_t>(story.size() + 2), static_cast<uint32_t>(d.text.size())});
  tokenize(d);
  split_sentences(d);
  make_entity_stage(lexicon(), gazetteer(), tagger())->run(d);
  for (const auto& m : d.mentions) EXPECT_LT(m.span.start, story.size()) << d.slice(m.span);
  for (const auto& a : d.actors)
    for (std::string_view junk : {"Print", "Email", "Streams", "HTML"}) EXPECT_NE(a.name, junk);
  ASSERT_NE(mention(d, "Quetta"), nullptr);
  ASSERT_NE(mention(d, "Ahmed Khan"), nullptr);
  EXPECT_EQ(mention(d, "Ahmed Khan")->type, MentionType::PERSON);
}

// A name ending in a building's head after "an attack on the", "the bombing of the", "stormed the"
// is the building (a FACILITY place inside its town), also for a centre; elsewhere a "... Center"
// stays an organisation.
TEST(EntityFacilities, CentresAttackedAreBuildings) {
  NEED_DATA();
  auto d = analyse(
      "Rescuers searched the rubble after the bombing of the Al-Noor Youth Center in Kano on Friday.", true);
  const Mention* centre = mention(d, "Al-Noor Youth Center");
  ASSERT_NE(centre, nullptr);
  EXPECT_EQ(centre->type, MentionType::FACILITY);
  const Place* f = d.find_place(centre->entity);
  ASSERT_NE(f, nullptr);
  ASSERT_NE(d.find_place(f->parent), nullptr);
  EXPECT_EQ(d.find_place(f->parent)->name, "Kano");
  auto e = analyse(
      "\"Talks will fail,\" said Omar Aziz of the Kabul-based think tank Regional Studies Center.", true);
  const Mention* org = mention(e, "Regional Studies Center");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->type, MentionType::ORG);
}

// A verb opening a phrase of a title-case headline ("... Plan to Attack Police Academy") is not
// the first word of the name after it; in running text a capitalised first word stays.
TEST(EntityTypes, HeadlineVerbIsNoPartOfTheName) {
  NEED_DATA();
  auto d = analyse(
      "Rebels Vowed to Attack Police Academy in Mardan\n\nRebels said on Monday they would attack a "
      "police academy.",
      true);
  for (const auto& m : d.mentions) EXPECT_FALSE(d.slice(m.span).starts_with("Attack")) << d.slice(m.span);
  ASSERT_NE(mention(d, "Police Academy"), nullptr);
  EXPECT_EQ(mention(d, "Police Academy")->type, MentionType::FACILITY);
  auto e = analyse("Officials said the Strike Force Command would lead the operation.", true);
  for (const auto& m : e.mentions) EXPECT_FALSE(e.slice(m.span).starts_with("Force")) << e.slice(m.span);
}

// A common word capitalised only by its place (a sentence's start, a title-case headline) is no
// new actor; a name at a sentence's start still is.
TEST(EntityTypes, CapitalisedCommonWordsAreNoActors) {
  NEED_DATA();
  for (bool with_tagger : {true, false}) {
    auto d = analyse(
        "Jury Selection Begins in Trial of Accused Bomber's Friend\n\nTwin bombings tore through a "
        "market in Kano on Sunday. Masked gunmen stormed a police post. The jury was sworn in.",
        with_tagger);
    for (const auto& a : d.actors)
      for (std::string_view word : {"Twin", "Masked", "Jury", "Accused"})
        EXPECT_EQ(a.name.find(word), std::string::npos) << a.id << " " << with_tagger;
    for (const auto& m : d.mentions)
      for (std::string_view word : {"Twin", "Masked", "Jury", "Accused"})
        EXPECT_NE(d.slice(m.span), word) << with_tagger;
  }
  auto e = analyse("Abdullah said on Monday he would resign.", true);
  ASSERT_NE(mention(e, "Abdullah"), nullptr);
  EXPECT_EQ(mention(e, "Abdullah")->type, MentionType::PERSON);
}

// "these brave Americans": lower-case words before a plural demonym are the country's people
// (NORP linked to the country), not a person; a name with capitalised words before it is not.
TEST(EntityTypes, DescribedDemonymIsTheCountrysPeople) {
  NEED_DATA();
  auto d = analyse(
      "\"We will never forget these brave Americans,\" the governor said. These brave Iraqis "
      "fought.",
      true);
  ASSERT_NE(mention(d, "Iraqis"), nullptr);
  EXPECT_EQ(mention(d, "Iraqis")->entity, "place:iraq");
  for (const auto& a : d.actors) EXPECT_EQ(a.name.find("Americans"), std::string::npos) << a.id;
  const Mention* m = mention(d, "Americans");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::NORP);
  EXPECT_EQ(m->entity, "place:united-states");
  // A name before the demonym makes it a person's name.
  auto e = analyse("A bomb went off.\n\nPolice named the driver as Abdul Afghan, a father of four.", true);
  ASSERT_NE(mention(e, "Abdul Afghan"), nullptr);
  EXPECT_EQ(mention(e, "Abdul Afghan")->type, MentionType::PERSON);
}

// A building whose name opens with a town's name is in the place the text gives ("in central
// Bangkok"), not the town its name reads; with no place given, the name's town stays.
TEST(EntityFacilities, PlaceTheTextGivesBeatsTheTownInTheName) {
  NEED_DATA();
  auto d = analyse("A bomb exploded at the Erawan Hindu Shrine in central Bangkok on Monday evening.", true);
  const Mention* shrine = mention(d, "Erawan Hindu Shrine");
  ASSERT_NE(shrine, nullptr);
  const Place* f = d.find_place(shrine->entity);
  ASSERT_NE(f, nullptr);
  ASSERT_NE(d.find_place(f->parent), nullptr);
  EXPECT_EQ(d.find_place(f->parent)->name, "Bangkok");
  auto e =
      analyse("Guests fled the Quetta Serena Hotel after the blast. Police in Quetta said four died.", true);
  const Mention* club = mention(e, "Quetta Serena Hotel");
  ASSERT_NE(club, nullptr);
  const Place* c = e.find_place(club->entity);
  ASSERT_NE(c, nullptr);
  ASSERT_NE(e.find_place(c->parent), nullptr);
  EXPECT_EQ(e.find_place(c->parent)->name, "Quetta");
}

// A name described by a kin word in its apposition ("X Y, wife of Z") is a person; a word of
// two capitals then small letters ("UMass") names an institution, not a person.
TEST(EntityTypes, KinAppositionsArePersonsAndCamelCaseNamesAreNot) {
  NEED_DATA();
  auto d = analyse(
      "Police arrested Ana Robles, wife of the novelist Carlos Vidal, in Madrid. Later Ana Robles was "
      "freed.",
      true);
  ASSERT_NE(mention(d, "Ana Robles"), nullptr);
  EXPECT_EQ(mention(d, "Ana Robles")->type, MentionType::PERSON);
  EXPECT_EQ(mention(d, "Ana Robles")->entity, "person:ana-robles");
  auto e = analyse(
      "The suspect was a student registered at UMass Dartmouth, officials said. Kevin McCarthy said "
      "the campus was closed.",
      true);
  for (const auto& a : e.actors)
    EXPECT_FALSE(a.kind == ActorKind::person && a.name.starts_with("UMass")) << a.id;
  ASSERT_NE(mention(e, "Kevin McCarthy"), nullptr);
  EXPECT_EQ(mention(e, "Kevin McCarthy")->type, MentionType::PERSON);
}

// "European" is the adjective of Europe (a curated region), as "Middle Eastern" is of the Middle
// East; inside a longer name it stays part of that name.
TEST(EntityPlaces, EuropeanIsOfEurope) {
  NEED_DATA();
  auto d = analyse(
      "A bomb went off.\n\nProtests by angry European farmers spread across Europe on Monday, and the "
      "European Community said it would meet.",
      true);
  ASSERT_NE(mention(d, "European"), nullptr);
  EXPECT_EQ(mention(d, "European")->type, MentionType::NORP);
  EXPECT_EQ(mention(d, "European")->entity, "place:europe");
  ASSERT_NE(mention(d, "Europe"), nullptr);
  EXPECT_EQ(mention(d, "Europe")->entity, "place:europe");
  for (const auto& m : d.mentions)
    if (m.span.start > d.text.find("the European Community")) {
      EXPECT_NE(m.entity, "place:europe") << d.slice(m.span);
    }
}

TEST(EntityTypes, NameEndingInABodysHeadIsAnOrganisation) {
  NEED_DATA();
  auto d = analyse(
      "A bomb went off.\n\nThe European Community said it would act. Journalists gathered at the "
      "Quetta Press Club to protest, and Ali Hassan Khan said they had left.",
      true);
  ASSERT_NE(mention(d, "European Community"), nullptr);
  EXPECT_EQ(mention(d, "European Community")->type, MentionType::ORG);
  ASSERT_NE(mention(d, "Quetta Press Club"), nullptr);
  EXPECT_EQ(mention(d, "Quetta Press Club")->type, MentionType::ORG);
  // Negative: a person's name, named before a speech verb, stays a person.
  ASSERT_NE(mention(d, "Ali Hassan Khan"), nullptr);
  EXPECT_EQ(mention(d, "Ali Hassan Khan")->type, MentionType::PERSON);
}

TEST(EntityPlaces, DemonymBeforeANounOfLandIsTheCountry) {
  NEED_DATA();
  auto d = analyse(
      "A bomb went off.\n\nPlanes from Afghanistan attacked Pakistani villages on Monday and "
      "militants crossed into Afghan territory. Pakistani soldiers fired back at Afghan forces.",
      false);
  ASSERT_NE(mention(d, "Pakistani"), nullptr);
  EXPECT_EQ(mention(d, "Pakistani")->type, MentionType::GPE);
  EXPECT_EQ(mention(d, "Pakistani")->entity, "place:pakistan");
  ASSERT_NE(mention(d, "Afghan"), nullptr);
  EXPECT_EQ(mention(d, "Afghan")->type, MentionType::GPE);
  EXPECT_EQ(mention(d, "Afghan")->entity, "place:afghanistan");
  // Negative: the country's people stay its people.
  for (const auto& m : d.mentions)
    if (m.span.start > d.text.find("fired back")) {
      EXPECT_NE(m.type, MentionType::GPE) << d.slice(m.span);
    }
}

// "the town of X" makes X a place whatever the tagger reads ("Tuz Khurmatu" as a person), and the
// same name elsewhere in the document too.
TEST(EntityPlaces, ANameAfterTownOfIsAPlace) {
  NEED_DATA();
  auto d = analyse(
      "A bomb exploded in the town of Tuz Khurmatu on Monday. A police officer in Tuz Khurmatu said "
      "12 people died.",
      true);
  int places = 0;
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == "Tuz Khurmatu") {
      EXPECT_EQ(m.type, MentionType::GPE);
      ++places;
    }
  EXPECT_EQ(places, 2);
}

// "God is greatest" names no place (Göd, Hungary, folds to the same key).
TEST(EntityPlaces, GodIsNoPlace) {
  NEED_DATA();
  auto d = analyse(
      "The gunmen burst into the hotel in Bamako, shouting \"God is greatest\" and firing at guards.", true);
  for (const auto& m : d.mentions) EXPECT_NE(d.slice(m.span), "God") << m.entity;
}

// An ambiguous place name is read in the countries the report is about: "Uri" in a report from
// Srinagar on Kashmir is the town on the Line of Control, not the Swiss canton.
TEST(EntityPlaces, AmbiguousNameTakesTheReadingInTheReportsCountries) {
  NEED_DATA();
  auto d = analyse(
      "SRINAGAR, India - Militants stormed an army base in Indian Kashmir on Sunday, killing 17 "
      "soldiers. The attack on the camp in the town of Uri, near the de facto border with Pakistan, "
      "began before dawn.",
      true);
  const Mention* uri = mention(d, "Uri");
  ASSERT_NE(uri, nullptr);
  const Place* p = d.find_place(uri->entity);
  ASSERT_NE(p, nullptr) << uri->entity;
  EXPECT_EQ(p->country, "IN") << p->id;
  for (const auto& pl : d.places) EXPECT_NE(pl.country, "CH") << pl.id;
}

// A small town whose only reading lies in a country the report never names is left unlinked
// rather than placed there ("Abu" is a town in India; here it opens a Nigerian militant's name),
// and "the town of X" is no province of another country.
TEST(EntityPlaces, SmallTownOutsideTheReportsCountriesStaysUnlinked) {
  NEED_DATA();
  auto d = analyse(
      "MAIDUGURI, Nigeria - Gunmen attacked a checkpoint in Borno state, killing five soldiers. "
      "Fighters loyal to Abu Musab al-Barnawi also raided the village of Dalori, residents said.",
      true);
  for (const auto& pl : d.places) EXPECT_NE(pl.country, "IN") << pl.id;
  const Mention* m = mention(d, "Abu Musab al-Barnawi");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::PERSON);
}

// A well-known place stands on its own: a capital named in a report on another country keeps its
// reading, and "Norwood, Ohio" is the Norwood in Ohio.
TEST(EntityPlaces, CapitalsAndQualifiedTownsKeepTheirReading) {
  NEED_DATA();
  auto d = analyse(
      "KABUL, Afghanistan - The Taliban attacked a police post in Helmand province. Officials in "
      "London condemned the attack. A plant in Norwood, Ohio, will close.",
      true);
  const Mention* london = mention(d, "London");
  ASSERT_NE(london, nullptr);
  const Place* p = d.find_place(london->entity);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "GB");
  const Mention* norwood = mention(d, "Norwood");
  ASSERT_NE(norwood, nullptr);
  const Place* q = d.find_place(norwood->entity);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->admin1, "Ohio");
}

// Names with lower-case particles stay one name: a street or square is a place, not a person;
// a person's name keeps its particle.
TEST(EntityTypes, NamesWithParticlesStayWhole) {
  NEED_DATA();
  auto d = analyse(
      "NICE, France - A gunman drove a truck into a crowd on the seafront Promenade des Anglais in "
      "the French Riviera city of Nice, killing 84 people. President Francois Hollande, speaking at "
      "the Place de la Concorde in Paris, said the attacker had no known links to Abu Bakr "
      "al-Baghdadi's group.",
      true);
  const Mention* promenade = mention(d, "Promenade des Anglais");
  ASSERT_NE(promenade, nullptr);
  EXPECT_EQ(promenade->type, MentionType::FACILITY);
  const Mention* place = mention(d, "Place de la Concorde");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->type, MentionType::FACILITY);
  EXPECT_EQ(mention(d, "Anglais"), nullptr);
  EXPECT_EQ(mention(d, "Concorde"), nullptr);
  EXPECT_FALSE(has_person_actor_containing(d, "Anglais"));
  EXPECT_FALSE(has_person_actor_containing(d, "Concorde"));
  const Mention* baghdadi = mention(d, "Abu Bakr al-Baghdadi");
  ASSERT_NE(baghdadi, nullptr);
  EXPECT_EQ(baghdadi->type, MentionType::PERSON);
  EXPECT_EQ(mention(d, "Riviera city"), nullptr);
}

// A tagger's place that runs on into a longer name ("Nice Bastille" + "Day") is cut to the place.
TEST(EntityTypes, PlaceRunningIntoAnotherNameIsCutToThePlace) {
  NEED_DATA();
  auto d = analyse("Truck driver kills 84 in Nice Bastille Day attack\n\nThe attack shocked France.", true);
  EXPECT_EQ(mention(d, "Nice Bastille"), nullptr);
  const Mention* nice = mention(d, "Nice");
  ASSERT_NE(nice, nullptr);
  EXPECT_EQ(nice->type, MentionType::GPE);
}

// A Romance-language body's name with particles is one body, not a person.
TEST(EntityTypes, ForeignBodyWithParticlesIsABody) {
  NEED_DATA();
  auto d = analyse(
      "Shares of Banca Nazionale del Lavoro rose after Banque Nationale de Paris said it would buy "
      "a stake in the Italian lender.",
      true);
  for (std::string_view name : {"Banca Nazionale del Lavoro", "Banque Nationale de Paris"}) {
    const Mention* m = mention(d, name);
    ASSERT_NE(m, nullptr) << name;
    EXPECT_EQ(m->type, MentionType::ORG) << name;
  }
  EXPECT_FALSE(has_person_actor_containing(d, "Nazionale"));
  EXPECT_FALSE(has_person_actor_containing(d, "Nationale"));
}

// A reading outside the region the text gives right after the name is not it: "the village of
// Kwall in Borno state" is no Kwal of Plateau State (a looser spelling the gazetteer matches).
// The town becomes a place made from the text, inside Borno State, with no coordinates of its
// own. Where the region holds the gazetteer's reading, or the names are a list, the reading
// stays.
TEST(EntityPlaces, ReadingOutsideTheStatedRegionIsNotIt) {
  NEED_DATA();
  auto d = analyse(
      "MAIDUGURI, Nigeria - Boko Haram fighters killed 17 people in an attack on the village of Kwall "
      "in Borno state on Tuesday, residents said.",
      true);
  const Mention* kwall = mention(d, "Kwall");
  ASSERT_NE(kwall, nullptr);
  const Place* p = d.find_place(kwall->entity);
  ASSERT_NE(p, nullptr) << kwall->entity;
  EXPECT_EQ(p->parent, "place:borno-state-ng");
  EXPECT_EQ(p->kind, PlaceKind::city);
  EXPECT_EQ(p->country, "NG");
  EXPECT_EQ(p->admin1, "Borno State");
  EXPECT_FALSE(p->lat.has_value());
  for (const auto& pl : d.places) EXPECT_NE(pl.admin1, "Plateau State") << pl.id;

  // The region holds the reading: it stays.
  d = analyse("Gunmen killed nine people in the village of Kwall in Plateau state on Sunday.", true);
  ASSERT_NE(mention(d, "Kwall"), nullptr);
  EXPECT_EQ(mention(d, "Kwall")->entity, "geo:10323499");
  // A country the reading lies in: it stays ("Taloqan in northern Afghanistan").
  d = analyse("A bomb exploded in Taloqan in northern Afghanistan on Friday.", true);
  ASSERT_NE(mention(d, "Taloqan"), nullptr);
  EXPECT_EQ(mention(d, "Taloqan")->entity, "geo:1123004");
  // A known city is that city whatever follows its comma ("Islamabad faces" is no region of it).
  d = analyse("After attack on church in Quetta, Islamabad faces harsh realities\n\nThe attack killed nine.",
              true);
  ASSERT_NE(mention(d, "Quetta"), nullptr);
  EXPECT_EQ(mention(d, "Quetta")->entity, "geo:1167528");
  // A list of places is no town inside a region.
  d = analyse("Police posts were attacked in Quetta, Peshawar and Lahore on Monday.", true);
  for (std::string_view town : {"Quetta", "Peshawar", "Lahore"}) {
    const Mention* m = mention(d, town);
    ASSERT_NE(m, nullptr) << town;
    const Place* q = d.find_place(m->entity);
    ASSERT_NE(q, nullptr) << town;
    EXPECT_EQ(q->kind, PlaceKind::city) << town;
    EXPECT_EQ(q->country, "PK") << town;
  }
}

// A town the gazetteer lacks, named as a place with the region that holds it ("in Sutherland
// Springs, Texas"), is a place of kind city made from the text: its id from its name and the
// region's, the region as parent, no coordinates of its own; the same name later in the report
// is the same town. Without the region, or without a word that makes it a place, nothing is made.
TEST(EntityPlaces, UnknownTownWithItsRegionIsAPlaceMadeFromTheText) {
  NEED_DATA();
  auto d = analyse(
      "HOUSTON - A gunman opened fire at a church in Sutherland Springs, Texas, on Sunday, killing 26 "
      "people. Residents of Sutherland Springs gathered for a vigil.",
      true);
  const Mention* m = mention(d, "Sutherland Springs");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->entity, "place:sutherland-springs-texas-us");
  const Place* p = d.find_place(m->entity);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, PlaceKind::city);
  EXPECT_EQ(p->parent, "place:texas-us");
  EXPECT_EQ(p->country, "US");
  EXPECT_FALSE(p->lat.has_value());
  EXPECT_FALSE(p->geonames_id.has_value());
  EXPECT_EQ(entity_of_nth(d, "Sutherland Springs", 1), "place:sutherland-springs-texas-us");

  // Towns joined by "and" share the region; a region after its country's genitive is read in it.
  d = analyse(
      "Militants killed 30 people in raids on the villages of Budu and Kwatandashi in Borno state. Al "
      "Shabaab attacked a base in the town of Leego in Somalia's Bay region.",
      true);
  EXPECT_EQ(entity_of_nth(d, "Budu", 0), "place:budu-borno-state-ng");
  EXPECT_EQ(entity_of_nth(d, "Kwatandashi", 0), "place:kwatandashi-borno-state-ng");
  EXPECT_EQ(entity_of_nth(d, "Leego", 0), "place:leego-bay-so");
  // A unit the gazetteer lacks: the known region that holds it.
  d = analyse(
      "Gunmen killed 100 people in a raid on the village of Solhan in Yagha province in northern Burkina "
      "Faso.",
      true);
  EXPECT_EQ(entity_of_nth(d, "Solhan", 0), "place:solhan-burkina-faso");

  // "at" stands before shops and firms too: no town.
  d = analyse("He bought the pellets at Walmart in New Hampshire in March.", true);
  for (const auto& pl : d.places) EXPECT_FALSE(pl.id.starts_with("place:walmart")) << pl.id;
  // A part of a city named with the city ("Sadr City, Baghdad") is no town of its own.
  d = analyse("BAGHDAD - A car bomb killed 12 people in Sadr City, Baghdad, police said.", true);
  for (const auto& pl : d.places) EXPECT_FALSE(pl.id.starts_with("place:sadr")) << pl.id;

  // No region stated: no place made.
  d = analyse("A gunman opened fire at a church in Sutherland Springs on Sunday, killing 26 people.", true);
  for (const auto& pl : d.places) EXPECT_NE(pl.kind, PlaceKind::city) << pl.id;
  // No word that makes it a place.
  d = analyse("Sutherland Springs, Texas, mourned its dead on Monday.", true);
  for (const auto& pl : d.places) EXPECT_FALSE(pl.id.starts_with("place:sutherland")) << pl.id;
  // A person's name before a region is no town.
  d = analyse("The attack was condemned by John Cornyn, Texas senator, on Monday.", true);
  for (const auto& pl : d.places) EXPECT_NE(pl.kind, PlaceKind::city) << pl.id;
}

// A dateline whose readings all lie in one country ("KABUL": the city and its province) names the
// country the report is about: "the northern city of Taloqan" is the Afghan town, not left
// unlinked as a small town of a country the report never names (Reuters' own country, Britain,
// was the only one counted).
TEST(EntityPlaces, DatelineCountryLetsASmallCityLink) {
  NEED_DATA();
  auto d = analyse(
      "KABUL (Reuters) - A suicide bomber killed at least 12 people at a mosque in the northern city of "
      "Taloqan on Friday.",
      true);
  const Mention* m = mention(d, "Taloqan");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->entity, "geo:1123004");
  // Still no small town of a country the report does not name (the village of Dalori stays
  // unlinked in a report on Nigeria, below).
  d = analyse(
      "MAIDUGURI, Nigeria (Reuters) - Fighters loyal to Abu Musab al-Barnawi raided the village of "
      "Dalori, residents said.",
      true);
  for (const auto& pl : d.places) EXPECT_NE(pl.country, "IN") << pl.id;
}

// Two words opening with a country's name or adjective before "said" are a company's or a body's
// name, not a person's ("Saudi Aramco said"), and the bare last word later is that body. A
// person's name stays a person's, and "U.S." ending a sentence opens no name.
TEST(EntityTypes, NameOpeningWithACountryIsNoPerson) {
  NEED_DATA();
  auto d = analyse(
      "Drones struck an oil plant at Ras Tanura on Sunday, Saudi Aramco said. Aramco said there were no "
      "casualties.",
      true);
  const Mention* m = mention(d, "Saudi Aramco");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::ORG);
  EXPECT_EQ(m->entity, "actor:saudi-aramco");
  const Mention* bare = mention(d, "Aramco");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(bare->type, MentionType::ORG);
  EXPECT_EQ(bare->entity, "actor:saudi-aramco");
  EXPECT_FALSE(has_person_actor_containing(d, "Aramco"));
  ASSERT_NE(mention(d, "Ras Tanura"), nullptr);
  EXPECT_EQ(mention(d, "Ras Tanura")->entity, "place:ras-tanura-sa");

  d = analyse("Ali Khan said the plant was hit. Output fell in the U.S. Silas said prices would rise.", true);
  ASSERT_NE(mention(d, "Ali Khan"), nullptr);
  EXPECT_EQ(mention(d, "Ali Khan")->type, MentionType::PERSON);
  for (const auto& a : d.actors)
    EXPECT_NE(a.kind == ActorKind::organization && a.name.find("Silas") != std::string::npos, true) << a.id;
}
// Wire copy writes a building's head in lower case ("the Pearl-Continental hotel in Gwadar"): the
// name is still the building's, inside the town the text gives. A head alone is no name.
TEST(EntityFacilities, LowerCaseHeadClosesAFacilityName) {
  NEED_DATA();
  auto d = analyse("QUETTA, Pakistan - Gunmen stormed the Pearl-Continental hotel in Gwadar on Saturday.", true);
  const Mention* m = mention(d, "Pearl-Continental hotel");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::FACILITY);
  const Place* p = d.find_place(m->entity);
  ASSERT_NE(p, nullptr) << m->entity;
  EXPECT_EQ(p->kind, PlaceKind::facility);
  EXPECT_EQ(p->parent, "geo:1177446");
  d = analyse("QUETTA, Pakistan - Gunmen stormed a hotel in Gwadar on Saturday.", true);
  for (const auto& pl : d.places) EXPECT_NE(pl.kind, PlaceKind::facility) << pl.id;
  // "a Boston hospital" is a hospital in Boston, not a building's name.
  d = analyse("The suspect was taken to a Boston hospital with injuries.", true);
  for (const auto& pl : d.places) EXPECT_NE(pl.kind, PlaceKind::facility) << pl.id;
}
// A building no town of the text holds is in the dateline's town when the report places its news
// in that town's country (its state body, place or adjective named, no place of another); a
// regional hub's dateline with nothing of its own country is not where the building is.
TEST(EntityFacilities, DatelineTownHoldsABuildingWhenTheReportIsAboutItsCountry) {
  NEED_DATA();
  auto d = analyse(
      "LONDON - A man drove a car into pedestrians on Westminster Bridge on Wednesday, killing three "
      "people, British police said.",
      true);
  const Mention* m = mention(d, "Westminster Bridge");
  ASSERT_NE(m, nullptr);
  const Place* p = d.find_place(m->entity);
  ASSERT_NE(p, nullptr) << m->entity;
  EXPECT_EQ(p->parent, "geo:2643743");
  EXPECT_EQ(p->country, "GB");
  // Nothing of the dateline's country: no parent.
  d = analyse("LONDON - A man drove a car into pedestrians on Westminster Bridge on Wednesday.", true);
  ASSERT_NE(mention(d, "Westminster Bridge"), nullptr);
  p = d.find_place(mention(d, "Westminster Bridge")->entity);
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->parent.empty()) << p->parent;
  // A hub filing on a neighbour: not in Nairobi.
  d = analyse("NAIROBI - Gunmen attacked the Jazeera Hotel on Friday, Somali police said.", true);
  ASSERT_NE(mention(d, "Jazeera Hotel"), nullptr);
  p = d.find_place(mention(d, "Jazeera Hotel")->entity);
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->country, "KE") << p->id;
}
// A country right after a place and a comma says where the place is ("in Kunduz, Afghanistan on
// Monday"): the country, not its government; a country that acts stays its government.
TEST(EntityTypesTagger, CountryAfterAPlaceAndACommaIsThePlace) {
  NEED_DATA();
  auto d = analyse("Taliban fighters attacked a checkpoint in Kunduz, Afghanistan on Monday.", true);
  const Mention* m = mention(d, "Afghanistan");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->entity, "place:afghanistan");
  EXPECT_EQ(d.find_actor("actor:af-government"), nullptr);
  // A country opening its own clause after a place is its government.
  d = analyse("In London, the U.S. was supported by Britain and the Netherlands.", true);
  ASSERT_NE(mention(d, "the U.S."), nullptr);
  EXPECT_EQ(mention(d, "the U.S.")->entity, "actor:us-government");
  // In a list of countries each is what it is alone.
  d = analyse("The plan has the support of countries including Mexico, Colombia and Panama.", true);
  ASSERT_NE(mention(d, "Colombia"), nullptr);
  EXPECT_EQ(mention(d, "Colombia")->entity, "actor:co-government");
  d = analyse("Afghanistan accused Pakistan of sheltering the attackers.", true);
  ASSERT_NE(mention(d, "Afghanistan"), nullptr);
  EXPECT_EQ(mention(d, "Afghanistan")->entity, "actor:af-government");
}
}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A given name before a community word in name position is a person's name ("Nibras Islam",
// "Rohan Hindu"), not the community; "an Orthodox Christian", "Coptic Christians" and "Pakistani
// Sunni" stay the community.
TEST(EntityTypesTagger, AGivenNameBeforeACommunityWordIsAPerson) {
  NEED_DATA();
  auto d = analyse("Police arrested Nibras Islam, 22, in connection with the bombing, officials said.", true);
  const Mention* m = mention(d, "Nibras Islam");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::PERSON);
  EXPECT_FALSE(m->entity.starts_with("community:"));
  auto c = analyse("Gunmen killed six Coptic Christians on a bus in Minya on Friday.", true);
  for (const auto& x : c.mentions)
    if (c.slice(x.span).find("Christian") != std::string_view::npos) {
      EXPECT_NE(x.type, MentionType::PERSON);
    }
  auto s = analyse("The victim, a Pakistani Sunni, was shot dead in Karachi on Friday.", true);
  for (const auto& x : s.mentions)
    if (s.slice(x.span).find("Sunni") != std::string_view::npos) {
      EXPECT_NE(x.type, MentionType::PERSON);
    }
  // The surname alone later, as a subject, is the person; as a community's word it is not.
  auto r = analyse(
      "Police identified the suspect as Rohan Hindu. Hindu had travelled from Delhi. Hindu pilgrims "
      "were not hurt.",
      true);
  EXPECT_EQ(entity_of_nth(r, "Hindu", 0), "person:rohan-hindu");
  const Mention* p = nullptr;
  for (const auto& x : r.mentions)
    if (r.slice(x.span) == "Hindu" && x.span.start > r.text.find("pilgrims") - 7) p = &x;
  if (p) {
    EXPECT_NE(p->type, MentionType::PERSON);
  }
}

// A possessive inside a group's name ("People's") does not cut it: the whole name is one group,
// and its pieces ("People", "Front") are no actors of their own. A country's possessive before a
// body ("Kenya's Coastal Tourism Board") still is no part of its name.
TEST(EntityTypesTagger, PossessiveInsideAGroupNameKeepsItWhole) {
  NEED_DATA();
  auto d = analyse(
      "Gunmen killed three soldiers on Saturday, and the Tripura People's Front claimed "
      "responsibility.",
      true);
  const Mention* m = mention(d, "Tripura People's Front");
  ASSERT_NE(m, nullptr);
  EXPECT_NE(m->type, MentionType::GPE);
  EXPECT_EQ(d.find_actor("actor:front"), nullptr);
  EXPECT_EQ(d.find_actor("actor:tripura-people"), nullptr);
  d = analyse("The Kuki People's Liberation Army said it had ambushed the convoy.", true);
  EXPECT_NE(mention(d, "Kuki People's Liberation Army"), nullptr);
  EXPECT_EQ(d.find_actor("actor:liberation-army"), nullptr);
  d = analyse("A spokesman for Kenya's Coastal Tourism Board said the attack had hurt bookings.", true);
  EXPECT_EQ(mention(d, "Kenya's Coastal Tourism Board"), nullptr);
  ASSERT_NE(mention(d, "Kenya"), nullptr);
  EXPECT_EQ(mention(d, "Kenya")->type, MentionType::GPE);
}

// A holiday's name is no one's name: "a crowded Christmas market" (where the time stage sees no
// date either) tells no person; a person's name beside it still is one.
TEST(EntityTypesTagger, AHolidayIsNoPerson) {
  NEED_DATA();
  auto d = analyse(
      "A truck ploughed into a crowded Christmas market in central Berlin, killing 12 people. Police "
      "said the driver, Michael Weber, 24, was arrested.",
      true);
  for (const auto& x : d.mentions)
    if (d.slice(x.span).find("Christmas") != std::string_view::npos) {
      EXPECT_NE(x.type, MentionType::PERSON);
    }
  const Mention* m = mention(d, "Michael Weber");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::PERSON);
}

// A unit numbered before its capitalised name is an armed group ("the 444 Brigade", "the FARC's
// 8th Front"), and its spokesman speaks for it; not a state's unit ("the army's 7th Brigade", "troops
// of the 22nd Brigade", "the 2nd Brigade of the army"), nor a number before any other name.
TEST(EntityTypesTagger, ANumberedUnitIsAnArmedGroup) {
  NEED_DATA();
  auto d = analyse(
      "Fighters of the 444 Brigade attacked a checkpoint on Friday. A spokesman for the 444 Brigade, "
      "Mohamed Hamouda, said the unit had lost two men. Rebels of the FARC's 8th Front killed three "
      "soldiers on Sunday.",
      true);
  for (const char* unit : {"444 Brigade", "8th Front"}) {
    const Mention* m = mention(d, unit);
    ASSERT_NE(m, nullptr) << unit;
    EXPECT_EQ(m->type, MentionType::ARMED_GROUP) << unit;
  }
  d = analyse(
      "Soldiers of the army's 7th Brigade shelled the town. Troops of the 22nd Brigade killed five "
      "militants. "
      "The 2nd Brigade of the army clashed with rebels. The airline bought 12 Boeing jets.",
      true);
  for (const auto& x : d.mentions) {
    EXPECT_NE(x.type, MentionType::ARMED_GROUP) << d.slice(x.span);
    EXPECT_EQ(d.slice(x.span).find("12 "), std::string_view::npos) << d.slice(x.span);
  }
}

// A town the gazetteer lacks, described by an apposition that puts it in a region ("X, a town in
// Aleppo province"), is a town of that region, as "the village of X in Y" is; words after the
// comma that make it no settlement leave it alone. Sentences written for this test.
TEST(EntityPlaces, ATownDescribedInAnAppositionIsMadeInItsRegion) {
  NEED_DATA();
  auto d = analyse(
      "A car bomb went off near a bakery in Azaz, a town in Aleppo province, on Monday, killing eight "
      "people.",
      true);
  const Mention* m = mention(d, "Azaz");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->entity, "place:azaz-aleppo-sy");
  const Place* p = d.find_place("place:azaz-aleppo-sy");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, PlaceKind::city);
  EXPECT_EQ(p->country, "SY");
  // Adjectives before the settlement word; no place word before the name.
  d = analyse("Shells fell on Azaz, a small border town in northern Aleppo province, on Sunday.", true);
  EXPECT_EQ(entity_of_nth(d, "Azaz", 0), "place:azaz-aleppo-sy");
  // No settlement word: no town.
  d = analyse("Rebels shelled Azaz, a statement in Aleppo province said on Sunday.", true);
  for (const auto& pl : d.places) EXPECT_FALSE(pl.id.starts_with("place:azaz")) << pl.id;
  // A person who lives in a village is no village.
  d = analyse("Gunmen killed 12 people on Sunday, said Ibrahim Musa, a resident of a village in Borno state.",
              true);
  for (const auto& pl : d.places) EXPECT_FALSE(pl.id.starts_with("place:ibrahim")) << pl.id;
  EXPECT_NE(d.find_actor("person:ibrahim-musa"), nullptr);
}

// A branch of a known group named with its place is one actor: the lexicon's branch when it has
// one, else a new group whose parent is the group named; not a group and a place. Sentences
// written for this test.
TEST(EntityTypesTagger, ABranchNamedWithItsPlaceIsOneActor) {
  NEED_DATA();
  auto d =
      analyse("The Sinai branch of Islamic State said it attacked an army post near Rafah on Friday.", true);
  const Mention* m = mention(d, "Sinai branch of Islamic State");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->entity, "actor:islamic-state-sinai-province");
  // A province with no branch of its own in the lexicon is the group's office there.
  d = analyse("The Taliban's Helmand province shadow governor said the group carried out the attack.", true);
  EXPECT_EQ(d.find_actor("actor:taliban-helmand-province"), nullptr);
  EXPECT_NE(d.find_actor("actor:taliban"), nullptr);
  d = analyse("Officials said Islamic State's Sinai branch had carried out the raid on Friday.", true);
  m = mention(d, "Islamic State's Sinai branch");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->entity, "actor:islamic-state-sinai-province");
  // The parent's only branch in the country named.
  d = analyse("The Iraq branch of al-Qaeda claimed the bombings in Baghdad on Sunday.", true);
  m = mention(d, "Iraq branch of al-Qaeda");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->entity, "actor:al-qaeda-in-iraq");
  // A branch the lexicon lacks: a new group, a faction of the group named.
  d = analyse("Jamaat-ul-Ahrar Khurasan claimed the suicide bombing at the court on Monday.", true);
  m = mention(d, "Jamaat-ul-Ahrar Khurasan");
  ASSERT_NE(m, nullptr);
  const Actor* a = nullptr;
  for (const auto& x : d.actors)
    if (x.id == m->entity) a = &x;
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::armed_group);
  EXPECT_EQ(a->parent, "actor:jamaat-ul-ahrar");
  // A group and a place that name no branch stay apart: a place after the possessive with no
  // branch word, a wing named by no place, a region and the group modifying a noun.
  d = analyse("Analysts said the Taliban Kashmir strategy had failed.", true);
  EXPECT_EQ(entity_of_nth(d, "Taliban", 0), "actor:taliban");
  // The branch's own name beside the words: they describe it, and stay as they are.
  d = analyse("Fighters of al-Qaeda's Syria branch, the Nusra Front, crossed the border.", true);
  EXPECT_EQ(entity_of_nth(d, "al-Qaeda", 0), "actor:al-qaeda");
  EXPECT_EQ(entity_of_nth(d, "Nusra Front", 0), "actor:nusra-front");
  d = analyse("Islamic State's Syria operations were hit hard, and the armed wing of Hamas fired rockets.",
              true);
  EXPECT_EQ(entity_of_nth(d, "Islamic State", 0), "actor:islamic-state");
  EXPECT_EQ(entity_of_nth(d, "Syria", 0), "place:syria");
  EXPECT_EQ(entity_of_nth(d, "Hamas", 0), "actor:hamas");
}

// A country whose own name ends like a plural demonym ("the Philippines") is the country, a place,
// not its people; the people ("Filipinos", "Afghans") stay NORP. Sentences written for this test.
TEST(EntityPlaces, ACountryNamedLikeAPluralDemonymIsThePlace) {
  NEED_DATA();
  EXPECT_EQ(gazetteer()->demonym("Philippines"), nullptr);
  ASSERT_NE(gazetteer()->demonym("Filipinos"), nullptr);
  EXPECT_EQ(gazetteer()->demonym("Filipinos")->id, "place:philippines");
  ASSERT_NE(gazetteer()->demonym("Philippine"), nullptr);
  for (bool with_tagger : {true, false}) {
    auto d = analyse(
        "Rebels ambushed an army patrol in the southern Philippines on Sunday, the military said. "
        "The Philippines has fought the insurgents for decades.",
        with_tagger);
    for (int nth : {0, 1}) {
      int seen = 0;
      for (const auto& m : d.mentions)
        if (d.slice(m.span) == "Philippines" && seen++ == nth) {
          EXPECT_NE(m.type, MentionType::NORP) << nth << " tagger " << with_tagger;
          EXPECT_EQ(m.entity, "place:philippines") << nth;
        }
      EXPECT_GT(seen, nth) << "no mention " << nth;
    }
    d = analyse("Thousands of Filipinos and Afghans queued outside the embassy on Monday.", with_tagger);
    const Mention* m = mention(d, "Filipinos");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->type, MentionType::NORP);
    EXPECT_EQ(m->entity, "place:philippines");
    m = mention(d, "Afghans");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->type, MentionType::NORP);
  }
}

// A cartel or a clan named with a lower-case head ("the Sinaloa cartel", "the Gulf clan", as news
// usually writes them) is the armed group, not the state or the gulf it is named after; the place
// alone stays a place. Sentences written for this test.
TEST(EntityTypesTagger, ALowerCaseCartelOrClanIsTheGroup) {
  NEED_DATA();
  auto d = analyse("Gunmen of the Sinaloa cartel killed three police officers in Culiacan on Tuesday.", true);
  EXPECT_EQ(entity_of_nth(d, "Sinaloa cartel", 0), "actor:sinaloa-cartel");
  d = analyse("Members of the Gulf clan blocked roads in Antioquia, and the Jalisco cartel denied a role.",
              true);
  EXPECT_EQ(entity_of_nth(d, "Gulf clan", 0), "actor:clan-del-golfo");
  EXPECT_EQ(entity_of_nth(d, "Jalisco cartel", 0), "actor:cjng");
  // The state alone, and the gulf alone, are no group.
  d = analyse("Troops were sent to Sinaloa after the killings, and a storm formed in the Gulf on Monday.",
              true);
  const Mention* m = mention(d, "Sinaloa");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::GPE);
  EXPECT_EQ(m->entity, "place:sinaloa-mx");
  for (const auto& x : d.mentions) EXPECT_NE(x.entity, "actor:clan-del-golfo");
}

// A town an apposition introduced ("Tal Jibrin, a village in Aleppo province") is that town when a
// later sentence names it alone and the tagger reads a person there; a person described as living
// in a region keeps being a person. Sentences written for this test.
TEST(EntityPlaces, ATownIntroducedByAnAppositionStaysATownWhenToldAlone) {
  NEED_DATA();
  auto d = analyse(
      "A car bomb exploded on Monday in Azaz, a town in Aleppo province near the Turkish border, killing at "
      "least seven people. Residents in Azaz said the blast tore through a crowded market. Azaz has been "
      "hit several times this year.",
      true);
  int towns = 0;
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == "Azaz") {
      EXPECT_EQ(m.type, MentionType::GPE);
      EXPECT_EQ(m.entity, "place:azaz-aleppo-sy");
      ++towns;
    }
  EXPECT_EQ(towns, 3);
  EXPECT_EQ(d.find_actor("person:azaz"), nullptr);
  // An apposition that says where without a region holding it still says it is a town.
  d = analyse(
      "Shells hit Tal Rifaat, a town north of Aleppo, on Monday, killing five children. Tal Rifaat "
      "has changed hands several times since 2016.",
      true);
  EXPECT_EQ(d.find_actor("person:tal-rifaat"), nullptr);
  for (const auto& m : d.mentions) {
    if (d.slice(m.span) == "Tal Rifaat") {
      EXPECT_EQ(m.type, MentionType::GPE);
    }
  }
  // Its people named by the town ("Kwatarkwashi residents") are of the town made from the text.
  d = analyse(
      "Gunmen killed 14 villagers in Kwatarkwashi, a village in Zamfara state, on Sunday. "
      "Kwatarkwashi residents said the attackers took cattle.",
      true);
  EXPECT_EQ(entity_of_nth(d, "Kwatarkwashi", 0), "place:kwatarkwashi-zamfara-state-ng");
  EXPECT_EQ(entity_of_nth(d, "Kwatarkwashi", 1), "place:kwatarkwashi-zamfara-state-ng");
  // A person, not a town: no settlement word in the apposition.
  d = analyse(
      "Omar Haddad, a farmer from Aleppo province, said the shelling went on all night. Haddad said "
      "his family had fled.",
      true);
  EXPECT_NE(d.find_actor("person:omar-haddad"), nullptr);
  for (const auto& pl : d.places) EXPECT_FALSE(pl.id.starts_with("place:haddad")) << pl.id;
  // The settlement word only describes the noun after it: a councilman, an elder.
  d = analyse(
      "Yusuf Adamu, a village elder, said the gunmen came at night. Adamu said they took cattle. "
      "Ruth Okafor, a city councilwoman, condemned the attack.",
      true);
  EXPECT_NE(d.find_actor("person:yusuf-adamu"), nullptr);
  EXPECT_NE(d.find_actor("person:ruth-okafor"), nullptr);
}

// Places of one name in one country: the region the text gives with the name decides ("Bijapur
// district of Chhattisgarh", "Bijapur in Karnataka"), even against the bigger town or the prior;
// "the Baghdad district of Karrada" names a part of the city, not a region holding it. Sentences
// written for this test.
TEST(EntityPlaces, TheStatedRegionChoosesAmongTownsOfOneName) {
  NEED_DATA();
  auto d =
      analyse("Maoist rebels ambushed a police team in Bijapur district of Chhattisgarh on Monday.", true);
  EXPECT_EQ(entity_of_nth(d, "Bijapur", 0), "place:bijapur-cg-in");
  d = analyse("A bus overturned near Bijapur in Karnataka on Monday, killing nine pilgrims.", true);
  EXPECT_EQ(entity_of_nth(d, "Bijapur", 0), "geo:1275701");
  // Told alone in a report on the insurgency: the Chhattisgarh district.
  d = analyse("Maoist rebels killed two villagers in Bijapur on Sunday, police said.", true);
  EXPECT_EQ(entity_of_nth(d, "Bijapur", 0), "place:bijapur-cg-in");
  d = analyse("Gunmen killed 12 people in the Baghdad district of Karrada on Sunday.", true);
  EXPECT_EQ(entity_of_nth(d, "Baghdad", 0), "geo:98182");
}

// Towns and districts of conflict zones the world file lacks or names otherwise link to the
// curated lines of resources/places, each in its region; "Congo" alone is the Democratic
// Republic, the Republic of Congo named in full stays itself. Sentences written for this test.
TEST(EntityPlaces, ConflictZoneTownsLinkInTheirRegions) {
  NEED_DATA();
  const PlaceGazetteer& g = *gazetteer();
  struct Want {
    const char* name;
    const char* id;
    const char* within;
  } wants[] = {
      {"Mocimboa da Praia", "geo:1037370", "place:cabo-delgado-province-mz"},
      {"Cabo Delgado", "place:cabo-delgado-province-mz", "place:mozambique"},
      {"Macomia", "place:macomia-mz", "place:cabo-delgado-province-mz"},
      {"Lakki Marwat", "geo:1172339", "place:khyber-pakhtunkhwa-pk"},
      {"Miran Shah", "place:miran-shah-pk", "place:north-waziristan-pk"},
      {"Turbat", "geo:1163054", "place:kech-pk"},
      {"Kupwara", "place:kupwara-in", "place:jammu-and-kashmir-in"},
      {"Konduga", "place:konduga-ng", "place:borno-state-ng"},
      {"Rutshuru", "place:rutshuru-cd", "place:north-kivu-cd"},
      {"Djugu", "place:djugu-cd", "place:ituri-cd"},
      {"Arbinda", "place:arbinda-bf", "place:sahel-bf"},
      {"Sungai Kolok", "place:sungai-kolok-th", "place:narathiwat-th"},
      {"Sulu province", "place:sulu-ph", "place:philippines"},
      {"Marawi", "geo:1701053", "place:philippines"},
      {"Beni territory", "geo:219057", "place:north-kivu-cd"},
  };
  for (const auto& x : wants) {
    const Place* p = g.resolve(x.name, {});
    ASSERT_NE(p, nullptr) << x.name;
    EXPECT_EQ(p->id, x.id) << x.name;
    const Place* outer = g.by_id(x.within);
    ASSERT_NE(outer, nullptr) << x.within;
    EXPECT_TRUE(g.within(*p, *outer)) << x.name << " in " << x.within;
  }
  ASSERT_NE(g.resolve("Congo", {}), nullptr);
  EXPECT_EQ(g.resolve("Congo", {})->id, "place:dr-congo");
  EXPECT_EQ(g.resolve("Republic of the Congo", {})->id, "place:republic-of-the-congo");
  EXPECT_EQ(g.resolve("Congo-Brazzaville", {})->id, "place:republic-of-the-congo");
  // Through the whole stage: the towns of a report are places in their regions, not a body or a
  // person ("Mocimboa da Praia" was taken for an organisation).
  auto d = analyse(
      "Insurgents attacked Mocimboa da Praia and Macomia in Cabo Delgado on Friday. In eastern "
      "Congo, rebels killed 20 civilians near Oicha in Beni territory.",
      true);
  EXPECT_EQ(entity_of_nth(d, "Mocimboa da Praia", 0), "geo:1037370");
  EXPECT_EQ(entity_of_nth(d, "Macomia", 0), "place:macomia-mz");
  EXPECT_EQ(entity_of_nth(d, "Cabo Delgado", 0), "place:cabo-delgado-province-mz");
  EXPECT_EQ(entity_of_nth(d, "Congo", 0), "place:dr-congo");
  EXPECT_EQ(entity_of_nth(d, "Oicha", 0), "place:oicha-cd");
}

// One soldier or policeman named by a country's adjective ("a Filipino soldier") is of that
// country's forces, as the plural is ("Filipino soldiers"): not a new organisation named
// "Filipino soldier". A civilian so named is the country's people. Sentences written for this test.
TEST(EntityTypesTagger, OneSoldierOfACountryIsOfItsForces) {
  NEED_DATA();
  auto d = analyse(
      "Gunmen attacked a military post on Jolo, killing a Filipino soldier and a Pakistani "
      "policeman on Monday.",
      true);
  EXPECT_EQ(entity_of_nth(d, "Filipino soldier", 0), "actor:ph-military");
  EXPECT_EQ(entity_of_nth(d, "Pakistani policeman", 0), "actor:pk-police");
  EXPECT_EQ(d.find_actor("actor:filipino-soldier"), nullptr);
  d = analyse("Rebels later freed a Filipino farmer they had held for a month.", true);
  for (const auto& m : d.mentions) EXPECT_NE(m.type, MentionType::STATE_ACTOR) << d.slice(m.span);
}

// A place the gazetteer knows whole is one place, not the tagger's pieces of it ("Dera" and
// "Ismail Khan"); a person whose name opens with a place keeps being a person. Sentences written
// for this test.
TEST(EntityTypesTagger, APlaceKnownWholeBeatsTheTaggersPieces) {
  NEED_DATA();
  auto d = analyse("Police said the attackers fled toward Dera Ismail Khan after the raid on Sunday.", true);
  EXPECT_EQ(entity_of_nth(d, "Dera Ismail Khan", 0), "geo:1180281");
  d = analyse(
      "Suspected militants killed five soldiers in an ambush in Khyber Pakhtunkhwa's Lakki Marwat "
      "district on Friday, the army said.",
      true);
  EXPECT_EQ(entity_of_nth(d, "Lakki Marwat", 0), "geo:1172339");
  d = analyse("Insurgents attacked Mocimboa da Praia and Macomia in Cabo Delgado.", true);
  EXPECT_EQ(entity_of_nth(d, "Cabo Delgado", 0), "place:cabo-delgado-province-mz");
  d = analyse("Police official Kohat Khan said the attackers fled.", true);
  const Mention* m = mention(d, "Kohat Khan");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, MentionType::PERSON);
  // The tail of a longer name is not the place it names alone: "Republic of China" is Taiwan, the
  // People's Republic is not.
  d = analyse("Some loans lacked the full backing of the People's Republic of China, he said.", true);
  for (const auto& x : d.mentions) EXPECT_NE(x.entity, "place:taiwan") << d.slice(x.span);
  // A country's adjective after "an area of" is no town of that name.
  d = analyse("Iran said its forces crushed an attack in a snow-clad area of Iraqi Kurdistan.", true);
  for (const auto& x : d.mentions)
    if (d.slice(x.span) == "Iraqi") {
      EXPECT_EQ(x.type, MentionType::NORP);
      EXPECT_EQ(x.entity, "place:iraq");
    }
}

// A town's name opening a sentence ("Mastung has seen ...") is the town when the report names it
// as a place elsewhere ("in Mastung"); alone, a sentence's first word stays no place unless it is
// a country or a province. Sentences written for this test.
TEST(EntityPlaces, ATownOpeningASentenceIsTheTownTheReportNamesElsewhere) {
  NEED_DATA();
  auto d = analyse(
      "Mastung has seen repeated attacks this year. On Friday gunmen killed two men in Mastung, "
      "police said.",
      true);
  int linked = 0;
  for (const auto& m : d.mentions)
    if (d.slice(m.span) == "Mastung" && m.type == MentionType::GPE && !m.entity.empty()) ++linked;
  EXPECT_EQ(linked, 2);
  d = analyse("Mastung has seen repeated attacks this year, police said.", true);
  EXPECT_EQ(mention(d, "Mastung"), nullptr);
}

// A curated town (resources/places, no population) is a small place like any other: the region
// the text names with it, or the country the report is filed from, decides ("Baga in Goa" is no
// Baga of Borno State); in a report on its own country it stays, and a curated district named
// on its own ("North Waziristan") stays whatever else the report names. Sentences written for
// this test.
TEST(EntityPlaces, ACuratedTownYieldsToTheRegionAndCountryTheReportGives) {
  NEED_DATA();
  auto d = analyse(
      "PANAJI, India - Two tourists were hurt when a gas cylinder exploded at a cafe in Baga in Goa on "
      "Friday.",
      true);
  ASSERT_NE(mention(d, "Baga"), nullptr);
  EXPECT_NE(mention(d, "Baga")->entity, "place:baga-ng");
  d = analyse(
      "PANAJI, India - Two tourists were hurt when a gas cylinder exploded at a cafe in Baga on Friday, "
      "Goa police said.",
      true);
  if (const Mention* m = mention(d, "Baga")) {
    EXPECT_NE(m->entity, "place:baga-ng");
  }

  // Its own country, or none other named: it stays.
  d = analyse(
      "MAIDUGURI, Nigeria - Insurgents raided Baga on the shore of Lake Chad on Friday, killing 14 "
      "fishermen.",
      true);
  EXPECT_EQ(entity_of_nth(d, "Baga", 0), "place:baga-ng");
  d = analyse(
      "Militants attacked a checkpoint in North Waziristan on Friday, a day after a summit in Geneva.", true);
  EXPECT_EQ(entity_of_nth(d, "North Waziristan", 0), "place:north-waziristan-pk");
}

}  // namespace
}  // namespace dossier
