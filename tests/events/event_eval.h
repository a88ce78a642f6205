// Scoring the event stage on development data, shared by the harnesses in
// bench/ (muc4_eval, wikievents_eval) and the threshold tests in tests/events/.
//
// MUC-4 (GTT/GRIT processed JSON Lines): document-level role-filler entity
// extraction. Per role, the gold entities are the union over the document's
// templates (entities sharing a mention are one entity); a predicted string is
// a true positive when its normalized form equals the normalized form of any
// mention of a gold entity not matched yet (each gold entity matched at most
// once), else a false positive. Normalization as in SQuAD/GRIT: lower case,
// punctuation and the articles a/an/the removed, whitespace collapsed.
// Incident type: the MUC type of the document's main event against the gold
// templates' types, over documents that have a template.
//
// WikiEvents (original dev.jsonl): Conflict.Attack argument head-word F1 per
// role (attacker, target, instrument, place), document level: the set of
// (role, head word) of gold arguments of the document's attack events against
// the set predicted from our events' arguments. The head of a phrase is its
// last word before any "of"/","/"(" (lower-cased).
//
// Header-only so bench programs and tests share one implementation.
#pragma once

#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/document.h"
#include "dossier/pipeline.h"
#include "dossier/resources.h"
#include "events/event_stage.h"
#include "quantity/quantity_stage.h"
#include "text/tokenizer.h"
#include "time/time_stage.h"

namespace dossier::eval {

struct Score {
  long tp = 0, fp = 0, fn = 0;
  double p() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double r() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0.0; }
  void add(const Score& o) { tp += o.tp, fp += o.fp, fn += o.fn; }
};

inline std::string normalize(std::string_view s) {
  std::string t;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) t.push_back(static_cast<char>(std::tolower(u)));
    else t.push_back(' ');
  }
  std::string out;
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    size_t j = i;
    while (j < t.size() && t[j] != ' ') ++j;
    std::string w = t.substr(i, j - i);
    if (!w.empty() && w != "a" && w != "an" && w != "the") {
      if (!out.empty()) out.push_back(' ');
      out += w;
    }
    i = j;
  }
  return out;
}

// The analysis used by the harnesses: text, document date, timexes,
// quantities, events, over a Document built from a raw text. Entity mentions
// are an optional input of the event stage and are left out here, so the
// scores measure the event stage's own phrase finding (MUC-4 text is lower
// case, where a recognizer trained on mixed case has little to offer).
class Analyzer {
 public:
  // with_role_model = false: the rules alone (for training the role model, whose file may
  // hold an older feature version).
  explicit Analyzer(const std::string& events_dir, bool with_role_model = true) {
    Result<std::unique_ptr<Stage>> ev = std::unique_ptr<Stage>();
    if (with_role_model) {
      ev = load_event_stage(events_dir);
    } else if (auto lex = EventLexicon::load(events_dir)) {
      ev = make_event_stage(std::move(lex.value()));
    } else {
      ev = lex.status();
    }
    if (!ev) {
      error_ = ev.status().to_string();
      return;
    }
    stages_.push_back(make_text_stage());
    stages_.push_back(make_document_date_stage());
    stages_.push_back(make_timex_stage());
    stages_.push_back(make_quantity_stage());
    stages_.push_back(std::move(ev.value()));
  }
  // The same chain over a given event stage (a role model trained in memory, for tuning).
  explicit Analyzer(std::unique_ptr<Stage> event_stage) {
    stages_.push_back(make_text_stage());
    stages_.push_back(make_document_date_stage());
    stages_.push_back(make_timex_stage());
    stages_.push_back(make_quantity_stage());
    stages_.push_back(std::move(event_stage));
  }
  // The standard pipeline (entity mentions, actor and place ids included), over
  // resources loaded by the caller (Resources::load_default()).
  explicit Analyzer(const Resources& resources) {
    auto p = Pipeline::standard(resources);
    if (!p) {
      error_ = p.status().to_string();
      return;
    }
    pipeline_ = std::make_unique<Pipeline>(std::move(p.value()));
  }
  const std::string& error() const { return error_; }
  Document analyze(const std::string& id, const std::string& text) const {
    Document doc;
    doc.meta.id = id;
    doc.text = text;
    doc.body = {Span{0, static_cast<uint32_t>(doc.text.size())}};
    if (pipeline_) pipeline_->run(doc);
    for (const auto& s : stages_) s->run(doc);
    return doc;
  }
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
  std::unique_ptr<Pipeline> pipeline_;
  std::string error_;
};

