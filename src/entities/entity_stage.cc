// How the entity stage works.
//
// 1. Candidates. Mentions are proposed by several recognizers, each with a priority:
//    the actor lexicon (longest match, case rules; highest), persons found from titles and
//    speech verbs ("spokesman Fahad Marwat", "said Ali bin Sufyan", "X, its leader"), the
//    statistical tagger when a model is loaded, gazetteer places over capitalised token runs,
//    demonyms, and unknown organisations from their head noun ("... Research Center",
//    "... Liberation Front"). Overlaps are settled greedily: higher priority, then longer.
// 2. Context. Countries the document is about are counted from unambiguous lexicon hits,
//    resolved places, demonyms and the dateline. A name shared by several groups
//    ("Jundallah": Pakistan or Iran) takes the candidate whose country its apposition names
//    (", an Iranian militant group,") or "in <country>" gives, else the one whose country the
//    document talks about most. A name the lexicon also knows qualified by a country
//    ("Taliban" / "Pakistan Taliban") becomes the qualified group on the same local evidence,
//    or when the document is plainly about that country and the name's own country is not
//    named right by it. Places are resolved by the gazetteer with the places already seen.
// 3. Linking. Lexicon hits keep the lexicon id; tagger names are looked up in the lexicon
//    before becoming new actors "actor:<name key>"; persons get "person:<name key>" of their
//    fullest form, and a bare surname ("Sufyan") links to the one full name that ends with it.
// 4. Metadata. Mentions outside the article body, in a byline line, in a photo credit
//    ("REUTERS/Akhtar Soomro", "Banaras Khan—AFP", "(Photo: X)"), naming an outlet or equal to
//    meta.authors/publisher are marked metadata and link to nothing (places outside the body
//    and a known group in the headline keep their link, but feed no fact).
// 5. Coreference (see coref.h): descriptions and pronouns, where the text makes it clear.
// 6. Records. doc.actors/doc.places hold every record a mention links to (plus the parent
//    chain of linked groups and of linked places, city -> province -> country, so parent ids
//    never dangle), with the aliases seen in this document and the roles find_roles() reads.
//    A new organisation named as a unit of a known body ("Senate Standing Committee on
//    Interior" in a report on Pakistan, "... Department of Punjab Police") gets that body as
//    parent.
//
// The tagger's single capitalised words are checked too: a generic head alone ("the Agency",
// "Council"), a word the document also writes in lower case, a sentence's first word never
// capitalised inside a sentence ("Mourners clashed ...") are no names; "Iranians", "The
// Iraqis" are people of a place (NORP).
//
// A lexicon body followed by capitalised words ending in a building's head ("Balochistan
// Police College") names the building (FACILITY), not the body. With
// EntityStageOptions::facility_places, a named building gets a place record of its own
// (kind facility, no coordinates) inside the town the text gives: "<name> in <town>", "<town>'s
// <name>", a town opening the name, the town named last before it as where something is, the
// document's main town, or the dateline's town when the report is plainly about its country.
// A lower-case head closes such a name too ("the Pearl-Continental hotel"). A town the gazetteer lacks, named
// as a place with the region that holds it ("in Sutherland Springs, Texas", "the village of Kwall in Borno
// state"), gets a place record of kind city inside that region, with no coordinates of its own (make_towns;
// the rules are in resources/places/README.md); a gazetteer reading outside that region is never taken.
//
// Religious and ethnic communities ("Shia pilgrims", "Hazara Shias", "Christians") are NORP
// mentions linked to "community:<id>" records (resources/actors/communities.tsv), not actors.
// Hard-wrapped wire copy: a line break that only wraps running text (text/line_wraps.h) is
// read as a space, so "the Federal\nReserve" is one name. A short name that is a place only
// among cue words ("LoC" and Kashmir firing, resources/places/cued.tsv) is a place only there.
// A photo caption (the short line of a credit written before the name: "REUTERS/X", "(Photo:
// X)") is metadata throughout, but a known group in it stays linked, as in the headline.
//
// Types are checked against the words around a name, because the tagger and the capitalised
// run rules both over-reach: a run ending in a unit word ("Province", "Agency", "District")
// is a place; a country, province or demonym glued in front of a full name ("to Pakistan Ali
// ...") is cut off and stays a place; a word in quotation marks is not a person; a run ending
// in an organisation head ("... Research Center") keeps the place it starts with inside it;
// a direction word alone ("the West", "Eastern") is not a place; two words opening with a
// country or its adjective before a speech verb are a company or body ("Saudi Aramco said"), and
// the bare last word later ("Aramco said") is that body too.
//
// Words that only look like names are none: a participle opening a sentence ("Born in Kismayo
// in the 1980s, he ..."), a common word alone ("State media blamed ..."), a decade ("the
// 1980s"), a name of God in a statement's formula ("By the grace of God Almighty"). A group
// no one knows is found from the apposition that describes it ("Tehreek-e-Jihad, a
// little-known militant outfit,"; propose_described_groups), and the first word of an Arabic
// group's name before a name the lexicon knows alone keeps the run one name ("Hizbul Shabaab
// Dawa", not a person "Hizbul" and al-Shabaab). A lexicon group whose record places it in a
// country by name ("Jund al-Khilafah in Algeria"), met bare in a report plainly about another
// country that never names the first, is another group of the same name (namesake()).
#include "entities/entity_stage.h"

#include <algorithm>
#include <cassert>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/ids.h"
#include "core/utf8.h"
#include "entities/coref.h"
#include "entities/roles.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"
#include "text/line_wraps.h"
#if __has_include("entities/ner_tagger.h")
#include "entities/ner_tagger.h"
#define DOSSIER_HAVE_NER 1
#endif

extern const char kEntityWords[];

namespace dossier {

namespace {

struct Cand {
  Span span;
  uint32_t ft = 0, et = 0;  // token range
  MentionType type = MentionType::ORG;
  MentionForm form = MentionForm::name;
  float score = 1.0f;
  int prio = 0;
  bool metadata = false;
  std::vector<uint32_t> records;  // lexicon candidates
  std::string entity;
  ActorKind kind = ActorKind::organization;  // for new actors
  bool drop = false;                         // removed after checking the tagger's output
  bool short_acronym = false;                // a lexicon hit through an acronym of <= 4 letters
};

MentionType type_for(ActorKind k) {
  switch (k) {
    case ActorKind::armed_group: return MentionType::ARMED_GROUP;
    case ActorKind::state_actor: return MentionType::STATE_ACTOR;
    case ActorKind::person: return MentionType::PERSON;
    default: return MentionType::ORG;
  }
}

// A word list of resources/entities/words.tsv (compiled in): the words in file order, and a
// set for membership.
struct WordSet {
  std::vector<std::string> words;
  std::unordered_set<std::string_view> set;
  bool contains(std::string_view w) const { return set.count(w) > 0; }
  auto begin() const { return words.begin(); }
  auto end() const { return words.end(); }
};

// The list called `name`; an unknown name is a bug (the file and the code disagree).
const WordSet& entity_words(std::string_view name) {
  static const std::map<std::string, WordSet, std::less<>> lists = [] {
    std::map<std::string, WordSet, std::less<>> out;
    std::string_view text(kEntityWords);
    while (!text.empty()) {
      size_t eol = text.find('\n');
      std::string_view line = text.substr(0, eol);
      text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
      if (line.empty() || line[0] == '#') continue;
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      WordSet& ws = out[std::string(line.substr(0, tab))];
      for (size_t i = tab + 1; i < line.size();) {
        size_t j = line.find(' ', i);
        if (j == std::string_view::npos) j = line.size();
        if (j > i) ws.words.emplace_back(line.substr(i, j - i));
        i = j + 1;
      }
    }
    for (auto& [n, ws] : out)
      for (const auto& x : ws.words) ws.set.insert(x);  // words no longer moves: views stay valid
    return out;
  }();
  auto it = lists.find(name);
  assert(it != lists.end() && "resources/entities/words.tsv lacks a list the entity stage reads");
  return it->second;
}

const WordSet& kSpeech = entity_words("speech_verbs");
const WordSet& kParticles = entity_words("name_particles");
const WordSet& kNotNames = entity_words("not_names");
// "-linked" in "Iran-linked": the participles and nouns that make a name before them a modifier.
const WordSet& kModifierSuffixes = entity_words("modifier_suffixes");

const WordSet& kArmedHeads = entity_words("armed_heads");
const WordSet& kOrgHeads = entity_words("org_heads");
const WordSet& kFacilityHeads = entity_words("facility_heads");
// First words of a body's name in a Romance language ("Banque Nationale de Paris").
const WordSet& kOrgOpeners = entity_words("org_openers");
// Bodies that are also buildings: a name ending so is the building where something happens in
// it or to it ("an attack on Bacha Khan University"), else the body.
const WordSet& kBodySites = entity_words("body_sites");
// Words right before a building's name (and its article) that make it the scene of a deed
// ("stormed the Army Public School", "inside the Police Training Center"), and the nouns of
// attacks that do so with "on" or "of" ("an attack on", "the bombing of").
const WordSet& kSiteVerbs = entity_words("site_verbs");
const WordSet& kAttackNouns = entity_words("attack_nouns");
// Kin words that, as "X Y, wife of Z", describe a person in an apposition.
const WordSet& kKinWords = entity_words("kin_words");
// Common English words that open news sentences and headlines ("Twin bombings ...", "Masked
// gunmen ...", "Jury Selection Begins ..."): alone at a sentence's start or on a title-case line,
// no new name.
const WordSet& kCommonWords = entity_words("common_words");
// Verbs that open a title-case headline's phrase ("... to Attack Police College", "Gunmen Storm
// Kabul Hotel"): not the first word of the name after them.
const WordSet& kHeadlineVerbs = entity_words("headline_verbs");

// Words that make a "market" a trade in something rather than a place ("Singapore Government
// Securities Market", "London Grain Futures Market").
const WordSet& kTradeWords = entity_words("trade_words");

// Words that end the name of an administrative unit or a geographic area ("Punjab Province",
// "Kurram Agency", "Swat Valley", "the Tribal Areas"): such a run names a place.
const WordSet& kPlaceWords = entity_words("place_words");

// Words that name a place only with another word ("Eastern Province", "the West Bank"): alone
// they are directions or adjectives, even though some country calls a region "Eastern" or "West".
const WordSet& kVaguePlaceWords = entity_words("vague_place_words");

// Words after two hyphened countries that make the phrase a border ("Pak-Afghan border",
// "the Saudi-Iraq frontier").
const WordSet& kBorderWords = entity_words("border_words");

// Arabic/Persian words for "province" that open a group's name ("Wilayat Khorasan",
// "Walayat-e-Khurasan"): the Islamic State names its branches after the region they claim.
const WordSet& kProvincePrefixes = entity_words("province_prefixes");

// Prepositions after which a name is where something is ("a base in Wilayat Khorasan").
const WordSet& kLocatives = entity_words("locatives");
// Words before a bare name that make it the place, not the surname of someone named before ("in
// Campbell", "near Forest"); not "at", "from" or "to": people stand after them too.
const WordSet& kSurnamePlaceCues = entity_words("surname_place_cues");

// Words between "in" and a place that only say where in it or what it is ("in the heart of
// Quetta", "in central Bangkok", "in the northern city of Mosul").
const WordSet& kPlaceLeads = entity_words("place_leads");

// Organisation heads that never name a body on their own ("the Agency", "Council", "Group"):
// alone they refer back to a body named in full, or are a fragment the tagger cut from one.
// Single-word institutions ("Congress", "Parliament", "Senate") are not in this list.
const WordSet& kGenericHeads = entity_words("generic_heads");
// Heads that make a name a body whatever the tagger read ("European Community", "Press Club").
const WordSet& kNameOrgEnds = entity_words("name_org_ends");
// Nouns of land that make a country's adjective before them the country as a place
// ("Pakistani villages", "Afghan territory"); its people ("Pakistani soldiers") stay NORP.
const WordSet& kDemonymPlaceNouns = entity_words("demonym_place_nouns");

// Words that make a name the name of a part of a larger body ("Senate Standing Committee on
// Interior", "Punjab Police Counter Terrorism Department", "the Military Intelligence
// Directorate"): when the words before them name a known body, that body is the parent.
const WordSet& kUnitWords = entity_words("unit_words");

// Heads after which "on"/"for" + capitalised words still belong to the name ("Committee on
// Interior", "Commission for Human Rights").
const WordSet& kSubjectHeads = entity_words("subject_heads");

bool in(const WordSet& list, std::string_view w) { return list.contains(w); }

// "Senators", "Doctors", "Republicans": a plural of people (by its ending), not a name.
bool people_plural(std::string_view word) {
  for (std::string_view suf : {"ers", "ors", "ans", "ists", "ants", "ents", "ats"})
    if (word.size() > suf.size() + 2 && word.ends_with(suf)) return true;
  return false;
}

// kNotNames is asked about nearly every capitalised word: a hash set.
bool not_name(std::string_view w) { return kNotNames.contains(w); }

// One letter, with or without a dot ("U.", "S", "É."): an initial or a list label, never a place.
bool one_letter(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  size_t chars = 0;
  for (char ch : word)
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++chars;  // count UTF-8 lead bytes
  return chars == 1;
}

// The head noun of a name ("University", "Mall", "Airport", "Center", "District"): alone it is an
// ordinary English word, never a place, though GeoNames has towns so called ("the University of
// Massachusetts", "the Mall").
bool head_noun(std::string_view w) {
  return kGenericHeads.contains(w) || kFacilityHeads.contains(w) || kPlaceWords.contains(w) ||
         kOrgHeads.contains(w);
}

// Is the name starting at token `first` where something happens to it or in it: "an attack on
// (the) X", "the bombing of the X", "gunmen stormed the X", "inside the X", a headline's "to
// Attack X"? Then a name ending in a building's head is the building, not the body.
bool site_of_deed(const std::vector<Token>& tokens, uint32_t first) {
  uint32_t b = first;  // the word before the name and its article
  if (b > 0 && tokens[b - 1].norm == "the") --b;
  if (b == 0) return false;
  const std::string& before = tokens[b - 1].norm;
  if (in(kSiteVerbs, before)) return true;
  return (before == "on" || before == "of") && b > 1 && in(kAttackNouns, tokens[b - 2].norm);
}

// A community's canonical name and aliases.
std::vector<const std::string*> names_of(const CommunityRecord& c) {
  std::vector<const std::string*> out{&c.name};
  for (const auto& a : c.aliases) out.push_back(&a);
  return out;
}

class EntityStage final : public Stage {
 public:
  EntityStage(const ActorLexicon& lex, const PlaceGazetteer* places, const NerTagger* ner,
              EntityStageOptions options)
      : lex_(lex), places_(places), ner_(ner), options_(options) {
    // One-word names of communities (resources/actors/communities.tsv), as token norms.
    for (const CommunityRecord& c : lex_.communities())
      for (const std::string* a : names_of(c)) {
        if (a->find(' ') != std::string::npos) continue;
        std::string k(*a);
        for (auto& ch : k) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        community_words_.emplace(std::move(k), &c);
      }
    // Names that are a place known on its own (a country, a first-level region, a capital or a
    // city of kProminentPopulation people or more): such a reading stands without the document's
    // geography; a smaller town's needs it (see minor_place()).
    if (places_)
      for (auto& [k, kind] : places_->name_keys(kProminentPopulation))
        if (kind != PlaceKind::admin2) prominent_keys_.insert(std::move(k));
  }
  std::string_view name() const override { return "entities"; }
  uint32_t reads() const override { return kLayerText | kLayerMeta | kLayerBody | kLayerTokens | kLayerSentences; }
  uint32_t writes() const override { return kLayerMentions | kLayerEntities; }
  void run(Document& doc) const override;

 private:
  struct Work;
  void propose_lexicon(Work& w) const;
  void propose_ner(Work& w) const;
  void propose_persons(Work& w) const;
  void propose_places(Work& w) const;
  void propose_unknown_orgs(Work& w) const;
  // Groups the lexicon does not know, named before an apposition that describes an armed group
  // ("Tehreek-e-Jihad, a little-known militant outfit,", "ansarul islam, a homegrown militant
  // group,"), and the same words elsewhere in the document.
  void propose_described_groups(Work& w) const;
  // Religious and ethnic communities named by their own words ("Shia", "Hazara Shias",
  // "Christians"): NORP mentions linked to their community record.
  void propose_communities(Work& w) const;
  void clean_tagger(Work& w) const;
  void prefer_whole_names(Work& w) const;
  // Names with particles kept whole ("Promenade des Anglais", "Abu Musab al-Barnawi"), and
  // tagger places that run into or describe another name ("Nice Bastille", "Riviera city").
  void join_particle_names(Work& w) const;
  void link(Work& w) const;
  void mark_metadata(Work& w) const;
  void build_records(Work& w) const;
  void resolve_dateline(Work& w) const;
  // The dateline's place named in the text ("PARIS — A man armed with a knife"): a place,
  // whatever the tagger made of the capitals.
  void dateline_mentions(Work& w) const;
  // "the Somali capital", "Afghanistan's capital": the country's capital city, a place mention,
  // unless its name follows ("the Afghan capital Kabul" names it).
  void capital_descriptions(Work& w) const;
  // Drops mentions coreference proposed inside site furniture (Document::furniture).
  static void drop_furniture(Work& w);
  // Per token: on a line in title case (see the definition).
  static std::vector<uint8_t> title_case_lines(const Work& w);
  // The place meta.dateline_text names, read with the document's places; null when none.
  const Place* dateline_place(const Work& w) const;
  // Named buildings and grounds ("Balochistan Police College", "Quetta's Civil Hospital") get
  // a place record of their own (kind facility, no coordinates of their own), inside the town
  // the text puts them in.
  void link_facilities(Work& w) const;
  // The community a token's word names ("shiites" -> Shia Muslims), or null.
  const CommunityRecord* community_word(const std::string& norm) const {
    auto it = community_words_.find(norm);
    return it == community_words_.end() ? nullptr : it->second;
  }
  // Adds a place and its chain of parents (city -> province -> country), each once, so the
  // export and place filters see the whole hierarchy.
  void add_place(Document& doc, const Place& p) const;
  // How many tokens (0, 1 or 2) at the start of [a, b) name a country or first-level region or
  // are a demonym ("Pakistan", "Saudi Arabia", "Iraqi").
  uint32_t leading_place(const Work& w, uint32_t a, uint32_t b) const;
  // Does the word at t, opening a name, name a country or its adjective ("Saudi Aramco",
  // "Pakistan Petroleum")?
  bool country_opens(const Work& w, uint32_t t) const;
  // The country the words right after a group's name give it: an apposition describing it
  // (", Pakistan's biggest militant group,", ", a Pakistani splinter group,") or "in <country>"
  // ("the Taliban in Pakistan"). ISO alpha-2, or "" when the text says nothing.
  std::string local_country(const Work& w, const Cand& c) const;
  // The record a group name denotes, weighing the text's evidence: the country its apposition
  // gives, else the countries the document talks about.
  uint32_t choose_record(Work& w, const Cand& c) const;
  // Is lexicon hit c, read as record `rec`, another group of the same name? The record's own
  // name places it in a country ("Jund al-Khilafah in Algeria") that the text c matched leaves
  // out, the document names that country nowhere (no place, no demonym: only lexicon hits)
  // and is plainly about another one ("Jund al-Khilafa, a local affiliate of the Islamic State"
  // in a report on Sinai).
  bool namesake(const Work& w, const Cand& c, const ActorRecord& rec) const;
  // Is the place mention c the subject of a verb only a state does ("Islamabad insisted",
  // "Kabul has repeatedly accused")?
  bool speaks_as_state(const Work& w, const Cand& c) const;
  // The known body a new organisation's name makes it part of ("Senate Standing Committee on
  // Interior" -> the Senate of the country the document is about; "Counter Terrorism
  // Department of Punjab Police" -> Punjab Police); "" when none.
  std::string parent_body(const Work& w, std::string_view name, const std::string& self) const;
  // A short word in capitals inside mixed-case text, not opening a line, that names no country
  // or first-level region: an acronym ("International Coffee Organization (ICO)" is not Icó).
  bool acronym_not_place(const Work& w, uint32_t t) const;
  // The country the document is most about (ISO alpha-2 as counted in Work::countries, "" when
  // none), its weight and the next country's weight.
  struct CountryLead {
    std::string top;
    double top_w = 0, second_w = 0;
  };
  static CountryLead country_lead(const Work& w);
  // The gazetteer's reading of a place name `text` (mention c) read against the document's own
  // geography; null when the name has no reading the document allows.
  const Place* resolve_in_view(const Work& w, const Cand& c, std::string_view text) const;
  // The region the words right after place mention c give as holding it: "Kwall in Borno
  // state", "Sutherland Springs, Texas", "Taloqan in northern Afghanistan", "in the town of X in
  // the northeastern state of Borno". Its readings that can hold a town (a country, a
  // first-level region, a district, a curated region), best first; empty when the words name
  // none, or name the next item of a list ("Quetta, Peshawar and Lahore").
  struct StatedRegion {
    uint32_t ft = 0, et = 0;  // its tokens
    std::vector<const Place*> readings;
  };
  StatedRegion stated_region(const Work& w, const Cand& c, int depth = 0) const;
  // ", a town in Aleppo province", ", a small farming village in the northern state of Borno":
  // an apposition at token t (its comma) that calls the name before it a settlement inside a
  // region. The token of its "in", or 0 when the words say no such thing.
  static uint32_t town_apposition(const Work& w, uint32_t t);
  // The same apposition without the region ("Tal Rifaat, a town north of Aleppo,"): the token of
  // its settlement word, or 0. It says the name is a place, not where.
  static uint32_t settlement_apposition(const Work& w, uint32_t t);
  // The region a run of capitalised words opening at token k names (inside `country` when not
  // null), as stated_region() reads it.
  StatedRegion region_run(const Work& w, uint32_t k, const Place* country, bool comma) const;
  // A town the gazetteer lacks (or whose every reading the text contradicts), named as a place
  // with the region that holds it ("in Sutherland Springs, Texas", "the village of Kwall in
  // Borno state"): a place of kind city made from the text, inside that region (see
  // resources/places/README.md).
  void make_towns(Work& w) const;
  // A branch of a known armed group named with a place: "the Sinai branch of Islamic State",
  // "Islamic State's Sinai branch", "Jamaat-ul-Ahrar Khurasan" (a world region right after the
  // name). One mention, not a group and a place: the lexicon's branch when it knows one ("Islamic
  // State Sinai" -> its Sinai Province; the parent's only branch in that country), else a new
  // armed group whose parent is the group named.
  void join_branches(Work& w) const;
  // A state body named bare ("Parliament", "the Senate", "Police") in a report on one country:
  // that country's body, when the lexicon knows exactly one "<country> <name>"; else "".
  std::string national_body(const Work& w, const Cand& c) const;
  // A tagger's person whose name only ends in a community word ("Nibras Islam", "Rohan Hindu"):
  // a given name before it, in name position. `first` is the name's first word.
  bool named_for_community(const Work& w, const Cand& c, uint32_t first) const;

