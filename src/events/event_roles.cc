// The argument role model (role_model.h): candidate phrases near triggers, their features, and
// the decisions (pass 5 in event_stage.cc).

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
#include "events/event_stage.h"

namespace dossier::event_internal {

namespace {

struct RoleCand {
  uint32_t first = 0, end = 0;  // tokens
  int seg = 0;
  std::string key;  // norm_key of the text
  std::vector<uint32_t> feats;
  bool victims_only = false;  // in a sentence of casualties far from any trigger
};

class FeatureSink {
 public:
  explicit FeatureSink(std::vector<uint32_t>& out) : out_(out) {}
  void add(std::string_view name, std::string_view a = {}, std::string_view b = {}, std::string_view c = {}) {
    uint64_t h = 1469598103934665603ull;
    for (std::string_view s : {name, a, b, c}) {
      for (char ch : s) {
        h ^= static_cast<unsigned char>(ch);
        h *= 1099511628211ull;
      }
      h ^= 0x1f;
      h *= 1099511628211ull;
    }
    out_.push_back(static_cast<uint32_t>((h ^ (h >> 29)) & (kRoleBuckets - 1)));
  }

 private:
  std::vector<uint32_t>& out_;
};

// A token that may stand in a candidate phrase: a noun-phrase word, or a noun
// trigger or weapon word inside one ("bomb attack" holds the weapon "bomb").
bool cand_word(const Work& w, uint32_t i) {
  if (w.np_word(i)) return true;
  if (!w.is_word(i)) return false;
  if (w.word_is(i, LexClass::function) || w.word_is(i, LexClass::verb)) return false;
  if (const LexEntry* t = w.longest(i, LexClass::trigger); t && t->kind == TriggerKind::noun) return true;
  return w.has(i, LexClass::weapon);
}

// A gerund or participle in -ing inside a run of noun-phrase words, which the lexicon does not
// know ("alleged shining path members", "drug trafficking mafias", "rifle toting youths"): a
// modifier when a noun-phrase word comes right after it.
bool inner_gerund(const Work& w, uint32_t i, uint32_t end) {
  std::string_view x = w.words[i];
  return x.size() > 4 && x.ends_with("ing") && w.doc.tokens[i].has(kTokWord) &&
         w.match_off[i] == w.match_off[i + 1] && i + 1 < end && w.np_word(i + 1);
}

// A counted phrase of people with the group they belong to, from the count at `f` over the run
// [a, b) to the end of its "of" phrase: "five members of the armed forces", "eight soldiers of
// the army" (the annotators keep both the count and the group; without it neither the counted
// run nor the "of" phrase spans the filler).
bool counted_of_phrase(const Work& w, uint32_t f, uint32_t a, uint32_t b, uint32_t of_end) {
  if (!of_end || b - a > 3 || of_end - f > 10) return false;
  for (LexClass c : {LexClass::member, LexClass::perp, LexClass::human})
    if (w.has(b - 1, c)) return true;
  return false;
}

const char* class_name(LexClass c) {
  switch (c) {
    case LexClass::perp:
      return "perp";
    case LexClass::group:
      return "group";
    case LexClass::member:
      return "member";
    case LexClass::target:
      return "target";
    case LexClass::human:
      return "human";
    case LexClass::weapon:
      return "weapon";
    case LexClass::title:
      return "title";
    default:
      return "other";
  }
}

const char* bucket(uint32_t d) {
  static const char* k[] = {"0", "1", "2", "3", "4-5", "4-5", "6-9", "6-9", "6-9", "6-9"};
  return d < 10 ? k[d] : (d < 16 ? "10-15" : "16+");
}

// A sentence that tells of killing or wounding ("the policemen wounded in the attack were X, Y
// and Z", "among the injured are X, 53; Y, 24", "the murder of justice X"): its named people are
// victims however far it is from the trigger of the attack that hurt them. A verb of killing or
// wounding, not the nouns of a toll or a sentence ("the death toll", "faces the death penalty")
// nor "died" (of illness, in a siege: WikiEvents train loses heads with it).
bool casualty_sentence(const Work& w, const Sentence& s) {
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    for (LexClass c : {LexClass::kill, LexClass::injure})
      if (const LexEntry* e = w.longest(k, c); e && e->value == "verb") return true;
  return false;
}

constexpr LexClass kRoleHeadClasses[] = {LexClass::weapon, LexClass::perp,  LexClass::member, LexClass::group,
                                         LexClass::target, LexClass::human, LexClass::title};

// Candidate phrases of the sentences near triggers, with features.
std::vector<RoleCand> role_candidates(const Work& w) {
  std::vector<RoleCand> out;
  const Document& doc = w.doc;
  if (w.hits.empty()) return out;
  const size_t nseg = w.segs.size();
  // Distance (in segments) of each segment to the nearest one with a trigger.
  std::vector<int> seg_dist(nseg, 99);
  for (const Hit& h : w.hits) {
    for (int d = -1; d <= 2; ++d) {
      int si = h.sentence + d;
      if (si < 0 || si >= static_cast<int>(nseg)) continue;
      int ad = d < 0 ? 1 : d;
      seg_dist[static_cast<size_t>(si)] = std::min(seg_dist[static_cast<size_t>(si)], ad);
    }
  }
  std::unordered_map<std::string_view, int> freq;
  for (uint32_t i = 0; i < w.words.size(); ++i)
    if (doc.tokens[i].has(kTokWord)) ++freq[w.words[i]];
  std::string main_type_s = w.main_event >= 0
                                ? std::string(to_string(w.events[static_cast<size_t>(w.main_event)].src.type))
                                : "none";
  std::string n_events = std::to_string(std::min<size_t>(w.events.size(), 4));
  // What the document is about: its first distinct trigger words and how many triggers it has.
  std::vector<std::string_view> doc_trig;
  for (const Hit& h : w.hits)
    if (doc_trig.size() < 4 &&
        std::find(doc_trig.begin(), doc_trig.end(), w.words[h.end - 1]) == doc_trig.end())
      doc_trig.push_back(w.words[h.end - 1]);
  const char* n_hits = bucket(static_cast<uint32_t>(std::min<size_t>(w.hits.size(), 20)));
  // Word classes learned from unlabeled news (EventLexicon::clusters): each token's row of the
  // table, looked up once, so that a word never seen labelled ("new group names, new weapons,
  // rare verbs") scores like the words of its class.
  const WordClusters* wc = w.lex.clusters();
  std::vector<const std::string_view*> wclass;
  if (wc) {
    wclass.assign(w.words.size(), nullptr);
    for (uint32_t i = 0; i < w.words.size(); ++i)
      if (doc.tokens[i].has(kTokWord)) wclass[i] = wc->classes(w.words[i]);
  }
  // The classes of token k (kNone: none) at every level, as features name x level x class x extra.
  auto add_classes = [&](FeatureSink& fs, std::string_view name, uint32_t k, std::string_view extra = {}) {
    const std::string_view* c = k < wclass.size() ? wclass[k] : nullptr;
    if (!c) {
      fs.add(name, "oov", extra);
      return;
    }
    for (size_t l = 0; l < wc->levels().size(); ++l) fs.add(name, wc->levels()[l], c[l], extra);
  };
  std::string first_hit_seg = std::to_string(std::min(w.hits.front().sentence, 3));
  int body_index = -1;
  size_t hk = 0;  // first hit at or after the segment
  for (size_t si = 0; si < nseg; ++si) {
    const Sentence& s = w.segs[si];
    if (!doc.body.empty() && !doc.in_body(s.span.start)) continue;
    ++body_index;
    // Beyond the trigger's sentences, those of casualties within ten sentences of one: their
    // phrases may only be victims (apply_role_model).
    const bool casualty =
        seg_dist[si] > 2 &&
        std::any_of(w.hits.begin(), w.hits.end(),
                    [&](const Hit& h) { return std::abs(h.sentence - static_cast<int>(si)) <= 10; }) &&
        casualty_sentence(w, s);
    if (seg_dist[si] > 2 && !casualty) continue;
    while (hk < w.hits.size() && w.hits[hk].sentence < static_cast<int>(si)) ++hk;
    size_t hk_end = hk;
    while (hk_end < w.hits.size() && w.hits[hk_end].sentence == static_cast<int>(si)) ++hk_end;
    std::string sidx = body_index < 4 ? std::to_string(body_index) : (body_index < 8 ? "4-7" : "8+");
    std::string sd = casualty ? "k" : std::to_string(seg_dist[si]);
    for (uint32_t a = s.first_token; a < s.end_token;) {
      // No candidate reaches into the dateline ("LIMA, March 11 - Maoist guerrillas").
      if (!cand_word(w, a) || w.dateline_head.contains(doc.tokens[a].span.start)) {
        ++a;
        continue;
      }
      uint32_t b = a + 1;
      while (b < s.end_token && b < a + 10) {
        if (cand_word(w, b))
          ++b;
        else if ((w.is_quote(b) || w.words[b] == "-") && b + 1 < s.end_token && cand_word(w, b + 1))
          b += 2;
        // A possessive inside: "president cristiani's residence", "mayor's office".
        else if (w.words[b] == "'s" && b + 1 < s.end_token && cand_word(w, b + 1))
          b += 2;
        else if (inner_gerund(w, b, s.end_token))
          ++b;
        else
          break;
      }
      // Ends: the chunk's end, after each lexicon head inside, before each noun trigger inside.
      std::vector<uint32_t> ends{b};
      for (uint32_t k = a; k < b; ++k) {
        for (uint32_t m = w.match_off[k]; m < w.match_off[k + 1]; ++m) {
          const LexEntry* e = w.matches[m];
          bool head = false;
          for (LexClass c : kRoleHeadClasses) head = head || (e->cls == c && c != LexClass::title);
          if (head && k + e->length < b) ends.push_back(k + e->length);
        }
        if (k > a) {
          const LexEntry* t = w.longest(k, LexClass::trigger);
          if (t && t->kind == TriggerKind::noun) ends.push_back(k);
          // The owner before a possessive: "luis carlos galan's murder", "president cristiani's
          // residence" (the run went on over the "'s").
          if (w.words[k] == "'s") ends.push_back(k);
        }
      }
      std::sort(ends.begin(), ends.end());
      ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
      // "of" extension: "members of the camilist union".
      uint32_t of_end = 0;
      if (b + 1 < s.end_token && w.words[b] == "of") {
        uint32_t c = b + 1;
        if (c < s.end_token && (w.words[c] == "the" || w.words[c] == "a")) ++c;
        uint32_t d = c;
        while (d < s.end_token && d < c + 6 && cand_word(w, d)) ++d;
        if (d > c) of_end = d;
      }
      auto emit = [&](uint32_t f, uint32_t e, const char* kind) {
        if (w.is_punct(f)) return;
        // In a sentence of casualties only (victims_only), no phrase headed by an attacker, group,
        // weapon or building word: none can be a victim, and they teach the model nothing of one.
        if (casualty)
          for (LexClass cl : {LexClass::perp, LexClass::group, LexClass::weapon, LexClass::target})
            if (w.has(e - 1, cl)) return;
        RoleCand rc;
        rc.first = f;
        rc.end = e;
        rc.seg = static_cast<int>(si);
        rc.victims_only = casualty;
        FeatureSink fs(rc.feats);
        uint32_t head_tok = e - 1;
        if (kind[0] == 'o') head_tok = b - 1;
        std::string_view head = w.words[head_tok];
        fs.add("bias");
        fs.add("kind", kind);
        fs.add("head", head);
        fs.add("first", w.words[f]);
        fs.add("len", bucket(e - f));
        if (kind[0] == 'o') fs.add("ofobj", w.words[e - 1]);
        std::string hc = "-";
        uint32_t unknown = 0, nums = 0;
        for (uint32_t k = f; k < e; ++k) {
          if (w.is_word(k)) fs.add("w", w.words[k]);
          if (w.unknown_word(k)) ++unknown;
          if (w.number_at(k)) ++nums;
          for (uint32_t m = w.match_off[k]; m < w.match_off[k + 1]; ++m) {
            const LexEntry* le = w.matches[m];
            bool head_cls = false;
            for (LexClass c : kRoleHeadClasses) head_cls = head_cls || le->cls == c;
            if (!head_cls || k + le->length > e) continue;
            fs.add("ic", class_name(le->cls), le->value);
            if (k + le->length == head_tok + 1) hc = std::string(class_name(le->cls)) + ":" + le->value;
          }
        }
        fs.add("hc", hc);
        uint32_t words_n = e - f;
        fs.add("unk", unknown == words_n ? "all" : (unknown ? "some" : "none"), bucket(unknown));
        fs.add("unkhead", w.unknown_word(head_tok) ? "y" : "n", hc);
        if (nums) fs.add("num", w.number_at(f) ? "first" : "in");
        std::string_view p1 = f > s.first_token ? w.words[f - 1] : "<s>";
        std::string_view p2 = f > s.first_token + 1 ? w.words[f - 2] : "<s>";
        std::string_view n1 = e < s.end_token ? w.words[e] : "</s>";
        std::string_view n2 = e + 1 < s.end_token ? w.words[e + 1] : "</s>";
        fs.add("p1", p1);
        fs.add("p2", p2, p1);
        fs.add("n1", n1);
        fs.add("n2", n1, n2);
        fs.add("p1hc", p1, hc);
        fs.add("n1hc", n1, hc);
        // The preposition or word before the phrase, over determiners and numbers.
        uint32_t prev = f;
        while (prev > s.first_token) {
          --prev;
          if (!(w.cue(prev, Cue::determiner) || w.number_at(prev))) break;
        }
        std::string_view pp = prev < f ? w.words[prev] : "<s>";
        fs.add("pp", pp);
        fs.add("pphc", pp, hc);
        // Verb-like words around: lexicon verbs, casualty verbs, triggers, -ed words.
        auto verbish = [&](uint32_t k) {
          std::string_view x = w.words[k];
          return w.has(k, LexClass::verb) || w.has(k, LexClass::kill) || w.has(k, LexClass::injure) ||
                 w.has(k, LexClass::trigger) || w.has(k, LexClass::claim) || w.has(k, LexClass::blame) ||
                 (x.size() > 4 && x.ends_with("ed"));
        };
        std::string_view lv = "-", rv = "-";
        uint32_t lvi = kNone, rvi = kNone;
        for (uint32_t k = f; k-- > s.first_token && k + 5 >= f;)
          if (verbish(k)) {
            lv = w.words[k];
            lvi = k;
            break;
          }
        for (uint32_t k = e; k < s.end_token && k < e + 4; ++k)
          if (verbish(k)) {
            rv = w.words[k];
            rvi = k;
            break;
          }
        fs.add("lv", lv);
        fs.add("rv", rv);
        fs.add("lvhc", lv, hc);
        fs.add("rvhc", rv, hc);
        bool passive_right = false;
        for (uint32_t k = e; k < s.end_token && k < e + 3; ++k)
          if (w.cue(k, Cue::be)) passive_right = true;
        if (passive_right) fs.add("beR", rv);
        // Cues: claims, blame, casualty words nearby.
        for (uint32_t k = e; k < s.end_token && k < e + 6; ++k)
          for (LexClass c : {LexClass::claim, LexClass::blame, LexClass::cause, LexClass::kill})
            if (w.has(k, c)) fs.add("cueR", std::to_string(static_cast<int>(c)));
        for (uint32_t k = f; k-- > s.first_token && k + 6 >= f;)
          for (LexClass c : {LexClass::claim, LexClass::blame, LexClass::cause, LexClass::kill})
            if (w.has(k, c)) fs.add("cueL", std::to_string(static_cast<int>(c)));
        // The nearest trigger in the sentence.
        const Hit* best = nullptr;
        uint32_t best_d = kNone;
        bool best_left = false;
        for (size_t q = hk; q < hk_end; ++q) {
          const Hit& h = w.hits[q];
          bool left = e <= h.tok;  // phrase left of the trigger
          uint32_t d = left ? h.tok - e : (f >= h.end ? f - h.end : 0);
          if (d < best_d) {
            best_d = d;
            best = &h;
            best_left = left;
          }
        }
        if (best) {
          const char* dir = best_left ? "L" : (rc.first >= best->end ? "R" : "I");
          const char* tk = best->entry->kind == TriggerKind::verb   ? "verb"
                           : best->entry->kind == TriggerKind::noun ? "noun"
                                                                    : "weak";
          const char* pas = best->passive ? "pas" : "act";
          std::string ty(to_string(best->entry->type));
          fs.add("trig", dir, bucket(best_d));
          fs.add("trigk", dir, tk, pas);
          fs.add("trigkhc", std::string(dir) + tk + pas, hc);
          fs.add("trigty", dir, ty);
          fs.add("trigw", dir, w.words[best->end - 1]);
          fs.add("trigdhc", dir, bucket(best_d), hc);
        } else {
          fs.add("nohit", sd);
          fs.add("nohithc", sd, hc);
        }
        // Word classes (measured, not in the shipped model: ROLES_MODEL_CARD.md): the head, the
        // first word, the words around, the verbs on each side, the trigger word; the head's class
        // with the trigger's side and with the preposition before, the left verb's class with the
        // head's lexicon class.
        if (wc) {
          const char* dir = !best ? "-" : best_left ? "L" : (rc.first >= best->end ? "R" : "I");
          add_classes(fs, "ch", head_tok);
          add_classes(fs, "cf", f);
          add_classes(fs, "cp1", f > s.first_token ? f - 1 : kNone);
          add_classes(fs, "cn1", e < s.end_token ? e : kNone);
          if (lvi != kNone) add_classes(fs, "clv", lvi);
          if (rvi != kNone) add_classes(fs, "crv", rvi);
          if (best) add_classes(fs, "ctw", best->end - 1, dir);
          add_classes(fs, "chd", head_tok, dir);
          add_classes(fs, "chpp", head_tok, pp);
          if (lvi != kNone) add_classes(fs, "clvh", lvi, hc);
        }
        fs.add("sidx", sidx);
        fs.add("sidxhc", sidx, hc);
        fs.add("nev", n_events);
        for (std::string_view dt : doc_trig) fs.add("dtrig", dt);
        fs.add("nhits", n_hits);
        fs.add("fhit", first_hit_seg);
        fs.add("nhitshc", n_hits, hc);
        fs.add("main", main_type_s);
        auto fr = freq.find(head);
        int hf = fr == freq.end() ? 0 : fr->second;
        fs.add("hfreq", hf <= 1 ? "1" : (hf <= 3 ? "2-3" : "4+"));
        int mi = w.mention_at[head_tok];
        if (mi >= 0) fs.add("ment", to_string(doc.mentions[static_cast<size_t>(mi)].type));
        // What the rules made of this phrase.
        Span sp = w.span(f, e);
        for (const auto& ev : w.events)
          for (const auto& arg : ev.src.arguments) {
            if (arg.span == sp)
              fs.add("rule", to_string(arg.role));
            else if (arg.span.overlaps(sp))
              fs.add("rulepart", to_string(arg.role));
          }
        rc.key = norm_key(w.text(f, e));
        out.push_back(std::move(rc));
      };
      for (uint32_t e : ends) {
        for (uint32_t f = e > a + 6 ? e - 6 : a; f < e; ++f)
          emit(f, e, e == b ? (f == a ? "full" : "suffix") : (f == a ? "part" : "partsuf"));
      }
      // Counted phrases: "five soldiers", "at least three unidentified individuals" (the
      // annotators keep the count; number words are function words, outside the run).
      {
        uint32_t q = a;
        while (q > s.first_token && q + 3 > a && w.cue(q - 1, Cue::quantifier)) --q;
        for (uint32_t f = q; f < a; ++f) {
          if (w.words[f] == "than" || w.words[f] == "least") continue;
          for (uint32_t e : ends)
            if (e - f <= 7) emit(f, e, "quant");
          // Counted members of a group: "five members of the armed forces", "two soldiers of the
          // national police".
          if (counted_of_phrase(w, f, a, b, of_end)) emit(f, of_end, "of");
        }
      }
      if (of_end)
        for (uint32_t f = b > a + 4 ? b - 4 : a; f < b; ++f) emit(f, of_end, "of");
      a = b;
    }
  }
  // How often the document repeats the phrase.
  std::unordered_map<std::string_view, int> times;
  for (const auto& c : out) ++times[c.key];
  for (auto& c : out) {
    int n = times[c.key];
    FeatureSink(c.feats).add("sfreq", n == 1 ? "1" : (n == 2 ? "2" : (n <= 4 ? "3-4" : "5+")));
  }
  return out;
}

ArgumentRole role_of_class(int c) {
  switch (static_cast<RoleClass>(c)) {
    case RoleClass::perp_individual:
      return ArgumentRole::perpetrator_individual;
    case RoleClass::perp_org:
      return ArgumentRole::perpetrator_org;
    case RoleClass::target:
      return ArgumentRole::target;
    case RoleClass::victim:
      return ArgumentRole::victim;
    default:
      return ArgumentRole::weapon;
  }
}

bool model_role(ArgumentRole r) {
  return r == ArgumentRole::perpetrator_individual || r == ArgumentRole::perpetrator_org ||
         r == ArgumentRole::target || r == ArgumentRole::victim || r == ArgumentRole::weapon;
}

// Is the phrase at `sp` said to be what the attackers used: "with rifles and dynamite", "using
// a car bomb" (over determiners, numbers, other weapons and "and" / "," back to the
// preposition)?
bool instrument_phrase(const Work& w, Span sp) {
  uint32_t t = w.doc.token_at_or_after(sp.start);
  for (uint32_t k = t, steps = 0; k-- > 0 && steps < 8; ++steps) {
    std::string_view x = w.words[k];
    if (x == "with" || x == "using") return true;
    if (!(x == "and" || x == "," || w.cue(k, Cue::determiner) || w.doc.tokens[k].has(kTokNumber) ||
          w.has(k, LexClass::weapon) || w.np_word(k)))
      return false;
  }
  return false;
}

// Is the weapon phrase at sp fired or thrown ("fired rocket-propelled grenades", "hurled a
// grenade")? Its weapon class stays the event's when the role model drops the phrase (MUC-4's
// coders left rockets fired in combat out of their fillers, so the phrase itself goes).
bool fired_weapon(const Work& w, Span sp) {
  uint32_t k = w.doc.token_at_or_after(sp.start);
  while (k > 0 && (w.cue(k - 1, Cue::determiner) || w.number_at(k - 1))) --k;
  if (k == 0) return false;
  const std::string_view x = w.words[k - 1];
  return fire_verb(x) || x == "threw" || x == "hurled";
}

// The weapon class a weapon phrase names: its last lexicon weapon's ("AK-47 rifles": firearms),
// else "other" (a weapon the entity stage found).
std::string weapon_class_of(const Work& w, Span sp) {
  const auto [first, end] = w.tokens_of(sp);
  std::string cat = "other";
  for (uint32_t k = first; k < end; ++k)
    if (const LexEntry* le = w.longest(k, LexClass::weapon); le && k + le->length <= end) cat = le->value;
  return cat;
}

// A word that says what a person is or does, written before a name: a title or people word of
// the lexicon, or one of the trades and standings that name no one alone ("landowner X",
// "publisher X", "political analyst X", "frenchman X").
bool describes_person(const Work& w, uint32_t k) {
  if (w.has(k, LexClass::title) || w.has(k, LexClass::human)) return true;
  if (!w.unknown_word(k)) return false;
  return w.cue(k, Cue::trade);
}

// The first token of the name a victim phrase ends with, when words that describe the person
// come before it ("political analyst X Y", "landowner X Y", "sergeant X Y"): annotators write a
// victim by name, the description apart. `first` when the phrase is no such description and name.
uint32_t victim_name_start(const Work& w, uint32_t first, uint32_t end) {
  uint32_t k = end;
  while (k > first && w.unknown_word(k - 1) && !describes_person(w, k - 1)) --k;
  if (k == first || k == end || end - k < 2 || !describes_person(w, k - 1)) return first;
  for (uint32_t j = first; j < k; ++j)
    if (!w.is_word(j) || w.number_at(j)) return first;
  return k;
}

}  // namespace

void apply_role_model(Work& w, const RoleModel& model) {
  std::vector<RoleCand> cands = role_candidates(w);
  struct Pick {
    float margin;
    size_t cand;
    int cls;
  };
  std::vector<Pick> picks;
  std::vector<Pick> verdict(cands.size());
  // A phrase's scores are the mean over its occurrences in the document: the scorer (and the
  // reader) judge a filler once per document, and one occurrence in a telling context should
  // not outvote several that say the phrase is no argument (cross-validated on MUC-4 train:
  // micro F1 0.430 against 0.416 for each occurrence alone).
  std::vector<std::array<float, kRoleClasses>> scores(cands.size());
  std::unordered_map<std::string_view, std::pair<std::array<float, kRoleClasses>, int>> by_phrase;
  for (size_t k = 0; k < cands.size(); ++k) {
    model.score(cands[k].feats, scores[k].data());
    auto [it, fresh] = by_phrase.try_emplace(cands[k].key);
    if (fresh) it->second.first.fill(0.0f);
    for (size_t c = 0; c < kRoleClasses; ++c) it->second.first[c] += scores[k][c];
    ++it->second.second;
  }
  for (size_t k = 0; k < cands.size(); ++k) {
    const auto& [sum, n] = by_phrase[cands[k].key];
    float* s = scores[k].data();
    for (size_t c = 0; c < kRoleClasses; ++c) s[c] = sum[c] / static_cast<float>(n);
    int best = 1;
    for (int c = 2; c < kRoleClasses; ++c)
      if (s[c] > s[best]) best = c;
    float m = s[best] - s[0];
    verdict[k] = {m, k, best};
    if (m > 0) picks.push_back({m, k, best});
  }
  // How far below the model's threshold a rule's phrase may score and still stay (measured on
  // MUC-4 dev and WikiEvents dev: keeps recall on news without costing MUC-4 precision).
  constexpr float keep_margin = 20.0f;
  std::stable_sort(picks.begin(), picks.end(),
                   [](const Pick& a, const Pick& b) { return a.margin > b.margin; });
  // Conjuncts share a role: "erika sullivan, christopher anderson and nadine elkashes were
  // wounded", "rifles and dynamite". A phrase joined by "," / "and" / "or" to a picked one takes
  // its role when the model scores that role for it no more than conj_margin below "none"
  // (cross-validated on MUC-4 train: micro F1 0.436 -> 0.438 at 20, 0.439 at 40, 0.432 at 80;
  // 40 costs WikiEvents dev precision).
  {
    constexpr float conj_margin = 20.0f;
    std::unordered_map<uint32_t, std::vector<size_t>> starting, ending;
    for (size_t k = 0; k < cands.size(); ++k) {
      starting[cands[k].first].push_back(k);
      ending[cands[k].end].push_back(k);
    }
    auto conj_at = [&](uint32_t i) { return w.words[i] == "," || w.words[i] == "and" || w.words[i] == "or"; };
    std::vector<bool> picked(cands.size(), false);
    for (const Pick& p : picks) picked[p.cand] = true;
    for (size_t q = 0; q < picks.size(); ++q) {
      const Pick p = picks[q];
      const RoleCand& c = cands[p.cand];
      auto consider = [&](const std::vector<size_t>* ks) {
        if (!ks) return;
        size_t best = kNone;
        float best_m = 0;
        for (size_t k : *ks) {
          if (picked[k] || cands[k].seg != c.seg) continue;
          const float m = scores[k][static_cast<size_t>(p.cls)] - scores[k][0];
          if (m <= -conj_margin) continue;
          if (best == kNone || m > best_m) best = k, best_m = m;
        }
        if (best == kNone) return;
        picked[best] = true;
        picks.push_back({std::min(p.margin, best_m), best, p.cls});
      };
      const uint32_t segend = w.segs[static_cast<size_t>(c.seg)].end_token;
      const uint32_t segfirst = w.segs[static_cast<size_t>(c.seg)].first_token;
      // After: ", x", "and x", ", and x".
      for (uint32_t j = c.end, n = 0; j < segend && n < 2 && conj_at(j); ++j, ++n) {
        auto it = starting.find(j + 1);
        if (it != starting.end()) consider(&it->second);
      }
      // Before: "x, " / "x and ".
      for (uint32_t j = c.first, n = 0; j > segfirst && n < 2 && conj_at(j - 1); --j, ++n) {
        auto it = ending.find(j - 1);
        if (it != ending.end()) consider(&it->second);
      }
    }
  }
  {
    // The model replaces the rules' phrase roles.
    std::vector<std::string> dropped_weapons;
    for (auto& e : w.events) {
      std::vector<Argument> keep;
      for (auto& a : e.src.arguments) {
        bool kept = !model_role(a.role);
        if (!kept) {
          // A rule's phrase stays when the model gives it the same role, if less surely than
          // its own threshold asks (weapons too: a weapon word named near an attack is often
          // no weapon of it, "the IEDs found in the car"; CV on MUC-4 train: weapon F1 0.484
          // -> 0.515); a phrase the model never saw (a linked actor named in a claim) stays.
          const Pick* v = nullptr;
          for (size_t k = 0; k < cands.size() && !v; ++k)
            if (w.span(cands[k].first, cands[k].end) == a.span) v = &verdict[k];
          for (auto [f, t] : e.sure) kept = kept || w.span(f, t) == a.span;
          if (kept) {
          } else if (v)
            kept = role_of_class(v->cls) == a.role &&
                   (v->margin > -keep_margin ||
                    (a.role == ArgumentRole::weapon && instrument_phrase(w, a.span)));
          else
            kept = !a.entity.empty();
        }
        if (kept && a.role == ArgumentRole::victim) {
          const auto [f, t] = w.tokens_of(a.span);
          if (const uint32_t n = victim_name_start(w, f, t); n != f) {
            // The target the long wording made is the name too ("landowner X" -> "X").
            const std::string old_key = norm_key(a.text);
            a.span = w.span(n, t);
            a.text = w.text(n, t);
            for (Target& x : e.src.targets)
              if (norm_key(x.text) == old_key) x.text = a.text;
            std::unordered_set<std::string> seen;
            std::erase_if(e.src.targets,
                          [&](const Target& x) { return !seen.insert(norm_key(x.text)).second; });
          }
        }
        if (kept) {
          keep.push_back(std::move(a));
        } else if (a.role == ArgumentRole::weapon && !fired_weapon(w, a.span)) {
          dropped_weapons.push_back(weapon_class_of(w, a.span));
        }
      }
      e.src.arguments = std::move(keep);
      rebuild_arg_keys(w, e);
      // A weapon class only a dropped phrase gave goes with it ("facing opposition from ... U.S.
      // drone strikes" gave a kidnapping explosives); a trigger's own weapon ("bombing") stays.
      const int ei = static_cast<int>(&e - w.events.data());
      for (const std::string& cat : dropped_weapons) {
        const bool held =
            std::any_of(e.src.arguments.begin(), e.src.arguments.end(),
                        [&](const Argument& a) {
                          return a.role == ArgumentRole::weapon && weapon_class_of(w, a.span) == cat;
                        }) ||
            std::any_of(w.hits.begin(), w.hits.end(),
                        [&](const Hit& h) { return h.event == ei && h.entry->weapon == cat; });
        if (!held) std::erase(e.src.weapons, cat);
      }
      dropped_weapons.clear();
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> taken;
  for (const auto& e : w.events) taken.insert(taken.end(), e.sure.begin(), e.sure.end());
  for (const Pick& p : picks) {
    RoleCand& c = cands[p.cand];
    const uint32_t picked = c.first;  // with the words that describe a victim named
    // A sentence of casualties far from the attack's trigger tells its victims, no more: the
    // groups and forces named there are often those of other incidents.
    if (c.victims_only && role_of_class(p.cls) != ArgumentRole::victim) continue;
    if (role_of_class(p.cls) == ArgumentRole::victim) c.first = victim_name_start(w, c.first, c.end);
    bool overlap = false;
    for (auto [a, b] : taken)
      if (c.first < b && a < c.end) overlap = true;
    if (overlap) continue;
    taken.emplace_back(c.first, c.end);
    // Its event: the nearest trigger in the sentence, else the last one before it, else the next.
    int ev = -1;
    uint32_t best_d = kNone;
    for (const Hit& h : w.hits) {
      if (h.event < 0) continue;
      if (h.sentence == c.seg) {
        uint32_t d = c.end <= h.tok ? h.tok - c.end : (c.first >= h.end ? c.first - h.end : 0);
        if (d < best_d) best_d = d, ev = h.event;
      } else if (h.sentence < c.seg && best_d >= 1000) {
        ev = h.event;
        best_d = 1000 + static_cast<uint32_t>(c.seg - h.sentence);
      } else if (h.sentence > c.seg && ev < 0) {
        ev = h.event;
        best_d = 5000;
      }
    }
    // A sentence with no trigger that names the place of another event near it is about that one.
    if (ev >= 0 && best_d >= 1000 && best_d < 5000)
      ev = event_by_place(w, w.segs[static_cast<size_t>(c.seg)], c.seg, ev);
    if (ev < 0) continue;
    EventDraft& e = w.events[static_cast<size_t>(ev)];
    ArgumentRole role = role_of_class(p.cls);
    // The attackers' deaths at the hands of those who fought them off (attacker_deaths): the forces
    // are no perpetrators, the dead attackers no victims or targets.
    const bool perp_role =
        role == ArgumentRole::perpetrator_individual || role == ArgumentRole::perpetrator_org;
    if (e.src.type != EventType::security_operation &&
        std::any_of(w.responses.begin(), w.responses.end(), [&](const Response& r) {
          return r.overlaps(c.first, c.end) && !(perp_role && r.in_dead(c.first, c.end));
        }))
      continue;
    if ((role == ArgumentRole::target || role == ArgumentRole::victim) && speaks(w, c.end)) continue;
    // One phrase, one side: what the event already has as its target or victim is not also its
    // perpetrator (the group whose fighters a security operation killed, which the model may read
    // as a claimant), nor the reverse.
    {
      const std::string key = norm_key(w.text(c.first, c.end));
      auto attacked = [](ArgumentRole r) { return r == ArgumentRole::target || r == ArgumentRole::victim; };
      bool other_side = false;
      for (const auto& a : e.src.arguments)
        other_side =
            other_side || (norm_key(a.text) == key &&
                           (perp_role ? attacked(a.role)
                                      : attacked(role) && (a.role == ArgumentRole::perpetrator_org ||
                                                           a.role == ArgumentRole::perpetrator_individual)));
      if (perp_role)
        for (const auto& t : e.src.targets) other_side = other_side || norm_key(t.text) == key;
      if (other_side) continue;
    }
    if (in_timex(w, c.first, c.end)) continue;  // a time is no one's ("were killed Tuesday by a bomb")
    int mi = w.mention_at[c.end - 1];
    std::string ent;
    if (mi >= 0) {
      const Mention& mn = w.doc.mentions[static_cast<size_t>(mi)];
      if (mn.span.start >= w.doc.tokens[c.first].span.start &&
          mn.span.end <= w.doc.tokens[c.end - 1].span.end && mention_is_actor(mn))
        ent = mn.entity;
    }
    size_t before = e.src.arguments.size();
    add_argument(w, e, role, c.first, c.end, ent);
    if (e.src.arguments.size() == before) continue;
    add_evidence(w, e, c.seg);
    if (role == ArgumentRole::perpetrator_org || role == ArgumentRole::perpetrator_individual) {
      if (!ent.empty()) add_unique(e.src.perpetrators, ent);
    } else if (role == ArgumentRole::target || role == ArgumentRole::victim) {
      std::string cat = target_category(w, picked, c.end);
      if (cat.empty() && role == ArgumentRole::victim) cat = "private_citizens";
      add_target(e, w.text(c.first, c.end), cat);
    } else if (role == ArgumentRole::weapon) {
      add_unique(e.src.weapons, weapon_class_of(w, w.span(c.first, c.end)));
    }
  }
  // People named just before "were arrested" (over the rest of a list of names: "X, Y and Z
  // were arrested and charged"), or after "the arrest of", are suspects, not victims.
  for (auto& e : w.events)
    drop_arguments(e, [&](const Argument& a) {
      bool custody = false;
      if (a.role == ArgumentRole::victim) {
        const auto [first, end] = w.tokens_of(a.span);
        const Sentence* s = nullptr;
        for (const auto& x : w.doc.sentences)
          if (x.first_token <= first && first < x.end_token) s = &x;
        if (s && end <= s->end_token) {
          uint32_t j = end;
          for (int n = 0; j < s->end_token && n < 30 &&
                          (w.words[j] == "," || w.words[j] == "and" || w.doc.tokens[j].has(kTokCapitalized) ||
                           (w.np_word(j) && !w.cue(j, Cue::custody)));
               ++n)
            ++j;
          for (int n = 0; j < s->end_token && n < 2 && (w.cue(j, Cue::be) || w.cue(j, Cue::auxiliary)); ++n)
            ++j;
          if (j > end && j < s->end_token && w.cue(j, Cue::custody) &&
              (w.cue(j - 1, Cue::be) || w.cue(j - 1, Cue::auxiliary)))
            custody = true;
          // "the arrest of X".
          if (first >= s->first_token + 2 && w.words[first - 1] == "of" && w.cue(first - 2, Cue::custody))
            custody = true;
        }
      }
      return custody;
    });
  // A target named after "in" or "at" ("killed at the crowded bus station", "eating in the
  // neighbouring restaurant") is also where it happened. (Only a place instead: WikiEvents
  // gains, MUC-4 loses targets, CV 0.450 -> 0.448.)
  for (auto& e : w.events) {
    std::vector<std::pair<uint32_t, uint32_t>> places;
    for (const auto& a : e.src.arguments) {
      if (a.role != ArgumentRole::target) continue;
      auto it = std::lower_bound(w.doc.tokens.begin(), w.doc.tokens.end(), a.span.start,
                                 [](const Token& t, uint32_t x) { return t.span.start < x; });
      if (it == w.doc.tokens.end() || it->span.start != a.span.start) continue;
      const uint32_t first = static_cast<uint32_t>(it - w.doc.tokens.begin());
      uint32_t end = first;
      while (end < w.doc.tokens.size() && w.doc.tokens[end].span.end <= a.span.end) ++end;
      // Back over a determiner and up to two words of the noun phrase ("the crowded").
      uint32_t j = first;
      for (int n = 0; j > 0 && n < 3 &&
                      (w.cue(j - 1, Cue::determiner) ||
                       (n < 2 && w.is_word(j - 1) && !w.word_is(j - 1, LexClass::function) &&
                        !w.word_is(j - 1, LexClass::verb) && !w.cue(j - 1, Cue::locative_prep)));
           ++n)
        --j;
      if (j == 0 || (w.words[j - 1] != "in" && w.words[j - 1] != "at")) continue;
      // "injured in a car bombing": the target word names the attack, not where it was.
      if (const LexEntry* t = end < w.doc.tokens.size() ? w.longest(end, LexClass::trigger) : nullptr;
          t && t->kind == TriggerKind::noun)
        continue;
      // "at a police academy in Bogotá": the building was hit, the town is where.
      const auto [ta, tb] = town_after(w, end);
      places.emplace_back(ta < tb ? ta : first, ta < tb ? tb : end);
    }
    for (auto [a, b] : places) {
      // A town the gazetteer knows keeps its id (one argument with the place found before).
      const int m = w.mention_at[a];
      const bool known = m >= 0 && is_place_mention(w.doc.mentions[static_cast<size_t>(m)]) &&
                         w.doc.mentions[static_cast<size_t>(m)].span == w.span(a, b);
      add_argument(w, e, ArgumentRole::place, a, b,
                   known ? w.doc.mentions[static_cast<size_t>(m)].entity : "");
    }
  }
}

}  // namespace dossier::event_internal

namespace dossier {

using event_internal::FeatureSink;
using event_internal::index_tokens;
using event_internal::role_candidates;
using event_internal::run_events;
using event_internal::Work;

const char* const kRoleFeatureVersion = "roles-1";

std::string role_feature_version(const EventLexicon& lexicon) {
  const WordClusters* wc = lexicon.clusters();
  if (!wc) return kRoleFeatureVersion;
  std::string v = std::string(kRoleFeatureVersion) + "+clusters";
  for (const auto& l : wc->levels()) v += ":" + l;
  return v;
}

uint32_t role_bias_feature() {
  std::vector<uint32_t> f;
  FeatureSink(f).add("bias");
  return f.front();
}
const char* const kRoleModelFile = "roles.model";

std::vector<RoleCandidate> event_role_candidates(const EventLexicon& lexicon, const Document& doc) {
  std::vector<RoleCandidate> out;
  if (doc.tokens.empty() || doc.sentences.empty()) return out;
  Work w(doc, lexicon);
  index_tokens(w);
  run_events(w);
  for (auto& c : role_candidates(w)) {
    RoleCandidate rc;
    rc.span = w.span(c.first, c.end);
    rc.text = w.text(c.first, c.end);
    rc.features = std::move(c.feats);
    out.push_back(std::move(rc));
  }
  return out;
}

}  // namespace dossier