// ---------------------------------------------------------------------------
// MUC-4

inline const char* kMucRoles[] = {"PerpInd", "PerpOrg", "Target", "Victim", "Weapon"};

inline int muc_role_of(ArgumentRole r) {
  switch (r) {
    case ArgumentRole::perpetrator_individual: return 0;
    case ArgumentRole::perpetrator_org: return 1;
    case ArgumentRole::target: return 2;
    case ArgumentRole::victim: return 3;
    case ArgumentRole::weapon: return 4;
    default: return -1;
  }
}

inline std::string muc_type_of(const EventSource& e) {
  switch (e.type) {
    case EventType::bombing:
    case EventType::suicide_bombing: return "bombing";
    case EventType::kidnapping:
    case EventType::hostage_taking: return "kidnapping";
    case EventType::facility_attack:
      for (const auto& w : e.weapons)
        if (w == "incendiary") return "arson";
      return "attack";
    default: return "attack";
  }
}

struct MucResult {
  Score roles[5];
  Score all;
  long typed_docs = 0, type_correct = 0;
  long docs = 0;
};

// Scores one document; `gold` is the processed JSON object.
// When `log` is given, every false positive and false negative is appended as
// "FP|FN <role> <doc id> <text>" (for error analysis in bench/muc4_eval --errors).
inline void score_muc_doc(const Document& doc, const nlohmann::json& gold, MucResult& res,
                          std::vector<std::string>* log = nullptr) {
  ++res.docs;
  // Gold entities per role, merged across templates.
  std::vector<std::vector<std::set<std::string>>> ents(5);
  std::set<std::string> gold_types;
  for (const auto& t : gold["templates"]) {
    gold_types.insert(t["incident_type"].get<std::string>());
    for (int r = 0; r < 5; ++r) {
      for (const auto& ent : t[kMucRoles[r]]) {
        std::set<std::string> ms;
        for (const auto& m : ent) ms.insert(normalize(m[0].get<std::string>()));
        bool merged = false;
        for (auto& e : ents[static_cast<size_t>(r)]) {
          for (const auto& m : ms)
            if (e.count(m)) merged = true;
          if (merged) {
            e.insert(ms.begin(), ms.end());
            break;
          }
        }
        if (!merged) ents[static_cast<size_t>(r)].push_back(ms);
      }
    }
  }
  // Predictions per role, deduplicated.
  std::vector<std::vector<std::string>> pred(5);
  for (const auto& ev : doc.events) {
    for (const auto& a : ev.arguments) {
      int r = muc_role_of(a.role);
      if (r < 0) continue;
      std::string n = normalize(a.text);
      if (n.empty()) continue;
      auto& v = pred[static_cast<size_t>(r)];
      if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
    }
  }
  for (int r = 0; r < 5; ++r) {
    auto& g = ents[static_cast<size_t>(r)];
    std::vector<bool> matched(g.size(), false);
    Score s;
    for (const auto& p : pred[static_cast<size_t>(r)]) {
      bool hit = false;
      for (size_t k = 0; k < g.size() && !hit; ++k)
        if (!matched[k] && g[k].count(p)) matched[k] = hit = true;
      if (hit) ++s.tp;
      else ++s.fp;
      // "FP=": another wording of a gold entity already matched (the scorer counts one).
      bool again = false;
      for (size_t k = 0; k < g.size() && !hit; ++k) again = again || g[k].count(p) > 0;
      if (!hit && log)
        log->push_back(std::string(again ? "FP= " : "FP ") + kMucRoles[r] + " " + doc.meta.id + " " + p);
    }
    for (size_t k = 0; k < matched.size(); ++k)
      if (!matched[k]) {
        ++s.fn;
        if (log) log->push_back(std::string("FN ") + kMucRoles[r] + " " + doc.meta.id + " " + *g[k].begin());
      }
    res.roles[r].add(s);
    res.all.add(s);
  }
  if (log && doc.events.empty() && !gold_types.empty()) log->push_back("NOEVENT " + doc.meta.id);
  if (!gold_types.empty()) {
    ++res.typed_docs;
    const EventSource* main = nullptr;
    for (const auto& e : doc.events)
      if (!e.background) {
        main = &e;
        break;
      }
    if (!main && !doc.events.empty()) main = &doc.events.front();
    if (main) {
      std::string t = muc_type_of(*main);
      if (gold_types.count(t) || (t == "attack" && gold_types.count("bombing / attack")) ||
          (t == "bombing" && gold_types.count("bombing / attack")))
        ++res.type_correct;
    }
  }
}

