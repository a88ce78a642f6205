// How the gazetteer works.
//
// Loading reads the build-time world file (data/places.tsv: countries, admin1
// regions, cities above a population floor, written by
// tools/gazetteer/build_places.js) and then our curated files in
// resources/places/: extra places (tribal agencies, world regions), spelling
// variants, demonyms and name priors. Curated lines point at places by id or
// by a readable reference ("country:PK", "admin1:PK:Balochistan",
// "city:SY:Ar Raqqah"), so the files never depend on GeoNames row order. Curated parents
// (parents.tsv) are applied last and may point a city at a unit GeoNames leaves out.
//
// Every name and variant is indexed under two keys: the exact folded key
// (slugify: lower case, diacritics stripped, punctuation runs -> '-') and a
// loose key that also forgets the things transliterations disagree on (a
// leading Arabic article, -e-/-i- connectors, doubled letters, a final h after a
// vowel, ou/u). Lookup tries the exact key, then the key without a leading
// "the" or a trailing "province/city/district/...", then the loose key.
//
// Priors: each reading gets a base weight from its kind (country > admin1 >
// region > city) and, for cities, from population (log scale) and capital
// status, times the variant weight and any curated multiplier; the weights of
// one name's readings are normalized to sum to one. resolve() multiplies each
// reading by a context factor (the reading is a context place, lies inside
// one, or shares its country) and takes the best, so "Hyderabad" after
// "Karachi" is the one in Sindh and "Georgia" after "Atlanta" the US state.
#include "lexicon/place_gazetteer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/ids.h"

namespace dossier {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(s.substr(start));
      break;
    }
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::optional<double> parse_double(std::string_view s) {
  if (s.empty()) return std::nullopt;
  try {
    size_t used = 0;
    double v = std::stod(std::string(s), &used);
    if (used != s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
  } catch (...) {
    return std::nullopt;
  }
}

// A whole number (GeoNames id, population); nullopt for anything else, an overflow included.
std::optional<int64_t> parse_int64(std::string_view s) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v < 0) return std::nullopt;
  return v;
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool file_exists(const std::string& path) {
  std::ifstream in(path);
  return static_cast<bool>(in);
}

}  // namespace

std::string PlaceGazetteer::key(std::string_view name) {
  // Most names are plain ASCII: fold them here, exactly as slugify() would, without the
  // Unicode decomposition it needs for the rest (the entity stage asks for keys often).
  std::string out;
  out.reserve(name.size());
  bool dash = false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80) return slugify(name);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z')) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(u >= 'A' && u <= 'Z' ? static_cast<char>(u - 'A' + 'a') : c);
    } else if (u != '\'' && u != '.') {
      dash = true;  // apostrophes and dots join ("Qa'ida", "U.S."); anything else separates
    }
  }
  return out;
}

std::string PlaceGazetteer::loose_key(std::string_view name) {
  std::string k = slugify(name);
  // Leading Arabic article: al-, el-, ar-, as-, ad-, an-, at-, az-, ash-.
  for (std::string_view art : {"al-", "el-", "ar-", "as-", "ad-", "an-", "at-", "az-", "ash-", "ath-"}) {
    if (k.size() > art.size() + 2 && k.compare(0, art.size(), art) == 0) {
      k.erase(0, art.size());
      break;
    }
  }
  // Connectors and spacing: "mazar-e-sharif", "mazar-i-sharif", "mazari sharif" -> "mazarsharif".
  std::string out;
  auto parts = split(k, '-');
  for (size_t i = 0; i < parts.size(); ++i) {
    auto p = parts[i];
    if (i > 0 && i + 1 < parts.size() && (p == "e" || p == "i" || p == "ul" || p == "ud" || p == "al" ||
                                          p == "el" || p == "ar" || p == "as" || p == "ad" || p == "ez" ||
                                          p == "az" || p == "ash"))
      continue;
    out.append(p);
  }
  // ou -> u, doubled letters -> one, final h after a vowel dropped, final i after r/a dropped.
  std::string r;
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    if (c == 'o' && i + 1 < out.size() && out[i + 1] == 'u') continue;
    if (!r.empty() && r.back() == c) continue;
    r.push_back(c);
  }
  if (r.size() > 3 && r.back() == 'h' && std::string_view("aeiou").find(r[r.size() - 2]) != std::string_view::npos)
    r.pop_back();
  return r;
}

