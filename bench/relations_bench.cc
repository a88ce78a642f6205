// Relation stage throughput: re3d DEV documents (77 texts, with their gold
// person and organisation mentions as the entity layer) are tokenized once,
// then the relation stage runs over them repeatedly. Prints documents/s,
// tokens/s, MB/s and peak memory (ru_maxrss).
// Usage: relations_bench [rounds]   (default 200)
#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "core/ids.h"
#include "core/utf8.h"
#include "relations/relation_stage.h"
#include "text/tokenizer.h"

using namespace dossier;
using json = nlohmann::json;

static std::vector<json> read_lines(const std::string& path) {
  std::vector<json> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) {
      json j = json::parse(line, nullptr, false);
      if (!j.is_discarded()) out.push_back(std::move(j));
    }
  return out;
}

int main(int argc, char** argv) {
  int rounds = 200;
  if (argc > 1) {
    std::string a = argv[1];
    bool number = !a.empty() && a.size() < 10 && a.find_first_not_of("0123456789") == std::string::npos;
    if (argc > 2 || !number || std::stoi(a) < 1) {
      (a == "--help" || a == "-h" ? std::cout : std::cerr)
          << "usage: relations_bench [rounds]   (default 200)\n";
      return a == "--help" || a == "-h" ? 0 : 1;
    }
    rounds = std::stoi(a);
  }
  std::string shared = DOSSIER_SHARED_DIR;
  auto x = RelationExtractor::load(std::string(DOSSIER_SOURCE_DIR) + "/resources/relations");
  if (!x) {
    std::cerr << "relations_bench: " << x.status().to_string() << "\n";
    return 2;
  }
  std::vector<Document> docs;
  for (const char* src : {"Australian Department of Foreign Affairs", "CENTCOM", "Delegation of the European Union to Syria",
                          "UK Government", "US State Department"}) {
    std::string dir = shared + "/data/re3d/" + src;
    std::map<std::string, std::vector<json>> ents;
    for (auto& e : read_lines(dir + "/entities.json")) ents[e.value("documentId", "")].push_back(e);
    for (auto& dj : read_lines(dir + "/documents.json")) {
      Document d;
      d.meta.id = "doc:" + dj.value("_id", "");
      d.text = dj.value("text", "");
      d.body = {Span{0, static_cast<uint32_t>(d.text.size())}};
      std::vector<uint32_t> map;
      for (size_t i = 0; i < d.text.size();) {
        map.push_back(static_cast<uint32_t>(i));
        utf8::next(d.text, i);
      }
      map.push_back(static_cast<uint32_t>(d.text.size()));
      auto& es = ents[dj.value("_id", "")];
      std::sort(es.begin(), es.end(), [](const json& a, const json& b) { return a["begin"] < b["begin"]; });
      int last = -1;
      for (auto& e : es) {
        std::string t = e.value("type", "");
        if (t != "Person" && t != "Organisation") continue;
        int b = e["begin"], en = e["end"];
        if (b < last || en >= static_cast<int>(map.size())) continue;
        last = en;
        Mention m;
        m.span = {map[b], map[en]};
        m.type = t == "Person" ? MentionType::PERSON : MentionType::ORG;
        m.entity = "x:" + slugify(e.value("value", ""));
        d.mentions.push_back(m);
      }
      tokenize(d);
      split_sentences(d);
      docs.push_back(std::move(d));
    }
  }
  size_t bytes = 0, tokens = 0, relations = 0;
  for (const auto& d : docs) {
    bytes += d.text.size();
    tokens += d.tokens.size();
  }
  auto cpu = [] {
    struct rusage r;
    getrusage(RUSAGE_SELF, &r);
    return r.ru_utime.tv_sec + r.ru_stime.tv_sec + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
  };
  double c0 = cpu();
  auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r)
    for (auto& d : docs) {
      (*x)->extract(d);
      relations += d.relations.size();
    }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double csecs = cpu() - c0;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double n = double(rounds);
  fmt::print("relations_bench: {} docs x {} rounds, {} relations/round\n", docs.size(), rounds, relations / rounds);
  fmt::print("  wall: {:.0f} documents/s  {:.0f} tokens/s  {:.2f} MB/s  ({:.3f} s)\n", docs.size() * n / secs,
             tokens * n / secs, bytes * n / secs / 1e6, secs);
  fmt::print("  cpu:  {:.0f} documents/s  {:.0f} tokens/s  {:.2f} MB/s  ({:.3f} s; the machine may be shared)\n",
             docs.size() * n / csecs, tokens * n / csecs, bytes * n / csecs / 1e6, csecs);
  fmt::print("  peak memory {:.1f} MB (ru_maxrss)\n", ru.ru_maxrss / 1024.0);
  return 0;
}
