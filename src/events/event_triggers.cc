// Triggers: the token index (index_tokens), the cues that make an attack word no news (a
// negation, a hypothetical, figurative use, background), the verbs of ramming, and the event
// type a weapon or a trigger word gives. See event_stage.cc for the whole flow.

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/ids.h"
#include "entities/entity_stage.h"
#include "events/event_internal.h"

namespace dossier::event_internal {

namespace {

// Is the ram verb at i a vehicle driven into people ("ploughed into the crowd", "drove onto the
// pavement, killing two")? A verb of intent ("rammed", "ploughed", "mowed") says so by itself;
// driving, speeding or crashing into or onto something does only with people right after it or
// a casualty in the same sentence ("drove onto the bridge" and was stopped is no ramming).
bool rams_people(const Work& w, const Sentence& s, uint32_t i) {
  if (!w.cue(i, Cue::ram_verb)) return false;
  uint32_t k = i + 1;
  while (k < s.end_token && k < i + 8 && w.words[k] != "into" && w.words[k] != "through" &&
         w.words[k] != "onto")
    ++k;
  if (k >= s.end_token || k >= i + 8) return false;
  const std::string_view v = w.words[i];
  if (v.starts_with("ram") || v.starts_with("plough") || v.starts_with("plow") || v == "mowed") return true;
  // People in the phrase the verb went into ("into a crowd of shoppers"; not "forced into hiding as
  // a young boy"), or a casualty in the sentence.
  bool phrase = true;
  for (uint32_t j = k + 1; j < s.end_token && j < k + 12; ++j) {
    if (j < k + 6 && phrase && (w.has(j, LexClass::human) || w.cue(j, Cue::collective))) return true;
    if (w.has(j, LexClass::kill) || w.has(j, LexClass::injure)) return true;
    if (w.has(j, LexClass::function) && !w.cue(j, Cue::determiner) && w.words[j] != "of") phrase = false;
  }
  return false;
}

// "Rebels hacked 35 civilians to death": a lexicon phrase "<verb> to death" told around its object
// (one to five words or figures) is at the verb a word of its classes, so the verb founds the
// attack and counts its object as a kill verb does ("hacked to death 35 civilians").
void add_split_to_death(Work& w, size_t i) {
  for (size_t j = i + 2; j <= i + 6 && j + 1 < w.words.size(); ++j) {
    if (!w.doc.tokens[j - 1].has(kTokWord) && !w.doc.tokens[j - 1].has(kTokNumber)) return;
    if (w.words[j] != "to" || w.words[j + 1] != "death") continue;
    const std::vector<std::string_view> phrase = {w.words[i], "to", "death"};
    std::vector<const LexEntry*> found;
    w.lex.match_at(phrase, 0, found);
    for (const LexEntry* e : found) {
      if (e->length != 3 || !(e->cls == LexClass::trigger || e->cls == LexClass::kill)) continue;
      LexEntry one = *e;
      one.length = 1;
      w.matches.push_back(&w.split_entries.emplace_back(std::move(one)));
    }
    return;
  }
}

// "helped plan the 2013 attack on the Westgate mall", "plotted the January 2019 assault": an
// attack noun led by a date of its own that is past by the report's day happened, whatever was
// planned of it (a plot foiled is told with no such date: "plotted an attack on the port").
bool dated_past_noun(const Work& w, const Sentence& s, uint32_t tok) {
  const LexEntry* t = w.longest(tok, LexClass::trigger);
  const std::optional<Date> pub = w.doc.meta.reference_date();
  if (!t || t->kind != TriggerKind::noun || tok <= s.first_token || !pub) return false;
  for (const Timex& x : w.doc.timexes) {
    if (!x.range || x.type != TimexType::DATE) continue;
    if (w.doc.token_at_or_after(x.span.end) != tok || w.doc.token_at_or_after(x.span.start) <= s.first_token)
      continue;
    return day_number(x.range->end) < day_number(*pub);
  }
  return false;
}

// Does "and" at token k join a second casualty verb of the same subject ("killed two people and
// wounded eight others", "and also injured five")? Such a verb tells of the same attack and opens
// no clause of its own.
bool and_casualty_verb(const Work& w, uint32_t k, uint32_t to) {
  if (w.words[k] != "and" || k + 1 >= to) return false;
  uint32_t v = k + 1;
  if (w.words[v] == "also" && v + 1 < to) ++v;
  const LexEntry* kl = w.longest(v, LexClass::kill);
  const LexEntry* in = w.longest(v, LexClass::injure);
  return (kl && kl->value == "verb") || (in && in->value == "verb");
}

// "A car crashed into a crowd ... The driver had suffered a heart attack": a vehicle that crashed,
// veered or careered into people is an attack unless the report tells an accident (a mishap or
// accident word, or an attack's word that is a medical one: "heart attack") and no attack (a
// weapon, an attacker, a claim).
bool crash_told_as_attack(const Work& w) {
  if (w.attack_context) return true;
  for (uint32_t i = 0; i < w.words.size(); ++i)
    if (w.cue(i, Cue::mishap) || w.cue(i, Cue::accident) ||
        (i > 0 && w.cue(i - 1, Cue::not_attack_before) && w.has(i, LexClass::trigger)))
      return false;
  return true;
}

}  // namespace

int type_priority(EventType t) {
  switch (t) {
    case EventType::suicide_bombing:
      return 9;
    case EventType::hostage_taking:
      return 8;
    case EventType::kidnapping:
      return 7;
    case EventType::hijacking:
      return 7;
    case EventType::assassination:
      return 6;
    case EventType::bombing:
      return 5;
    case EventType::armed_assault:
      return 4;
    case EventType::unarmed_assault:
      return 3;
    case EventType::facility_attack:
      return 2;
    case EventType::security_operation:
      return 1;
    case EventType::other:
      return 0;
  }
  return 0;
}

bool weapon_used(const Work& w, const Sentence& s, uint32_t* verb) {
  for (uint32_t k = s.first_token + 1; k + 1 < s.end_token; ++k) {
    const std::string_view x = w.words[k];
    const bool use =
        x == "used" || x == "wielded" || x == "carried" || (x == "armed" && w.words[k + 1] == "with");
    if (!use) continue;
    uint32_t b = k - 1;
    while (b > s.first_token && b + 4 > k &&
           (w.words[b] == "was" || w.words[b] == "were" || w.words[b] == "had" || w.words[b] == "all" ||
            w.words[b] == "also" || w.words[b] == "heavily"))
      --b;
    if (!w.has(b, LexClass::perp) || w.cue(b, Cue::generic_person)) continue;
    for (uint32_t j = k + 1; j < s.end_token && j < k + 6; ++j) {
      if (w.has(j, LexClass::weapon)) {
        if (verb) *verb = k;
        return true;
      }
      if (!(w.np_word(j) || w.cue(j, Cue::determiner) || w.number_at(j) || w.words[j] == "with" ||
            w.words[j] == "-"))
        break;
    }
  }
  return false;
}

bool fire_types_event(EventDraft& e, const Hit& h, EventType type, bool founds) {
  if (h.fired) {
    if (!founds && e.src.type == EventType::armed_assault) return true;  // the assault's weapon
    // Founded with the fire's type, or raised to it from no type below.
    if (founds || e.src.type == EventType::other) e.typed_by_fire = true;
    return founds;
  }
  // A bomb that went off ("a car bomb exploded") makes it a bombing for good.
  if (type == EventType::bombing || type == EventType::suicide_bombing) e.typed_by_fire = false;
  if (e.typed_by_fire && e.src.type == EventType::bombing && type == EventType::armed_assault &&
      h.entry->kind != TriggerKind::weak) {
    e.src.type = type;
    e.typed_by_fire = false;
    return true;
  }
  return false;
}

bool context_sense(const LexEntry& t, std::string_view first_word) {
  if (t.kind == TriggerKind::weak) return true;
  // ("shot dead", "set fire to", "car bomb" have no other sense.)
  static const std::unordered_set<std::string_view> everyday{
      "attack",   "attacks",    "attacked",   "attacking",  "assault",  "assaults", "assaulted",
      "raid",     "raids",      "raided",     "struck",     "stormed",  "storming", "offensive",
      "executed", "burned",     "explosion",  "explosions", "blast",    "blasts",   "exploded",
      "explode",  "detonated",  "detonating", "detonation", "blew",     "blown",    "went",
      "gone",     "harassment", "harassed",   "seized",     "seizing",  "snatched", "hostages",
      "shelled",  "shelling",   "security",   "military",   "sabotage", "sabotaged"};
  if ((first_word == "shot" || first_word == "shooting") && t.length == 1) return true;
  return everyday.contains(first_word);
}

bool blast_sense(std::string_view first_word) {
  static const std::unordered_set<std::string_view> blasts{
      "explosion",  "explosions", "blast", "blasts", "exploded", "explode", "detonated",
      "detonating", "detonation", "blew",  "blown",  "went",     "gone",    "burned"};
  return blasts.contains(first_word);
}

namespace {

// Does the text speak of money, firms or markets ("12 pct", "40 mln dlrs"; or "Inc", "shares" and
// "prices" together)?
// Such a report's "raid", "struck" or "attack" is a trigger word's everyday sense unless it tells
// violence otherwise; a short report of neither keeps the word's violent sense. Site furniture (a
// market widget, "See ECRA for spotlight index") is none of the report's words, as tells_violence
// reads none of it.
bool tells_business(const Work& w) {
  // A wire business desk's abbreviation ("12 pct", "40 mln dlrs"), or three different words of
  // finance: one or two ("the company said", "oil prices rose 3 percent") are said in attack news
  // too ("A tanker was struck off Yemen, the shipping company said").
  static const std::unordered_set<std::string_view> desk{"pct", "dlrs", "dlr", "mln"};
  static const std::unordered_set<std::string_view> words{
      "percent", "billion", "inc", "corp", "ltd", "plc", "tonnes", "barrels", "investors", "dividend"};
  std::unordered_set<std::string_view> seen;
  for (uint32_t i = 0; i < w.words.size() && seen.size() < 3; ++i) {
    if (w.doc.in_furniture(w.doc.tokens[i].span.start)) continue;
    if (desk.contains(w.words[i])) return true;
    if (w.cue(i, Cue::market_subject) || words.contains(w.words[i])) seen.insert(w.words[i]);
  }
  return seen.size() >= 3;
}

// Does the text speak of sport, games or shows: three different words of them ("quarterback",
// "touchdown", "season"; "gameplay", "consoles")? Its "shot", "attack" or "went off" is then a
// trigger word's everyday sense unless it tells violence otherwise, as in a report of markets.
bool tells_pastime(const Work& w) {
  std::unordered_set<std::string_view> seen;
  for (uint32_t i = 0; i < w.words.size() && seen.size() < 3; ++i)
    if (w.cue(i, Cue::pastime_word) && w.doc.in_body(w.doc.tokens[i].span.start)) seen.insert(w.words[i]);
  return seen.size() >= 3;
}

// Does the text tell violence in words of no everyday sense (Work::violence_told)? Without
// `casualties`, people killed or wounded do not count (Work::arms_told). Each different sign (a
// kind of word or a named actor: "trooper" and "troopers" are one) weighs 2 when it has no other sense (armed
// men, a claim, a violent trigger, a weapon in a sentence of harm or a blast, people killed in a sentence
// of an attack or a weapon) and 1 when it may be said in passing (a weapon or people killed alone,
// police, a war, a group only the tagger found: a game's hero "killing them in one hit"); the text tells
// violence when they weigh `need`: a report of sport or shows needs 2 ("a chef's knife" or "War & Peace"
// alone is no violence; "gunmen" is, and so is "a bomb exploded").
bool tells_violence(const Work& w, bool casualties, int need) {
  std::unordered_set<std::string_view> seen;
  int weight = 0;
  auto sign = [&](std::string_view key, int strength) {
    if (seen.insert(key).second) weight += strength;
    return weight >= need;
  };
  // The dead of a blast, a fire, a crash or a quake told in their sentence are no sign of violence
  // ("an explosion at a plant killed one worker").
  std::vector<bool> mishap_told(w.words.size(), false);
  for (const Sentence& s : w.segs) {
    bool mishap = false;
    for (uint32_t k = s.first_token; k < s.end_token && !mishap; ++k)
      mishap = blast_sense(w.words[k]) || w.cue(k, Cue::natural_cause) || w.cue(k, Cue::mishap) ||
               w.cue(k, Cue::accident);
    if (mishap) std::fill(mishap_told.begin() + s.first_token, mishap_told.begin() + s.end_token, true);
  }
  // A weapon in a sentence that tells harm or a blast ("A bomb exploded in the stands, killing five"),
  // or people killed in one that tells an attack by its verb or a weapon ("was shot outside a studio
  // and died"; not "Attack on Titan" and "Red Dead Redemption" in a list of games),
  // weighs 2 in a report of sport or shows; alone, 1 ("a chef's knife", "killing them in one hit").
  // (Weights matter only when more than one sign is needed.)
  std::vector<bool> harm_told(w.words.size(), false), attack_told(w.words.size(), false);
  for (size_t si = 0; need > 1 && si < w.segs.size(); ++si) {
    const Sentence& s = w.segs[si];
    bool harm = false, attack = false;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      harm = harm || w.has(k, LexClass::kill) || w.has(k, LexClass::injure) || w.cue(k, Cue::blast_word);
      const LexEntry* t = w.longest(k, LexClass::trigger);
      attack = attack || (t && t->kind == TriggerKind::verb) || w.has(k, LexClass::weapon);
    }
    std::fill(harm_told.begin() + s.first_token, harm_told.begin() + s.end_token, harm);
    std::fill(attack_told.begin() + s.first_token, attack_told.begin() + s.end_token, attack);
  }
  for (uint32_t i = 0; i < w.words.size(); ++i) {
    if (!w.doc.in_body(w.doc.tokens[i].span.start)) continue;
    // A fuel is a commodity in most news ("gasoline futures").
    if (const LexEntry* e = w.longest(i, LexClass::weapon);
        e && !w.fuel_alone(i, *e) && sign(e->value, harm_told[i] ? 2 : 1))
      return true;
    for (LexClass c : {LexClass::perp, LexClass::member, LexClass::group})
      if (const LexEntry* e = w.longest(i, c); e && e->value != "head" && sign(w.words[i], 2)) return true;
    if (w.has(i, LexClass::claim) && sign(w.words[i], 2)) return true;
    // People killed or wounded ("killing 12 people", "wounded five"); not "executed" (a lease) or
    // "injured" (a claim for injured persons).
    const bool toll = casualties && !mishap_told[i];
    // (In a report of sport or shows, any word of death beside an attack: "was shot ... and died".)
    if (const LexEntry* k = w.longest(i, LexClass::kill);
        toll && k && (k->value == "verb" || (need > 1 && attack_told[i])) && w.words[i] != "executed" &&
        w.words[i] != "execution" && sign(w.words[i], attack_told[i] ? 2 : 1))
      return true;
    if (toll && (w.words[i] == "wounded" || w.words[i] == "wounding") &&
        sign(w.words[i], attack_told[i] ? 2 : 1))
      return true;
    // Police or troops; not the words that also name a firm's people or a service ("officers",
    // "guards", "the Navy" buying aircraft).
    if (const LexEntry* e = w.longest(i, LexClass::human);
        e && (e->value == "police" || e->value == "military")) {
      const std::string_view x = w.words[i];
      if (e->length > 1 ||
          (x != "officers" && x != "guard" && x != "guards" && x != "corps" && x != "navy" && x != "cadets"))
        if (sign(e->value, 1)) return true;
    }
    if (const LexEntry* t = w.longest(i, LexClass::trigger);
        t && !context_sense(*t, w.words[i]) && sign(w.words[i], 2))
      return true;
    // A building or a vehicle blown up ("a radio station was blown up", "blew up the bridge"), not
    // protests or a deal.
    if ((w.words[i] == "blown" || w.words[i] == "blew") && i + 1 < w.words.size() && w.words[i + 1] == "up")
      for (uint32_t k = i > 4 ? i - 4 : 0; k < w.words.size() && k < i + 6; ++k)
        if (w.has(k, LexClass::target) && sign(w.words[i], 1)) return true;
    // Arms of war ("Iraqi warplanes", "helicopter gunships") and a war of arms ("the Gulf war", "the
    // war front"; not a "price war", a "trade war" or the "Second World War" a report looks back to).
    static const std::unordered_set<std::string_view> arms{
        "warplane", "warplanes", "warship",    "warships", "gunboat",         "gunboats",
        "gunship",  "gunships",  "destroyers", "frigates", "fighter-bombers", "artillery"};
    if (arms.contains(w.words[i]) && sign("arms", 1)) return true;
    if (w.words[i] == "war" && i > 0) {
      static const std::unordered_set<std::string_view> not_arms{
          "price", "trade",    "tariff",  "currency",  "bidding",     "takeover",
          "fare",  "ratings",  "world",   "cold",      "rate",        "tax",
          "cola",  "discount", "subsidy", "marketing", "advertising", "legal"};
      if (!not_arms.contains(w.words[i - 1]) && !w.cue(i - 1, Cue::determiner) && w.words[i - 1] != "of" &&
          sign(w.words[i], 1))
        return true;
    }
  }
  // An armed group or a state's armed forces named ("Iraqi warplanes", "the U.S. Navy", "the army").
  auto armed = [](std::string_view id) {
    for (std::string_view force :
         {"-military", "-army", "-air-force", "-navy", "-security-forces", "-police"})
      if (id.ends_with(force)) return true;
    return false;
  };
  for (const Mention& m : w.doc.mentions) {
    if (m.metadata || !w.doc.in_body(m.span.start)) continue;
    // (A group of the lexicon weighs 2; one the tagger found, 1: "CBS Sports NFL".)
    const Actor* a = w.doc.find_actor(m.entity);
    const bool known = a && std::any_of(a->alias_sources.begin(), a->alias_sources.end(),
                                        [](const AliasSource& x) { return x.document.empty(); });
    if (a && a->kind == ActorKind::armed_group && sign(m.entity, known ? 2 : 1)) return true;
    if (a && a->kind == ActorKind::state_actor && (armed(a->id) || armed(a->parent)) && sign(m.entity, 1))
      return true;
    if (m.type == MentionType::ARMED_GROUP && sign(m.entity, 1)) return true;
  }
  return false;
}

}  // namespace