void PlaceGazetteer::add_name(std::string_view name, uint32_t idx, float weight) {
  std::string k = key(name);
  if (k.empty()) return;
  auto& v = index_[k];
  bool seen = false;
  for (auto& e : v)
    if (e.place == idx) {
      e.weight = std::max(e.weight, weight);
      seen = true;
    }
  if (!seen) v.push_back({idx, weight});
  std::string lk = loose_key(name);
  if (lk.size() < 3) return;
  auto& lv = loose_index_[lk];
  for (auto& e : lv)
    if (e.place == idx) return;
  lv.push_back({idx, weight * 0.8f});
}

double PlaceGazetteer::base_prior(uint32_t idx) const {
  const Place& p = places_[idx];
  const Extra& x = extra_[idx];
  double b = 0.3;
  switch (p.kind) {
    case PlaceKind::country: b = 1.0; break;
    case PlaceKind::admin1: b = 0.5; break;
    case PlaceKind::region: b = 0.5; break;
    case PlaceKind::admin2: b = 0.3; break;
    case PlaceKind::facility: b = 0.2; break;
    case PlaceKind::city:
      b = x.population > 0 ? 0.05 + 0.1 * std::log10(1.0 + static_cast<double>(x.population)) : 0.3;
      if (x.capital) b += 0.3;
      break;
  }
  return b * x.prior_boost;
}

std::vector<PlaceGazetteer::Candidate> PlaceGazetteer::candidates(const std::vector<Entry>& entries) const {
  std::vector<Candidate> out;
  double total = 0;
  for (const auto& e : entries) {
    double w = base_prior(e.place) * e.weight;
    out.push_back({&places_[e.place], w});
    total += w;
  }
  for (auto& c : out) c.prior = total > 0 ? c.prior / total : 1.0 / out.size();
  std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    if (a.prior != b.prior) return a.prior > b.prior;
    return a.place->id < b.place->id;
  });
  return out;
}

