// How relation extraction works, and why this way.
//
// News says "X worked with Y" in a few dozen recurring shapes, and the
// arguments are already found (and resolved through coreference) by the
// entity stage. So instead of a parser we use shallow patterns over one
// sentence at a time:
//
// 1. Units. A sentence's tokens are regrouped so that every entity mention is
//    one unit (a "Lashkar-e-Jhangvi" of five tokens is one thing to match);
//    other tokens stay single units. Mentions linked to an actor are
//    "actor units": the only things a slot can bind.
// 2. Matching. Each pattern (relation_patterns.h) is tried at every unit with
//    a small backtracking matcher. Slots accept a coordinated list ("LeJ and
//    Jamaat-ul-Ahrar") and, after a word, a few modifiers before the mention
//    ("the banned Pakistani group LeJ"). Every (subject, object) pair of a
//    match becomes a candidate, checked against the argument kinds the
//    relation type allows (a leader is a person; a faction is not).
// 3. Modality. The clause around the match (back to the previous comma,
//    semicolon, quote or "but") is scanned for cue words: a hedge ("might",
//    "appears to", "whether", "if") drops the candidate, a negation ("no",
//    "not", "denied") makes it `denied`. Questions are dropped.
// 4. Attribution. Reporting cues (said, told, according to, claimed,
//    revealed, insisted ...) are found with the noun phrase of their speaker:
//    before the verb ("a security official told AFP"), after it in the
//    inverted quote form ('..." said Ali bin Sufyan') or after "according
//    to". A relation takes the nearest cue outside its own words; the speaker
//    is an actor id when the phrase ends in a linked actor mention, else its
//    words.
// 5. Time, confidence, evidence, id (see relation_stage.h).
//
// The cost is linear in the text times the number of patterns; sentences are
// short, patterns are a few hundred.
#include <algorithm>
#include <cstdio>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

#include "core/ids.h"
#include "core/utf8.h"
#include "dossier/resources.h"
#include "entities/roles.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"
#include "relations/relation_stage.h"

namespace dossier {
namespace {

struct Unit {
  Span span;
  std::string norm;     // folded words (a mention's tokens joined with ' ')
  int mention = -1;     // index into doc.mentions
  bool actor = false;   // a mention usable as a relation argument
  bool punct = false;
  bool quote = false;
  bool capitalized = false;
  bool word = false;
  uint64_t mask = 0;    // the word classes of norm (RelationPatterns::mask_of)
};

bool has(const Unit& u, int class_id) { return class_id >= 0 && ((u.mask >> class_id) & 1); }

// A name the recognizer took for an organisation but that only the place
// gazetteer knows ("FATA", "Waziristan") is a place: never an argument.
bool place_not_actor(const Document& doc, const Mention& m, const ActorLexicon* actors, const PlaceGazetteer* places) {
  if (!places || m.form != MentionForm::name) return false;
  if (actors && actors->by_id(m.entity)) return false;
  if (actors && !actors->lookup(doc.slice(m.span)).empty()) return false;
  return !places->lookup(doc.slice(m.span)).empty();
}

bool actor_mention(const Document& doc, const Mention& m, const ActorLexicon* actors = nullptr,
                   const PlaceGazetteer* places = nullptr) {
  if (m.metadata || m.entity.empty()) return false;
  if (place_not_actor(doc, m, actors, places)) return false;
  switch (m.type) {
    case MentionType::PERSON:
    case MentionType::ARMED_GROUP:
    case MentionType::ORG:
    case MentionType::STATE_ACTOR:
      return true;
    case MentionType::GPE:
    case MentionType::NORP:
      return doc.find_actor(m.entity) != nullptr;
    default:
      return false;
  }
}

// A description the patterns read word by word, never as an argument: a definite title that
// stands for a person ("the army chief said": the title rules below read its words and find
// him), and a group's description right before its name, before a comma and its name, or
// before "of" ("the banned Pakistani group LeJ", "an LeJ faction, Al Alami", "A splinter group
// of X has pledged ..."): the name in the same words is the argument, and the words carry the
// relation ("faction", "splinter"). The name must be the group described: in "A spokesperson of
// the group, Qari Saifullah, told CNN" the group is an argument.
bool read_as_words(const Document& doc, const Mention& m) {
  if (m.form != MentionForm::nominal) return false;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  uint32_t e = doc.token_at_or_after(m.span.end);
  if (m.type == MentionType::PERSON) return e > 0 && e <= n && is_title_word(doc.tokens[e - 1].norm);
  if (e >= n) return false;
  if (doc.tokens[e].norm == "of") return true;
  auto name_at = [&](uint32_t t) {
    if (t >= n) return false;
    auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), doc.tokens[t].span.start,
                               [](const Mention& x, uint32_t p) { return x.span.start < p; });
    for (; it != doc.mentions.end() && it->span.start == doc.tokens[t].span.start; ++it)
      if (it->form == MentionForm::name && !it->metadata && it->entity == m.entity) return true;
    return false;
  };
  return name_at(e) || (doc.tokens[e].norm == "," && name_at(e + 1));
}

std::vector<Unit> build_units(const Document& doc, const Sentence& s, const RelationPatterns& pats,
                              const ActorLexicon* actors = nullptr, const PlaceGazetteer* places = nullptr) {
  std::vector<Unit> units;
  auto mit = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), s.span.start,
                              [](const Mention& m, uint32_t p) { return m.span.start < p; });
  uint32_t t = s.first_token;
  // Whether the mention at `mit` is read as words, judged once per mention, not once per token.
  auto judged = doc.mentions.end();
  bool as_words = false;
  auto skip = [&](std::vector<Mention>::const_iterator it) {
    if (it != judged) {
      judged = it;
      as_words = read_as_words(doc, *it);
    }
    return as_words;
  };
  while (t < s.end_token && t < doc.tokens.size()) {
    const Token& tok = doc.tokens[t];
    while (mit != doc.mentions.end() && (mit->span.end <= tok.span.start || skip(mit))) ++mit;
    if (mit != doc.mentions.end() && mit->span.start <= tok.span.start && tok.span.start < mit->span.end) {
      Unit u;
      u.mention = static_cast<int>(mit - doc.mentions.begin());
      u.actor = actor_mention(doc, *mit, actors, places);
      u.span = {tok.span.start, tok.span.end};
      u.capitalized = tok.has(kTokCapitalized);
      while (t < s.end_token && doc.tokens[t].span.start < mit->span.end) {
        if (!u.norm.empty()) u.norm += ' ';
        u.norm += doc.tokens[t].norm;
        u.span.end = doc.tokens[t].span.end;
        ++t;
      }
      // "Iran-backed", "al-Qaeda-linked", "ISIS'": the rest of the last token
      // after the mention is a word of its own.
      uint32_t mend = mit->span.end;
      units.push_back(std::move(u));
      if (units.back().span.end > mend) {
        std::string tail = utf8::fold(doc.slice({mend, units.back().span.end}));
        units.back().span.end = mend;
        size_t k = 0;
        while (k < tail.size() && (tail[k] == '-' || tail[k] == '\'')) ++k;
        Unit w;
        w.span = {mend, doc.tokens[t - 1].span.end};
        w.norm = k > 0 && tail.substr(k) == "s" ? "'s" : tail.substr(k);
        w.word = true;
        if (!w.norm.empty()) units.push_back(std::move(w));
      }
      ++mit;
      continue;
    }
    Unit u;
    u.span = tok.span;
    u.norm = tok.norm;
    u.punct = tok.has(kTokPunct) && !tok.has(kTokWord);
    u.quote = tok.has(kTokQuote);
    u.word = tok.has(kTokWord);
    u.capitalized = tok.has(kTokCapitalized);
    units.push_back(std::move(u));
    ++t;
  }
  for (auto& u : units) u.mask = pats.mask_of(u.norm);
  // "FATA Research Center" read as "FATA" + "Research Center": a name that
  // runs straight into another capitalized name is a piece of a longer name,
  // not an actor of its own.
  for (size_t i = 0; i + 1 < units.size(); ++i) {
    Unit& a = units[i];
    const Unit& b = units[i + 1];
    if (!a.actor || b.mention < 0 || !b.capitalized || b.span.start != a.span.end + 1) continue;
    const Mention& ma = doc.mentions[static_cast<size_t>(a.mention)];
    const Mention& mb = doc.mentions[static_cast<size_t>(b.mention)];
    if (ma.form != MentionForm::name || mb.form != MentionForm::name) continue;
    if (ma.type == MentionType::PERSON || mb.type == MentionType::PERSON) continue;
    if (doc.text[a.span.end] != ' ') continue;
    a.actor = false;
  }
  return units;
}

// The index after "(...)" at i, if there is one.
int skip_paren_simple(const std::vector<Unit>& u, int i) {
  int n = static_cast<int>(u.size());
  if (i < n && u[i].norm == "(")
    for (int j = i + 1; j < n && j <= i + 7; ++j)
      if (u[j].norm == ")") return j + 1;
  return i;
}

// One way a pattern matched.
struct Match {
  std::vector<int> subj, obj;  // unit indices of actor mentions
  bool pair = false;
  int first = -1, last = -1;   // unit range covered (inclusive)
  int role_b = -1, role_e = -1;
  std::string role_text;       // a title read by find_roles()
  bool implicit = false;       // the object is left to the context (O^)
  int obj_mention = -1;        // when >= 0, the object's mention (index into the sentence's mentions)
};

class Matcher {
 public:
  Matcher(const RelationPatterns& pats, const std::vector<Unit>& units, const std::vector<Mention>& mentions)
      : pats_(pats), u_(units), mentions_(&mentions) {
    // What the sentence offers a pattern's anchor word: its words and their classes.
    for (const Unit& u : u_) {
      if (!word_eligible(u)) continue;
      class_union_ |= u.mask;
      norms_.insert(u.norm);
    }
  }