  const ActorLexicon& lex_;
  const PlaceGazetteer* places_;
  const NerTagger* ner_;
  const EntityStageOptions options_;
  std::unordered_map<std::string, const CommunityRecord*> community_words_;
  std::unordered_set<std::string> prominent_keys_;  // PlaceGazetteer::key of places known on their own
  static constexpr int64_t kProminentPopulation = 100000;
  // A town or district (not a country, region or capital, nor a big city) read from `text`:
  // it is a place only where the document's own geography allows it. The curated file's towns
  // (resources/places/places.tsv, "place:" ids, no population) are small ones too: "Baga in Goa"
  // is not Baga in Borno, nor is "Baga" in a report filed from Panaji. Its districts are there
  // because reports name them on their own ("North Waziristan", "Sulu"): never minor.
  bool minor_place(const Place& p, std::string_view text) const {
    return (p.kind == PlaceKind::city || (p.kind == PlaceKind::admin2 && !p.id.starts_with("place:"))) &&
           !prominent_keys_.count(PlaceGazetteer::key(text)) &&
           !prominent_keys_.count(PlaceGazetteer::key(p.name));
  }
};

struct EntityStage::Work {
  Document& doc;
  std::vector<Cand> cands;
  std::vector<uint8_t> taken;  // per token: covered by an accepted candidate of high priority
  std::unordered_set<std::string_view> lower_words;  // words seen in lower case in this document
  std::unordered_set<std::string_view> inner_cap_words;  // seen capitalised, not first in a sentence or line
  std::map<std::string, double> countries;           // ISO2 -> weight
  std::map<std::string, double> lexicon_countries;   // the part of `countries` lexicon hits gave
  std::vector<std::string> place_context;            // place ids and ISO codes
  std::unordered_map<std::string, const Place*> place_by_id;
  std::deque<Place> made_places;  // places this document makes (a border between two countries)
  // A group's branch named with its place that the lexicon lacks (join_branches): its actor id
  // -> the parent group's.
  std::map<std::string, std::string> branch_parent;
  bool caps_text = false;         // mostly capitals (wire copy, MUC-4 raw): no acronym cues
  bool one_case = false;          // mostly capitals or almost no capitals: case tells nothing
  std::vector<uint8_t> furniture;  // per token: inside Document::furniture
  // Per token: on a title-case line (a headline: "Militants Worked with Daesh to Attack Police
  // College"), where a capital says nothing about a name.
  std::vector<uint8_t> title_case;
  // A single capitalised word at t that is only an ordinary word capitalised by its place: at a
  // sentence's or line's start or on a title-case line, never capitalised inside a sentence
  // elsewhere, and written in lower case elsewhere or a common word ("Twin bombings tore ...",
  // "Jury Selection Begins in Trial of Accused ...").
  bool common_word_capitalised(uint32_t t) const {
    const bool placed = sentence_initial(t) || line_start(t) || (t < title_case.size() && title_case[t]);
    return placed && !doc.tokens[t].has(kTokAllCaps) && !inner_cap_words.count(norm(t)) &&
           (lower_words.count(norm(t)) || in(kCommonWords, norm(t)));
  }
  // A headline's verb opening a name at token t ("to Attack Police College"): not part of it.
  bool headline_verb(uint32_t t) const {
    return cap(t) && in(kHeadlineVerbs, norm(t)) &&
           ((t < title_case.size() && title_case[t]) || (t > 0 && norm(t - 1) == "to"));
  }
  // A sentence's first word that opens a participle phrase ("Born in Kismayo in the 1980s, he
  // joined ...", "Trained in Yemen, he ...", "Speaking to reporters in Kabul, she said"): a
  // participle's form (-ed, -ing or an irregular one), a preposition after it, a comma later in
  // the sentence before its subject, and never capitalised inside a sentence of the document
  // (as a name such as "Ahmed" would be).
  bool opening_participle(uint32_t t) const {
    static const WordSet& kParticiples = entity_words("opening_participles");
    static const WordSet& kPreps = entity_words("opening_participle_preps");
    const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
    if (!sentence_initial(t) || !cap(t) || doc.tokens[t].has(kTokAllCaps) || inner_cap_words.count(norm(t)) ||
        t + 1 >= n || !in(kPreps, norm(t + 1)))
      return false;
    const std::string& x = norm(t);
    if (!(in(kParticiples, x) || (x.size() >= 5 && x.ends_with("ed")) ||
          (x.size() >= 6 && x.ends_with("ing"))))
      return false;
    const int s = doc.sentence_at(doc.tokens[t].span.start);
    for (uint32_t k = t + 2; k < n && doc.sentence_at(doc.tokens[k].span.start) == s; ++k)
      if (norm(k) == ",") return true;
    return false;
  }
  // A common word alone ("State media blamed ...", "Security forces said"): a noun or an
  // adjective of a phrase, no person, unless a title names its bearer.
  bool common_word_alone(uint32_t t) const {
    return in(kCommonWords, norm(t)) && !doc.tokens[t].has(kTokAllCaps) &&
           !(t > 0 && (is_title_word(norm(t - 1)) || is_name_honorific(norm(t - 1))));
  }
  explicit Work(Document& d) : doc(d) {}