Result<std::unique_ptr<PlaceGazetteer>> PlaceGazetteer::load(const std::string& resource_dir,
                                                               const std::string& data_dir) {
  std::unique_ptr<PlaceGazetteer> g(new PlaceGazetteer());
  const std::string world = data_dir + "/places.tsv";
  auto text = read_file(world);
  if (!text.ok())
    return Status(StatusCode::not_found,
                  world + ": world gazetteer missing; build it with `cmake --build <build> --target "
                          "gazetteer` (npm ci --prefix tools/gazetteer && node "
                          "tools/gazetteer/build_places.js <data dir>)");
  std::string fp_input;
  fp_input += *text;

  // Pass 1: the world file.
  struct Pending {
    std::vector<std::string> variants, demonyms;
  };
  std::vector<Pending> pending;
  {
    auto lines = split(*text, '\n');
    if (lines.empty() || lines[0].substr(0, 15) != "#dossier-places")
      return Status(StatusCode::invalid_input, world + ": line 1: not a dossier places file (magic)");
    auto head = split(lines[0], '\t');
    if (head.size() < 2 || trim(head[1]) != "1")
      return Status(StatusCode::invalid_input, world + ": line 1: unsupported format version");
    for (size_t ln = 1; ln < lines.size(); ++ln) {
      auto line = lines[ln];
      if (line.empty() || line[0] == '#') continue;
      auto f = split(line, '\t');
      if (f.size() < 13)
        return Status(StatusCode::invalid_input,
                      world + ": line " + std::to_string(ln + 1) + ": expected 13 fields");
      Place p;
      p.id = std::string(f[0]);
      p.name = std::string(f[1]);
      auto kind = place_kind_from(f[2]);
      if (!kind)
        return Status(StatusCode::invalid_input,
                      world + ": line " + std::to_string(ln + 1) + ": unknown kind '" + std::string(f[2]) + "'");
      p.kind = *kind;
      p.country = std::string(f[3]);
      p.admin1 = std::string(f[4]);
      auto lat = parse_double(f[5]), lon = parse_double(f[6]);
      if (lat && lon && !(*lat == 0 && *lon == 0)) {
        p.lat = lat;
        p.lon = lon;
      }
      auto bad_number = [&](std::string_view what, std::string_view v) {
        return Status(StatusCode::invalid_input, world + ": line " + std::to_string(ln + 1) + ": " +
                                                     std::string(what) + " must be a whole number, got '" +
                                                     std::string(v) + "'");
      };
      if (!f[7].empty()) {
        auto gid = parse_int64(f[7]);
        if (!gid) return bad_number("geonames_id", f[7]);
        p.geonames_id = *gid;
      }
      p.parent = std::string(f[8]);
      Extra x;
      if (!f[9].empty()) {
        auto pop = parse_int64(f[9]);
        if (!pop) return bad_number("population", f[9]);
        x.population = *pop;
      }
      x.capital = f[10] == "1";
      Pending pd;
      for (auto v : split(f[11], '|'))
        if (!v.empty()) pd.variants.emplace_back(v);
      for (auto v : split(f[12], '|'))
        if (!v.empty()) pd.demonyms.emplace_back(v);
      uint32_t idx = static_cast<uint32_t>(g->places_.size());
      if (!g->by_id_.emplace(p.id, idx).second)
        return Status(StatusCode::invalid_input,
                      world + ": line " + std::to_string(ln + 1) + ": duplicate id " + p.id);
      if (p.kind == PlaceKind::country) g->by_iso2_[p.country] = idx;
      if (p.kind == PlaceKind::city && x.capital && !p.country.empty()) {
        // The most populous of a country's capitals (a few have two).
        auto [it, fresh] = g->capitals_.emplace(p.country, idx);
        if (!fresh && g->extra_[it->second].population < x.population) it->second = idx;
      }
      g->places_.push_back(std::move(p));
      g->extra_.push_back(x);
      pending.push_back(std::move(pd));
    }
  }

  // The curated folder: callers pass either the resources root (which holds places/) or the
  // places folder itself, as they do for the actor lexicon. A folder that is neither is an
  // error: without it the variants, tribal areas and priors would silently go missing.
  std::string dir;
  {
    std::error_code ec;
    namespace fs = std::filesystem;
    if (fs::is_directory(resource_dir + "/places", ec)) dir = resource_dir + "/places/";
    else if (fs::is_directory(resource_dir, ec)) dir = resource_dir + "/";
    else
      return Status(StatusCode::not_found, resource_dir + ": curated places folder not found");
  }
  // Readable references "admin1:PK:balochistan", "city:SY:ar-raqqah" (the most populous city of
  // that name in that country).
  std::unordered_map<std::string, uint32_t> readable;
  for (uint32_t i = 0; i < g->places_.size(); ++i) {
    const Place& p = g->places_[i];
    if (p.kind != PlaceKind::admin1 && p.kind != PlaceKind::city) continue;
    std::string rk = std::string(p.kind == PlaceKind::admin1 ? "admin1:" : "city:") + p.country + ":" + key(p.name);
    auto [it, fresh] = readable.emplace(rk, i);
    if (!fresh && g->extra_[i].population > g->extra_[it->second].population) it->second = i;
  }
  // Resolves a curated reference to a place index.
  auto ref = [&](std::string_view r) -> std::optional<uint32_t> {
    r = trim(r);
    if (auto it = g->by_id_.find(std::string(r)); it != g->by_id_.end()) return it->second;
    auto parts = split(r, ':');
    if (parts.size() == 2 && parts[0] == "country") {
      auto it = g->by_iso2_.find(std::string(parts[1]));
      if (it != g->by_iso2_.end()) return it->second;
      return std::nullopt;
    }
    if (parts.size() == 3 && (parts[0] == "admin1" || parts[0] == "city")) {
      auto it = readable.find(std::string(parts[0]) + ":" + std::string(parts[1]) + ":" + key(parts[2]));
      if (it != readable.end()) return it->second;
    }
    return std::nullopt;
  };
  auto bad = [&](const std::string& file, size_t ln, const std::string& what) {
    return Status(StatusCode::invalid_input, dir + file + ": line " + std::to_string(ln) + ": " + what);
  };
  auto each_line = [&](const std::string& file, auto&& fn) -> Status {
    if (!file_exists(dir + file)) return Status::ok();
    auto t = read_file(dir + file);
    if (!t.ok()) return t.status();
    fp_input += file;
    fp_input += *t;
    auto lines = split(*t, '\n');
    for (size_t ln = 0; ln < lines.size(); ++ln) {
      auto line = lines[ln];
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (trim(line).empty() || line[0] == '#') continue;
      Status s = fn(split(line, '\t'), ln + 1);
      if (!s.is_ok()) return s;
    }
    return Status::ok();
  };

  // Word lists (words.tsv): list name, then words separated by spaces, as key() writes them.
  Status st = each_line("words.tsv", [&](std::vector<std::string_view> f, size_t ln) -> Status {
    if (f.size() != 2) return bad("words.tsv", ln, "expected: list<TAB>word word ...");
    std::vector<std::string>* list = nullptr;
    if (f[0] == "suffixes")
      list = &g->suffixes_;
    else if (f[0] == "region_units")
      list = &g->region_units_;
    else if (f[0] == "generic_bases")
      list = &g->generic_bases_;
    else
      return bad("words.tsv", ln, "unknown list '" + std::string(f[0]) + "'");
    for (auto word : split(f[1], ' '))
      if (!trim(word).empty()) list->emplace_back(trim(word));
    return Status::ok();
  });
  if (!st.is_ok()) return st;

  // Curated places: id name kind country admin1 lat lon geonames_id parent variants
  st = each_line("places.tsv", [&](std::vector<std::string_view> f, size_t ln) -> Status {
    if (f.size() < 9) return bad("places.tsv", ln, "expected at least 9 tab-separated fields");
    // A stray tab shifts every later column (a longitude read as the GeoNames id, variants lost).
    if (f.size() > 10) return bad("places.tsv", ln, "expected at most 10 tab-separated fields");
    Place p;
    p.id = std::string(trim(f[0]));
    if (p.id.rfind("geo:", 0) != 0 && p.id.rfind("place:", 0) != 0)
      return bad("places.tsv", ln, "id must start with geo: or place:");
    p.name = std::string(trim(f[1]));
    auto kind = place_kind_from(trim(f[2]));
    if (!kind) return bad("places.tsv", ln, "unknown kind '" + std::string(f[2]) + "'");
    p.kind = *kind;
    p.country = std::string(trim(f[3]));
    p.admin1 = std::string(trim(f[4]));
    auto lat = parse_double(trim(f[5])), lon = parse_double(trim(f[6]));
    if ((lat && *lat == 0 && lon && *lon == 0)) return bad("places.tsv", ln, "0,0 is not a coordinate");
    // Both or neither: one alone is a shifted or half-filled row.
    if (lat.has_value() != lon.has_value() || (!trim(f[5]).empty() && !lat) || (!trim(f[6]).empty() && !lon))
      return bad("places.tsv", ln, "lat and lon must both be numbers, or both empty");
    if (lat && lon) {
      p.lat = lat;
      p.lon = lon;
    }
    if (!trim(f[7]).empty()) {
      std::string_view gid = trim(f[7]);
      auto id = parse_int64(gid);
      if (!id)
        return bad("places.tsv", ln, "geonames_id must be a whole number, got '" + std::string(gid) + "'");
      p.geonames_id = *id;
    }
    if (!trim(f[8]).empty()) {
      auto par = ref(f[8]);
      if (!par) return bad("places.tsv", ln, "unknown parent '" + std::string(f[8]) + "'");
      p.parent = g->places_[*par].id;
    }
    Pending pd;
    if (f.size() > 9)
      for (auto v : split(f[9], '|'))
        if (!trim(v).empty()) pd.variants.emplace_back(trim(v));
    uint32_t idx = static_cast<uint32_t>(g->places_.size());
    if (!g->by_id_.emplace(p.id, idx).second) return bad("places.tsv", ln, "duplicate id " + p.id);
    g->places_.push_back(std::move(p));
    g->extra_.push_back({});
    pending.push_back(std::move(pd));
    return Status::ok();
  });
  if (!st.is_ok()) return st;

  for (uint32_t i = 0; i < g->places_.size(); ++i) {
    g->add_name(g->places_[i].name, i, 1.0f);
    for (const auto& v : pending[i].variants) g->add_name(v, i, 0.9f);
    for (const auto& d : pending[i].demonyms) g->demonyms_.emplace(key(d), i);
  }

  st = each_line("variants.tsv", [&](std::vector<std::string_view> f, size_t ln) -> Status {
    if (f.size() < 2) return bad("variants.tsv", ln, "expected: reference<TAB>variant|variant...");
    auto idx = ref(f[0]);
    if (!idx) return bad("variants.tsv", ln, "unknown place '" + std::string(f[0]) + "'");
    for (auto v : split(f[1], '|'))
      if (!trim(v).empty()) g->add_name(trim(v), *idx, 0.95f);
    return Status::ok();
  });
  if (!st.is_ok()) return st;

  // GeoNames names some regions with their unit word ("Borno State", "Kunar Province"), while
  // news mostly writes the bare name ("in Borno", "Borno state"). The bare name becomes a
  // variant of the region, but only when it names nothing else (a bare "Kano" stays the city,
  // "Niger" the country) and is not a direction or common word ("Central Region", "Free State").
  for (uint32_t i = 0; i < g->places_.size(); ++i) {
    const Place& p = g->places_[i];
    if (p.kind != PlaceKind::admin1 && p.kind != PlaceKind::admin2) continue;
    const std::string k = key(p.name);
    for (const std::string& unit : g->region_units_) {
      const std::string suf = "-" + unit;
      if (k.size() <= suf.size() + 2 || k.compare(k.size() - suf.size(), suf.size(), suf) != 0) continue;
      const std::string base = k.substr(0, k.size() - suf.size());
      bool generic = true;
      for (auto part : split(base, '-'))
        if (std::find(g->generic_bases_.begin(), g->generic_bases_.end(), part) == g->generic_bases_.end())
          generic = false;
      if (generic || g->index_.count(base) || g->loose_index_.count(loose_key(base))) break;
      g->add_name(std::string_view(p.name).substr(0, p.name.size() - (suf.size() - 1)), i, 0.9f);
      break;
    }
  }

  st = each_line("demonyms.tsv", [&](std::vector<std::string_view> f, size_t ln) -> Status {
    if (f.size() < 2) return bad("demonyms.tsv", ln, "expected: word<TAB>reference");
    auto idx = ref(f[1]);
    if (!idx) return bad("demonyms.tsv", ln, "unknown place '" + std::string(f[1]) + "'");
    g->demonyms_[key(trim(f[0]))] = *idx;
    return Status::ok();
  });
  if (!st.is_ok()) return st;

  st = each_line("priors.tsv", [&](std::vector<std::string_view> f, size_t ln) -> Status {
    if (f.size() < 3) return bad("priors.tsv", ln, "expected: name<TAB>reference<TAB>multiplier");
    auto idx = ref(f[1]);
    if (!idx) return bad("priors.tsv", ln, "unknown place '" + std::string(f[1]) + "'");
    auto m = parse_double(trim(f[2]));
    if (!m || *m <= 0) return bad("priors.tsv", ln, "multiplier must be a positive number");
    const std::string k = key(trim(f[0]));
    if (trim(f[0]) == "*") {
      g->extra_[*idx].prior_boost *= *m;
    } else {
      g->name_priors_[k + '\t' + g->places_[*idx].id] = *m;
    }
    return Status::ok();
  });
  if (!st.is_ok()) return st;

  // Names that need a cue word near them (cued.tsv): exact case; the name and its capitals.
  st = each_line("cued.tsv", [&](std::vector<std::string_view> f, size_t ln) -> Status {
    if (f.size() < 3 || trim(f[0]).empty() || trim(f[2]).empty())
      return bad("cued.tsv", ln, "expected: name<TAB>reference<TAB>cue words");
    auto idx = ref(f[1]);
    if (!idx) return bad("cued.tsv", ln, "unknown place '" + std::string(f[1]) + "'");
    std::vector<std::string> cues;
    std::string_view rest = trim(f[2]);
    for (size_t i = 0; i <= rest.size();) {
      size_t j = rest.find('|', i);
      if (j == std::string_view::npos) j = rest.size();
      std::string cue(trim(rest.substr(i, j - i)));
      for (auto& ch : cue) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (!cue.empty()) cues.push_back(std::move(cue));
      i = j + 1;
    }
    std::string name(trim(f[0])), caps = name;
    for (auto& ch : caps) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    // places_ is complete here (no more places are added), so the pointer stays valid.
    for (const std::string& form : {name, caps}) g->cued_[form] = CuedName{&g->places_[*idx], cues};
    return Status::ok();
  });
  if (!st.is_ok()) return st;

  // Curated parents: where GeoNames puts a town straight under its province but the unit
  // between them matters (Parachinar is the seat of Kurram, in Khyber Pakhtunkhwa). Each line
  // names its source; the parent must lie in the same country, and no chain may loop.
  st = each_line("parents.tsv", [&](std::vector<std::string_view> f, size_t ln) -> Status {
    if (f.size() < 3 || trim(f[2]).empty())
      return bad("parents.tsv", ln, "expected: place<TAB>parent<TAB>source");
    auto child = ref(f[0]);
    if (!child) return bad("parents.tsv", ln, "unknown place '" + std::string(f[0]) + "'");
    auto par = ref(f[1]);
    if (!par) return bad("parents.tsv", ln, "unknown parent '" + std::string(f[1]) + "'");
    if (*par == *child) return bad("parents.tsv", ln, "a place cannot be its own parent");
    const Place& c = g->places_[*child];
    const Place& pp = g->places_[*par];
    if (!pp.country.empty() && !c.country.empty() && pp.country != c.country)
      return bad("parents.tsv", ln, "parent " + pp.id + " is in " + pp.country + ", " + c.id + " in " + c.country);
    // The new parent's own chain must not lead back to the child.
    const Place* up = &pp;
    for (int depth = 0; depth < 16 && up && !up->parent.empty(); ++depth) {
      if (up->parent == c.id) return bad("parents.tsv", ln, "parent chain loops through " + c.id);
      up = g->by_id(up->parent);
    }
    g->places_[*child].parent = pp.id;
    return Status::ok();
  });
  if (!st.is_ok()) return st;

  // Check the hierarchy: every parent must exist.
  for (const auto& p : g->places_) {
    if (!p.parent.empty() && !g->by_id_.count(p.parent))
      return Status(StatusCode::invalid_input, world + ": place " + p.id + ": unknown parent " + p.parent);
  }
  g->fingerprint_ = sha256_hex(fp_input).substr(0, 16);
  return g;
}