  // headless: match without the leading subject (and the gap after it), to
  // find what a statement names as its object even when its subject is no
  // actor ("A splinter group of X has pledged support to Y").
  void run(const RelationPattern& p, std::vector<Match>& out, bool headless = false) {
    pat_ = &p;
    out_ = &out;
    size_t first_el = 0;
    if (headless) {
      if (p.elements.empty() || p.elements[0].kind != PatternElement::Kind::subject || p.implicit_object) return;
      first_el = 1;
      if (first_el < p.elements.size() && p.elements[first_el].kind == PatternElement::Kind::gap) ++first_el;
    }
    // Most patterns hinge on a rare word ("allegiance", "splinter"): skip
    // the sentence at once when it does not have it.
    if (int a = RelationPatterns::anchor(p); a >= 0 && !anchor_present(p.elements[static_cast<size_t>(a)])) return;
    // A pattern that opens with an actor slot can only match from an actor.
    using K = PatternElement::Kind;
    const bool actor_first = first_el < p.elements.size() && (p.elements[first_el].kind == K::subject ||
                                                              p.elements[first_el].kind == K::object ||
                                                              p.elements[first_el].kind == K::pair);
    for (int i = 0; i < static_cast<int>(u_.size()); ++i) {
      if (actor_first && !u_[i].actor) continue;
      Match m;
      m.first = i;
      step(first_el, i, m, true);
    }
  }

 private:

  int skip_quotes(int i) const {
    while (i < static_cast<int>(u_.size()) && u_[i].quote) ++i;
    return i;
  }

  // Can a word element match this unit? Not an actor, but a resolved possessive ("its backing")
  // is still the word "its".
  bool word_eligible(const Unit& u) const {
    return !u.actor || has(u, kDet) ||
           (u.mention >= 0 && (*mentions_)[static_cast<size_t>(u.mention)].form == MentionForm::pronoun);
  }

  // Does some unit of the sentence match word element e? (Same as trying word_matches on each.)
  bool anchor_present(const PatternElement& e) const {
    if (e.kind == PatternElement::Kind::word_class) return e.class_id >= 0 && ((class_union_ >> e.class_id) & 1);
    for (const auto& w : e.words)
      if (norms_.count(w)) return true;
    if (!e.prefixes.empty())
      for (const auto& u : u_)
        if (word_matches(e, u)) return true;
    return false;
  }

  bool word_matches(const PatternElement& e, const Unit& u) const {
    if (!word_eligible(u)) return false;
    if (e.kind == PatternElement::Kind::word_class) return has(u, e.class_id);
    for (const auto& w : e.words)
      if (u.norm == w) return true;
    for (const auto& p : e.prefixes)
      if (u.norm.size() >= p.size() && u.norm.compare(0, p.size(), p) == 0) return true;
    return false;
  }

  bool gap_ok(const Unit& u) const {
    if (u.actor && !has(u, kDet)) return false;  // "pledged its support to": a resolved possessive may be filler
    return !u.punct && !has(u, kGapstop);
  }
  bool premod_ok(const Unit& u) const {
    if (u.actor) return false;
    if (u.mention >= 0) return true;  // a nationality, a place: "Pakistani", "Quetta-based"
    if (u.norm == "'s") return true;
    if (!u.word) return false;
    if (has(u, kNoskip) || has(u, kReport) || has(u, kGapstop)) return false;
    return !u.capitalized || has(u, kPremod) || has(u, kRank);
  }

  // Skips what follows a mention and only restates or qualifies it: an alias
  // "(LeJ)", an aside between dashes "- shot dead by police -", an age
  // ", 28,". Returns the index after it, or i when there is none. A
  // parenthesis naming another actor is kept: it may be an argument.
  int skip_paren(int i, int mention_unit) const {
    int n = static_cast<int>(u_.size());
    if (i >= n) return i;
    const std::string& self = u_[mention_unit].mention >= 0 ? entity_of(mention_unit) : std::string();
    if (u_[i].norm == "(") {
      for (int j = i + 1; j < n && j <= i + 7; ++j) {
        if (u_[j].actor && entity_of(j) != self) return i;
        if (u_[j].norm == ")") return j + 1;
      }
    }
    if (u_[i].norm == "-") {
      for (int j = i + 1; j < n && j <= i + 9; ++j)
        if (u_[j].norm == "-") return j + 1;
    }
    if (u_[i].norm == "," && i + 2 < n && u_[i + 1].mention < 0 && !u_[i + 1].norm.empty() &&
        std::isdigit(static_cast<unsigned char>(u_[i + 1].norm[0])) && u_[i + 2].norm == ",")
      return i + 3;  // ", 28," - an age
    return i;
  }

  const std::string& entity_of(int unit) const { return (*mentions_)[static_cast<size_t>(u_[unit].mention)].entity; }

  // Coordinated actor lists starting exactly at i, longest first; each
  // option is (units, next). "A, B and C" and "A and the B" are lists; "A, B"
  // without a conjunction is not (it is more often an apposition).
  std::vector<std::pair<std::vector<int>, int>> lists_at(int i, bool subject_first) const {
    std::vector<std::pair<std::vector<int>, int>> opts;
    int n = static_cast<int>(u_.size());
    if (i >= n || !u_[i].actor) return opts;
    opts.push_back({{i}, skip_paren(i + 1, i)});
    std::vector<int> list{i};
    int next = opts.back().second;
    while (next < n) {
      int j = next;
      bool comma = false, conj = false;
      if (u_[j].norm == ",") {
        comma = true;
        ++j;
      }
      if (j < n && (u_[j].norm == "and" || u_[j].norm == "or")) {
        conj = true;
        ++j;
      }
      if (!comma && !conj) break;
      j = skip_quotes(j);
      if (j < n && !u_[j].actor && has(u_[j], kDet)) ++j;
      if (j >= n || !u_[j].actor) {
        // "A, B, and our partners": the actors before the conjunction count.
        if (conj && list.size() > 1) opts.push_back({list, next});
        break;
      }
      list.push_back(j);
      next = skip_paren(j + 1, j);
      if (conj) {
        opts.push_back({list, next});
        break;
      }
    }
    // "X, 28, political leader of Y": after an age the closing comma may open
    // the apposition the pattern reads.
    size_t k = opts.size();
    for (size_t o = 0; o < k; ++o) {
      int nx = opts[o].second;
      if (nx >= 3 && u_[nx - 1].norm == "," && u_[nx - 3].norm == "," && !u_[nx - 2].norm.empty() &&
          std::isdigit(static_cast<unsigned char>(u_[nx - 2].norm[0])))
        opts.push_back({opts[o].first, nx - 1});
    }
    // "Jund al-Tawhid, which broke away from ...": the relative clause speaks
    // of the list before it.
    k = opts.size();
    for (size_t o = 0; o < k; ++o) {
      int nx = opts[o].second;
      if (nx + 1 < n && u_[nx].norm == "," && (u_[nx + 1].norm == "which" || u_[nx + 1].norm == "who"))
        opts.push_back({opts[o].first, nx + 2});
    }
    // "Ansar Beit al-Maqdis, Egypt's main militant group, pledged ...": an
    // apposition without another actor stands between a subject and its verb.
    k = subject_first ? opts.size() : 0;
    for (size_t o = 0; o < k; ++o) {
      int nx = opts[o].second;
      if (nx >= n || u_[nx].norm != ",") continue;
      for (int j = nx + 1; j < n && j <= nx + 9; ++j) {
        if (u_[j].actor || u_[j].quote || has(u_[j], kBoundary)) {
          if (u_[j].norm == "," && j > nx + 1) opts.push_back({opts[o].first, j + 1});
          break;
        }
      }
    }
    // "Egypt's main militant group, Ansar Beit al-Maqdis, pledged ...": the
    // name is an apposition to the noun phrase before it, and the comma after
    // it closes the apposition, not the clause.
    if (subject_first && i >= 2 && u_[i - 1].norm == "," && appositive_np_before(i - 1)) {
      k = opts.size();
      for (size_t o = 0; o < k; ++o) {
        int nx = opts[o].second;
        if (nx + 1 < n && u_[nx].norm == "," && u_[nx + 1].word && !u_[nx + 1].actor && !has(u_[nx + 1], kNoskip) &&
            !has(u_[nx + 1], kGapstop))
          opts.push_back({opts[o].first, nx + 1});
      }
    }
    std::reverse(opts.begin(), opts.end());
    return opts;
  }

  // Is units [.., comma) a noun phrase of its own (back to the sentence start
  // or a comma), ending in a noun: "Last week, Egypt's main militant group,"?
  bool appositive_np_before(int comma) const {
    int e = comma - 1;
    if (e < 0 || !u_[e].word || u_[e].mention >= 0) return false;
    if (has(u_[e], kPrep) || has(u_[e], kDet) || has(u_[e], kReport) || has(u_[e], kGapstop) || has(u_[e], kNoskip) ||
        has(u_[e], kBoundary))
      return false;
    int b = e, words = 0;
    while (b >= 0 && u_[b].norm != "," && !u_[b].quote && !u_[b].actor) {
      // A clause, not a noun phrase: "police said, X, ...", "while fighting, X, ...".
      if (has(u_[b], kReport) || has(u_[b], kGapstop) || u_[b].norm == "according") return false;
      ++words;
      --b;
    }
    if (b >= 0 && u_[b].norm != ",") return false;
    // It opens like a noun phrase ("the largest group of the Sahel"), not
    // like an adverbial ("In Karachi, X, ...").
    const Unit& f = u_[b + 1];
    if (has(f, kPrep) || has(f, kNoskip)) return false;
    return words >= 2 && words <= 10;
  }

