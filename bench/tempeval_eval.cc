// TempEval-3 harness for the time tagger: strict and relaxed extraction
// P/R/F1, type and value accuracy and F1 over relaxed matches, per corpus
// (TimeBank, AQUAINT) and in total, on the TBAQ-cleaned development data.
//
//   tempeval_eval [--data DIR] [--errors N] [--json]
//   tempeval_eval --by-category [--errors N]     # value/type mismatches grouped by
//                                                 # the kind of gold expression, with context
//   tempeval_eval --by-pattern [--errors N]      # every system and missed timex by its
//                                                 # wording (numbers, months, weekdays folded):
//                                                 # right value, wrong value, spurious, missed
//   tempeval_eval --dump-docs docs.jsonl         # texts + DCT for other systems
//   tempeval_eval --dump-system out.jsonl        # dossier's timexes, in the --system format
//   tempeval_eval --system chrono.jsonl [--name chrono-node]
//                                                 # score another system's output
// A system file has one JSON object per document:
//   {"id": "...", "timexes": [{"start": n, "end": n, "type": "DATE", "value": "..."}]}
// with byte offsets into the dumped text (ASCII in this corpus, so the same as
// JavaScript string indices). The scorer is the one the threshold test uses
// (src/time/tempeval.h).
#include <fmt/core.h>
#include <sys/resource.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "time/tempeval.h"

using dossier::time::EvalCounts;
using dossier::time::EvalDoc;
using dossier::time::EvalError;
using dossier::time::EvalTimex;

namespace {

void print_row(const std::string& name, const EvalCounts& c) {
  fmt::print("{:<10} {:>5} {:>5} | {:.3f} {:.3f} {:.3f} | {:.3f} {:.3f} {:.3f} | {:.3f} {:.3f} | {:.3f} {:.3f}\n",
             name, c.gold, c.system, c.strict_p(), c.strict_r(), c.strict_f1(), c.relaxed_p(), c.relaxed_r(),
             c.relaxed_f1(), c.type_accuracy(), c.type_f1(), c.value_accuracy(), c.value_f1());
}

nlohmann::json to_json(const EvalCounts& c) {
  return {{"gold", c.gold},           {"system", c.system},          {"strict_p", c.strict_p()},
          {"strict_r", c.strict_r()}, {"strict_f1", c.strict_f1()},  {"relaxed_p", c.relaxed_p()},
          {"relaxed_r", c.relaxed_r()}, {"relaxed_f1", c.relaxed_f1()}, {"type_accuracy", c.type_accuracy()},
          {"type_f1", c.type_f1()},   {"value_accuracy", c.value_accuracy()}, {"value_f1", c.value_f1()}};
}

// The kind of a gold timex, for grouping mismatches: what a reader would call it.
std::string category(const std::string& text, const EvalTimex& g) {
  std::string low;
  for (char ch : text) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  auto has = [&](std::string_view w) { return low.find(w) != std::string::npos; };
  const std::string& v = g.value;
  if (g.type == "SET") return "set";
  if (g.type == "DURATION") return "duration";
  if (v.find("_REF") != std::string::npos) return "reference";
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                 "saturday", "sunday"};
  for (auto d : kDays)
    if (has(d)) return g.type == "TIME" ? "weekday+time" : "weekday";
  if (g.type == "TIME") return "time";
  if (has("quarter") || has("period") || v.find("-Q") != std::string::npos) return "quarter";
  if (has("week")) return "week";
  if (has("ago") || has("later") || has("earlier")) return "ago/later";
  if (has("last") || has("this") || has("next") || has("past") || has("current") || has("the year"))
    return "shifted";
  bool digits = std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (v.size() == 10 && digits) return "month-day";
  if (v.size() == 7 && !digits) return "month";
  if (digits) return "numeric/year";
  return "other";
}

