// How coreference works: see coref.h. One left-to-right pass over the tokens keeps the
// history of actor mentions (names as linked by the entity stage, and the descriptions and
// pronouns resolved so far), so a chain "LeJ ... the group ... its leader" resolves link by
// link. Heads, modifiers and leadership nouns are closed English word classes.
#include "entities/coref.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "entities/entity_stage.h"
#include "entities/roles.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"

namespace dossier {

namespace {

constexpr std::string_view kHeads[] = {"group", "network", "organization", "organisation", "outfit",
                                       "faction", "movement", "militia", "insurgency", "offshoot",
                                       "affiliate", "franchise", "splinter"};
constexpr std::string_view kLeaderNouns[] = {
    "leader", "leaders", "spokesman", "spokesperson", "chief", "founder", "members", "member",
    "fighters", "militants", "commander", "commanders", "head", "emir", "amir", "leadership",
    "ranks", "cadres", "backing", "affiliates", "operatives", "followers", "deputy", "supporters",
    "recruits", "wing", "faction", "factions", "allies", "network", "propaganda"};
constexpr std::string_view kBadModifiers[] = {"two", "three", "other", "both", "same", "such", "each",
                                              "every", "rival", "new", "another", "first", "second"};
// Words that end a description's modifiers (a description is "the" + adjectives + head).
constexpr std::string_view kFunctionWords[] = {
    "the", "a", "an", "of", "from", "in", "on", "at", "to", "for", "with", "by", "and", "or", "that",
    "this", "which", "who", "its", "their", "his", "her", "as", "is", "was", "has", "have", "had", "be",
    "been", "are", "were", "said", "says", "will", "would", "not", "it", "they", "he", "she", "but"};
// Region words in a description and the countries they cover ("the Middle Eastern group").
const std::vector<std::string>& middle_east() {
  static const std::vector<std::string> v{"IQ", "SY", "LB", "JO", "PS", "IL", "YE", "SA", "EG", "IR",
                                          "KW", "QA", "BH", "AE", "OM", "TR", "LY", ""};
  return v;
}

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  for (auto x : list)
    if (x == w) return true;
  return false;
}

bool actor_type(MentionType t) {
  return t == MentionType::ARMED_GROUP || t == MentionType::ORG || t == MentionType::STATE_ACTOR ||
         t == MentionType::PERSON;
}

struct Hist {
  int sentence;
  std::string entity;
  MentionType type;
  bool first_in_sentence;  // first mention of its kind (group / person) in its sentence
  bool inner;              // the whole a part is named from ("a faction of LeJ"): no antecedent
};

}  // namespace

