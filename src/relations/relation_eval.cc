// Scoring for the relation harness and its threshold test; see
// relation_eval.h. A sentence is analysed on its own (text = the sentence),
// with gold mentions, so the numbers measure the patterns, the modality and
// the attribution, not the entity recognizer.
//
// Matching: a system relation is a true positive when type, subject, object
// (unordered for the symmetric types) and polarity equal a gold one.
// Attribution is scored over true positives; speaker phrases match when one
// contains the other ("a security official" ~ "a security official based in
// Quetta"), ids must be equal.
#include "relations/relation_eval.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/ids.h"
#include "core/utf8.h"
#include "text/tokenizer.h"

namespace dossier {
namespace {

using json = nlohmann::json;

ActorKind kind_for(MentionType t) {
  switch (t) {
    case MentionType::PERSON: return ActorKind::person;
    case MentionType::ARMED_GROUP: return ActorKind::armed_group;
    case MentionType::STATE_ACTOR: return ActorKind::state_actor;
    case MentionType::GPE: return ActorKind::country;
    default: return ActorKind::organization;
  }
}

void add_actor(Document& d, const std::string& id, const std::string& name, MentionType t) {
  if (d.find_actor(id)) return;
  Actor a;
  a.id = id;
  a.name = name;
  a.kind = kind_for(t);
  d.actors.push_back(std::move(a));
}

void finish(Document& d) {
  d.body = {Span{0, static_cast<uint32_t>(d.text.size())}};
  std::sort(d.mentions.begin(), d.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  tokenize(d);
  split_sentences(d);
}

bool symmetric(const std::string& t) { return t == "cooperates_with" || t == "rival_of"; }

std::string key(const std::string& type, std::string s, std::string o) {
  if (symmetric(type) && o < s) std::swap(s, o);
  return type + "|" + s + "|" + o;
}

std::string lower_trim(std::string s) {
  s = utf8::fold(s);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.')) s.pop_back();
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return s.substr(i);
}

bool attribution_matches(const std::string& gold, const std::string& sys) {
  std::string g = lower_trim(gold), s = lower_trim(sys);
  if (g.empty() || s.empty()) return g.empty() && s.empty();
  return g == s || g.find(s) != std::string::npos || s.find(g) != std::string::npos;
}

// Byte offset of every code point index (size = code points + 1).
std::vector<uint32_t> cp_to_byte(std::string_view s) {
  std::vector<uint32_t> out;
  size_t i = 0;
  while (i < s.size()) {
    out.push_back(static_cast<uint32_t>(i));
    utf8::next(s, i);
  }
  out.push_back(static_cast<uint32_t>(s.size()));
  return out;
}

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The texts of the shared development data, by "dataset:doc".
class SourceTexts {
 public:
  explicit SourceTexts(std::string shared) : shared_(std::move(shared)) {}

  Result<const std::string*> get(const std::string& dataset, const std::string& doc) {
    std::string k = dataset + ":" + doc;
    if (auto it = texts_.find(k); it != texts_.end()) return &it->second;
    Status s = load(dataset, doc);
    if (!s) return s;
    auto it = texts_.find(k);
    if (it == texts_.end()) return Status(StatusCode::not_found, "no document " + k);
    return &it->second;
  }

 private:
  Status load_lines(const std::string& path, const std::string& dataset, const std::string& prefix,
                    const char* id_field, const char* text_field) {
    if (!loaded_.insert(path).second) return Status::ok();
    auto data = slurp(path);
    if (!data) return data.status();
    std::istringstream in(*data);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      json j = json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains(id_field) || !j.contains(text_field)) continue;
      texts_[dataset + ":" + prefix + j[id_field].get<std::string>()] = j[text_field].get<std::string>();
    }
    return Status::ok();
  }

  Status load(const std::string& dataset, const std::string& doc) {
    size_t slash = doc.find('/');
    if (slash == std::string::npos) return Status(StatusCode::invalid_input, "bad doc reference " + doc);
    std::string part = doc.substr(0, slash);
    if (dataset == "re3d")
      return load_lines(shared_ + "/data/re3d/" + part + "/documents.json", dataset, part + "/", "_id", "text");
    if (dataset == "muc4")
      return load_lines(shared_ + "/data/muc4/processed/" + part + ".json", dataset, part + "/", "docid",
                        "doctext");
    if (dataset == "wikievents")
      return load_lines(shared_ + "/data/wikievents/" + part + ".jsonl", dataset, part + "/", "doc_id", "text");
    return Status(StatusCode::unsupported, "unknown dataset " + dataset);
  }