void index_tokens(Work& w) {
  const Document& doc = w.doc;
  w.words.reserve(doc.tokens.size());
  size_t caps = 0, allcaps = 0, letters = 0;
  for (const auto& t : doc.tokens) {
    w.words.push_back(t.norm);
    if (t.has(kTokWord)) {
      ++letters;
      if (t.has(kTokCapitalized)) ++caps;
      if (t.has(kTokAllCaps)) ++allcaps;
    }
  }
  // Case carries no information when (almost) nothing or (almost) everything is capitalized
  // (MUC-4 ships lower-case and upper-case copies of its texts; wire services used to shout).
  w.lower_case = letters > 20 && (caps * 100 < letters || allcaps * 10 > letters * 8);
  w.match_off.resize(w.words.size() + 1);
  w.cue_bits.resize(w.words.size());
  std::vector<const LexEntry*> scratch;
  // (Phrases told around their object only in a text that says "to death" somewhere.)
  bool to_death = false;
  for (size_t i = 0; i + 1 < w.words.size() && !to_death; ++i)
    to_death = w.words[i] == "to" && w.words[i + 1] == "death";
  for (size_t i = 0; i < w.words.size(); ++i) {
    w.match_off[i] = static_cast<uint32_t>(w.matches.size());
    w.lex.match_at(w.words, i, scratch, &w.cue_bits[i]);
    w.matches.insert(w.matches.end(), scratch.begin(), scratch.end());
    if (to_death && scratch.empty()) add_split_to_death(w, i);
  }
  w.match_off[w.words.size()] = static_cast<uint32_t>(w.matches.size());
  if (!doc.meta.dateline_text.empty()) {
    auto p = doc.text.find(doc.meta.dateline_text);
    if (p != std::string::npos)
      w.dateline = Span{static_cast<uint32_t>(p), static_cast<uint32_t>(p + doc.meta.dateline_text.size())};
    w.dateline_head = w.dateline;
    const bool dashed =
        doc.meta.dateline_text.back() == '-' || doc.meta.dateline_text.ends_with("\xe2\x80\x94");
    for (uint32_t t = doc.token_at_or_after(w.dateline.end), n = 0;
         !dashed && t < doc.tokens.size() && n < 10; ++t, ++n) {
      const std::string_view x = w.words[t];
      if (x == "-" || x == "--" || x == "\xe2\x80\x94" || x == "\xe2\x80\x93") {
        w.dateline_head.end = doc.tokens[t].span.end;
        break;
      }
    }
  }
  for (const auto& s : doc.sentences) {
    if (!w.lower_case) {
      w.segs.push_back(s);
      continue;
    }
    Sentence cur = s;
    for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
      std::string_view x = w.words[i];
      if ((x == "." || x == "?" || x == "!") && doc.tokens[i + 1].has(kTokSpaceBefore | kTokNewlineBefore)) {
        Sentence a = cur;
        a.end_token = i + 1;
        a.span.end = doc.tokens[i].span.end;
        w.segs.push_back(a);
        cur.first_token = i + 1;
        cur.span.start = doc.tokens[i + 1].span.start;
      }
    }
    w.segs.push_back(cur);
  }
  // A head word that needs modifiers to name armed men or a group ("the Communist Party", "members")
  // says nothing of an attack by itself.
  // Nor does a fuel alone ("upgrades heavy oil to gasoline", "a blast at a petrol station").
  for (uint32_t i = 0; i < w.words.size() && !w.attack_context; ++i)
    for (LexClass c : {LexClass::weapon, LexClass::perp, LexClass::member, LexClass::group, LexClass::claim,
                       LexClass::blame, LexClass::cause})
      if (const LexEntry* e = w.longest(i, c);
          e &&
          !(e->value == "head" && (c == LexClass::perp || c == LexClass::member || c == LexClass::group)) &&
          !(c == LexClass::weapon && w.fuel_alone(i, *e)))
        w.attack_context = true;
  for (const Sentence& s : w.segs)
    for (uint32_t i = s.first_token; i < s.end_token && !w.ramming; ++i) w.ramming = rams_people(w, s, i);
  // (Two signs of violence in a report of sport or shows, one in a report of markets.)
  const bool pastime = tells_pastime(w);
  const bool everyday = pastime || tells_business(w);
  const int need = pastime ? 2 : 1;
  w.violence_told = w.ramming || !everyday || tells_violence(w, true, need);
  w.arms_told = w.ramming || !everyday || tells_violence(w, false, need);
  w.mention_at.assign(w.words.size(), -1);
  // "the May 22 terror attack": a name inside a date (a surname the entity stage linked back to
  // "Theresa May") is the date's word.
  auto in_date = [&](const Mention& mn) {
    auto it = std::lower_bound(doc.timexes.begin(), doc.timexes.end(), mn.span.start,
                               [](const Timex& t, uint32_t pos) { return t.span.end <= pos; });
    return it != doc.timexes.end() && it->span.start < mn.span.end &&
           (it->type == TimexType::DATE || it->type == TimexType::TIME);
  };
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mn = doc.mentions[m];
    // "the al Qaeda-linked group": the name only describes the group meant.
    if (mn.metadata || (mn.type == MentionType::PERSON && in_date(mn)) || name_as_modifier(doc, mn)) continue;
    uint32_t t = doc.token_at_or_after(mn.span.start);
    for (; t < doc.tokens.size() && doc.tokens[t].span.start < mn.span.end; ++t)
      w.mention_at[t] = static_cast<int>(m);
  }
}

