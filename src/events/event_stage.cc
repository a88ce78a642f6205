// How events are found. Four passes over the body sentences of a Document:
//
// 1. Triggers. Every token is looked up once in the word lists (a phrase
//    table keyed by first token); trigger phrases are kept unless a negation or
//    a hypothetical cue ("could have", "threatened to", "foiled") stands just
//    before them. Weak triggers ("killed", "died") count only when a sentence
//    has no strong one and names an attacker, a victim or a target, or a
//    weapon as their agent ("were killed by a briefcase bomb", typed by the
//    weapon). A report whose news is state forces killing militants is a
//    security operation; in a report of an attack, the attackers killed or hurt
//    by those who fought them off ("security forces killed 30 of the attackers",
//    "all four attackers were killed by commandos") make no trigger, no toll and
//    no argument: they are the attackers' losses (the data model has no field
//    for them), the forces no perpetrators, the response no operation. A clash
//    between two armed sides that kills is an event ("32 were killed in
//    clashes between rival militias"). In a report about money, firms or
//    markets, a word with an everyday sense ("struck a deal", "a share raid")
//    founds nothing unless the report tells violence in other words (site
//    furniture, such as a market widget, makes no report one about markets).
//    What is no attack founds nothing: a blast the text puts down to an
//    accident ("blamed on a faulty gas cylinder", "a boiler blew up") or that
//    is a weapons test, a state's execution after a trial, hostages of a
//    policy ("freeing the hostages"), a death in an accident told in its
//    "when" clause; a weapon or attackers in the sentence keep an attack ("a
//    bomb hidden in a gas cylinder"). A blast whose cause is in question
//    between a bomb and an accident stays an event, of unknown type (other)
//    and with no weapon.
// 2. Event coreference. The first realis trigger of the body founds the main
//    event. Later triggers join it ("the raid" = "the assault" = "the
//    atrocity") unless they carry their own evidence of being another event:
//    a date more than two days apart, a background cue ("in the past",
//    "again", "last year"), a date well before publication, "another" /
//    "previous" before the trigger, a "since" clause ("since the group launched
//    a series of attacks"), or a security operation beside an attack. Dates
//    inside each other ("2004", "March 11, 2004") are one time. A date told
//    from another event ("two weeks after the bombing", "the day before the
//    church attack") is that event's date moved, and its attack noun is a time,
//    no mention of the event ("in the weeks after the bombing" too, with no
//    date). A date opening the sentence ("On 5 September, ...") dates all of
//    it; the dateline's ("LIMA, March 11 -") is the filing date, never the
//    event's, and a place after "from" is where attackers came from.
//    Those found background events (or separate events), which later
//    anaphoric mentions ("the attack") may join by recency. "The attack came
//    weeks after Taliban militants killed 134 children" tells an earlier event
//    (attackers or a weapon as the subject after that "after"), as does "the
//    deadliest since a truck bomb killed 500 people in 2017". An attack noun
//    that names any incident ("the arson attack") joins one without retyping it.
//    "In a separate incident" / "Separately" tells another incident, news too
//    (so is one told "meanwhile"); a sentence opening with a day two days or
//    more from the news's tells a new attack ("On Wednesday, a suicide bomber
//    struck the funeral"), one event for all triggers of a sentence so dated,
//    and so does an attack named anew with "a" ("in an ambush on Sunday"; a
//    bomb on the day after another bombing);
//    "arrested suspects in connection with the bombing" names the news's bombing,
//    the date and place being the arrest's; the story's running toll stays the
//    news's over another incident told in passing with no toll.
//    All the clause after an attack noun that "came after" or "follows" another
//    ("The attack came a day after a Taliban ambush killed eight police in
//    Logar", "... follows a suicide bombing in Jalalabad"), or after the "after"
//    of an attack counted in a series ("the second attack this month, after
//    gunmen killed"), tells an earlier incident; a place told after another
//    incident's trigger in the sentence is that incident's.
//    Last, incidents as GTD counts them: what befalls captives ("beheaded a
//    hostage", "died in captivity") is the outcome of the one kidnapping told,
//    one incident dated at its start (a captivity recalled in the fate's own
//    sentence, "a man they had held hostage since September", is that
//    kidnapping, as is one of captives told by a pronoun, "10 days after
//    gunmen abducted them"); attacks counted at places listed apart ("Two car bombs
//    exploded in the Karrada and Shaab districts") are one incident per place,
//    a toll told for all shared out evenly among them, and a later sentence
//    naming one of the places alone tells of that incident only (its dead
//    counted there are that incident's, the rest of the toll the others').
// 3. Arguments. Each sentence's noun phrases come from entity mentions and
//    from lexicon heads extended leftwards over modifiers (stopping at function
//    words, verbs and triggers) and rightwards over "of <group>". Each phrase
//    goes to the nearest trigger in its sentence and gets a role from its word
//    class and its position: before an active verb or after "by" = agent;
//    after the verb or after "on/against/at" = patient. Casualty verbs and
//    "murder of" take the following name as victim. Claims, blame and
//    "carried out by" name perpetrators and are kept apart (claimed_by,
//    blamed_by), as do a faction's claim and a group's own words ("said its
//    fighters had killed ..."); a group that praised or denied an attack is
//    not its author, and a speaker is no target; neither is the subject of a
//    reporting verb or of a "that" clause the trigger is in ("complained to the
//    United Nations that planes attacked"), nor a group whose people died in
//    the attack. Sentences with no trigger pass
//    their claims, blame and tolls to the event last spoken of, within two
//    sentences. With no place in the text, the dateline's stands in when the
//    text places the news in its country. A place told of other news is not the
//    attack's: a border's neighbour, where an attacker came from, a trial's or
//    an arrest's town ("went on trial in Paris"); a building hit is a target and
//    the town after it the place ("at a restaurant in Mississauga"). Without a
//    place mention, a name leading the attack noun ("the Oklahoma City bombing")
//    or the place a possessive leads to ("in New York's Chelsea neighborhood")
//    is where; a building seen "from" or a suspect held in is no target.
// 4. Tolls. A quantity next to a kill or injure word ("killing 61 and injuring
//    more than 165 others", "59 people were killed", "the death toll rose to
//    60") becomes killed / injured of its event, first figure first; counts
//    that are a subset ("including eight soldiers") are skipped; a figure in
//    words ("scores", "several") yields to a counted one inside it. With no
//    figure, people named one by one as killed are counted ("killed a tribal
//    elder" = 1).
//
// 5. Roles by model. When resources/events/roles.model is there, every noun
//    phrase near a trigger becomes a candidate with features (its words and
//    word classes, its neighbours, the nearest trigger and its voice, cues,
//    the document's triggers, what the rules made of it), and the model
//    (role_model.h, trained on MUC-4 train) decides its role: perpetrator
//    individual / organisation, target, victim, weapon or none. It replaces
//    the rules' phrase roles except where it agrees with them; claims, blame,
//    places, dates and tolls stay the rules'. Phrases conjoined to a picked one
//    ("houses and vehicles") share its role when the model does not rule it out.
// 6. After the model, what a coder reads in the phrases either gave a role: the person named
//    after an attacker's word is the attacker ("bomber Dzhokhar Tsarnaev"), and so is one an
//    attacker's description names ("the bomber was X", "X, the gunman,", "the driver, X," in a
//    ramming, "identified him as X" after a gunman); a possessive alone ("his") is no one;
//    whoever speaks is a witness, no victim; a vehicle driven into its target or laden with
//    explosives is the weapon, and what it was driven into the victims or target; what befalls
//    the attacker after the attack ("was found dead in his car") names no target; the building
//    many were killed at is the target when none is named; an occasion's name gives its town as the place
//    ("the Boston Marathon" -> Boston). Charges, verdicts and authorship name perpetrators ("X
//    was convicted in the bombings", "X ordered the attack"). Last, settle_perpetrators: a
//    perpetrator phrase with no id is the group named in it, a claim's channel ("through its Amaq
//    agency") is none, and a person the arguments name only as hit is none. Before that, no pronoun
//    stays an argument: an attacker told by one ("Kelley walked in. He opened fire", "They struck
//    the market" after the group) is the name told within the last three sentences that is no
//    victim, official, speaker or name quoted from another; with none, the pronoun goes.
//
// Everything is table look-ups and short windows, linear in the tokens.
//
// Where the code is: this file runs the passes in order (EventStage::run) and writes the
// events out (finish_events); event_sentences.cc is passes 1-4 over each sentence, with
// event_triggers.cc, event_dates.cc, event_places.cc, event_casualties.cc and
// event_arguments.cc for what they find; event_roles.cc is pass 5, event_culprits.cc and
// event_pronouns.cc pass 6, event_incidents.cc the incidents as GTD counts them. What more
// than one of them uses is declared in event_internal.h.

