// The actor lexicon: loading and validation, spelling variants, the matcher's case rules.
#include "lexicon/actor_lexicon.h"

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace dossier {
namespace {

const char kGroups[] =
    "# test rows\n"
    "islamic-state\tIslamic State\tarmed_group\t\t\tQ2429253\tIS|ISIS|ISIL|I.S.|Daesh|Da'esh|Islamic State of Iraq and Syria\t\n"
    "islamic-state-khorasan-province\tIslamic State Khorasan Province\tarmed_group\tAF\tislamic-state\t\tISKP|ISIS-K|Wilayat Khorasan\t\n"
    "lashkar-e-jhangvi\tLashkar-e-Jhangvi\tarmed_group\tPK\t\t\tLeJ\t\n"
    "lashkar-e-jhangvi-al-alami\tLashkar-e-Jhangvi Al-Alami\tarmed_group\tPK\tlashkar-e-jhangvi\t\tLeJ Al-Alami|Al-Alami|Jhangvi Al-Alami\t\n"
    "al-qaeda\tal-Qaeda\tarmed_group\t\t\t\tal-Qaida\t\n"
    "nusra-front\tal-Nusra Front\tarmed_group\tSY\tal-qaeda\t\tJabhat al-Nusra\t\n"
    "taliban\tTaliban\tarmed_group\tAF\t\t\tAfghan Taliban\t\n"
    "tehrik-i-taliban-pakistan\tTehrik-i-Taliban Pakistan\tarmed_group\tPK\t\t\tTTP|Pakistani Taliban|Tehrik-e-Taliban\t\n"
    "jaish-e-mohammed\tJaish-e-Mohammed\tarmed_group\tPK\t\t\tJeM\t\n"
    "justice-and-equality-movement\tJustice and Equality Movement\tarmed_group\tSD\t\t\tJEM\t\n"
    "jundallah-pakistan\tJundallah (Pakistan)\tarmed_group\tPK\t\t\tJundallah|Jundullah\t\n"
    "jundallah-iran\tJundallah (Iran)\tarmed_group\tIR\t\t\tJundallah\t\n"
    "reuters\tReuters\torganization\tGB\t\t\tREUTERS\toutlet\n";
const char kCountries[] = "PK\tPakistan\t\tPakistani\nUS\tUnited States\tUS|U.S.\tAmerican|US|U.S.\n";
const char kTemplates[] =
    "government\tstate_actor\t\tGovernment of {C}\t{D} government|{D} authorities\n"
    "military\tstate_actor\tgovernment\t{D} Armed Forces\t{D} military\n"
    "army\tstate_actor\tmilitary\t{C} Army\t{D} army|{C} army\n";

std::unique_ptr<ActorLexicon> make() {
  auto r = ActorLexicon::from_strings(kGroups, kCountries, kTemplates);
  EXPECT_TRUE(r.ok()) << r.status().to_string();
  return std::move(*r);
}

// Ids of the matches, "" for an ambiguous one, with the matched text.
std::vector<std::pair<std::string, std::string>> matches(const ActorLexicon& lex, const std::string& text) {
  Document d;
  d.text = text;
  tokenize(d);
  split_sentences(d);
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& m : lex.match(d)) out.emplace_back(lex.record(m.candidates[0]).id, std::string(d.slice(m.span)));
  return out;
}

std::string first_id(const ActorLexicon& lex, const std::string& text) {
  auto m = matches(lex, text);
  return m.empty() ? "" : m[0].first;
}

TEST(ActorLexicon, LoadsRowsAndTemplates) {
  auto lex = make();
  ASSERT_TRUE(lex);
  EXPECT_NE(lex->by_id("islamic-state"), nullptr);
  EXPECT_NE(lex->by_id("actor:pk-army"), nullptr);
  EXPECT_EQ(lex->by_id("actor:pk-army")->name, "Pakistan Army");
  EXPECT_EQ(lex->by_id("actor:pk-army")->parent, "actor:pk-military");
  EXPECT_EQ(lex->by_id("islamic-state")->wikidata, "Q2429253");
  EXPECT_TRUE(lex->by_id("reuters")->outlet);
  auto chain = lex->parent_chain("actor:lashkar-e-jhangvi-al-alami");
  ASSERT_EQ(chain.size(), 2u);
  EXPECT_EQ(chain[1]->id, "actor:lashkar-e-jhangvi");
  EXPECT_TRUE(lex->descends_from("actor:islamic-state-khorasan-province", "actor:islamic-state"));
  EXPECT_FALSE(lex->descends_from("actor:islamic-state", "actor:islamic-state-khorasan-province"));
}

TEST(ActorLexicon, ReportsBadRowsWithFileAndLine) {
  auto r = ActorLexicon::from_strings("a\tA\tarmed_group\tPK\t\t\t\t\nb\tB\tmilitia\tPK\t\t\t\t\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("groups.tsv:2"), std::string::npos) << r.status().message();
  r = ActorLexicon::from_strings("a\tA\tarmed_group\tPAK\t\t\t\t\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("groups.tsv:1"), std::string::npos);
  r = ActorLexicon::from_strings("a\tA\tarmed_group\tPK\tnope\t\t\t\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unknown parent"), std::string::npos);
  r = ActorLexicon::from_strings("a\tA\tarmed_group\tPK\tb\t\t\t\nb\tB\tarmed_group\tPK\ta\t\t\t\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("loops"), std::string::npos);
  r = ActorLexicon::from_strings("a\tA\tarmed_group\tPK\t\tX12\t\t\n");
  ASSERT_FALSE(r.ok());
  r = ActorLexicon::from_strings("a\tA\tarmed_group\tPK\t\t\t\t\na\tA2\tarmed_group\tPK\t\t\t\t\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("duplicate"), std::string::npos);
}

TEST(ActorLexicon, ShippedResourcesLoad) {
  auto r = ActorLexicon::load(std::string(DOSSIER_SOURCE_DIR) + "/resources/actors");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_GT((*r)->size(), 500u);
  size_t groups = 0;
  for (const auto& rec : (*r)->records()) groups += rec.kind == ActorKind::armed_group;
  EXPECT_GE(groups, 300u);
}

// Communities (communities.tsv): looked up by any of their forms, case ignored; a bad row is
// reported with its line; the shipped file loads and knows the usual spellings.
TEST(ActorLexicon, CommunitiesByAnyForm) {
  const std::string groups = "a\tA\tarmed_group\tPK\t\t\t\t\n";
  auto r = ActorLexicon::from_strings(groups, {}, {},
                                      "# comment\nshia\tShia Muslims\treligious\t\tShia|Shias|Shi'ite\n"
                                      "ismailis\tIsmailis\treligious\tshia\tIsmaili|Shia Ismailis\n");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  const auto& lex = **r;
  ASSERT_NE(lex.community("SHIAS"), nullptr);
  EXPECT_EQ(lex.community("SHIAS")->id, "community:shia");
  EXPECT_EQ(lex.community("Shiite")->id, "community:shia");  // apostrophes fold
  EXPECT_EQ(lex.community("shia muslims")->id, "community:shia");
  EXPECT_EQ(lex.community("Shia Ismailis")->id, "community:ismailis");
  EXPECT_EQ(lex.community("Ismailis")->parent, "community:shia");
  EXPECT_EQ(lex.community("Sunni"), nullptr);
  EXPECT_EQ(lex.lookup("Shia").size(), 0u);  // not an actor
  auto bad = ActorLexicon::from_strings(groups, {}, {}, "shia\tShia\treligion\t\tShia\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("communities.tsv:1"), std::string::npos) << bad.status().message();
  bad = ActorLexicon::from_strings(groups, {}, {}, "ismailis\tIsmailis\treligious\tshia\tIsmaili\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("unknown parent"), std::string::npos);
  auto shipped = ActorLexicon::load(std::string(DOSSIER_SOURCE_DIR) + "/resources/actors");
  ASSERT_TRUE(shipped.ok()) << shipped.status().to_string();
  for (std::string_view form : {"Shiites", "Hazara", "Ahmadis", "Yazidis", "Kurds", "Christians"})
    EXPECT_NE((*shipped)->community(form), nullptr) << form;
}

TEST(ActorLexicon, SpellingVariants) {
  auto lex = make();
  EXPECT_EQ(first_id(*lex, "Fighters of Lashkar-i-Jhangvi attacked."), "actor:lashkar-e-jhangvi");
  EXPECT_EQ(first_id(*lex, "Fighters of Lashkar e Jhangvi attacked."), "actor:lashkar-e-jhangvi");
  EXPECT_EQ(first_id(*lex, "He joined Tehrik-i-Taliban last year."), "actor:tehrik-i-taliban-pakistan");
  EXPECT_EQ(first_id(*lex, "Members of al Qaeda were seen."), "actor:al-qaeda");
  EXPECT_EQ(first_id(*lex, "Members of Al-Qaeda were seen."), "actor:al-qaeda");
  EXPECT_EQ(first_id(*lex, "Members of al-Qaida were seen."), "actor:al-qaeda");
  EXPECT_EQ(first_id(*lex, "Fighters of Nusra Front left."), "actor:nusra-front");
  EXPECT_EQ(first_id(*lex, "It is said that Da\xE2\x80\x99" "esh grew."), "actor:islamic-state");
  EXPECT_EQ(first_id(*lex, "The rise of the Islamic State of Iraq and Syria was fast."), "actor:islamic-state");
  EXPECT_EQ(first_id(*lex, "Daesh's fighters fled."), "actor:islamic-state");
  auto m = matches(*lex, "Daesh's fighters fled.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].second, "Daesh");
  EXPECT_EQ(first_id(*lex, "Pakistan's army said so."), "actor:pk-army");
  EXPECT_EQ(first_id(*lex, "The U.S. military said so."), "actor:us-military");
  EXPECT_EQ(first_id(*lex, "Pakistani authorities said so."), "actor:pk-government");
  EXPECT_EQ(ActorLexicon::name_key("The Lashkar-i-Jhangvi's"), "lashkar-e-jhangvi");
  EXPECT_EQ(ActorLexicon::name_key("I.S."), "is");
  ASSERT_FALSE(lex->lookup("islamic state of iraq and syria").empty());
  EXPECT_EQ(lex->record(lex->lookup("islamic state of iraq and syria")[0]).id, "actor:islamic-state");
}

TEST(ActorLexicon, AcronymCaseRules) {
  auto lex = make();
  EXPECT_EQ(first_id(*lex, "The attack by IS killed 5."), "actor:islamic-state");
  EXPECT_EQ(first_id(*lex, "The attack by I.S. killed 5."), "actor:islamic-state");
  EXPECT_TRUE(matches(*lex, "It is what it is, and this is it.").empty());
  EXPECT_TRUE(matches(*lex, "Is it true? Isis the goddess.").empty());
  EXPECT_EQ(first_id(*lex, "ISIS claimed it."), "actor:islamic-state");
  EXPECT_TRUE(matches(*lex, "The lej and ttp were words.").empty());
  EXPECT_EQ(first_id(*lex, "Police blamed JeM for it."), "actor:jaish-e-mohammed");
  EXPECT_EQ(first_id(*lex, "Police blamed JEM for it."), "actor:justice-and-equality-movement");
  // Shouting headlines: every word looks like an acronym.
  EXPECT_TRUE(matches(*lex, "POLICE SAY IS BEHIND ATTACK").empty());
  // Capitalised words of a name must be capitalised.
  EXPECT_TRUE(matches(*lex, "the islamic state of mind").empty());
}

TEST(ActorLexicon, LongestMatchKeepsFactionsApart) {
  auto lex = make();
  auto m = matches(*lex, "Ali, spokesman for LeJ Al-Alami, said LeJ was not involved.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].first, "actor:lashkar-e-jhangvi-al-alami");
  EXPECT_EQ(m[0].second, "LeJ Al-Alami");
  EXPECT_EQ(m[1].first, "actor:lashkar-e-jhangvi");
  m = matches(*lex, "The Pakistani Taliban and the Taliban differ.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].first, "actor:tehrik-i-taliban-pakistan");
  EXPECT_EQ(m[1].first, "actor:taliban");
  m = matches(*lex, "Fighters of ISIS-K and ISKP.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].first, "actor:islamic-state-khorasan-province");
  EXPECT_EQ(m[1].first, "actor:islamic-state-khorasan-province");
}

TEST(ActorLexicon, HyphenatedWords) {
  auto lex = make();
  EXPECT_EQ(first_id(*lex, "Pro-ISIS graffiti appeared."), "actor:islamic-state");
  EXPECT_EQ(first_id(*lex, "A Taliban-led offensive began."), "actor:taliban");
  EXPECT_TRUE(matches(*lex, "The Pakistani army-owned firm grew.").empty());
  EXPECT_EQ(first_id(*lex, "The Pakistani army said so."), "actor:pk-army");
}

TEST(ActorLexicon, SharedNamesKeepAllCandidates) {
  auto lex = make();
  Document d;
  d.text = "Jundallah claimed the attack.";
  tokenize(d);
  auto m = lex->match(d);
  ASSERT_EQ(m.size(), 1u);
  ASSERT_EQ(m[0].candidates.size(), 2u);
  EXPECT_EQ(lex->record(m[0].candidates[0]).id, "actor:jundallah-pakistan");
  EXPECT_EQ(lex->record(m[0].candidates[1]).id, "actor:jundallah-iran");
}

}  // namespace
}  // namespace dossier