  const std::string& norm(uint32_t t) const { return doc.tokens[t].norm; }
  bool cap(uint32_t t) const { return doc.tokens[t].has(kTokCapitalized); }
  bool word(uint32_t t) const { return doc.tokens[t].has(kTokWord); }
  Span span(uint32_t a, uint32_t b) const { return {doc.tokens[a].span.start, doc.tokens[b - 1].span.end}; }
  // Per token: the line break before it only wraps a line of running text (hard-wrapped wire
  // copy, "the Federal\nReserve"); such a break is read as a space. Empty when none.
  std::vector<uint8_t> soft_wrap;
  // A line break before token t that ends a line of its own (a heading, a byline, a paragraph).
  bool hard_break(uint32_t t) const {
    return doc.tokens[t].has(kTokNewlineBefore) && !(t < soft_wrap.size() && soft_wrap[t]);
  }
  bool line_start(uint32_t t) const { return t == 0 || hard_break(t); }
  // A word of a name: capitalised, or a lower-case article glued to a capitalised name
  // ("al-Baghdadi", "bin-Laden").
  bool name_word(uint32_t t) const {
    if (!word(t)) return false;
    if (cap(t)) return true;
    std::string_view raw = doc.slice(doc.tokens[t].span);
    size_t h = raw.find('-');
    if (h == std::string_view::npos || h + 1 >= raw.size() || h > 4) return false;
    std::string_view pre = raw.substr(0, h);
    char next = raw[h + 1];
    return (pre == "al" || pre == "el" || pre == "ad" || pre == "as" || pre == "ash" || pre == "bin" ||
            pre == "ibn" || pre == "abu" || pre == "ar" || pre == "at" || pre == "az") &&
           next >= 'A' && next <= 'Z';
  }
  // The first word of its sentence (perhaps after an opening quote or bracket).
  std::vector<uint8_t> initial;
  bool sentence_initial(uint32_t t) const { return t < initial.size() && initial[t]; }
  bool free(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t)
      if (taken[t]) return false;
    return true;
  }
  void take(uint32_t a, uint32_t b) {
    for (uint32_t t = a; t < b; ++t) taken[t] = 1;
  }
};

void EntityStage::propose_lexicon(Work& w) const {
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  for (auto& m : lex_.match(w.doc)) {
    Cand c;
    c.span = m.span;
    c.ft = m.first_token;
    c.et = m.end_token;
    c.records = m.candidates;
    const ActorRecord& r = lex_.record(m.candidates[0]);
    // "Hizbul Shabaab Dawa claimed": a capitalised first word of an Arabic group's name before a
    // name the lexicon knows alone ("Shabaab") makes the run another group's name, one name.
    {
      static const WordSet& kOpeners = entity_words("group_name_openers");
      uint32_t a = m.first_token;
      while (a > 0 && m.first_token - a < 2 && !w.taken[a - 1] && w.word(a - 1) && w.cap(a - 1) &&
             in(kOpeners, w.norm(a - 1)) && !w.hard_break(a) && !w.caps_text)
        --a;
      if (a < m.first_token) {
        uint32_t b = m.end_token;
        while (b < n && b - a < 6 && w.word(b) && w.name_word(b) && !w.hard_break(b) &&
               !not_name(w.norm(b)) && !in(kSpeech, w.norm(b)))
          ++b;
        c.ft = a;
        c.et = b;
        c.span = w.span(a, b);
        c.records = lex_.lookup(w.doc.slice(c.span));
        c.type = c.records.empty() ? MentionType::ARMED_GROUP : type_for(lex_.record(c.records[0]).kind);
        c.kind = ActorKind::armed_group;
        c.prio = 10;
        w.take(a, b);
        w.cands.push_back(std::move(c));
        continue;
      }
    }
    // "Balochistan Police College", "Pakistan Army Public School": a body's name followed by
    // capitalised words ending in a building's head names the building, not the body.
    if (r.kind != ActorKind::armed_group && r.kind != ActorKind::person && m.end_token < n &&
        w.doc.tokens[m.end_token].span.start == m.span.end + 1) {
      uint32_t fac_end = 0;
      for (uint32_t k = m.end_token; k < n && k < m.end_token + 3; ++k) {
        if (!w.word(k) || !w.cap(k) || w.hard_break(k)) break;
        if (in(kFacilityHeads, w.norm(k))) fac_end = k + 1;
      }
      if (fac_end) {
        c.et = fac_end;
        c.span = w.span(c.ft, c.et);
        c.records.clear();
        c.type = MentionType::FACILITY;
        c.prio = 10;
        w.take(c.ft, c.et);
        w.cands.push_back(std::move(c));
        continue;
      }
    }
    // "a permanent base in Walayat-e-Khurasan", "in Sinai Province": a group named "Province of X"
    // or "X Province" after a locative preposition is the place X (when the gazetteer knows it as a region or
    // a country's unit), not the group; "Wilayat Khorasan claimed ..." stays the group. "militants in Wilayat
    // Sinai claimed ...": the name right before a group's verb is the group. What only a group does or has,
    // right after the name: its statements, its attacks ("Fighters in Wilayat Sinai attacked", "a surge in
    // Sinai Province attacks") and its people.
    static const WordSet& kGroupVerbs = entity_words("group_verbs");
    const bool group_verb = m.end_token < n && in(kGroupVerbs, w.norm(m.end_token));
    if (places_ && r.kind == ActorKind::armed_group && m.first_token > 0 && !group_verb &&
        in(kLocatives, w.norm(m.first_token - 1))) {
      std::string name(w.doc.slice(m.span));
      for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      const Place* where = nullptr;
      for (std::string_view pre : kProvincePrefixes) {
        if (!name.starts_with(pre) || name.size() <= pre.size() + 1) continue;
        size_t k = pre.size();
        if (name[k] != ' ' && name[k] != '-') continue;
        ++k;
        // The Persian connector: "Walayat-e-Khurasan", "Wilayat-i Khorasan".
        if (k + 2 < name.size() && (name[k] == 'e' || name[k] == 'i') &&
            (name[k + 1] == '-' || name[k + 1] == ' '))
          k += 2;
        for (const auto& pc : places_->lookup(std::string_view(w.doc.slice(m.span)).substr(k)))
          if (pc.place->kind != PlaceKind::city && pc.place->kind != PlaceKind::facility) {
            where = pc.place;
            break;
          }
        break;
      }
      // "in Sinai Province": the same with the English word after the name.
      if (!where && name.size() > 9 && name.ends_with(" province"))
        for (const auto& pc :
             places_->lookup(std::string_view(w.doc.slice(m.span)).substr(0, name.size() - 9)))
          if (pc.place->kind != PlaceKind::city && pc.place->kind != PlaceKind::facility) {
            where = pc.place;
            break;
          }
      if (where) {
        c.records.clear();
        c.type = where->kind == PlaceKind::region ? MentionType::LOC : MentionType::GPE;
        c.entity = where->id;
        c.prio = 10;
        w.place_by_id[where->id] = where;
        w.cands.push_back(std::move(c));
        w.take(m.first_token, m.end_token);
        continue;
      }
    }
    c.type = type_for(r.kind);
    c.prio = 10;
    c.metadata = r.outlet;
    int letters = 0;
    for (char ch : w.doc.slice(m.span)) letters += (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    c.short_acronym = m.acronym && letters <= 4;
    w.cands.push_back(std::move(c));
    w.take(m.first_token, m.end_token);
    if (m.candidates.size() == 1 && !r.country.empty() && !m.acronym) {
      w.countries[r.country] += 0.5;
      w.lexicon_countries[r.country] += 0.5;
    }
  }
}

void EntityStage::propose_ner(Work& w) const {
#ifdef DOSSIER_HAVE_NER
  if (!ner_) return;
  for (auto& m : ner_->tag(w.doc)) {
    Cand c;
    c.span = m.span;
    c.ft = w.doc.token_at_or_after(m.span.start);
    c.et = c.ft;
    while (c.et < w.doc.tokens.size() && w.doc.tokens[c.et].span.start < m.span.end) ++c.et;
    if (c.et <= c.ft) continue;
    c.type = m.type;
    c.form = m.form;
    c.score = m.score;
    c.prio = 5;
    if (m.form != MentionForm::name) continue;  // descriptions and pronouns: coreference decides
    w.cands.push_back(std::move(c));
  }
#else
  (void)w;
#endif
}

// Persons from titles, speech verbs, appositions, bylines and photo credits.
void EntityStage::propose_persons(Work& w) const {
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  auto is_particle = [&](uint32_t t) { return in(kParticles, w.norm(t)); };
  auto name_word = [&](uint32_t t) { return w.name_word(t); };
  uint32_t t = 0;
  while (t < n) {
    if (!name_word(t) || w.taken[t] || (w.doc.tokens[t].has(kTokAllCaps) && w.doc.tokens[t].span.size() <= 3)) {
      ++t;
      continue;
    }
    // The run of capitalised words (with inner particles).
    uint32_t a = t, b = t;
    while (b < n && b - a < 6 && !w.taken[b] && w.word(b) &&
           (name_word(b) || (is_particle(b) && b + 1 < n && name_word(b + 1) && b > a)) &&
           (b == a || !w.hard_break(b))) {
      if (b > a && is_title_word(w.norm(b)) && !is_name_honorific(w.norm(b))) break;
      ++b;
    }
    if (b == a) {
      ++t;
      continue;
    }
    // Leading honorific belongs to the name ("Mullah Omar"); leading title words do not.
    uint32_t na = a;
    bool skipped_title = false;
    while (na < b && (is_title_word(w.norm(na)) || not_name(w.norm(na))) && !is_name_honorific(w.norm(na))) {
      if (is_title_word(w.norm(na))) skipped_title = true;
      ++na;
    }
    if (na >= b) {
      t = b;
      continue;
    }
    // "... Ambassador to Pakistan Ali Yasin Muhammad Karim told": a country, province or
    // demonym glued in front of a full name is not part of it.
    if (b - na >= 3 && !is_name_honorific(w.norm(na))) {
      uint32_t lp = leading_place(w, na, b);
      if (lp && b - (na + lp) >= 2) na += lp;
    }
    uint32_t len = b - na;
    bool has_honorific = is_name_honorific(w.norm(na)) && len >= 2;
    std::string_view before = na > 0 ? std::string_view(w.norm(na - 1)) : std::string_view();
    std::string_view before2 = na > 1 ? std::string_view(w.norm(na - 2)) : std::string_view();
    std::string_view after = b < n ? std::string_view(w.norm(b)) : std::string_view();
    bool title_before = skipped_title || (na > 0 && (is_title_word(before) || is_name_honorific(before)));
    if (!title_before && na > 0) {
      // "General" etc. inside the run are title words: handled by na > a. Ranks like "Gen." too.
      static const WordSet& kRanks = entity_words("ranks");
      title_before = in(kRanks, before);
    }
    bool speech_before = in(kSpeech, before) || (before == "to" && before2 == "according");
    bool speech_after = in(kSpeech, after);
    bool appos_after = false;
    if (after == "," && b + 1 < n) {
      for (uint32_t k = b + 1; k < std::min(n, b + 5); ++k) {
        // "Eva Forest, wife of the playwright": a kin word describes a person as a title does.
        if (is_title_word(w.norm(k)) || (in(kKinWords, w.norm(k)) && k + 1 < n && w.norm(k + 1) == "of")) {
          appos_after = true;
          break;
        }
        if (!w.word(k)) break;
      }
    }
    bool led_by = before == "by" && (before2 == "headed" || before2 == "led" || before2 == "founded");
    // "the Deputy Chairman of Pakistan's Senate, Abdul Ghafoor Haideri": a title shortly before the comma.
    bool title_comma = false;
    if (before == "," && len >= 2)
      for (uint32_t k = na >= 8 ? na - 8 : 0; k + 1 < na; ++k)
        if (is_title_word(w.norm(k)) && !not_name(w.norm(k))) title_comma = true;
    // An organisation or a facility is not a person ("Free Kalat Liberation Front claimed").
    const std::string& last = w.norm(b - 1);
    bool org_head =
        in(kArmedHeads, last) || in(kOrgHeads, last) || in(kFacilityHeads, last) || in(kNameOrgEnds, last);
    bool byline = (before == "by") && (na == 1 || w.line_start(na - 1)) && len >= 2 && len <= 4;
    bool credit = (before == "/" || before == ":" ) && len >= 2 && len <= 4;
    if (credit && before == ":" && !(na >= 2 && (before2 == "photo" || before2 == "credit" || before2 == "photos")))
      credit = false;
    if (credit && before == "/" && !(na >= 2 && w.doc.tokens[na - 2].has(kTokAllCaps))) credit = false;
    bool credit_after = (after == "-" || after == "|" || after == "/") && len >= 2 && len <= 4 && b + 1 < n &&
                        w.doc.tokens[b + 1].has(kTokCapitalized) && !w.doc.tokens[b].has(kTokSpaceBefore);
    if (credit_after && w.doc.tokens[b].has(kTokSpaceBefore)) credit_after = false;
    bool ok = false;
    if (title_before || has_honorific) ok = true;
    else if (len >= 2 && (speech_before || speech_after || appos_after || led_by || title_comma)) ok = true;
    else if (byline || credit || credit_after) ok = true;
    if (org_head && !has_honorific) ok = false;
    if (in(kOrgOpeners, w.norm(na)) && b - na >= 3) ok = false;  // "Banque Nationale de Paris said"
    // "Punjab Province confirmed", "Kurram Agency": an administrative unit, not a person.
    if (in(kPlaceWords, last) && len >= 2) ok = false;
    // A place or a lexicon name is not a person.
    if (ok && places_ && len <= 3 && !title_before && !has_honorific) {
      std::string k = PlaceGazetteer::key(w.doc.slice(w.span(na, b)));
      if (places_->has_key(k)) ok = false;
    }
    if (ok && len == 1 && w.lower_words.count(w.norm(na))) ok = false;
    // "Saudi Aramco said": two words opening with a country's name or adjective are a company's
    // or a body's name, not a person's.
    const bool company = ok && len == 2 && !title_before && !has_honorific && country_opens(w, na);
    if (ok) {
      Cand c;
      c.ft = na;
      c.et = b;
      c.span = w.span(na, b);
      c.type = company ? MentionType::ORG : MentionType::PERSON;
      c.prio = (byline || credit || credit_after) ? 9 : 7;
      c.metadata = byline || credit || credit_after;
      w.cands.push_back(std::move(c));
      w.take(na, b);
    }
    t = b;
  }
}

void EntityStage::propose_places(Work& w) const {
  if (!places_) return;
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  // Single capitalised words the document names as a place elsewhere ("in Zhob", "near
  // Mastung"): at a sentence's start too they are that place ("Zhob was placed under curfew").
  std::unordered_set<std::string_view> placed_words;
  for (uint32_t k = 1; k + 1 < n; ++k)
    if (in(kSurnamePlaceCues, w.norm(k - 1)) && w.word(k) && w.cap(k) && !w.sentence_initial(k) &&
        (!w.word(k + 1) || !w.cap(k + 1)) && w.norm(k + 1) != "'s" && w.norm(k + 1) != "\xe2\x80\x99s")
      placed_words.insert(w.norm(k));
  // A demonym ("Pakistani", "Middle Eastern") is a NORP mention linked to its place.
  auto add_demonym = [&](uint32_t from, uint32_t to, const Place* p) {
    Cand c;
    c.ft = from;
    c.et = to;
    c.span = w.span(from, to);
    c.type = MentionType::NORP;
    c.prio = 4;
    c.entity = p->id;
    w.place_by_id[p->id] = p;
    w.cands.push_back(std::move(c));
  };
  // "Pak-Afghan border", "the Saudi-Iraq border": two countries (names, demonyms or short
  // forms) joined by a hyphen before a border word name the border between them. The curated
  // file may know it by a name of its own (the Durand Line); else it is a region made for the
  // pair, of neither country alone, with no coordinates of its own.
  auto country_part = [&](std::string_view part) -> const Place* {
    // Two letters only as a country's code in capitals ("US-Mexico border"), never "Al".
    if (part.size() < 2 || (part.size() == 2 && !(std::isupper(static_cast<unsigned char>(part[0])) &&
                                                  std::isupper(static_cast<unsigned char>(part[1])))))
      return nullptr;
    if (const Place* p = places_->demonym(part); p && p->kind == PlaceKind::country) return p;
    auto cands = places_->lookup(part);
    return !cands.empty() && cands[0].place->kind == PlaceKind::country ? cands[0].place : nullptr;
  };
  auto border_place = [&](const Place* a, const Place* b, std::string_view text) -> const Place* {
    for (const auto& c : places_->lookup(text))
      if (c.place->kind == PlaceKind::region) return c.place;
    if (a->name > b->name) std::swap(a, b);
    for (const std::string& name : {a->name + "-" + b->name + " border", b->name + "-" + a->name + " border"})
      for (const auto& c : places_->lookup(name))
        if (c.place->kind == PlaceKind::region) return c.place;
    auto lower = [](std::string x) {
      for (auto& ch : x) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      return x;
    };
    std::string ca = lower(a->country), cb = lower(b->country);
    if (ca > cb) std::swap(ca, cb);
    std::string id = "place:border-" + ca + "-" + cb;
    if (auto it = w.place_by_id.find(id); it != w.place_by_id.end()) return it->second;
    Place p;
    p.id = id;
    p.name = a->name + "-" + b->name + " border";
    p.kind = PlaceKind::region;
    // No point: the middle of two countries' centres can be far off the line (Russia-Ukraine
    // would land in Siberia), and a map must not show a wrong one.
    w.made_places.push_back(std::move(p));
    return &w.made_places.back();
  };
  auto is_dash = [&](uint32_t k) {
    std::string_view x = w.doc.slice(w.doc.tokens[k].span);
    return x == "-" || x == "\xe2\x80\x93" || x == "\xe2\x80\x94";
  };
  for (uint32_t t = 0; t + 1 < n; ++t) {
    if (!w.word(t) || !w.cap(t)) continue;
    if (!in(kBorderWords, w.norm(t + 1)) && !(t + 3 < n && in(kBorderWords, w.norm(t + 3)))) continue;
    const Place* a = nullptr;
    const Place* b = nullptr;
    uint32_t bw = 0;  // the border word
    std::string_view first = w.doc.slice(w.doc.tokens[t].span);
    if (size_t h = first.find('-'); h != std::string_view::npos &&
                                    first.find('-', h + 1) == std::string_view::npos &&
                                    in(kBorderWords, w.norm(t + 1))) {
      a = country_part(first.substr(0, h));
      b = country_part(first.substr(h + 1));
      bw = t + 1;
    } else if (t + 3 < n && is_dash(t + 1) && w.word(t + 2) && w.cap(t + 2) &&
               in(kBorderWords, w.norm(t + 3)) &&
               w.doc.tokens[t + 1].span.start == w.doc.tokens[t].span.end &&
               w.doc.tokens[t + 2].span.start == w.doc.tokens[t + 1].span.end) {
      a = country_part(first);
      b = country_part(w.doc.slice(w.doc.tokens[t + 2].span));
      bw = t + 3;
    }
    if (!a || !b || a == b || a->country.empty() || b->country.empty()) continue;
    const Place* p = border_place(a, b, w.doc.slice(w.span(t, bw + 1)));
    Cand c;
    c.ft = t;
    c.et = bw + 1;
    c.span = w.span(t, bw + 1);
    c.type = MentionType::LOC;
    c.prio = 8;
    c.entity = p->id;
    w.place_by_id[p->id] = p;
    w.cands.push_back(std::move(c));
    w.take(t, bw + 1);
    t = bw;
  }
  for (uint32_t t = 0; t < n; ++t) {
    if (w.taken[t] || !w.word(t) || !w.cap(t)) continue;
    // A name that is a place only among its cue words ("LoC" in a report on Kashmir firing).
    if (const PlaceGazetteer::CuedName* cn = places_->cued(w.doc.slice(w.doc.tokens[t].span))) {
      const int s = w.doc.sentence_at(w.doc.tokens[t].span.start);
      bool cued = false;
      if (s >= 0)
        for (uint32_t k = w.doc.sentences[s].first_token; k < w.doc.sentences[s].end_token && !cued; ++k)
          cued = k != t && std::find(cn->cues.begin(), cn->cues.end(), w.norm(k)) != cn->cues.end();
      if (cued) {
        Cand c;
        c.ft = t;
        c.et = t + 1;
        c.span = w.doc.tokens[t].span;
        c.type = cn->place->kind == PlaceKind::region ? MentionType::LOC : MentionType::GPE;
        c.prio = 8;
        c.entity = cn->place->id;
        w.place_by_id[cn->place->id] = cn->place;
        w.cands.push_back(std::move(c));
        w.take(t, t + 1);
      }
      continue;
    }
    // Demonym first ("Pakistani", "Afghan", "Middle Eastern").
    const std::string& nm = w.norm(t);
    if (community_word(nm)) continue;
    if (t + 1 < n && w.word(t + 1) && w.cap(t + 1) && !w.taken[t + 1] && !w.hard_break(t + 1))
      if (const Place* p = places_->demonym(w.doc.slice(w.span(t, t + 2)))) {
        add_demonym(t, t + 2, p);
        ++t;
        continue;
      }
    const bool vague = in(kVaguePlaceWords, nm) || not_name(nm);  // alone no place ("West", "We")
    if (const Place* p = places_->demonym(nm)) {
      bool next_cap = t + 1 < n && w.cap(t + 1) && !w.taken[t + 1];
      if (!next_cap || !places_->has_key(PlaceGazetteer::key(w.doc.slice(w.span(t, t + 2))))) {
        add_demonym(t, t + 1, p);
        if (!p->country.empty()) w.countries[p->country] += 1.0;
        continue;
      }
    }
    // Longest capitalised run (up to 4 tokens, "of"/"al" inside) that names a place.
    uint32_t e = t;
    while (e < n && e - t < 4 && !w.taken[e] && w.word(e) &&
           (w.cap(e) || ((w.norm(e) == "of" || w.norm(e) == "al" || w.norm(e) == "el") && e > t)))
      ++e;
    for (uint32_t b = e; b > t; --b) {
      if (!w.cap(b - 1)) continue;
      std::string k = PlaceGazetteer::key(w.doc.slice(w.span(t, b)));
      if (!places_->has_key(k)) continue;
      uint32_t len = b - t;
      if (len == 1 && (vague || one_letter(nm) || head_noun(nm))) break;
      // A short word in capitals inside mixed-case text is an acronym ("International Coffee
      // Organization (ICO)" is not Icó in Brazil), unless it opens a line (a dateline, "ROME -")
      // or names a country or first-level region ("UK", "KP").
      if (len == 1 && acronym_not_place(w, t)) break;
      // A single common word ("Police", "Many") is a place only if never seen in lower case
      // and not the first word of a sentence (unless a country or a province, or a word the
      // report names as a place elsewhere: placed_words).
      if (len == 1) {
        if (w.lower_words.count(w.norm(t))) break;
        int s = w.doc.sentence_at(w.doc.tokens[t].span.start);
        bool initial = false;
        if (s >= 0) {
          initial = true;  // the first word of the sentence, perhaps after an opening quote
          for (uint32_t k = w.doc.sentences[s].first_token; k < t && initial; ++k) initial = !w.word(k);
        }
        if (initial && !places_->country(nm.size() == 2 ? nm : "")) {
          auto cands = places_->lookup(w.doc.slice(w.span(t, b)));
          bool big = false;
          for (auto& c : cands)
            if (c.place->kind == PlaceKind::country || c.place->kind == PlaceKind::admin1) big = true;
          if (!big && !(placed_words.count(nm) && !in(kCommonWords, nm) && !not_name(nm))) break;
        }
      }
      // "Hangu District", "Zhob Division": the unit word belongs to the name.
      if (b < n && !w.taken[b] && w.word(b) && w.cap(b) && in(kPlaceWords, w.norm(b)) && !w.hard_break(b))
        ++b;
      Cand c;
      c.ft = t;
      c.et = b;
      c.span = w.span(t, b);
      c.type = MentionType::GPE;
      c.prio = 3;
      w.cands.push_back(std::move(c));
      t = b - 1;
      break;
    }
  }
}

void EntityStage::propose_unknown_orgs(Work& w) const {
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  static const WordSet& kPossessiveNameWords = entity_words("possessive_name_words");
  // "People's" in "Kuki People's Liberation Army": the possessive of such a word inside the
  // name, a capitalised word after it ("Kenya's Tourism Board" is no one name).
  auto name_possessive = [&](uint32_t e) {
    return e > 0 && e + 1 < n && !w.taken[e] &&
           (w.norm(e) == "'s" || w.norm(e) == "\xe2\x80\x99s" || w.norm(e) == "'" ||
            w.norm(e) == "\xe2\x80\x99") &&
           w.cap(e - 1) && in(kPossessiveNameWords, w.norm(e - 1)) && w.word(e + 1) && w.cap(e + 1) &&
           !w.hard_break(e);
  };
  // "the 444 Brigade", "the FARC's 8th Front": a unit numbered before its capitalised name (an
  // armed group's unit only; not one of a state's forces, "the army's 7th Brigade").
  static const WordSet& kStateUnitWords = entity_words("state_unit_words");
  auto numbered_unit = [&](uint32_t t) {
    if (!w.doc.tokens[t].has(kTokNumber) || t + 1 >= n || w.taken[t + 1] || !w.word(t + 1) || !w.cap(t + 1))
      return false;
    for (uint32_t b = t, k = 0; b-- > 0 && k < 4 && !w.hard_break(b + 1); ++k)
      if (in(kStateUnitWords, w.norm(b))) return false;
    // ... nor one "of the (Malian) army" after its name.
    if (t + 2 < n && w.norm(t + 2) == "of")
      for (uint32_t a = t + 3; a < n && a < t + 6 && !w.hard_break(a); ++a)
        if (in(kStateUnitWords, w.norm(a))) return false;
    return true;
  };
  for (uint32_t t = 0; t < n; ++t) {
    const bool numbered = !w.taken[t] && numbered_unit(t);
    if (!numbered && (w.taken[t] || !w.word(t) || !w.cap(t) || not_name(w.norm(t)) || w.headline_verb(t)))
      continue;
    uint32_t e = numbered ? t + 1 : t;
    while (
        e < n && e - t < 7 &&
        ((e > t && name_possessive(e)) ||
         (!w.taken[e] && w.word(e) &&
          (w.cap(e) || ((w.norm(e) == "of" || w.norm(e) == "for" || w.norm(e) == "and" || w.norm(e) == "al" ||
                         w.norm(e) == "e" || w.norm(e) == "ul" || w.norm(e) == "the" ||
                         (w.norm(e) == "on" && e > t && in(kSubjectHeads, w.norm(e - 1)) && e + 1 < n &&
                          !not_name(w.norm(e + 1)))) &&
                        e > t && e + 1 < n && w.cap(e + 1))) &&
          (e == t || !w.hard_break(e)))))
      ++e;
    if (e - t < 2) continue;
    // The head is the last word of the run, or the committee before "on" ("Senate Standing
    // Committee on Interior").
    uint32_t h = e - 1;
    for (uint32_t k = t + 1; k + 1 < e; ++k)
      if (w.norm(k) == "on" && in(kSubjectHeads, w.norm(k - 1))) h = k - 1;
    const std::string& head = w.norm(h);
    if (numbered && !in(kUnitWords, head) && head != "front") continue;
    MentionType type;
    ActorKind kind = ActorKind::organization;
    if (in(kFacilityHeads, head)) type = MentionType::FACILITY;
    else if (in(kArmedHeads, head)) {
      type = MentionType::ARMED_GROUP;
      kind = ActorKind::armed_group;
    } else if (in(kOrgHeads, head)) type = MentionType::ORG;
    else continue;
    // "Kurram Agency", "Khyber Agency": a known place and an administrative unit word.
    if (in(kPlaceWords, head) && places_ && !places_->lookup(w.doc.slice(w.span(t, e))).empty()) {
      t = e - 1;
      continue;
    }
    Cand c;
    c.ft = t;
    c.et = e;
    c.span = w.span(t, e);
    c.type = type;
    c.kind = kind;
    c.prio = 2;
    w.cands.push_back(std::move(c));
    t = e - 1;
  }
}

// "Tehreek-e-Jihad, a little-known militant outfit, claimed ...", "ansarul islam, a homegrown
// militant group, claimed ...", "Jund al-Khilafa, a local affiliate of the Islamic State,": the
// words before a comma and a description whose head is a group's (group_heads) and which is an
// armed one (a word such as "militant" in it, a head such as "militia", or a part of a group the
// lexicon knows: "an affiliate of the Islamic State") name an armed group, even one the tagger
// missed or the lexicon does not know. The name is a run of capitalised words (with the
// particles of Arabic names), or, in lower case, one to three words that are no common words
// after a clause's edge. The same words elsewhere in the document name the group too.
void EntityStage::propose_described_groups(Work& w) const {
  static const WordSet& kGroupHeads = entity_words("group_heads");
  static const WordSet& kDescribers = entity_words("armed_describers");
  static const WordSet& kArmedGroupHeads = entity_words("armed_group_heads");
  static const WordSet& kPartHeads = entity_words("part_group_heads");
  static const WordSet& kEnds = entity_words("group_description_ends");
  static const WordSet& kStops = entity_words("description_stops");
  Document& doc = w.doc;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  auto same = [&](uint32_t a, uint32_t b) {
    return doc.sentence_at(doc.tokens[a].span.start) == doc.sentence_at(doc.tokens[b].span.start);
  };
  // Is the description after the comma at k one of an armed group?
  auto armed_description = [&](uint32_t k) {
    if (k + 2 >= n || (w.norm(k + 1) != "a" && w.norm(k + 1) != "an")) return false;
    bool armed = false, part = false;
    for (uint32_t h = k + 2; h < n && h < k + 9 && same(k, h) && !w.hard_break(h); ++h) {
      const std::string& x = w.norm(h);
      if (!w.word(h)) return false;
      part |= in(kPartHeads, x);
      if (in(kGroupHeads, x) || in(kArmedGroupHeads, x) || in(kPartHeads, x)) {
        const bool closed = h + 1 >= n || !same(k, h + 1) || in(kEnds, w.norm(h + 1));
        if (!closed) continue;  // "a splinter group": the head is the last noun
        if (in(kArmedGroupHeads, x)) armed = true;
        // "a local affiliate of the Islamic State", "a splinter group of the Pakistani Taliban":
        // a part of a group the lexicon knows.
        if (!armed && part && h + 1 < n && w.norm(h + 1) == "of") {
          uint32_t g = h + 2;
          if (g < n && w.norm(g) == "the") ++g;
          for (const Cand& c : w.cands)
            if (c.ft == g && c.prio == 10 && !c.records.empty() &&
                lex_.record(c.records[0]).kind == ActorKind::armed_group)
              armed = true;
        }
        return armed;
      }
      if (in(kStops, x)) return false;
      if (in(kDescribers, x)) armed = true;
      // "an Islamic State-linked group", "an al Qaeda-affiliated outfit".
      if (const size_t dash = x.rfind('-');
          dash != std::string::npos && kModifierSuffixes.contains(std::string_view(x).substr(dash + 1)))
        armed = armed || w.taken[h];
    }
    return false;
  };
  static const WordSet& kClauseEdges = entity_words("clause_edges");
  std::vector<std::pair<uint32_t, uint32_t>> found;
  for (uint32_t k = 1; k < n; ++k) {
    if (w.norm(k) != "," || !armed_description(k)) continue;
    uint32_t b = k, a = k;
    if (w.word(k - 1) && (w.cap(k - 1) || doc.tokens[k - 1].has(kTokAllCaps))) {
      // A run of capitalised words, with particles inside ("Jund al-Khilafa", "Ansar al Islam").
      while (a > 0 && b - a < 6 && same(a - 1, k) && w.word(a - 1) &&
             (w.cap(a - 1) || doc.tokens[a - 1].has(kTokAllCaps) || w.name_word(a - 1) ||
              (in(kParticles, w.norm(a - 1)) && a - 1 > 0 && w.cap(a - 2))) &&
             // In capitals ("THE LEADERS OF X, A TERRORIST GROUP") ordinary words end the name.
             !(w.caps_text &&
               (not_name(w.norm(a - 1)) || in(kCommonWords, w.norm(a - 1)) || in(kStops, w.norm(a - 1)))) &&
             !w.hard_break(a))
        --a;
      while (a < b && (not_name(w.norm(a)) || is_title_word(w.norm(a)) || in(kParticles, w.norm(a)))) ++a;
      while (a < b && w.common_word_capitalised(a)) ++a;
    } else if (!w.one_case || w.caps_text) {
      // In lower case: one to three words, none a common word, after a clause's edge.
      while (a > 0 && b - a < 3 && same(a - 1, k) && w.word(a - 1) && !w.cap(a - 1) &&
             !in(kClauseEdges, w.norm(a - 1)) && !not_name(w.norm(a - 1)) &&
             !in(kCommonWords, w.norm(a - 1)) && !in(kStops, w.norm(a - 1)) && !in(kSpeech, w.norm(a - 1)))
        --a;
      const bool edge = a == 0 || !same(a - 1, k) || in(kClauseEdges, w.norm(a - 1));
      if (!edge) continue;
    }
    if (a >= b || !w.free(a, b)) continue;
    bool digits = false;
    for (uint32_t t = a; t < b; ++t)
      for (char ch : w.norm(t)) digits |= ch >= '0' && ch <= '9';
    if (digits) continue;
    // A place the gazetteer knows whole ("Borno, a militant stronghold") is no group.
    if (places_ && !places_->lookup(doc.slice(w.span(a, b))).empty()) continue;
    found.emplace_back(a, b);
  }
  // The same words elsewhere name the group too ("... Tehreek-e-Jihad said").
  std::set<std::pair<uint32_t, uint32_t>> spans(found.begin(), found.end());
  for (const auto& [a, b] : found)
    for (uint32_t t = 0; t + (b - a) <= n; ++t) {
      bool match = true;
      for (uint32_t i = 0; i < b - a && match; ++i) match = w.norm(t + i) == w.norm(a + i);
      if (!match || !w.free(t, t + (b - a))) continue;
      // Whole words: not inside a longer capitalised run.
      if (t > 0 && w.word(t - 1) && w.cap(t - 1) && w.cap(t) && !w.line_start(t)) continue;
      if (t + (b - a) < n && w.word(t + (b - a)) && w.cap(t + (b - a)) && w.cap(t)) continue;
      spans.emplace(t, t + (b - a));
    }
  for (const auto& [a, b] : spans) {
    Cand c;
    c.ft = a;
    c.et = b;
    c.span = w.span(a, b);
    c.type = MentionType::ARMED_GROUP;
    c.kind = ActorKind::armed_group;
    c.prio = 6;
    w.cands.push_back(std::move(c));
  }
}

void EntityStage::propose_communities(Work& w) const {
  if (community_words_.empty()) return;
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  auto community_at = [&](uint32_t t) {
    return t < n && !w.taken[t] && w.word(t) && w.cap(t) ? community_word(w.norm(t)) : nullptr;
  };
  for (uint32_t t = 0; t < n; ++t) {
    if (!community_at(t)) continue;
    uint32_t e = t + 1;
    while (e < n && community_at(e) && !w.hard_break(e)) ++e;
    // Part of a longer name ("Shia Ulema Council", "Hindu Kush", "Christian Democratic Union",
    // "Jamiat Ulema-e-Islam"): a capitalised word glued on either side that is no demonym.
    const bool name_after = e < n && w.word(e) && w.cap(e) && !w.hard_break(e);
    const bool name_before = t > 0 && w.word(t - 1) && w.cap(t - 1) && !w.hard_break(t) &&
                             !w.sentence_initial(t - 1) && !(places_ && places_->demonym(w.norm(t - 1)));
    if (name_after || name_before) {
      t = e - 1;
      continue;
    }
    // A phrase the file names whole ("Shia Muslims", "Shia Ismailis") is one mention; else each
    // word is its own ("Hazara Shias": Hazaras, and Shia Muslims).
    auto add = [&](uint32_t a, uint32_t b, const CommunityRecord* rec) {
      Cand c;
      c.ft = a;
      c.et = b;
      c.span = w.span(a, b);
      c.type = MentionType::NORP;
      c.prio = 6;
      c.entity = rec->id;
      w.cands.push_back(std::move(c));
      w.take(a, b);
    };
    if (const CommunityRecord* whole = e - t > 1 ? lex_.community(w.doc.slice(w.span(t, e))) : nullptr)
      add(t, e, whole);
    else
      for (uint32_t k = t; k < e; ++k) add(k, k + 1, community_word(w.norm(k)));
    t = e - 1;
  }
}

// "Police arrested Nibras Islam", "identified as Rohan Hindu": a name ends in a community word
// and its given name is none (no community word, demonym, place, common or lower-case word),
// with no article before it; an article ("an Orthodox Christian"), a plural ("Coptic
// Christians") or a phrase the file names whole ("Roman Catholics") is the community.
bool EntityStage::named_for_community(const Work& w, const Cand& c, uint32_t first) const {
  if (c.et - first < 2 || first != c.ft || !w.cap(first) || !w.word(c.et - 1)) return false;
  if (c.ft > 0 && (w.norm(c.ft - 1) == "a" || w.norm(c.ft - 1) == "an" || w.norm(c.ft - 1) == "the"))
    return false;
  if (w.norm(c.et - 1).ends_with("s") || lex_.community(w.doc.slice(c.span))) return false;
  // "Chechen Muslim leaders": a plural or "community" after it makes the words a description.
  if (c.et < w.doc.tokens.size() && w.word(c.et) && !w.cap(c.et) &&
      (people_plural(w.norm(c.et)) || w.norm(c.et) == "community" || w.norm(c.et) == "communities"))
    return false;
  for (uint32_t t = first; t + 1 < c.et; ++t) {
    const std::string& x = w.norm(t);
    if (!w.word(t) || !w.cap(t) || community_word(x) || in(kCommonWords, x) || w.lower_words.count(x) ||
        (places_ && (places_->demonym(x) || places_->has_key(PlaceGazetteer::key(x)))))
      return false;
  }
  return community_word(w.norm(c.et - 1)) != nullptr;
}

// The tagger's names are checked against what we know: a "person" that is a place or starts
// with a demonym ("Pakistani Sunni"), an "organisation" that is a country ("Pakistan has
// accused ...": its government) or a place, descriptions in lower case ("Sunni extremist
// groups") and religious or ethnic communities ("the minority Hazara Shias") are corrected.
void EntityStage::clean_tagger(Work& w) const {
  Document& doc = w.doc;
  // "U. S.", "J.": letters alone (dots between) are initials, no one's name.
  auto initials_only = [&](const Work& w, uint32_t a, uint32_t b) {
    bool letter = false;
    for (uint32_t t = a; t < b; ++t) {
      if (w.norm(t) == ".") continue;
      if (!one_letter(w.norm(t))) return false;
      letter = true;
    }
    return letter;
  };
  for (auto& c : w.cands) {
    if (c.prio != 5 || !c.records.empty()) continue;
    // "MOGADISHU - Gunmen killed ...": a dash set apart by spaces ends a name (a dateline's
    // place before it, the story after it).
    for (uint32_t t = c.ft + 1; t < c.et; ++t)
      if (doc.tokens[t].has(kTokDash) && doc.tokens[t].has(kTokSpaceBefore)) {
        c.et = t;
        c.span = w.span(c.ft, c.et);
        break;
      }
    // "to Attack Police College": a headline's verb is not the name's first word.
    if (c.et - c.ft >= 2 && w.headline_verb(c.ft)) {
      ++c.ft;
      c.span = w.span(c.ft, c.et);
    }
    // "these brave Americans", "many young Iraqis": lower-case words before a demonym describe
    // the country's people (NORP), never one person's or a body's name.
    if (places_ && c.et - c.ft >= 2 && c.type != MentionType::FACILITY && c.type != MentionType::WEAPON &&
        w.word(c.et - 1) && w.cap(c.et - 1)) {
      bool described = true;  // "These" may open the sentence
      for (uint32_t t = c.ft; t + 1 < c.et && described; ++t)
        described = w.word(t) && ((!w.cap(t) && !doc.tokens[t].has(kTokAllCaps)) ||
                                  (t == c.ft && not_name(w.norm(t)) && w.sentence_initial(t)));
      // "the Philippines" is the country by its own name, not its people.
      if (described && places_->has_key(PlaceGazetteer::key(doc.slice(doc.tokens[c.et - 1].span))))
        described = false;
      if (const Place* p = described ? places_->demonym(w.norm(c.et - 1)) : nullptr) {
        c.ft = c.et - 1;
        c.span = doc.tokens[c.ft].span;
        c.type = MentionType::NORP;
        c.entity = p->id;
        w.place_by_id[p->id] = p;
        continue;
      }
    }
    // "central Bangkok", "interpreter Ahmad Shah": lower-case words before a place's or a
    // person's capitalised name only describe it.
    if (c.type == MentionType::GPE || c.type == MentionType::LOC || c.type == MentionType::PERSON) {
      uint32_t a = c.ft;
      while (a + 1 < c.et && w.word(a) && !w.cap(a) && !doc.tokens[a].has(kTokAllCaps) &&
             w.norm(a) != "the" && !in(kParticles, w.norm(a)))
        ++a;
      if (a != c.ft && w.cap(a)) {
        c.ft = a;
        c.span = w.span(c.ft, c.et);
      }
    }
    // On a title-case line ("Jury Selection Begins in Trial of Accused Boston Bomber's Friend"), a
    // name ending in a common word or one the document writes in lower case, other than a body's
    // or a building's head, is words of the headline, not a name ("Police College" stays).
    if (c.et - c.ft >= 2 && w.title_case[c.ft] && c.type != MentionType::NORP) {
      const std::string& last = w.norm(c.et - 1);
      if ((in(kCommonWords, last) || w.lower_words.count(last)) && !head_noun(last) &&
          !in(kArmedHeads, last) && !in(kBodySites, last) && !w.inner_cap_words.count(last) &&
          lex_.lookup(doc.slice(c.span)).empty()) {
        c.drop = true;
        continue;
      }
    }
    std::string_view text = doc.slice(c.span);
    uint32_t first = c.ft;
    if (first < c.et && w.norm(first) == "the") ++first;
    if (first >= c.et) continue;
    bool community = false, lower_head = false;
    for (uint32_t t = first; t < c.et; ++t) community |= community_word(w.norm(t)) != nullptr;
    // Other than a tagger's "person" ("Christian Democrats"), a name is a community only when its
    // last capitalised word is one ("Pakistani Sunni", "Maronite Christian"), not "Shia Ulema
    // Council" or "Syrian Arab Republic".
    if (community && c.type != MentionType::PERSON)
      for (uint32_t t = c.et; t > first; --t)
        if (w.word(t - 1) && w.cap(t - 1)) {
          community = community_word(w.norm(t - 1)) != nullptr;
          break;
        }
    if (community && c.type != MentionType::WEAPON && c.type != MentionType::FACILITY &&
        named_for_community(w, c, first)) {
      community = false;
      c.type = MentionType::PERSON;
    }
    lower_head = w.word(c.et - 1) && !w.cap(c.et - 1) && !doc.tokens[c.et - 1].has(kTokAllCaps);
    // "Islamabad-based", "US-led", "Iran-backed": a modifier, not a name of anything.
    if (c.et - first == 1) {
      const std::string& word = w.norm(first);
      const size_t dash = word.rfind('-');
      if (dash != std::string::npos && kModifierSuffixes.contains(std::string_view(word).substr(dash + 1))) {
        c.drop = true;
        continue;
      }
    }
    if (community && c.type != MentionType::WEAPON && c.type != MentionType::FACILITY) {
      c.type = MentionType::NORP;
      // "the minority Hazara Shias", "Sunni extremist groups": the community is the capitalised
      // words; the lower-case ones around them describe it.
      uint32_t a = c.ft, b = c.et;
      while (a < b && w.word(a) && !w.cap(a) && !doc.tokens[a].has(kTokAllCaps)) ++a;
      while (b > a && w.word(b - 1) && !w.cap(b - 1) && !doc.tokens[b - 1].has(kTokAllCaps)) --b;
      if (a < b && (a != c.ft || b != c.et)) {
        c.ft = a;
        c.et = b;
        c.span = w.span(a, b);
      }
      continue;
    }
    if ((c.type == MentionType::GPE || c.type == MentionType::LOC) && c.et - c.ft == 1 &&
        (w.lower_words.count(w.norm(c.ft)) || not_name(w.norm(c.ft)) || in(kVaguePlaceWords, w.norm(c.ft)))) {
      c.drop = true;  // "We", "May", "Middle": a common word, not a place
      continue;
    }
    // "in the 1980s", "the 1990s": a decade, not a place.
    if ((c.type == MentionType::GPE || c.type == MentionType::LOC) && c.et - first == 1 &&
        std::isdigit(static_cast<unsigned char>(w.norm(first)[0]))) {
      c.drop = true;
      continue;
    }
    // "The University", "U": a head noun alone (after its article) or a letter is no place.
    if ((c.type == MentionType::GPE || c.type == MentionType::LOC) && c.et - first == 1 &&
        (head_noun(w.norm(first)) || one_letter(w.norm(first)))) {
      c.drop = true;
      continue;
    }
    // "Bethel Memorial Methodist Church": a building, not a town.
    if ((c.type == MentionType::GPE || c.type == MentionType::LOC) && c.et - c.ft >= 2 &&
        in(kFacilityHeads, w.norm(c.et - 1))) {
      c.type = MentionType::FACILITY;
      continue;
    }
    // "Middle Eastern", "Pakistani": an adjective of place is NORP, linked to its place.
    if ((c.type == MentionType::GPE || c.type == MentionType::LOC) && c.et - first <= 2 && places_)
      if (const Place* p = places_->demonym(doc.slice(w.span(first, c.et)))) {
        c.type = MentionType::NORP;
        c.entity = p->id;
        w.place_by_id[p->id] = p;
        continue;
      }
    // "European Community", "Quetta Press Club": a name ending in an organisation's head is a
    // body, whatever the tagger read, unless it is a place's own name ("Soviet Union").
    if ((c.type == MentionType::PERSON || c.type == MentionType::GPE || c.type == MentionType::LOC) &&
        c.et - first >= 2 && w.cap(c.et - 1) && in(kNameOrgEnds, w.norm(c.et - 1)) &&
        !(places_ && places_->has_key(PlaceGazetteer::key(doc.slice(w.span(first, c.et))))))
      c.type = MentionType::ORG;
    // "UMass Dartmouth", "UConn": a word of two capitals and then small letters is a brand or an
    // institution's short name, never a person's ("McDonald", "DeSantis" have one capital first).
    if (c.type == MentionType::PERSON)
      for (uint32_t t = c.ft; t < c.et; ++t) {
        std::string_view x = doc.slice(doc.tokens[t].span);
        // Three small letters at least: "CDs", "IDs" are plural acronyms.
        if (x.size() >= 5 && std::isupper(static_cast<unsigned char>(x[0])) &&
            std::isupper(static_cast<unsigned char>(x[1])) &&
            std::islower(static_cast<unsigned char>(x[2])) &&
            std::islower(static_cast<unsigned char>(x[3])) &&
            std::islower(static_cast<unsigned char>(x[4]))) {
          c.type = MentionType::ORG;
          break;
        }
      }
    if (c.type == MentionType::PERSON) {
      if ((in(kPlaceWords, w.norm(c.et - 1)) || w.norm(c.et - 1) == "city") && c.et - c.ft >= 2) {
        c.type = MentionType::GPE;
        continue;
      }
      // "Saudi Aramco said", "Turkish Petroleum said": two words opening with a country's name or
      // adjective name a company or body; a person's name does not begin so.
      if (c.et - c.ft == 2 && country_opens(w, c.ft) &&
          !(c.ft > 0 && (is_title_word(w.norm(c.ft - 1)) || is_name_honorific(w.norm(c.ft - 1))))) {
        c.type = MentionType::ORG;
        continue;
      }
      // "to Pakistan Ali Yasin Muhammad Karim": the span absorbed a place before the name.
      if (uint32_t lp = c.et - c.ft >= 3 ? leading_place(w, c.ft, c.et) : 0; lp && c.et - (c.ft + lp) >= 2) {
        c.ft += lp;
        c.span = w.span(c.ft, c.et);
        text = doc.slice(c.span);
      }
      // A word set in quotation marks ("a booklet called “Fateh”") is a title, a slogan or a
      // nickname, not a person's name, unless a title word names its bearer.
      {
        const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
        bool quoted = c.ft > 0 && c.et < n && doc.tokens[c.ft - 1].has(kTokQuote) && doc.tokens[c.et].has(kTokQuote);
        bool titled = c.ft > 1 && (is_title_word(w.norm(c.ft - 2)) || is_name_honorific(w.norm(c.ft - 2)));
        if (quoted && !titled && c.et - c.ft <= 2) {
          c.drop = true;
          continue;
        }
      }
      // "Secretary of State", "Minister of Law": a title phrase; the name, if any, follows it.
      bool title_phrase = is_title_word(w.norm(c.ft)) && !is_name_honorific(w.norm(c.ft));
      if (title_phrase) {
        title_phrase = false;
        for (uint32_t t = c.ft + 1; t < c.et; ++t) title_phrase |= w.norm(t) == "of" || w.norm(t) == "for";
      }
      if (title_phrase) {
        c.drop = true;
        continue;
      }
      if (c.et - c.ft == 1 && (w.opening_participle(c.ft) || w.common_word_alone(c.ft))) {
        c.drop = true;
        continue;
      }
      if (lower_head || (c.et - c.ft == 1 && doc.tokens[c.ft].has(kTokAllCaps)) || w.norm(c.ft) == "the" ||
          (c.et - c.ft == 1 && w.common_word_capitalised(c.ft) && lex_.lookup(text).empty()) ||
          is_title_word(w.norm(c.et - 1)) || (c.et - c.ft == 1 && not_name(w.norm(c.ft))) ||
          initials_only(w, first, c.et) ||  // "U. S.": initials, no one
          // "Senators met ...": a sentence's first word, plural, never capitalised inside one.
          (c.et - c.ft == 1 && w.sentence_initial(c.ft) && people_plural(w.norm(c.ft)) &&
           !w.inner_cap_words.count(w.norm(c.ft))) ||
          // "Pakistan Militants" in a headline: a plural common noun ends no one's name.
          (c.et - c.ft >= 2 && people_plural(w.norm(c.et - 1)) &&
           (not_name(w.norm(c.et - 1)) || w.lower_words.count(w.norm(c.et - 1))))) {
        c.drop = true;  // "Pakistan's former interior minister": a description; "U.S.": no name
        continue;
      }
      if (places_ && places_->demonym(w.norm(c.ft)) && c.et - c.ft <= 2) {
        c.type = MentionType::NORP;
        c.et = c.ft + 1;
        c.span = doc.tokens[c.ft].span;
        continue;
      }
      bool title_before = c.ft > 0 && (is_title_word(w.norm(c.ft - 1)) || is_name_honorific(w.norm(c.ft - 1)));
      if (places_ && !title_before && places_->has_key(PlaceGazetteer::key(text))) c.type = MentionType::GPE;
      if (community) c.type = MentionType::NORP;
      continue;
    }
    if (c.type == MentionType::ORG || c.type == MentionType::ARMED_GROUP || c.type == MentionType::STATE_ACTOR) {
      std::string_view name = doc.slice(w.span(first, c.et));
      // "O'Hare International Airport", "Peninsula Hotel", "Bagram Air Base": a name ending in
      // the head of a building or ground that never speaks is that place, unless the lexicon
      // knows the name. (Embassies, colleges, hospitals and churches also act as bodies - "the
      // U.S. Embassy said" - and keep the tagger's reading.)
      static const WordSet& kMuteSites = entity_words("mute_sites");
      if (c.et - first >= 2 && in(kMuteSites, w.norm(c.et - 1)) && lex_.lookup(name).empty()) {
        c.type = MentionType::FACILITY;
        continue;
      }
      // "an attack on Bacha Khan University", "gunmen stormed the Army Public School": a body
      // that is also a building (a school, a hospital, a church), where something happens to
      // it or in it, is the building.
      if (c.et - first >= 2 && (in(kFacilityHeads, w.norm(c.et - 1)) || in(kBodySites, w.norm(c.et - 1))) &&
          lex_.lookup(name).empty()) {
        if (site_of_deed(doc.tokens, first)) {
          c.type = MentionType::FACILITY;
          continue;
        }
      }
      // "the U. S.", "the University": a letter or a head noun alone names no place.
      const bool no_place = c.et - first == 1 && (one_letter(w.norm(first)) || head_noun(w.norm(first)));
      if (places_ && !no_place && lex_.lookup(name).empty()) {
        auto found = places_->lookup(name);
        static const WordSet& kPlacePreps = entity_words("place_preps");
        // "borders both war-torn Afghanistan", "visited Pakistan": a country as a place, not
        // its government.
        static const WordSet& kPlaceBefore = entity_words("place_before");
        bool after_prep = c.ft > 0 && (in(kPlacePreps, w.norm(c.ft - 1)) || in(kPlaceBefore, w.norm(c.ft - 1)));
        // "in Kunduz, Afghanistan on Monday": a country after a town or region and a comma, closing
        // the phrase, says where it is (not in "In London, the U.S. was supported ...", nor in a
        // list of countries: "countries including Mexico, Colombia and Panama").
        static const WordSet& kClosers = entity_words("region_closers");
        const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
        const bool closes = c.et >= n || !w.word(c.et) || w.hard_break(c.et) || in(kClosers, w.norm(c.et));
        if (c.ft >= 2 && w.norm(c.ft - 1) == "," && w.word(c.ft - 2) && w.cap(c.ft - 2) && closes) {
          const auto before = places_->lookup(doc.slice(doc.tokens[c.ft - 2].span));
          if (!before.empty() && before[0].place->kind != PlaceKind::country) after_prep = true;
        }
        if (!found.empty() && !after_prep && found[0].place->kind == PlaceKind::country &&
            !found[0].place->country.empty()) {
          std::string cc = found[0].place->country;
          for (auto& ch : cc) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          if (const ActorRecord* gov = lex_.by_id("actor:" + cc + "-government")) {
            c.entity = gov->id;
            c.type = MentionType::STATE_ACTOR;
            continue;
          }
        }
        if (!found.empty()) {
          c.type = MentionType::GPE;
          continue;
        }
      }
      if (community) {
        c.type = MentionType::NORP;
        continue;
      }
      if (c.et - first == 1 &&
          (not_name(w.norm(first)) || (one_letter(w.norm(first)) && lex_.lookup(name).empty()))) {
        c.drop = true;  // "Militants", "Islamic": a common word; "U" of "U. S.": an initial
        continue;
      }
      // "Iranians", "The Iraqis", "European": people of a place or its adjective, not a body.
      if (places_ && c.et - first <= 2 && lex_.lookup(name).empty())
        if (const Place* p = places_->demonym(name)) {
          c.type = MentionType::NORP;
          c.entity = p->id;
          w.place_by_id[p->id] = p;
          continue;
        }
      // One capitalised word that is no name: a generic head ("the Agency", "Council" cut from
      // "National Security Council"), a word the document also writes in lower case
      // ("Defense", "Foreign"), or a sentence's first word never capitalised inside a sentence
      // ("Mourners clashed ...", "Local residents said ..."). Acronyms and lexicon names stay.
      if (c.et - first == 1 && !doc.tokens[first].has(kTokAllCaps) && lex_.lookup(name).empty()) {
        const std::string& word = w.norm(first);
        bool inner_caps = false;
        for (size_t k = 1; k < name.size(); ++k) inner_caps |= name[k] >= 'A' && name[k] <= 'Z';
        bool initial = first == c.ft && (w.sentence_initial(first) || w.line_start(first));
        // "Governor" alone: a title without its bearer's name.
        if (!inner_caps &&
            (in(kGenericHeads, word) || w.lower_words.count(word) || people_plural(word) ||
             (is_title_word(word) && !is_name_honorific(word)) ||
             (initial && !w.inner_cap_words.count(word)) || w.common_word_capitalised(first))) {
          c.drop = true;
          continue;
        }
      }
      bool digits = false;
      for (char ch : name) digits |= (ch >= '0' && ch <= '9');
      if (lower_head || (w.word(first) && !w.cap(first) && !doc.tokens[first].has(kTokAllCaps)) || digits ||
          w.norm(c.et - 1).ends_with("-based"))
        c.drop = true;
    }
  }
  // Lower-case descriptions are not names: coreference handles them.
  w.cands.erase(std::remove_if(w.cands.begin(), w.cands.end(), [](const Cand& c) { return c.drop; }), w.cands.end());
}

// A name found from its head noun ("FATA Research Center", "Balochistan Assembly") beats the
// pieces the tagger or the gazetteer cut it into ("FATA" + "Research Center") when it contains
// all of them and either the tagger itself saw a name reaching the head or the tagger did not
// speak at all (only the gazetteer's place at its start): the pieces are parts of one name.
// A run the tagger read otherwise ("Karachi" alone, the rest lower-case words to it) keeps its
// low priority.
void EntityStage::prefer_whole_names(Work& w) const {
  for (auto& run : w.cands) {
    if (run.prio != 2 || run.type == MentionType::FACILITY) continue;
    bool joined = false;  // "Volcker and International Monetary Fund": two names, not one
    for (uint32_t t = run.ft; t < run.et; ++t) joined |= w.norm(t) == "and";
    if (joined) continue;
    bool head_named = false, contained = true, tagged = false;
    for (const auto& o : w.cands) {
      if (&o == &run || o.et <= run.ft || o.ft >= run.et) continue;
      if (o.ft < run.ft || o.et > run.et || o.prio > 5 || o.type == MentionType::PERSON) {
        contained = false;
        break;
      }
      tagged |= o.prio == 5;
      bool org = o.type == MentionType::ORG || o.type == MentionType::ARMED_GROUP || o.type == MentionType::STATE_ACTOR;
      if (o.prio == 5 && o.et == run.et && o.ft > run.ft && org) head_named = true;
      // "Senate Standing Committee" + "on Interior": the tagger saw the name up to its head.
      if (o.prio == 5 && org && o.ft == run.ft && o.et < run.et && w.norm(o.et) == "on" &&
          in(kSubjectHeads, w.norm(o.et - 1)))
        head_named = true;
    }
    if (contained && (head_named || !tagged)) run.prio = 6;
  }
  // A place the gazetteer knows whole ("Dera Ismail Khan", "Cabo Delgado", "Lakki Marwat") over
  // the tagger's places cut from it ("Dera" + "Ismail Khan"): the whole name, when nothing but
  // those pieces lies inside it.
  for (auto& run : w.cands) {
    if (run.prio != 3 || run.type != MentionType::GPE || run.et - run.ft < 2) continue;
    // Not the tail of a longer name ("People's Republic of China": "Republic of China" is
    // Taiwan), nor a run opening with its article ("The Gaza Strip"). A place's possessive
    // before it is no part of it ("Khyber Pakhtunkhwa's Lakki Marwat").
    if (w.norm(run.ft) == "the") continue;
    if (run.ft > 0 && !w.hard_break(run.ft)) {
      const std::string& before = w.norm(run.ft - 1);
      const bool possessive = before == "'s" || before == "\xe2\x80\x99s";
      if (possessive &&
          !(run.ft > 1 && places_->has_key(PlaceGazetteer::key(w.doc.slice(w.doc.tokens[run.ft - 2].span)))))
        continue;
      if (!possessive && w.word(run.ft - 1) && w.cap(run.ft - 1) && !w.sentence_initial(run.ft - 1)) continue;
    }
    bool pieces = false, only_places = true;
    for (const auto& o : w.cands) {
      if (&o == &run || o.et <= run.ft || o.ft >= run.et) continue;
      const bool place = o.type == MentionType::GPE || o.type == MentionType::LOC;
      if (o.prio != 5 || !place || o.ft < run.ft || o.et > run.et || (o.ft == run.ft && o.et == run.et)) {
        only_places = false;
        break;
      }
      pieces = true;
    }
    if (pieces && only_places) run.prio = 6;
  }
}

// Names written with lower-case particles ("Promenade des Anglais", "Place de la Concorde",
// "Osama bin Laden") or opened by one ("Abu Musab al-Barnawi") are one name, but the tagger
// and the gazetteer cut them at the particle: "Promenade" as a town and "Anglais" as a person,
// "Abu" as a town in India. A run of capitalised words joined by particles becomes one
// candidate, above the tagger's pieces, when a piece of it was proposed and nothing stronger
// (the lexicon, a person found from a title) cuts across it. Its type comes from the name
// itself: a place the gazetteer knows whole, a street or square (its first word a
// landmark_heads word) or a building (its last word a facility head), a body when it opens with
// a body's word in a Romance language ("Banque Nationale de Paris"), an armed group when it
// opens with a group's head ("Ansar al Sharia"), else a person when the tagger read a piece as
// one, a body when it read one as a body, a person when the particle is a person's (bin, al
// ...), else a place. Runs no one proposed a piece of are left alone.
//
// Two tagger places are trimmed as well: one that runs on into a capitalised word ("Nice
// Bastille" + "Day attack", or any on a title-case line) and is no place as a whole, while its
// first words are ("Nice"), is cut to those; one ending in a lower-case generic before "of" and
// a name ("the French Riviera city of Nice") loses the generic, and goes when a gazetteer
// place covers what is left ("French Riviera"), which then stands level with the tagger.
void EntityStage::join_particle_names(Work& w) const {
  Document& doc = w.doc;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  static const WordSet& kLandmarkHeads = entity_words("landmark_heads");
  static const WordSet& kPersonParticles = entity_words("person_particles");
  static const WordSet& kNameOpeners = entity_words("name_openers");
  static const WordSet& kGeneric = entity_words("place_generics");
  auto particle = [&](uint32_t t) { return w.word(t) && !w.cap(t) && in(kParticles, w.norm(t)); };
  auto place_type = [](MentionType t) { return t == MentionType::GPE || t == MentionType::LOC; };

  for (auto& c : w.cands) {
    if (c.prio != 5 || !c.records.empty() || !place_type(c.type) || c.et - c.ft < 2 || !places_) continue;
    const std::string whole = PlaceGazetteer::key(doc.slice(c.span));
    if (places_->has_key(whole) || !lex_.lookup(doc.slice(c.span)).empty()) continue;
    // "the French Riviera city of Nice": the generic describes the name after "of".
    if (c.et < n && w.norm(c.et) == "of" && c.et + 1 < n && w.cap(c.et + 1) && !w.cap(c.et - 1) &&
        in(kGeneric, w.norm(c.et - 1))) {
      --c.et;
      c.span = w.span(c.ft, c.et);
      for (auto& o : w.cands)
        if (&o != &c && place_type(o.type) && o.prio == 3 && o.ft <= c.ft && o.et >= c.et &&
            o.span.size() > c.span.size()) {
          c.drop = true;
          o.prio = 5;  // the gazetteer's reading of the words there, against the tagger's pieces
        }
      continue;
    }
    const bool runs_on = c.et < n && w.word(c.et) && w.cap(c.et) && !w.hard_break(c.et);
    if (!runs_on && !w.title_case[c.ft]) continue;
    for (uint32_t b = c.et - 1; b > c.ft; --b)
      if (places_->has_key(PlaceGazetteer::key(doc.slice(w.span(c.ft, b))))) {
        if (!in(kPlaceWords, w.norm(b))) {
          c.et = b;
          c.span = w.span(c.ft, b);
        }
        break;
      }
  }

  std::vector<Cand> joined;
  for (uint32_t t = 0; t < n; ++t) {
    if (!w.name_word(t) || (t > 0 && w.name_word(t - 1) && !w.hard_break(t))) continue;
    // The run: name words, with particles between them; at most 8 tokens, no line break.
    uint32_t b = t;
    bool inner_particle = false;
    while (b < n && b - t < 8 && (b == t || !w.hard_break(b))) {
      if (w.name_word(b)) {
        ++b;
        continue;
      }
      uint32_t k = b;
      while (k < n && k - b < 3 && particle(k) && !w.hard_break(k)) ++k;
      if (k == b || k >= n || !w.name_word(k) || w.hard_break(k)) break;
      inner_particle = true;
      b = k;
    }
    const uint32_t run_end = b;
    // Leading words that are no part of a name: titles ("President"), common words opening a
    // sentence ("Near"), "The".
    uint32_t a = t;
    while (a < b && ((is_title_word(w.norm(a)) && !is_name_honorific(w.norm(a))) || not_name(w.norm(a)) ||
                     w.common_word_capitalised(a)))
      ++a;
    const bool opened = a + 1 < b && w.cap(a) && in(kNameOpeners, w.norm(a));  // "Abu Musab"
    t = run_end - 1;
    if (b - a < 2 || (!inner_particle && !opened) || particle(a) || w.title_case[a]) continue;
    bool blocked = false, proposed = false, person = false, org = false, whole_taken = false;
    Cand* exact = nullptr;  // the tagger's own reading of exactly this name
    for (auto& o : w.cands) {
      if (o.drop || o.et <= a || o.ft >= b) continue;
      if (o.ft <= a && o.et >= b) whole_taken = true;
      if (o.ft == a && o.et == b && o.prio == 5 && o.records.empty()) exact = &o;
      if (o.prio >= 7 || !o.records.empty()) blocked = true;
      if (o.prio == 6 && (o.ft < a || o.et > b)) blocked = true;
      proposed = true;
      person |= o.type == MentionType::PERSON;
      org |= o.type == MentionType::ORG || o.type == MentionType::ARMED_GROUP ||
             o.type == MentionType::STATE_ACTOR;
    }
    // The tagger read the whole name but typed it by its parts: a street or a body's name
    // ("Place de la Concorde", "Banca Nazionale del Lavoro") is no person.
    if (exact && !blocked &&
        (exact->type == MentionType::PERSON || exact->type == MentionType::GPE ||
         exact->type == MentionType::LOC)) {
      if (in(kLandmarkHeads, w.norm(a)))
        exact->type = MentionType::FACILITY;
      else if (in(kOrgOpeners, w.norm(a)))
        exact->type = MentionType::ORG;
    }
    if (blocked || whole_taken || !proposed) continue;
    std::string_view name = doc.slice(w.span(a, b));
    if (!lex_.lookup(name).empty()) continue;  // the lexicon's own name: its proposer decides
    bool person_particle = opened;
    for (uint32_t k = a; k < b; ++k) person_particle |= particle(k) && in(kPersonParticles, w.norm(k));
    Cand c;
    c.ft = a;
    c.et = b;
    c.span = w.span(a, b);
    c.prio = 6;
    if (places_ && places_->has_key(PlaceGazetteer::key(name)))
      c.type = MentionType::GPE;  // "Abu Dhabi"
    else if (in(kLandmarkHeads, w.norm(a)))
      c.type = MentionType::FACILITY;
    else if (in(kFacilityHeads, w.norm(b - 1)))
      c.type = MentionType::FACILITY;
    else if (in(kOrgOpeners, w.norm(a)))  // "Banque Nationale de Paris"
      c.type = MentionType::ORG;
    else if (in(kArmedHeads, w.norm(a)))  // "Liwa al Tawhid", "Ansar al Sharia"
      c.type = MentionType::ARMED_GROUP;
    else if (person)
      c.type = MentionType::PERSON;
    else if (org)
      c.type = MentionType::ORG;
    else if (person_particle)
      c.type = MentionType::PERSON;
    else
      c.type = MentionType::LOC;
    joined.push_back(std::move(c));
  }
  for (auto& c : joined) w.cands.push_back(std::move(c));
  w.cands.erase(std::remove_if(w.cands.begin(), w.cands.end(), [](const Cand& c) { return c.drop; }),
                w.cands.end());
}

void EntityStage::link(Work& w) const {
  Document& doc = w.doc;
  // Country context from places, then choose among lexicon candidates.
  std::vector<const Place*> minor;  // small towns' only readings (see below)
  for (auto& c : w.cands) {
    if ((c.type == MentionType::GPE || c.type == MentionType::LOC || c.type == MentionType::FACILITY) &&
        c.entity.empty() && places_ && c.records.empty()) {
      std::string_view text = doc.slice(c.span);
      auto cands = places_->lookup(text);
      // Readings all in one country ("Baghdad": the city and its governorate) speak for it.
      const bool one_country = !cands.empty() && std::all_of(cands.begin(), cands.end(), [&](const auto& x) {
        return x.place->country == cands[0].place->country;
      });
      if (one_country || (!cands.empty() && cands[0].prior >= 0.8)) {
        const Place* p = cands[0].place;
        if (p->country.empty()) continue;
        const bool dateline = doc.tokens[c.ft].has(kTokAllCaps) && w.line_start(c.ft);
        if (minor_place(*p, text) && !dateline)
          minor.push_back(p);
        else
          w.countries[p->country] += (p->kind == PlaceKind::country ? 1.0 : 0.7);
      }
    }
  }
  // A small town's only reading speaks for its country only when something else does too, or
  // nothing else speaks at all: "Abu" (a town in India) in a report on Nigeria is no evidence
  // that the report is about India.
  {
    const bool none = w.countries.empty();
    for (const Place* p : minor)
      if (none || w.countries.count(p->country)) w.countries[p->country] += 0.7;
  }
  for (const auto& [cc, weight] : w.countries) w.place_context.push_back(cc);

  // A short acronym of a national group ("CTS", "ANA", "FPL") is accepted only where the
  // document gives it ground: the group's country is in view, or the group is also named in
  // full. In business news such letters are mostly tickers and companies. Documents written
  // in one case are exempt (wire copy in capitals: every name looks like that).
  {
    const bool caseless = w.one_case;
    std::set<uint32_t> named;
    for (const auto& c : w.cands)
      if (!c.records.empty() && !c.short_acronym)
        for (uint32_t r : c.records) named.insert(r);
    if (!caseless)
      for (auto& c : w.cands) {
        if (!c.short_acronym || c.records.empty()) continue;
        std::vector<uint32_t> keep;
        for (uint32_t r : c.records) {
          const auto& rec = lex_.record(r);
          bool family = named.count(r) > 0;
          for (uint32_t n : named)
            if (!family && (lex_.descends_from(lex_.record(n).id, rec.id) || lex_.descends_from(rec.id, lex_.record(n).id)))
              family = true;
          if (rec.country.empty() || family || w.countries.count(rec.country)) keep.push_back(r);
        }
        if (keep.empty()) c.drop = true;
        c.records = std::move(keep);
      }
    w.cands.erase(std::remove_if(w.cands.begin(), w.cands.end(), [](const Cand& c) { return c.drop; }), w.cands.end());
  }

  // "the town of Tuz Khurmatu", "the village of Jangebe": a name after a place noun and "of" is
  // that place whatever the tagger read ("Tuz Khurmatu" as a person), and so is the same name
  // elsewhere in the document ("a police officer in Tuz Khurmatu said"). So is a name an
  // apposition calls a settlement ("Azaz, a town in Aleppo province"), told alone later ("Azaz
  // has been shelled").
  {
    static const WordSet& kGeneric = entity_words("place_generics");
    std::unordered_set<std::string> towns;
    for (const auto& c : w.cands)
      if (c.records.empty() && !c.metadata &&
          ((c.ft >= 2 && w.norm(c.ft - 1) == "of" && kGeneric.contains(w.norm(c.ft - 2)) && w.cap(c.ft)) ||
           (c.ft > 0 && w.cap(c.ft) && settlement_apposition(w, c.et))))
        towns.insert(ActorLexicon::name_key(doc.slice(c.span)));
    // (A people's word the tagger guessed, "Kwatarkwashi residents", linked to no place or
    // community and no country's adjective, is the town's name too; "an area of Iraqi Kurdistan"
    // names no town "Iraqi".)
    for (auto& c : w.cands)
      if (c.records.empty() && !c.metadata &&
          (c.type == MentionType::PERSON || c.type == MentionType::ORG ||
           (c.type == MentionType::NORP && c.entity.empty() &&
            !(places_ && places_->demonym(doc.slice(c.span))))) &&
          towns.count(ActorLexicon::name_key(doc.slice(c.span)))) {
        c.type = MentionType::GPE;
        c.entity.clear();
      }
  }

  std::unordered_map<std::string, std::string> person_by_surname;  // key -> person id ("" = ambiguous)
  std::unordered_map<std::string, std::string> person_full_name;
  const Cand* prev_cand = nullptr;  // the mention before c (linked already: mentions are in text order)
  for (auto& c : w.cands) {
    std::string_view text = doc.slice(c.span);
    const Cand* before = prev_cand;
    prev_cand = &c;
    if (!c.records.empty()) {
      const auto& rec = lex_.record(choose_record(w, c));
      if (namesake(w, c, rec)) {
        // Another group of the same name: a new actor.
        c.records.clear();
        c.type = MentionType::ARMED_GROUP;
        c.kind = ActorKind::armed_group;
        c.entity = "actor:" + ActorLexicon::name_key(text);
        continue;
      }
      c.entity = rec.id;
      c.type = type_for(rec.kind);
      continue;
    }
    switch (c.type) {
      case MentionType::ARMED_GROUP:
      case MentionType::ORG:
      case MentionType::STATE_ACTOR: {
        if (!c.entity.empty()) break;
        auto found = lex_.lookup(text);
        if (!found.empty()) {
          c.entity = lex_.record(found[0]).id;
          c.type = type_for(lex_.record(found[0]).kind);
        } else if (std::string body = national_body(w, c); !body.empty()) {
          c.entity = std::move(body);
          c.type = MentionType::STATE_ACTOR;
        } else {
          std::string key = ActorLexicon::name_key(text);
          if (!key.empty()) c.entity = "actor:" + key;
          if (c.type == MentionType::ARMED_GROUP) c.kind = ActorKind::armed_group;
          else if (c.type == MentionType::STATE_ACTOR) c.kind = ActorKind::state_actor;
        }
        break;
      }
      case MentionType::GPE:
      case MentionType::LOC:
      case MentionType::FACILITY: {
        if (!places_ || !c.entity.empty()) break;
        {
          uint32_t f = c.ft;
          if (f + 1 < c.et && w.norm(f) == "the") ++f;
          if (f + 1 == c.et && in(kVaguePlaceWords, w.norm(f))) break;  // "the West", "Eastern"
          // "the University", "the U. S.": a head noun or a letter alone is no place.
          if (f + 1 == c.et && (head_noun(w.norm(f)) || one_letter(w.norm(f)))) break;
        }
        // "Seattle, Washington", "Quetta, Balochistan": a place right after another and a comma
        // is the reading that contains the first (the state, not the capital of the same name).
        if (c.et - c.ft == 1 && acronym_not_place(w, c.ft)) break;  // the tagger's "ICO"
        const Place* p = nullptr;
        if (before && before->et + 1 == c.ft && w.norm(c.ft - 1) == ",")
          if (const Place* first = places_->by_id(before->entity))
            for (const auto& r : places_->lookup(text))
              if (r.place != first && places_->within(*first, *r.place)) {
                p = r.place;
                break;
              }
        // "Yemen's Hajjah province", "in Niger state": a unit word after the name asks for the
        // region, not the town of the same name (a reading in a country of the report first).
        // ("the Baghdad district of Karrada" is a part of the city.)
        if (!p && c.et < doc.tokens.size() && !(c.et + 1 < doc.tokens.size() && w.norm(c.et + 1) == "of")) {
          const std::string_view u = w.norm(c.et);
          if (u == "province" || u == "governorate" || u == "state" || u == "region" || u == "district" ||
              u == "prefecture") {
            // The name with its unit word too: a region whose bare name is also a country's
            // ("Nigeria's Niger state") is known only by its full name.
            const std::string full = std::string(text) + " " + std::string(doc.slice(doc.tokens[c.et].span));
            for (std::string_view name : {text, std::string_view(full)})
              for (const auto& r : places_->lookup(name)) {
                if (r.place->kind != PlaceKind::admin1 && r.place->kind != PlaceKind::admin2) continue;
                if (!p || (w.countries.count(r.place->country) && !w.countries.count(p->country)))
                  p = r.place;
              }
          }
        }
        if (!p) p = resolve_in_view(w, c, text);
        if (!p && c.et - c.ft >= 2) {
          static const WordSet& kGeneric = entity_words("place_generics");
          if (in(kGeneric, w.norm(c.et - 1))) p = places_->resolve(doc.slice(w.span(c.ft, c.et - 1)), w.place_context);
          // "Quetta Attack", "the Mumbai Attacks" (headline case): an event named after its place.
          // The place is the words before the event noun; the mention shrinks to them.
          static const WordSet& kEventNouns = entity_words("event_nouns");
          // Not a piece of a longer name ("McGurk's Bar Massacre") nor a common word ("Bar").
          bool owned = c.ft > 0 && (w.norm(c.ft - 1) == "'s" || w.norm(c.ft - 1) == "s");
          bool common = c.et - c.ft == 2 && w.lower_words.count(w.norm(c.ft));
          if (!p && in(kEventNouns, w.norm(c.et - 1)) && w.cap(c.et - 2) && !owned && !common) {
            p = places_->resolve(doc.slice(w.span(c.ft, c.et - 1)), w.place_context);
            if (p) {
              --c.et;
              c.span = w.span(c.ft, c.et);
            }
          }
        }
        if (p) {
          c.entity = p->id;
          w.place_by_id[p->id] = p;
          w.place_context.push_back(p->id);
          if (c.prio <= 3) {
            if (p->kind == PlaceKind::facility) c.type = MentionType::FACILITY;
            else if (p->kind == PlaceKind::region) c.type = MentionType::LOC;
            else c.type = MentionType::GPE;
          }
          // "Islamabad insisted that ...", "but Islamabad responded tepidly": a capital that says
          // or does what only a state can is its country's government. A capital here is a city
          // that names its own first-level region (Islamabad, Kabul, Baghdad, Tehran, Riyadh
          // Region); that keeps companies and surnames named like towns ("Hartford said",
          // "Henderson said") out, at the price of capitals in a larger region (London).
          auto lower = [](std::string_view x) {
            std::string l(x);
            for (auto& ch : l) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            return l;
          };
          bool seat = !p->admin1.empty() && lower(p->admin1).starts_with(lower(p->name)) &&
                      (p->admin1.size() == p->name.size() || p->admin1[p->name.size()] == ' ');
          if (p->kind == PlaceKind::city && seat && !p->country.empty() && speaks_as_state(w, c)) {
            std::string cc = p->country;
            for (auto& ch : cc) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (const ActorRecord* gov = lex_.by_id("actor:" + cc + "-government")) {
              c.entity = gov->id;
              c.type = MentionType::STATE_ACTOR;
            }
          }
        }
        break;
      }
      case MentionType::NORP: {
        if (!c.entity.empty()) break;
        // A community: the phrase as the file names it ("Shia Muslims"), else its last
        // community word, the head ("Hazara Shias", "Pakistani Sunni").
        const CommunityRecord* community = lex_.community(text);
        for (uint32_t t = c.et; !community && t > c.ft; --t)
          if (w.word(t - 1) && w.cap(t - 1)) {
            community = community_word(w.norm(t - 1));  // "Christian Democrats": none
            break;
          }
        if (community) {
          c.entity = community->id;
          break;
        }
        if (places_)
          if (const Place* p = places_->demonym(doc.tokens[c.ft].norm)) {
            c.entity = p->id;
            w.place_by_id[p->id] = p;
          }
        break;
      }
      case MentionType::PERSON: {
        if (c.metadata) break;
        std::string key = ActorLexicon::name_key(text);
        if (key.empty()) break;
        c.entity = "person:" + key;
        if (c.et - c.ft == 1) person_full_name.emplace(c.entity, std::string(text));  // "President Reagan"
        if (c.et - c.ft >= 2) {
          person_full_name[c.entity] = std::string(text);
          // Register the last name (and without its article: al-Baghdadi -> baghdadi).
          std::string last = ActorLexicon::name_key(doc.slice(doc.tokens[c.et - 1].span));
          std::vector<std::string> keys{last};
          if (last.starts_with("al-") || last.starts_with("el-")) keys.push_back(last.substr(3));
          for (const auto& k : keys) {
            auto it = person_by_surname.find(k);
            if (it == person_by_surname.end()) person_by_surname[k] = c.entity;
            else if (it->second != c.entity) it->second.clear();
          }
        }
        break;
      }
      default:
        break;
    }
  }
  // A one-word name the words around make a place: a locative before it ("in Campbell", not
  // "in Campbell's memory") or its region after a comma ("Campbell, California").
  auto place_cue = [&](const Cand& c) {
    const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
    const bool owned = c.et < n && (w.norm(c.et) == "'s" || w.norm(c.et) == "'");
    // Not "at", "from" or "to": people stand after them too ("according to Collomb").
    const bool locative = c.ft > 0 && !owned && in(kSurnamePlaceCues, w.norm(c.ft - 1));
    if (locative) return true;
    // "Campbell, California": a region or country after the comma, one that holds the place
    // ("with Patrick, Davis said" is no region).
    if (!places_ || c.et + 1 >= n || w.norm(c.et) != "," || !w.cap(c.et + 1)) return false;
    const Place* here = places_->by_id(c.entity);
    for (const auto& r : places_->lookup(doc.slice(doc.tokens[c.et + 1].span)))
      if (here ? places_->within(*here, *r.place)
               : r.place->kind == PlaceKind::country || r.place->kind == PlaceKind::admin1)
        return true;
    return false;
  };
  // "Eva Forest ... Forest's role", "Krystle Campbell ... Campbell": once the document has named
  // someone "X Y", a later bare "Y" that the gazetteer knows is that name again, not the town,
  // unless a locative cue makes it the place ("in Campbell", "Campbell, California"). The full
  // name is a person, or a name the recognizers took for something else (the tagger's
  // "Eva Forest" body) that is nothing but capitalised words: no head noun, no place, no
  // lexicon record.
  {
    struct Named {
      uint32_t end;  // where the full name ends (only later bare names refer to it)
      MentionType type;
      std::string entity;
      Cand* cand;
    };
    std::unordered_map<std::string, Named> by_last;
    auto plain_name = [&](const Cand& c) {
      if (c.et - c.ft < 2 || c.et - c.ft > 4 || !c.records.empty() || c.metadata) return false;
      if (c.type == MentionType::PERSON) {
        for (uint32_t t = c.ft; t < c.et; ++t)
          if (w.word(t) && not_name(w.norm(t))) return false;  // the tagger's "All Ireland"
        return true;
      }
      if (c.et - c.ft != 2) return false;  // "Eva Forest", not "Bike Safe Boston"
      const bool actor = c.type == MentionType::ORG || c.type == MentionType::STATE_ACTOR ||
                         c.type == MentionType::ARMED_GROUP;
      const bool unplaced = (c.type == MentionType::GPE || c.type == MentionType::LOC) && c.entity.empty();
      if (!(actor && c.entity.starts_with("actor:")) && !unplaced) return false;
      for (uint32_t t = c.ft; t < c.et; ++t)
        if (!w.word(t) || !w.cap(t) || not_name(w.norm(t)) || head_noun(w.norm(t)) ||
            in(kArmedHeads, w.norm(t)) ||
            (t + 1 < c.et && places_ && places_->has_key(PlaceGazetteer::key(doc.slice(doc.tokens[t].span)))))
          return false;
      return true;
    };
    // Bare one-word places: where the document first writes each, and those it writes as a
    // place somewhere (after a locative, before its region): a name the document uses as a
    // place before naming the person, or places with a cue elsewhere, is read as a place
    // throughout unless the full name is a person's.
    std::unordered_map<std::string, uint32_t> first_bare;
    std::unordered_set<std::string> cued_places;
    for (const auto& c : w.cands)
      if ((c.type == MentionType::GPE || c.type == MentionType::LOC) && c.et - c.ft == 1) {
        std::string k = ActorLexicon::name_key(doc.slice(c.span));
        if (place_cue(c)) cued_places.insert(k);
        first_bare.emplace(std::move(k), c.ft);
      }
    for (auto& c : w.cands) {
      if (plain_name(c)) {
        std::string k = ActorLexicon::name_key(doc.slice(doc.tokens[c.et - 1].span));
        auto fb = first_bare.find(k);
        if (fb != first_bare.end() && fb->second < c.ft) continue;  // the place came first
        if (c.type != MentionType::PERSON && cued_places.count(k)) continue;
        by_last[k] = {c.et, c.type, c.entity, &c};
        continue;
      }
      if ((c.type != MentionType::GPE && c.type != MentionType::LOC) || c.et - c.ft != 1 || c.metadata ||
          !c.records.empty() || !places_)
        continue;
      // No surname hides a country ("England", "Ireland").
      const Place* here = places_->by_id(c.entity);
      if (here && here->kind == PlaceKind::country) continue;
      auto it = by_last.find(ActorLexicon::name_key(doc.slice(c.span)));
      if (it == by_last.end() || it->second.end > c.ft) continue;
      // A bare name the gazetteer did not place ("Tsarnaev") is taken only for a person's.
      if (!here && it->second.type != MentionType::PERSON) continue;
      if (place_cue(c)) continue;
      Named& full = it->second;
      if (full.type == MentionType::GPE || full.type == MentionType::LOC) {
        // "Krystle Campbell" was no place the gazetteer knows: a person named twice.
        full.type = MentionType::PERSON;
        full.entity = "person:" + ActorLexicon::name_key(doc.slice(full.cand->span));
        full.cand->type = full.type;
        full.cand->entity = full.entity;
      }
      c.type = full.type;
      c.entity = full.entity;
    }
  }
  // A tagger mention that is a known person's surname or full name is that person
  // ("Sufyan added", "“Shafiq Mengal is trying").
  for (auto& c : w.cands) {
    if (!c.records.empty() || c.type == MentionType::PERSON || c.prio > 5) continue;
    std::string key = ActorLexicon::name_key(doc.slice(c.span));
    if (c.et - c.ft == 1) {
      if ((c.type == MentionType::GPE || c.type == MentionType::LOC) && place_cue(c)) continue;
      auto it = person_by_surname.find(key);
      if (it != person_by_surname.end() && !it->second.empty()) {
        c.type = MentionType::PERSON;
        c.entity = it->second;
      } else if (it == person_by_surname.end() && person_full_name.count("person:" + key)) {
        // "Reagan" after "President Reagan": the person the document already named so.
        c.type = MentionType::PERSON;
        c.entity = "person:" + key;
      }
    } else if (person_full_name.count("person:" + key)) {
      c.type = MentionType::PERSON;
      c.entity = "person:" + key;
    }
  }
  // "Saudi Aramco ... Aramco said": a bare word that ends a body's name opening with its
  // country is that body, not a person.
  {
    std::unordered_map<std::string, std::pair<std::string, MentionType>> body_by_last;
    for (const auto& c : w.cands)
      if ((c.type == MentionType::ORG || c.type == MentionType::STATE_ACTOR) && c.records.empty() &&
          c.et - c.ft == 2 && c.entity.starts_with("actor:") && country_opens(w, c.ft))
        body_by_last.emplace(ActorLexicon::name_key(doc.slice(doc.tokens[c.et - 1].span)),
                             std::pair{c.entity, c.type});
    for (auto& c : w.cands)
      if (c.type == MentionType::PERSON && c.et - c.ft == 1 && !c.metadata && c.records.empty())
        if (auto it = body_by_last.find(ActorLexicon::name_key(doc.slice(c.span)));
            it != body_by_last.end()) {
          c.entity = it->second.first;
          c.type = it->second.second;
        }
  }
  // Single-token person names and bare surnames -> the full name.
  for (auto& c : w.cands)
    if (c.type == MentionType::PERSON && !c.metadata && c.et - c.ft == 1) {
      auto it = person_by_surname.find(ActorLexicon::name_key(doc.slice(c.span)));
      if (it != person_by_surname.end() && !it->second.empty()) c.entity = it->second;
    }
  // "Rohan Hindu ... Hindu had travelled from Delhi": a community word that is the surname of a
  // person the document names, as a subject (opening a sentence or after a comma, a verb right
  // after it), is that person ("Hindu pilgrims", "attacks on Islam" stay the community).
  {
    static const WordSet& kAux = entity_words("subject_auxiliaries");
    const uint32_t nt = static_cast<uint32_t>(doc.tokens.size());
    for (auto& c : w.cands) {
      if (c.type != MentionType::NORP || c.et - c.ft != 1 || c.metadata || c.et >= nt) continue;
      if (!(w.sentence_initial(c.ft) || w.norm(c.ft - 1) == ",")) continue;
      const std::string& v = w.norm(c.et);
      if (!(in(kSpeech, v) || in(kAux, v) || (v.size() > 4 && v.ends_with("ed")))) continue;
      auto it = person_by_surname.find(ActorLexicon::name_key(doc.slice(c.span)));
      if (it == person_by_surname.end() || it->second.empty()) continue;
      c.type = MentionType::PERSON;
      c.entity = it->second;
    }
  }
  // A one-word mention the recognizers did not propose, linked here.
  auto add_word = [&](uint32_t t, MentionType type, std::string entity) {
    Cand c;
    c.ft = t;
    c.et = t + 1;
    c.span = doc.tokens[t].span;
    c.type = type;
    c.prio = 1;
    c.entity = std::move(entity);
    w.cands.push_back(std::move(c));
    w.taken[t] = 1;
  };
  // Surnames the recognizers did not propose ("Sufyan declined ...").
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t t = 0; t < n; ++t) {
    if (w.taken[t] || !w.word(t) || !w.cap(t)) continue;
    if (t + 1 < n && w.word(t + 1) && w.cap(t + 1) && !w.taken[t + 1]) continue;  // part of a longer name
    if (t > 0 && w.word(t - 1) && w.cap(t - 1) && !w.taken[t - 1] && !w.line_start(t)) continue;
    auto it = person_by_surname.find(ActorLexicon::name_key(doc.slice(doc.tokens[t].span)));
    if (it == person_by_surname.end() || it->second.empty()) continue;
    add_word(t, MentionType::PERSON, it->second);
  }
  // A body's bare word the recognizers left ("told a standing committee of Parliament", "the Army
  // said"), capitalised inside a sentence and alone: the body of the country the report is
  // plainly about (national_body), else nothing.
  static const WordSet& kBodyWords = entity_words("body_words");
  for (uint32_t t = 0; t < n; ++t) {
    if (w.taken[t] || !w.word(t) || !w.cap(t) || w.sentence_initial(t) || w.line_start(t)) continue;
    if (!in(kBodyWords, w.norm(t))) continue;
    if ((t + 1 < n && w.word(t + 1) && w.cap(t + 1)) || (t > 0 && w.word(t - 1) && w.cap(t - 1))) continue;
    Cand c;
    c.ft = t;
    c.et = t + 1;
    if (std::string body = national_body(w, c); !body.empty()) add_word(t, MentionType::STATE_ACTOR, std::move(body));
  }
}

void EntityStage::link_facilities(Work& w) const {
  if (!places_) return;
  Document& doc = w.doc;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  auto linked_place = [&](const Cand& c) -> const Place* {
    if (c.entity.empty() || (c.type != MentionType::GPE && c.type != MentionType::LOC)) return nullptr;
    auto it = w.place_by_id.find(c.entity);
    const Place* p = it != w.place_by_id.end() ? it->second : places_->by_id(c.entity);
    return p && p->kind != PlaceKind::facility ? p : nullptr;
  };
  // A place in capitals opening a line ("ISLAMABAD—", "QUETTA, Pakistan"): where the reporter
  // filed from, not where things happen.
  auto dateline_word = [&](const Cand& c) { return doc.tokens[c.ft].has(kTokAllCaps) && w.line_start(c.ft); };
  // Named as where something is: "in Quetta", "the heart of Quetta", "Quetta's".
  auto named_as_where = [&](const Cand& o) {
    static const WordSet& kWhere = entity_words("where_words");
    return (o.ft > 0 && in(kWhere, w.norm(o.ft - 1))) ||
           (o.et < n && (w.norm(o.et) == "'s" || w.norm(o.et) == "\xe2\x80\x99s"));
  };
  // The document's main town: the one town (or district) the text (headline included) names at
  // least three times, once at least as where something is, and at least twice as often as any
  // other. Null when none stands out.
  const Place* main_town = nullptr;
  {
    std::map<std::string, std::pair<int, const Place*>> towns;
    std::set<std::string> where;
    for (const auto& c : w.cands)
      if (const Place* p = linked_place(c); p &&
                                            (p->kind == PlaceKind::city || p->kind == PlaceKind::admin2) &&
                                            !c.metadata && !dateline_word(c)) {
        towns[p->id] = {towns[p->id].first + 1, p};
        if (named_as_where(c)) where.insert(p->id);
      }
    int top = 0, second = 0;
    for (const auto& [id, tp] : towns) {
      if (tp.first > top) {
        second = top;
        top = tp.first;
        main_town = tp.second;
      } else if (tp.first > second) {
        second = tp.first;
      }
    }
    if (top < 3 || top < 2 * second || (main_town && !where.count(main_town->id))) main_town = nullptr;
  }
  const std::string lead = country_lead(w).top;
  auto town = [](const Place* p) {
    return p && (p->kind == PlaceKind::city || p->kind == PlaceKind::admin2);
  };
  // The dateline's town, when the report places its news in that town's country: a place, an
  // adjective or a state body of that country named in the body, and no place of another ("LONDON - ... on
  // Westminster Bridge ..., British police said"). Regional hubs file for their neighbours
  // ("NAIROBI - ... the Jazeera Hotel ..., Somali police said"), so without that evidence it is
  // not where a building is.
  const Place* filed_in = nullptr;
  {
    const Place* home = nullptr;
    for (const auto& c : w.cands)
      if (dateline_word(c)) {
        home = linked_place(c);
        break;
      }
    bool evidence = false, elsewhere = false;
    if (town(home) && !home->country.empty())
      for (const auto& c : w.cands) {
        if (c.metadata || dateline_word(c) || c.entity.empty()) continue;
        // "British police said": the country's own state bodies speak for it too.
        if (!c.records.empty()) {
          const ActorRecord* r = lex_.by_id(c.entity);
          if (r && r->kind == ActorKind::state_actor && r->country == home->country) evidence = true;
          continue;
        }
        if (c.type != MentionType::GPE && c.type != MentionType::LOC && c.type != MentionType::NORP) continue;
        auto it = w.place_by_id.find(c.entity);
        const Place* p = it != w.place_by_id.end() ? it->second : places_->by_id(c.entity);
        if (!p || p->country.empty()) continue;
        (p->country == home->country ? evidence : elsewhere) = true;
      }
    if (evidence && !elsewhere) filed_in = home;
  }
  struct Found {
    size_t cand;
    std::string name;
    const Place* parent;
  };
  std::vector<Found> found;
  std::unordered_map<std::string, const Place*> parent_of;  // slug of the name -> its place
  for (size_t i = 0; i < w.cands.size(); ++i) {
    Cand& c = w.cands[i];
    if (c.type != MentionType::FACILITY || !c.entity.empty() || c.form != MentionForm::name) continue;
    // A name: capitalised words (inner "of", "al", "e", "ul", "and" allowed) with a building's
    // head first or last ("Bethel Memorial Methodist Church", "Shrine of Lal Shahbaz Qalandar").
    uint32_t first = c.ft;
    if (first + 1 < c.et && w.norm(first) == "the") ++first;
    if (c.et - first < 2) continue;
    // Wire copy often writes the head in lower case ("the Pearl-Continental hotel", "the Serena
    // hotel"): a building's head may close the name so, but not after "a" ("a Boston hospital" is
    // a hospital in Boston).
    const bool indefinite = c.ft > 0 && (w.norm(c.ft - 1) == "a" || w.norm(c.ft - 1) == "an");
    bool name = true;
    for (uint32_t t = first; t < c.et && name; ++t) {
      const std::string& x = w.norm(t);
      name =
          w.word(t) &&
          (w.cap(t) ||
           (t > first && t + 1 < c.et && (x == "of" || x == "al" || x == "e" || x == "ul" || x == "and")) ||
           (!indefinite && t > first && t + 1 == c.et && in(kFacilityHeads, x)));
    }
    auto site = [&](uint32_t t) { return in(kFacilityHeads, w.norm(t)) || in(kBodySites, w.norm(t)); };
    if (!name || !(site(c.et - 1) || (site(first) && w.norm(first + 1) == "of"))) continue;
    if (w.norm(c.et - 1) == "market" && c.et - first >= 2 && in(kTradeWords, w.norm(c.et - 2))) continue;
    // Where the text puts it: "<name> in <place>", "<name>, <place>", "<place>'s <name>".
    // Lower-case words may stand between "in" and the place ("in central Bangkok", "in the heart
    // of Quetta", "in the northern city of Mosul"); that place wins over a town the name opens
    // with ("the Erawan Hindu Shrine in central Bangkok" is not in the village Erawan).
    const Place* parent = nullptr;
    const Cand* next = i + 1 < w.cands.size() ? &w.cands[i + 1] : nullptr;
    if (next && c.et + 1 < n && (w.norm(c.et) == "in" || w.norm(c.et) == ",")) {
      uint32_t k = c.et + 1;
      if (w.norm(c.et) == "," && w.norm(k) == "in") ++k;
      const bool in_word = w.norm(k - 1) == "in";
      for (uint32_t skip = 0; in_word && k < n && k < next->ft && skip < 5; ++skip, ++k)
        if (!w.word(k) || w.cap(k) || w.hard_break(k) ||
            !(in(kPlaceLeads, w.norm(k)) || in(kVaguePlaceWords, w.norm(k)) || in(kPlaceWords, w.norm(k))))
          break;
      if (next->ft == k && (in_word || k == c.et + 1)) parent = linked_place(*next);
    }
    if (!parent && i > 0 && c.ft > 0 && (w.norm(c.ft - 1) == "'s" || w.norm(c.ft - 1) == "\xe2\x80\x99s") &&
        w.cands[i - 1].et == c.ft - 1)
      parent = linked_place(w.cands[i - 1]);
    // A town or region opening the name ("Quetta Press Club", "Balochistan Police College"),
    // when it is a place of the country the report is about or one it names elsewhere.
    const Place* in_name = nullptr;
    if (!parent)
      for (uint32_t len = std::min<uint32_t>(2, c.et - first - 1); len >= 1 && !in_name; --len) {
        std::string_view words = doc.slice(w.span(first, first + len));
        if (!places_->has_key(PlaceGazetteer::key(words))) continue;
        const Place* p = places_->resolve(words, w.place_context);
        if (!p || p->kind == PlaceKind::country || p->kind == PlaceKind::facility) continue;
        bool named = p->country == lead;
        for (const auto& o : w.cands) named |= &o != &c && o.entity == p->id;
        if (named) in_name = p;
      }
    // The words right after the name say where it is and no place was linked there ("the
    // Lochalsh Hotel at the Kyle of Lochalsh"): no guess from elsewhere.
    bool told = false;
    if (!parent && c.et + 1 < n && (w.norm(c.et) == "in" || w.norm(c.et) == "at" || w.norm(c.et) == "near")) {
      const uint32_t k = w.norm(c.et + 1) == "the" && c.et + 2 < n ? c.et + 2 : c.et + 1;
      told = w.word(k) && w.cap(k);
    }
    // Else the town named last before it, in its sentence or the one before ("an attack on a
    // church in the heart of Quetta ... prayers had started at the Bethel Memorial Methodist
    // Church"), then the document's main town; either only inside the place its name gives.
    auto fits = [&](const Place* p) { return p && (!in_name || places_->within(*p, *in_name)); };
    if (!parent && town(in_name)) parent = in_name;
    if (!parent && !told) {
      const int s = doc.sentence_at(c.span.start);
      for (size_t k = i; k-- > 0 && !parent;) {
        const int ks = doc.sentence_at(w.cands[k].span.start);
        if (ks < s - 1 || ks < 0) break;
        const Cand& o = w.cands[k];
        if (const Place* p = linked_place(o); town(p) && !dateline_word(o)) {
          if (!named_as_where(o)) continue;
          if (fits(p)) parent = p;
          break;
        }
      }
    }
    if (!parent && !told && fits(main_town)) parent = main_town;
    // The dateline's town, unless the sentence names another town (one the rules above could not
    // tie to the building: "the Palo Verde Nuclear Generating Station located near Phoenix").
    if (!parent && !told && !in_name && filed_in) {
      const int s = doc.sentence_at(c.span.start);
      bool other_town = false;
      for (const auto& o : w.cands)
        if (&o != &c && doc.sentence_at(o.span.start) == s && !dateline_word(o) && town(linked_place(o)))
          other_town = true;
      if (!other_town) parent = filed_in;
    }
    if (!parent) parent = in_name;
    std::string written(doc.slice(w.span(first, c.et)));
    for (auto& ch : written)
      if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    // One name, one building in a document: the place one mention gives holds for the others.
    if (parent && !parent_of.count(slugify(written))) parent_of[slugify(written)] = parent;
    found.push_back({i, std::move(written), parent});
  }
  for (auto& [i, name, parent] : found) {
    Cand& c = w.cands[i];
    if (auto it = parent_of.find(slugify(name)); it != parent_of.end()) parent = it->second;
    Place f;
    f.name = name;
    f.kind = PlaceKind::facility;
    std::string id = "place:" + slugify(f.name);
    if (parent) {
      f.parent = parent->id;
      f.country = parent->country;
      f.admin1 = parent->kind == PlaceKind::admin1 ? parent->name : parent->admin1;
      // "Civil Hospital" in Quetta and in Karachi are two buildings: the town is in the id (not a
      // province or country, which would only split one building's reports).
      const std::string town = slugify(parent->name), name = slugify(f.name);
      if ((parent->kind == PlaceKind::city || parent->kind == PlaceKind::admin2) &&
          ("-" + name + "-").find("-" + town + "-") == std::string::npos)
        id += "-" + town;
    }
    f.id = std::move(id);
    if (auto it = w.place_by_id.find(f.id); it == w.place_by_id.end()) {
      w.made_places.push_back(std::move(f));
      w.place_by_id[w.made_places.back().id] = &w.made_places.back();
      c.entity = w.made_places.back().id;
    } else {
      c.entity = it->first;
    }
  }
}

std::string EntityStage::local_country(const Work& w, const Cand& c) const {
  if (!places_) return {};
  const Document& doc = w.doc;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  const int s = doc.sentence_at(doc.tokens[c.ft].span.start);
  auto same = [&](uint32_t t) { return t < n && doc.sentence_at(doc.tokens[t].span.start) == s; };
  // The country of a place name starting at token t (a country or first-level region, one or
  // two capitalised words) or of a demonym there; "" when none.
  auto country_at = [&](uint32_t t, uint32_t* len) -> std::string {
    if (!w.word(t) || !w.cap(t)) return {};
    if (const Place* p = places_->demonym(w.norm(t)); p && !p->country.empty()) {
      *len = 1;
      return p->country;
    }
    for (uint32_t l = 2; l >= 1; --l) {
      if (t + l > n || !same(t + l - 1) || !w.cap(t + l - 1)) continue;
      std::string_view name = doc.slice(w.span(t, t + l));
      if (!places_->has_key(PlaceGazetteer::key(name))) continue;
      auto found = places_->lookup(name);
      if (found.empty() || found[0].place->country.empty()) continue;
      if (found[0].place->kind != PlaceKind::country && found[0].place->kind != PlaceKind::admin1) continue;
      *len = l;
      return found[0].place->country;
    }
    return {};
  };
  uint32_t t = c.et;
  // "Tehrik-i-Taliban (TTP), ...": an acronym in brackets belongs to the name.
  if (t + 2 < n && w.norm(t) == "(" && w.norm(t + 2) == ")") t += 3;
  if (!same(t)) return {};
  if (w.norm(t) == "in" && same(t + 1)) {
    uint32_t len = 0;
    return country_at(t + 1, &len);
  }
  if (w.norm(t) != ",") return {};
  // ", [a|the] [Place's|Demonym] [modifiers] HEAD ,|." : a description of the group.
  static const WordSet& kGroupHeads = entity_words("group_heads");
  std::string cc;
  for (uint32_t k = t + 1; k < t + 10 && same(k); ++k) {
    const std::string& x = w.norm(k);
    if (!w.word(k) && x != "'s" && x != "\xe2\x80\x99s") break;
    if (in(kGroupHeads, x)) {
      bool closed = !same(k + 1) || w.norm(k + 1) == "," || w.norm(k + 1) == "." || w.norm(k + 1) == ";";
      return closed ? cc : std::string();
    }
    static const WordSet& kStops = entity_words("description_stops");
    if (in(kStops, x)) break;  // "..., which ...", "..., and ...": no description
    if (cc.empty()) {
      uint32_t len = 0;
      cc = country_at(k, &len);
      if (!cc.empty()) k += len - 1;
    }
  }
  return {};
}

// The gazetteer resolves a name against the places seen so far (a reading in or inside a country
// in view beats a bigger one elsewhere, unless that is a country or capital). Two things it does
// not know are read here:
//  - "the town of Uri", "the village of Dalori": the words before the name say what kind of place
//    it is, so a province, a region or a country of that name in a country the document does not
//    name is not it (the province named after its capital, "the city of Basra", stays);
//  - "Falmouth, Maine", "Essex, Ontario": the place after the comma holds the name;
//  - a dateline's place is where the report was written, whatever else it names;
//  - a small town or district (minor_place()) in a country nothing else in the document names,
//    while the document does name others, is most likely another place of the same name that the
//    gazetteer lacks: "Uri" near the Line of Control is not the Swiss canton, "Abu" in a report on
//    Nigeria is not the town in Rajasthan. The mention stays a place, unlinked.
const Place* EntityStage::resolve_in_view(const Work& w, const Cand& c, std::string_view text) const {
  const Place* p = places_->resolve(text, w.place_context);
  if (!p) return nullptr;
  const Document& doc = w.doc;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  // A dateline ("ESCHBORN, West Germany -", "PALO ALTO, Calif.") is where the report was written.
  if (doc.tokens[c.ft].has(kTokAllCaps) && w.line_start(c.ft)) return p;
  // "Falmouth, Maine", "Essex, Ontario", "Crosby, Tex.": the place after the comma holds it.
  // Not a country ("Mexico, Philippines, Indonesia" is a list).
  if (p->kind != PlaceKind::country && c.et + 1 < n && w.norm(c.et) == "," && w.cap(c.et + 1) &&
      !w.hard_break(c.et + 1)) {
    for (uint32_t e = std::min(n, c.et + 4); e > c.et + 1; --e) {
      if (!w.word(e - 1) && w.norm(e - 1) != ".") continue;
      auto outer = places_->lookup(doc.slice(w.span(c.et + 1, e)));
      if (outer.empty()) continue;
      const auto readings = places_->lookup(text);
      for (const auto& o : outer)
        for (const auto& r : readings)
          if (places_->within(*r.place, *o.place)) return r.place;
      break;
    }
  }
  // "Kwall in Borno state", "X, Texas": a reading outside the region the text gives right there
  // is not it, however well it fits the rest ("Kwall" is not Kwal in Plateau State). Two regions
  // of one level side by side are peers, not one inside the other. A bigger town of the name
  // yields too when another reading lies in that region ("Bijapur in Karnataka" is the city there,
  // "Bijapur district of Chhattisgarh" the district), but stays when none does.
  const bool minor = minor_place(*p, text);
  if (minor || p->kind == PlaceKind::city || p->kind == PlaceKind::admin2)
    if (const auto readings = places_->lookup(text); minor || readings.size() > 1)
      if (const StatedRegion r = stated_region(w, c); !r.readings.empty()) {
        auto inside = [&](const Place& q) {
          for (const Place* o : r.readings)
            if (places_->within(q, *o)) return true;
          return false;
        };
        if (inside(*p)) return p;
        for (const auto& x : readings)
          if (inside(*x.place)) return x.place;
        bool peer = false;
        for (const Place* o : r.readings) peer |= o->kind == p->kind && p->kind != PlaceKind::city;
        if (minor && !peer) return nullptr;
      }
  static const WordSet& kSettlements = entity_words("settlement_words");
  const bool settlement =
      c.ft >= 2 && w.norm(c.ft - 1) == "of" && in(kSettlements, w.norm(c.ft - 2)) && w.cap(c.ft);
  const bool geography = !w.countries.empty();
  auto in_view = [&](const Place& q) { return !q.country.empty() && w.countries.count(q.country) > 0; };
  auto fits = [&](const Place& q) {
    if (!geography || in_view(q)) return true;
    if (settlement && q.kind != PlaceKind::city && q.kind != PlaceKind::admin2) return false;
    return !minor_place(q, text);
  };
  if (fits(*p)) return p;
  // The next reading that fits, best prior first, one in view before one elsewhere.
  const Place* other = nullptr;
  for (const auto& r : places_->lookup(text)) {
    if (r.place == p || !fits(*r.place)) continue;
    if (in_view(*r.place)) return r.place;
    if (!other) other = r.place;
  }
  return other;
}

EntityStage::StatedRegion EntityStage::stated_region(const Work& w, const Cand& c, int depth) const {
  StatedRegion out;
  if (!places_) return out;
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  auto unit = [&](uint32_t t) { return in(kPlaceWords, w.norm(t)) || w.norm(t) == "state"; };
  uint32_t k = c.et;
  if (k + 1 >= n || w.hard_break(k)) return out;
  bool comma = w.norm(k) == ",";  // "X, Texas" (not "X, in Texas")
  // "Bijapur district of Chhattisgarh", "Kupwara district in Jammu and Kashmir": the name's unit
  // word, then the region holding it. After "of" only a first-level region or a country holds
  // it: "the Baghdad district of Karrada" names a part of the city.
  bool unit_of = false;
  if (!comma && depth == 0 && k + 2 < n && w.word(k) && !w.cap(k) && unit(k) && !w.hard_break(k + 1)) ++k;
  if (!comma && depth == 0 && k > c.ft && k + 1 < n && w.norm(k) == "of" && unit(k - 1) &&
      !w.hard_break(k + 1)) {
    unit_of = true;
  } else if (k != c.et && w.norm(k) != "in") {
    return out;
  }
  if (const uint32_t in_at = town_apposition(w, k)) {
    k = in_at;  // "X, a town in Aleppo province": read as "X in Aleppo province"
    comma = false;
  } else if (comma) {
    ++k;
  }
  if (unit_of) {
    StatedRegion r = region_run(w, k + 1, nullptr, false);
    std::erase_if(r.readings, [](const Place* q) {
      return q->kind != PlaceKind::admin1 && q->kind != PlaceKind::country;
    });
    return r.readings.empty() ? StatedRegion{} : r;
  }
  if (w.norm(k) == "in") {
    ++k;
    comma = false;
    // "in northeastern Nigeria", "in the northeastern state of Borno", "in the north of Mali".
    if (k < n && w.norm(k) == "the") ++k;
    while (k < n && w.word(k) && !w.cap(k) && in(kVaguePlaceWords, w.norm(k))) ++k;
    if (k + 1 < n && !w.cap(k) && (unit(k) || in(kVaguePlaceWords, w.norm(k))) && w.norm(k + 1) == "of")
      k += 2;
  } else if (!comma) {
    return out;
  } else if (c.ft > 0 && (w.norm(c.ft - 1) == "," || w.norm(c.ft - 1) == "and" || w.norm(c.ft - 1) == "or")) {
    return out;  // "Lahore, Quetta, Peshawar": the name is an item of a list
  }
  if (k >= n || !w.word(k) || !w.cap(k) || w.hard_break(k)) return out;
  // "in Somalia's Bay region": the region inside the country.
  if (k + 2 < n && (w.norm(k + 1) == "'s" || w.norm(k + 1) == "\xe2\x80\x99s") && w.word(k + 2) &&
      w.cap(k + 2))
    for (const auto& r : places_->lookup(w.doc.slice(w.doc.tokens[k].span)))
      if (r.place->kind == PlaceKind::country) {
        if (StatedRegion inside = region_run(w, k + 2, r.place, comma); !inside.readings.empty())
          return inside;
        break;
      }
  if (StatedRegion r = region_run(w, k, nullptr, comma); !r.readings.empty() || depth > 0) return r;
  // A unit the gazetteer lacks, then the region holding it ("Solhan in Yagha province in northern
  // Burkina Faso"): the finest region the text gives that is known.
  uint32_t e = k;
  while (e < n && e - k < 3 && w.word(e) && w.cap(e) && (e == k || !w.hard_break(e))) ++e;
  if (e == k || e >= n || !unit(e) || w.hard_break(e)) return out;
  Cand unknown;
  unknown.ft = k;
  unknown.et = e + 1;
  return stated_region(w, unknown, depth + 1);
}

uint32_t EntityStage::town_apposition(const Work& w, uint32_t t) {
  const uint32_t k = settlement_apposition(w, t);
  if (k == 0 || k + 1 >= w.doc.tokens.size() || w.norm(k + 1) != "in") return 0;
  return k + 1;
}

uint32_t EntityStage::settlement_apposition(const Work& w, uint32_t t) {
  static const WordSet& kSettlements = entity_words("settlement_words");
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  if (t + 3 >= n || w.norm(t) != "," || w.hard_break(t + 1)) return 0;
  uint32_t k = t + 1;
  if (w.norm(k) != "a" && w.norm(k) != "an") return 0;
  // Up to three lower-case words before the settlement word ("small", "northern", "farming"); no
  // preposition or article ("Ibrahim Musa, a resident of a village in Borno state" is a person).
  static const WordSet& kPlacePreps = entity_words("place_preps");
  for (uint32_t e = k + 4; ++k < e && k < n && w.word(k) && !w.cap(k) && !in(kSettlements, w.norm(k));)
    if (in(kPlacePreps, w.norm(k)) || w.norm(k) == "a" || w.norm(k) == "an" || w.norm(k) == "the" ||
        w.norm(k) == "at")
      return 0;
  if (k >= n || !in(kSettlements, w.norm(k))) return 0;
  // The settlement word heads the phrase ("a town north of Aleppo,", "a village in Borno", "a
  // city of two million"), not a noun after it ("a city councilman", "a village elder").
  if (k + 1 < n && w.word(k + 1) && !in(kPlacePreps, w.norm(k + 1)) && !in(kVaguePlaceWords, w.norm(k + 1)) &&
      w.norm(k + 1) != "on" && w.norm(k + 1) != "outside" && w.norm(k + 1) != "where" &&
      w.norm(k + 1) != "that" && w.norm(k + 1) != "which")
    return 0;
  return k;
}

EntityStage::StatedRegion EntityStage::region_run(const Work& w, uint32_t k, const Place* country,
                                                  bool comma) const {
  StatedRegion out;
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  auto holds = [&](const Place& p) {
    return (p.kind == PlaceKind::country || p.kind == PlaceKind::admin1 || p.kind == PlaceKind::admin2 ||
            p.kind == PlaceKind::region) &&
           (!country || places_->within(p, *country));
  };
  auto unit = [&](uint32_t t) { return in(kPlaceWords, w.norm(t)) || w.norm(t) == "state"; };
  auto particle = [&](uint32_t t) {
    const std::string& x = w.norm(t);
    return x == "de" || x == "del" || x == "al" || x == "el" || x == "of" || x == "and";
  };
  // The longest run of up to three capitalised words (lower-case particles inside: "Norte de
  // Santander"), with its unit word ("Borno state") or the dot of an abbreviation ("Tex."),
  // that names a region.
  uint32_t e = k;
  while (e < n && e - k < 4 && w.word(e) && (e == k || !w.hard_break(e)) &&
         (w.cap(e) || (e > k && particle(e) && e + 1 < n && w.cap(e + 1))))
    ++e;
  for (; e > k; --e) {
    if (!w.cap(e - 1)) continue;
    uint32_t end = e;
    if (end < n && !w.hard_break(end) && ((w.word(end) && !w.cap(end) && unit(end)) || w.norm(end) == "."))
      ++end;
    for (uint32_t to : {end, e}) {
      // Readings of a country the report is about, when it is about any ("Long Island, N.Y." is
      // not the island of the Bahamas); a country named there is in view by being named.
      std::vector<const Place*> readings;
      for (const auto& r : places_->lookup(w.doc.slice(w.span(k, to))))
        if (holds(*r.place) && (w.countries.empty() || w.countries.count(r.place->country)))
          readings.push_back(r.place);
      if (readings.empty()) continue;
      // The next item of a list ("in Kandahar, Helmand and Zabul") or "Kwall, Borno state, Nigeria".
      if (to + 1 < n && (w.norm(to) == "and" || w.norm(to) == "or") && w.cap(to + 1)) return out;
      // After a comma the region closes the phrase: "in Quetta, Islamabad faces ..." names no
      // region of Quetta.
      static const WordSet& kClosers = entity_words("region_closers");
      if (comma && to < n && w.word(to) && !w.hard_break(to) && !in(kClosers, w.norm(to))) return out;
      if (to + 1 < n && w.norm(to) == "," && w.word(to + 1) && w.cap(to + 1)) {
        // The place after the comma, its dots included ("Shoreham, Long Island, N.Y.").
        std::vector<PlaceGazetteer::Candidate> next;
        for (uint32_t e2 = std::min(n, to + 5); e2 > to + 1 && next.empty(); --e2)
          if (w.word(e2 - 1) || w.norm(e2 - 1) == ".")
            next = places_->lookup(w.doc.slice(w.span(to + 1, e2)));
        bool outer = false;
        for (const auto& x : next)
          for (const Place* r : readings) outer |= places_->within(*r, *x.place);
        if (!next.empty() && !outer) return out;
      }
      out.ft = k;
      out.et = to;
      out.readings = std::move(readings);
      return out;
    }
  }
  return out;
}

void EntityStage::make_towns(Work& w) const {
  if (!places_) return;
  Document& doc = w.doc;
  static const WordSet& kSettlements = entity_words("settlement_words");
  auto same_name = [&](const Cand& c) { return ActorLexicon::name_key(doc.slice(c.span)); };
  for (size_t i = 0; i < w.cands.size(); ++i) {
    Cand& c = w.cands[i];
    // A name the tagger took for a person's that an apposition calls a town ("Azaz, a town in
    // Aleppo province") is the town.
    const bool described = c.type == MentionType::PERSON && c.records.empty() &&
                           c.entity.starts_with("person:") && c.ft > 0 && town_apposition(w, c.et);
    if ((c.type != MentionType::GPE && c.type != MentionType::LOC && !described) ||
        (!c.entity.empty() && !described) || !c.records.empty() || c.metadata || c.et - c.ft > 4 || c.ft == 0)
      continue;
    // Named as a place: "in X", "near X", "the village of X", "the villages of X and Y", "the
    // northern town of X", "X, a town in Aleppo province" (town_apposition).
    const std::string& before = w.norm(c.ft - 1);
    auto settlement_word = [&](const std::string& x) {
      return in(kSettlements, x) ||
             (x.size() > 4 && x.back() == 's' && in(kSettlements, x.substr(0, x.size() - 1)));
    };
    const bool settlement = before == "of" && c.ft >= 2 && settlement_word(w.norm(c.ft - 2));
    // "... of Budu and Kwatandashi": joined to a town made just before.
    const bool joined = (before == "and" || before == ",") && i > 0 && w.cands[i - 1].et + 1 == c.ft &&
                        w.place_by_id.count(w.cands[i - 1].entity) &&
                        w.place_by_id.at(w.cands[i - 1].entity)->kind == PlaceKind::city &&
                        w.place_by_id.at(w.cands[i - 1].entity)->geonames_id == std::nullopt &&
                        w.cands[i - 1].entity.starts_with("place:");
    // ("at" and "outside" also stand before shops and firms: "at Walmart in New Hampshire".)
    if (!settlement && !joined && !in(kSurnamePlaceCues, before) && !town_apposition(w, c.et)) continue;
    // A name: capitalised words (lower-case particles and hyphens inside: "Maarat al-Numan"),
    // none of them a direction, a generic head or a letter alone.
    bool name = true;
    for (uint32_t t = c.ft; t < c.et && name; ++t) {
      const std::string& x = w.norm(t);
      const bool inner = t > c.ft && t + 1 < c.et;
      if (inner && (x == "-" || x == "al" || x == "el" || x == "ul" || x == "de" || x == "e")) continue;
      // "al-Numan": an article glued to a capitalised word.
      const std::string_view raw = doc.slice(doc.tokens[t].span);
      if (t > c.ft && (x.starts_with("al-") || x.starts_with("el-")) && raw.size() > 3 &&
          std::isupper(static_cast<unsigned char>(raw[3])))
        continue;
      // Words run together ("AfghanistanKANDAHAR", a headline glued to its dateline) are no name.
      bool glued = false;
      for (size_t k = 1; k + 1 < raw.size() && !glued; ++k)
        glued = std::islower(static_cast<unsigned char>(raw[k - 1])) &&
                std::isupper(static_cast<unsigned char>(raw[k])) &&
                std::isupper(static_cast<unsigned char>(raw[k + 1]));
      name = w.word(t) && w.cap(t) && !glued && !in(kVaguePlaceWords, x) && !head_noun(x) && !one_letter(x) &&
             !not_name(x) && (t == c.ft || !w.hard_break(t));
    }
    std::string_view text = doc.slice(c.span);
    if (!name || !lex_.lookup(text).empty() || places_->demonym(text)) continue;
    // A name the gazetteer knows as more than a small town ("Quetta") is that place, whatever
    // stands after it.
    bool known = false;
    for (const auto& x : places_->lookup(text)) known |= !minor_place(*x.place, text);
    if (known) continue;
    StatedRegion r = stated_region(w, c);
    // "the villages of Budu and Kwatandashi in Borno state": the region the last of the towns
    // joined to this one is given holds them all.
    for (size_t j = i + 1; r.readings.empty() && j < w.cands.size(); ++j) {
      const Cand& prev = w.cands[j - 1];
      const Cand& o = w.cands[j];
      uint32_t gap = prev.et;
      if (gap < o.ft && w.norm(gap) == ",") ++gap;
      if (gap < o.ft && (w.norm(gap) == "and" || w.norm(gap) == "or")) ++gap;
      if (gap != o.ft || gap == prev.et || (o.type != MentionType::GPE && o.type != MentionType::LOC) ||
          !o.entity.empty() || !o.records.empty())
        break;
      r = stated_region(w, o);
    }
    if (r.readings.empty()) continue;
    // The region as the text's own mention of it was linked, else its best reading. A mention
    // linked to a city of that name ("Sadr City, Baghdad") makes the name a part of the city,
    // which is the place: no town is made.
    const Place* parent = r.readings.front();
    bool in_city = false;
    for (const auto& o : w.cands)
      if (o.ft == r.ft && !o.entity.empty()) {
        for (const Place* x : r.readings)
          if (x->id == o.entity) parent = x;
        const Place* linked = places_->by_id(o.entity);
        in_city |= linked && linked->kind == PlaceKind::city;
      }
    if (in_city) continue;
    if (parent->country.empty()) continue;  // a world region holds no town of its own
    std::string cc = parent->country;
    for (auto& ch : cc) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    Place town;
    town.name = std::string(text);
    for (auto& ch : town.name)
      if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    town.kind = PlaceKind::city;
    town.country = parent->country;
    town.admin1 = parent->kind == PlaceKind::admin1 ? parent->name : parent->admin1;
    town.parent = parent->id;
    town.id = "place:" + slugify(town.name) + "-" + slugify(parent->name) +
              (parent->kind == PlaceKind::country ? std::string() : "-" + cc);
    const Place* made = nullptr;
    if (auto it = w.place_by_id.find(town.id); it != w.place_by_id.end()) {
      made = it->second;
    } else {
      w.made_places.push_back(std::move(town));
      made = &w.made_places.back();
      w.place_by_id[made->id] = made;
    }
    if (described) {
      c.entity = made->id;
      c.type = MentionType::GPE;
    }
    // The same name elsewhere in the document is the same town ("Kwall" in the headline), unless
    // it was linked to a place inside that region.
    const std::string key = same_name(c);
    for (auto& o : w.cands) {
      if ((o.type != MentionType::GPE && o.type != MentionType::LOC) || !o.records.empty() ||
          same_name(o) != key)
        continue;
      const Place* linked = o.entity.empty() ? nullptr : places_->by_id(o.entity);
      if (!o.entity.empty() && (!linked || !minor_place(*linked, text) || places_->within(*linked, *parent)))
        continue;
      o.entity = made->id;
      o.type = MentionType::GPE;
    }
  }
}

void EntityStage::join_branches(Work& w) const {
  if (!places_) return;
  static const WordSet& kBranchWords = entity_words("branch_words");
  const Document& doc = w.doc;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  auto place_from = [&](uint32_t ft, bool ending) -> Cand* {  // a linked place opening (ending) at ft
    for (auto& o : w.cands)
      if (!o.drop && (ending ? o.et : o.ft) == ft &&
          (o.type == MentionType::GPE || o.type == MentionType::LOC) && places_->by_id(o.entity))
        return &o;
    return nullptr;
  };
  for (auto& g : w.cands) {
    if (g.drop || g.type != MentionType::ARMED_GROUP || g.metadata) continue;
    const ActorRecord* rec = lex_.by_id(g.entity);
    if (!rec || rec->kind != ActorKind::armed_group) continue;
    // A branch the lexicon names with its place, then the word for it ("Islamic State's Sinai
    // branch"): the word is the name's.
    if (!rec->parent.empty() && g.et < n && w.word(g.et) && !w.cap(g.et) && !w.hard_break(g.et) &&
        in(kBranchWords, w.norm(g.et)) &&
        places_->has_key(PlaceGazetteer::key(doc.slice(doc.tokens[g.et - 1].span)))) {
      ++g.et;
      g.span = w.span(g.ft, g.et);
      continue;
    }
    Cand* p = nullptr;
    uint32_t ft = g.ft, et = g.et;
    std::string_view word;  // the branch word, if any
    // "the Sinai branch of [the] Islamic State"
    uint32_t of = g.ft;
    if (of > 0 && w.norm(of - 1) == "the") --of;
    if (of >= 3 && w.norm(of - 1) == "of" && in(kBranchWords, w.norm(of - 2)) && !w.cap(of - 2))
      if ((p = place_from(of - 2, true))) ft = p->ft, word = w.norm(of - 2);
    // "Islamic State's Sinai branch", "Jamaat-ul-Ahrar Khurasan"
    if (!p && et + 1 < n && !w.hard_break(et)) {
      const bool possessive = w.norm(et) == "'s" || w.norm(et) == "\xe2\x80\x99s";
      p = place_from(possessive ? et + 1 : et, false);
      if (p && w.hard_break(p->ft)) p = nullptr;  // a heading or paragraph after the name
      if (p) {
        const bool branch = p->et < n && in(kBranchWords, w.norm(p->et)) && !w.hard_break(p->et);
        if (branch) word = w.norm(p->et);
        const Place* pl = places_->by_id(p->entity);
        // With no branch word, only a world region ("Khorasan", "Sahel") ending the name: a verb
        // or punctuation after it ("Jamaat-ul-Ahrar Khurasan claimed"), not a noun the two modify
        // ("the Taliban Kashmir strategy").
        static const WordSet& kStateVerbs = entity_words("state_verbs");
        const bool ends =
            p->et >= n || w.hard_break(p->et) || !w.word(p->et) ||
            (!w.cap(p->et) && (w.norm(p->et).ends_with("ed") || in(kStateVerbs, w.norm(p->et))));
        if (branch)
          et = p->et + 1;
        else if (!possessive && pl->kind == PlaceKind::region && ends)
          et = p->et;
        else
          p = nullptr;
      }
    }
    if (!p) continue;
    // Told with the branch's own name beside it ("al-Qaeda's Syria branch, the Nusra Front", "the
    // Nusra Front, the Syria branch of al-Qaeda"): that name is the branch, and the words a
    // description of it, left as they are for the relations they tell.
    auto group_at = [&](uint32_t t, bool ending) {
      for (const auto& o : w.cands)
        if (!o.drop && &o != &g && (ending ? o.et : o.ft) == t && o.type == MentionType::ARMED_GROUP &&
            lex_.by_id(o.entity))
          return true;
      return false;
    };
    uint32_t before = ft;
    if (before > 0 && w.norm(before - 1) == "the") --before;
    uint32_t after = et + 1;
    if (after < n && w.norm(after) == "the") ++after;
    if ((et < n && w.norm(et) == "," && group_at(after, false)) ||
        (before > 0 && w.norm(before - 1) == "," && group_at(before - 1, true)))
      continue;
    const Place* pl = places_->by_id(p->entity);
    const std::string where(doc.slice(p->span));
    // The lexicon's branch: a name it knows ("Islamic State Sinai"), else the parent's only
    // branch in that country.
    const ActorRecord* branch = nullptr;
    for (const std::string& name : {rec->name + " " + where, rec->name + " in " + where,
                                    std::string(doc.slice(g.span)) + " " + where, rec->name + " " + pl->name})
      for (uint32_t r : lex_.lookup(name))
        if (!branch && lex_.descends_from(lex_.record(r).id, rec->id)) branch = &lex_.record(r);
    if (!branch && pl->kind == PlaceKind::country) {
      int found = 0;
      for (const ActorRecord& r : lex_.records())
        if (r.parent == rec->id && r.country == pl->country && r.kind == ActorKind::armed_group) {
          branch = &r;
          ++found;
        }
      if (found != 1) branch = nullptr;
    }
    // "The Taliban's Helmand province shadow governor": a province the lexicon names no branch for
    // is the group's office there, no group of its own.
    if (!branch && word == "province") continue;
    p->drop = true;
    g.ft = ft;
    g.et = et;
    g.span = w.span(ft, et);
    if (branch) {
      g.entity = branch->id;
      continue;
    }
    g.records.clear();
    g.kind = ActorKind::armed_group;
    std::string_view text = doc.slice(g.span);
    if (text.starts_with("the ") || text.starts_with("The ")) text.remove_prefix(4);
    g.entity = "actor:" + ActorLexicon::name_key(text);
    w.branch_parent[g.entity] = rec->id;
  }
  std::erase_if(w.cands, [](const Cand& c) { return c.drop; });
}

bool EntityStage::speaks_as_state(const Work& w, const Cand& c) const {
  const Document& doc = w.doc;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  // The subject: first in its sentence, or after a comma or a conjunction.
  if (!w.sentence_initial(c.ft) && c.ft > 0) {
    static const WordSet& kBefore = entity_words("state_subject_before");
    if (!in(kBefore, w.norm(c.ft - 1))) return false;
  }
  static const WordSet& kStateVerbs = entity_words("state_verbs");
  uint32_t t = c.et;
  if (t < n && (w.norm(t) == "has" || w.norm(t) == "had" || w.norm(t) == "have")) ++t;
  if (t < n && (w.norm(t).ends_with("ly") || w.norm(t) == "long" || w.norm(t) == "also" || w.norm(t) == "since"))
    ++t;
  return t < n && w.word(t) && !w.cap(t) && in(kStateVerbs, w.norm(t));
}

uint32_t EntityStage::choose_record(Work& w, const Cand& c) const {
  auto weight = [&](const ActorRecord& rec) {
    if (rec.country.empty()) return 0.1;
    auto it = w.countries.find(rec.country);
    return it == w.countries.end() ? 0.0 : it->second;
  };
  const std::string local = local_country(w, c);
  // Among records sharing the name ("Jundallah": Pakistan or Iran): the one whose country the
  // apposition names, else the one whose country the document talks about most (the first
  // row when nothing helps).
  uint32_t best = c.records[0];
  double best_w = -1;
  for (uint32_t r : c.records) {
    const auto& rec = lex_.record(r);
    double wgt = weight(rec) + (!local.empty() && rec.country == local ? 1000.0 : 0.0);
    if (wgt > best_w + 1e-9) {
      best_w = wgt;
      best = r;
    }
  }
  // A name the lexicon also knows qualified by a country ("Taliban" and "Pakistani Taliban",
  // another group): the qualified group when the text ties the name to that country (its
  // apposition, "in <country>"), or when the document is plainly about that country rather
  // than the name's own (at least twice the weight, and more than one passing mention).
  const ActorRecord& rec = lex_.record(best);
  if (!places_ || rec.country.empty() || rec.kind != ActorKind::armed_group) return best;
  std::string cc = local;
  if (cc.empty()) {
    double top_w = 0;
    for (const auto& [k, v] : w.countries)
      if (v > top_w) {
        top_w = v;
        cc = k;
      }
    if (top_w < 3.0 || top_w < 2.0 * weight(rec)) cc.clear();
    // The name's own country named close by ("the Taliban government in Kabul", "Taliban-ruled
    // Afghanistan") keeps the name's own reading, whatever the document is about.
    if (!cc.empty()) {
      const Document& doc = w.doc;
      const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
      const int s = doc.sentence_at(doc.tokens[c.ft].span.start);
      uint32_t from = c.ft > 10 ? c.ft - 10 : 0, to = std::min(n, c.et + 10);
      for (uint32_t t = from; t < to && !cc.empty(); ++t) {
        if ((t >= c.ft && t < c.et) || !w.word(t) || !w.cap(t)) continue;
        if (doc.sentence_at(doc.tokens[t].span.start) != s) continue;
        const Place* p = places_->demonym(w.norm(t));
        if (!p && places_->has_key(PlaceGazetteer::key(doc.slice(doc.tokens[t].span)))) {
          auto found = places_->lookup(doc.slice(doc.tokens[t].span));
          if (!found.empty() && found[0].prior >= 0.5) p = found[0].place;
        }
        // "along the Afghan border": a border names where, not whose.
        if (p && t + 1 < n && (w.norm(t + 1).starts_with("border") || w.norm(t + 1) == "frontier")) p = nullptr;
        if (p && p->country == rec.country) cc.clear();
      }
    }
  }
  if (cc.empty() || cc == rec.country) return best;
  const Place* country = places_->country(cc);
  if (!country) return best;
  for (uint32_t q : lex_.lookup(country->name + " " + std::string(w.doc.slice(c.span)))) {
    const ActorRecord& qr = lex_.record(q);
    if (qr.id != rec.id && qr.country == cc && qr.kind == rec.kind) return q;
  }
  return best;
}

bool EntityStage::namesake(const Work& w, const Cand& c, const ActorRecord& rec) const {
  if (!places_ || c.records.size() != 1 || rec.kind != ActorKind::armed_group || rec.country.empty())
    return false;
  const Place* country = places_->country(rec.country);
  if (!country) return false;
  auto lower = [](std::string_view x) {
    std::string l(x);
    for (auto& ch : l) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return l;
  };
  const std::string place = lower(country->name);
  if (lower(rec.name).find(place) == std::string::npos ||
      lower(w.doc.slice(c.span)).find(place) != std::string::npos)
    return false;
  auto own = [&](const std::string& cc) {
    auto it = w.countries.find(cc);
    if (it == w.countries.end()) return 0.0;
    auto lx = w.lexicon_countries.find(cc);
    return it->second - (lx == w.lexicon_countries.end() ? 0.0 : lx->second);
  };
  if (own(rec.country) > 1e-9) return false;
  for (const auto& [cc, weight] : w.countries)
    if (cc != rec.country && own(cc) >= 1.0) return true;
  return false;
}

void EntityStage::mark_metadata(Work& w) const {
  Document& doc = w.doc;
  std::set<std::string> meta_keys;
  for (const auto& a : doc.meta.authors) meta_keys.insert(ActorLexicon::name_key(a));
  for (const auto& p : doc.meta.publisher) meta_keys.insert(ActorLexicon::name_key(p));
  // A photo caption is the short line of a photo credit ("A mural depicting the flag of the
  // Islamic State. (Photo: Hawzhin Azeez)", "... REUTERS/Akhtar Soomro"): it shows what the story is
  // about, so a known group there stays linked as in the headline, but every mention in it is
  // metadata: a caption feeds no event or relation.
  std::vector<Span> captions;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (const auto& c : w.cands) {
    if (!c.metadata || c.type != MentionType::PERSON || c.ft == 0 || w.norm(c.ft - 1) == "by") continue;
    // The credit written before the name ("REUTERS/Akhtar Soomro", "(Photo: X)"); a name
    // before its agency ("Tariq Aziz—AFP") also closes paragraphs of running text.
    const std::string& before = w.norm(c.ft - 1);
    if (before != "/" && before != ":") continue;
    uint32_t a = c.ft, b = c.et;
    while (a > 0 && !w.line_start(a)) --a;
    while (b < n && !w.line_start(b)) ++b;
    if (w.span(a, b).size() <= 300) captions.push_back(w.span(a, b));
  }
  for (auto& c : w.cands)
    for (const Span& cap : captions)
      if (c.span.start >= cap.start && c.span.end <= cap.end) c.metadata = true;
  bool has_body = !doc.body.empty();
  for (auto& c : w.cands) {
    if (c.metadata) continue;
    if (has_body && !doc.in_body(c.span.start)) c.metadata = true;
    else if (c.type == MentionType::PERSON && meta_keys.count(ActorLexicon::name_key(doc.slice(c.span))))
      c.metadata = true;
    else if (!c.entity.empty() && c.entity.starts_with("actor:")) {
      if (const ActorRecord* r = lex_.by_id(c.entity); r && r->outlet) c.metadata = true;
    }
    if (!c.metadata && c.type == MentionType::PERSON) {
      // Byline line: "By NAME" at the start of a line.
      uint32_t t = c.ft;
      if (t >= 1 && w.norm(t - 1) == "by" && (t == 1 || w.line_start(t - 1))) c.metadata = true;
    }
  }
  // The headline (meta.title, as the text repeats it before the body) names the story's groups:
  // a lexicon group there stays linked, though it is outside the body and so metadata (it feeds
  // no event or relation). So does a photo caption's. Persons, outlets and new names there link
  // to nothing, as elsewhere outside the body.
  std::vector<Span> headline;
  if (!doc.meta.title.empty())
    for (size_t from = 0; (from = doc.text.find(doc.meta.title, from)) != std::string::npos && from < 8192;
         from += doc.meta.title.size())
      headline.push_back({static_cast<uint32_t>(from), static_cast<uint32_t>(from + doc.meta.title.size())});
  for (const Span& cap : captions) headline.push_back(cap);
  auto in_headline = [&](const Cand& c) {
    for (const Span& h : headline)
      if (c.span.start >= h.start && c.span.end <= h.end) return true;
    return false;
  };
  for (auto& c : w.cands)
    if (c.metadata && (c.type == MentionType::PERSON || !c.records.empty() ||
                       c.entity.starts_with("actor:") || c.entity.starts_with("person:"))) {
      bool headline_group = c.type != MentionType::PERSON && !c.records.empty() && !c.entity.empty() &&
                            !lex_.record(c.records[0]).outlet && in_headline(c);
      if (!headline_group) c.entity.clear();
    }
}

void EntityStage::build_records(Work& w) const {
  Document& doc = w.doc;
  const std::string& doc_id = doc.meta.id;
  std::map<std::string, Actor> actors;
  std::vector<std::string> order;
  auto add_actor = [&](const std::string& id) -> Actor* {
    auto it = actors.find(id);
    if (it != actors.end()) return &it->second;
    Actor a;
    if (const ActorRecord* r = lex_.by_id(id)) a = r->to_actor();
    else a.id = id;
    order.push_back(id);
    return &actors.emplace(id, std::move(a)).first->second;
  };
  auto add_alias = [&](Actor& a, const std::string& alias) {
    if (std::find(a.aliases.begin(), a.aliases.end(), alias) == a.aliases.end()) a.aliases.push_back(alias);
    bool have = false;
    for (const auto& s : a.alias_sources)
      if (s.alias == alias && s.document == doc_id) have = true;
    if (!have) a.alias_sources.push_back({alias, doc_id});
  };
  for (const auto& m : doc.mentions) {
    // Metadata links to nothing, except a headline's known group (see mark_metadata) and places
    // (the headline's town, the building a photo caption shows), which keep their record.
    if (m.entity.empty() ||
        (m.metadata && (m.entity.starts_with("person:") || m.entity.starts_with("community:"))))
      continue;
    if (m.entity.starts_with("actor:") || m.entity.starts_with("person:")) {
      Actor* a = add_actor(m.entity);
      std::string surface(doc.slice(m.span));
      if (a->name.empty() || (m.type == MentionType::PERSON && m.form == MentionForm::name && surface.size() > a->name.size()))
        a->name = surface;
      if (m.form == MentionForm::name) add_alias(*a, surface);
      if (!lex_.by_id(m.entity)) {
        if (m.type == MentionType::PERSON) a->kind = ActorKind::person;
        else if (m.type == MentionType::ARMED_GROUP) a->kind = ActorKind::armed_group;
        else if (m.type == MentionType::STATE_ACTOR) a->kind = ActorKind::state_actor;
        else a->kind = ActorKind::organization;
      }
      if (std::find(a->documents.begin(), a->documents.end(), doc_id) == a->documents.end() && !doc_id.empty())
        a->documents.push_back(doc_id);
      if (doc_id.empty() && a->documents.empty()) a->documents.clear();
    } else if (places_) {
      if (!doc.find_place(m.entity)) {
        const Place* p = nullptr;
        auto it = w.place_by_id.find(m.entity);
        if (it != w.place_by_id.end()) p = it->second;
        else p = places_->by_id(m.entity);
        if (p) add_place(doc, *p);
      }
    }
  }
  // Roles (need doc.actors for org lookups: publish a first version).
  doc.actors.clear();
  for (const auto& id : order) doc.actors.push_back(actors.at(id));
  for (const auto& r : find_roles(doc)) {
    if (r.person_id.empty()) continue;
    // A state body derived from a place that the lexicon lacks ("Punjab" + "Home Minister"):
    // the first broader body it knows.
    std::string org = r.org_id;
    if (!org.empty() && !lex_.by_id(org) && !actors.count(org))
      for (const auto& alt : r.org_alternatives)
        if (lex_.by_id(alt)) {
          org = alt;
          break;
        }
    Actor* a = add_actor(r.person_id);
    bool have = false;
    for (const auto& x : a->roles)
      if (x.title == r.title && x.of == org) have = true;
    if (!have) a->roles.push_back({r.title, org, doc_id});
    if (!org.empty() && lex_.by_id(org)) add_actor(org);
  }
  // A committee, wing or department of a known body is part of it.
  for (size_t i = 0, end = order.size(); i < end; ++i) {
    Actor& a = actors.at(order[i]);
    if (lex_.by_id(a.id) || !a.parent.empty() || !a.id.starts_with("actor:") ||
        (a.kind != ActorKind::organization && a.kind != ActorKind::state_actor))
      continue;
    std::string body = parent_body(w, a.name, a.id);
    if (body.empty()) continue;
    a.parent = body;
    if (lex_.by_id(body)->kind == ActorKind::state_actor) a.kind = ActorKind::state_actor;
    add_actor(body);
  }
  // A branch named with its place (join_branches) is its group's.
  for (const auto& [id, parent] : w.branch_parent)
    if (auto it = actors.find(id); it != actors.end() && it->second.parent.empty()) {
      it->second.parent = parent;
      it->second.kind = ActorKind::armed_group;
    }
  // Parent chains of linked groups, so parent ids resolve within the document.
  for (size_t i = 0; i < order.size(); ++i) {
    std::string parent = actors.at(order[i]).parent;
    if (!parent.empty() && !actors.count(parent) && lex_.by_id(parent)) add_actor(parent);
  }
  doc.actors.clear();
  for (const auto& id : order) doc.actors.push_back(std::move(actors.at(id)));
}

std::string EntityStage::parent_body(const Work& w, std::string_view name, const std::string& self) const {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < name.size();) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) words.push_back(name.substr(i, j - i));
    i = j + 1;
  }
  if (words.size() < 2) return {};
  auto lower = [](std::string_view x) {
    std::string l(x);
    for (auto& ch : l) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return l;
  };
  auto has_unit = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k)
      if (in(kUnitWords, lower(words[k]))) return true;
    return false;
  };
  auto join = [&](size_t from, size_t to) {
    std::string out;
    for (size_t k = from; k < to; ++k) {
      if (k > from) out += ' ';
      out += words[k];
    }
    return out;
  };
  const std::string top = country_lead(w).top;
  // A body name: as the lexicon knows it (a record of the document's countries first), else
  // qualified by the document's main country ("Senate" in a report on Pakistan is
  // "Pakistan Senate").
  auto body = [&](const std::string& text) -> std::string {
    if (text.empty()) return {};
    const ActorRecord* best = nullptr;
    double best_w = -1;
    auto recs = lex_.lookup(text);
    for (uint32_t r : recs) {
      const ActorRecord& rec = lex_.record(r);
      if (rec.id == self || rec.kind == ActorKind::person) continue;
      auto it = w.countries.find(rec.country);
      double wt = rec.country.empty() ? 0.05 : it != w.countries.end() ? it->second : 0.0;
      if (wt > best_w) {
        best_w = wt;
        best = &rec;
      }
    }
    if (best && (recs.size() == 1 || best_w > 0)) return best->id;
    if (!top.empty() && places_)
      if (const Place* c = places_->country(top)) {
        auto q = lex_.lookup(c->name + " " + text);
        if (q.size() == 1 && lex_.record(q[0]).id != self) return lex_.record(q[0]).id;
      }
    return {};
  };
  // "<unit> of [the] <body>": "Standing Committee of the Senate".
  for (size_t k = 1; k + 1 < words.size(); ++k) {
    if (lower(words[k]) != "of" || !has_unit(0, k)) continue;
    size_t from = k + 1;
    if (from + 1 < words.size() && lower(words[from]) == "the") ++from;
    if (auto b = body(join(from, words.size())); !b.empty()) return b;
  }
  // "<body> <unit ...>": the longest leading words that name a body, the rest naming a unit.
  for (size_t k = words.size() - 1; k >= 1; --k) {
    if (!has_unit(k, words.size())) continue;
    if (auto b = body(join(0, k)); !b.empty()) return b;
  }
  return {};
}

