// How the linking evaluation works: documents are read once per corpus into (id -> text)
// maps, each document named by the set is analysed once (tokenize, split_sentences, the
// entity stage), and each item's code-point span is converted to bytes and compared with the
// mentions the stage produced. See linking_eval.h for the scoring rule.
#include "entities/linking_eval.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "core/utf8.h"
#include "text/tokenizer.h"

namespace dossier {

namespace {

using json = nlohmann::json;

Status read_lines(const std::string& path, const std::function<Status(const json&, size_t)>& f) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open");
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    json j;
    try {
      j = json::parse(line);
    } catch (const std::exception& e) {
      return Status(StatusCode::invalid_input, path + ":" + std::to_string(n) + ": " + e.what());
    }
    Status s = f(j, n);
    if (!s.is_ok()) return s;
  }
  return Status::ok();
}

// Byte offset of code point `cp` in s.
uint32_t cp_to_byte(std::string_view s, uint32_t cp) {
  size_t i = 0;
  for (uint32_t k = 0; k < cp && i < s.size(); ++k) utf8::next(s, i);
  return static_cast<uint32_t>(i);
}

}  // namespace

Result<LinkingReport> evaluate_linking(const std::string& dev_jsonl, const std::string& shared_dir,
                                       const Stage& stage) {
  struct Item {
    std::string corpus, doc, mention, expected, kase;
    uint32_t start, end;
  };
  std::vector<Item> items;
  Status s = read_lines(dev_jsonl, [&](const json& j, size_t line) {
    try {
      items.push_back({j.at("corpus"), j.at("doc"), j.at("mention"), j.at("expected"), j.value("case", ""),
                       j.at("start").get<uint32_t>(), j.at("end").get<uint32_t>()});
    } catch (const std::exception& e) {
      return Status(StatusCode::invalid_input, dev_jsonl + ":" + std::to_string(line) + ": " + e.what());
    }
    return Status::ok();
  });
  if (!s.is_ok()) return s;

  std::map<std::string, std::unordered_map<std::string, std::string>> texts;
  std::map<std::string, bool> wanted;
  for (const auto& it : items) wanted[it.corpus] = true;
  if (wanted.count("re3d")) {
    for (const char* src : {"Australian Department of Foreign Affairs", "CENTCOM", "Delegation of the European Union to Syria",
                            "UK Government", "US State Department"}) {
      std::string p = shared_dir + "/data/re3d/" + src + "/documents.json";
      s = read_lines(p, [&](const json& j, size_t) {
        texts["re3d"][j.at("_id").get<std::string>()] = j.at("text").get<std::string>();
        return Status::ok();
      });
      if (!s.is_ok()) return s;
    }
  }
  if (wanted.count("wikievents")) {
    s = read_lines(shared_dir + "/data/wikievents/dev.jsonl", [&](const json& j, size_t) {
      texts["wikievents"][j.at("doc_id").get<std::string>()] = j.at("text").get<std::string>();
      return Status::ok();
    });
    if (!s.is_ok()) return s;
  }
  if (wanted.count("muc4")) {
    s = read_lines(shared_dir + "/data/muc4/processed/dev.json", [&](const json& j, size_t) {
      texts["muc4"][j.at("docid").get<std::string>()] = j.at("doctext").get<std::string>();
      return Status::ok();
    });
    if (!s.is_ok()) return s;
  }

  LinkingReport rep;
  std::map<std::pair<std::string, std::string>, Document> analysed;
  for (const auto& it : items) {
    auto key = std::make_pair(it.corpus, it.doc);
    auto found = analysed.find(key);
    if (found == analysed.end()) {
      auto ct = texts.find(it.corpus);
      if (ct == texts.end() || !ct->second.count(it.doc))
        return Status(StatusCode::not_found, dev_jsonl + ": document '" + it.doc + "' not in " + it.corpus);
      Document d;
      d.meta.id = it.corpus + ":" + it.doc;
      d.text = ct->second.at(it.doc);
      d.body.push_back({0, static_cast<uint32_t>(d.text.size())});
      tokenize(d);
      split_sentences(d);
      stage.run(d);
      found = analysed.emplace(key, std::move(d)).first;
    }
    const Document& d = found->second;
    Span want{cp_to_byte(d.text, it.start), cp_to_byte(d.text, it.end)};
    const Mention* best = nullptr;
    uint32_t best_overlap = 0;
    for (const auto& m : d.mentions) {
      if (!m.span.overlaps(want)) continue;
      uint32_t ov = std::min(m.span.end, want.end) - std::max(m.span.start, want.start);
      if (ov > best_overlap) {
        best_overlap = ov;
        best = &m;
      }
    }
    ++rep.total;
    auto& bc = rep.by_case[it.kase];
    auto& bo = rep.by_corpus[it.corpus];
    ++bc.second;
    ++bo.second;
    bool ok = best && best->entity == it.expected;
    if (ok) {
      ++rep.correct;
      ++bc.first;
      ++bo.first;
    } else {
      if (!best) ++rep.missed;
      rep.errors.push_back(it.corpus + " " + it.doc + " [" + std::to_string(it.start) + "," + std::to_string(it.end) +
                           ") '" + it.mention + "': expected " + it.expected + ", got " +
                           (best ? (best->entity.empty() ? std::string("(unlinked ") + std::string(d.slice(best->span)) + ")"
                                                         : best->entity + " '" + std::string(d.slice(best->span)) + "'")
                                 : std::string("no mention")));
    }
  }
  return rep;
}

}  // namespace dossier