#include "events/event_stage.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "events/event_internal.h"

namespace dossier::event_internal {

namespace {

class EventStage final : public Stage {
 public:
  EventStage(std::shared_ptr<const EventLexicon> lex, std::shared_ptr<const RoleModel> roles)
      : lex_(std::move(lex)), roles_(std::move(roles)) {}
  std::string_view name() const override { return "events"; }
  uint32_t reads() const override {
    return kLayerText | kLayerMeta | kLayerBody | kLayerTokens | kLayerSentences | kLayerDocDate |
           kLayerTimexes | kLayerQuantities | kLayerMentions | kLayerEntities;
  }
  uint32_t writes() const override { return kLayerEvents; }
  void run(Document& doc) const override;

 private:
  std::shared_ptr<const EventLexicon> lex_;
  std::shared_ptr<const RoleModel> roles_;  // null: the rules alone decide the phrase roles
};

// The word for people a figure counts, read from the counted words as written when the unit is a
// modifier ("40 Indian soldiers", "40 paramilitary troopers": the unit is "indian", "paramilitary"):
// the whole phrase, else its last word, as a word for people; nullptr when neither is one.
const LexEntry* people_as_written(const Work& w, std::pair<uint32_t, uint32_t> written) {
  const auto [first, end] = written;
  if (end < first + 2 || end > first + 4) return nullptr;
  const std::vector<std::string_view> all(w.words.begin() + first, w.words.begin() + end);
  const LexEntry* h = nullptr;
  if (w.lex.match_class(all, 0, LexClass::human, &h) == all.size() && h) return h;
  const std::vector<std::string_view> last{w.words[end - 1]};
  h = nullptr;
  if (w.lex.match_class(last, 0, LexClass::human, &h) == 1 && h) return h;
  return nullptr;
}

bool contentless(const EventSource& e) {
  return !e.date && e.place.empty() && e.targets.empty() && !e.killed && !e.injured && e.weapons.empty() &&
         e.claimed_by.empty() && std::none_of(e.arguments.begin(), e.arguments.end(), [](const Argument& a) {
           return a.role == ArgumentRole::victim || a.role == ArgumentRole::target;
         });
}

// The place the report was filed from, when it may stand for the news's place: every place the
// report names is in the dateline's country ("KABUL - A suicide car bomber struck a convoy in the
// Afghan capital"). A report filed from one country about another gives none.
std::string dateline_place(const Work& w) {
  const Place* home = w.doc.find_place(w.doc.meta.dateline);
  if (!home || home->country.empty()) return {};
  // Regional hubs file for their neighbours (Beirut for Syria, Nairobi for Somalia): the text
  // itself must place the news in the dateline's country, by a place of that country named
  // outside the dateline, or by "the capital" / "the city" with nothing against it.
  bool evidence = false;
  for (const Mention& m : w.doc.mentions) {
    if (!is_place_mention(m) || m.entity.empty() || w.dateline.overlaps(m.span)) continue;
    const Place* p = w.doc.find_place(m.entity);
    if (!p || p->country.empty()) continue;
    if (p->country != home->country) return {};
    if (m.type != MentionType::NORP) evidence = true;
  }
  // "the capital", "the Afghan capital", "the northern city".
  for (size_t i = 0; i < w.words.size() && !evidence; ++i) {
    if (w.words[i] != "the" || !w.doc.in_body(w.doc.tokens[i].span.start)) continue;
    for (size_t k = i + 1; k < w.words.size() && k <= i + 3 && !evidence; ++k)
      evidence = w.words[k] == "capital" || w.words[k] == "city";
  }
  return evidence ? home->id : std::string();
}

// "KADUNA (AP) - Gunmen attacked ...": an actor the entity stage made of words for attackers alone
// ("Gunmen", "Unknown gunmen"), capitalized where a sentence opens, is no one's name: no
// perpetrator (the words stay an individual perpetrator's argument).
bool common_word_actor(const Work& w, const std::string& id) {
  bool any = false;
  for (const auto& m : w.doc.mentions) {
    if (m.entity != id) continue;
    const auto [first, end] = w.tokens_of(m.span);
    for (uint32_t k = first; k < end; ++k)
      if (!w.has(k, LexClass::perp) && !w.has(k, LexClass::modifier)) return false;
    any = any || end > first;
  }
  return any;
}

// A target written as a bare word for a building or grounds ("building", "the premises"), which
// names no site by itself.
bool bare_building(std::string_view text) {
  std::string k = norm_key(text);
  if (k.starts_with("the ")) k.erase(0, 4);
  return k == "building" || k == "buildings" || k == "premises" || k == "compound" || k == "facility" ||
         k == "structure";
}

// An explosion whose cause the text leaves in question between a weapon and an accident
// (BlastCause::disputed: "police were investigating whether it was a bomb or a gas leak") is kept
// as a coder keeps a doubtful case, but its attack type is unknown (other), and the weapon asked
// about and the accident's source ("a faulty gas cylinder") are no weapon, argument or target.
void cause_in_question(const Work& w, EventDraft& e) {
  e.src.type = EventType::other;
  std::vector<std::string> gone;
  std::erase_if(e.src.arguments, [&](const Argument& a) {
    if (a.role == ArgumentRole::weapon) return true;
    const auto [first, end] = w.tokens_of(a.span);
    if (a.role != ArgumentRole::target || end == first || !accident_source(w, end - 1, false)) return false;
    gone.push_back(norm_key(a.text));
    return true;
  });
  std::erase_if(e.src.targets, [&](const Target& t) {
    return std::find(gone.begin(), gone.end(), norm_key(t.text)) != gone.end();
  });
  e.src.weapons.clear();
}

void finish_events(Work& w, std::vector<EventSource>& out) {
  const Date pub = w.doc.meta.reference_date().value_or(Date{});
  const std::string filed_from = dateline_place(w);
  const bool has_concrete =
      std::any_of(w.events.begin(), w.events.end(), [](const EventDraft& e) { return !contentless(e.src); });
  // Suicide: "suicide" near a bombing, or a suicide vest; not one told of another event in the
  // sentence ("The attack follows a suicide bombing in Jalalabad": the nearest trigger's, or of
  // any incident split from its event).
  auto nearest_event = [&](int si, uint32_t i) {
    int best = -1;
    uint32_t dist = kNone;
    for (const Hit& h : w.hits) {
      if (h.sentence != si || h.event < 0) continue;
      const uint32_t d = i < h.tok ? h.tok - i : (i < h.end ? 0 : i - h.end + 1);
      if (d < dist) dist = d, best = h.event;
    }
    return best;
  };
  for (size_t ei = 0; ei < w.events.size(); ++ei) {
    EventDraft& e = w.events[ei];
    if (e.src.type == EventType::bombing || e.src.type == EventType::armed_assault) {
      for (int si : e.sentences) {
        const Sentence& s = w.segs[static_cast<size_t>(si)];
        for (uint32_t i = s.first_token; i < s.end_token; ++i)
          if (w.cue(i, Cue::suicide)) {
            const int near = nearest_event(si, i);
            const int from = near < 0 ? -1 : w.events[static_cast<size_t>(near)].split_from;
            if (near < 0 || near == static_cast<int>(ei) || (from >= 0 && from == e.split_from))
              e.src.type = EventType::suicide_bombing;
          }
      }
    }
    // In a report of concrete events, a trigger with no fact of its own (no date or place in the
    // text, no target, victim, toll, weapon or claim) is a generic statement ("declaring a
    // caliphate, killing thousands"), not an event a coder would record; a perpetrator alone does
    // not make one. (A report whose only trigger is bare keeps it: it is the news.)
    if (contentless(e.src) && has_concrete) continue;
    std::erase_if(e.src.perpetrators, [&](const std::string& id) { return common_word_actor(w, id); });
    if (!e.src.killed && e.named_dead > 0) e.src.killed = CountRange{e.named_dead, e.named_dead};
    // Whom the toll counts is whom the attack hit: "Gunmen killed four soldiers" targets the
    // military even when no phrase was kept as the target (GTD's target type is read off the
    // victims). Not in an operation of the forces, whose dead are their own.
    if (e.src.type != EventType::security_operation)
      for (auto [unit, written] :
           {std::pair{&e.killed_unit, e.killed_unit_at}, std::pair{&e.injured_unit, e.injured_unit_at}}) {
        if (unit->empty() || *unit == "people" || *unit == "persons" || *unit == "others") continue;
        const std::vector<std::string_view> one{*unit};
        const LexEntry* h = nullptr;
        if (w.lex.match_class(one, 0, LexClass::human, &h) != 1 || !h || h->value.empty())
          h = people_as_written(w, written);
        if (!h || h->value.empty()) continue;
        if (std::none_of(e.src.targets.begin(), e.src.targets.end(),
                         [&](const Target& t) { return t.category == h->value; }))
          add_target(e, written.first == written.second ? *unit : w.text(written.first, written.second),
                     h->value);
      }
    // A bare word for a building ("then stormed the building") is the site named before, not
    // a target of its own.
    auto site = [&](const Target& t) {  // a target whose head word is a place's ("the hotel")
      const std::string head = head_key(t.text);
      return !bare_building(t.text) && w.lex.match_class({head}, 0, LexClass::target) == 1;
    };
    if (std::any_of(e.src.targets.begin(), e.src.targets.end(), site))
      std::erase_if(e.src.targets, [](const Target& t) { return bare_building(t.text); });
    // The hospital the hurt were taken to is no target, nor the place ("were taken to the city
    // hospital", "died in a hospital"); one attacked is.
    std::erase_if(e.src.targets, [&](const Target& t) {
      const auto spans = target_written(w, e, t);
      return !spans.empty() && std::all_of(spans.begin(), spans.end(), [&](const auto& sp) {
        return hospital_not_hit(w, sp.first, sp.second);
      });
    });
    std::erase_if(e.src.arguments, [&](const Argument& a) {
      const auto [first, end] = w.tokens_of(a.span);
      return (a.role == ArgumentRole::target || a.role == ArgumentRole::place) &&
             hospital_not_hit(w, first, end);
    });
    // "opened fire on him": a pronoun is never an argument, nor a target (who it stands for is told
    // by name or noun); nor is a possessive or another determiner alone ("his"), a nationality alone
    // (the "Pakistani" of "killing a Pakistani soldier") or a day's name ("stormed a university on
    // Wednesday").
    std::erase_if(e.src.targets, [&](const Target& t) {
      const std::string key = norm_key(t.text);
      return w.lex.cue(Cue::person_pronoun, key) || w.lex.cue(Cue::plural_pronoun, key) ||
             w.lex.cue(Cue::determiner, key) || w.lex.cue(Cue::nationality, key) ||
             w.lex.cue(Cue::calendar_name, key);
    });
    // The dateline's city stands in for a place the text does not give; a town the text names
    // but the gazetteer does not know ("the town of Tuz Khurmatu", filed from Baghdad; "an army
    // post in Kwarbeni", filed from Bamako) is not that city: the dateline's country is all that
    // is known.
    // A state's forces or offices hit with no place told are in that state ("an August suicide
    // attack on two Pakistani air bases": Pakistan), unless the dateline is a town of it.
    const std::string state_country = e.src.place.empty() ? country_of_state_target(w, e) : "";
    if (!state_country.empty() && (filed_from.empty() || country_of(w.doc, filed_from) != state_country))
      e.src.place = state_country;
    if (e.src.place.empty() && !e.src.background && !filed_from.empty())
      e.src.place = unknown_town_named(w, e) || unknown_place_named_apart(w, e, filed_from)
                        ? country_of(w.doc, filed_from)
                        : filed_from;
    if (e.src.type == EventType::bombing && blast_cause(w) == BlastCause::disputed) cause_in_question(w, e);
    // Gunmen, snipers and shooters fire guns, told or not ("Gunmen killed two people").
    if (std::any_of(e.src.arguments.begin(), e.src.arguments.end(), [](const Argument& a) {
          if (a.role != ArgumentRole::perpetrator_individual) return false;
          const std::string last = head_key(a.text);
          return last == "gunman" || last == "gunmen" || last == "sniper" || last == "snipers" ||
                 last == "shooter" || last == "shooters";
        }))
      add_unique(e.src.weapons, "firearms");
    // A bombing is made with explosives, named or not ("a suicide car bomber struck").
    if ((e.src.type == EventType::bombing || e.src.type == EventType::suicide_bombing) &&
        e.src.weapons.empty())
      e.src.weapons.push_back("explosives");
    // No date in the text: the document date bounds it (news reports what happened lately), or
    // the day of the statement that tells it ("killed 10 people, police said on Tuesday").
    if (!e.src.date && !e.src.background && pub.valid()) {
      DateRange r;
      r.end = pub;
      if (!e.sentences.empty())
        if (const Timex* said = statement_day(
                w, w.segs[static_cast<size_t>(*std::min_element(e.sentences.begin(), e.sentences.end()))]);
            said && day_number(said->range->end) <= day_number(pub))
          r.end = said->range->end;
      r.start = civil_from_days(day_number(r.end) - 6);
      r.precision = DatePrecision::week;
      e.src.date = r;
    }
    std::sort(e.src.evidence.begin(), e.src.evidence.end(),
              [](const Evidence& a, const Evidence& b) { return a.span.start < b.span.start; });
    out.push_back(std::move(e.src));
  }
}

void EventStage::run(Document& doc) const {
  doc.events.clear();
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  Work w(doc, *lex_);
  index_tokens(w);
  run_events(w);
  if (roles_) apply_role_model(w, *roles_);
  add_named_attackers(w);
  add_coordinated_attackers(w);
  add_accused_attackers(w);
  widen_to_their_group(w);
  settle_arguments(w);
  settle_targets(w);
  targets_naming_attacks(w);
  resolve_attacker_pronouns(w);
  described_attacker_is_named(w);
  settle_attackers_fate(w);
  clientele_no_target(w);
  target_where_hit(w);
  settle_perpetrators(w);
  dismissed_claims(w);
  clash_forces_no_perpetrators(w);
  targets_no_places(w);
  join_retold_kidnappings(w);
  join_captives_fate(w);
  split_coordinated(w);
  name_groups_by_acronym(w);
  finish_events(w, doc.events);
}

}  // namespace

}  // namespace dossier::event_internal