  void step(size_t ei, int ui, Match& m, bool at_start) {
    const auto& els = pat_->elements;
    int n = static_cast<int>(u_.size());
    if (ei == els.size()) {
      Match done = m;
      done.last = ui - 1;
      if (done.last >= done.first) out_->push_back(std::move(done));
      return;
    }
    const PatternElement& e = els[ei];
    using K = PatternElement::Kind;
    switch (e.kind) {
      case K::subject:
      case K::object:
      case K::pair: {
        int start = at_start ? ui : skip_quotes(ui);
        // The slot may start after up to 6 modifiers: starts are [start, last_start].
        int last_start = start;
        if (!at_start) {
          for (int j = start; j < n && j < start + 6; ++j) {
            // 'financed by the "Medellin cartel"': quotes may stand among the modifiers.
            bool ok = u_[j].quote || (e.exact ? (has(u_[j], kDet) || has(u_[j], kRank)) : premod_ok(u_[j]));
            if (!ok) break;
            last_start = j + 1;
          }
        }
        for (int s = start; s <= last_start; ++s) {
          if (s >= n || !u_[s].actor) continue;  // lists_at(s) would find nothing
          for (auto& [list, next] : lists_at(s, at_start && e.kind == K::subject)) {
            if (e.kind == K::pair && list.size() < 2) continue;
            if (e.mention_type) {
              bool ok = true;
              for (int li : list) {
                const Mention& mm = (*mentions_)[static_cast<size_t>(u_[li].mention)];
                ok = ok && mm.type == *e.mention_type && mm.form == MentionForm::name;
              }
              if (!ok) continue;
            }
            auto& slot = e.kind == K::object ? m.obj : m.subj;
            auto saved = slot;
            slot = list;
            m.pair = e.kind == K::pair;
            step(ei + 1, next, m, false);
            slot = saved;
          }
        }
        if (at_start) return;
        return;
      }
      case K::word:
      case K::word_class: {
        int j = skip_quotes(ui);
        if (j < n && word_matches(e, u_[j])) step(ei + 1, j + 1, m, false);
        if (e.optional) step(ei + 1, ui, m, at_start);
        return;
      }
      case K::gap: {
        step(ei + 1, ui, m, at_start);
        int j = ui;
        for (int k = 0; k < e.gap; ++k) {
          j = skip_quotes(j);
          if (j >= n || !gap_ok(u_[j])) break;
          ++j;
          step(ei + 1, j, m, false);
        }
        return;
      }
      case K::implicit_object: {
        // Only when nothing names the object here: "announced its backing",
        // not "announced its backing for the strike".
        // A preposition of the class @recipient ("to", "for") would name the
        // object; "its support in a video" leaves it to the context.
        int j = skip_quotes(ui);
        if (j < n && (pats_.in_class("recipient", u_[j].norm) || u_[j].actor)) return;
        m.implicit = true;
        step(ei + 1, ui, m, false);
        m.implicit = false;
        return;
      }
      case K::role_open: {
        int saved = m.role_b;
        m.role_b = skip_quotes(ui);
        step(ei + 1, ui, m, at_start);
        m.role_b = saved;
        return;
      }
      case K::role_close: {
        int saved = m.role_e;
        m.role_e = ui;
        step(ei + 1, ui, m, at_start);
        m.role_e = saved;
        return;
      }
    }
  }

  const RelationPatterns& pats_;
  const std::vector<Unit>& u_;
  const std::vector<Mention>* mentions_;
  uint64_t class_union_ = 0;                    // the classes of the units word elements can match
  std::unordered_set<std::string_view> norms_;  // and their words
  const RelationPattern* pat_ = nullptr;
  std::vector<Match>* out_ = nullptr;
};

// A reporting cue and its speaker.
struct ReportCue {
  int verb = -1;
  int excl_b = 0, excl_e = 0;  // units that belong to the cue (speaker, verb), inclusive
  std::string speaker_text;
  std::string speaker_actor;
};

bool is_boundary(const RelationPatterns& p, const Unit& u) {
  return u.quote || has(u, kBoundary);
}

std::string units_text(const Document& doc, const std::vector<Unit>& u, int b, int e) {
  if (b > e) return {};
  return std::string(doc.slice({u[b].span.start, u[e].span.end}));
}

bool covered_by_timex(const Document& doc, const Unit& u) {
  for (const auto& t : doc.timexes)
    if (t.span.overlaps(u.span)) return true;
  return false;
}

RelationType type_of_title(const RelationPatterns& pats, std::string_view title);