std::vector<PlaceGazetteer::Candidate> PlaceGazetteer::lookup(std::string_view name) const {
  std::string k = key(name);
  if (k.empty()) return {};
  auto apply_name_priors = [&](std::vector<Candidate> c, const std::string& used_key) {
    if (name_priors_.empty()) return c;
    double total = 0;
    for (auto& x : c) {
      auto it = name_priors_.find(used_key + '\t' + x.place->id);
      if (it != name_priors_.end()) x.prior *= it->second;
      total += x.prior;
    }
    for (auto& x : c) x.prior /= total;
    std::stable_sort(c.begin(), c.end(), [](const Candidate& a, const Candidate& b) {
      if (a.prior != b.prior) return a.prior > b.prior;
      return a.place->id < b.place->id;
    });
    return c;
  };
  auto try_key = [&](const std::string& kk) -> std::vector<Candidate> {
    auto it = index_.find(kk);
    if (it == index_.end()) return {};
    return apply_name_priors(candidates(it->second), kk);
  };
  if (auto c = try_key(k); !c.empty()) return c;
  if (k.rfind("the-", 0) == 0) {
    k.erase(0, 4);
    if (auto c = try_key(k); !c.empty()) return c;
  }
  for (const std::string& word : suffixes_) {
    const size_t len = word.size() + 1;  // with its '-'
    if (k.size() > len + 2 && k.compare(k.size() - word.size(), word.size(), word) == 0 &&
        k[k.size() - len] == '-') {
      const std::string_view suf = std::string_view(k).substr(k.size() - len);
      std::string base = k.substr(0, k.size() - suf.size());
      auto c = try_key(base);
      if (c.empty()) {
        auto it = loose_index_.find(loose_key(base));
        if (it != loose_index_.end()) c = apply_name_priors(candidates(it->second), base);
      }
      // "Punjab province" is the province, "Kabul city" the city.
      bool wants_city = suf == "-city" || suf == "-town";
      std::vector<Candidate> kept;
      for (auto& x : c)
        if ((x.place->kind == PlaceKind::city) == wants_city) kept.push_back(x);
      if (!kept.empty()) return kept;
      if (!c.empty()) return c;
    }
  }
  auto it = loose_index_.find(loose_key(k));
  if (it != loose_index_.end()) return apply_name_priors(candidates(it->second), k);
  return {};
}

