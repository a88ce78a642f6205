// How the corpus is read.
//
// Each re3d source folder holds mongoexport JSON Lines: documents (id, text)
// and entities (documentId, begin/end in code points, type). We build a
// Document per re3d document (whole text as body), run the project's
// tokenizer and sentence splitter, convert offsets to bytes, map the types
// (see ner_corpus.h), drop lone pronouns, and deduplicate identical spans.
// The result is sorted by document id so folds are reproducible.
#include "entities/ner_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <zlib.h>

#include "core/ids.h"
#include "core/utf8.h"
#include "lexicon/place_gazetteer.h"
#include "text/tokenizer.h"

namespace dossier {
namespace {

bool lone_pronoun(std::string_view s) {
  std::string w = utf8::fold(s);
  static constexpr std::string_view kPronouns[] = {
      "he", "she", "it", "we", "they", "i", "me", "him", "her", "us", "them", "his", "its", "our",
      "their", "my", "you", "your", "hers", "ours", "theirs", "himself", "herself", "itself", "themselves"};
  for (auto p : kPronouns)
    if (w == p) return true;
  return false;
}

}  // namespace

uint32_t ner_cp_to_byte(std::string_view text, uint32_t cp) {
  size_t i = 0;
  uint32_t n = 0;
  while (i < text.size() && n < cp) {
    utf8::next(text, i);
    ++n;
  }
  return static_cast<uint32_t>(i);
}

Result<NerLabelRules> NerLabelRules::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open the NER label rules");
  NerLabelRules r;
  std::string line;
  size_t ln = 0;
  while (std::getline(in, line)) {
    ++ln;
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos)
      return Status(StatusCode::invalid_input, path + ": line " + std::to_string(ln) + ": expected TYPE<TAB>words");
    auto type = mention_type_from(line.substr(0, tab));
    if (!type)
      return Status(StatusCode::invalid_input,
                    path + ": line " + std::to_string(ln) + ": unknown type '" + line.substr(0, tab) + "'");
    std::istringstream ws(line.substr(tab + 1));
    std::string w;
    bool org = *type == MentionType::ARMED_GROUP || *type == MentionType::STATE_ACTOR || *type == MentionType::ORG;
    while (ws >> w) (org ? r.org_words : r.location_words)[utf8::fold(w)] = *type;
  }
  return r;
}

MentionType NerLabelRules::organisation_type(const Document& doc, Span span, const PlaceGazetteer* gaz) const {
  // Armed groups win over state words ("ISIL forces"), state words over plain ORG.
  bool armed = false, state = false;
  uint32_t first = doc.token_at_or_after(span.start);
  for (uint32_t i = first; i < doc.tokens.size() && doc.tokens[i].span.start < span.end; ++i) {
    auto it = org_words.find(doc.tokens[i].norm);
    if (it == org_words.end()) continue;
    if (it->second == MentionType::ARMED_GROUP) armed = true;
    if (it->second == MentionType::STATE_ACTOR) state = true;
  }
  if (armed) return MentionType::ARMED_GROUP;
  if (state) return MentionType::STATE_ACTOR;
  if (gaz) {
    // "the UK", "Russia" annotated as an organisation: a state actor.
    std::string_view s = doc.slice(span);
    for (const auto& c : gaz->lookup(s))
      if (c.place->kind == PlaceKind::country && c.prior > 0.5) return MentionType::STATE_ACTOR;
  }
  return MentionType::ORG;
}

MentionType NerLabelRules::location_type(const Document& doc, Span span) const {
  bool capital = false;
  MentionType by_word = MentionType::GPE;
  bool found = false;
  uint32_t first = doc.token_at_or_after(span.start);
  for (uint32_t i = first; i < doc.tokens.size() && doc.tokens[i].span.start < span.end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.has(kTokCapitalized) || t.has(kTokAllCaps)) capital = true;
    auto it = location_words.find(t.norm);
    if (it != location_words.end() && (!found || it->second == MentionType::FACILITY)) {
      by_word = it->second;
      found = true;
    }
  }
  if (found) return by_word;
  return capital ? MentionType::GPE : MentionType::LOC;
}

