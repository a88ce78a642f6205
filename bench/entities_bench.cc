// Speed of recognition + linking (the entity stage) on Reuters-21578
// (../shared/data/news-bench/reuters21578.jsonl.gz), one core.
// Usage: entities_bench [--docs N] [--no-ner] [--no-places] [--no-split]
// (--no-split skips timing the tagger alone, for profiling the stage)
// Tokenizing and sentence splitting run before the clock starts; the clock covers the
// entity stage only (lexicon matching, persons, places, tagger when loaded, linking,
// coreference, roles, records). Prints tokens/s and peak memory (ru_maxrss). Speeds are given
// on the thread's CPU time (what one core does, unaffected by other jobs on a shared machine)
// and on wall time.
#include <sys/resource.h>
#include <zlib.h>

#include <time.h>

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

namespace {
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}
}  // namespace

int main(int argc, char** argv) {
  size_t max_docs = 5000;
  bool use_ner = true, use_places = true, split = true;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--docs") && i + 1 < argc) max_docs = std::stoul(argv[++i]);
    else if (!std::strcmp(argv[i], "--no-ner")) use_ner = false;
    else if (!std::strcmp(argv[i], "--no-places")) use_places = false;
    else if (!std::strcmp(argv[i], "--no-split")) split = false;
    else {
      fmt::print(stderr, "usage: entities_bench [--docs N] [--no-ner] [--no-places] [--no-split]\n");
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
  double c0 = cpu_now();
  for (auto& d : docs) {
    stage->run(d);
    mentions += d.mentions.size();
    for (const auto& m : d.mentions) linked += !m.entity.empty();
  }
  double cpu = cpu_now() - c0;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (ner && split) {  // the tagger alone, to show where the time goes
    double c1 = cpu_now();
    size_t tagged = 0;
    for (const auto& d : docs) tagged += ner->tag(d).size();
    double s2 = cpu_now() - c1;
    fmt::print("  of which the statistical tagger alone: {:.2f}s CPU ({:.0f} tokens/s, {} mentions)\n", s2, tokens / s2, tagged);
  }
  fmt::print("entity stage [ner {}, places {}]: {:.2f}s CPU = {:.0f} tokens/s on one core\n", ner ? "on" : "off",
             places ? "on" : "off", cpu, tokens / cpu);
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("entity stage [ner {}, places {}]: {} docs, {} tokens in {:.2f}s = {:.0f} tokens/s (one core); "
             "{} mentions, {} linked (wall clock)\n",
             ner ? "on" : "off", places ? "on" : "off", docs.size(), tokens, secs, tokens / secs, mentions, linked);
  fmt::print("actor lexicon: {} records, loaded in {:.2f}s; peak memory {:.1f} MB\n", (*lex)->size(), lex_secs,
             ru.ru_maxrss / 1024.0);
  return 0;
}