namespace dossier {

using event_internal::EventStage;

std::string event_resource_dir(const std::string& resource_dir) { return resource_dir + "/events"; }

std::unique_ptr<Stage> make_event_stage(std::shared_ptr<const EventLexicon> lexicon,
                                        std::shared_ptr<const RoleModel> roles) {
  return std::make_unique<EventStage>(std::move(lexicon), std::move(roles));
}

Result<std::unique_ptr<Stage>> load_event_stage(const std::string& events_dir) {
  auto lex = EventLexicon::load(events_dir);
  if (!lex) return lex.status();
  std::shared_ptr<const RoleModel> roles;
  std::string model_path = events_dir + "/" + kRoleModelFile;
  if (std::ifstream(model_path).good()) {
    auto m = RoleModel::load(model_path, role_feature_version(*lex.value()));
    if (!m) return m.status();
    roles = std::move(m.value());
  }
  return make_event_stage(std::move(lex.value()), std::move(roles));
}

std::unique_ptr<Stage> make_event_stage(const Resources& resources) {
  auto stage = load_event_stage(event_resource_dir(resources.dir()));
  if (!stage) {
    std::fprintf(stderr, "dossier: event word lists: %s\n", stage.status().to_string().c_str());
    std::exit(2);  // an installation fault: internal failure (spec exit code 2), not a crash
  }
  return std::move(stage.value());
}

}  // namespace dossier