void resolve_coreference(Document& doc, const ActorLexicon& lexicon, const PlaceGazetteer* places) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  if (n == 0) return;
  std::vector<int> sent_of(n, -1);
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    for (uint32_t t = doc.sentences[s].first_token; t < doc.sentences[s].end_token && t < n; ++t)
      sent_of[t] = static_cast<int>(s);
  std::vector<int> mention_at(n, -1);
  std::vector<int> mention_start(n, -1);
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const auto& mm = doc.mentions[m];
    uint32_t t = doc.token_at_or_after(mm.span.start);
    if (t < n) mention_start[t] = static_cast<int>(m);
    for (; t < n && doc.tokens[t].span.start < mm.span.end; ++t) mention_at[t] = static_cast<int>(m);
  }
  auto norm = [&](uint32_t t) -> const std::string& { return doc.tokens[t].norm; };

  std::vector<Hist> hist;
  std::vector<Mention> added;
  auto push = [&](int s, const std::string& entity, MentionType type, bool inner = false) {
    bool group = type != MentionType::PERSON;
    bool first = !inner;
    for (auto it = hist.rbegin(); it != hist.rend() && it->sentence == s; ++it)
      if ((it->type != MentionType::PERSON) == group && !it->inner) first = false;
    hist.push_back({s, entity, type, first, inner});
  };

  // Best group antecedent for a description or "its" in sentence s; "" when unclear.
  auto group_antecedent = [&](int s, bool allow_orgs, const std::vector<std::string>& allowed,
                              const std::vector<std::string>& excluded = {}) -> std::string {
    std::map<std::string, double> score;
    std::string recent;
    size_t from = hist.size();  // the window only: keeps long documents linear
    while (from > 0 && hist[from - 1].sentence >= s - 2) --from;
    for (size_t hi = from; hi < hist.size(); ++hi) {
      const Hist& h = hist[hi];
      if (h.sentence < s - 2 || h.sentence > s || h.inner) continue;
      bool ok = h.type == MentionType::ARMED_GROUP || (allow_orgs && h.type == MentionType::ORG);
      if (!ok || std::find(excluded.begin(), excluded.end(), h.entity) != excluded.end()) continue;
      if (!allowed.empty()) {
        const ActorRecord* r = lexicon.by_id(h.entity);
        std::string cc = r ? r->country : std::string("?");
        if (std::find(allowed.begin(), allowed.end(), cc) == allowed.end()) continue;
      }
      int d = s - h.sentence;
      double w = d == 0 ? 1.0 : d == 1 ? 0.6 : 0.3;
      score[h.entity] += w;
      if (h.first_in_sentence) score[h.entity] += d == 0 ? 1.0 : 0.4;
      recent = h.entity;
    }
    if (score.empty()) return {};
    score[recent] += 0.5;
    std::string best;
    double b1 = -1, b2 = -1;
    for (const auto& [e, v] : score) {
      if (v > b1) {
        b2 = b1;
        b1 = v;
        best = e;
      } else if (v > b2) {
        b2 = v;
      }
    }
    if (b2 >= 0 && b1 - b2 < 0.25) return {};
    return best;
  };

  // Descriptions tied to a name by the sentence itself, found before the left-to-right pass:
  // the apposition after a name ("the Taliban, Pakistan's biggest militant group, ...",
  // "Jundallah, a splinter group, ..."), which the antecedent scoring would weigh against
  // every other group in view; the description before a name; and a part of a group named
  // later (see below). start token -> Tie. All three become mentions of the group they
  // describe. The relation patterns read the words of the other two themselves ("A splinter
  // group of X has pledged ...", "Egypt's main militant group, X, pledged ...", "an LeJ
  // faction, Al Alami"): the relation stage takes a description right before a name, a comma
  // and a name, or "of" as its words, not as an argument. In coreference a part named later
  // is the group in view in its sentence, and the whole it is named from is no antecedent there.
  struct Tie {
    uint32_t end;        // token after the description
    std::string entity;  // the group it describes
    MentionType type;
    bool remember;  // counted as a group in view (a part named later: its only mention here)
  };
  std::map<uint32_t, Tie> tied;
  std::vector<uint8_t> inner_mention(doc.mentions.size(), 0);
  {
    auto is_group_name = [&](int m) {
      if (m < 0) return false;
      const Mention& x = doc.mentions[m];
      return x.form == MentionForm::name && !x.metadata && !x.entity.empty() &&
             (x.type == MentionType::ARMED_GROUP || x.type == MentionType::ORG);
    };
    auto possessive = [&](uint32_t t) { return t < n && (norm(t) == "'s" || norm(t) == "\xe2\x80\x99s" || norm(t) == "s"); };
    // The start of the description whose head is token k: back over modifiers (words that are
    // not function words, demonyms and places) to a determiner, a possessive, a comma or the
    // sentence start. Returns n when [start, k] is no description.
    auto desc_start = [&](uint32_t k) -> uint32_t {
      int s = sent_of[k];
      uint32_t a = k;
      int mods = 0;
      while (a > 0 && sent_of[a - 1] == s && mods < 5) {
        uint32_t p = a - 1;
        if (mention_at[p] >= 0) {
          MentionType mt = doc.mentions[mention_at[p]].type;
          if (mt != MentionType::NORP) break;
          a = doc.token_at_or_after(doc.mentions[mention_at[p]].span.start);
          ++mods;
          continue;
        }
        if (!doc.tokens[p].has(kTokWord)) break;
        const std::string& x = norm(p);
        if (x == "a" || x == "an" || x == "the") return p;
        if (possessive(p)) return a;  // "Pakistan's biggest militant group": after the possessor
        if (in(kFunctionWords, x) || in(kBadModifiers, x)) return n;
        a = p;
        ++mods;
      }
      if (a < n && (a == 0 || sent_of[a - 1] != s || !doc.tokens[a - 1].has(kTokWord))) return a;
      return n;
    };
    for (uint32_t k = 0; k + 2 < n; ++k) {
      if (mention_at[k] >= 0 || !in(kHeads, norm(k)) || sent_of[k] < 0) continue;
      if (in(kHeads, norm(k + 1))) continue;  // "splinter group": the head is the last noun
      // NAME , DESC ,|.   ("the Taliban, Pakistan's biggest militant group, this summer")
      {
        uint32_t a = desc_start(k);
        uint32_t after = k + 1;
        bool closed = norm(after) == "," || norm(after) == ".";
        if (a < n && a >= 2 && closed) {
          uint32_t c = a;
          // The comma before the description (after a possessor, before it).
          while (c > 0 && norm(c - 1) != "," && sent_of[c - 1] == sent_of[k] && c + 4 > a) --c;
          if (c > 1 && norm(c - 1) == "," && mention_at[c - 2] >= 0 && is_group_name(mention_at[c - 2]) &&
              (c == a || (mention_at[c] >= 0 && possessive(doc.token_at_or_after(doc.mentions[mention_at[c]].span.end))))) {
            int name_m = mention_at[c - 2];
            tied[a] = {k + 1, doc.mentions[name_m].entity, doc.mentions[name_m].type, false};
          }
        }
      }
    }

    // Descriptions before a name. The name's own description ("the banned Pakistani group
    // Lashkar-e-Jhangvi", "Pakistani militant organization Lashkar-e-Jhangvi", "Egypt's main
    // Islamist militant group, Ansar Beit al-Maqdis, ...", "an LeJ faction, Al Alami") is that
    // group. The start of such a description: back from its head over modifiers (words that
    // are not function words, demonyms, places before a possessive, and for a part - faction,
    // wing - the group it is part of) to a determiner, a possessive, or the word before it.
    static constexpr std::string_view kPartHeads[] = {"faction", "wing", "branch", "offshoot", "splinter",
                                                      "affiliate", "cell"};
    auto group_name_at = [&](uint32_t t) -> int {  // the group name starting at token t, or -1
      return t < n && mention_start[t] >= 0 && is_group_name(mention_start[t]) ? mention_start[t] : -1;
    };
    auto mention_end = [&](int m) { return doc.token_at_or_after(doc.mentions[m].span.end); };
    struct Desc {
      uint32_t start = 0;
      bool determiner = false, possessor = false, part = false;
      int mods = 0;
      std::vector<int> wholes;  // group names inside it ("an LeJ faction")
    };
    auto describe = [&](uint32_t k) -> Desc {
      Desc d;
      const int s = sent_of[k];
      d.part = in(kPartHeads, norm(k)) || norm(k - 1) == "splinter";
      uint32_t a = k;
      while (a > 0 && sent_of[a - 1] == s && d.mods < 6) {
        uint32_t p = a - 1;
        if (possessive(p)) {  // "Egypt's main ... group": the description starts after the possessor
          d.possessor = p > 0 && mention_at[p - 1] >= 0;
          break;
        }
        if (mention_at[p] >= 0) {
          int m = mention_at[p];
          uint32_t ms = doc.token_at_or_after(doc.mentions[m].span.start);
          if (doc.mentions[m].type == MentionType::NORP) {
            a = ms;
            ++d.mods;
            continue;
          }
          if (is_group_name(m) && d.part) {  // "an LeJ faction"
            d.wholes.push_back(m);
            a = ms;
            ++d.mods;
            continue;
          }
          break;
        }
        if (!doc.tokens[p].has(kTokWord)) break;
        const std::string& x = norm(p);
        if (x == "a" || x == "an" || x == "the" || x == "one") {
          a = p;
          d.determiner = true;
          break;
        }
        if (in(kFunctionWords, x)) break;
        a = p;
        ++d.mods;
      }
      d.start = a;
      return d;
    };
    for (uint32_t k = 1; k + 1 < n; ++k) {
      if (mention_at[k] >= 0 || !in(kHeads, norm(k)) || sent_of[k] < 0 || tied.count(k)) continue;
      if (in(kHeads, norm(k + 1))) continue;
      int name_m = -1;
      bool comma = false;
      if ((name_m = group_name_at(k + 1)) < 0 && norm(k + 1) == "," && (name_m = group_name_at(k + 2)) >= 0) {
        uint32_t e = mention_end(name_m);
        if (e < n && norm(e) == "(" && e + 2 < n && norm(e + 2) == ")") e += 3;  // "(LeJ)"
        comma = e >= n || norm(e) == "," || norm(e) == "." || norm(e) == ";";
        if (!comma) name_m = -1;
      }
      if (name_m < 0 || sent_of[doc.token_at_or_after(doc.mentions[name_m].span.start)] != sent_of[k]) continue;
      Desc d = describe(k);
      if (d.start >= k) continue;  // "group Hamas": no description
      if (comma && !d.determiner && !d.possessor) continue;  // "said the militant group, Hamas, ..." only
      const Mention& nm = doc.mentions[name_m];
      bool same_as_whole = false;
      for (int wm : d.wholes) same_as_whole |= doc.mentions[wm].entity == nm.entity;
      if (same_as_whole) continue;
      tied[d.start] = {k + 1, nm.entity, nm.type, false};
      for (int wm : d.wholes) inner_mention[wm] = 1;
    }

    // A part of a group the document names later: "A faction of ... Lashkar-e-Jhangvi (LeJ)"
    // is the one faction of LeJ the document names (Al Alami); "A splinter group of
    // Pakistan's Taliban ..." is the group the next sentence opens with, if it is of the same
    // country (a split is no lexicon hierarchy). The whole ("LeJ") is then only a modifier.
    std::vector<std::string> named_groups;  // distinct group names of the document
    for (size_t m = 0; m < doc.mentions.size(); ++m)
      if (is_group_name(static_cast<int>(m)) &&
          std::find(named_groups.begin(), named_groups.end(), doc.mentions[m].entity) == named_groups.end())
        named_groups.push_back(doc.mentions[m].entity);
    for (uint32_t k = 1; k + 2 < n; ++k) {
      if (mention_at[k] >= 0 || !in(kHeads, norm(k)) || norm(k + 1) != "of" || sent_of[k] < 0) continue;
      Desc d = describe(k);
      if (!d.part || !d.determiner || norm(d.start) == "the" || !d.wholes.empty()) continue;
      // The whole: the first group name after "of" (over modifiers and its own description).
      int whole = -1;
      for (uint32_t q = k + 2; q < n && q < k + 10 && sent_of[q] == sent_of[k]; ++q) {
        if ((whole = group_name_at(q)) >= 0) break;
        if (mention_at[q] >= 0 && doc.mentions[mention_at[q]].type != MentionType::NORP) break;
        if (!doc.tokens[q].has(kTokWord) || (in(kFunctionWords, norm(q)) && norm(q) != "the")) break;
      }
      if (whole < 0) continue;
      const std::string& wid = doc.mentions[whole].entity;
      std::string part;
      int count = 0;
      for (const auto& g : named_groups)
        if (g != wid && lexicon.descends_from(g, wid)) {
          part = g;
          ++count;
        }
      bool split = norm(k) == "offshoot" || norm(k) == "splinter" || norm(k - 1) == "splinter" ||
                   norm(k - 1) == "breakaway";
      if (count == 0 && split) {
        // The next sentence's first actor, a group of the whole's country.
        part.clear();
        int next = sent_of[k] + 1;
        if (next < static_cast<int>(doc.sentences.size())) {
          for (size_t m = 0; m < doc.mentions.size(); ++m) {
            const Mention& x = doc.mentions[m];
            if (x.metadata || !actor_type(x.type) || x.form != MentionForm::name) continue;
            uint32_t ft = doc.token_at_or_after(x.span.start);
            if (ft >= n || sent_of[ft] < next) continue;
            if (sent_of[ft] == next && is_group_name(static_cast<int>(m)) && x.entity != wid &&
                !lexicon.descends_from(wid, x.entity)) {
              const ActorRecord* pr = lexicon.by_id(x.entity);
              const ActorRecord* wr = lexicon.by_id(wid);
              if (pr && wr && !pr->country.empty() && pr->country == wr->country) part = x.entity;
            }
            break;
          }
        }
        count = part.empty() ? 0 : 1;
      }
      if (count != 1) continue;
      MentionType mt = MentionType::ARMED_GROUP;
      for (const auto& x : doc.mentions)
        if (x.entity == part) {
          mt = x.type;
          break;
        }
      tied[d.start] = {k + 1, part, mt, true};
      inner_mention[whole] = 1;
      uint32_t e = mention_end(whole);  // and its acronym in brackets: "(LeJ)"
      if (e + 2 < n && norm(e) == "(" && mention_start[e + 1] >= 0 && norm(e + 2) == ")")
        inner_mention[mention_start[e + 1]] = 1;
    }

    // "the Islamic State's Afghan affiliate", "al Qaeda's Yemeni branch": a part of the possessor
    // group in the country its demonym names, when the lexicon knows exactly one such part (with
    // no demonym, the one part of it the document names). The possessor is then only a modifier.
    for (uint32_t k = 2; k < n; ++k) {
      if (mention_at[k] >= 0 || !in(kPartHeads, norm(k)) || sent_of[k] < 0 || tied.count(k)) continue;
      if (k + 1 < n && in(kHeads, norm(k + 1))) continue;
      uint32_t a = k;
      std::vector<std::string> countries;
      bool after_possessive = false;
      for (int mods = 0; a > 1 && mods <= 3 && sent_of[a - 1] == sent_of[k]; ++mods) {
        const uint32_t p = a - 1;
        if (possessive(p)) {
          after_possessive = true;
          break;
        }
        if (!doc.tokens[p].has(kTokWord) || in(kFunctionWords, norm(p))) break;
        if (mention_at[p] >= 0 && doc.mentions[mention_at[p]].type != MentionType::NORP) break;
        if (const Place* pl = places ? places->demonym(norm(p)) : nullptr; pl && !pl->country.empty())
          countries.push_back(pl->country);
        a = mention_at[p] >= 0 ? doc.token_at_or_after(doc.mentions[mention_at[p]].span.start) : p;
      }
      if (!after_possessive || a < 2 || a == k) continue;
      const int whole = mention_at[a - 2];
      if (!is_group_name(whole)) continue;
      const std::string& wid = doc.mentions[whole].entity;
      std::string part;
      int count = 0;
      if (!countries.empty()) {
        for (const ActorRecord& r : lexicon.records())
          if (r.id != wid && r.kind == ActorKind::armed_group &&
              std::find(countries.begin(), countries.end(), r.country) != countries.end() &&
              lexicon.descends_from(r.id, wid)) {
            part = r.id;
            ++count;
          }
      } else {
        for (const auto& g : named_groups)
          if (g != wid && lexicon.descends_from(g, wid)) {
            part = g;
            ++count;
          }
      }
      if (count != 1) continue;
      tied[a] = {k + 1, part, MentionType::ARMED_GROUP, true};
      inner_mention[whole] = 1;
    }
  }

  auto add = [&](uint32_t a, uint32_t b, MentionType type, MentionForm form, const std::string& entity, int s,
                 bool remember = true) {
    Mention m;
    m.span = {doc.tokens[a].span.start, doc.tokens[b - 1].span.end};
    m.type = type;
    m.form = form;
    m.entity = entity;
    m.score = 0.8f;
    added.push_back(m);
    if (remember) push(s, entity, type);
  };

  for (uint32_t t = 0; t < n; ++t) {
    int s = sent_of[t];
    if (auto it = tied.find(t); it != tied.end() && s >= 0) {
      // A name's apposition is not remembered as a mention of its own: counting it twice would
      // outweigh every other group in view. A part named later is (it is its only mention here).
      const Tie& tie = it->second;
      add(t, tie.end, tie.type, MentionForm::nominal, tie.entity, s, tie.remember);
      if (mention_start[t] >= 0) {  // a demonym or the whole opening the description
        const Mention& m = doc.mentions[mention_start[t]];
        if (!m.metadata && !m.entity.empty() && actor_type(m.type))
          push(s, m.entity, m.type, inner_mention[mention_start[t]] != 0);
      }
      // The description's own words (a possessor, demonyms) are mentions of their own.
      uint32_t end = tie.end;
      while (t + 1 < end && mention_start[t + 1] < 0) ++t;
      continue;
    }
    if (mention_start[t] >= 0) {
      const Mention& m = doc.mentions[mention_start[t]];
      if (!m.metadata && !m.entity.empty() && actor_type(m.type) && !name_as_modifier(doc, m))
        push(s, m.entity, m.type, inner_mention[mention_start[t]] != 0);
      continue;
    }
    if (mention_at[t] >= 0 || s < 0) continue;
    const std::string& w = norm(t);

    // the latter / the former
    if (w == "the" && t + 1 < n && (norm(t + 1) == "latter" || norm(t + 1) == "former") && mention_at[t + 1] < 0) {
      // "the former interior minister": an adjective, not a reference.
      bool adjective = t + 2 < n && doc.tokens[t + 2].has(kTokWord) && mention_at[t + 2] < 0 &&
                       norm(t + 2) != "is" && norm(t + 2) != "was" && norm(t + 2) != "has" && norm(t + 2) != "had" &&
                       norm(t + 2) != "also" && norm(t + 2) != "said" && norm(t + 2) != "would" &&
                       norm(t + 2) != "will" && norm(t + 2) != "have" && norm(t + 2) != "are" && norm(t + 2) != "were";
      if (!adjective) {
        std::vector<std::pair<std::string, MentionType>> distinct;  // most recent first
        for (auto it = hist.rbegin(); it != hist.rend() && it->sentence >= s - 1; ++it) {
          bool seen = false;
          for (const auto& d : distinct) seen |= d.first == it->entity;
          if (!seen) distinct.push_back({it->entity, it->type});
        }
        size_t want = norm(t + 1) == "latter" ? 0 : 1;
        if (distinct.size() >= 2) {
          add(t, t + 2, distinct[want].second, MentionForm::nominal, distinct[want].first, s);
          ++t;
          continue;
        }
      }
    }

    // the/this [modifiers] HEAD
    if (w == "the" || w == "this") {
      uint32_t k = t + 1;
      bool bad = false;
      // "the al Qaeda-linked group" is some group other than al Qaeda.
      std::vector<std::string> modifiers;
      while (k < n && k - t <= 4 && sent_of[k] == s) {
        if (mention_at[k] >= 0) {
          const Mention& mk = doc.mentions[mention_at[k]];
          MentionType mt = mk.type;
          if (name_as_modifier(doc, mk)) {
            modifiers.push_back(mk.entity);
            k = doc.token_at_or_after(mk.span.end);  // past the token the name ends in
            continue;
          }
          if (mt == MentionType::NORP || mt == MentionType::GPE || mt == MentionType::LOC) {
            k = doc.token_at_or_after(doc.mentions[mention_at[k]].span.end);
            continue;
          }
          bad = true;
          break;
        }
        if (!doc.tokens[k].has(kTokWord)) break;
        if (in(kHeads, norm(k))) break;
        if (in(kBadModifiers, norm(k))) bad = true;
        if (in(kFunctionWords, norm(k))) {
          bad = true;
          break;
        }
        ++k;
      }
      if (!bad && k < n && mention_at[k] < 0 && in(kHeads, norm(k))) {
        // Not an apposition ("the group Lashkar-e-Jhangvi", "the group of") nor a plural.
        bool appos = k + 1 < n && ((mention_at[k + 1] >= 0 && doc.mentions[mention_at[k + 1]].type != MentionType::PERSON &&
                                    doc.mentions[mention_at[k + 1]].form == MentionForm::name) ||
                                   norm(k + 1) == "of" || norm(k + 1) == "called" || norm(k + 1) == "known" ||
                                   norm(k + 1) == "named");
        if (!appos) {
          bool orgs = norm(k) == "organization" || norm(k) == "organisation";
          // Countries the description names ("the Pakistani group", "the Middle Eastern group").
          std::vector<std::string> allowed;
          std::string np(doc.slice({doc.tokens[t].span.start, doc.tokens[k].span.end}));
          for (auto& ch : np) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          if (np.find("middle east") != std::string::npos || np.find(" arab ") != std::string::npos)
            allowed = middle_east();
          for (uint32_t q = t + 1; q < k && places; ++q)
            if (const Place* p = places->demonym(norm(q)); p && !p->country.empty()) allowed.push_back(p->country);
          std::string e = group_antecedent(s, orgs, allowed, modifiers);
          // A description that names a group it is linked to is clear enough to reach further
          // back: the most recent other group.
          for (auto it = hist.rbegin(); e.empty() && !modifiers.empty() && it != hist.rend(); ++it)
            if (it->type == MentionType::ARMED_GROUP && !it->inner &&
                std::find(modifiers.begin(), modifiers.end(), it->entity) == modifiers.end())
              e = it->entity;
          if (!e.empty()) {
            MentionType mt = MentionType::ARMED_GROUP;
            for (auto it = hist.rbegin(); it != hist.rend(); ++it)
              if (it->entity == e) {
                mt = it->type;
                break;
              }
            add(t, k + 1, mt, MentionForm::nominal, e, s);
            t = k;
            continue;
          }
        }
      }
    }

    // its + leadership noun
    if (w == "its" && t + 1 < n && in(kLeaderNouns, norm(t + 1))) {
      std::string e = group_antecedent(s, false, {});
      if (!e.empty()) {
        add(t, t + 1, MentionType::ARMED_GROUP, MentionForm::pronoun, e, s);
        continue;
      }
    }

    // he / she / his / him: exactly one person in view. Not the subject of what someone the
    // text introduces without a name said ("One Republican strategist said he believed ...", "a
    // diplomat said he"): that he is most likely the speaker, who is no mention.
    static constexpr std::string_view kSaid[] = {"said",     "says",     "told",   "added",
                                                 "believes", "believed", "thinks", "thought",
                                                 "insisted", "argued",   "warned"};
    // "a third (of those asked) believed he ...": a share of people, not a speaker.
    static constexpr std::string_view kShares[] = {"third",    "quarter", "half",    "majority",
                                                   "minority", "number",  "lot",     "few",
                                                   "fifth",    "tenth",   "percent", "pct"};
    bool unnamed_speaker = false;
    if ((w == "he" || w == "she") && t >= 3 && in(kSaid, norm(t - 1)) && !in(kShares, norm(t - 2)))
      for (uint32_t k = t - 2, steps = 0; steps < 5 && sent_of[k] == s; --k, ++steps) {
        if (mention_at[k] >= 0 && doc.mentions[mention_at[k]].type != MentionType::NORP) break;
        if (!doc.tokens[k].has(kTokWord)) break;
        const std::string& x = norm(k);
        if (x == "a" || x == "an" || x == "one" || x == "another") {
          unnamed_speaker = steps > 0;
          break;
        }
        if (in(kFunctionWords, x) || k == 0) break;
      }
    if (!unnamed_speaker && (w == "he" || w == "she" || w == "his" || w == "him" || w == "her")) {
      std::vector<std::string> persons;
      auto collect = [&](int sent) {
        for (auto it = hist.rbegin(); it != hist.rend() && it->sentence >= sent; ++it)
          if (it->sentence == sent && it->type == MentionType::PERSON &&
              std::find(persons.begin(), persons.end(), it->entity) == persons.end())
            persons.push_back(it->entity);
      };
      collect(s);
      if (persons.empty()) collect(s - 1);
      if (persons.size() == 1) add(t, t + 1, MentionType::PERSON, MentionForm::pronoun, persons[0], s);
    }
  }
  if (added.empty()) return;
  for (auto& m : added) doc.mentions.push_back(std::move(m));
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

