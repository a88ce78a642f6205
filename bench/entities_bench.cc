// Speed of recognition + linking (the entity stage) on Reuters-21578
// (../shared/data/news-bench/reuters21578.jsonl.gz), one core.
// Usage: entities_bench [--docs N] [--no-ner] [--no-places]
// Tokenizing and sentence splitting run before the clock starts; the clock covers the
// entity stage only (lexicon matching, persons, places, tagger when loaded, linking,
// coreference, roles, records). Prints tokens/s and peak memory (ru_maxrss).
#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "dossier/resources.h"
#include "entities/entity_stage.h"
#include "entities/ner_tagger.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/place_gazetteer.h"
#include "text/tokenizer.h"

using namespace dossier;

int main(int argc, char** argv) {
  size_t max_docs = 5000;
  bool use_ner = true, use_places = true;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--docs") && i + 1 < argc) max_docs = std::stoul(argv[++i]);
    else if (!std::strcmp(argv[i], "--no-ner")) use_ner = false;
    else if (!std::strcmp(argv[i], "--no-places")) use_places = false;
    else {
      fmt::print(stderr, "usage: entities_bench [--docs N] [--no-ner] [--no-places]\n");
      return 1;
    }
  }
  const std::string res = Resources::default_dir();
  auto t_load = std::chrono::steady_clock::now();
  auto lex = ActorLexicon::load(res + "/actors");
  if (!lex.ok()) {
    fmt::print(stderr, "{}\n", lex.status().to_string());
    return 1;
  }
  double lex_secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_load).count();
  std::unique_ptr<PlaceGazetteer> places;
  if (use_places) {
    auto g = PlaceGazetteer::load(res + "/places", Resources::default_data_dir());
    if (g.ok()) places = std::move(*g);
    else fmt::print(stderr, "places unavailable: {}\n", g.status().message());
  }
  std::unique_ptr<NerTagger> ner;
  if (use_ner && std::filesystem::exists(res + "/models/ner.model")) {
    auto t = NerTagger::load(res + "/models/ner.model");
    if (t.ok()) ner = std::move(*t);
  }
  auto stage = make_entity_stage(**lex, places.get(), ner.get());

  const std::string path = std::string(DOSSIER_SHARED_DIR) + "/data/news-bench/reuters21578.jsonl.gz";
  gzFile gz = gzopen(path.c_str(), "rb");
  if (!gz) {
    fmt::print(stderr, "{}: cannot open\n", path);
    return 1;
  }
  std::vector<Document> docs;
  std::string line;
  char buf[1 << 16];
  while (docs.size() < max_docs && gzgets(gz, buf, sizeof buf)) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (j.is_discarded() || !j.contains("text")) continue;
    Document d;
    d.meta.id = j.value("id", "");
    d.text = j["text"].get<std::string>();
    d.body.push_back({0, static_cast<uint32_t>(d.text.size())});
    tokenize(d);
    split_sentences(d);
    docs.push_back(std::move(d));
  }
  gzclose(gz);
  size_t tokens = 0, mentions = 0, linked = 0;
  for (const auto& d : docs) tokens += d.tokens.size();
  auto t0 = std::chrono::steady_clock::now();
  for (auto& d : docs) {
    stage->run(d);
    mentions += d.mentions.size();
    for (const auto& m : d.mentions) linked += !m.entity.empty();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (ner) {  // the tagger alone, to show where the time goes
    auto t1 = std::chrono::steady_clock::now();
    size_t tagged = 0;
    for (const auto& d : docs) tagged += ner->tag(d).size();
    double s2 = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
    fmt::print("  of which the statistical tagger alone: {:.2f}s ({:.0f} tokens/s, {} mentions)\n", s2, tokens / s2, tagged);
  }
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("entity stage [ner {}, places {}]: {} docs, {} tokens in {:.2f}s = {:.0f} tokens/s (one core); "
             "{} mentions, {} linked\n",
             ner ? "on" : "off", places ? "on" : "off", docs.size(), tokens, secs, tokens / secs, mentions, linked);
  fmt::print("actor lexicon: {} records, loaded in {:.2f}s; peak memory {:.1f} MB\n", (*lex)->size(), lex_secs,
             ru.ru_maxrss / 1024.0);
  return 0;
}