// upper = analyse the text upper-cased (as the raw MUC-4 files are): the
// extractor must not depend on letter case.
inline MucResult run_muc(const Analyzer& an, const std::string& path, size_t limit = 0,
                         std::vector<std::string>* log = nullptr, bool upper = false) {
  MucResult res;
  std::ifstream in(path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    std::string text = j["doctext"].get<std::string>();
    if (upper)
      for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    Document doc = an.analyze(j["docid"].get<std::string>(), text);
    score_muc_doc(doc, j, res, log);
    if (limit && ++n >= limit) break;
  }
  return res;
}

// Mean of the five role F1 scores and the micro F1 over all roles.
inline double macro_f1(const MucResult& r) {
  double s = 0;
  for (const auto& x : r.roles) s += x.f1();
  return s / 5;
}

// ---------------------------------------------------------------------------
// WikiEvents

inline const char* kWikiRoles[] = {"attacker", "target", "instrument", "place"};

inline std::string head_word(std::string_view phrase) {
  std::string n;
  for (char c : phrase) n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  // Cut at " of ", "," or "(".
  for (std::string_view cut : {" of ", ",", "(", " who ", " which ", " that "}) {
    auto p = n.find(cut);
    if (p != std::string::npos && p > 0) n = n.substr(0, p);
  }
  // Last alphanumeric word.
  size_t e = n.size();
  while (e > 0 && !std::isalnum(static_cast<unsigned char>(n[e - 1])) && static_cast<unsigned char>(n[e - 1]) < 0x80) --e;
  size_t b = e;
  while (b > 0 && n[b - 1] != ' ') --b;
  std::string w = n.substr(b, e - b);
  // Strip possessive.
  if (w.size() > 2 && w.ends_with("'s")) w.resize(w.size() - 2);
  return w;
}

inline int wiki_role_of_gold(const std::string& role) {
  if (role == "Attacker") return 0;
  if (role == "Target") return 1;
  if (role == "Instrument" || role == "ExplosiveDevice") return 2;
  if (role == "Place") return 3;
  return -1;
}

inline int wiki_role_of(ArgumentRole r) {
  switch (r) {
    case ArgumentRole::perpetrator_org:
    case ArgumentRole::perpetrator_individual: return 0;
    case ArgumentRole::target:
    case ArgumentRole::victim: return 1;
    case ArgumentRole::weapon: return 2;
    case ArgumentRole::place: return 3;
    default: return -1;
  }
}

struct WikiResult {
  Score roles[4];
  Score all;
  Score coref_roles[4];  // filled only when clusters are given (score_wiki_coref)
  Score coref_all;
  long docs = 0, attack_docs = 0;
};

// When `log` is given, every false positive and false negative is appended as
// "FP|FN <role> <doc id> <head word>".

// The (role, head word) pairs of the attacks found in doc (operations and kidnappings are no
// Conflict.Attack).
inline std::set<std::pair<int, std::string>> predicted_heads(const Document& doc) {
  std::set<std::pair<int, std::string>> p;
  for (const auto& ev : doc.events) {
    if (ev.type == EventType::security_operation || ev.type == EventType::kidnapping) continue;
    for (const auto& a : ev.arguments) {
      int r = wiki_role_of(a.role);
      if (r < 0) continue;
      std::string h = head_word(a.text);
      if (!h.empty()) p.insert({r, h});
    }
  }
  return p;
}