Result<std::vector<NerDoc>> load_re3d(const std::string& dir, const NerLabelRules& rules,
                                      const PlaceGazetteer* gaz) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status(StatusCode::not_found, dir + ": not a directory");
  std::vector<fs::path> sources;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_directory() && fs::exists(e.path() / "documents.json")) sources.push_back(e.path());
  std::sort(sources.begin(), sources.end());
  std::map<std::string, NerDoc> docs;
  std::map<std::string, std::vector<nlohmann::json>> ents;
  for (const auto& src : sources) {
    for (const char* file : {"documents.json", "entities.json"}) {
      std::ifstream in(src / file);
      if (!in) return Status(StatusCode::not_found, (src / file).string() + ": cannot open");
      std::string line;
      size_t ln = 0;
      while (std::getline(in, line)) {
        ++ln;
        if (line.empty()) continue;
        nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded())
          return Status(StatusCode::invalid_input, (src / file).string() + ": line " + std::to_string(ln) + ": bad JSON");
        if (std::string(file) == "documents.json") {
          NerDoc d;
          d.id = j.value("_id", "");
          d.source = src.filename().string();
          d.doc.text = j.value("text", "");
          d.doc.meta.id = "re3d:" + d.id;
          d.doc.body = {Span{0, static_cast<uint32_t>(d.doc.text.size())}};
          docs[d.id] = std::move(d);
        } else {
          ents[j.value("documentId", "")].push_back(std::move(j));
        }
      }
    }
  }
  std::vector<NerDoc> out;
  for (auto& [id, d] : docs) {
    tokenize(d.doc);
    split_sentences(d.doc);
    for (const auto& e : ents[id]) {
      std::string type = e.value("type", "");
      Span span{ner_cp_to_byte(d.doc.text, e.value("begin", 0u)), ner_cp_to_byte(d.doc.text, e.value("end", 0u))};
      if (span.empty()) continue;
      if (lone_pronoun(d.doc.slice(span))) continue;
      MentionType t;
      if (type == "Person") {
        t = MentionType::PERSON;
      } else if (type == "Organisation") {
        t = rules.organisation_type(d.doc, span, gaz);
      } else if (type == "Location") {
        t = rules.location_type(d.doc, span);
      } else if (type == "Nationality") {
        t = MentionType::NORP;
      } else if (type == "Weapon") {
        t = MentionType::WEAPON;
      } else {
        continue;
      }
      d.gold.push_back({span, t});
    }
    std::sort(d.gold.begin(), d.gold.end(), [](const NerGold& a, const NerGold& b) {
      if (a.span.start != b.span.start) return a.span.start < b.span.start;
      if (a.span.end != b.span.end) return a.span.end > b.span.end;
      return a.type < b.type;
    });
    d.gold.erase(std::unique(d.gold.begin(), d.gold.end(),
                             [](const NerGold& a, const NerGold& b) { return a.span == b.span && a.type == b.type; }),
                 d.gold.end());
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<int> ner_bio_labels(const NerDoc& d, uint32_t first, uint32_t end) {
  std::vector<int> tags(end - first, 0);
  // Innermost first: nested mentions ("Iraqi" in "Iraqi security forces", "Turkey" in "Incirlik Air
  // Base, Turkey") keep their own type; the enclosing mention then claims the tokens left free, as
  // one piece per contiguous run, trimmed of punctuation and function words at its edges.
  std::vector<const NerGold*> order;
  for (const auto& g : d.gold) order.push_back(&g);
  std::stable_sort(order.begin(), order.end(),
                   [](const NerGold* a, const NerGold* b) { return a->span.size() < b->span.size(); });
  auto filler = [&](uint32_t i) {
    const Token& t = d.doc.tokens[i];
    if (t.has(kTokPunct) || t.has(kTokQuote) || t.has(kTokDash)) return true;
    static constexpr std::string_view kFunction[] = {"the", "a", "an", "of", "for", "and", "in", "on", "at",
                                                     "'s", "to", "with", "from", "by"};
    for (auto w : kFunction)
      if (t.norm == w) return true;
    return false;
  };
  for (const NerGold* g : order) {
    std::vector<uint32_t> toks;
    for (uint32_t i = first; i < end; ++i)
      if (d.doc.tokens[i].span.overlaps(g->span)) toks.push_back(i);
    size_t k = 0;
    while (k < toks.size()) {
      if (tags[toks[k] - first] != 0) {
        ++k;
        continue;
      }
      size_t e = k;
      while (e < toks.size() && tags[toks[e] - first] == 0) ++e;
      bool whole = k == 0 && e == toks.size();
      size_t a = k, b = e;
      if (!whole) {
        while (a < b && filler(toks[a])) ++a;
        while (b > a && filler(toks[b - 1])) --b;
      }
      if (a < b) {
        tags[toks[a] - first] = ner_begin_tag(g->type);
        for (size_t j = a + 1; j < b; ++j) tags[toks[j] - first] = ner_inside_tag(g->type);
      }
      k = e;
    }
  }
  return tags;
}

Result<std::unordered_map<std::string, uint8_t>> ner_word_profiles_from(const std::string& path, size_t max_docs) {
  gzFile f = gzopen(path.c_str(), "rb");  // reads plain files too
  if (!f) return Status(StatusCode::not_found, path + ": cannot open");
  NerWordProfileCounter counter;
  std::string line;
  std::vector<char> buf(1 << 16);
  size_t ln = 0;
  auto flush = [&]() -> Status {
    ++ln;
    if (line.empty()) return Status::ok();
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return Status(StatusCode::invalid_input, path + ": line " + std::to_string(ln) + ": bad JSON");
    Document d;
    d.text = j.value("text", "");
    tokenize(d);
    split_sentences(d);
    counter.add(d);
    line.clear();
    return Status::ok();
  };
  while (gzgets(f, buf.data(), static_cast<int>(buf.size())) != nullptr) {
    line.append(buf.data());
    if (!line.empty() && line.back() == '\n') {
      line.pop_back();
      Status st = flush();
      if (!st.is_ok()) {
        gzclose(f);
        return st;
      }
      if (max_docs && counter.documents() >= max_docs) break;
    }
  }
  gzclose(f);
  if (!line.empty()) {
    Status st = flush();
    if (!st.is_ok()) return st;
  }
  return counter.profiles();
}

Result<std::unordered_map<std::string, uint16_t>> ner_noun_senses_from(const std::string& dir) {
  // data.noun: "<offset> <lex_filenum> n ..." ; index.noun: "<lemma> n <synset_cnt> <p_cnt> <ptrs...>
  // <sense_cnt> <tagsense_cnt> <offset>..." with offsets most frequent sense first.
  std::unordered_map<std::string, uint8_t> lexfile;
  {
    std::ifstream in(dir + "/data.noun");
    if (!in) return Status(StatusCode::not_found, dir + "/data.noun: cannot open (install wordnet-base)");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;
      std::istringstream ls(line);
      std::string off;
      int lf = 0;
      if (ls >> off >> lf) lexfile[off] = static_cast<uint8_t>(lf);
    }
  }
  std::unordered_map<std::string, uint16_t> out;
  {
    std::ifstream in(dir + "/index.noun");
    if (!in) return Status(StatusCode::not_found, dir + "/index.noun: cannot open");
    std::string line;
    size_t ln = 0;
    while (std::getline(in, line)) {
      ++ln;
      if (line.empty() || line[0] == ' ') continue;
      std::istringstream ls(line);
      std::vector<std::string> f;
      std::string x;
      while (ls >> x) f.push_back(x);
      if (f.size() < 6 || f[0].find('_') != std::string::npos) continue;
      int synsets = std::atoi(f[2].c_str());
      if (synsets <= 0 || static_cast<size_t>(synsets) > f.size()) continue;
      size_t first = f.size() - synsets;
      uint16_t v = 0xFF00;
      auto a = lexfile.find(f[first]);
      if (a == lexfile.end()) continue;
      v = a->second | 0xFF00;
      if (synsets > 1) {
        auto b = lexfile.find(f[first + 1]);
        if (b != lexfile.end()) v = static_cast<uint16_t>(a->second | b->second << 8);
      }
      out[f[0]] = v;
    }
  }
  std::ifstream exc(dir + "/noun.exc");
  std::string line;
  while (std::getline(exc, line)) {
    std::istringstream ls(line);
    std::string plural, base;
    if (!(ls >> plural >> base) || plural.find('_') != std::string::npos) continue;
    auto it = out.find(base);
    if (it != out.end()) out.emplace(plural, it->second);
  }
  return out;
}