bool EntityStage::acronym_not_place(const Work& w, uint32_t t) const {
  if (w.caps_text || !w.doc.tokens[t].has(kTokAllCaps) || w.doc.tokens[t].span.size() > 4 || w.line_start(t))
    return false;
  for (const auto& c : places_->lookup(w.doc.slice(w.doc.tokens[t].span)))
    if (c.place->kind == PlaceKind::country || c.place->kind == PlaceKind::admin1) return false;
  return true;
}

EntityStage::CountryLead EntityStage::country_lead(const Work& w) {
  CountryLead l;
  for (const auto& [cc, wt] : w.countries) {
    if (wt > l.top_w) {
      l.second_w = l.top_w;
      l.top_w = wt;
      l.top = cc;
    } else if (wt > l.second_w) {
      l.second_w = wt;
    }
  }
  return l;
}

std::string EntityStage::national_body(const Work& w, const Cand& c) const {
  if (!places_ || c.metadata) return {};
  uint32_t f = c.ft;
  if (f + 1 < c.et && w.norm(f) == "the") ++f;
  if (c.et - f > 2) return {};
  for (uint32_t t = f; t < c.et; ++t)
    if (!w.word(t) || !w.cap(t)) return {};
  // Only in a report plainly about one country: its weight at least twice any other's ("the
  // Navy said" in a Washington report on U.S., Australian and Spanish ships is no one's navy)
  // and more than one mention's worth (one 'Japan' in a London report on gilts is not enough).
  const CountryLead lead = country_lead(w);
  if (lead.top.empty() || lead.top_w < 2 * lead.second_w || lead.top_w < 1.5) return {};
  const Place* country = places_->country(lead.top);
  if (!country) return {};
  auto q = lex_.lookup(country->name + " " + std::string(w.doc.slice(w.span(f, c.et))));
  if (q.size() != 1) return {};
  const ActorRecord& rec = lex_.record(q[0]);
  return rec.kind == ActorKind::state_actor ? rec.id : std::string();
}