// "to guard the pipeline against attack", "to deter attack", "the risk of attack": an attack noun
// with no determiner, after a word that makes it one that may come, not one that happened.
namespace {
bool spoken_of_in_general(const Work& w, const Sentence& s, uint32_t tok) {
  const LexEntry* t = w.longest(tok, LexClass::trigger);
  if (!t || t->kind != TriggerKind::noun) return false;
  uint32_t b = tok;
  // (Over a nationality or a word of kind: "against Iranian attack", "to deter such attack".)
  for (int n = 0; n < 2 && b > s.first_token; ++n) {
    const std::string_view x = w.words[b - 1];
    if (!(w.cue(b - 1, Cue::nationality) || x == "such" || x == "direct" || x == "further" || x == "armed" ||
          x == "military" || x == "terrorist" || x == "guerrilla" || x == "rebel"))
      break;
    --b;
  }
  if (b == s.first_token) return false;
  // ("held the base against attack by 300 Taliban fighters": the attackers named, it happened.)
  if (const uint32_t e = tok + t->length; e < s.end_token && w.words[e] == "by") return false;
  const std::string_view p = w.words[b - 1];
  if (p == "against" || p == "deter") return true;
  return p == "of" && b - 1 > s.first_token &&
         (w.words[b - 2] == "risk" || w.words[b - 2] == "fear" || w.words[b - 2] == "danger");
}
}  // namespace

bool unrealised(const Work& w, const Sentence& s, uint32_t tok) {
  uint32_t lo = tok > s.first_token + 5 ? tok - 5 : s.first_token;
  for (uint32_t i = tok; i-- > lo;) {
    std::string_view x = w.words[i];
    // "threatened to assault and murder", "could kill and maim": verbs joined share the modal
    // before the first (not nouns: "condemned the kidnapping and the assassination of X").
    if (x == "and" && i > s.first_token + 1 &&
        (w.has(i - 1, LexClass::trigger) || w.has(i - 1, LexClass::kill)) &&
        (w.words[i - 2] == "to" || w.has(i - 2, LexClass::irrealis)))
      continue;
    if (x == "," || x == ";" || x == ":" || x == "but" || x == "and") break;
    // "May 19 - Gunmen killed ...": the month of a dateline, not the modal.
    if (x == "may" && i + 1 < s.end_token && w.doc.tokens[i + 1].has(kTokNumber)) continue;
    // "Theresa May said", "Tom May attacked": a name.
    if (x == "may" && w.mention_at[i] >= 0) continue;
    // ("threatening to kill" is unrealised; "Militants threatening the town shelled it" did shell it.)
    const bool threatening = x == "threatening" && i + 1 < tok && w.words[i + 1] == "to";
    const bool cue = w.has(i, LexClass::negation) || w.has(i, LexClass::irrealis) || threatening;
    // "Those who could not were shot": the cue ends a relative clause with its verb left out; a
    // finite "be" right after it is the main clause's.
    // ("Nobody was shot", "None were killed" stay negated.)
    if (const std::string_view n = w.words[i + 1];
        cue && (x == "not" || x == "n't" || w.has(i, LexClass::irrealis)) && i + 1 < tok &&
        (n == "was" || n == "were" || n == "is" || n == "are"))
      break;
    if (w.has(i, LexClass::irrealis) && !w.has(i, LexClass::negation) && dated_past_noun(w, s, tok)) break;
    if (cue || w.cue(i, Cue::accident)) return true;
  }
  // "the device detonated accidentally", "went off prematurely".
  for (uint32_t i = tok + 1; i < s.end_token && i <= tok + 2; ++i)
    if (w.cue(i, Cue::accident)) return true;
  // "The attack could have killed dozens" with no attack told before it (a plot foiled): an attack
  // told only by what it might have done.
  if (const LexEntry* t = w.longest(tok, LexClass::trigger);
      w.main_event < 0 && t && t->kind == TriggerKind::noun && tok + t->length < s.end_token) {
    const std::string_view m = w.words[tok + t->length];
    if (m == "could" || m == "would" || m == "might") return true;
  }
  // "the death toll could have been higher" has no trigger; "attack" used as a
  // compound modifier or a medical/verbal sense is not an event.
  if (tok > 0 && w.cue(tok - 1, Cue::not_attack_before)) return true;
  // (Not inside a trigger of several words: "fired missiles at" is an attack.)
  if (tok + 1 < w.words.size() && w.cue(tok + 1, Cue::not_attack_after)) {
    const LexEntry* t = w.longest(tok, LexClass::trigger);
    if (!t || t->length == 1) return true;
  }
  // "killing thousands", "killed tens of thousands": a campaign summed up, not an attack.
  uint32_t k = tok + 1;
  if (k + 2 < w.words.size() && (w.words[k] == "tens" || w.words[k] == "hundreds") && w.words[k + 1] == "of")
    k += 2;
  if (k < w.words.size() && w.cue(k, Cue::mass_count) && w.has(tok, LexClass::kill)) return true;
  return spoken_of_in_general(w, s, tok);
}

bool natural_at(const Work& w, const Sentence& s, uint32_t k) {
  if (!w.cue(k, Cue::natural_cause)) return false;
  if (k > s.first_token) {
    const std::string_view p = w.words[k - 1];
    if (w.has(k - 1, LexClass::weapon) || p == "sniper" || p == "artillery" || p == "mortar" || p == "tank" ||
        p == "rocket" || p == "small-arms" || p == "heavy" || p == "automatic" || p == "hostile" ||
        p == "enemy" || p == "cross" || p == "friendly" || p == "gun" || p == "machine-gun")
      return false;
  }
  return true;
}

bool taking_word(std::string_view y) {
  return y == "took" || y.starts_with("tak") || y.starts_with("seiz") || y.starts_with("held") ||
         y.starts_with("hold") || y.starts_with("kidnap") || y.starts_with("abduct") ||
         y.starts_with("captur") || y.starts_with("grab") || y.starts_with("snatch") ||
         y.starts_with("storm");
}

bool captives_released(const Work& w, const Sentence& s, const Hit& h) {
  if (!w.cue(h.tok, Cue::captive)) return false;
  // Not when they are told taken or held ("freed 10 of the 30 hostages they seized on Friday",
  // "Militants holding hostages at a gas plant released ..."; not "commanders held by the
  // government" further on).
  for (uint32_t k = h.tok > s.first_token + 4 ? h.tok - 4 : s.first_token; k < s.end_token && k <= h.tok + 4;
       ++k) {
    if (taking_word(w.words[k])) return false;
  }
  // The verb or noun of release before the captives' phrase ("swapped two Western hostages", "the
  // release of five hostages", "freed 10 of the hostages"; not "released a video of the hostages").
  for (uint32_t k = h.tok, n = 0; k-- > s.first_token && n < 5; ++n) {
    if (w.cue(k, Cue::release_verb) && (w.words[k].ends_with("ed") || w.words[k + 1] == "of")) return true;
    if (w.words[k] == "of" && !(k > s.first_token && (w.number_at(k - 1) || w.cue(k - 1, Cue::quantifier) ||
                                                      w.cue(k - 1, Cue::release_verb))))
      break;
    if (!(w.np_word(k) || w.cue(k, Cue::determiner) || w.number_at(k) || w.words[k] == "of")) break;
  }
  return false;
}