NerLexicon ner_lexicon_from(const PlaceGazetteer& gaz, int64_t min_city_population) {
  NerLexicon lex;
  for (auto& [k, kind] : gaz.name_keys(min_city_population)) {
    int parts = 1 + static_cast<int>(std::count(k.begin(), k.end(), '-'));
    if (parts > lex.max_place_tokens) continue;
    char c = 'T';
    switch (kind) {
      case PlaceKind::country: c = 'C'; break;
      case PlaceKind::admin1: c = 'A'; break;
      case PlaceKind::region: c = 'R'; break;
      case PlaceKind::admin2: c = 'D'; break;
      case PlaceKind::city: c = 'T'; break;
      case PlaceKind::facility: c = 'F'; break;
    }
    lex.places.emplace(k, c);
  }
  for (auto& k : gaz.demonym_keys()) lex.demonyms.insert(k);
  return lex;
}

}  // namespace dossier

namespace dossier {

Result<std::vector<NerDoc>> load_wikievents(const std::string& path, const NerLabelRules& rules,
                                            const PlaceGazetteer* gaz, bool names_only) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open");
  std::vector<NerDoc> out;
  std::string line;
  size_t ln = 0;
  while (std::getline(in, line)) {
    ++ln;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("sentences") || !j.contains("text"))
      return Status(StatusCode::invalid_input, path + ": line " + std::to_string(ln) + ": bad JSON document");
    NerDoc d;
    d.id = j.value("doc_id", "");
    d.source = "wikievents";
    d.doc.text = j.value("text", "");
    d.doc.meta.id = "wikievents:" + d.id;
    d.doc.body = {Span{0, static_cast<uint32_t>(d.doc.text.size())}};
    // Document-level token index -> (char start, char end).
    std::vector<std::pair<uint32_t, uint32_t>> tok;
    for (const auto& s : j["sentences"])
      for (const auto& t : s[0]) tok.emplace_back(t[1].get<uint32_t>(), t[2].get<uint32_t>());
    tokenize(d.doc);
    split_sentences(d.doc);
    for (const auto& m : j.value("entity_mentions", nlohmann::json::array())) {
      uint32_t s = m.value("start", 0u), e = m.value("end", 0u);
      if (s >= e || e > tok.size()) continue;
      Span span{ner_cp_to_byte(d.doc.text, tok[s].first), ner_cp_to_byte(d.doc.text, tok[e - 1].second)};
      if (span.empty() || lone_pronoun(d.doc.slice(span))) continue;
      std::string type = m.value("entity_type", "");
      if (names_only && type != "WEA") {
        bool cap = false;
        uint32_t first = d.doc.token_at_or_after(span.start);
        for (uint32_t i = first; i < d.doc.tokens.size() && d.doc.tokens[i].span.start < span.end; ++i)
          cap = cap || d.doc.tokens[i].has(kTokCapitalized) || d.doc.tokens[i].has(kTokAllCaps);
        if (!cap) continue;
      }
      MentionType t;
      if (type == "PER") t = MentionType::PERSON;
      else if (type == "ORG") t = rules.organisation_type(d.doc, span, gaz);
      else if (type == "GPE") t = MentionType::GPE;
      else if (type == "LOC") t = MentionType::LOC;
      else if (type == "FAC") t = MentionType::FACILITY;
      else if (type == "WEA") t = MentionType::WEAPON;
      else continue;
      d.gold.push_back({span, t});
    }
    std::sort(d.gold.begin(), d.gold.end(), [](const NerGold& a, const NerGold& b) {
      return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
    });
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace dossier
