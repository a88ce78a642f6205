// TimeML reading and TempEval-3 scoring. The reader is a small tag scanner
// (TimeML files are simple, well-formed XML): it copies character data to the
// output text, decodes the five XML entities, and records where each TIMEX3
// inside <TEXT> starts and ends in that text. Scoring pairs system and gold
// timexes one-to-one in text order by overlap, like the TempEval-3 toolkit's
// relaxed match, and counts exact-span pairs for the strict score.
#include "time/tempeval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "time/timex_tagger.h"

namespace dossier::time {
namespace {

std::string attr(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool word_start = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    size_t eq = pos + name.size();
    if (word_start && eq + 1 < tag.size() && tag[eq] == '=' && (tag[eq + 1] == '"' || tag[eq + 1] == '\'')) {
      char q = tag[eq + 1];
      size_t close = tag.find(q, eq + 2);
      if (close == std::string_view::npos) return "";
      return std::string(tag.substr(eq + 2, close - eq - 2));
    }
    pos = eq;
  }
  return "";
}

void append_decoded(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEnt[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (auto [ent, ch] : kEnt) {
        if (s.substr(i, ent.size()) == ent) {
          out.push_back(ch);
          i += ent.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
}

double ratio(long a, long b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

}  // namespace

Result<EvalDoc> read_tml(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string raw = ss.str();
  EvalDoc doc;
  doc.id = std::filesystem::path(path).stem().string();
  doc.corpus = std::filesystem::path(path).parent_path().filename().string();
  size_t dct = raw.find("<DCT>");
  if (dct != std::string::npos) {
    size_t tag_end = raw.find('>', dct + 5);
    std::string v = attr(std::string_view(raw).substr(dct, tag_end - dct), "value");
    doc.dct = Date::parse_iso(v);
  }
  size_t t0 = raw.find("<TEXT>");
  size_t t1 = raw.find("</TEXT>");
  if (t0 == std::string::npos || t1 == std::string::npos || t1 < t0)
    return Status(StatusCode::invalid_input, path + ": no <TEXT> element");
  std::string_view body = std::string_view(raw).substr(t0 + 6, t1 - t0 - 6);
  std::optional<EvalTimex> open;
  size_t i = 0;
  while (i < body.size()) {
    size_t lt = body.find('<', i);
    if (lt == std::string_view::npos) lt = body.size();
    append_decoded(doc.text, body.substr(i, lt - i));
    if (lt >= body.size()) break;
    size_t gt = body.find('>', lt);
    if (gt == std::string_view::npos)
      return Status(StatusCode::invalid_input, path + ": byte " + std::to_string(t0 + 6 + lt) + ": unclosed tag");
    std::string_view tag = body.substr(lt, gt - lt + 1);
    if (tag.rfind("<TIMEX3", 0) == 0) {
      EvalTimex t;
      t.start = static_cast<uint32_t>(doc.text.size());
      t.type = attr(tag, "type");
      t.value = attr(tag, "value");
      open = t;
    } else if (tag.rfind("</TIMEX3", 0) == 0 && open) {
      open->end = static_cast<uint32_t>(doc.text.size());
      doc.gold.push_back(*open);
      open.reset();
    }
    i = gt + 1;
  }
  return doc;
}

Result<std::vector<EvalDoc>> read_tempeval_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status(StatusCode::not_found, dir + ": not a folder");
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".tml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::vector<EvalDoc> docs;
  for (const auto& f : files) {
    auto d = read_tml(f);
    if (!d.ok()) return d.status();
    docs.push_back(std::move(d.value()));
  }
  if (docs.empty()) return Status(StatusCode::not_found, dir + ": no .tml files");
  return docs;
}

void EvalCounts::add(const EvalCounts& o) {
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  relaxed += o.relaxed;
  type_ok += o.type_ok;
  value_ok += o.value_ok;
}
double EvalCounts::strict_p() const { return ratio(strict, system); }
double EvalCounts::strict_r() const { return ratio(strict, gold); }
double EvalCounts::strict_f1() const { return f1(strict_p(), strict_r()); }
double EvalCounts::relaxed_p() const { return ratio(relaxed, system); }
double EvalCounts::relaxed_r() const { return ratio(relaxed, gold); }
double EvalCounts::relaxed_f1() const { return f1(relaxed_p(), relaxed_r()); }
double EvalCounts::type_accuracy() const { return ratio(type_ok, relaxed); }
double EvalCounts::value_accuracy() const { return ratio(value_ok, relaxed); }

EvalCounts score(const std::vector<EvalTimex>& gold, const std::vector<EvalTimex>& system,
                 std::vector<EvalError>* errors) {
  EvalCounts c;
  c.gold = static_cast<long>(gold.size());
  c.system = static_cast<long>(system.size());
  std::vector<bool> used(system.size(), false);
  size_t first = 0;
  for (const auto& g : gold) {
    while (first < system.size() && system[first].end <= g.start) ++first;
    std::optional<size_t> match;
    for (size_t k = first; k < system.size() && system[k].start < g.end; ++k) {
      if (used[k] || system[k].end <= g.start) continue;
      match = k;
      break;
    }
    if (!match) {
      if (errors) errors->push_back({"missed", g, {}});
      continue;
    }
    used[*match] = true;
    const EvalTimex& s = system[*match];
    ++c.relaxed;
    if (s.start == g.start && s.end == g.end) ++c.strict;
    if (s.type == g.type) ++c.type_ok;
    else if (errors) errors->push_back({"type", g, s});
    if (s.value == g.value) ++c.value_ok;
    else if (errors) errors->push_back({"value", g, s});
  }
  if (errors)
    for (size_t k = 0; k < system.size(); ++k)
      if (!used[k]) errors->push_back({"spurious", {}, system[k]});
  return c;
}

std::vector<EvalTimex> run_dossier(const EvalDoc& doc) {
  std::vector<EvalTimex> out;
  for (const Timex& t : find_timexes(doc.text, doc.dct))
    out.push_back(EvalTimex{t.span.start, t.span.end, std::string(to_string(t.type)), t.value});
  return out;
}

}  // namespace dossier::time