uint32_t EntityStage::leading_place(const Work& w, uint32_t a, uint32_t b) const {
  if (!places_ || a >= b) return 0;
  for (uint32_t len = std::min<uint32_t>(2, b - a); len >= 1; --len) {
    bool caps = true;
    for (uint32_t t = a; t < a + len; ++t) caps &= w.word(t) && w.cap(t);
    if (!caps) continue;
    std::string_view text = w.doc.slice(w.span(a, a + len));
    if (len == 1 && places_->demonym(text)) return 1;
    if (!places_->has_key(PlaceGazetteer::key(text))) continue;
    auto c = places_->lookup(text);
    if (!c.empty() && (c[0].place->kind == PlaceKind::country || c[0].place->kind == PlaceKind::admin1))
      return len;
  }
  return 0;
}

bool EntityStage::country_opens(const Work& w, uint32_t t) const {
  if (!places_ || !w.word(t) || !w.cap(t)) return false;
  std::string_view first = w.doc.slice(w.doc.tokens[t].span);
  // "U.S." may end a sentence ("... in the U.S. Silas said"): no name opens with it for sure.
  if (first.ends_with('.') || (t + 1 < w.doc.tokens.size() && w.norm(t + 1) == ".")) return false;
  if (const Place* p = places_->demonym(first)) return p->kind == PlaceKind::country;
  static const WordSet& kGivenNames = entity_words("given_name_countries");
  if (in(kGivenNames, w.norm(t))) return false;
  auto found = places_->lookup(first);
  return !found.empty() && found[0].place->kind == PlaceKind::country && found[0].prior >= 0.8;
}

