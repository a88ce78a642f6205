// MUC-4 role-filler quality of the event stage (GRIT-style entity matching),
// per role and overall, plus incident type accuracy. Scoring code:
// tests/events/event_eval.h (shared with the threshold test).
// Usage: muc4_eval [train|dev|both] [limit] [--errors|--upper|--full]
//   --errors lists every FP and FN; --upper analyses the texts upper-cased; --full runs the
//   standard pipeline (needs the resources and the built gazetteer data).
#include <fmt/core.h>
#include <sys/resource.h>

#include <chrono>
#include <string>

#include "../tests/events/event_eval.h"

using namespace dossier;

static void report(const char* split, const eval::MucResult& r, double secs) {
  fmt::print("MUC-4 {} ({} docs, {:.1f} s)\n", split, r.docs, secs);
  fmt::print("  {:<8} {:>6} {:>6} {:>6}   {:>5} {:>5} {:>5}\n", "role", "P", "R", "F1", "tp", "fp", "fn");
  for (int i = 0; i < 5; ++i)
    fmt::print("  {:<8} {:6.3f} {:6.3f} {:6.3f}   {:5} {:5} {:5}\n", eval::kMucRoles[i], r.roles[i].p(),
               r.roles[i].r(), r.roles[i].f1(), r.roles[i].tp, r.roles[i].fp, r.roles[i].fn);
  fmt::print("  {:<8} {:6.3f} {:6.3f} {:6.3f}   {:5} {:5} {:5}\n", "micro", r.all.p(), r.all.r(),
             r.all.f1(), r.all.tp, r.all.fp, r.all.fn);
  fmt::print("  macro F1 {:.3f}; incident type accuracy {:.3f} ({} / {} documents with a template)\n",
             eval::macro_f1(r), r.typed_docs ? double(r.type_correct) / double(r.typed_docs) : 0.0,
             r.type_correct, r.typed_docs);
}

int main(int argc, char** argv) {
  std::string which = argc > 1 ? argv[1] : "both";
  size_t limit = argc > 2 ? std::stoul(argv[2]) : 0;
  bool errors = argc > 3 && std::string(argv[3]) == "--errors";
  bool upper = argc > 3 && std::string(argv[3]) == "--upper";
  std::vector<std::string> log;
  // --full: the standard pipeline (entities linked through the resources) instead of the
  // event stage's own chain (text, time, quantities, events).
  bool full = false;
  for (int i = 1; i < argc; ++i) full = full || std::string(argv[i]) == "--full";
  std::unique_ptr<Resources> resources;
  if (full) {
    auto r = Resources::load_default();
    if (!r) {
      fmt::print(stderr, "{}\n", r.status().to_string());
      return 2;
    }
    resources = std::move(r.value());
  }
  eval::Analyzer an = full ? eval::Analyzer(*resources)
                           : eval::Analyzer(std::string(DOSSIER_SOURCE_DIR) + "/resources/events");
  if (!an.error().empty()) {
    fmt::print(stderr, "{}\n", an.error());
    return 2;
  }
  for (const char* split : {"train", "dev"}) {
    if (which != "both" && which != split) continue;
    auto t0 = std::chrono::steady_clock::now();
    auto r = eval::run_muc(an, std::string(DOSSIER_SHARED_DIR) + "/data/muc4/processed/" + split + ".json", limit,
                          errors ? &log : nullptr, upper);
    for (const auto& l : log) fmt::print("{}\n", l);
    log.clear();
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    report(upper ? (std::string(split) + " (upper-cased)").c_str() : split, r, secs);
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("peak memory {:.1f} MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