  std::string shared_;
  std::set<std::string> loaded_;
  std::unordered_map<std::string, std::string> texts_;
};

void score_sentence(const std::vector<Relation>& sys, const std::vector<GoldRelation>& gold,
                    const std::string& dataset, const std::string& where, EvalReport& r) {
  std::map<std::string, const GoldRelation*> expected;  // key -> gold (asserted/denied)
  std::set<std::string> hedged;
  for (const auto& g : gold) {
    std::string k = key(g.type, g.subject, g.object);
    if (g.polarity == "hedged")
      hedged.insert(k);
    else
      expected[k] = &g;
  }
  std::set<std::string> matched;
  for (const auto& rel : sys) {
    std::string type(to_string(rel.type));
    std::string k = key(type, rel.subject, rel.object);
    std::string pol(to_string(rel.polarity));
    auto it = expected.find(k);
    bool tp = it != expected.end() && it->second->polarity == pol && !matched.count(k);
    if (tp) {
      matched.insert(k);
      r.all.tp++;
      r.by_type[type].tp++;
      r.by_dataset[dataset].tp++;
      r.attribution_total++;
      if (attribution_matches(it->second->attribution, rel.attributed_to))
        r.attribution_right++;
      else
        r.errors.push_back(where + ": attribution '" + rel.attributed_to + "' expected '" +
                           it->second->attribution + "' for " + k);
      continue;
    }
    r.all.fp++;
    r.by_type[type].fp++;
    r.by_dataset[dataset].fp++;
    if (rel.polarity == Polarity::asserted && hedged.count(k)) r.hedged_stored++;
    if (rel.polarity == Polarity::asserted && it != expected.end() && it->second->polarity == "denied")
      r.denied_as_asserted++;
    r.errors.push_back(where + ": false " + pol + " " + k);
  }
  for (const auto& [k, g] : expected) {
    if (matched.count(k)) continue;
    r.all.fn++;
    r.by_type[g->type].fn++;
    r.by_dataset[dataset].fn++;
    r.errors.push_back(where + ": missed " + g->polarity + " " + k);
  }
}

}  // namespace

Document document_from_markup(std::string_view m, std::string doc_id) {
  Document d;
  d.meta.id = std::move(doc_id);
  size_t i = 0;
  while (i < m.size()) {
    size_t open = m.find("[[", i);
    if (open == std::string_view::npos) {
      d.text.append(m.substr(i));
      break;
    }
    d.text.append(m.substr(i, open - i));
    size_t close = m.find("]]", open);
    if (close == std::string_view::npos) {
      d.text.append(m.substr(open));
      break;
    }
    std::string_view inner = m.substr(open + 2, close - open - 2);
    size_t b1 = inner.find('|');
    size_t b2 = b1 == std::string_view::npos ? b1 : inner.find('|', b1 + 1);
    std::string surface(inner.substr(0, b1));
    MentionType type = MentionType::ORG;
    std::string id = slugify(surface);
    if (b1 != std::string_view::npos) {
      auto t = mention_type_from(inner.substr(b1 + 1, b2 == std::string_view::npos ? b2 : b2 - b1 - 1));
      if (t) type = *t;
      if (b2 != std::string_view::npos) id = std::string(inner.substr(b2 + 1));
    }
    Mention men;
    men.span = {static_cast<uint32_t>(d.text.size()), static_cast<uint32_t>(d.text.size() + surface.size())};
    men.type = type;
    men.entity = id;
    d.text += surface;
    d.mentions.push_back(men);
    if (type != MentionType::NORP && type != MentionType::LOC) add_actor(d, id, surface, type);
    i = close + 2;
  }
  finish(d);
  return d;
}