bool figurative(const Work& w, const Sentence& s, const Hit& h) {
  auto object_head = [&](uint32_t k) {
    // The first word of the object noun phrase that is no determiner, number or modifier;
    // "a new revolving credit and term loan agreement" goes on over its "and".
    for (uint32_t n = 0; k < s.end_token && n < 8; ++k, ++n) {
      if (w.cue(k, Cue::figurative_object)) return true;
      // ... and over participle modifiers ("revolving", "outstanding").
      if (n > 0 && (w.words[k] == "and" || w.words[k] == "or" ||
                    (w.words[k].size() > 5 && w.words[k].ends_with("ing"))))
        continue;
      if (!(w.cue(k, Cue::determiner) || w.number_at(k) || w.np_word(k))) return false;
    }
    return false;
  };
  uint32_t k = h.end;
  // "shot down the proposal", "shooting down the plan": a rejection.
  if (k < s.end_token && (w.words[k] == "on" || w.words[k] == "against" || w.words[k] == "down")) ++k;
  if (object_head(k)) return true;
  // "the senator shot back", "shot back that ...": a retort; "fire a shot across Japan's bow": a
  // warning.
  if (w.words[h.tok] == "shot" && h.end == h.tok + 1 && h.end < s.end_token &&
      (w.words[h.end] == "back" || w.words[h.end] == "across"))
    return true;
  // "the index has shot up to 1,250", "shooting up 12 points": a figure rising.
  if ((w.words[h.tok] == "shot" || w.words[h.tok] == "shooting") && h.end == h.tok + 1 &&
      h.end + 1 < s.end_token && w.words[h.end] == "up") {
    const std::string_view n = w.words[h.end + 1];
    if (w.number_at(h.end + 1) || n == "to" || n == "from" || n == "by" || n == "sharply") return true;
  }
  // "has come under increasing attack over the past few days", "came under attack from critics
  // for": criticism. A qualifier of degree or a reason or critic after it tells it; "the convoy
  // came under attack near X" stays an attack.
  if (h.entry->kind == TriggerKind::noun && h.tok >= s.first_token + 2) {
    uint32_t u = h.tok - 1;
    const std::string_view adj = w.words[u];
    const bool degree = adj == "increasing" || adj == "growing" || adj == "mounting" || adj == "prolonged" ||
                        adj == "sharp" || adj == "political" || adj == "renewed" || adj == "withering";
    if (degree) --u;
    if (w.words[u] == "under" && u > s.first_token &&
        (w.words[u - 1].starts_with("com") || w.words[u - 1] == "came")) {
      if (degree) return true;
      for (uint32_t k = h.end; k < s.end_token && k < h.end + 8; ++k)
        if (w.words[k] == "for" || w.words[k] == "critics" || w.words[k] == "lawmakers" ||
            w.words[k] == "opposition")
          return true;
    }
  }
  // "the first shot in a trade war", "the opening salvo of a price war": a war of business.
  for (uint32_t k = h.end; k + 1 < s.end_token && k < h.end + 5; ++k) {
    const std::string_view x = w.words[k];
    if (w.words[k + 1] == "war" && (x == "trade" || x == "price" || x == "tariff" || x == "currency" ||
                                    x == "bidding" || x == "takeover" || x == "fare" || x == "ratings"))
      return true;
  }
  // "had a greater shot at picking up traffic", "a shot in the arm": the noun for a chance or
  // a boost.
  if (w.words[h.tok] == "shot" && h.end == h.tok + 1 && h.end + 1 < s.end_token && h.tok > s.first_token &&
      (w.cue(h.tok - 1, Cue::determiner) ||
       (h.tok > s.first_token + 1 && w.cue(h.tok - 2, Cue::determiner)))) {
    const std::string_view next = w.words[h.end], after = w.words[h.end + 1];
    if ((next == "at" && after.size() > 4 && after.ends_with("ing")) ||
        (next == "in" && h.end + 2 < s.end_token && w.words[h.end + 2] == "arm"))
      return true;
  }
  // "an explosion of Euroyen bond activity", "a blast of cold air": the noun for the blast itself
  // (not "bombing of a bus station", whose "of" is the target) with an "of" phrase that names no
  // weapon is figurative, or an accident, not a bombing.
  const std::string_view head = w.words[h.end - 1];
  const bool blast_noun = head == "explosion" || head == "explosions" || head == "blast" || head == "blasts";
  if (h.entry->kind == TriggerKind::noun && blast_noun && h.end + 1 < s.end_token && w.words[h.end] == "of") {
    bool weapon = false;
    for (uint32_t q = h.end + 1; q < s.end_token && q < h.end + 6 && !weapon; ++q)
      weapon = w.has(q, LexClass::weapon);
    if (!weapon) return true;
  }
  // "the quake struck", "floods killed 12": a natural cause as the subject (an adverb may come
  // between); "the deadly disease attack crops": or right before a noun trigger.
  if (h.entry->kind == TriggerKind::noun && h.tok > s.first_token && natural_at(w, s, h.tok - 1)) return true;
  // "300 people died in the earthquake", "were killed when a storm ...", "missing due to the
  // floods": a casualty word whose cause, told after it, is a natural one (not a fire, which
  // attackers set, nor an accident, which other rules weigh).
  if (h.entry->kind == TriggerKind::weak)
    for (uint32_t k = h.end; k + 1 < s.end_token && k < h.end + 10; ++k) {
      const std::string_view x = w.words[k];
      if (x != "in" && x != "by" && x != "from" && x != "to" && x != "of" && x != "when" && x != "after")
        continue;
      uint32_t c = k + 1;
      while (c + 1 < s.end_token && c < k + 3 && (w.cue(c, Cue::determiner) || w.words[c] == "massive")) ++c;
      const std::string_view n = w.words[c];
      if (natural_at(w, s, c) && n != "fire" && n != "fires" && n != "blaze" && n != "accident" &&
          n != "accidents")
        return true;
    }
  if (h.entry->kind != TriggerKind::noun && !h.passive) {
    uint32_t b = h.tok;
    while (b > s.first_token && w.words[b - 1].ends_with("ly")) --b;
    if (b > s.first_token && natural_at(w, s, b - 1)) return true;
    // "the earthquake which struck", "a quake, that hit": over a relative pronoun.
    if (b > s.first_token + 1 && w.cue(b - 1, Cue::relative)) {
      uint32_t r = b - 1;
      if (r > s.first_token + 1 && w.words[r - 1] == ",") --r;
      if (natural_at(w, s, r - 1)) return true;
    }
    // "the agreement struck between the traders": a participle after its figurative noun.
    if (b > s.first_token && w.cue(b - 1, Cue::figurative_object)) return true;
    // "a car ferry struck a pier", "the bus hit a wall": a vehicle colliding, an accident.
    if (w.cue(h.tok, Cue::collision_verb) && b > s.first_token && w.cue(b - 1, Cue::vehicle)) return true;
    // "Shares of ChemLawn shot up 11-5/8", "the dollar hit a new low": a market moving. The
    // subject is the noun phrase right before the verb, with an "of" phrase.
    for (uint32_t k = b, n = 0; k-- > s.first_token && n < 8; ++n) {
      if (w.cue(k, Cue::relative) || w.cue(k, Cue::clause_break)) break;
      if (w.cue(k, Cue::market_subject)) return true;
      if (!(w.np_word(k) || w.words[k] == "of" || w.cue(k, Cue::determiner) || w.words[k] == "'s")) break;
    }
    // "the guild struck the networks", "its members have struck": a labour strike.
    if (w.words[h.tok] == "struck") {
      while (b > s.first_token && w.cue(b - 1, Cue::be)) --b;
      if (b > s.first_token &&
          (w.words[b - 1] == "have" || w.words[b - 1] == "has" || w.words[b - 1] == "had"))
        --b;
      if (b > s.first_token && w.cue(b - 1, Cue::labor_subject)) return true;
    }
  }
  if (h.passive) {
    // "a deal was struck", "accords can be struck", "an agreement for Mexico was struck": the
    // subject before the be-verb (and any auxiliaries), with an "of" / "for" phrase.
    for (uint32_t b = h.tok; b-- > s.first_token && b + 4 >= h.tok;) {
      if (!w.cue(b, Cue::be)) continue;
      uint32_t k = b;
      // ... over "is expected to", "is likely to", "are due to" ("the agreement is expected to be
      // executed by May 15").
      auto raising = [&](uint32_t i) {
        const std::string_view x = w.words[i];
        return x == "to" || x == "expected" || x == "likely" || x == "due" || x == "scheduled" ||
               x == "going";
      };
      while (k > s.first_token && (w.cue(k - 1, Cue::be) || w.cue(k - 1, Cue::auxiliary) || raising(k - 1)))
        --k;
      for (uint32_t n = 0; k-- > s.first_token && n < 6; ++n) {
        if (w.cue(k, Cue::relative) || w.cue(k, Cue::clause_break)) break;  // "a report says that X was shot"
        if (w.cue(k, Cue::figurative_object)) return true;
        if (!(w.np_word(k) || w.words[k] == "of" || w.words[k] == "for" || w.cue(k, Cue::determiner))) break;
      }
      break;
    }
    // "Ecuador, which was struck recently by an earthquake": a natural cause as the agent.
    for (uint32_t k = h.end, n = 0; k < s.end_token && n < 5; ++k, ++n) {
      if (w.words[k] != "by") continue;
      for (uint32_t a = k + 1; a < s.end_token && a < k + 4; ++a) {
        if (natural_at(w, s, a)) return true;
        if (!(w.cue(a, Cue::determiner) || w.np_word(a))) break;
      }
      break;
    }
  }
  return false;
}

std::pair<uint32_t, uint32_t> since_span(const Work& w, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (w.words[i] != "since") continue;
    uint32_t verb = kNone;
    for (uint32_t k = i + 1; k < s.end_token && k < i + 11 && verb == kNone; ++k) {
      const std::string_view x = w.words[k];
      if (x == "," || (w.cue(k, Cue::clause_break) && x != "\"")) break;
      if (w.has(k, LexClass::verb) || (x.size() > 4 && x.ends_with("ed") && !w.np_word(k))) verb = k;
    }
    if (verb == kNone) continue;
    uint32_t to = verb + 1;
    while (to < s.end_token) {
      const std::string_view x = w.words[to];
      if (x == "," && to + 1 < s.end_token && w.words[to + 1].ends_with("ing") &&
          (w.has(to + 1, LexClass::kill) || w.has(to + 1, LexClass::injure))) {
        to += 2;
        continue;
      }
      if (x == "," || x == ";" || x == ":" || (w.cue(to, Cue::clause_break) && x != "\"")) break;
      ++to;
    }
    return {i, to};
  }
  return {kNone, kNone};
}

bool the_attackers_before(const Work& w, const Sentence& s, uint32_t tok) {
  uint32_t k = s.first_token;
  if (k >= tok || w.words[k] != "the") return false;
  for (++k; k < tok && k < s.first_token + 4; ++k) {
    if (const LexEntry* e = w.longest(k, LexClass::perp); e && e->value != "head") return true;
    if (!w.np_word(k)) return false;
  }
  return false;
}

bool told_as_cause(const Work& w, const Sentence& s, uint32_t tok) {
  for (uint32_t b = tok, n = 0; b-- > s.first_token && n < 5; ++n) {
    const std::string_view x = w.words[b];
    if (x == "avenge" || x == "avenging") return true;
    if ((x == "for" || x == "to") && b > s.first_token) {
      const std::string_view p = w.words[b - 1];
      return p == "retaliation" || p == "revenge" || p == "reprisal" || p == "reprisals" ||
             (x == "to" && p == "response");
    }
    if (!(w.np_word(b) || w.cue(b, Cue::determiner) || x == "'s")) break;
  }
  return false;
}

