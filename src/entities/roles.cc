// How roles are read.
//
// Every PERSON mention is examined on both sides with a handful of English patterns built
// from three word classes: core titles ("spokesman", "chief", "minister", "ambassador"),
// modifiers that may extend a title ("army", "interior", "former", "deputy", "provincial")
// and ranks that may sit between a title and a name ("General", "Col."). A title phrase is a
// run of these words (plus "of X" for "Minister of Law") that contains at least one core
// title. The organisation is the linked mention right before the title (with or without a
// possessive: "Pakistan's army chief", "al-Qaeda chief"), or after a preposition that
// follows it ("spokesman for LeJ Al-Alami", "Minister of Law in Pakistan's Punjab"). A place
// as organisation is mapped to its country's state actor by the title's words, which is how
// analysts record "Pakistan's army chief" (the Pakistan Army) or "Iraqi Ambassador" (the
// Iraqi government). Nothing here guesses beyond the sentence.
#include "entities/roles.h"

#include <algorithm>
#include <unordered_set>
#include <string_view>

namespace dossier {

namespace {

constexpr std::string_view kCoreTitles[] = {
    "spokesman", "spokesperson", "spokeswoman", "spokesmen", "leader", "chief", "head", "commander",
    "founder", "co-founder", "emir", "amir", "minister", "president", "chairman", "chairperson",
    "chairwoman", "director", "director-general", "secretary", "secretary-general", "ambassador",
    "governor", "senator", "mayor", "envoy", "commissioner", "inspector-general", "superintendent",
    "officer", "official", "expert", "analyst", "cleric", "ideologue", "premier", "king", "prince",
    "judge", "prosecutor", "lawmaker", "legislator", "adviser", "advisor", "aide", "warlord",
    "operative", "financier", "recruiter", "preacher", "mufti", "caliph", "kingpin", "boss",
    "strongman", "deputy", "commander-in-chief", "chief-of-staff", "negotiator", "representative",
    "member", "militant", "fighter", "bomber", "journalist", "correspondent", "researcher",
    "professor", "general", "colonel", "brigadier", "admiral", "marshal", "captain", "major",
    "lieutenant", "sergeant", "mp", "mna", "mpa", "counsel", "attorney", "ruler", "monarch",
    "speaker", "mediator", "coordinator", "administrator", "deputy-chief"};

constexpr std::string_view kModifiers[] = {
    "army", "military", "police", "intelligence", "security", "interior", "home", "foreign",
    "defence", "defense", "law", "information", "finance", "provincial", "federal", "former",
    "senior", "top", "acting", "vice", "supreme", "regional", "district", "local", "national",
    "central", "operations", "media", "political", "religious", "spiritual", "field", "area",
    "overall", "self-styled", "so-called", "alleged", "key", "main", "new", "then", "prime",
    "deputy", "chief", "general", "executive", "state", "assistant", "joint", "special",
    "military's", "naval", "air", "staff", "station", "house", "bureau", "affairs", "justice",
    "counter-terrorism", "counterterrorism", "terrorism", "human", "rights", "operational",
    "founding", "longtime", "long-time", "slain", "jailed", "detained", "wanted", "late",
    "senate", "standing", "committee", "u.s.", "us", "un", "deputy-", "vice-", "interim",
    "caretaker", "outgoing", "incoming", "current", "group", "militant", "terrorist", "jihadist"};

constexpr std::string_view kRanks[] = {
    "general", "gen.", "lt.", "lt", "lieutenant", "col.", "colonel", "maj.", "major", "capt.",
    "captain", "brig.", "brigadier", "adm.", "admiral", "sgt.", "sergeant", "dr.", "dr", "mr.",
    "mr", "mrs.", "mrs", "ms.", "ms", "prof.", "sen.", "rep.", "gov.", "pres.", "field-marshal",
    "marshal", "lt-gen", "lt.-gen.", "maj-gen", "maj.-gen.", "lieutenant-general", "major-general"};

constexpr std::string_view kHonorifics[] = {
    "mullah", "mulla", "maulana", "moulana", "maulvi", "molvi", "moulvi", "sheikh", "shaikh",
    "sheik", "hafiz", "hafez", "qari", "mufti", "syed", "sayyid", "sayed", "haji", "hajji", "pir",
    "sardar", "nawab", "allama", "ayatollah", "hojatoleslam", "imam"};

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  for (auto x : list)
    if (x == w) return true;
  return false;
}

bool is_rank(std::string_view w) {
  static const std::unordered_set<std::string_view> set(std::begin(kRanks), std::end(kRanks));
  return set.count(w) > 0;
}
// Asked about most words around every person and title: a hash set.
bool is_modifier(std::string_view w) {
  static const std::unordered_set<std::string_view> set(std::begin(kModifiers), std::end(kModifiers));
  return set.count(w) > 0 || w.ends_with("-based");
}
bool is_determiner(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" || w == "her" ||
         w == "whose";
}
bool is_prep(std::string_view w) {
  return w == "for" || w == "of" || w == "to" || w == "in" || w == "at" || w == "with" || w == "from" ||
         w == "on";
}
bool is_possessive_tok(const Document& doc, uint32_t t) {
  const auto& n = doc.tokens[t].norm;
  return n == "'s" || n == "'";
}

// Is mention m an organisation-like mention (not a person, linked)?
bool org_like(const Mention& m) {
  return m.type != MentionType::PERSON && m.type != MentionType::WEAPON && !m.metadata && !m.entity.empty();
}

std::string suffix_for_title(std::string_view title) {
  std::string t(title);
  for (auto& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  if (has("army") || has("general")) return "army";
  if (has("military") || has("defence forces") || has("armed forces")) return "military";
  if (has("air force") || has("air chief")) return "air-force";
  if (has("navy") || has("naval") || has("admiral")) return "navy";
  if (has("police") || has("inspector")) return "police";
  if (has("intelligence") || has("spy")) return "intelligence";
  if (has("interior") || has("home minister") || has("home secretary")) return "interior-ministry";
  if (has("defence minister") || has("defense minister") || has("defence secretary") || has("defense secretary"))
    return "defence-ministry";
  if (has("foreign minister") || has("foreign secretary") || has("foreign affairs")) return "foreign-ministry";
  return "government";
}

}  // namespace

// Asked about nearly every capitalised word by the entity stage: hash sets.
bool is_title_word(std::string_view norm) {
  static const std::unordered_set<std::string_view> set(std::begin(kCoreTitles), std::end(kCoreTitles));
  return set.count(norm) > 0;
}
bool is_name_honorific(std::string_view norm) {
  static const std::unordered_set<std::string_view> set(std::begin(kHonorifics), std::end(kHonorifics));
  return set.count(norm) > 0;
}

bool is_title_modifier(std::string_view norm) { return is_modifier(norm); }
bool is_rank_word(std::string_view norm) { return is_rank(norm); }

std::vector<RoleMention> find_roles(const Document& doc) {
  std::vector<RoleMention> out;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  if (n == 0) return out;
  std::vector<int> mention_at(n, -1);
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const auto& mm = doc.mentions[m];
    for (uint32_t t = doc.token_at_or_after(mm.span.start); t < n && doc.tokens[t].span.start < mm.span.end; ++t)
      mention_at[t] = static_cast<int>(m);
  }
  auto first_tok = [&](const Mention& m) { return doc.token_at_or_after(m.span.start); };
  auto end_tok = [&](const Mention& m) {
    uint32_t t = first_tok(m);
    while (t < n && doc.tokens[t].span.start < m.span.end) ++t;
    return t;
  };
  auto norm = [&](uint32_t t) -> const std::string& { return doc.tokens[t].norm; };
  auto same_sentence = [&](uint32_t a, uint32_t b) {
    return doc.sentence_at(doc.tokens[a].span.start) == doc.sentence_at(doc.tokens[b].span.start);
  };
  // The org id for a mention, mapping places to their country's state actor.
  // The org id for a mention, mapping places to a state actor; `alternatives` gets the broader
  // bodies for a region (see RoleMention::org_alternatives).
  std::vector<std::string> alternatives;
  auto org_of = [&](const Mention& m, std::string_view title) -> std::string {
    alternatives.clear();
    if (!org_like(m)) return {};
    if (doc.find_actor(m.entity)) return m.entity;
    if (m.entity.starts_with("actor:") || m.entity.starts_with("person:")) return m.entity;
    const Place* p = doc.find_place(m.entity);
    if (!p || p->country.empty()) return {};
    std::string cc = p->country;
    for (auto& c : cc) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string suffix = suffix_for_title(title);
    std::string national = "actor:" + cc + "-" + suffix;
    if (p->kind != PlaceKind::admin1) return national;
    std::string region;
    for (char c : p->name) {
      unsigned char u = static_cast<unsigned char>(c);
      if (std::isalnum(u)) region += static_cast<char>(std::tolower(u));
      else if (!region.empty() && region.back() != '-') region += '-';
    }
    while (!region.empty() && region.back() == '-') region.pop_back();
    if (region.empty()) return national;
    std::string own = "actor:" + cc + "-" + region + "-" + suffix;
    if (suffix != "government") alternatives.push_back("actor:" + cc + "-" + region + "-government");
    alternatives.push_back(national);
    return own;
  };
  auto text_of = [&](uint32_t a, uint32_t b) {  // tokens [a, b)
    return std::string(doc.slice({doc.tokens[a].span.start, doc.tokens[b - 1].span.end}));
  };