void EntityStage::add_place(Document& doc, const Place& p) const {
  if (!doc.find_place(p.id)) doc.places.push_back(p);
  if (!places_) return;
  for (const Place* a : places_->ancestors(p))
    if (!doc.find_place(a->id)) doc.places.push_back(*a);
}

const Place* EntityStage::dateline_place(const Work& w) const {
  const Document& doc = w.doc;
  if (!places_ || doc.meta.dateline_text.empty()) return nullptr;
  const std::string& text = doc.meta.dateline_text;
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t p = text.find(',', start);
    std::string part = text.substr(start, p == std::string::npos ? std::string::npos : p - start);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) parts.push_back(part);
    if (p == std::string::npos) break;
    start = p + 1;
  }
  if (parts.empty()) return nullptr;
  std::vector<std::string> ctx;
  for (size_t i = 1; i < parts.size(); ++i) {
    auto c = places_->lookup(parts[i]);
    if (!c.empty()) {
      ctx.push_back(c[0].place->id);
      if (!c[0].place->country.empty()) ctx.push_back(c[0].place->country);
    }
  }
  for (const auto& x : w.place_context) ctx.push_back(x);
  return places_->resolve(parts[0], ctx);
}

void EntityStage::dateline_mentions(Work& w) const {
  Document& doc = w.doc;
  if (doc.meta.dateline_text.empty()) return;
  const size_t at = doc.text.find(doc.meta.dateline_text);
  if (at == std::string::npos) return;
  const Place* p = nullptr;
  bool looked = false;
  const Span line{static_cast<uint32_t>(at), static_cast<uint32_t>(at + doc.meta.dateline_text.size())};
  for (auto& m : doc.mentions) {
    if (m.span.start < line.start || m.span.end > line.end || m.type == MentionType::GPE) continue;
    if (!looked) p = dateline_place(w), looked = true;
    if (!p) return;
    // The place opening the line, or its name further on ("DUBAI, March 7").
    if (m.span.start != line.start && utf8::fold(doc.slice(m.span)) != utf8::fold(p->name)) continue;
    m.type = MentionType::GPE;
    m.entity = p->id;
    add_place(doc, *p);
  }
}