const Place* PlaceGazetteer::resolve(std::string_view name,
                                     const std::vector<std::string>& context_place_ids) const {
  auto cands = lookup(name);
  if (cands.empty()) return nullptr;
  if (cands.size() == 1 || context_place_ids.empty()) return cands.front().place;
  std::vector<const Place*> ctx;
  for (const auto& id : context_place_ids) {
    if (const Place* p = by_id(id)) {
      ctx.push_back(p);
    } else if (const Place* c = country(id)) {
      ctx.push_back(c);
    }
  }
  // A country or a national capital is in every report's view: a town of the same name in a
  // country already mentioned does not displace it ("Moscow" in a report datelined Washington is
  // not Moscow, Idaho; "Jamaica" not the Queens neighbourhood). Not for a country against a
  // region of another country: Georgia the country against the US state leaves the say to the
  // context (Luxembourg against its own district of that name does not).
  auto region_elsewhere = [&](const Place& country) {
    for (const auto& c : cands)
      if ((c.place->kind == PlaceKind::admin1 || c.place->kind == PlaceKind::admin2 ||
           c.place->kind == PlaceKind::region) &&
          c.place->country != country.country)
        return true;
    return false;
  };
  const Place* best = nullptr;
  double best_score = -1;
  for (const auto& c : cands) {
    const bool capital = extra_[static_cast<size_t>(c.place - places_.data())].capital;
    const bool world_known = (c.place->kind == PlaceKind::country && !region_elsewhere(*c.place)) ||
                             (c.place->kind == PlaceKind::city && capital);
    double factor = world_known ? 4.0 : 1.0;
    for (const Place* p : ctx) {
      double f = 1.0;
      if (p == c.place) {
        f = 8.0;
      } else if (within(*c.place, *p) || within(*p, *c.place)) {
        // Inside a named region ("Cambridge" with "Massachusetts") weighs more than inside a
        // named country, so the region decides between towns of two countries both in view.
        f = p->kind == PlaceKind::country ? 6.0 : 7.0;
      } else if (!p->country.empty() && p->country == c.place->country) {
        f = 4.0;
      }
      factor = std::max(factor, f);
    }
    double s = c.prior * factor;
    if (s > best_score) {
      best_score = s;
      best = c.place;
    }
  }
  return best;
}