Result<std::vector<EvalSentence>> load_dev_set(const std::string& path, const std::string& shared_dir) {
  auto data = slurp(path);
  if (!data) return data.status();
  SourceTexts sources(shared_dir);
  std::vector<EvalSentence> out;
  std::istringstream in(*data);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::string where = path + ": line " + std::to_string(n);
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status(StatusCode::invalid_input, where + ": not JSON");
    EvalSentence es;
    es.dataset = j.value("dataset", "");
    es.doc = j.value("doc", "");
    if (es.dataset == "own") {
      es.document = document_from_markup(j.value("text", ""), "doc:" + es.doc);
    } else {
      auto text = sources.get(es.dataset, es.doc);
      if (!text) return Status(text.status().code(), where + ": " + text.status().message());
      const std::string& t = **text;
      auto map = cp_to_byte(t);
      auto sent = j.at("sentence");
      size_t s = sent[0].get<size_t>(), e = sent[1].get<size_t>();
      if (s >= e || e >= map.size()) return Status(StatusCode::invalid_input, where + ": sentence out of range");
      uint32_t sb = map[s], eb = map[e];
      es.document.meta.id = "doc:" + es.dataset + ":" + es.doc;
      es.document.text = t.substr(sb, eb - sb);
      for (auto& mj : j.at("mentions")) {
        size_t ms = mj.at("start").get<size_t>(), me = mj.at("end").get<size_t>();
        if (ms < s || me > e || ms >= me) return Status(StatusCode::invalid_input, where + ": mention out of sentence");
        Mention men;
        men.span = {map[ms] - sb, map[me] - sb};
        auto type = mention_type_from(mj.at("type").get<std::string>());
        if (!type) return Status(StatusCode::invalid_input, where + ": bad mention type");
        men.type = *type;
        men.entity = mj.at("id").get<std::string>();
        std::string surface(es.document.slice(men.span));
        if (surface != mj.value("text", surface))
          return Status(StatusCode::invalid_input, where + ": mention text '" + surface + "' is not '" +
                                                       mj.value("text", "") + "'");
        es.document.mentions.push_back(men);
        if (men.type != MentionType::NORP && men.type != MentionType::LOC)
          add_actor(es.document, men.entity, surface, men.type);
      }
      finish(es.document);
    }
    for (auto& rj : j.at("relations")) {
      GoldRelation g;
      g.type = rj.at("type").get<std::string>();
      if (!relation_type_from(g.type)) return Status(StatusCode::invalid_input, where + ": bad type " + g.type);
      g.subject = rj.at("subject").get<std::string>();
      g.object = rj.at("object").get<std::string>();
      g.polarity = rj.value("polarity", "asserted");
      g.attribution = rj.value("attribution", "");
      es.gold.push_back(std::move(g));
    }
    out.push_back(std::move(es));
  }
  return out;
}

EvalReport evaluate(const RelationExtractor& x, std::vector<EvalSentence>& set,
                    const std::vector<std::string>& only) {
  EvalReport r;
  for (auto& es : set) {
    if (!only.empty() && std::find(only.begin(), only.end(), es.dataset) == only.end()) continue;
    x.extract(es.document);
    std::string where = es.dataset + ":" + es.doc;
    score_sentence(es.document.relations, es.gold, es.dataset, where, r);
  }
  return r;
}