// The folded words of a title; a title may be wrapped across lines.
std::vector<std::string> title_words(std::string_view title) {
  std::vector<std::string> words;
  std::string t = utf8::fold(title);
  size_t i = 0;
  while (i < t.size()) {
    size_t j = t.find_first_of(" \t\r\n", i);
    if (j == std::string::npos) j = t.size();
    if (j > i) words.push_back(t.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

// Is the title an office ("Finance Minister", "Ambassador to Pakistan", "Minister of Law")? Its
// head word (the last, or the one before "to"/"of"/"in") is of the @office, @leader or @post class.
bool office_title(const RelationPatterns& pats, std::string_view title) {
  const std::vector<std::string> words = title_words(title);
  size_t head = words.size();
  for (size_t k = 1; k < words.size(); ++k)
    if (words[k] == "to" || words[k] == "of" || words[k] == "in") {
      head = k;
      break;
    }
  if (head == 0) return false;
  const std::string& w = words[head - 1];
  return pats.in_class("office", w) || pats.in_class("leader", w) || pats.in_class("post", w);
}

// The one person the document gives as a spokesperson of `org` (in the roles the entity stage
// read), or "" when none or several.
std::string spokesperson_of(const Document& doc, const RelationPatterns& pats, const std::string& org) {
  std::string who;
  for (const auto& a : doc.actors) {
    if (a.kind != ActorKind::person) continue;
    for (const auto& r : a.roles)
      if (r.of == org && type_of_title(pats, r.title) == RelationType::spokesperson_of) {
        if (!who.empty() && who != a.id) return {};
        who = a.id;
      }
  }
  return who;
}

// Fills the speaker of a cue from units [b, e]; false when nothing usable.
bool set_speaker(const Document& doc, const RelationPatterns& pats, const std::vector<Unit>& u, int b,
                 int e, ReportCue& cue, bool any_start = false) {
  // Strip time expressions and auxiliaries at the end ("LeJ on Wednesday
  // said", "Pakistan has previously accused") and leading conjunctions.
  while (e >= b && (covered_by_timex(doc, u[e]) || has(u[e], kNpstrip))) --e;
  while (b <= e && (has(u[b], kNpstrip) || u[b].norm == "and" || u[b].norm == "but")) ++b;
  if (b > e || e - b > 10) return false;
  // A speaker phrase starts like a noun phrase: a name, a determiner, a
  // capital, or a word such as "officials" or "senior"; "it was reported"
  // is the outlet's own voice.
  const Unit& first = u[b];
  bool np_start = first.mention >= 0 || first.capitalized || has(first, kDet) ||
                  has(first, kSpeaker) || (!first.word && !first.punct);
  if (!np_start && !any_start) return false;
  // A lone pronoun speaks only as "he"/"she", resolved later to the sentence before's speaker.
  if (b == e && first.mention < 0 && has(first, kPronoun) && first.norm != "he" && first.norm != "she") return false;
  bool has_prep = false;
  for (int i = b; i <= e; ++i)
    if (!u[i].actor && has(u[i], kPrep)) has_prep = true;
  cue.speaker_text = units_text(doc, u, b, e);
  if (u[e].actor && !has_prep) {
    cue.speaker_actor = doc.mentions[static_cast<size_t>(u[e].mention)].entity;
  } else if (e > b && u[b].norm == "the" && !has_prep) {
    // "the army chief said": the one person the document gives that exact title.
    std::vector<std::string> title;
    bool words = true;
    for (int i = b + 1; i <= e && words; ++i) {
      words = u[i].word && u[i].mention < 0;
      title.push_back(u[i].norm);
    }
    if (words) {
      for (const auto& a : doc.actors) {
        if (a.kind != ActorKind::person) continue;
        bool holds = false;
        for (const auto& r : a.roles) holds = holds || title_words(r.title) == title;
        if (!holds) continue;
        if (!cue.speaker_actor.empty()) {  // two people with that title: say no more
          cue.speaker_actor.clear();
          break;
        }
        cue.speaker_actor = a.id;
      }
    }
  }
  if (cue.speaker_actor.empty() && !u[e].actor && pats.in_class("spokes", u[e].norm)) {
    // "the group's spokesman told Reuters": the spokesman the document names for that group.
    int g = e - 1;
    if (g > b && u[g].norm == "'s") --g;
    if (g >= b && u[g].actor && u[g].mention >= 0)
      cue.speaker_actor = spokesperson_of(doc, pats, doc.mentions[static_cast<size_t>(u[g].mention)].entity);
  }
  return true;
}

std::vector<ReportCue> find_report_cues(const Document& doc, const RelationPatterns& pats,
                                        const std::vector<Unit>& u) {
  std::vector<ReportCue> cues;
  int n = static_cast<int>(u.size());
  auto stop_back = [&](int i) { return is_boundary(pats, u[i]) || has(u[i], kNpstop); };
  for (int v = 0; v < n; ++v) {
    if (u[v].actor || u[v].mention >= 0) continue;
    ReportCue cue;
    cue.verb = v;
    if (u[v].norm == "according" && v + 1 < n && u[v + 1].norm == "to") {
      int e = v + 2;
      while (e < n && !is_boundary(pats, u[e]) && u[e].norm != "." && e < v + 14) ++e;
      if (!set_speaker(doc, pats, u, v + 2, e - 1, cue, true)) continue;
      cue.excl_b = v;
      cue.excl_e = e - 1;
      cues.push_back(std::move(cue));
      continue;
    }
    // "Afghan claims that ...", "reports that ...": hearsay named by a noun.
    if (has(u[v], kReportNoun) && v + 1 < n && u[v + 1].norm == "that") {
      int b = v;
      while (b > 0 && b > v - 4 && (u[b - 1].mention >= 0 || u[b - 1].capitalized || has(u[b - 1], kPremod)))
        --b;
      cue.speaker_text = units_text(doc, u, b, v);
      cue.excl_b = b;
      cue.excl_e = v + 1;
      cues.push_back(std::move(cue));
      continue;
    }
    if (!has(u[v], kReport)) continue;
    // "according to reports", "the report said": a noun, not the verb.
    if (v > 0 && (has(u[v - 1], kDet) || has(u[v - 1], kPrep) ||
                  u[v - 1].norm == "according"))
      continue;
    // Inverted: '..." said Ali bin Sufyan, spokesman for LeJ' / "..., said X."
    bool after_quote = v > 0 && (u[v - 1].quote || (u[v - 1].norm == "," && v > 1 && u[v - 2].quote));
    bool after_comma = v > 0 && u[v - 1].norm == "," && has(u[v], kInvert);
    // "Yusuf Dembele, a spokesman for X, said the group ...": an apposition
    // before the comma means the speaker stands before the verb.
    if (after_comma && !after_quote) {
      int c2 = v - 2;
      while (c2 >= 0 && u[c2].norm != "," && !u[c2].quote && c2 > v - 16) --c2;
      if (c2 >= 1 && u[c2].norm == "," && u[c2 - 1].actor) after_comma = false;
      // "Its spokesman, Ehsan Ali, said the attack was revenge": a person's name set off by commas
      // before the verb is its speaker; what follows is what was said.
      if (v >= 3 && u[v - 3].norm == "," && u[v - 2].actor && u[v - 2].mention >= 0 &&
          doc.mentions[static_cast<size_t>(u[v - 2].mention)].type == MentionType::PERSON)
        after_comma = false;
    }
    if ((after_quote || after_comma) && v + 1 < n && (u[v + 1].mention >= 0 || u[v + 1].word) &&
        !has(u[v + 1], kNpstop) && !has(u[v + 1], kPrep) &&
        !has(u[v + 1], kPronoun)) {
      int e = v + 1;
      while (e < n && u[e].norm != "," && u[e].norm != "." && !u[e].quote && e < v + 12) ++e;
      bool to_end = e >= n || u[e].norm == "." || (u[e].norm == "," && after_quote);
      if ((after_quote || to_end) && set_speaker(doc, pats, u, v + 1, e - 1, cue)) {
        int x = e;  // an apposition after the speaker belongs to the cue
        if (x < n && u[x].norm == ",") {
          ++x;
          while (x < n && u[x].norm != "," && u[x].norm != "." && !u[x].quote) ++x;
        }
        cue.excl_b = v;
        cue.excl_e = std::min(x, n - 1);
        cues.push_back(std::move(cue));
        continue;
      }
    }
    // Normal: "a security official told AFP", "Ali bin Sufyan, a spokesman
    // for Jhangvi Al-Alami, told AFP".
    int end = v - 1;
    int appos_b = -1;
    if (end >= 0 && u[end].norm == ",") {
      int c2 = end - 1;
      while (c2 >= 0 && u[c2].norm != "," && !u[c2].quote && c2 > end - 14) --c2;
      if (c2 >= 0 && u[c2].norm == ",") {
        appos_b = c2;
        end = c2 - 1;
      }
    }
    int b = end;
    while (b >= 0 && !stop_back(b) && b > end - 12) --b;
    ++b;
    if (end < 0 || !set_speaker(doc, pats, u, b, end, cue)) continue;
    // "Ali bin Sufyan, a spokesman for Jhangvi Al-Alami told AFP": the person
    // before the comma is the speaker.
    // Not when the phrase names its own person: in "... led by X, the group's
    // spokesman Y told Reuters" Y speaks, not X.
    bool named = false;
    for (int i = b; i <= end; ++i)
      named = named || (u[i].actor && doc.mentions[static_cast<size_t>(u[i].mention)].type == MentionType::PERSON);
    if (b >= 2 && u[b - 1].norm == "," && u[b - 2].actor && !named &&
        doc.mentions[static_cast<size_t>(u[b - 2].mention)].type == MentionType::PERSON && appos_b < 0) {
      cue.speaker_text = units_text(doc, u, b - 2, b - 2);
      cue.speaker_actor = doc.mentions[static_cast<size_t>(u[b - 2].mention)].entity;
      b -= 2;
    }
    cue.excl_b = b;
    cue.excl_e = v;
    cues.push_back(std::move(cue));
  }
  return cues;
}

// The relation a title names: "spokesman" -> spokesperson_of, "leader",
// "army chief", "top commander" -> leader_of, any other office ("interior
// minister", "deputy chief") -> holds_position with the title as role.
RelationType type_of_title(const RelationPatterns& pats, std::string_view title) {
  const std::vector<std::string> words = title_words(title);
  if (words.empty()) return RelationType::holds_position;
  for (const auto& w : words)
    if (w.rfind("spokes", 0) == 0) return RelationType::spokesperson_of;
  if (pats.in_class("leader", words.back())) {
    bool plain = true;
    for (size_t k = 0; k + 1 < words.size(); ++k)
      plain = plain && pats.in_class("leadmod", words[k]);
    if (plain) return RelationType::leader_of;
  }
  return RelationType::holds_position;
}

// The unit after "spokesman for the" / "spokesman of" (the group a spokes word at k names):
// skips determiners, "for" and "of" up to unit hi.
int after_spokes_word(const std::vector<Unit>& u, int k, int hi) {
  int j = k + 1;
  while (j <= hi && !u[j].actor && (has(u[j], kDet) || u[j].norm == "for" || u[j].norm == "of")) ++j;
  return j;
}

// Synthetic patterns for relations read off find_roles() titles (an empty title: an affiliation).
const RelationPattern& role_pattern(RelationType t) {
  static const RelationPattern kPatterns[4] = {
      {RelationType::leader_of, 0.8, {}, "roles:leader"},
      {RelationType::spokesperson_of, 0.85, {}, "roles:spokesperson"},
      {RelationType::holds_position, 0.8, {}, "roles:position"},
      {RelationType::affiliated_with, 0.7, {}, "roles:affiliation"}};
  switch (t) {
    case RelationType::leader_of:
      return kPatterns[0];
    case RelationType::spokesperson_of:
      return kPatterns[1];
    case RelationType::affiliated_with:
      return kPatterns[3];
    default:
      return kPatterns[2];
  }
}

bool allowed(RelationType t, MentionType s, MentionType o) {
  bool sp = s == MentionType::PERSON, op = o == MentionType::PERSON;
  switch (t) {
    case RelationType::leader_of:
    case RelationType::spokesperson_of:
    case RelationType::holds_position:
      return sp && !op;
    case RelationType::member_of:
      return !op && o != MentionType::GPE;
    case RelationType::faction_of:
    case RelationType::split_from:
      return !sp && !op;
    case RelationType::cooperates_with:
    case RelationType::rival_of:
    case RelationType::affiliated_with:
    case RelationType::funded_by:
    case RelationType::pledged_allegiance_to:
      return true;
  }
  return true;
}

bool symmetric(RelationType t) {
  return t == RelationType::cooperates_with || t == RelationType::rival_of;
}

}  // namespace

Result<std::unique_ptr<RelationExtractor>> RelationExtractor::load(const std::string& dir) {
  auto p = RelationPatterns::load(dir);
  if (!p) return p.status();
  return std::make_unique<RelationExtractor>(std::move(*p));
}

void RelationExtractor::extract(Document& doc) const {
  // A first pass; when a quote's "we" belongs to a person whose group the
  // document names elsewhere ("Marwat, Jundullah's spokesman"), a second pass
  // with the spokesmen the first found.
  std::map<std::string, std::string> speaks_for;
  bool unresolved_we = false;
  std::vector<Relation> rels = run_pass(doc, speaks_for, &unresolved_we);
  if (unresolved_we) {
    for (const auto& r : rels)
      if (r.type == RelationType::spokesperson_of && r.polarity == Polarity::asserted)
        speaks_for.emplace(r.subject, r.object);
    if (!speaks_for.empty()) rels = run_pass(doc, speaks_for, nullptr);
  }
  doc.relations = std::move(rels);
}

namespace {

// Quoted stretches of a sentence as unit ranges (open quote, close quote);
// curly quotes say which way they face, straight ones alternate. A sentence
// that starts inside a quote opens at -1; one that ends inside closes at n.
std::vector<std::pair<int, int>> quoted_regions(const Document& doc, const std::vector<Unit>& u) {
  std::vector<std::pair<int, int>> out;
  int n = static_cast<int>(u.size());
  int open = -2;  // -2: outside
  bool first = true;
  for (int i = 0; i < n; ++i) {
    if (!u[i].quote) continue;
    std::string_view q = doc.slice(u[i].span);
    bool closing = q == "\u201d" || q == "\u2019";
    bool opening = q == "\u201c" || q == "\u2018";
    if (first && closing) {
      out.push_back({-1, i});
    } else if (open == -2 && !closing) {
      open = i;
    } else if (open != -2 && !opening) {
      out.push_back({open, i});
      open = -2;
    }
    first = false;
  }
  if (open != -2) out.push_back({open, n});
  return out;
}

}  // namespace

std::vector<Relation> RelationExtractor::run_pass(const Document& doc,
                                                  const std::map<std::string, std::string>& speaks_for,
                                                  bool* unresolved_we) const {
  std::vector<Relation> out;
  std::set<std::string> seen;
  // Titles the entity module reads ("Jundullah spokesman Marwat", "Pakistan's
  // army chief General Bajwa") become relations too, checked like the rest.
  std::vector<RoleMention> roles;
  if (!doc.mentions.empty()) roles = find_roles(doc);
  // The document's mentions, plus the first person plural of quotes read as
  // the group that speaks ("we" of a group's spokesman is the group).
  std::vector<Mention> men = doc.mentions;
  auto mention = [&](const Unit& u) -> const Mention& { return men[static_cast<size_t>(u.mention)]; };
  // Relation types some pattern leaves the object of to the context (O^),
  // and the objects recent statements of those types named.
  std::set<RelationType> implicit_types;
  for (const auto& p : patterns_.patterns())
    if (p.implicit_object) implicit_types.insert(p.type);
  struct Named {
    size_t sentence;
    int unit;  // position in that sentence
    RelationType type;
    size_t mention;
  };
  std::vector<Named> named;
  // News names an office holder by title first, then by name, then by the
  // title again: "Pakistan's army chief has ... ", '"...," General Bajwa
  // said', '"...," the army chief said'. Bare titles of an organisation
  // ("<org> army chief" with no name after it), and the named speakers since.
  struct BareTitle {
    size_t sentence;
    size_t org;         // index into men
    std::string words;  // "army chief"
    std::string head;   // "chief"
  };
  std::vector<BareTitle> titles;
  std::vector<std::pair<size_t, std::string>> named_speakers;  // (sentence, person id)
  auto title_word = [&](const Unit& u) {
    return !u.actor && u.mention < 0 &&
           (patterns_.in_class("post", u.norm) || patterns_.in_class("leader", u.norm) ||
            patterns_.in_class("office", u.norm) || patterns_.in_class("spokes", u.norm));
  };
  auto title_mod = [&](std::string_view w) {
    return patterns_.in_class("posmod", w) || patterns_.in_class("leadmod", w);
  };
  // The group of the last spokesman introduced without a name ("A spokesman for X told
  // reporters ..."), for a later quote of "the spokesman" (sentence, group id).
  std::pair<size_t, std::string> recent_spokes{0, ""};
  struct LastSpeaker {
    size_t sentence = static_cast<size_t>(-1);
    std::string actor, text;
  } last_speaker;
  struct Lede {
    size_t sentence = 0;
    RelationType type = RelationType::split_from;
    std::string parent;
    MentionType parent_type = MentionType::ARMED_GROUP;
  } lede;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sent = doc.sentences[si];
    std::vector<Unit> units = build_units(doc, sent, patterns_, actors_, places_);
    int n = static_cast<int>(units.size());
    // News introduces a group by description first and by name in the next sentence: "A
    // splinter group of X has pledged ... . Y announced ..." - Y is that splinter group.
    if (!lede.parent.empty() && lede.sentence + 1 == si && n > 0 && units[0].actor) {
      const Mention& ym = mention(units[0]);
      if ((ym.type == MentionType::ARMED_GROUP || ym.type == MentionType::ORG) && ym.form == MentionForm::name &&
          ym.entity != lede.parent && allowed(lede.type, ym.type, lede.parent_type)) {
        Relation r;
        r.type = lede.type;
        r.subject = ym.entity;
        r.object = lede.parent;
        r.confidence = 0.6;
        const Sentence& ls = doc.sentences[lede.sentence];
        r.id = make_id("rel", {doc.meta.id, to_string(r.type), r.subject, r.object, "asserted",
                               std::to_string(ls.span.start)});
        if (seen.insert(r.id).second) {
          r.evidence.push_back(doc.evidence_for(ls.span));
          r.evidence.push_back(doc.evidence_for(sent.span));
          out.push_back(std::move(r));
        }
      }
    }
    lede.parent.clear();
    {
      // "A (premods) splinter group|faction of (the) X" opening the sentence.
      int k = 0;
      if (n > 3 && (units[0].norm == "a" || units[0].norm == "an")) {
        k = 1;
        while (k < n && !units[k].actor && has(units[k], kPremod)) ++k;
        RelationType t = RelationType::affiliated_with;
        bool found = false;
        if (k < n && patterns_.in_class("splinter", units[k].norm)) {
          t = RelationType::split_from;
          found = true;
          if (k + 1 < n && (units[k + 1].norm == "group" || patterns_.in_class("faction", units[k + 1].norm))) ++k;
        } else if (k < n && patterns_.in_class("faction", units[k].norm)) {
          t = RelationType::faction_of;
          found = true;
        }
        if (found && k + 2 < n && (units[k + 1].norm == "of" || units[k + 1].norm == "from")) {
          int j = k + 2;
          while (j < n && !units[j].actor && has(units[j], kDet)) ++j;
          if (j < n && units[j].actor && mention(units[j]).type != MentionType::PERSON) {
            // "Pakistan's Taliban": the group, not the country before it.
            if (j + 2 < n && units[j + 1].norm == "'s" && units[j + 2].actor) j += 2;
            const Mention& pm = mention(units[j]);
            if (pm.type == MentionType::ARMED_GROUP || pm.type == MentionType::ORG)
              lede = {si, t, pm.entity, pm.type};
          }
        }
      }
    }
    for (int k = 0; k + 1 < n; ++k) {
      if (units[k].actor || !patterns_.in_class("spokes", units[k].norm)) continue;
      int j = after_spokes_word(units, k, n - 1);
      if (j > k + 1 && j < n && units[j].actor && mention(units[j]).type != MentionType::PERSON)
        recent_spokes = {si, mention(units[j]).entity};
    }
    int actors = 0;
    for (const auto& u : units) actors += u.actor;
    bool fp = false;
    for (const auto& u : units) fp = fp || (has(u, kFirstPlural) && u.mention < 0);
    std::vector<ReportCue> cues = find_report_cues(doc, patterns_, units);
    // "X told the committee ... . He claimed that ...": a pronoun speaker is the speaker of the
    // sentence before.
    for (auto& c : cues) {
      if (!c.speaker_actor.empty()) continue;
      std::string sp = c.speaker_text;
      for (auto& ch : sp) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (sp != "he" && sp != "she") continue;
      if (last_speaker.sentence + 1 == si && (!last_speaker.actor.empty() || !last_speaker.text.empty())) {
        c.speaker_actor = last_speaker.actor;
        c.speaker_text = last_speaker.text;
      } else {
        c.speaker_text.clear();  // someone said it; who, the text does not let us say
      }
    }
    last_speaker = {};
    for (const auto& c : cues)
      if (!c.speaker_actor.empty() || !c.speaker_text.empty()) {
        last_speaker = {si, c.speaker_actor, c.speaker_text};
        break;
      }
    {
      // Bare titles: an organisation, "'s"?, modifiers, a title word, and no
      // name after it.
      for (int i = 0; i + 1 < n; ++i) {
        if (!units[i].actor || mention(units[i]).type == MentionType::PERSON ||
            mention(units[i]).form != MentionForm::name)
          continue;
        int j = i + 1;
        if (units[j].norm == "'s") ++j;
        std::string words;
        // The organisation's own last word may be the title's modifier ("Pakistan's army" + "chief").
        std::string last = units[i].norm.substr(units[i].norm.rfind(' ') == std::string::npos ? 0 : units[i].norm.rfind(' ') + 1);
        if (title_mod(last)) words = last;
        while (j < n && !units[j].actor && units[j].mention < 0 && title_mod(units[j].norm) && !title_word(units[j])) {
          words += (words.empty() ? "" : " ") + units[j].norm;
          ++j;
        }
        if (j >= n || !title_word(units[j])) continue;
        int after = j + 1;
        bool named_after = after < n && (units[after].actor || has(units[after], kRank) ||
                                         (units[after].capitalized && units[after].word) || units[after].norm == ",");
        if (named_after) continue;
        std::string head = units[j].norm;
        words += (words.empty() ? "" : " ") + head;
        titles.push_back({si, static_cast<size_t>(units[i].mention), words, head});
      }
    }
    // "the army chief said": a definite title as the speaker refers back to
    // the one person named as a speaker since the bare title.
    for (const auto& c : cues) {
      if (!c.speaker_actor.empty() || c.excl_b < 0 || c.excl_b >= c.verb) continue;
      int b = c.excl_b, e = c.verb - 1;
      if (b > e || units[b].norm != "the" || !title_word(units[e])) continue;
      bool plain = true;
      std::string words;
      for (int i = b + 1; i < e; ++i) {
        plain = plain && title_mod(units[i].norm) && !units[i].actor && units[i].mention < 0;
        words += units[i].norm + " ";
      }
      words += units[e].norm;
      if (!plain) continue;
      for (auto t = titles.rbegin(); t != titles.rend(); ++t) {
        if (t->sentence >= si || si - t->sentence > 6 || t->words != words) continue;
        std::set<std::string> people;
        for (const auto& [ps, pid] : named_speakers)
          if (ps >= t->sentence && ps <= si) people.insert(pid);
        if (people.size() != 1) break;
        const Mention* pm = nullptr;
        for (const auto& m : doc.mentions)
          if (m.entity == *people.begin()) {
            pm = &m;
            break;
          }
        const Mention& om = men[t->org];
        RelationType type = type_of_title(patterns_, t->words);
        // "Northland's police chief", "Pakistan's army chief": an office of a
        // country or a state institution (the spec's holds_position "army chief").
        if ((om.type == MentionType::GPE || om.type == MentionType::STATE_ACTOR) && type == RelationType::leader_of &&
            t->words.find(' ') != std::string::npos)
          type = RelationType::holds_position;
        if (!pm || !allowed(type, pm->type, om.type)) break;
        Relation r;
        r.type = type;
        r.subject = pm->entity;
        r.object = om.entity;
        if (type == RelationType::holds_position) r.role = t->words;
        r.confidence = 0.6;
        const Sentence& ts = doc.sentences[t->sentence];
        r.id = make_id("rel", {doc.meta.id, to_string(r.type), r.subject, r.object, "asserted",
                               std::to_string(ts.span.start)});
        if (!seen.insert(r.id).second) break;
        r.evidence.push_back(doc.evidence_for(ts.span));
        r.evidence.push_back(doc.evidence_for(sent.span));
        out.push_back(std::move(r));
        break;
      }
    }
    for (const auto& c : cues)
      if (!c.speaker_actor.empty())
        for (const auto& m : doc.mentions)
          if (m.entity == c.speaker_actor) {
            if (m.type == MentionType::PERSON) named_speakers.push_back({si, c.speaker_actor});
            break;
          }
    if (actors + fp < 1) continue;
    // Questions are not relations.
    int lastu = n - 1;
    while (lastu >= 0 && units[lastu].quote) --lastu;
    if (lastu >= 0 && units[lastu].norm == "?") continue;

    // "We have no link with X," said Y, spokesman for Z: the first person
    // plural of a quote is the group its speaker speaks for - the speaker
    // itself when a group speaks, the group a spokesperson speaks for (named
    // in the cue's own words or elsewhere in the document).
    // The group a cue's speaker speaks for: the speaker itself when a group
    // speaks; the group a spokes word names in the cue ("said X, spokesman for
    // Y", "Y's spokesman", "a spokesman for Y, a faction of Z"); else the
    // group the document names the person spokesperson of.
    auto speaker_group = [&](const ReportCue& c) -> std::string {
      const Mention* speaker = nullptr;
      for (const auto& m : men)
        if (!c.speaker_actor.empty() && m.entity == c.speaker_actor) {
          speaker = &m;
          break;
        }
      if (speaker && speaker->type != MentionType::PERSON) return c.speaker_actor;
      int lo = std::max(0, c.excl_b), hi = std::min(n - 1, c.excl_e);
      auto org_at = [&](int i) {
        return i >= lo && i <= hi && units[i].actor && mention(units[i]).type != MentionType::PERSON;
      };
      for (int k = lo; k <= hi; ++k) {
        if (units[k].actor || !patterns_.in_class("spokes", units[k].norm)) continue;
        int j = after_spokes_word(units, k, hi);
        if (j > k + 1 && org_at(j)) return mention(units[j]).entity;
        j = k - 1;
        while (j >= lo && !units[j].actor && (has(units[j], kDet) || units[j].norm == "'s" || has(units[j], kPremod))) --j;
        if (org_at(j)) return mention(units[j]).entity;
      }
      if (speaker) {
        auto it = speaks_for.find(c.speaker_actor);
        if (it != speaks_for.end()) return it->second;
        if (unresolved_we) *unresolved_we = true;
      }
      // '"...," the spokesman said': the spokesman introduced without a name a few sentences
      // before ("A spokesman for X told reporters ...").
      if (!speaker && c.excl_b >= 0 && c.excl_b < c.verb && units[c.excl_b].norm == "the" &&
          !recent_spokes.second.empty() && si - recent_spokes.first <= 3) {
        bool spokes = false, other = false;
        for (int k = c.excl_b + 1; k < c.verb; ++k) {
          if (patterns_.in_class("spokes", units[k].norm)) spokes = true;
          else if (units[k].actor || units[k].capitalized) other = true;
        }
        if (spokes && !other) return recent_spokes.second;
      }
      return {};
    };
    auto make_virtual = [&](int i, const std::string& group) {
      MentionType gt = MentionType::ARMED_GROUP;
      for (const auto& m : doc.mentions)
        if (m.entity == group) {
          gt = m.type;
          break;
        }
      Mention v;
      v.span = units[i].span;
      v.type = gt;
      v.form = MentionForm::pronoun;
      v.entity = group;
      men.push_back(std::move(v));
      units[i].mention = static_cast<int>(men.size() - 1);
      units[i].actor = true;
      ++actors;
    };
    // "A spokesman for X told reporters that his group had ...": the group of
    // the speaker's own words is the group the speaker speaks for.
    for (const auto& c : cues) {
      for (int j = c.verb + 1; j + 1 < n && j <= c.verb + 8; ++j) {
        if (units[j].mention >= 0 || units[j + 1].mention >= 0) continue;
        if (!patterns_.in_class("possessive", units[j].norm) || !patterns_.in_class("group_noun", units[j + 1].norm))
          continue;
        std::string g = speaker_group(c);
        if (!g.empty() && g != c.speaker_actor) make_virtual(j + 1, g);
        break;
      }
    }
    if (fp) {
      for (auto [qb, qe] : quoted_regions(doc, units)) {
        bool has_we = false;
        for (int i = qb + 1; i < qe; ++i) has_we = has_we || (has(units[i], kFirstPlural) && units[i].mention < 0);
        if (!has_we) continue;
        const ReportCue* cue = nullptr;
        int bestd = 1 << 30;
        for (const auto& c : cues) {
          int d = -1;
          if (qe < n && c.excl_b > qe && c.excl_b - qe <= 3) d = c.excl_b - qe;
          else if (qb >= 0 && c.excl_e < qb && c.verb < qb && qb - c.verb <= 6) d = qb - c.verb;
          if (d >= 0 && d < bestd) {
            bestd = d;
            cue = &c;
          }
        }
        if (!cue) continue;
        std::string group = speaker_group(*cue);
        if (group.empty()) continue;
        for (int i = std::max(qb + 1, 0); i < qe && i < n; ++i)
          if (has(units[i], kFirstPlural) && units[i].mention < 0) make_virtual(i, group);
      }
    }
    // "Jundallah said on Monday it had pledged ...": the subject pronoun of
    // what a group says it did is the group (@group_pronoun: it, they).
    for (const auto& c : cues) {
      if (c.speaker_actor.empty() || c.verb + 1 >= n) continue;
      const Mention* sp = nullptr;
      for (const auto& m : doc.mentions)
        if (m.entity == c.speaker_actor) {
          sp = &m;
          break;
        }
      if (!sp || sp->type == MentionType::PERSON || c.excl_b > c.verb) continue;
      int j = c.verb + 1;
      while (j < n && (covered_by_timex(doc, units[j]) || units[j].norm == "on" || units[j].norm == "that")) ++j;
      if (j >= n || units[j].mention >= 0 || !patterns_.in_class("group_pronoun", units[j].norm)) continue;
      Mention v;
      v.span = units[j].span;
      v.type = sp->type;
      v.form = MentionForm::pronoun;
      v.entity = c.speaker_actor;
      men.push_back(std::move(v));
      units[j].mention = static_cast<int>(men.size() - 1);
      units[j].actor = true;
      ++actors;
    }
    if (actors < 1) continue;

    Matcher matcher(patterns_, units, men);
    // What statements of the implicit types name as their object, subject or
    // not: "A splinter group of X has pledged support to Y. Jundullah
    // announced its backing ..." - the backing is for Y.
    if (!implicit_types.empty()) {
      for (const auto& p : patterns_.patterns()) {
        if (!implicit_types.count(p.type) || p.implicit_object) continue;
        std::vector<Match> ms;
        matcher.run(p, ms, true);
        for (const auto& m : ms)
          for (int o : m.obj) named.push_back({si, m.last, p.type, static_cast<size_t>(units[o].mention)});
      }
    }
    std::vector<std::pair<const RelationPattern*, Match>> found;
    for (const auto& p : patterns_.patterns()) {
      if (actors < 2 && !p.implicit_object) continue;
      std::vector<Match> ms;
      matcher.run(p, ms);
      for (auto& m : ms) found.push_back({&p, std::move(m)});
    }
    for (const auto& role : roles) {
      if (role.person_id.empty() || role.org_id.empty() || role.org.empty()) continue;
      if (!sent.span.contains(role.person.start)) continue;
      int pu = -1, ou = -1, fu = -1, lu = -1;
      for (int i = 0; i < n; ++i) {
        if (units[i].span.overlaps(role.person) && units[i].actor) pu = i;
        if (units[i].span.overlaps(role.org) && units[i].actor) ou = i;
        if (units[i].span.overlaps(role.evidence)) {
          if (fu < 0) fu = i;
          lu = i;
        }
      }
      if (pu < 0 || fu < 0) continue;
      if (mention(units[pu]).entity != role.person_id) continue;
      int org_mention = -1;
      if (ou < 0 || mention(units[ou]).entity != role.org_id) {
        // "Iraqi Ambassador to Pakistan X", "Punjab Law Minister X": the body is read off a
        // place or a nationality, so no mention names it; the entity stage recorded which
        // body it is in the person's roles. The relation's object is a mention made for it.
        // Only an office ("Finance Minister", "Ambassador to X"; not "analyst" or "financier"),
        // only the body read off the place itself or its region's government (a national
        // fallback for a region would make "Ohio Governor X" a post in the US government),
        // and only when the words are a place or a nationality.
        if (!office_title(patterns_, role.title)) continue;
        ou = -1;
        for (int i = 0; i < n && ou < 0; ++i)
          if (units[i].span.overlaps(role.org)) ou = i;
        if (ou < 0 || units[ou].mention < 0) continue;
        const MentionType place_type = mention(units[ou]).type;
        if (place_type != MentionType::GPE && place_type != MentionType::NORP) continue;
        // The place qualifies the title itself: right before it ("Canadian Finance Minister"),
        // or after its "of"/"in"/"to" ("Minister of Law in Pakistan's Punjab"), not a word of
        // another name ("Indian Merchants Chambers President").
        {
          const std::vector<std::string> tw = title_words(role.title);
          const std::string first = tw.empty() ? std::string() : tw.front();
          int before = ou - 1;
          if (before >= 1 && units[before].norm == "'s" &&
              units[before - 1].mention >= 0)
            before -= 2;  // "in Pakistan's Punjab"
          int next = ou + 1;
          if (next < n && units[next].norm == "'s") ++next;  // "Singapore's"
          const bool right_before = next < n && units[next].norm == first;
          // "president of Quebec's Caisse centrale": a place that owns the next name is not the body.
          const bool owns_next = ou + 1 < n && units[ou + 1].norm == "'s";
          const bool after_prep = before >= 0 && !owns_next &&
                                  (units[before].norm == "of" || units[before].norm == "in" || units[before].norm == "to");
          if (!right_before && !after_prep) continue;
        }
        const Actor* person = doc.find_actor(role.person_id);
        const Actor* org = nullptr;
        auto derived = [&](const std::string& id) {
          if (id == role.org_id) return true;
          for (size_t k = 0; k + 1 < role.org_alternatives.size(); ++k)
            if (role.org_alternatives[k] == id) return true;
          return false;
        };
        if (person)
          for (const auto& r : person->roles)
            if (r.title == role.title && derived(r.of) && (org = doc.find_actor(r.of))) break;
        if (!org || org->kind != ActorKind::state_actor) continue;
        Mention om;
        om.span = role.org;
        om.type = org->kind == ActorKind::state_actor ? MentionType::STATE_ACTOR : MentionType::ORG;
        om.form = MentionForm::nominal;
        om.entity = org->id;
        men.push_back(std::move(om));
        org_mention = static_cast<int>(men.size() - 1);
      }
      const MentionType org_type = org_mention >= 0 ? men[static_cast<size_t>(org_mention)].type : mention(units[ou]).type;
      // No title ("X of the think tank Y"): the person is affiliated with the body.
      RelationType t =
          role.title.empty() ? RelationType::affiliated_with : type_of_title(patterns_, role.title);
      // The spec's "army chief": a modified title of a state institution or a
      // country ("Pakistan's army chief") is an office held, with its title.
      if (t == RelationType::leader_of && role.title.find(' ') != std::string::npos &&
          (org_type == MentionType::STATE_ACTOR || org_type == MentionType::GPE))
        t = RelationType::holds_position;
      Match m;
      m.obj_mention = org_mention;
      m.subj = {pu};
      m.obj = {ou};
      m.first = std::min({fu, pu, ou});
      m.last = std::max({lu, pu, ou});
      if (t == RelationType::holds_position) m.role_text = role.title;
      found.push_back({&role_pattern(t), std::move(m)});
    }
    if (found.empty()) continue;
    std::vector<Relation> sentence_rels;

    for (auto& [pat, m] : found) {
      // "Jaramillo, the present leader of the union, Vieira, ...": a match
      // that starts with a word right after "<person>," is that person's
      // apposition, not a statement about the next name.
      using K = PatternElement::Kind;
      K k0 = pat->elements.empty() ? K::object : pat->elements.front().kind;
      if (k0 != K::subject && k0 != K::object && k0 != K::pair) {
        int b = m.first - 1;
        while (b >= 0 && b >= m.first - 3 && units[b].word && !units[b].actor && !has(units[b], kBoundary)) --b;
        if (b >= 1 && units[b].norm == "," && units[b - 1].actor &&
            mention(units[b - 1]).type == MentionType::PERSON)
          continue;
      }
      // "the Deputy Chairman of X", "Y, the vice president of X": not the leader.
      if (pat->type == RelationType::leader_of) {
        bool deputy = false;
        for (int i = std::max(0, m.first - 1); i <= m.last; ++i) deputy = deputy || has(units[i], kNotLead);
        if (deputy) continue;
      }
      // A title read off "X, the group's spokesman Y" belongs to Y: a role
      // whose phrase runs into another person's name is not X's.
      if (pat->elements.empty() || (!m.subj.empty() && m.last + 1 < n && units[m.last + 1].actor &&
                                    mention(units[m.last + 1]).type ==
                                        MentionType::PERSON)) {
        bool other = false;
        int subj = m.subj.front();
        int from = pat->elements.empty() ? m.first : m.last + 1;
        for (int i = from; i <= std::min(n - 1, m.last + 1); ++i)
          if (i != subj && units[i].actor &&
              mention(units[i]).type == MentionType::PERSON &&
              mention(units[i]).entity !=
                  mention(units[subj]).entity)
            other = true;
        if (other) continue;
      }
      // A verb pattern's subject is the group itself, not "Taliban fighters"
      // or "commanders" of it, nor a name inside a prepositional phrase
      // ("fighters in Afghanistan and Pakistan have sworn ...", "a splinter
      // group of Pakistan's Taliban has pledged ...").
      if (k0 == K::subject && pat->elements.size() > 1 && pat->elements[1].kind == K::gap && !m.subj.empty()) {
        int after = m.subj.back() + 1;
        if (after < n && has(units[after], kMemberNoun)) continue;
        int b = m.subj.front() - 1;
        while (b >= 0 && (units[b].mention >= 0 || units[b].norm == "'s" || units[b].norm == "and" ||
                          units[b].norm == "or" || has(units[b], kDet)))
          --b;
        // "loyalty to X, who has ties to Y": the relative pronoun is the subject.
        int after_s = skip_paren_simple(units, m.subj.back() + 1);
        bool relative = after_s + 1 < n && units[after_s].norm == "," &&
                        (units[after_s + 1].norm == "who" || units[after_s + 1].norm == "which");
        if (b >= 0 && has(units[b], kPrep) && !relative) continue;
      }
      // "a delegation representing ISIS led by X": a passive participle after
      // a name that is the object of an -ing participle describes the noun
      // the participle hangs on (the delegation), not the name.
      if (k0 == K::object && !m.obj.empty()) {
        bool passive = false;
        for (int i = m.obj.back() + 1; i <= m.last && !passive; ++i) passive = units[i].norm == "by";
        if (passive) {
          int b = m.obj.front() - 1;
          while (b >= 0 && (has(units[b], kDet) || units[b].norm == "'s" || (units[b].mention >= 0 && !units[b].actor) ||
                            (units[b].word && units[b].capitalized && has(units[b], kPremod))))
            --b;
          if (b >= 0 && !units[b].actor && units[b].word) {
            const std::string& w = units[b].norm;
            bool participle = w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0;
            if (participle) continue;
          }
        }
      }
      // "Jamaat-ul-Ahrar, another TTP splinter group led by Y": a name right before a splinter or
      // faction noun only modifies it; the group led is the noun's, named by the apposition before
      // it if any. ("The Abu Sayyaf group led by Y" is Abu Sayyaf's: a plain group noun is the
      // name's own.)
      if (k0 == K::object && pat->type == RelationType::leader_of && m.obj.size() == 1 && m.obj.back() + 1 <= m.last) {
        const std::string& next = units[m.obj.back() + 1].norm;
        const bool noun = patterns_.in_class("splinter", next) || patterns_.in_class("faction", next);
        if (noun) {
          int b = m.obj.front() - 1;
          while (b >= 0 && b + 4 > m.obj.front() && !units[b].actor && units[b].word) --b;
          if (b < 1 || units[b].norm != "," || !units[b - 1].actor) continue;
          m.obj = {b - 1};
        }
      }
      // "the Islamic State West Africa Province faction of Boko Haram, led by Z": the faction
      // (or splinter group) is the one led, not the group it belongs to.
      if (k0 == K::object && pat->type == RelationType::leader_of && m.obj.size() == 1) {
        int b = m.obj.front() - 1;
        while (b >= 0 && has(units[b], kDet)) --b;
        if (b >= 2 && units[b].norm == "of") {
          int f = b - 1;
          if (f >= 1 && units[f].norm == "group" && patterns_.in_class("splinter", units[f - 1].norm)) --f;
          if ((patterns_.in_class("faction", units[f].norm) ||
               patterns_.in_class("splinter", units[f].norm)) &&
              f >= 1 && units[f - 1].actor)
            m.obj = {f - 1};
        }
      }
      // "A, B and C, director of X": an apposition after a list is the last
      // name's, unless its noun is plural ("A and B, leaders of X").
      if (k0 == K::subject && m.subj.size() > 1 && pat->elements.size() > 1 &&
          pat->elements[1].kind == K::word && pat->elements[1].words.size() == 1 && pat->elements[1].words[0] == ",") {
        bool plural = false;
        for (int i = m.subj.back() + 1; i <= m.last; ++i) {
          const std::string& w = units[i].norm;
          if (units[i].actor || w.size() < 4 || w.back() != 's') continue;
          std::string sing = w.substr(0, w.size() - 1);
          if (patterns_.mask_of(sing) != 0 || w == "members" || w == "leaders") plural = true;
        }
        if (!plural) m.subj = {m.subj.back()};
      }
      // Modality: scan the clause of the match.
      int cb = m.first - 1;
      while (cb >= 0 && !is_boundary(patterns_, units[cb])) --cb;
      // Hedges count anywhere in the clause; a negation before the match only
      // when it governs it ("denied that ...", "never X") - "denied any link
      // with the killing of minister Y" says nothing of Y's post.
      bool hedged = false, negated = false;
      for (int i = cb + 1; i <= m.last; ++i) {
        if (units[i].actor) continue;
        // "this alleged organisation has no ties with Y": a hedge that
        // modifies the subject's noun does not hedge what is said of it.
        bool modifies_arg = i + 1 < n && units[i + 1].actor && i < m.first + 1 && i > 0 &&
                            (has(units[i - 1], kDet) || has(units[i - 1], kPronoun));
        if (has(units[i], kHedge) && !modifies_arg) hedged = true;
        // "is believed to be", "are said to have": hearsay, not an assertion.
        if (has(units[i], kHedgeTo) && i + 1 < n && units[i + 1].norm == "to") hedged = true;
        if (has(units[i], kNegation)) {
          bool governs = i >= m.first || m.first - i <= 2 || (i + 1 < n && units[i + 1].norm == "that");
          if (governs) negated = true;
        }
      }
      if (hedged) continue;
      // Attribution: the nearest cue that is not part of the match.
      const ReportCue* cue = nullptr;
      int best = 1 << 30;
      bool in_speaker = false;  // "the group's spokesman Fahad Marwat told Reuters": the title is the outlet's
      for (const auto& c : cues)
        if (c.excl_b <= m.first && m.last <= c.excl_e && !(c.verb >= m.first && c.verb <= m.last)) in_speaker = true;
      for (const auto& c : cues) {
        if (in_speaker) break;
        if (c.verb >= m.first && c.verb <= m.last) continue;
        if (!(c.excl_e < m.first || c.excl_b > m.last)) continue;
        int d = c.verb < m.first ? m.first - c.verb : c.verb - m.last;
        if (d < best) {
          best = d;
          cue = &c;
        }
      }
      // "militants said they were loyal to Mullah Omar, who has ties to
      // al-Qaeda": a non-restrictive relative clause is the outlet's own
      // aside, not the reported speech around it.
      if (cue) {
        auto rel_word = [&](int i) {
          return i < n && (units[i].norm == "who" || units[i].norm == "which" || units[i].norm == "whose");
        };
        int rc = -1, last_slot = m.first;
        for (int i : m.subj) last_slot = std::max(last_slot, i);
        for (int i : m.obj) last_slot = std::max(last_slot, i);
        for (int i = m.first; i < last_slot && rc < 0; ++i)
          if (units[i].norm == "," && rel_word(i + 1)) rc = i;
        for (int i = m.first - 1; i >= 1 && rc < 0; --i) {
          if (units[i - 1].norm == "," && rel_word(i)) rc = i - 1;
          if (is_boundary(patterns_, units[i])) break;
        }
        if (rc >= 0) {
          int re = rc + 2;
          while (re < n && !is_boundary(patterns_, units[re]) && units[re].norm != ".") ++re;
          if (cue->verb < rc || cue->verb >= re) cue = nullptr;
        }
      }
      // Time: the calendar timex nearest to the match, not the date of the report.
      std::optional<DateRange> date;
      {
        Span ms{units[m.first].span.start, units[m.last].span.end};
        uint32_t bestd = UINT32_MAX;
        for (const auto& t : doc.timexes) {
          if (!t.range || t.span.start < sent.span.start || t.span.end > sent.span.end) continue;
          bool near_report = false;
          for (const auto& c : cues) {
            int v = c.verb;
            if (units[v].span.end <= t.span.start) {
              int k = 0;
              for (int i = v + 1; i < n && units[i].span.start < t.span.start; ++i) ++k;
              if (k <= 3) near_report = true;
            }
          }
          if (near_report) continue;
          // The timex must speak of this clause: nothing but words between
          // it and the match, or a sentence-initial "In July 2015, ...".
          {
            int ti = -1;
            for (int i = 0; i < n; ++i)
              if (units[i].span.overlaps(t.span)) {
                ti = i;
                break;
              }
            if (ti < 0) continue;
            bool separated = false;
            int lo = ti < m.first ? ti : m.last, hi = ti < m.first ? m.first : ti;
            for (int i = lo + 1; i < hi; ++i)
              if (is_boundary(patterns_, units[i]) && !units[i].quote) separated = true;
            if (separated && ti > 2) continue;
          }
          uint32_t d = t.span.end <= ms.start ? ms.start - t.span.end
                       : t.span.start >= ms.end ? t.span.start - ms.end : 0;
          if (d < bestd) {
            bestd = d;
            date = t.range;
          }
        }
      }
      std::string role = m.role_text;
      if (role.empty() && m.role_b >= 0 && m.role_e > m.role_b) role = units_text(doc, units, m.role_b, m.role_e - 1);

      // Pairs of mentions (indices into men).
      std::vector<std::pair<size_t, size_t>> pairs;
      auto mi = [&](int unit) { return static_cast<size_t>(units[unit].mention); };
      // "A faction of (militant group) X cooperated with Y": the subject is the faction, not X.
      // When the document names exactly one faction of X (its parent in the actor records),
      // it is that one; otherwise X stands (the nearest the text allows).
      auto faction_subject = [&](int unit) -> size_t {
        int k = unit - 1;
        while (k >= 0 && unit - k <= 4 && !units[k].actor && units[k].norm != "of") --k;
        if (k < 1 || units[k].norm != "of") return mi(unit);
        int f = k - 1;
        if (f >= 1 && units[f].norm == "group" && patterns_.in_class("splinter", units[f - 1].norm)) --f;
        if (!patterns_.in_class("faction", units[f].norm) && !patterns_.in_class("splinter", units[f].norm))
          return mi(unit);
        int a = f - 1;
        while (a >= 0 && has(units[a], kPremod)) --a;
        if (a < 0 || (units[a].norm != "a" && units[a].norm != "an" && units[a].norm != "one")) return mi(unit);
        const std::string& parent = mention(units[unit]).entity;
        std::string faction;
        for (const auto& act : doc.actors)
          if (act.parent == parent && act.id != parent) {
            if (!faction.empty() && faction != act.id) return mi(unit);  // several: say no more
            faction = act.id;
          }
        if (faction.empty()) return mi(unit);
        for (size_t x = 0; x < men.size(); ++x)
          if (men[x].entity == faction) return x;
        return mi(unit);
      };
      if (m.pair) {
        for (size_t i = 0; i < m.subj.size(); ++i)
          for (size_t j = i + 1; j < m.subj.size(); ++j) pairs.push_back({mi(m.subj[i]), mi(m.subj[j])});
      } else if (m.implicit) {
        // The object the context names: what the latest statement of the same
        // kind named, in this sentence or the two before; for a symmetric
        // relation ("we did the attack together"), else the one other group
        // the sentence names outside the speaker's words.
        std::optional<size_t> obj;
        for (auto it = named.rbegin(); it != named.rend() && !obj; ++it)
          if (it->type == pat->type && si - it->sentence <= 2 && (it->sentence < si || it->unit < m.first))
            obj = it->mention;
        if (!obj && symmetric(pat->type) && m.subj.size() == 1) {
          std::set<std::string> others;
          size_t pick = 0;
          for (int i = 0; i < n; ++i) {
            if (!units[i].actor || mention(units[i]).type == MentionType::PERSON) continue;
            if (mention(units[i]).entity == mention(units[m.subj.front()]).entity) continue;
            if (cue && i >= cue->excl_b && i <= cue->excl_e) continue;
            if (others.insert(mention(units[i]).entity).second) pick = mi(i);
          }
          if (others.size() == 1) obj = pick;
        }
        if (obj)
          for (int s : m.subj) pairs.push_back({mi(s), *obj});
      } else {
        for (int s : m.subj)
          for (int o : m.obj)
            pairs.push_back({faction_subject(s), m.obj_mention >= 0 ? static_cast<size_t>(m.obj_mention) : mi(o)});
      }
      for (auto [smi, omi] : pairs) {
        const Mention& sm = men[smi];
        const Mention& om = men[omi];
        if (sm.entity == om.entity) continue;
        if (!allowed(pat->type, sm.type, om.type)) continue;
        Relation r;
        r.type = pat->type;
        r.subject = sm.entity;
        r.object = om.entity;
        if (symmetric(r.type) && r.object < r.subject) std::swap(r.subject, r.object);
        r.role = role;
        r.polarity = negated ? Polarity::denied : Polarity::asserted;
        r.date = date;
        double conf = pat->confidence;
        if (cue) {
          r.attributed_to = cue->speaker_actor.empty() ? cue->speaker_text : cue->speaker_actor;
          conf *= cue->speaker_actor.empty() ? 0.9 : 0.95;
        }
        r.confidence = std::round(conf * 100) / 100;
        std::string start = std::to_string(sent.span.start);
        r.id = make_id("rel", {doc.meta.id, to_string(r.type), r.subject, r.object, to_string(r.polarity), start});
        if (!seen.insert(r.id).second) continue;
        r.evidence.push_back(doc.evidence_for(sent.span));
        sentence_rels.push_back(std::move(r));
      }
    }
    // One reading per pair: "a commander of X" is member_of, not leader_of;
    // "a breakaway faction of X" is split_from, not also faction_of. Within
    // a group of rival types the most confident pattern wins.
    auto group = [](RelationType t) {
      switch (t) {
        case RelationType::leader_of:
        case RelationType::member_of:
        case RelationType::spokesperson_of:
        case RelationType::holds_position:
          return 1;
        case RelationType::faction_of:
        case RelationType::split_from:
          return 2;
        default:
          return 0;
      }
    };
    for (size_t i = 0; i < sentence_rels.size(); ++i) {
      const Relation& a = sentence_rels[i];
      bool keep = true;
      for (size_t j = 0; j < sentence_rels.size() && keep; ++j) {
        const Relation& b = sentence_rels[j];
        if (i == j || group(a.type) == 0 || group(a.type) != group(b.type) || a.type == b.type) continue;
        if (a.subject != b.subject || a.object != b.object || a.polarity != b.polarity) continue;
        if (a.type == RelationType::split_from && b.type == RelationType::faction_of) continue;
        bool split_wins = a.type == RelationType::faction_of && b.type == RelationType::split_from;
        if (split_wins || b.confidence > a.confidence || (b.confidence == a.confidence && j < i)) keep = false;
      }
      if (keep) out.push_back(a);
    }
  }
  // A relation stated and denied in the same sentence keeps both: the denial
  // is information too ("no direct link ... but we did this together").
  return out;
}

namespace {

class RelationStage : public Stage {
 public:
  explicit RelationStage(std::shared_ptr<const RelationExtractor> x) : x_(std::move(x)) {}
  std::string_view name() const override { return "relations"; }
  uint32_t reads() const override {
    return kLayerText | kLayerMeta | kLayerBody | kLayerTokens | kLayerSentences | kLayerTimexes |
           kLayerMentions | kLayerEntities;
  }
  uint32_t writes() const override { return kLayerRelations; }
  void run(Document& doc) const override {
    if (x_) x_->extract(doc);
  }

 private:
  std::shared_ptr<const RelationExtractor> x_;
};

}  // namespace

Result<std::unique_ptr<Stage>> make_relation_stage_from(const std::string& pattern_dir) {
  auto x = RelationExtractor::load(pattern_dir);
  if (!x) return x.status();
  return std::unique_ptr<Stage>(std::make_unique<RelationStage>(std::move(*x)));
}

std::unique_ptr<Stage> make_relation_stage(const Resources& resources) {
  auto x = RelationExtractor::load(resources.dir() + "/relations");
  if (!x) {
    fprintf(stderr, "dossier: relations: %s\n", x.status().to_string().c_str());
    return std::make_unique<RelationStage>(nullptr);
  }
  (*x)->use_lexicons(&resources.actors(), &resources.places());
  return std::make_unique<RelationStage>(std::move(*x));
}

}  // namespace dossier