const Place* PlaceGazetteer::by_id(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &places_[it->second];
}

const Place* PlaceGazetteer::country(std::string_view iso2) const {
  std::string k(iso2);
  for (auto& c : k) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto it = by_iso2_.find(k);
  return it == by_iso2_.end() ? nullptr : &places_[it->second];
}

const PlaceGazetteer::CuedName* PlaceGazetteer::cued(std::string_view exact) const {
  if (cued_.empty()) return nullptr;
  auto it = cued_.find(std::string(exact));
  return it == cued_.end() ? nullptr : &it->second;
}

const Place* PlaceGazetteer::capital_of(std::string_view iso2) const {
  auto it = capitals_.find(std::string(iso2));
  return it == capitals_.end() ? nullptr : &places_[it->second];
}

const Place* PlaceGazetteer::demonym(std::string_view word) const {
  std::string k = key(word);
  if (k.empty()) return nullptr;
  auto it = demonyms_.find(k);
  if (it != demonyms_.end()) return &places_[it->second];
  // Plurals: "Afghans", "Iraqis", "Syrians"; not a place's own name that ends so ("Philippines"
  // is the country, not Philippine people).
  if (k.size() > 4 && k.back() == 's' && !index_.count(k)) {
    it = demonyms_.find(k.substr(0, k.size() - 1));
    if (it != demonyms_.end()) return &places_[it->second];
  }
  return nullptr;
}