bool background_cue(const Work& w, const Sentence& s, uint32_t tok) {
  for (uint32_t i = s.first_token; i < s.end_token; ++i)
    if (w.has(i, LexClass::background)) return true;
  if (told_as_cause(w, s, tok)) return true;
  uint32_t lo = tok > s.first_token + 3 ? tok - 3 : s.first_token;
  for (uint32_t i = lo; i < tok; ++i)
    if (w.cue(i, Cue::earlier)) return true;
  for (uint32_t i = s.first_token; i < s.end_token; ++i)
    if (w.cue(i, Cue::repeat)) return true;
  // "who was shot dead by unidentified gunmen earlier in the day": told as before the news.
  for (uint32_t i = tok + 1; i < s.end_token && i < tok + 8 && !w.cue(i, Cue::clause_break); ++i)
    if (w.words[i] == "earlier" && i + 1 < s.end_token &&
        (w.words[i + 1] == "in" || w.words[i + 1] == "on" || w.words[i + 1] == "that" ||
         w.words[i + 1] == "this" || w.words[i + 1] == "today" || w.words[i + 1] == "," ||
         w.words[i + 1] == "."))
      return true;
  // A trigger inside a "since" clause is the past it recalls ("France has been on high alert
  // since the group launched a series of attacks across Paris"), unless the trigger is definite
  // in its own phrase: "since the August 17 blast at the shrine killed 20" is the news itself.
  // "the first such death since 2017, when a general was killed": the time "since" names, and
  // what happened then.
  for (uint32_t i = s.first_token; i + 3 < tok; ++i)
    if (w.words[i] == "since")
      for (uint32_t k = i + 2; k + 1 < tok && k < i + 6; ++k)
        if (w.words[k] == "," && w.words[k + 1] == "when") return true;
  if (auto [from, to] = since_span(w, s); from != kNone && tok > from && tok < to) {
    for (uint32_t b = tok; b-- > from + 1;) {
      if (w.cue(b, Cue::determiner) && w.words[b] != "a" && w.words[b] != "an") return false;
      if (w.words[b] == "'s") return false;
      if (!w.np_word(b)) break;
    }
    return true;
  }
  return false;
}

bool claims_an_attack(const Work& w, const Sentence& s, uint32_t i) {
  if (!w.cue(i, Cue::claim_verb)) return false;
  for (uint32_t k = i + 1; k < s.end_token && k <= i + 4; ++k) {
    if (const LexEntry* t = w.longest(k, LexClass::trigger)) return t->kind != TriggerKind::weak;
    if (!(w.cue(k, Cue::claim_object) || w.doc.tokens[k].has(kTokCapitalized))) return false;
  }
  return false;
}

int toll_subject(const Work& w, const Sentence& s, uint32_t verb) {
  for (uint32_t i = verb; i-- > s.first_token && i + 25 >= verb;) {
    std::string_view x = w.words[i];
    if (w.doc.tokens[i].has(kTokNumber) || x == ";" || x == "said") return 0;
    if (x == "toll" || x == "tally") {
      // "the injury toll" is rare; "toll of wounded" too: a toll is of the dead.
      return 1;
    }
    if (x == "number" && i + 2 < verb && w.words[i + 1] == "of") {
      for (uint32_t k = i + 2; k < verb && k < i + 6; ++k) {
        if (const LexEntry* e = w.longest(k, LexClass::kill); e) return 1;
        if (w.words[k] == "dead" || w.words[k] == "deaths" || w.words[k] == "fatalities") return 1;
        if (const LexEntry* e = w.longest(k, LexClass::injure); e) return 2;
      }
      return 0;
    }
  }
  return 0;
}

bool indefinite_noun_trigger(const Work& w, const Sentence& s, uint32_t tok) {
  const LexEntry* t = w.longest(tok, LexClass::trigger);
  if (!t || t->kind != TriggerKind::noun) return false;
  uint32_t b = tok;
  while (b > s.first_token && b + 4 > tok && w.np_word(b - 1) && !w.cue(b - 1, Cue::determiner)) --b;
  return b > s.first_token && (w.words[b - 1] == "a" || w.words[b - 1] == "an");
}

bool same_clause_after(const Work& w, uint32_t tok, uint32_t to) {
  if (to <= tok || to - tok > 30) return false;
  uint32_t from = tok + 1;  // after the trigger's own words ("suicide bombing")
  if (const LexEntry* t = w.longest(tok, LexClass::trigger)) from = tok + t->length;
  const bool noun =
      w.longest(tok, LexClass::trigger) && w.longest(tok, LexClass::trigger)->kind == TriggerKind::noun;
  uint32_t rel_verb = kNone;
  for (uint32_t k = from; k < to; ++k) {
    // "a car bombing that killed 30 people at a market on Monday", "the attack, which killed ...":
    // the relative clause right after a noun trigger tells of that attack.
    if (noun && k == from &&
        (w.cue(k, Cue::relative) || (w.words[k] == "," && k + 1 < to && w.cue(k + 1, Cue::relative)))) {
      if (w.words[k] == ",") ++k;
      rel_verb = k + 1;  // "the attack that struck a mosque": its verb is the attack's own
      continue;
    }
    if (k == rel_verb) continue;
    // "after" / "before" / "since" before a time is a preposition ("exploded shortly after
    // midnight on Sunday"), no clause of its own.
    if (w.cue(k, Cue::clause_break) &&
        !(k + 1 == to && (w.words[k] == "after" || w.words[k] == "before" || w.words[k] == "since"))) {
      // "kidnapped 79 pupils, the principal and a driver from a school", "killed a chief and two of
      // his guards": "and" joining noun phrases opens no clause.
      if (w.words[k] == "and" && k + 1 < to &&
          (w.cue(k + 1, Cue::determiner) || w.doc.tokens[k + 1].has(kTokNumber) ||
           (w.number_at(k + 1) && k + 2 < to &&
            (w.words[k + 2] == "of" || w.words[k + 2] == "others" || w.has(k + 2, LexClass::human)))) &&
          !w.has(k + 1, LexClass::trigger))
        continue;
      // "attacked a team of the Central Reserve Police Force and state police on Saturday": nor
      // does "and" before a noun of people or of a target, bare or after one modifier.
      auto people = [&](uint32_t i) {
        return w.has(i, LexClass::human) || w.has(i, LexClass::target) || w.has(i, LexClass::group) ||
               w.has(i, LexClass::perp);
      };
      if (w.words[k] == "and" && k + 1 < to && !w.has(k + 1, LexClass::trigger) &&
          !w.has(k + 1, LexClass::kill) && !w.has(k + 1, LexClass::injure) &&
          (people(k + 1) || (k + 2 < to && people(k + 2) && !w.has(k + 2, LexClass::trigger))))
        continue;
      if (and_casualty_verb(w, k, to)) continue;
      return false;
    }
    // The verb right after a noun trigger is its own ("a suicide bomber attacked a mosque").
    if (k == from && noun) continue;
    if (w.has(k, LexClass::trigger) && w.longest(k, LexClass::trigger)->kind != TriggerKind::weak)
      return false;
  }
  return true;
}

bool reduced_passive(const Work& w, const Sentence& s, const Hit& h) {
  if (h.entry->kind != TriggerKind::verb ||
      (h.entry->type != EventType::kidnapping && h.entry->type != EventType::hostage_taking) ||
      h.tok <= s.first_token || h.end + 1 >= s.end_token || w.words[h.end] != "by" ||
      !w.words[h.end - 1].ends_with("ed"))
    return false;
  const uint32_t before = h.tok - 1;
  if (!(w.np_word(before) || w.mention_at[before] >= 0) || w.cue(before, Cue::determiner)) return false;
  uint32_t a = h.end + 1;
  if (w.cue(a, Cue::determiner)) ++a;
  if (a >= s.end_token || in_timex(w, a, a + 1) || w.has(a, LexClass::weapon)) return false;
  return w.np_word(a) || w.mention_at[a] >= 0;
}

bool passive_at(const Work& w, const Sentence& s, uint32_t k) {
  for (uint32_t b = k; b-- > s.first_token && b + 3 >= k;) {
    if (w.cue(b, Cue::be)) return true;
    const std::string_view x = w.words[b];
    if (!x.ends_with("ly") && x != "also" && x != "later" && x != "then" && x != "soon") return false;
  }
  return false;
}

bool speaks(const Work& w, uint32_t end) {
  if (end >= w.words.size()) return false;
  if (w.cue(end, Cue::report_verb)) return true;
  if (w.words[end] != "and" && w.words[end] != "or") return false;
  uint32_t k = end + 1;
  while (k < w.words.size() && k < end + 5 && (w.cue(k, Cue::determiner) || w.np_word(k))) ++k;
  return k > end + 1 && k < w.words.size() && w.cue(k, Cue::report_verb);
}

const LexEntry* explosive_attacked_with(const Work& w, const Sentence& s, uint32_t verb) {
  uint32_t k = verb + 1;
  while (k < s.end_token && k < verb + 9 && w.words[k] != "with" && !w.cue(k, Cue::clause_break)) ++k;
  if (k >= s.end_token || w.words[k] != "with") return nullptr;
  const LexEntry* found = nullptr;
  for (uint32_t j = k + 1; j < s.end_token && j < k + 10; ++j) {
    if (w.cue(j, Cue::clause_break) && w.words[j] != "and") break;
    if (const LexEntry* we = w.longest(j, LexClass::weapon)) {
      // Rockets and mortars fired at a place make an attack (MUC-4 codes "attacked the
      // headquarters with rockets" so); bombs, grenades and drones laden with explosives do not.
      const std::string_view y = w.words[j + we->length - 1];
      if (we->value != "explosives" || y.starts_with("rocket") || y.starts_with("mortar") ||
          y.starts_with("missile") || y.starts_with("shell"))
        return nullptr;
      found = we;
      j += we->length - 1;
    }
  }
  return found;
}

bool fire_verb(std::string_view x) {
  return x == "fired" || x == "firing" || x == "fires" || x == "launched" || x == "lobbed";
}