inline void score_wiki_doc(const Document& doc, const nlohmann::json& gold, WikiResult& res,
                           std::vector<std::string>* log = nullptr) {
  ++res.docs;
  std::set<std::pair<int, std::string>> g;
  bool attack = false;
  for (const auto& ev : gold["event_mentions"]) {
    if (ev["event_type"].get<std::string>().rfind("Conflict.Attack", 0) != 0) continue;
    attack = true;
    for (const auto& a : ev["arguments"]) {
      int r = wiki_role_of_gold(a["role"].get<std::string>());
      if (r < 0) continue;
      std::string h = head_word(a["text"].get<std::string>());
      if (!h.empty()) g.insert({r, h});
    }
  }
  if (attack) ++res.attack_docs;
  const auto p = predicted_heads(doc);
  for (const auto& x : p) {
    Score& s = res.roles[x.first];
    if (g.count(x)) ++s.tp, ++res.all.tp;
    else ++s.fp, ++res.all.fp;
    if (log && !g.count(x)) log->push_back(std::string("FP ") + kWikiRoles[x.first] + " " + doc.meta.id + " " + x.second);
  }
  for (const auto& x : g)
    if (!p.count(x)) {
      ++res.roles[x.first].fn, ++res.all.fn;
      if (log) log->push_back(std::string("FN ") + kWikiRoles[x.first] + " " + doc.meta.id + " " + x.second);
    }
}

// Coreference-aware head-word F1 (WikiEvents' "coref" match): a gold argument is its whole
// coreference cluster as the Triggers-Data files give it (*.derived-triggersdata.json, one
// template per event mention, each argument a list of [mention, offset]), and a predicted head
// matches the argument when it is the head of any mention of the cluster ("Tsarnaev" for an
// argument annotated as "he" whose cluster names him). Per document and role, clusters whose
// annotated (first) mention has the same head are one argument, as in the head-word scoring;
// each argument is matched at most once and every other predicted head is a false positive.
using WikiClusters = std::map<std::string, std::vector<std::pair<int, std::set<std::string>>>>;

inline WikiClusters load_wiki_clusters(const std::string& path) {
  WikiClusters out;
  std::ifstream in(path);
  if (!in) return out;
  nlohmann::json j = nlohmann::json::parse(in);
  for (const auto& [id, d] : j.items()) {
    auto& v = out[id];
    std::map<std::pair<int, std::string>, size_t> by_first;
    for (const auto& t : d["templates"]) {
      if (t["incident_type"].get<std::string>().rfind("Conflict.Attack", 0) != 0) continue;
      for (const auto& [role, clusters] : t.items()) {
        int r = wiki_role_of_gold(role);
        if (r < 0) continue;
        for (const auto& c : clusters) {
          if (c.empty()) continue;
          std::set<std::string> heads;
          for (const auto& m : c) {
            std::string h = head_word(m[0].get<std::string>());
            if (!h.empty()) heads.insert(h);
          }
          std::string first = head_word(c[0][0].get<std::string>());
          if (first.empty()) continue;
          auto [it, fresh] = by_first.try_emplace({r, first}, v.size());
          if (fresh)
            v.push_back({r, heads});
          else
            v[it->second].second.insert(heads.begin(), heads.end());
        }
      }
    }
  }
  return out;
}

inline void score_wiki_coref(const Document& doc, const WikiClusters& clusters, Score (&roles)[4],
                             Score& all) {
  const auto p = predicted_heads(doc);
  static const std::vector<std::pair<int, std::set<std::string>>> none;
  auto f = clusters.find(doc.meta.id);
  const auto& g = f == clusters.end() ? none : f->second;
  std::vector<bool> matched(g.size(), false);
  for (const auto& [r, h] : p) {
    bool hit = false;
    for (size_t k = 0; k < g.size() && !hit; ++k)
      if (!matched[k] && g[k].first == r && g[k].second.count(h)) matched[k] = hit = true;
    if (hit)
      ++roles[r].tp, ++all.tp;
    else
      ++roles[r].fp, ++all.fp;
  }
  for (size_t k = 0; k < g.size(); ++k)
    if (!matched[k]) ++roles[g[k].first].fn, ++all.fn;
}