  for (size_t mi = 0; mi < doc.mentions.size(); ++mi) {
    const Mention& p = doc.mentions[mi];
    if (p.type != MentionType::PERSON || p.metadata || p.form == MentionForm::pronoun) continue;
    uint32_t pf = first_tok(p), pe = end_tok(p);
    if (pf >= pe) continue;
    bool found = false;

    // A: [ORG['s]] TITLE PERSON, scanning left.
    {
      int t = static_cast<int>(pf) - 1;
      uint32_t title_end = pf;  // exclusive, ranks right before the name trimmed below
      int first_title = -1;
      bool core = false;
      int steps = 0;
      while (t >= 0 && steps < 10 && same_sentence(t, pf)) {
        const std::string& w = norm(t);
        if (mention_at[t] >= 0) {
          const Mention& m = doc.mentions[mention_at[t]];
          uint32_t mf = first_tok(m);
          // "Ambassador to Pakistan": a mention inside the title after to/of, perhaps right
          // before the name ("Iraqi Ambassador to Pakistan Ali Yasin Muhammad Karim").
          if (mf >= 2 && (first_title >= 0 || t + 1 == static_cast<int>(pf)) &&
              (norm(mf - 1) == "to" || norm(mf - 1) == "of") && is_title_word(norm(mf - 2)) &&
              m.type != MentionType::PERSON) {
            t = static_cast<int>(mf) - 2;
            first_title = t;
            core = true;
            --t;
            ++steps;
            continue;
          }
          break;
        }
        if (is_title_word(w) || is_modifier(w) || is_rank(w)) {
          if (is_title_word(w) && !is_rank(w)) core = true;
          first_title = t;
          --t;
          ++steps;
          continue;
        }
        break;
      }
      bool military_rank = false;
      if (first_title >= 0 && !core) {
        static constexpr std::string_view kMilitary[] = {"general", "gen.", "lt.", "lieutenant", "col.", "colonel",
                                                         "maj.", "major", "brig.", "brigadier", "admiral", "adm.",
                                                         "field-marshal", "marshal", "lieutenant-general",
                                                         "major-general"};
        military_rank = true;
        for (uint32_t k = first_title; k < pf; ++k) military_rank &= in(kMilitary, norm(k));
      }
      if (first_title >= 0 && (core || military_rank)) {
        // Trim ranks adjacent to the name when a core title precedes them.
        while (title_end > static_cast<uint32_t>(first_title) + 1 && is_rank(norm(title_end - 1)) &&
               !is_title_word(norm(title_end - 1)))
          --title_end;
        while (title_end > static_cast<uint32_t>(first_title) + 1 &&
               (norm(title_end - 1) == "general" || norm(title_end - 1) == "gen.")) {
          bool earlier_core = false;
          for (uint32_t k = first_title; k + 1 < title_end; ++k)
            if (is_title_word(norm(k)) && norm(k) != "general") earlier_core = true;
          if (!earlier_core) break;
          --title_end;
        }
        // Leading modifiers like "former" stay; leading determiners never got in.
        RoleMention r;
        r.person = p.span;
        r.person_id = p.entity;
        r.title = text_of(first_title, title_end);
        int o = first_title - 1;
        if (o >= 0 && is_possessive_tok(doc, o)) --o;
        if (o >= 0 && mention_at[o] >= 0 && same_sentence(o, pf)) {
          const Mention& m = doc.mentions[mention_at[o]];
          r.org_id = org_of(m, r.title);
          r.org_alternatives = alternatives;
          if (!r.org_id.empty()) r.org = m.span;
          // "Pakistan's army chief": the state actor's last word belongs to the title too.
          if (o == first_title - 1 && !is_possessive_tok(doc, o) && is_modifier(norm(o)) &&
              m.type == MentionType::STATE_ACTOR)
            r.title = text_of(o, title_end);
        }
        // "Provincial Home Minister Sarfraz Bugti" with no province named: the province of the
        // latest place named before, within five sentences (a city counts as its province).
        if (r.org_id.empty() && first_title >= 0) {
          bool provincial = false;
          for (uint32_t k = first_title; k < title_end; ++k) provincial |= norm(k) == "provincial";
          auto province = [&](const Place* pl) {
            for (int hops = 0; pl && pl->kind != PlaceKind::admin1 && hops < 4; ++hops)
              pl = pl->parent.empty() ? nullptr : doc.find_place(pl->parent);
            return pl;
          };
          const int ps = doc.sentence_at(p.span.start);
          const Mention* region = nullptr;
          const Place* region_place = nullptr;
          for (const auto& m : doc.mentions) {
            if (!provincial || m.span.start >= p.span.start) break;
            if (m.metadata || (m.type != MentionType::GPE && m.type != MentionType::LOC) || m.entity.empty()) continue;
            if (doc.sentence_at(m.span.start) < ps - 5) continue;
            if (const Place* pl = province(doc.find_place(m.entity))) {
              region = &m;
              region_place = pl;
            }
          }
          if (region) {
            Mention as_region = *region;
            as_region.entity = region_place->id;
            r.org_id = org_of(as_region, r.title);
            r.org_alternatives = alternatives;
          }
        }
        // A military rank with no organisation ("General Qamar Javed Bajwa said"): the army the
        // document has already named ("Pakistan's army chief ..."), if it named exactly one.
        if (r.org_id.empty()) {
          bool rank_only = true;
          for (uint32_t k = first_title; k < title_end; ++k) rank_only &= is_rank(norm(k));
          if (rank_only) {
            std::string army;
            bool several = false;
            for (const auto& m : doc.mentions) {
              if (m.span.start >= p.span.start) break;
              if (m.metadata || m.type != MentionType::STATE_ACTOR || !m.entity.ends_with("-army")) continue;
              if (!army.empty() && army != m.entity) several = true;
              army = m.entity;
            }
            if (!army.empty() && !several) r.org_id = army;
          }
        }
        r.evidence = {r.org.empty() ? doc.tokens[first_title].span.start : std::min(r.org.start, doc.tokens[first_title].span.start),
                      p.span.end};
        if (core || !r.org_id.empty()) {  // a bare rank with no army says nothing we can record
          out.push_back(std::move(r));
          found = true;
        }
      }
    }

    // B: PERSON, [det] TITLE [prep [the] ORG]
    if (pe + 1 < n && norm(pe) == "," && same_sentence(pe, pf)) {
      uint32_t t = pe + 1;
      std::string org_id;
      Span org_span;
      if (t < n && is_determiner(norm(t))) {
        if (mention_at[t] >= 0) {  // "its leader": a resolved pronoun
          const Mention& m = doc.mentions[mention_at[t]];
          org_id = org_of(m, "");
          if (!org_id.empty()) org_span = m.span;
        }
        ++t;
      }
      uint32_t ts = t;
      bool core = false;
      while (t < n && mention_at[t] < 0 && same_sentence(t, pf)) {
        const std::string& w = norm(t);
        if (is_title_word(w) || is_modifier(w)) {
          core |= is_title_word(w);
          ++t;
          continue;
        }
        // "Minister of Law": of + capitalised words that are no mention.
        if (w == "of" && t + 1 < n && mention_at[t + 1] < 0 && doc.tokens[t + 1].has(kTokCapitalized) && core) {
          uint32_t k = t + 1;
          while (k < n && mention_at[k] < 0 && doc.tokens[k].has(kTokCapitalized)) ++k;
          t = k;
          continue;
        }
        break;
      }
      while (ts < t && norm(ts).ends_with("-based")) ++ts;  // "an Islamabad-based security expert"
      if (core && t > ts) {
        RoleMention r;
        r.person = p.span;
        r.person_id = p.entity;
        r.title = text_of(ts, t);
        r.org_id = org_id;
        r.org = org_span;
        uint32_t last = t;
        if (r.org_id.empty() && t < n && is_prep(norm(t))) {
          uint32_t k = t + 1;
          if (k < n && norm(k) == "the") ++k;
          if (k < n && mention_at[k] >= 0) {
            const Mention* mp = &doc.mentions[mention_at[k]];
            // "in Pakistan's Punjab Province": the region the possessive narrows to.
            if (uint32_t e = end_tok(*mp); e + 1 < n && is_possessive_tok(doc, e) && mention_at[e + 1] >= 0) {
              const Mention& inner = doc.mentions[mention_at[e + 1]];
              if ((inner.type == MentionType::GPE || inner.type == MentionType::LOC) && org_like(inner))
                mp = &inner;
            }
            const Mention& m = *mp;
            r.org_id = org_of(m, r.title);
            r.org_alternatives = alternatives;
            if (!r.org_id.empty()) {
              r.org = m.span;
              last = end_tok(m);
            }
          }
        }
        r.evidence = {p.span.start, doc.tokens[last - 1].span.end};
        out.push_back(std::move(r));
        found = true;
      }
    }

    // D: PERSON of [the] [modifiers] ORG   "Saifullah Mahsud of the Islamabad-based think tank
    // FATA Research Center", "Mullah X of the Taliban": the person belongs to the organisation
    // and the text gives no title (the role's title is empty: an affiliation). Only a body the
    // entity stage linked as an organisation (never a place: "Smith of Boston"), named right
    // after the words that describe it.
    if (!found && pe + 1 < n && norm(pe) == "of" && same_sentence(pe, pf)) {
      uint32_t k = pe + 1;
      if (norm(k) == "the") ++k;
      int mods = 0;
      while (
          k < n && mods < 4 && mention_at[k] < 0 && doc.tokens[k].has(kTokWord) &&
          (norm(k).ends_with("-based") || (!doc.tokens[k].has(kTokCapitalized) && !is_prep(norm(k)) &&
                                           !is_determiner(norm(k)) && norm(k) != "and" && norm(k) != "or" &&
                                           norm(k) != "who" && norm(k) != "which" && norm(k) != "that"))) {
        ++k;
        ++mods;
      }
      // The describing words end in the kind of body the name is ("the Islamabad-based think
      // tank Y", "the banned militant group Y"); else they are a clause of their own ("X of the
      // ruling party blamed Y": Y is no body X belongs to).
      static constexpr std::string_view kBodyHeads[] = {
          "group",   "organisation", "organization", "outfit",      "network",    "movement",   "party",
          "faction", "wing",         "tank",         "institute",   "center",     "centre",     "agency",
          "council", "front",        "alliance",     "militia",     "army",       "force",      "forces",
          "body",    "committee",    "ministry",     "department",  "office",     "university", "firm",
          "company", "coalition",    "union",        "association", "foundation", "commission", "service"};
      const bool described = mods == 0 || std::find(std::begin(kBodyHeads), std::end(kBodyHeads),
                                                    norm(k - 1)) != std::end(kBodyHeads);
      if (described && k < n && mention_at[k] >= 0 && same_sentence(k, pf)) {
        const Mention& m = doc.mentions[mention_at[k]];
        bool body = m.type == MentionType::ORG || m.type == MentionType::ARMED_GROUP ||
                    m.type == MentionType::STATE_ACTOR;
        // A government is a country read as its state ("Philips of the Netherlands has said"):
        // where someone is from, not a body they belong to. A one-word "person" before "of" is
        // mostly a piece of a longer name ("Herald of Free Enterprise", a ship).
        const Actor* who = doc.find_actor(p.entity);
        bool full_name = (who ? who->name : std::string(doc.slice(p.span))).find(' ') != std::string::npos;
        if (first_tok(m) == k && body && m.form == MentionForm::name && org_like(m) &&
            m.entity.starts_with("actor:") && !m.entity.ends_with("-government") && full_name) {
          RoleMention r;
          r.person = p.span;
          r.person_id = p.entity;
          r.org_id = m.entity;
          r.org = m.span;
          r.evidence = {p.span.start, m.span.end};
          out.push_back(std::move(r));
          found = true;
        }
      }
    }

    // C: the TITLE of ORG, PERSON
    if (!found && pf >= 3 && norm(pf - 1) == "," && mention_at[pf - 2] >= 0) {
      const Mention& m = doc.mentions[mention_at[pf - 2]];
      uint32_t mf = first_tok(m);
      if (mf >= 2 && norm(mf - 1) == "of" && org_like(m)) {
        int t = static_cast<int>(mf) - 2;
        int first_title = -1;
        bool core = false;
        while (t >= 0 && mention_at[t] < 0 && (is_title_word(norm(t)) || is_modifier(norm(t)))) {
          core |= is_title_word(norm(t));
          first_title = t;
          --t;
        }
        if (core && first_title >= 0) {
          RoleMention r;
          r.person = p.span;
          r.person_id = p.entity;
          r.title = text_of(first_title, mf - 1);
          r.org_id = org_of(m, r.title);
          r.org_alternatives = alternatives;
          if (!r.org_id.empty()) r.org = m.span;
          r.evidence = {doc.tokens[first_title].span.start, p.span.end};
          out.push_back(std::move(r));
        }
      }
    }
  }
  return out;
}

}  // namespace dossier