bool PlaceGazetteer::within(const Place& inner, const Place& outer) const {
  if (&inner == &outer || inner.id == outer.id) return false;
  const Place* p = &inner;
  for (int depth = 0; depth < 10 && !p->parent.empty(); ++depth) {
    p = by_id(p->parent);
    if (!p) break;
    if (p->id == outer.id) return true;
  }
  // A place of a country is within that country even when its chain is broken.
  return outer.kind == PlaceKind::country && !inner.country.empty() && inner.country == outer.country &&
         inner.kind != PlaceKind::country;
}

std::vector<std::pair<std::string, PlaceKind>> PlaceGazetteer::name_keys(int64_t min_city_population) const {
  auto rank = [](PlaceKind k) {
    switch (k) {
      case PlaceKind::country: return 0;
      case PlaceKind::admin1: return 1;
      case PlaceKind::region: return 2;
      case PlaceKind::admin2: return 3;
      case PlaceKind::city: return 4;
      case PlaceKind::facility: return 5;
    }
    return 6;
  };
  std::vector<std::pair<std::string, PlaceKind>> out;
  for (const auto& [k, entries] : index_) {
    int best = 99;
    PlaceKind kind = PlaceKind::city;
    for (const auto& e : entries) {
      const Place& p = places_[e.place];
      const Extra& x = extra_[e.place];
      if (p.kind == PlaceKind::city && x.population < min_city_population && !x.capital) continue;
      if (rank(p.kind) < best) {
        best = rank(p.kind);
        kind = p.kind;
      }
    }
    if (best != 99) out.emplace_back(k, kind);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> PlaceGazetteer::demonym_keys() const {
  std::vector<std::string> out;
  for (const auto& [k, idx] : demonyms_) out.push_back(k);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<const Place*> PlaceGazetteer::ancestors(const Place& place) const {
  std::vector<const Place*> out;
  const Place* p = &place;
  for (int depth = 0; depth < 10 && !p->parent.empty(); ++depth) {
    p = by_id(p->parent);
    if (!p) break;
    out.push_back(p);
  }
  return out;
}

}  // namespace dossier