bool own_attack_after(const Work& w, const Sentence& s, uint32_t say) {
  // "Islamic State said the man who drove a truck into the crowd was one of its soldiers": the
  // claim in the words of a group that calls its attackers soldiers.
  for (uint32_t k = say + 1; k + 3 < s.end_token && k < say + 30; ++k)
    if (w.cue(k, Cue::be) && w.words[k + 1] == "one" && w.words[k + 2] == "of" &&
        (w.words[k + 3] == "its" || w.words[k + 3] == "their") && k + 4 < s.end_token &&
        (w.words[k + 4] == "soldiers" || w.words[k + 4] == "soldier"))
      return true;
  // "Taliban spokesman X said the attack was revenge for a military offensive": a group giving
  // its reason for the attack owns it.
  for (uint32_t k = say + 1; k + 3 < s.end_token && k < say + 8; ++k) {
    if (!(w.has(k, LexClass::trigger) || w.words[k] == "it")) continue;
    uint32_t b = k + (w.has(k, LexClass::trigger) ? w.longest(k, LexClass::trigger)->length : 1);
    if (b + 1 >= s.end_token || !w.cue(b, Cue::be)) continue;
    ++b;
    if (w.cue(b, Cue::determiner) || w.words[b] == "in") ++b;
    // (Not "a response", which a group praising another's attack says too, nor after a denial:
    // "denied involvement but said the attack was revenge for raids".)
    bool denied = false;
    for (uint32_t j = s.first_token; j < say && !denied; ++j)
      denied = w.has(j, LexClass::negation) || w.cue(j, Cue::stance);
    if (b < s.end_token && !denied && (w.words[b] == "revenge" || w.words[b] == "retaliation")) return true;
  }
  for (uint32_t k = say + 1; k + 2 < s.end_token && k < say + 14; ++k) {
    uint32_t v = kNone;
    // "our fighters", and "the rebels", "the mujahideen": the words a group's statement uses for
    // its own people.
    const bool own = w.words[k] == "the" && w.cue(k + 1, Cue::own_members);
    const bool members = w.words[k] == "its" || w.words[k] == "their" || w.words[k] == "our" || own ||
                         (w.words[k] == "the" && k + 2 < s.end_token && w.words[k + 2] == "'s");
    // "the group's fighters" speaks of its members as "its fighters" does.
    const bool groups = w.words[k] == "the" && k + 3 < s.end_token && w.word_is(k + 1, LexClass::group) &&
                        w.words[k + 2] == "'s";
    if ((w.words[k] == "its" || w.words[k] == "their" || w.words[k] == "our") &&
        (w.has(k + 1, LexClass::member) || w.has(k + 1, LexClass::perp)))
      v = k + 2;
    else if (own)
      v = k + 2;
    else if (groups && (w.has(k + 3, LexClass::member) || w.has(k + 3, LexClass::perp)))
      v = k + 4;
    else if (w.words[k] == "it" || w.words[k] == "they")
      v = k + 1;
    else if (w.words[k] == "the" && w.word_is(k + 1, LexClass::group))
      v = k + 2;
    if (v == kNone) continue;
    for (uint32_t end = std::min(s.end_token, v + 5); v < end; ++v) {
      if (w.has(v, LexClass::negation)) return false;
      const std::string_view x = w.words[v];
      // "was behind", "were responsible for": a claim in words of being.
      if (w.cue(v, Cue::be)) {
        if (v + 1 < s.end_token && (w.words[v + 1] == "behind" || w.words[v + 1] == "responsible"))
          return true;
        return false;
      }
      if ((w.has(v, LexClass::kill) && w.longest(v, LexClass::kill)->value == "verb") ||
          (w.has(v, LexClass::trigger) &&
           (members ? w.longest(v, LexClass::trigger)->kind != TriggerKind::weak
                    : w.longest(v, LexClass::trigger)->kind == TriggerKind::verb)) ||
          (x == "carried" && v + 1 < s.end_token && w.words[v + 1] == "out") || x == "staged" ||
          // "said it had fired drones and missiles at": a weapon fired (the weapon pass's trigger).
          (fire_verb(x) && v + 1 < s.end_token &&
           (w.has(v + 1, LexClass::weapon) || (v + 2 < s.end_token && w.has(v + 2, LexClass::weapon)))) ||
          (members && x == "part" && w.words[v - 1] == "taken") ||
          // "its fighters had captured the compound", "overran the base", "had targeted the patrol".
          (members &&
           (x == "captured" || x == "seized" || x == "overran" || x == "overrun" || x == "targeted")))
        return true;
      // "said it had worked with the Islamic State to carry out the raid", "had joined forces with
      // X in the attack": a share of the attack, with a partner named.
      if (x == "worked" || x == "cooperated" || x == "collaborated" || x == "teamed" || x == "joined" ||
          x == "partnered" || x == "coordinated") {
        for (uint32_t j = v + 1; j + 1 < s.end_token && j < v + 12; ++j) {
          if (w.has(j, LexClass::negation) || w.cue(j, Cue::clause_break)) break;
          const bool carry = (w.words[j] == "carry" || w.words[j] == "carried") && w.words[j + 1] == "out";
          const bool act = w.words[j - 1] == "to" && w.has(j, LexClass::trigger) &&
                           w.longest(j, LexClass::trigger)->kind == TriggerKind::verb;
          const bool in_attack = (w.words[j - 1] == "in" || w.words[j - 1] == "on") &&
                                 w.cue(j, Cue::determiner) && w.has(j + 1, LexClass::trigger);
          if (carry || act || in_attack) return true;
        }
        return false;
      }
    }
  }
  return false;
}

bool repeated(const Work& w, const Sentence& s, const Hit& h) {
  // "shot repeatedly at the facilities", "stabbed him several times": the blows of one attack.
  if (h.entry->weapon == "firearms" || h.entry->weapon == "melee") return false;
  if (h.tok > s.first_token && w.words[h.tok - 1] == "repeatedly") return true;
  for (uint32_t k = h.end; k < s.end_token && k < h.end + 8; ++k) {
    const std::string_view x = w.words[k];
    if (x == "repeatedly") return true;
    if (x == "times" && k > h.end) {
      const std::string_view p = w.words[k - 1];
      // "three times", "dozens of times", "several times", "many times" (not "at times").
      if (p == "of" || p == "several" || p == "many" || p == "numerous" || p == "multiple" ||
          w.doc.tokens[k - 1].has(kTokNumber) || parse_cardinal(p).value_or(0) > 1)
        return true;
    }
    if (w.cue(k, Cue::clause_break)) break;
  }
  return false;
}

bool attacks_summed_up(const Work& w, const Sentence& s, const Hit& h) {
  if (h.entry->kind != TriggerKind::noun || !w.words[h.end - 1].ends_with("s")) return false;
  // Back over modifiers ("suicide attacks", "deadly attacks"); a determiner, a figure or a
  // possessive makes them particular ("the attacks", "two attacks", "its attacks").
  uint32_t b = h.tok;
  while (b > s.first_token && b + 2 > h.tok && w.np_word(b - 1) && !w.cue(b - 1, Cue::determiner) &&
         !w.number_at(b - 1) && w.words[b - 1] != "'s")
    --b;
  if (b == s.first_token) return false;
  const std::string_view before = w.words[b - 1];
  if (w.cue(b - 1, Cue::determiner) || w.number_at(b - 1) || before == "'s" || before == "its" ||
      before == "their" || w.cue(b - 1, Cue::quantifier))
    return false;
  // "has carried out dozens of similar attacks ... since 2013": attacks counted by the dozen (not
  // "seized hundreds of hostages", the people of one).
  if (before == "of" && b >= s.first_token + 2 && h.entry->type != EventType::hostage_taking &&
      h.entry->type != EventType::kidnapping) {
    const std::string_view n = w.words[b - 2];
    if (n == "dozens" || n == "scores" || n == "hundreds" || n == "thousands") return true;
  }
  const uint32_t a = h.end;
  const bool across = a < s.end_token && (w.words[a] == "across" || w.words[a] == "throughout");
  // "has conducted attacks", "have launched attacks": a perfect with the verb right before.
  const bool perfect = b >= s.first_token + 2 && (w.words[b - 2] == "has" || w.words[b - 2] == "have") &&
                       w.words[b - 1].ends_with("ed");
  if (!across && !perfect) return false;
  // A day or a figure tells particular attacks ("carried out coordinated attacks across the city
  // on Sunday, killing 20").
  for (const auto& t : w.doc.timexes)
    if (s.span.contains(t.span.start)) return false;
  for (uint32_t k = h.end; k < s.end_token; ++k)
    if (w.number_at(k)) return false;
  return true;
}

bool attacks_counted_over_time(const Work& w, const Sentence& s, const Hit& h) {
  if (h.entry->kind != TriggerKind::noun || !w.words[h.end - 1].ends_with("s")) return false;
  // (Not "the number of attacks has fallen": WikiEvents annotates that as an attack with a place.)
  if (h.tok >= s.first_token + 2 && w.words[h.tok - 1] == "of" && w.words[h.tok - 2] == "number")
    return false;
  // As the subject: the trend verb after the noun and its modifiers ("attacks on civilians in the
  // north rose"), before any other verb.
  for (uint32_t k = h.end; k < s.end_token && k < h.end + 8; ++k) {
    const std::string_view x = w.words[k];
    if (w.cue(k, Cue::trend_verb)) return true;
    if (!(w.np_word(k) || w.cue(k, Cue::determiner) || w.cue(k, Cue::locative_prep) ||
          w.cue(k, Cue::patient_prep) || x == "of" || x == "have" || x == "has" || x == "had"))
      break;
  }
  // As the object of a tally, over a figure and modifiers ("recorded 1,580 attacks", "documented
  // more than 300 deadly attacks"). Not blasts heard or seen ("Residents recorded two explosions"),
  // nor a small figure with no span of time told ("recorded three attacks on Monday").
  if (blast_sense(w.words[h.tok])) return false;
  int64_t figure = -1;
  for (uint32_t k = h.tok, n = 0; k-- > s.first_token && n < 5; ++n) {
    if (w.cue(k, Cue::tally_verb)) {
      if (figure < 0 || figure >= 20) return true;
      for (uint32_t j = s.first_token; j + 1 < s.end_token; ++j) {
        const std::string_view x = w.words[j], y = w.words[j + 1];
        if (x == "since" || (x == "so" && y == "far") || ((x == "this" || x == "last") && y == "year") ||
            x == "recent" || (x == "past" && (y == "year" || y == "years" || y == "months" || y == "decade")))
          return true;
      }
      return false;
    }
    if (w.number_at(k) && figure < 0) {
      const auto v = parse_cardinal(w.words[k]);
      figure = v ? static_cast<int64_t>(*v) : 1000;  // (digits: "1,580")
    }
    if (!(w.np_word(k) || w.number_at(k) || w.cue(k, Cue::quantifier))) break;
  }
  return false;
}

bool vehicle_seized_by_attackers(const Work& w, const Sentence& s, const Hit& h) {
  if (h.passive) return false;
  // The object's head ("a chemical tanker"; not "a bus driver").
  bool vehicle = false;
  for (uint32_t k = h.end, n = 0; k < s.end_token && n < 5 && !vehicle; ++k, ++n) {
    vehicle = w.cue(k, Cue::vehicle) && !(k + 1 < s.end_token && w.has(k + 1, LexClass::human));
    if (!(vehicle || w.cue(k, Cue::determiner) || w.number_at(k) || w.np_word(k))) break;
  }
  if (!vehicle) return false;
  // The subject, over "boarded and", adverbs and modifiers, within its clause: attackers by their
  // word or a group.
  for (uint32_t k = h.tok, n = 0; k-- > s.first_token && n < 6; ++n) {
    if (const LexEntry* p = w.longest(k, LexClass::perp); p && p->value != "head") return true;
    const int m = w.mention_at[k];
    if (m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP) return true;
    if (!w.is_word(k) || (w.cue(k, Cue::clause_break) && w.words[k] != "and")) break;
  }
  return false;
}