std::vector<Mention> find_title_descriptions(const Document& doc) {
  std::vector<Mention> out;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  bool any_role = false;
  for (const auto& a : doc.actors) any_role |= a.kind == ActorKind::person && !a.roles.empty();
  if (n == 0 || !any_role) return out;
  std::vector<int> mention_at(n, -1);
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const auto& mm = doc.mentions[m];
    for (uint32_t t = doc.token_at_or_after(mm.span.start); t < n && doc.tokens[t].span.start < mm.span.end;
         ++t)
      mention_at[t] = static_cast<int>(m);
  }
  auto norm = [&](uint32_t t) -> const std::string& { return doc.tokens[t].norm; };
  auto lower_words = [](std::string_view title) {
    std::vector<std::string> words;
    std::string cur;
    for (char ch : title) {
      if (ch == ' ') {
        if (!cur.empty()) words.push_back(std::move(cur));
        cur.clear();
      } else {
        cur += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      }
    }
    if (!cur.empty()) words.push_back(std::move(cur));
    return words;
  };
  // A title is over when a name, a rank or "of" follows: "the army chief General X", "the chief
  // of X" are other phrases. A lower-case word after it must look like the start of a predicate
  // (a verb form, an adverb, a function word): "the chief taxwriter" names another noun. "the
  // prime minister's job" is the office, not its holder.
  static constexpr std::string_view kNext[] = {
      "is",      "was",     "has",  "had",  "will", "would", "can",   "could",   "may",  "might",
      "must",    "should",  "did",  "do",   "and",  "or",    "to",    "in",      "on",   "at",
      "for",     "from",    "with", "by",   "who",  "whose", "which", "that",    "also", "himself",
      "herself", "not",     "but",  "as",   "then", "now",   "said",  "told",    "met",  "left",
      "gave",    "took",    "made", "came", "went", "spoke", "wrote", "sent",    "got",  "saw",
      "knew",    "thought", "won",  "lost", "ran",  "put",   "let",   "led",     "held", "became",
      "began",   "chose",   "kept", "paid", "sold", "spent", "again", "however", "too",  "alone",
      "himself", "visit",   "'s"};
  static constexpr std::string_view kOffice[] = {"job",  "post",   "office", "seat",   "position", "chair",
                                                 "role", "powers", "term",   "tenure", "mandate",  "title"};
  auto open_after = [&](uint32_t e) {
    if (e >= n) return true;
    if (mention_at[e] >= 0 || norm(e) == "of" || is_rank_word(norm(e))) return false;
    if (doc.tokens[e].has(kTokWord) && doc.tokens[e].has(kTokCapitalized)) return false;
    if (norm(e) == "," && e + 1 < n && mention_at[e + 1] >= 0 &&
        doc.mentions[mention_at[e + 1]].type == MentionType::PERSON)
      return false;
    if (norm(e) == "'s" && e + 1 < n && in(kOffice, norm(e + 1))) return false;
    if (doc.tokens[e].has(kTokWord) &&
        doc.sentence_at(doc.tokens[e].span.start) == doc.sentence_at(doc.tokens[e - 1].span.start)) {
      const std::string& w = norm(e);
      bool predicate =
          in(kNext, w) || w.ends_with("ed") || w.ends_with("ly") || (w.ends_with("s") && !w.ends_with("ss"));
      if (!predicate) return false;
    }
    return true;
  };
  // Where each person with a role is mentioned (in text order), so the checks below read a
  // person's own mentions, not the whole document's, for every title.
  struct Seen {
    uint32_t start;
    int sentence;
    bool name;
  };
  std::map<std::string, std::vector<Seen>> seen;
  for (const auto& a : doc.actors)
    if (a.kind == ActorKind::person && !a.roles.empty()) seen[a.id];
  for (const auto& m : doc.mentions)
    if (!m.metadata)
      if (auto it = seen.find(m.entity); it != seen.end())
        it->second.push_back({m.span.start, doc.sentence_at(m.span.start), m.form == MentionForm::name});
  // Bare titles of a body: "Pakistan's army chief has ...", with no name after the title.
  struct Bare {
    uint32_t at;  // the title word
    std::vector<std::string> words;
    std::string org;
    uint32_t from;  // where the body's mention starts
  };
  std::vector<Bare> bare;
  for (const auto& m : doc.mentions) {
    if (m.metadata || m.form != MentionForm::name || m.entity.empty() || !m.entity.starts_with("actor:"))
      continue;
    if (m.type != MentionType::STATE_ACTOR && m.type != MentionType::ORG &&
        m.type != MentionType::ARMED_GROUP)
      continue;
    uint32_t e = doc.token_at_or_after(m.span.end);
    if (e == 0 || e >= n) continue;
    std::vector<std::string> words;
    if (is_title_modifier(norm(e - 1))) words.push_back(norm(e - 1));  // "Pakistan's army" + "chief"
    uint32_t j = e;
    if (norm(j) == "'s") ++j;
    while (j < n && mention_at[j] < 0 && is_title_modifier(norm(j)) && !is_title_word(norm(j)) &&
           words.size() < 4)
      words.push_back(norm(j++));
    if (j >= n || mention_at[j] >= 0 || !is_title_word(norm(j)) || !open_after(j + 1)) continue;
    words.push_back(norm(j));
    bare.push_back({j, std::move(words), m.entity, m.span.start});
  }
  for (uint32_t t = 0; t + 1 < n; ++t) {
    if (norm(t) != "the" || mention_at[t] >= 0) continue;
    // "X, the chief taxwriter": an apposition the roles reader has already read as X's title.
    if (t >= 2 && norm(t - 1) == "," && mention_at[t - 2] >= 0 &&
        doc.mentions[mention_at[t - 2]].type == MentionType::PERSON)
      continue;
    std::vector<std::string> words;
    uint32_t e = t + 1, last = 0;
    for (uint32_t k = t + 1; k < n && k <= t + 4 && mention_at[k] < 0 && doc.tokens[k].has(kTokWord); ++k) {
      if (is_title_word(norm(k)))
        last = k + 1;
      else if (!is_title_modifier(norm(k)))
        break;
    }
    if (last == 0) continue;
    e = last;
    for (uint32_t k = t + 1; k < e; ++k) words.push_back(norm(k));
    if (!open_after(e)) continue;
    const int s = doc.sentence_at(doc.tokens[t].span.start);
    std::string who;
    bool several = false;
    for (const auto& a : doc.actors) {
      if (a.kind != ActorKind::person || a.roles.empty()) continue;
      // Named before, and in view: one of its mentions in the six sentences before.
      bool named = false, near = false;
      for (const Seen& m : seen[a.id]) {
        if (m.start >= doc.tokens[t].span.start) break;
        named |= m.name;
        near |= m.sentence >= s - 6;
      }
      if (!named || !near) continue;
      bool fits = false;
      for (const auto& r : a.roles) {
        std::vector<std::string> rw = lower_words(r.title);
        if (!rw.empty() && rw == words) fits = true;
        bool ranks = !rw.empty();
        for (const auto& x : rw) ranks = ranks && is_rank_word(x);
        for (const auto& b : bare)
          if (b.at < t && b.words == words && b.org == r.of && (ranks || rw == words)) fits = true;
      }
      if (!fits) continue;
      if (!who.empty() && who != a.id) several = true;
      who = a.id;
    }
    if (who.empty() || several) continue;
    Mention m;
    m.span = {doc.tokens[t].span.start, doc.tokens[e - 1].span.end};
    m.type = MentionType::PERSON;
    m.form = MentionForm::nominal;
    m.entity = who;
    m.score = 0.8f;
    out.push_back(std::move(m));
    t = e - 1;
  }
  // A bare title itself: "Pakistan's army chief has extended ..." then "General Qamar Javed
  // Bajwa said" in a sentence near it. News names the office first and the holder after. The
  // one person named within three sentences after (or six before), not in the title's own
  // sentence ("Pakistan's army chief met General X": two people), with a role in that body.
  for (const auto& b : bare) {
    // Only a title that is a clause's subject ("Pakistan's army chief has extended ..."): not one
    // an indefinite article introduces ("an IRA leader at the time, X, said": someone named
    // right after; "He was an MIT police officer") nor one before a quote or a name in quotes
    // ("former UVF member 'John Black'").
    const uint32_t from_tok = doc.token_at_or_after(b.from);
    if (from_tok > 0 && (norm(from_tok - 1) == "a" || norm(from_tok - 1) == "an")) continue;
    if (b.at + 1 >= n || !doc.tokens[b.at + 1].has(kTokWord) || doc.tokens[b.at + 1].has(kTokCapitalized))
      continue;
    const int bs = doc.sentence_at(doc.tokens[b.at].span.start);
    std::string who;
    bool several = false;
    for (const auto& a : doc.actors) {
      if (a.kind != ActorKind::person || a.roles.empty()) continue;
      bool near = false, same = false;
      for (const Seen& m : seen[a.id]) {
        if (!m.name) continue;
        same |= m.sentence == bs;
        near |= m.sentence != bs && m.sentence >= bs - 6 && m.sentence <= bs + 3;
      }
      if (!near || same) continue;
      bool fits = false;
      for (const auto& r : a.roles) {
        std::vector<std::string> rw = lower_words(r.title);
        bool ranks = !rw.empty();
        for (const auto& x : rw) ranks = ranks && is_rank_word(x);
        fits |= r.of == b.org && (ranks || rw == b.words);
      }
      if (!fits) continue;
      if (!who.empty() && who != a.id) several = true;
      who = a.id;
    }
    if (who.empty() || several) continue;
    Mention m;
    m.span = {b.from, doc.tokens[b.at].span.end};
    m.type = MentionType::PERSON;
    m.form = MentionForm::nominal;
    m.entity = who;
    m.score = 0.8f;
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  return out;
}

}  // namespace dossier