void print_by_category(const std::vector<EvalDoc>& docs, const std::vector<std::pair<std::string, EvalError>>& errors,
                       long per_category) {
  std::map<std::string, const EvalDoc*> by_id;
  for (const auto& d : docs) by_id[d.id] = &d;
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& [id, e] : errors) {
    if (e.kind != "value" && e.kind != "type") continue;
    const EvalDoc& doc = *by_id[id];
    auto txt = [&](const EvalTimex& t) { return doc.text.substr(t.start, t.end - t.start); };
    // A pair wrong in both type and value is listed once, under value.
    if (e.kind == "type" && e.gold.value != e.system.value) continue;
    uint32_t a = e.gold.start > 60 ? e.gold.start - 60 : 0;
    uint32_t b = std::min<uint32_t>(static_cast<uint32_t>(doc.text.size()), e.gold.end + 60);
    std::string ctx = doc.text.substr(a, e.gold.start - a) + "[[" + txt(e.gold) + "]]" +
                      doc.text.substr(e.gold.end, b - e.gold.end);
    std::replace(ctx.begin(), ctx.end(), '\n', ' ');
    groups[(e.kind == "type" ? "type/" : "") + category(txt(e.gold), e.gold)].push_back(
        fmt::format("  {} dct {} gold [{}] {} {} | sys [{}] {} {}\n      ...{}...", id, doc.dct ? doc.dct->iso() : "-",
                    txt(e.gold), e.gold.type, e.gold.value, txt(e.system), e.system.type, e.system.value, ctx));
  }
  std::vector<std::pair<std::string, std::vector<std::string>>> sorted(groups.begin(), groups.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) { return x.second.size() > y.second.size(); });
  fmt::print("\nmismatches by category (value errors, then type-only errors):\n");
  for (const auto& [k, v] : sorted) fmt::print("  {:<16} {}\n", k, v.size());
  for (const auto& [k, v] : sorted) {
    fmt::print("\n== {} ({})\n", k, v.size());
    for (long i = 0; i < static_cast<long>(v.size()) && i < per_category; ++i) fmt::print("{}\n", v[i]);
  }
}

// A timex's wording with the parts that vary folded: "Friday night" and
// "Monday night" are one pattern, "March 3" and "Oct. 12" another.
std::string pattern(std::string_view text) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  static constexpr std::string_view kMonths[] = {
      "january",  "february", "march", "april", "may",  "june",  "july", "august", "september", "october",
      "november", "december", "jan.",  "feb.",  "aug.", "sept.", "oct.", "nov.",   "dec."};
  static constexpr std::string_view kNumbers[] = {"one",   "two",   "three", "four", "five",   "six",
                                                  "seven", "eight", "nine",  "ten",  "eleven", "twelve"};
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c)) {
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
      out += "N";
      continue;
    }
    if (!std::isalpha(c)) {
      out.push_back(c == '\n' ? ' ' : static_cast<char>(c));
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && (std::isalpha(static_cast<unsigned char>(text[j])))) ++j;
    std::string w;
    for (size_t k = i; k < j; ++k)
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
    auto in = [](const auto& list, std::string_view x) {
      return std::find(std::begin(list), std::end(list), x) != std::end(list);
    };
    std::string with_dot = w;
    with_dot.push_back('.');
    if (in(kDays, w)) {
      out += "WDAY";
    } else if (in(kMonths, w)) {
      out += "MONTH";
    } else if (j < text.size() && text[j] == '.' && in(kMonths, with_dot)) {  // Oct., Sept.
      out += "MONTH";
      ++j;
    } else if (in(kNumbers, w)) {
      out += "N";
    } else {
      out += w;
    }
    i = j;
  }
  return out;
}