bool characterised_as(const Work& w, const Sentence& s, const Hit& h) {
  // (Only of an attack told before: "described the incident as murder" with none told names one.)
  if (h.entry->kind != TriggerKind::noun || w.main_event < 0) return false;
  // Back over the noun's modifiers, quotes and its "a" ("\"a cowardly terrorist attack\""); not
  // over another noun phrase ("condemned as a war crime an attack on a hospital": that attack is
  // the object, told here).
  uint32_t b = h.tok;
  for (int n = 0; n < 6 && b > s.first_token; ++n) {
    const std::string_view x = w.words[b - 1];
    if (x == "a" || x == "an") {
      --b;
      while (b > s.first_token && w.doc.tokens[b - 1].has(kTokQuote)) --b;
      break;
    }
    if (!(w.np_word(b - 1) || w.doc.tokens[b - 1].has(kTokQuote))) break;
    --b;
  }
  if (b == h.tok || b <= s.first_token + 1) return false;
  auto naming = [](std::string_view v) {
    return v == "called" || v == "calling" || v == "calls" || v == "termed" || v == "branded" ||
           v == "labelled" || v == "labeled" || v == "dubbed";
  };
  auto judging = [&](std::string_view v) {
    return naming(v) || v == "described" || v == "describing" || v == "describes" || v == "condemned" ||
           v == "condemning" || v == "condemns" || v == "denounced" || v == "denouncing" ||
           v == "characterised" || v == "characterized" || v == "decried" || v == "decrying";
  };
  // Does a stretch tell an event of its own: a place, a date or a figure ("the bombing of a police
  // station in Yola that killed 12")? What refers back ("the killings", "it") tells none.
  auto own = [&](uint32_t from, uint32_t to) {
    for (uint32_t k = from; k < to; ++k) {
      if (w.number_at(k)) return true;
      if (const int m = w.mention_at[k]; m >= 0) {
        const MentionType t = w.doc.mentions[static_cast<size_t>(m)].type;
        if (t == MentionType::GPE || t == MentionType::LOC) return true;
      }
      for (const auto& t : w.doc.timexes)
        if (w.doc.tokens[k].span.start >= t.span.start && w.doc.tokens[k].span.end <= t.span.end) return true;
    }
    return false;
  };
  // "called it a ...": a pronoun between the verb and its complement.
  const std::string_view p = w.words[b - 1];
  if ((p == "it" || p == "this" || p == "them") && naming(w.words[b - 2])) return true;
  // "described the killings as an attack on ...": "as" up to five tokens after the verb.
  if (p != "as") return false;
  for (uint32_t k = b - 1, n = 0; k-- > s.first_token && n < 5; ++n) {
    if (!judging(w.words[k])) continue;
    // The object between the verb and "as" refers back unless it tells its own place or toll.
    if (k + 1 < b - 1) return !own(k + 1, b - 1);
    // "in what officials described as an attack", "which police called a revenge attack": the
    // sentence's own event, or one told before.
    for (uint32_t j = k; j-- > s.first_token && j + 3 > k;)
      if (w.words[j] == "what" || w.words[j] == "which") return true;
    // "officials described as a terrorist attack the bombing of a police station in Yola that
    // killed 12": the object follows, with a place or toll of its own, told here.
    uint32_t end = h.end;
    while (end < s.end_token && w.words[end] != ",") ++end;
    return !own(h.end, end);
  }
  return false;
}

bool victims_summed_up(const Work& w, const Sentence& s, const Hit& h) {
  if (h.entry->kind != TriggerKind::verb || h.tok <= s.first_token) return false;
  uint32_t b = h.tok - 1;
  if ((w.words[b] == "also" || w.words[b] == "already") && b > s.first_token) --b;
  if (w.words[b] != "has" && w.words[b] != "have") return false;
  if (h.end >= s.end_token) return false;
  const std::string_view n = w.words[h.end];
  if (!(n == "hundreds" || n == "thousands" || n == "dozens" || n == "scores" || n == "many" ||
        n == "numerous" || n == "countless"))
    return false;
  // ... over a span of time told ("this year", "since 2020", "so far", "in recent months"); "Gunmen
  // have abducted scores of worshippers from a church, police said on Sunday" is the news.
  for (uint32_t k = s.first_token; k + 1 < s.end_token; ++k) {
    const std::string_view x = w.words[k], y = w.words[k + 1];
    if (x == "since" || (x == "so" && y == "far") || ((x == "this" || x == "last") && y == "year") ||
        x == "recent" || (x == "past" && (y == "year" || y == "years" || y == "months" || y == "decade")))
      return true;
  }
  return false;
}

bool stance_between(const Work& w, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k) {
    if (w.has(k, LexClass::negation) || w.cue(k, Cue::stance)) return true;
  }
  return false;
}

bool dated_or_counted(const Work& w, const Sentence& s) {
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    if (w.has(k, LexClass::kill) || w.has(k, LexClass::injure)) return true;
  for (const auto& t : w.doc.timexes)
    if (t.span.start >= s.span.start && t.span.end <= s.span.end) return true;
  return false;
}

const LexEntry* weapon_agent(const Work& w, const Sentence& s, const Hit& h, uint32_t* at) {
  // Only casualty and damage words ("killed", "damaged": "a bomb damaged a police station").
  if (h.entry->type != EventType::other && h.entry->type != EventType::facility_attack) return nullptr;
  // "the device detonated accidentally": an accident.
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    if (w.cue(k, Cue::accident)) return nullptr;
  // A weapon word naming a vehicle's load is no weapon: "a gasoline tanker overturned"; nor is one
  // that opens a site's name: "a blast at a petrol station killed five".
  auto weapon_at = [&](uint32_t k) -> const LexEntry* {
    const LexEntry* we = w.longest(k, LexClass::weapon);
    if (we && k + we->length < s.end_token && w.cue(k + we->length, Cue::vehicle)) return nullptr;
    if (const LexEntry* site = w.longest(k, LexClass::target); we && site && site->length > we->length)
      return nullptr;
    return we;
  };
  for (uint32_t k = h.end; k < s.end_token && k < h.end + 8; ++k) {
    if (const LexEntry* we = weapon_at(k)) {
      if (at) *at = k;
      return we;
    }
    // "died after police fired live bullets": the weapon has a holder, who is the agent.
    if (w.has(k, LexClass::human) || w.mention_at[k] >= 0) break;
    const std::string_view x = w.words[k];
    if (w.cue(k, Cue::clause_break) && x != "when" && x != "after" && x != "as") break;
  }
  if (h.passive) return nullptr;
  for (uint32_t k = h.tok; k-- > s.first_token && k + 8 > h.tok;) {
    if (w.cue(k, Cue::clause_break)) break;
    if (const LexEntry* we = weapon_at(k); we && k + we->length <= h.tok) {
      if (at) *at = k;
      return we;
    }
  }
  return nullptr;
}

const LexEntry* made_trigger(EventType type, TriggerKind kind) {
  static const std::vector<LexEntry> all = [] {
    std::vector<LexEntry> v;
    for (int t = 0; t <= static_cast<int>(EventType::other); ++t)
      for (TriggerKind k : {TriggerKind::verb, TriggerKind::noun, TriggerKind::weak}) {
        LexEntry e;
        e.cls = LexClass::trigger;
        e.type = static_cast<EventType>(t);
        e.kind = k;
        v.push_back(e);
      }
    return v;
  }();
  for (const LexEntry& e : all)
    if (e.type == type && e.kind == kind) return &e;
  return nullptr;
}

const LexEntry* trigger_of_weapon(std::string_view cls) {
  auto make = [](EventType type, const char* cls) {
    LexEntry e;
    e.cls = LexClass::trigger;
    e.type = type;
    e.kind = TriggerKind::verb;
    e.weapon = cls;
    return e;
  };
  static const LexEntry kBombing = make(EventType::bombing, "explosives");
  static const LexEntry kArson = make(EventType::facility_attack, "incendiary");
  static const LexEntry kFirearms = make(EventType::armed_assault, "firearms");
  static const LexEntry kMelee = make(EventType::armed_assault, "melee");
  static const LexEntry kOther = make(EventType::armed_assault, "other");
  if (cls == "explosives") return &kBombing;
  if (cls == "incendiary") return &kArson;
  if (cls == "firearms") return &kFirearms;
  if (cls == "melee") return &kMelee;
  return &kOther;
}

const LexEntry* weapon_trigger(const LexEntry& weapon) { return trigger_of_weapon(weapon.value); }

uint32_t verb_start(const Work& w, const Sentence& s, uint32_t k) {
  uint32_t v = k;
  while (v > s.first_token && v + 2 > k && (w.words[v - 1].ends_with("ly") || w.cue(v - 1, Cue::auxiliary)))
    --v;
  return v;
}

uint32_t ram_into(const Work& w, const Sentence& s, uint32_t k) {
  if (!w.cue(k, Cue::ram_verb)) return kNone;
  uint32_t p = k + 1;
  auto prep = [&](uint32_t j) {
    return w.words[j] == "into" || w.words[j] == "through" || w.words[j] == "onto";
  };
  while (p < s.end_token && p < k + 7 && !prep(p) && (w.np_word(p) || w.cue(p, Cue::determiner))) ++p;
  // "A suicide car bomber rammed an army checkpoint": what "rammed" takes for object is what it
  // hit (the position before the object is returned, as the one of "into" is).
  if ((p + 1 >= s.end_token || !prep(p)) && w.words[k].starts_with("ram") && k + 1 < s.end_token &&
      w.cue(k + 1, Cue::determiner))
    return k;
  if (p + 1 >= s.end_token || !prep(p)) return kNone;
  // A verb of driving alone ("drove", "sped") rams only a vehicle it drives into something ("as
  // the vehicle drove through the neighborhood" is a drive).
  const std::string_view v0 = w.words[k];
  const bool driving = v0.starts_with("driv") || v0 == "drove" || v0 == "sped" || v0 == "forced";
  if (driving && w.words[p] == "through") return kNone;
  if (p > k + 1) return w.cue(p - 1, Cue::vehicle) ? p : kNone;
  // "a van sped into crowds": a vehicle driven into people.
  bool people = false;
  for (uint32_t j = p + 1; j < s.end_token && j < p + 6 && !people && !w.is_punct(j); ++j)
    people = w.word_is(j, LexClass::human) || w.cue(j, Cue::collective);
  if (driving && !people) return kNone;
  // "a truck ploughed into": the subject a vehicle.
  const uint32_t v = verb_start(w, s, k);
  return v > s.first_token && w.cue(v - 1, Cue::vehicle) ? p : kNone;
}