// The derived train split (train.derived-mc2259.jsonl) keeps only tokens: the text is
// rebuilt by joining them with the usual spacing (no space before closing punctuation and
// clitics, none around a hyphen or after an opening bracket), so it reads as news again.
// starts, when given, receives each token's byte offset in the text.
inline std::string detokenize(const nlohmann::json& tokens, std::vector<uint32_t>* starts = nullptr) {
  static const std::set<std::string> no_space_before = {",", ".", ";", ":", "!", "?", ")", "]", "%",
                                                        "'s", "’s", "n't", "n’t", "’", "'", "-", "'re", "'ve", "'ll", "'d", "'m"};
  std::string out;
  bool glue = true;
  for (const auto& t : tokens) {
    std::string w = t.get<std::string>();
    bool no_before = no_space_before.count(w) > 0 || ((w == "s" || w == "t") && (out.ends_with("’") || out.ends_with("'")));
    if (!glue && !no_before && !out.empty()) out.push_back(' ');
    if (starts) starts->push_back(static_cast<uint32_t>(out.size()));
    out += w;
    glue = w == "(" || w == "[" || w == "-" || w == "$";
  }
  return out;
}

// Scores a WikiEvents JSON Lines file: the original dev split (doc_id, text) or the derived
// train split (docid, tokens, rebuilt into text); their events carry the same argument roles.
// triggers, when given, receives "HIT|MISS <doc id> <trigger> | <sentence>" for each gold
// Conflict.Attack trigger: HIT when one of our attack events has the trigger's sentence among
// its evidence.
inline WikiResult run_wiki_file(const Analyzer& an, const std::string& path, bool derived,
                                std::vector<std::string>* log = nullptr,
                                std::vector<std::string>* triggers = nullptr,
                                const WikiClusters* clusters = nullptr) {
  WikiResult res;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    std::vector<uint32_t> starts;
    Document doc = derived ? an.analyze(j["docid"].get<std::string>(), detokenize(j["tokens"], &starts))
                           : an.analyze(j["doc_id"].get<std::string>(), j["text"].get<std::string>());
    score_wiki_doc(doc, j, res, log);
    if (clusters) score_wiki_coref(doc, *clusters, res.coref_roles, res.coref_all);
    if (!triggers) continue;
    if (!derived) {
      // The original format: each sentence's text is found in the document's text (its token
      // offsets do not index the text), a token's code point offset counted from the sentence's
      // first token.
      size_t from = 0;
      for (const auto& s : j["sentences"]) {
        const std::string st = s[1].get<std::string>();
        size_t at = doc.text.find(st, from);
        if (at != std::string::npos) from = at + st.size();
        const size_t first = s[0].empty() ? 0 : s[0][0][1].get<size_t>();
        for (const auto& t : s[0]) {
          size_t b = 0;
          for (size_t c = t[1].get<size_t>() - first; c > 0 && b < st.size(); --c)
            for (++b; b < st.size() && (static_cast<unsigned char>(st[b]) & 0xC0) == 0x80;) ++b;
          starts.push_back(at == std::string::npos ? static_cast<uint32_t>(doc.text.size())
                                                   : static_cast<uint32_t>(at + b));
        }
      }
    }
    for (const auto& ev : j["event_mentions"]) {
      if (ev["event_type"].get<std::string>().rfind("Conflict.Attack", 0) != 0) continue;
      const auto& tr = ev["trigger"];
      size_t ti = derived ? tr["start_idx"].get<size_t>() : tr["start"].get<size_t>();
      if (ti >= starts.size()) continue;
      uint32_t at = starts[ti];
      bool hit = false;
      for (const auto& e : doc.events)
        if (e.type != EventType::security_operation)
          for (const auto& x : e.evidence) hit = hit || (x.span.start <= at && at < x.span.end);
      std::string sentence;
      for (const auto& s : doc.sentences)
        if (s.span.start <= at && at < s.span.end) sentence = std::string(doc.slice(s.span));
      triggers->push_back(std::string(hit ? "HIT " : "MISS ") + doc.meta.id + " " +
                          tr["text"].get<std::string>() + " | " + sentence);
    }
  }
  return res;
}

inline WikiResult run_wiki(const Analyzer& an, const std::string& path,
                           std::vector<std::string>* log = nullptr,
                           std::vector<std::string>* triggers = nullptr,
                           const WikiClusters* clusters = nullptr) {
  return run_wiki_file(an, path, false, log, triggers, clusters);
}

inline WikiResult run_wiki_train(const Analyzer& an, const std::string& path,
                                 std::vector<std::string>* log = nullptr,
                                 std::vector<std::string>* triggers = nullptr,
                                 const WikiClusters* clusters = nullptr) {
  return run_wiki_file(an, path, true, log, triggers, clusters);
}

}  // namespace dossier::eval