void EntityStage::capital_descriptions(Work& w) const {
  if (!places_) return;
  Document& doc = w.doc;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::vector<Mention> found;
  for (uint32_t c = 2; c < n; ++c) {
    if (utf8::fold(doc.slice(doc.tokens[c].span)) != "capital") continue;
    if (c + 1 < n && w.cap(c + 1) && w.word(c + 1)) continue;  // "the Afghan capital Kabul"
    const Place* country = nullptr;
    uint32_t first = c - 2;
    const std::string det = utf8::fold(doc.slice(doc.tokens[c - 2].span));
    if (det == "the" || det == "a") country = places_->demonym(doc.slice(doc.tokens[c - 1].span));
    if (!country) {
      // "Somalia's capital" (the possessive a token of its own or not).
      const std::string_view prev = doc.slice(doc.tokens[c - 1].span);
      if (prev.ends_with("'s") || prev.ends_with("\xe2\x80\x99s")) {
        const uint32_t end = doc.tokens[c - 1].span.end - static_cast<uint32_t>(prev.ends_with("'s") ? 2 : 4);
        for (const auto& m : doc.mentions)
          if (m.type == MentionType::GPE && (m.span.end == end || m.span.end == doc.tokens[c - 2].span.end))
            if (const Place* p = places_->by_id(m.entity); p && p->kind == PlaceKind::country) {
              country = p;
              first = doc.token_at_or_after(m.span.start);
            }
      }
    }
    if (!country || country->kind != PlaceKind::country) continue;
    const Place* capital = places_->capital_of(country->country);
    if (!capital) continue;
    Mention m;
    m.span = Span{doc.tokens[first].span.start, doc.tokens[c].span.end};
    m.type = MentionType::GPE;
    m.form = MentionForm::nominal;
    m.entity = capital->id;
    found.push_back(m);
    add_place(doc, *capital);
  }
  if (found.empty()) return;
  std::erase_if(doc.mentions, [&](const Mention& m) {
    for (const auto& f : found)
      if (m.span.overlaps(f.span)) return true;
    return false;
  });
  for (auto& m : found) doc.mentions.push_back(std::move(m));
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

void EntityStage::resolve_dateline(Work& w) const {
  if (const Place* p = dateline_place(w)) {
    w.doc.meta.dateline = p->id;
    add_place(w.doc, *p);
  }
}

// A line in title case: at most 20 words, at least three words of four letters or more, and
// of those at most one in lower case ("Pakistan Militants Worked with Daesh to Attack Police
// College"; "with" and "to" are shorter). Text in one case has none.
std::vector<uint8_t> EntityStage::title_case_lines(const Work& w) {
  const uint32_t n = static_cast<uint32_t>(w.doc.tokens.size());
  std::vector<uint8_t> out(n, 0);
  if (w.one_case) return out;
  for (uint32_t a = 0; a < n;) {
    uint32_t b = a + 1;
    while (b < n && !w.line_start(b)) ++b;
    uint32_t words = 0, long_words = 0, lower = 0;
    for (uint32_t t = a; t < b; ++t) {
      if (!w.word(t)) continue;
      ++words;
      if (w.doc.tokens[t].span.size() < 4) continue;
      ++long_words;
      lower += !w.cap(t) && !w.doc.tokens[t].has(kTokAllCaps);
    }
    if (words <= 20 && long_words >= 3 && lower <= 1 && lower * 4 < long_words)
      for (uint32_t t = a; t < b; ++t) out[t] = 1;
    a = b;
  }
  return out;
}

void EntityStage::drop_furniture(Work& w) {
  std::erase_if(w.doc.mentions, [&](const Mention& m) {
    const uint32_t t = w.doc.token_at_or_after(m.span.start);
    return t < w.furniture.size() && w.furniture[t];
  });
}

void EntityStage::run(Document& doc) const {
  doc.mentions.clear();
  doc.actors.clear();
  doc.places.clear();
  Work w(doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  w.taken.assign(n, 0);
  w.soft_wrap = soft_line_wraps(doc);
  {  // The text's case (first 20,000 letters): wire copy in capitals, or text in one case.
    uint32_t upper = 0, lower = 0;
    for (size_t k = 0; k < doc.text.size() && upper + lower < 20000; ++k) {
      char ch = doc.text[k];
      upper += ch >= 'A' && ch <= 'Z';
      lower += ch >= 'a' && ch <= 'z';
    }
    const uint32_t letters = upper + lower;
    w.caps_text = letters > 200 && upper * 10 > letters * 8;
    w.one_case = w.caps_text || (letters > 200 && upper * 100 < letters);
  }
  // Site furniture (share widgets, site notices, comment forms: Document::furniture) names
  // nothing and says nothing about how the article writes its words.
  w.furniture.assign(n, 0);
  for (uint32_t t = 0, f = 0; t < n && f < doc.furniture.size(); ++t) {
    while (f < doc.furniture.size() && doc.furniture[f].end <= doc.tokens[t].span.start) ++f;
    if (f < doc.furniture.size() && doc.furniture[f].contains(doc.tokens[t].span.start)) w.furniture[t] = 1;
  }
  for (uint32_t t = 0; t < n; ++t)
    if (w.word(t) && !w.cap(t) && !w.furniture[t]) w.lower_words.insert(w.norm(t));
  w.title_case = title_case_lines(w);
  w.initial.assign(n, 0);
  for (const auto& sent : doc.sentences) {
    for (uint32_t t = sent.first_token; t < sent.end_token && t < n; ++t)
      if (doc.tokens[t].has(kTokWord)) {
        w.initial[t] = 1;
        break;
      }
    // After a dateline ("BELFAST - Mourners clashed ...", "LONDON, March 30 - The ..."), the
    // first word of the story is a sentence's first word too.
    uint32_t f = sent.first_token;
    if (f < n && doc.tokens[f].has(kTokAllCaps))
      for (uint32_t t = f + 1; t < sent.end_token && t < n && t < f + 8; ++t) {
        if (w.hard_break(t)) break;
        if (doc.tokens[t].has(kTokDash)) {
          uint32_t next = t + 1;
          while (next < sent.end_token && next < n && !doc.tokens[next].has(kTokWord)) ++next;
          if (next < n && next < sent.end_token) w.initial[next] = 1;
          break;
        }
      }
  }
  for (uint32_t t = 0; t < n; ++t)
    if (w.word(t) && w.cap(t) && !w.line_start(t) && !w.sentence_initial(t) && !w.furniture[t] &&
        !w.title_case[t])
      w.inner_cap_words.insert(w.norm(t));

  if (n > 0) {
    propose_lexicon(w);
    propose_persons(w);
    propose_communities(w);
    propose_ner(w);
    propose_places(w);
    propose_unknown_orgs(w);
    propose_described_groups(w);
    clean_tagger(w);  // before overlaps are settled, so a dropped tagger span frees its words
    prefer_whole_names(w);
    join_particle_names(w);
    std::erase_if(w.cands, [&](const Cand& c) { return w.furniture[c.ft]; });
    // "By the grace of God Almighty", "Allah the Exalted": a name of God with its epithets is a
    // formula of the statement, no person and no actor.
    {
      static const WordSet& kDivine = entity_words("divine_words");
      static const WordSet& kDivineNames = entity_words("divine_names");
      std::erase_if(w.cands, [&](const Cand& c) {
        if (!c.records.empty()) return false;
        bool named = false;
        for (uint32_t t = c.ft; t < c.et; ++t) {
          if (!w.word(t)) continue;
          if (!in(kDivine, w.norm(t))) return false;
          named |= in(kDivineNames, w.norm(t));
        }
        return named;
      });
    }

    // Settle overlaps: priority, then length, then position.
    std::vector<size_t> idx(w.cands.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
      const auto& x = w.cands[a];
      const auto& y = w.cands[b];
      if (x.prio != y.prio) return x.prio > y.prio;
      if (x.span.size() != y.span.size()) return x.span.size() > y.span.size();
      return x.span.start < y.span.start;
    });
    std::vector<uint8_t> used(n, 0);
    std::vector<Cand> kept;
    for (size_t i : idx) {
      auto& c = w.cands[i];
      bool clash = false;
      for (uint32_t t = c.ft; t < c.et && !clash; ++t) clash = used[t];
      if (clash) continue;
      for (uint32_t t = c.ft; t < c.et; ++t) used[t] = 1;
      kept.push_back(std::move(c));
    }
    std::sort(kept.begin(), kept.end(), [](const Cand& a, const Cand& b) { return a.span.start < b.span.start; });
    w.cands = std::move(kept);
    // Tokens now covered by a kept mention (for the surname pass).
    w.taken = used;

    link(w);
    join_branches(w);
    make_towns(w);
    if (options_.facility_places) link_facilities(w);
    mark_metadata(w);
    // "Pakistani villages", "into Afghan territory": a country's adjective before a noun of land
    // is where it is, so the country as a place (GPE) rather than its people.
    for (auto& c : w.cands)
      if (c.type == MentionType::NORP && c.et < n && w.word(c.et) && !w.cap(c.et) &&
          in(kDemonymPlaceNouns, w.norm(c.et)) && !w.hard_break(c.et))
        if (auto it = w.place_by_id.find(c.entity); it != w.place_by_id.end() && !it->second->country.empty())
          c.type = MentionType::GPE;
    std::sort(w.cands.begin(), w.cands.end(), [](const Cand& a, const Cand& b) { return a.span.start < b.span.start; });
    for (auto& c : w.cands) {
      if (w.furniture[c.ft]) continue;  // a name the linking passes found there
      Mention m;
      m.span = c.span;
      m.type = c.type;
      m.form = c.form;
      m.entity = c.entity;
      m.score = c.score;
      m.metadata = c.metadata;
      doc.mentions.push_back(std::move(m));
    }
    resolve_coreference(doc, lex_, places_);
    drop_furniture(w);
  }
  dateline_mentions(w);
  capital_descriptions(w);
  build_records(w);
  // "the army chief said": a definite title for a person named before, which needs the roles
  // the records hold. Coreference runs again with those mentions in the history, so "he added"
  // after "the army chief said" is him too (rare: only when such a title is found).
  if (n > 0)
    if (std::vector<Mention> titled = find_title_descriptions(doc); !titled.empty()) {
      std::erase_if(doc.mentions, [](const Mention& m) { return m.form != MentionForm::name; });
      for (auto& m : titled) doc.mentions.push_back(std::move(m));
      std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                       [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
      resolve_coreference(doc, lex_, places_);
      drop_furniture(w);
    }
  resolve_dateline(w);
}

}  // namespace

std::unique_ptr<Stage> make_entity_stage(const ActorLexicon& actors, const PlaceGazetteer* places,
                                         const NerTagger* ner, EntityStageOptions options) {
  return std::make_unique<EntityStage>(actors, places, ner, options);
}

std::unique_ptr<Stage> make_entity_stage(const Resources& r) {
  return make_entity_stage(r.actors(), &r.places(), r.ner());
}

bool name_as_modifier(const Document& doc, const Mention& m) {
  if (m.form != MentionForm::name || m.span.end == 0 || m.span.end >= doc.text.size() ||
      doc.text[m.span.end] != '-')
    return false;
  const uint32_t t = doc.token_at_or_after(m.span.end);  // the token after the one the name ends in
  if (t == 0) return false;
  const Span last = doc.tokens[t - 1].span;
  if (!(last.start < m.span.end && m.span.end < last.end)) return false;
  std::string rest = utf8::fold(doc.slice({m.span.end + 1, last.end}));
  return kModifierSuffixes.contains(rest);
}

}  // namespace dossier