EvalReport evaluate_re3d(const RelationExtractor& x, const std::string& shared_dir) {
  // re3d type -> our types that count as the same relation.
  static const std::map<std::string, std::set<std::string>> kMap = {
      {"AlliesOf", {"cooperates_with", "affiliated_with", "pledged_allegiance_to"}},
      {"BelongsTo", {"member_of", "faction_of", "spokesperson_of", "holds_position"}},
      {"InChargeOf", {"leader_of"}},
  };
  std::map<std::string, std::string> ours_to_group;
  for (const auto& [g, types] : kMap)
    for (const auto& t : types) ours_to_group[t] = g;
  EvalReport r;
  static const char* kSources[] = {"Australian Department of Foreign Affairs", "CENTCOM",
                                   "Delegation of the European Union to Syria", "UK Government",
                                   "US State Department"};
  for (const char* src : kSources) {
    std::string dir = shared_dir + "/data/re3d/" + src;
    auto docs = slurp(dir + "/documents.json");
    auto ents = slurp(dir + "/entities.json");
    auto rels = slurp(dir + "/relations.json");
    if (!docs || !ents || !rels) {
      r.errors.push_back(std::string("re3d: cannot read ") + dir);
      continue;
    }
    std::map<std::string, std::vector<json>> ents_by_doc, rels_by_doc;
    std::istringstream ei(*ents), ri(*rels), di(*docs);
    std::string line;
    while (std::getline(ei, line))
      if (!line.empty()) {
        json j = json::parse(line, nullptr, false);
        if (!j.is_discarded()) ents_by_doc[j.value("documentId", "")].push_back(j);
      }
    while (std::getline(ri, line))
      if (!line.empty()) {
        json j = json::parse(line, nullptr, false);
        if (!j.is_discarded()) rels_by_doc[j.value("documentId", "")].push_back(j);
      }
    while (std::getline(di, line)) {
      if (line.empty()) continue;
      json dj = json::parse(line, nullptr, false);
      if (dj.is_discarded()) continue;
      std::string id = dj.value("_id", "");
      Document d;
      d.meta.id = "doc:re3d:" + id;
      d.text = dj.value("text", "");
      auto map = cp_to_byte(d.text);
      // Gold person and organisation mentions; a nested one yields to the longer.
      std::map<std::pair<int, int>, std::string> span_id;  // cp span -> entity id
      std::vector<json> es;
      for (auto& e : ents_by_doc[id]) {
        std::string t = e.value("type", "");
        if (t == "Person" || t == "Organisation") es.push_back(e);
      }
      std::sort(es.begin(), es.end(), [](const json& a, const json& b) {
        int as = a["begin"], bs = b["begin"], ae = a["end"], be = b["end"];
        return as != bs ? as < bs : ae > be;
      });
      int last_end = -1;
      for (auto& e : es) {
        int b = e["begin"], en = e["end"];
        if (b < last_end || en >= static_cast<int>(map.size())) continue;
        last_end = en;
        Mention m;
        m.span = {map[b], map[en]};
        m.type = e["type"] == "Person" ? MentionType::PERSON : MentionType::ORG;
        m.entity = "re3d:" + slugify(e.value("value", ""));
        span_id[{b, en}] = m.entity;
        add_actor(d, m.entity, e.value("value", ""), m.type);
        d.mentions.push_back(m);
      }
      finish(d);
      x.extract(d);
      std::set<std::string> gold, sys;
      for (auto& rj : rels_by_doc[id]) {
        auto it = kMap.find(rj.value("type", ""));
        if (it == kMap.end() || rj.value("confidence", 0.0) < 0.5) continue;
        auto s = span_id.find({rj["sourceBegin"].get<int>(), rj["sourceEnd"].get<int>()});
        auto o = span_id.find({rj["targetBegin"].get<int>(), rj["targetEnd"].get<int>()});
        if (s == span_id.end() || o == span_id.end() || s->second == o->second) continue;
        std::string a = s->second, b = o->second;
        if (it->first == "AlliesOf" && b < a) std::swap(a, b);
        gold.insert(it->first + "|" + a + "|" + b);
      }
      for (const auto& rel : d.relations) {
        if (rel.polarity != Polarity::asserted) continue;
        auto g = ours_to_group.find(std::string(to_string(rel.type)));
        if (g == ours_to_group.end()) continue;
        std::string a = rel.subject, b = rel.object;
        if (g->second == "AlliesOf" && b < a) std::swap(a, b);
        sys.insert(g->second + "|" + a + "|" + b);
      }
      for (const auto& k : sys) {
        std::string group = k.substr(0, k.find('|'));
        if (gold.count(k)) {
          r.all.tp++;
          r.by_type[group].tp++;
        } else {
          r.all.fp++;
          r.by_type[group].fp++;
          r.errors.push_back("re3d:" + id + ": false " + k);
        }
      }
      for (const auto& k : gold)
        if (!sys.count(k)) {
          std::string group = k.substr(0, k.find('|'));
          r.all.fn++;
          r.by_type[group].fn++;
          r.errors.push_back("re3d:" + id + ": missed " + k);
        }
    }
  }
  return r;
}

}  // namespace dossier