// Per wording: system timexes with the right value, with a wrong value, spurious
// ones, and gold timexes nobody found. "drop" is what leaving the wording out
// would change in value F1 (spurious ones gone, right ones lost), in thousandths.
void print_by_pattern(const std::vector<EvalDoc>& docs,
                      const std::map<std::string, std::vector<EvalTimex>>& sys,
                      const std::vector<std::pair<std::string, EvalError>>& errors, const EvalCounts& total,
                      long rows) {
  struct Row {
    long ok = 0, wrong = 0, spurious = 0, missed = 0;
  };
  std::map<std::string, Row> by;
  std::map<std::string, const EvalDoc*> by_id;
  for (const auto& d : docs) by_id[d.id] = &d;
  std::map<std::string, std::vector<std::pair<uint32_t, uint32_t>>> not_ok;  // per doc: spurious or wrong
  for (const auto& [id, e] : errors) {
    const std::string& text = by_id[id]->text;
    auto words = [&](const EvalTimex& t) {
      return pattern(std::string_view(text).substr(t.start, t.end - t.start));
    };
    if (e.kind == "missed") ++by[words(e.gold)].missed;
    if (e.kind == "spurious") ++by[words(e.system)].spurious;
    if (e.kind == "value") ++by[words(e.system)].wrong;
    if (e.kind == "spurious" || e.kind == "value") not_ok[id].emplace_back(e.system.start, e.system.end);
  }
  for (const auto& [id, list] : sys) {
    const auto& bad = not_ok[id];
    for (const EvalTimex& t : list)
      if (std::find(bad.begin(), bad.end(), std::make_pair(t.start, t.end)) == bad.end())
        ++by[pattern(std::string_view(by_id[id]->text).substr(t.start, t.end - t.start))].ok;
  }
  double v = total.value_f1(), n = static_cast<double>(total.gold + total.system);
  std::vector<std::pair<std::string, Row>> sorted(by.begin(), by.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    const Row &x = a.second, &y = b.second;
    return x.wrong + x.spurious + x.missed > y.wrong + y.spurious + y.missed;
  });
  fmt::print(
      "\n{:>5} {:>5} {:>5} {:>5} {:>6}  wording (by errors; drop = value F1 change x1000 if left out)\n",
      "ok", "wrong", "spur", "miss", "drop");
  for (long i = 0; i < static_cast<long>(sorted.size()) && i < rows; ++i) {
    const auto& [k, r] = sorted[i];
    double drop = 1000.0 * (r.spurious * v - (r.ok) * (2.0 - v) + r.wrong * v) / n;
    fmt::print("{:>5} {:>5} {:>5} {:>5} {:>+6.2f}  {}\n", r.ok, r.wrong, r.spurious, r.missed, drop, k);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = std::string(DOSSIER_SHARED_DIR) + "/data/tempeval3/TBAQ-cleaned";
  std::string dump, dump_system, system_file, name = "dossier";
  long show_errors = 0;
  bool json = false, by_category = false, by_pattern = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        fmt::print(stderr, "tempeval_eval: {} needs a value\n", a);
        std::exit(1);
      }
      return argv[++i];
    };
    if (a == "--data") data = next();
    else if (a == "--dump-docs") dump = next();
    else if (a == "--system") system_file = next();
    else if (a == "--dump-system") dump_system = next();
    else if (a == "--name") name = next();
    else if (a == "--errors") show_errors = std::stol(next());
    else if (a == "--json") json = true;
    else if (a == "--by-category") by_category = true;
    else if (a == "--by-pattern")
      by_pattern = true;
    else {
      fmt::print(stderr,
                 "usage: tempeval_eval [--data DIR] [--errors N] [--by-category] [--by-pattern] [--json] "
                 "[--dump-docs F] [--dump-system F] [--system F --name N]\n");
      return 1;
    }
  }
  auto docs = dossier::time::read_tempeval_dir(data);
  if (!docs.ok()) {
    fmt::print(stderr, "tempeval_eval: {}\n", docs.status().to_string());
    return 1;
  }
  if (!dump.empty()) {
    std::ofstream out(dump);
    for (const EvalDoc& d : *docs)
      out << nlohmann::json{{"id", d.id}, {"corpus", d.corpus}, {"dct", d.dct ? d.dct->iso() : ""}, {"text", d.text}}
                 .dump()
          << "\n";
    fmt::print("wrote {} documents to {}\n", docs->size(), dump);
    return 0;
  }
  std::map<std::string, std::vector<EvalTimex>> external;
  if (!system_file.empty()) {
    std::ifstream in(system_file);
    if (!in) {
      fmt::print(stderr, "tempeval_eval: {}: cannot open\n", system_file);
      return 1;
    }
    std::string line;
    long line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("id")) {
        fmt::print(stderr, "tempeval_eval: {}: line {}: not a system record\n", system_file, line_no);
        return 1;
      }
      auto& v = external[j["id"].get<std::string>()];
      for (const auto& t : j["timexes"])
        v.push_back(EvalTimex{t["start"].get<uint32_t>(), t["end"].get<uint32_t>(), t["type"].get<std::string>(),
                              t["value"].get<std::string>()});
      std::sort(v.begin(), v.end(), [](const EvalTimex& a, const EvalTimex& b) { return a.start < b.start; });
    }
  }
  std::map<std::string, EvalCounts> per;
  EvalCounts total;
  std::vector<std::pair<std::string, EvalError>> errors;
  double bytes = 0;
  std::map<std::string, std::vector<EvalTimex>> all_sys;
  std::ofstream sys_out;
  if (!dump_system.empty()) sys_out.open(dump_system);
  auto t0 = std::chrono::steady_clock::now();
  for (const EvalDoc& d : *docs) {
    std::vector<EvalTimex> sys = system_file.empty() ? dossier::time::run_dossier(d) : external[d.id];
    if (sys_out.is_open()) {
      nlohmann::json tx = nlohmann::json::array();
      for (const EvalTimex& t : sys) tx.push_back({{"start", t.start}, {"end", t.end}, {"type", t.type}, {"value", t.value}});
      sys_out << nlohmann::json{{"id", d.id}, {"timexes", tx}}.dump() << "\n";
    }
    std::vector<EvalError> errs;
    bool want_errors = show_errors > 0 || by_category || by_pattern;
    EvalCounts c = dossier::time::score(d.gold, sys, want_errors ? &errs : nullptr);
    if (by_pattern) all_sys[d.id] = sys;
    per[d.corpus].add(c);
    total.add(c);
    bytes += d.text.size();
    for (auto& e : errs) errors.emplace_back(d.id, std::move(e));
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (json) {
    nlohmann::json j{{"system", name}, {"total", to_json(total)}};
    for (const auto& [k, c] : per) j["corpora"][k] = to_json(c);
    fmt::print("{}\n", j.dump(2));
    return 0;
  }
  fmt::print("TempEval-3 timex evaluation of {} on {} ({} documents)\n", name, data, docs->size());
  fmt::print("{:<10} {:>5} {:>5} | {:^17} | {:^17} | {:^11} | {:^11}\n", "corpus", "gold", "sys", "strict P R F1",
             "relaxed P R F1", "type acc F1", "value acc F1");
  for (const auto& [k, c] : per) print_row(k, c);
  print_row("total", total);
  if (system_file.empty()) fmt::print("tagging speed on this corpus: {:.1f} MB/s\n", bytes / 1e6 / secs);
  if (by_pattern) {
    print_by_pattern(*docs, all_sys, errors, total, show_errors > 0 ? show_errors : 60);
    return 0;
  }
  if (by_category) {
    print_by_category(*docs, errors, show_errors > 0 ? show_errors : 20);
    return 0;
  }
  long shown = 0;
  for (const auto& [id, e] : errors) {
    if (shown++ >= show_errors) break;
    const EvalDoc* doc = nullptr;
    for (const auto& d : *docs)
      if (d.id == id) doc = &d;
    auto txt = [&](const EvalTimex& t) { return doc->text.substr(t.start, t.end - t.start); };
    if (e.kind == "missed")
      fmt::print("MISSED   {} [{}] {} {}\n", id, txt(e.gold), e.gold.type, e.gold.value);
    else if (e.kind == "spurious")
      fmt::print("SPURIOUS {} [{}] {} {}\n", id, txt(e.system), e.system.type, e.system.value);
    else
      fmt::print("{:<8} {} gold [{}] {} {} | sys [{}] {} {}   (dct {})\n", e.kind == "value" ? "VALUE" : "TYPE", id,
                 txt(e.gold), e.gold.type, e.gold.value, txt(e.system), e.system.type, e.system.value,
                 doc->dct ? doc->dct->iso() : "-");
  }
  return 0;
}