uint32_t ramming_vehicle(const Work& w, const Sentence& s, uint32_t k) {
  // Over adverbs and auxiliaries, as ram_into reads the subject ("a truck apparently ploughed").
  const uint32_t v = verb_start(w, s, k);
  if (v == s.first_token || !w.cue(v - 1, Cue::vehicle) || ram_into(w, s, k) == kNone) return kNone;
  uint32_t a = v - 1;
  while (a > s.first_token && a + 3 > v && w.np_word(a - 1) && !w.cue(a - 1, Cue::determiner)) --a;
  return a;
}

bool mishap_cause(const Work& w, const Sentence& s, const Hit& h) {
  uint32_t k = h.end;
  if (k >= s.end_token || (w.words[k] != "in" && w.words[k] != "after")) return false;
  ++k;
  for (uint32_t n = 0; k < s.end_token && n < 4; ++k, ++n) {
    if (w.cue(k, Cue::mishap)) return true;
    if (!(w.cue(k, Cue::determiner) || w.np_word(k))) return false;
  }
  return false;
}

bool casualty_by_mishap(const Work& w, const Sentence& s, uint32_t from) {
  for (uint32_t i = from; i < s.end_token && i < from + 6; ++i) {
    const LexEntry* e = w.longest(i, LexClass::kill);
    if (!e) e = w.longest(i, LexClass::injure);
    if (!e) continue;
    Hit h;
    h.tok = i;
    h.end = i + e->length;
    return mishap_cause(w, s, h);
  }
  return false;
}

bool deliberate_ram(const Work& w, const Sentence& s, uint32_t k) {
  const uint32_t p = ram_into(w, s, k);
  if (p == kNone) return false;
  const std::string_view v = w.words[k];
  if (v.starts_with("ram") || v.starts_with("plough") || v.starts_with("plow") || v == "mowed" ||
      v == "drove" || v.starts_with("driv") || v == "sped")
    return true;
  for (uint32_t j = p + 1; j < s.end_token && j < p + 6 && !w.is_punct(j); ++j)
    if (w.word_is(j, LexClass::human) || w.cue(j, Cue::collective)) return crash_told_as_attack(w);
  return false;
}

bool subject_of_toll(const Work& w, const Sentence& s, const Hit& h) {
  for (uint32_t k = h.end; k < s.end_token && k < h.end + 12; ++k) {
    if (w.is_punct(k) || w.cue(k, Cue::relative)) return false;
    const LexEntry* e = w.longest(k, LexClass::kill);
    if (!e) e = w.longest(k, LexClass::injure);
    if (!e || e->value != "verb") {
      if (w.has(k, LexClass::trigger)) return false;
      continue;
    }
    if (!w.words[k].ends_with("ed") || k + 1 >= s.end_token) return false;
    // "Air strikes have killed at least 230 civilians": a running total.
    if (w.words[k - 1] == "have" || w.words[k - 1] == "has" || w.words[k - 1] == "had") return false;
    const uint32_t o = k + e->length;
    if (o >= s.end_token) return false;
    if (!count_opens(w, o)) return false;
    // "... killed more than 1,000 civilians in 2023", "last month": a tally over a year or a month.
    for (const auto& t : w.doc.timexes)
      if (t.span.start >= w.doc.tokens[o].span.start && t.span.end <= s.span.end && t.range &&
          t.range->precision >= DatePrecision::month)
        return false;
    return true;
  }
  return false;
}

void add_ram_hit(Work& w, const Sentence& s, size_t si, size_t hit_from) {
  std::vector<Hit>& hits = w.hits;
  if (hits.size() == hit_from) return;
  for (size_t j = hit_from; j < hits.size(); ++j)
    if (hits[j].entry->type != EventType::armed_assault) return;
  for (uint32_t k = s.first_token; k < hits[hit_from].tok; ++k)
    if (deliberate_ram(w, s, k) && !unrealised(w, s, k)) {
      Hit h;
      h.tok = k;
      h.end = k + 1;
      h.entry = made_trigger(EventType::armed_assault, TriggerKind::verb);
      h.sentence = static_cast<int>(si);
      hits.push_back(h);
      return;
    }
}

int quoted_claimer(const Work& w, const Sentence& s, const std::vector<Phrase>& ph) {
  uint32_t open = kNone, close = kNone;
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    if (w.is_quote(k)) {
      if (open == kNone)
        open = k;
      else {
        close = k;
        break;
      }
    }
  if (close == kNone) return -1;
  // The speakers own the attack: "we" or "our <fighters>" is the subject of a verb of doing it or
  // of owning it, over auxiliaries ("we have carried out", "our fighters attacked", "we are
  // behind"); not "they killed our commander".
  auto owns_at = [&](uint32_t k) {
    const std::string_view x = w.words[k];
    return x == "behind" || x == "responsible" || x == "attacked" || x == "killed" || x == "claim" ||
           (x == "carried" && k + 1 < close && w.words[k + 1] == "out") || x == "conducted" ||
           x == "targeted";
  };
  auto auxiliary = [&](std::string_view x) {
    return x == "have" || x == "had" || x == "has" || x == "are" || x == "were" || x == "is" || x == "also" ||
           x == "successfully" || x == "did" || x == "'ve";
  };
  bool owned = false;
  for (uint32_t k = open + 1; k < close; ++k) {
    const std::string_view x = w.words[k];
    if (w.has(k, LexClass::negation) || x == "no" || x == "nothing") return -1;
    uint32_t v = kNone;
    if (x == "we")
      v = k + 1;
    else if (x == "our" && k + 2 < close && w.np_word(k + 1))
      v = k + 2;
    if (v == kNone) continue;
    while (v < close && auxiliary(w.words[v])) ++v;
    owned = owned || (v < close && owns_at(v));
  }
  if (!owned) return -1;
  bool said = false;
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    if ((k < open || k > close) && w.cue(k, Cue::report_verb)) said = true;
  if (!said) return -1;
  for (size_t p = 0; p < ph.size(); ++p) {
    const Phrase& x = ph[p];
    if ((x.first >= open && x.first <= close) || !x.mention || x.mention->type != MentionType::ARMED_GROUP ||
        x.mention->entity.empty())
      continue;
    // Not a group the speaker is told to ("told Reuters") or spoken against.
    if (x.first > s.first_token && (w.words[x.first - 1] == "against" || w.words[x.first - 1] == "about"))
      continue;
    bool speaker = false;
    for (uint32_t k = x.first >= 4 ? x.first - 4 : 0; k < x.end + 4 && k < s.end_token; ++k) {
      if (k < s.first_token || (k >= open && k <= close)) continue;
      const std::string_view y = w.words[k];
      speaker = speaker || y.starts_with("spokes") || y == "commander" || y == "leader" || y == "chief" ||
                (k >= x.end && k < x.end + 2 && w.cue(k, Cue::report_verb));
    }
    if (speaker) return static_cast<int>(p);
  }
  return -1;
}

bool suspects_verb(const Work& w, const Sentence& s, uint32_t i) {
  const std::string_view x = w.words[i];
  if ((x != "suspect" && x != "suspected") || i == s.first_token || i + 1 >= s.end_token) return false;
  const std::string_view b = w.words[i - 1];
  if (b == "police" || b == "officials" || b == "authorities" || b == "investigators" || b == "they" ||
      b == "prosecutors" || b == "government" || b == "military" || b == "army" || b == "sources")
    return true;
  const int m = w.mention_at[i - 1];
  return m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::STATE_ACTOR;
}

bool links_attack_to(const Work& w, const Sentence& s, uint32_t i) {
  const std::string_view x = w.words[i];
  if ((x != "linked" && x != "links" && x != "linking" && x != "tied") || i + 2 >= s.end_token) return false;
  auto attack = [&](uint32_t k) {  // an attack or a killing ("the killings were tied to X")
    const LexEntry* t = w.longest(k, LexClass::trigger);
    return (t && t->kind != TriggerKind::weak) || w.has(k, LexClass::kill);
  };
  if (w.words[i + 1] == "to") {
    // The passive: an attack its subject, a form of "be" between ("was linked", "are believed
    // to be tied"); no name or comma between ("X, which is linked to Y").
    bool be = false;
    for (uint32_t b = i, n = 0; b-- > s.first_token && n < 8; ++n) {
      if (attack(b)) return be;
      if (w.words[b] == "," || w.mention_at[b] >= 0 || w.cue(b, Cue::relative)) return false;
      be = be || w.cue(b, Cue::be);
    }
    return false;
  }
  // The active: "linked the attack to", "linked it to": an attack, or "it" / "them", then "to".
  bool what = false;
  for (uint32_t k = i + 1; k < s.end_token && k < i + 7; ++k) {
    if (w.words[k] == "to") return what;
    if (attack(k) || ((w.words[k] == "it" || w.words[k] == "them") && k == i + 1)) {
      what = true;
      continue;
    }
    if (!(w.np_word(k) || w.cue(k, Cue::determiner) || w.words[k] == "'s")) return false;
  }
  return false;
}

int person_claimer(const Work& w, const Sentence& s, const std::vector<Phrase>& ph, uint32_t cue) {
  uint32_t k = cue;  // back over adverbs and auxiliaries: "has also claimed", "later claimed"
  while (k > s.first_token &&
         (w.words[k - 1] == "also" || w.words[k - 1] == "has" || w.words[k - 1] == "have" ||
          w.words[k - 1] == "had" || w.words[k - 1] == "later" || w.words[k - 1] == "swiftly" ||
          w.words[k - 1] == "quickly" || w.words[k - 1] == "subsequently" || w.words[k - 1] == "itself"))
    --k;
  auto speaker_word = [&](uint32_t i) {
    return w.words[i].starts_with("spokes") || w.has(i, LexClass::title) || armed_group_word(w, i) ||
           w.words[i] == "official" || w.words[i] == "officials";
  };
  if (k > s.first_token && w.words[k - 1] == ",") {  // an aside between the name and the verb
    uint32_t open = kNone;
    for (uint32_t b = k - 1; b-- > s.first_token && b + 10 > k;)
      if (w.words[b] == ",") {
        open = b;
        break;
      }
    if (open == kNone) return -1;
    for (uint32_t b = open + 1; b + 1 < k; ++b)
      if (w.words[b].starts_with("spokes") || w.has(b, LexClass::title) || w.words[b] == "official")
        return -1;
    k = open;
  }
  for (size_t p = 0; p < ph.size(); ++p) {
    if (ph[p].end != k || !ph[p].mention || ph[p].mention->type != MentionType::PERSON) continue;
    for (uint32_t b = ph[p].first; b-- > s.first_token && b + 3 >= ph[p].first;)
      if (speaker_word(b) ||
          (w.mention_at[b] >= 0 && mention_is_actor(w.doc.mentions[static_cast<size_t>(w.mention_at[b])])))
        return -1;
    return static_cast<int>(p);
  }
  return -1;
}

}  // namespace dossier::event_internal
