// Loads resources/time/en.tsv. Each line names a word, the role it plays and a
// value; a word may have several roles ("may" is a month and a modal verb,
// "second" a unit and an ordinal). Class and unit names are checked here so a
// typo in the resource fails at load time with the line number.
#include "time/time_lexicon.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace dossier::time {

bool LexRole::has_flag(std::string_view f) const {
  size_t pos = 0;
  std::string_view all(flags);
  while (pos <= all.size()) {
    size_t comma = all.find(',', pos);
    if (comma == std::string_view::npos) comma = all.size();
    if (all.substr(pos, comma - pos) == f) return true;
    pos = comma + 1;
  }
  return false;
}

namespace {

struct Named {
  std::string_view name;
  int value;
};

constexpr Named kClasses[] = {
    {"month", int(Cls::month)},       {"weekday", int(Cls::weekday)},   {"weekdays", int(Cls::weekdays)},
    {"number", int(Cls::number)},     {"fuzzy", int(Cls::fuzzy)},       {"ordinal", int(Cls::ordinal)},
    {"suffix", int(Cls::suffix)},     {"unit", int(Cls::unit)},         {"season", int(Cls::season)},
    {"partofday", int(Cls::partofday)}, {"partofdays", int(Cls::partofdays)}, {"clock", int(Cls::clock)},
    {"ampm", int(Cls::ampm)},         {"day", int(Cls::day)},           {"tonight", int(Cls::tonight)},
    {"ref", int(Cls::ref)},           {"shift", int(Cls::shift)},       {"part", int(Cls::part)},
    {"partnoun", int(Cls::partnoun)}, {"mod", int(Cls::mod)},           {"mod2", int(Cls::mod2)},
    {"set", int(Cls::set)},           {"every", int(Cls::every)},       {"holiday", int(Cls::holiday)},
    {"future", int(Cls::future)},     {"func", int(Cls::func)},         {"tz", int(Cls::tz)}, {"setcue", int(Cls::setcue)}, {"pubcue", int(Cls::pubcue)}, {"credit", int(Cls::credit)}, {"decade", int(Cls::decade)},
};
constexpr Named kUnits[] = {{"S", int(Unit::S)},   {"MIN", int(Unit::MIN)}, {"H", int(Unit::H)},
                            {"D", int(Unit::D)},   {"W", int(Unit::W)},     {"WE", int(Unit::WE)},
                            {"M", int(Unit::M)},   {"Q", int(Unit::Q)},     {"HALF", int(Unit::HALF)},
                            {"Y", int(Unit::Y)},   {"DE", int(Unit::DE)},   {"CE", int(Unit::CE)},
                            {"PERIOD", int(Unit::PERIOD)}};
constexpr Named kFuncs[] = {
    {"THE", int(Func::THE)},         {"OF", int(Func::OF)},           {"THAT", int(Func::THAT)},
    {"SAME", int(Func::SAME)},       {"AGO", int(Func::AGO)},         {"HENCE", int(Func::HENCE)},
    {"FROM", int(Func::FROM)},       {"LATER", int(Func::LATER)},     {"EARLIER", int(Func::EARLIER)},
    {"IN", int(Func::IN)},           {"ON", int(Func::ON)},           {"AT", int(Func::AT)},
    {"FOR", int(Func::FOR)},         {"SINCE", int(Func::SINCE)},     {"BY", int(Func::BY)},
    {"AND", int(Func::AND)},         {"YEARAGO", int(Func::YEARAGO)}, {"FISCAL", int(Func::FISCAL)},
    {"FULL", int(Func::FULL)},       {"OLD", int(Func::OLD)},         {"ENDED", int(Func::ENDED)},
    {"OR", int(Func::OR)},           {"SO", int(Func::SO)},           {"THEN", int(Func::THEN)},
    {"NEAR", int(Func::NEAR)},       {"EXTRA", int(Func::EXTRA)},     {"LONG", int(Func::LONG)},
    {"DET", int(Func::DET)},         {"PRON", int(Func::PRON)},       {"ADV", int(Func::ADV)},
    {"UNITADJ", int(Func::UNITADJ)}, {"AHEAD", int(Func::AHEAD)},
};

template <size_t N>
int lookup(const Named (&table)[N], std::string_view s) {
  for (const auto& n : table)
    if (n.name == s) return n.value;
  return -1;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos));
    if (tab == std::string::npos) break;
    pos = tab + 1;
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<TimeLexicon>> TimeLexicon::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::not_found, "time lexicon " + path + ": cannot open");
  auto lex = std::unique_ptr<TimeLexicon>(new TimeLexicon());
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto cols = split_tabs(line);
    auto where = [&] { return path + ":" + std::to_string(line_no) + ": "; };
    if (cols.size() < 3) return Status(StatusCode::invalid_input, where() + "expected word, class, value");
    int cls = lookup(kClasses, cols[1]);
    if (cls < 0) return Status(StatusCode::invalid_input, where() + "unknown class '" + cols[1] + "'");
    LexRole role;
    role.cls = static_cast<Cls>(cls);
    role.text = cols[2];
    if (cols.size() > 3) role.flags = cols[3];
    switch (role.cls) {
      case Cls::unit: {
        int u = lookup(kUnits, cols[2]);
        if (u < 0) return Status(StatusCode::invalid_input, where() + "unknown unit '" + cols[2] + "'");
        role.unit = static_cast<Unit>(u);
        break;
      }
      case Cls::func: {
        int f = lookup(kFuncs, cols[2]);
        if (f < 0) return Status(StatusCode::invalid_input, where() + "unknown function word role '" + cols[2] + "'");
        role.func = static_cast<Func>(f);
        break;
      }
      case Cls::month: case Cls::weekday: case Cls::weekdays: case Cls::ordinal: case Cls::shift:
      case Cls::day: case Cls::future: case Cls::decade:
        role.num = std::atoi(cols[2].c_str());
        break;
      case Cls::number:
        role.num = std::atoi(cols[2].c_str());
        break;
      case Cls::fuzzy:
        role.num = cols[2] == "X" ? -1 : std::atoi(cols[2].c_str());
        break;
      default:
        break;
    }
    if ((role.cls == Cls::month && (role.num < 1 || role.num > 12)) ||
        ((role.cls == Cls::weekday || role.cls == Cls::weekdays) && (role.num < 1 || role.num > 7)) ||
        (role.cls == Cls::decade && (role.num < 0 || role.num > 9)))
      return Status(StatusCode::invalid_input, where() + "value out of range");
    for (char& c : cols[0]) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    lex->max_len_ = std::max(lex->max_len_, cols[0].size());
    lex->map_[cols[0]].roles.push_back(std::move(role));
  }
  if (lex->map_.empty()) return Status(StatusCode::invalid_input, "time lexicon " + path + ": no entries");
  lex->build_index();
  return lex;
}

void TimeLexicon::build_index() {
  size_t cap = 16;
  while (cap < map_.size() * 4) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  for (const auto& [key, entry] : map_) {
    uint64_t h = hash(key);
    size_t i = h & mask_;
    while (slots_[i].entry) i = (i + 1) & mask_;
    slots_[i] = Slot{h, &key, &entry};
  }
}

const TimeLexicon& TimeLexicon::default_lexicon() {
  static const TimeLexicon* lex = [] {
    std::string dir;
    if (const char* env = std::getenv("DOSSIER_RESOURCES"); env && *env) dir = env;
#ifdef DOSSIER_RESOURCE_DIR
    if (dir.empty()) dir = DOSSIER_RESOURCE_DIR;
#endif
    std::string path = dir + "/time/en.tsv";
    auto r = load(path);
    if (!r.ok()) {
      std::fprintf(stderr, "dossier: cannot load the time lexicon: %s\n", r.status().to_string().c_str());
      std::exit(2);  // an installation fault: internal failure (spec exit code 2), not a crash
    }
    return r.value().release();
  }();
  return *lex;
}

}  // namespace dossier::time
