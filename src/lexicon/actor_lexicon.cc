// How the actor lexicon works.
//
// Loading. groups.tsv rows become ActorRecords; countries.tsv x state_templates.tsv expand into
// one record per country and template ("pk-army": "Pakistan Army", aliases "Pakistani army",
// "Pakistan's army" ...); a groups.tsv row with a generated id extends that record. Every row
// is checked (column count, kind, country code, Q-id, duplicate ids, unknown parents, parent
// cycles) and the first problem is reported as "<file>:<line>: ...".
//
// Normal form. Names and text are compared as sequences of "pieces": a piece is a run of
// letters and digits, lower-cased, with diacritics stripped, apostrophes and dots dropped
// (Da'esh -> daesh, I.S. -> is) and the Persian/Urdu connector "i" folded to "e"
// (Lashkar-i-Jhangvi -> lashkar e jhangvi). Spaces and hyphens both separate pieces, so
// "al-Qaeda", "al Qaeda" and "Al-Qaeda" are the same key. A possessive "'s" is no piece at
// all, so "Pakistan's army" is the key of "Pakistan army". Variants whose letters differ
// ("Qaida", "Toiba") are written in the file; the loader adds the forms without a leading
// "al"/"the" when what remains is distinctive (al-Nusra Front -> Nusra Front).
//
// Case. Each alias piece carries a rule taken from how the file writes it: a piece with no
// lower-case letters ("IS", "TTP", the "K" of "ISIS-K") or with an inner capital ("LeJ")
// must appear with exactly those letters; a capitalised piece must be capitalised in the
// text; a lower-case piece matches any case. So "is", "it is" and "Is" never match IS, while
// "I.S." does. Short acronyms (up to three letters) are also refused inside all-capitals
// lines, where every word looks like an acronym.
//
// Matching. Pieces are interned into a vocabulary; aliases form a trie over piece ids. The
// document is turned into one piece stream (punctuation, quotes and line breaks become
// barriers, except a break that only wraps running text, see line_wraps.h; a possessive token
// is transparent), and the matcher takes, left to right, the
// longest path ending in a node with at least one alias whose case rules hold. Unknown pieces
// cost one hash lookup, which keeps the matcher far above the 300k tokens/s budget.
#include "lexicon/actor_lexicon.h"

#include <utf8proc.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "core/flat_table.h"
#include "core/ids.h"
#include "core/utf8.h"
#include "text/line_wraps.h"

namespace dossier {

namespace {

constexpr uint32_t kNoPiece = 0xFFFFFFFFu;
constexpr uint32_t kBarrier = 0xFFFFFFFEu;

enum class CaseRule : uint8_t { any, capitalized, exact };

struct PieceRule {
  CaseRule rule = CaseRule::any;
  std::string letters;  // for exact: the letters as written (no dots/apostrophes)
};

struct Entry {
  uint32_t record = 0;
  bool generated = false;
  bool acronym = false;  // at least one exact piece
  uint8_t short_acronym = 0;  // single exact piece of <= 3 letters
  std::vector<PieceRule> rules;
};

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BF || c == 0x02BE ||
         c == '`' || c == 0xB4;
}

// Lower-case and strip marks from one non-ASCII code point, appending ASCII-ish output.
void append_folded(std::string& out, char32_t c) {
  utf8proc_int32_t buf[8];
  utf8proc_int32_t unused = 0;
  auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), buf, 8,
                                   static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                                  UTF8PROC_CASEFOLD),
                                   &unused);
  if (n <= 0 || n > 8) {
    utf8::append(out, utf8::to_lower(c));
    return;
  }
  for (int i = 0; i < n; ++i) utf8::append(out, static_cast<char32_t>(buf[i]));
}

std::string trim(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r')) --b;
  return std::string(s.substr(a, b - a));
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.emplace_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  for (auto& a : split(s, '|')) {
    auto t = trim(a);
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

// Letters of a piece's raw text without dots and apostrophes, case kept.
std::string raw_letters(std::string_view raw) {
  std::string out;
  size_t i = 0;
  while (i < raw.size()) {
    size_t j = i;
    char32_t c = utf8::next(raw, j);
    if (c != '.' && !is_apostrophe(c)) out.append(raw.substr(i, j - i));
    i = j;
  }
  return out;
}

PieceRule rule_for(std::string_view raw) {
  PieceRule r;
  bool any_lower = false, any_upper = false, inner_upper = false, first_upper = false;
  int letters = 0;
  size_t i = 0;
  while (i < raw.size()) {
    char32_t c = utf8::next(raw, i);
    if (!utf8::is_letter(c)) continue;
    bool up = utf8::is_upper(c);
    if (letters == 0) first_upper = up;
    else if (up && any_lower) inner_upper = true;
    if (up) any_upper = true;
    else any_lower = true;
    ++letters;
  }
  if (letters == 0) return r;  // digits only: key equality is enough
  if ((any_upper && !any_lower) || inner_upper) {
    r.rule = CaseRule::exact;
    r.letters = raw_letters(raw);
  } else if (first_upper) {
    r.rule = CaseRule::capitalized;
  }
  return r;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

void ActorLexicon::split_pieces(std::string_view text, uint32_t offset, std::vector<Piece>& out) {
  // Walk code points; letters/digits (and '&') build a piece, apostrophes and dots join,
  // anything else separates.
  Piece cur;
  bool open = false;
  bool ascii_only = true;
  size_t i = 0;
  auto close = [&](size_t end_byte) {
    if (!open) return;
    open = false;
    cur.span.end = offset + static_cast<uint32_t>(end_byte);
    // A trailing possessive: raw text ends with apostrophe + s, written as part of the word.
    std::string_view raw = text.substr(cur.span.start - offset, cur.span.end - cur.span.start);
    if (raw.size() >= 2 && (raw.back() == 's' || raw.back() == 'S')) {
      size_t k = raw.size();
      utf8::prev(raw, k);  // the 's'
      size_t k2 = k;
      char32_t before = k2 > 0 ? utf8::prev(raw, k2) : 0;
      if (is_apostrophe(before) && cur.key.size() >= 2) {
        cur.key.pop_back();
        cur.span.end = cur.span.start + static_cast<uint32_t>(k2);
      }
    }
    if (cur.key == "i") cur.key = "e";
    if (!cur.key.empty()) out.push_back(std::move(cur));
    cur = Piece{};
  };
  while (i < text.size()) {
    size_t start = i;
    unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c;
    if (b < 0x80) {
      c = b;
      ++i;
    } else {
      c = utf8::next(text, i);
    }
    bool alnum = (c < 0x80) ? ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&')
                            : (utf8::is_letter(c) || utf8::is_digit(c));
    if (alnum) {
      if (!open) {
        open = true;
        cur.span.start = offset + static_cast<uint32_t>(start);
        ascii_only = true;
      }
      if (c < 0x80) {
        cur.key.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
      } else {
        ascii_only = false;
        append_folded(cur.key, c);
      }
    } else if ((c == '.' || is_apostrophe(c)) && open) {
      // joins: I.S. / Qa'ida; a final '.' or apostrophe simply ends nothing
    } else {
      close(start);
    }
  }
  close(text.size());
  (void)ascii_only;
}

std::string ActorLexicon::name_key(std::string_view name) {
  std::vector<Piece> pieces;
  split_pieces(name, 0, pieces);
  size_t first = 0;
  if (pieces.size() > 1 && pieces[0].key == "the") first = 1;
  std::string out;
  for (size_t i = first; i < pieces.size(); ++i) {
    if (!out.empty()) out.push_back('-');
    out += pieces[i].key;
  }
  return out;
}

Actor ActorRecord::to_actor() const {
  Actor a;
  a.id = id;
  a.name = name;
  a.kind = kind;
  a.country = country;
  a.parent = parent;
  a.wikidata = wikidata;
  a.aliases.push_back(name);
  for (const auto& al : aliases)
    if (std::find(a.aliases.begin(), a.aliases.end(), al) == a.aliases.end()) a.aliases.push_back(al);
  for (const auto& al : a.aliases) a.alias_sources.push_back({al, ""});
  return a;
}

// ---------------------------------------------------------------------------------------------

struct ActorLexicon::Impl {
  std::unordered_map<std::string, uint32_t> vocab;
  std::unordered_map<uint64_t, uint32_t> edges;  // (node << 32 | piece) -> child
  std::vector<std::vector<Entry>> terminals;     // per node
  uint32_t node_count = 1;                       // node 0 is the root

  uint32_t intern(const std::string& key) {
    auto it = vocab.find(key);
    if (it != vocab.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(vocab.size());
    vocab.emplace(key, id);
    return id;
  }
  // finish() turns the vocabulary and the trie's edges into open-addressing tables
  // (core/flat_table.h), which matching probes once per token; a profile of ingest had shown the
  // maps' node chasing. The maps are for building only and are emptied then.
  struct VocabSlot {
    uint64_t key = 0;  // the piece's hash (a zero hash is stored as 1); 0: empty
    uint32_t id = 0;
  };
  struct EdgeSlot {
    uint64_t key = 0;  // (node << 32 | piece) + 1; 0: empty
    uint32_t child = 0;
  };
  std::vector<VocabSlot> vocab_slots;
  std::vector<std::string> vocab_keys;  // by id
  std::vector<EdgeSlot> edge_slots;

  static uint64_t key_hash(std::string_view k) {
    uint64_t h = fnv1a64(k);
    return h ? h : 1;
  }
  static uint64_t mix(uint64_t k) { return (k ^ (k >> 29)) * 0x9E3779B97F4A7C15ULL >> 17; }

  // Both after finish() (before it, or with no aliases at all, nothing matches).
  uint32_t piece_id(const std::string& key) const {
    if (vocab_slots.empty()) return kNoPiece;
    const uint64_t h = key_hash(key);
    const VocabSlot& sl =
        vocab_slots[flat::find_slot(vocab_slots, h, [&](const VocabSlot& x) { return x.key == h && vocab_keys[x.id] == key; })];
    return sl.key == 0 ? kNoPiece : sl.id;
  }
  uint32_t child(uint32_t node, uint32_t piece) const {
    if (edge_slots.empty()) return 0;
    const uint64_t k = ((static_cast<uint64_t>(node) << 32) | piece) + 1;
    const EdgeSlot& sl = edge_slots[flat::find_slot(edge_slots, mix(k), [k](const EdgeSlot& x) { return x.key == k; })];
    return sl.key == 0 ? 0 : sl.child;
  }

  void build_tables() {
    vocab_keys.assign(vocab.size(), {});
    vocab_slots.assign(flat::capacity_for(vocab.size()), {});
    for (auto& [key, id] : vocab) {
      const uint64_t h = key_hash(key);
      vocab_slots[flat::free_slot(vocab_slots, h)] = {h, id};
      vocab_keys[id] = key;
    }
    edge_slots.assign(flat::capacity_for(edges.size()), {});
    for (const auto& [k, c] : edges) edge_slots[flat::free_slot(edge_slots, mix(k + 1))] = {k + 1, c};
    vocab = {};
    edges = {};
  }
  uint32_t add_path(const std::vector<uint32_t>& ids) {
    uint32_t node = 0;
    for (uint32_t p : ids) {
      uint64_t k = (static_cast<uint64_t>(node) << 32) | p;
      auto it = edges.find(k);
      if (it == edges.end()) {
        uint32_t n = node_count++;
        edges.emplace(k, n);
        node = n;
      } else {
        node = it->second;
      }
    }
    if (terminals.size() < node_count) terminals.resize(node_count);
    return node;
  }

  void add_alias(uint32_t record, std::string_view alias, bool generated_base) {
    std::vector<Piece> pieces;
    split_pieces(alias, 0, pieces);
    if (pieces.empty()) return;
    auto add = [&](size_t first, bool generated) {
      if (first >= pieces.size()) return;
      Entry e;
      e.record = record;
      e.generated = generated;
      std::vector<uint32_t> ids;
      for (size_t i = first; i < pieces.size(); ++i) {
        ids.push_back(intern(pieces[i].key));
        std::string_view raw = alias.substr(pieces[i].span.start, pieces[i].span.size());
        e.rules.push_back(rule_for(raw));
        if (e.rules.back().rule == CaseRule::exact) e.acronym = true;
      }
      if (ids.size() == 1 && e.acronym && e.rules[0].letters.size() <= 3) e.short_acronym = 1;
      uint32_t node = add_path(ids);
      auto& list = terminals[node];
      for (const auto& x : list)  // same record, same rules: nothing new
        if (x.record == record && x.generated == generated && x.rules.size() == e.rules.size()) {
          bool same = true;
          for (size_t k = 0; k < x.rules.size() && same; ++k)
            same = x.rules[k].rule == e.rules[k].rule && x.rules[k].letters == e.rules[k].letters;
          if (same) return;
        }
      list.push_back(std::move(e));
    };
    add(0, generated_base);
    // Variants without a leading article when what remains is distinctive.
    const std::string& k0 = pieces[0].key;
    size_t rest = pieces.size() - 1;
    if ((k0 == "al" || k0 == "el" || k0 == "ad" || k0 == "as" || k0 == "an" || k0 == "ar") &&
        (rest >= 2 || (rest == 1 && pieces[1].key.size() >= 5)))
      add(1, true);
    if (k0 == "the" && rest >= 2) add(1, true);
  }

  // Explicit aliases beat generated variants of other records at the same key.
  void finish() {
    build_tables();
    terminals.resize(node_count);
    for (auto& list : terminals) {
      bool any_explicit = false;
      for (const auto& e : list) any_explicit |= !e.generated;
      if (!any_explicit) continue;
      std::set<uint32_t> explicit_records;
      for (const auto& e : list)
        if (!e.generated) explicit_records.insert(e.record);
      list.erase(std::remove_if(list.begin(), list.end(),
                                [&](const Entry& e) { return e.generated && !explicit_records.count(e.record); }),
                 list.end());
    }
  }
};

ActorLexicon::ActorLexicon() : impl_(std::make_unique<Impl>()) {}
ActorLexicon::~ActorLexicon() = default;

namespace {

bool valid_country(const std::string& c) {
  return c.empty() || (c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z');
}
bool valid_qid(const std::string& q) {
  if (q.empty()) return true;
  if (q.size() < 2 || q[0] != 'Q') return false;
  for (size_t i = 1; i < q.size(); ++i)
    if (q[i] < '0' || q[i] > '9') return false;
  return true;
}
bool valid_slug(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}
std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  size_t p = 0;
  while ((p = s.find(from, p)) != std::string::npos) {
    s.replace(p, from.size(), to);
    p += to.size();
  }
  return s;
}
std::string strip_parenthetical(const std::string& name) {
  auto p = name.find(" (");
  if (p != std::string::npos && name.back() == ')') return name.substr(0, p);
  return name;
}
std::string read_file(const std::string& path, bool* found) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *found = false;
    return {};
  }
  *found = true;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Country {
  std::string iso2;
  std::vector<std::string> names;
  std::vector<std::string> demonyms;
};

}  // namespace

Result<std::unique_ptr<ActorLexicon>> ActorLexicon::load(const std::string& dir) {
  bool found = false;
  std::string groups = read_file(dir + "/groups.tsv", &found);
  if (!found) return Status(StatusCode::not_found, dir + "/groups.tsv: cannot open");
  std::string countries = read_file(dir + "/countries.tsv", &found);
  std::string templates = read_file(dir + "/state_templates.tsv", &found);
  std::string communities = read_file(dir + "/communities.tsv", &found);
  auto r = from_strings(groups, countries, templates, communities);
  if (!r.ok()) return Status(r.status().code(), dir + "/" + r.status().message());
  return r;
}

Result<std::unique_ptr<ActorLexicon>> ActorLexicon::from_strings(std::string_view groups,
                                                                 std::string_view countries_text,
                                                                 std::string_view templates_text,
                                                                 std::string_view communities_text) {
  std::unique_ptr<ActorLexicon> lex(new ActorLexicon());
  auto& records = lex->records_;
  std::vector<std::vector<std::pair<std::string, bool>>> aliases_to_add;  // per record
  auto bad = [](std::string_view file, size_t line, const std::string& what) {
    return Status(StatusCode::invalid_input, std::string(file) + ":" + std::to_string(line) + ": " + what);
  };

  // countries.tsv
  std::vector<Country> countries;
  {
    auto lines = split(countries_text, '\n');
    for (size_t n = 0; n < lines.size(); ++n) {
      std::string line = lines[n];
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (trim(line).empty() || line[0] == '#') continue;
      auto f = split(line, '\t');
      if (f.size() != 4) return bad("countries.tsv", n + 1, "expected 4 tab-separated columns, found " + std::to_string(f.size()));
      Country c;
      c.iso2 = trim(f[0]);
      if (c.iso2.empty() || !valid_country(c.iso2)) return bad("countries.tsv", n + 1, "bad ISO alpha-2 code '" + c.iso2 + "'");
      if (trim(f[1]).empty()) return bad("countries.tsv", n + 1, "empty country name");
      c.names.push_back(trim(f[1]));
      for (auto& x : split_list(f[2])) c.names.push_back(x);
      c.demonyms = split_list(f[3]);
      countries.push_back(std::move(c));
    }
  }

  // state_templates.tsv x countries
  {
    auto lines = split(templates_text, '\n');
    for (size_t n = 0; n < lines.size(); ++n) {
      std::string line = lines[n];
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (trim(line).empty() || line[0] == '#') continue;
      auto f = split(line, '\t');
      if (f.size() != 5) return bad("state_templates.tsv", n + 1, "expected 5 tab-separated columns, found " + std::to_string(f.size()));
      std::string suffix = trim(f[0]), parent_suffix = trim(f[2]), canonical = trim(f[3]);
      auto kind = actor_kind_from(trim(f[1]));
      if (!valid_slug(suffix)) return bad("state_templates.tsv", n + 1, "bad suffix '" + suffix + "'");
      if (!kind) return bad("state_templates.tsv", n + 1, "unknown kind '" + trim(f[1]) + "'");
      if (canonical.empty()) return bad("state_templates.tsv", n + 1, "empty canonical pattern");
      auto patterns = split_list(f[4]);
      patterns.insert(patterns.begin(), canonical);
      for (const auto& c : countries) {
        bool needs_d = canonical.find("{D}") != std::string::npos;
        if (needs_d && c.demonyms.empty()) continue;
        std::string lower = c.iso2;
        for (auto& ch : lower) ch = static_cast<char>(ch + 32);
        ActorRecord r;
        r.id = "actor:" + lower + "-" + suffix;
        r.name = replace_all(replace_all(canonical, "{C}", c.names[0]), "{D}", c.demonyms.empty() ? "" : c.demonyms[0]);
        r.kind = *kind;
        r.country = c.iso2;
        if (!parent_suffix.empty()) r.parent = "actor:" + lower + "-" + parent_suffix;
        r.source = "state_templates.tsv:" + std::to_string(n + 1) + "+" + c.iso2;
        std::vector<std::pair<std::string, bool>> al;
        for (const auto& p : patterns) {
          std::vector<std::string> outs{p};
          auto expand = [&](std::string_view ph, const std::vector<std::string>& vals) {
            std::vector<std::string> next;
            for (const auto& o : outs) {
              if (o.find(ph) == std::string::npos) {
                next.push_back(o);
                continue;
              }
              for (const auto& v : vals) next.push_back(replace_all(o, ph, v));
            }
            outs.swap(next);
          };
          expand("{C}", c.names);
          expand("{D}", c.demonyms);
          for (auto& o : outs) {
            if (o != r.name) r.aliases.push_back(o);
            al.emplace_back(o, false);
          }
        }
        lex->by_id_[r.id] = static_cast<uint32_t>(records.size());
        records.push_back(std::move(r));
        aliases_to_add.push_back(std::move(al));
      }
    }
  }

  // groups.tsv
  size_t generated_count = records.size();
  std::vector<size_t> record_line(records.size(), 0);
  {
    auto lines = split(groups, '\n');
    for (size_t n = 0; n < lines.size(); ++n) {
      std::string line = lines[n];
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (trim(line).empty() || line[0] == '#') continue;
      auto f = split(line, '\t');
      if (f.size() < 7 || f.size() > 8)
        return bad("groups.tsv", n + 1, "expected 8 tab-separated columns, found " + std::to_string(f.size()));
      f.resize(8);
      for (auto& x : f) x = trim(x);
      if (!valid_slug(f[0])) return bad("groups.tsv", n + 1, "bad id '" + f[0] + "' (want lower-case letters, digits, '-')");
      if (f[1].empty()) return bad("groups.tsv", n + 1, "empty name");
      auto kind = actor_kind_from(f[2]);
      if (!kind || *kind == ActorKind::person || *kind == ActorKind::country)
        return bad("groups.tsv", n + 1, "kind must be armed_group, state_actor or organization, not '" + f[2] + "'");
      if (!valid_country(f[3])) return bad("groups.tsv", n + 1, "bad country code '" + f[3] + "'");
      if (!f[4].empty() && !valid_slug(f[4])) return bad("groups.tsv", n + 1, "bad parent id '" + f[4] + "'");
      if (!valid_qid(f[5])) return bad("groups.tsv", n + 1, "bad Wikidata id '" + f[5] + "'");
      if (f[4] == f[0]) return bad("groups.tsv", n + 1, "'" + f[0] + "' is its own parent");
      std::string id = "actor:" + f[0];
      auto aliases = split_list(f[6]);
      auto tags = split_list(f[7]);
      bool outlet = false;
      for (const auto& t : tags) {
        if (t == "outlet") outlet = true;
        else return bad("groups.tsv", n + 1, "unknown tag '" + t + "'");
      }
      auto it = lex->by_id_.find(id);
      uint32_t idx;
      if (it != lex->by_id_.end()) {
        idx = it->second;
        if (idx >= generated_count)
          return bad("groups.tsv", n + 1, "duplicate id '" + f[0] + "' (first at line " + std::to_string(record_line[idx]) + ")");
        auto& r = records[idx];
        if (r.name != f[1]) {
          r.aliases.push_back(r.name);
          r.name = f[1];
        }
        r.kind = *kind;
        if (!f[3].empty()) r.country = f[3];
        if (!f[4].empty()) r.parent = "actor:" + f[4];
        r.wikidata = f[5];
        r.outlet = outlet;
        r.source = "groups.tsv:" + std::to_string(n + 1);
        record_line[idx] = n + 1;
      } else {
        ActorRecord r;
        r.id = id;
        r.name = f[1];
        r.kind = *kind;
        r.country = f[3];
        if (!f[4].empty()) r.parent = "actor:" + f[4];
        r.wikidata = f[5];
        r.outlet = outlet;
        r.source = "groups.tsv:" + std::to_string(n + 1);
        idx = static_cast<uint32_t>(records.size());
        lex->by_id_[id] = idx;
        records.push_back(std::move(r));
        record_line.push_back(n + 1);
        aliases_to_add.emplace_back();
      }
      auto& r = records[idx];
      // A name with a disambiguating parenthetical ("National Guard (El Salvador)") is not
      // matched as such: without the parenthetical it would be too generic, and with it it
      // never occurs; the row lists the forms that do.
      if (strip_parenthetical(f[1]) == f[1]) aliases_to_add[idx].emplace_back(f[1], false);
      for (const auto& a : aliases) {
        if (std::find(r.aliases.begin(), r.aliases.end(), a) == r.aliases.end() && a != r.name) r.aliases.push_back(a);
        aliases_to_add[idx].emplace_back(a, false);
      }
    }
  }

  // Parents exist, no cycles.
  for (size_t i = 0; i < records.size(); ++i) {
    const auto& r = records[i];
    std::string where = r.source;
    if (!r.parent.empty() && !lex->by_id_.count(r.parent))
      return Status(StatusCode::invalid_input, where + ": unknown parent '" + r.parent.substr(6) + "' of '" + r.id.substr(6) + "'");
    std::string cur = r.parent;
    for (size_t depth = 0; !cur.empty(); ++depth) {
      if (depth > records.size() || cur == r.id)
        return Status(StatusCode::invalid_input, where + ": parent chain of '" + r.id.substr(6) + "' loops");
      cur = records[lex->by_id_.at(cur)].parent;
    }
  }

  for (size_t i = 0; i < records.size(); ++i)
    for (const auto& [alias, generated] : aliases_to_add[i]) lex->impl_->add_alias(static_cast<uint32_t>(i), alias, generated);
  lex->impl_->finish();

  // communities.tsv: id, name, kind, parent, aliases. Names are keyed as actor names are.
  {
    auto& out = lex->communities_;
    auto lines = split(communities_text, '\n');
    std::vector<size_t> line_of;
    for (size_t n = 0; n < lines.size(); ++n) {
      std::string line = lines[n];
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (trim(line).empty() || line[0] == '#') continue;
      auto f = split(line, '\t');
      if (f.size() != 5)
        return bad("communities.tsv", n + 1,
                   "expected 5 tab-separated columns, found " + std::to_string(f.size()));
      CommunityRecord c;
      if (!valid_slug(trim(f[0]))) return bad("communities.tsv", n + 1, "bad id '" + trim(f[0]) + "'");
      c.id = "community:" + trim(f[0]);
      c.name = trim(f[1]);
      c.kind = trim(f[2]);
      if (c.name.empty()) return bad("communities.tsv", n + 1, "empty name");
      if (c.kind != "religious" && c.kind != "ethnic")
        return bad("communities.tsv", n + 1, "kind must be religious or ethnic, not '" + c.kind + "'");
      if (!trim(f[3]).empty()) c.parent = "community:" + trim(f[3]);
      c.aliases = split_list(f[4]);
      const auto idx = static_cast<uint32_t>(out.size());
      for (const std::string& a : c.aliases) {
        const std::string key = name_key(a);
        if (key.empty()) continue;
        auto [it, added] = lex->community_keys_.emplace(key, idx);
        if (!added && it->second != idx)
          return bad("communities.tsv", n + 1, "alias '" + a + "' already names " + out[it->second].id);
      }
      lex->community_keys_.emplace(name_key(c.name), idx);
      out.push_back(std::move(c));
      line_of.push_back(n + 1);
    }
    for (size_t i = 0; i < out.size(); ++i) {
      bool known = out[i].parent.empty();
      for (const auto& o : out) known |= o.id == out[i].parent;
      if (!known) return bad("communities.tsv", line_of[i], "unknown parent '" + out[i].parent + "'");
    }
  }
  return lex;
}

const CommunityRecord* ActorLexicon::community(std::string_view name) const {
  if (communities_.empty()) return nullptr;
  auto it = community_keys_.find(name_key(name));
  return it == community_keys_.end() ? nullptr : &communities_[it->second];
}

// ---------------------------------------------------------------------------------------------

const ActorRecord* ActorLexicon::by_id(std::string_view id) const {
  int i = index_of(id);
  return i < 0 ? nullptr : &records_[i];
}

int ActorLexicon::index_of(std::string_view id) const {
  std::string key = id.starts_with("actor:") ? std::string(id) : "actor:" + std::string(id);
  auto it = by_id_.find(key);
  return it == by_id_.end() ? -1 : static_cast<int>(it->second);
}

std::vector<const ActorRecord*> ActorLexicon::parent_chain(std::string_view id) const {
  std::vector<const ActorRecord*> out;
  const ActorRecord* r = by_id(id);
  while (r && out.size() <= records_.size()) {
    out.push_back(r);
    r = r->parent.empty() ? nullptr : by_id(r->parent);
  }
  return out;
}

bool ActorLexicon::descends_from(std::string_view id, std::string_view ancestor) const {
  const ActorRecord* a = by_id(ancestor);
  if (!a) return false;
  for (const auto* r : parent_chain(id))
    if (r == a) return true;
  return false;
}

std::vector<uint32_t> ActorLexicon::lookup(std::string_view name) const {
  std::vector<Piece> pieces;
  split_pieces(name, 0, pieces);
  std::vector<uint32_t> out;
  if (pieces.empty()) return out;
  auto try_from = [&](size_t first) {
    uint32_t node = 0;
    for (size_t i = first; i < pieces.size(); ++i) {
      uint32_t pid = impl_->piece_id(pieces[i].key);
      if (pid == kNoPiece) return false;
      node = impl_->child(node, pid);
      if (node == 0) return false;
    }
    for (const auto& e : impl_->terminals[node]) out.push_back(e.record);
    return !out.empty();
  };
  if (!try_from(0) && pieces.size() > 1 && pieces[0].key == "the") try_from(1);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

struct DocPiece {
  uint32_t id;     // vocabulary id, kNoPiece, or kBarrier
  Span span;
  uint32_t token;
};

// Inside a hyphenated word a name may follow a prefix ("pro-ISIS", "anti-Taliban") and may be
// followed by a suffix ("ISIS-linked", "Taliban-led"), but "French state-owned" is no match.
bool allowed_prefix(std::string_view k) {
  return k == "pro" || k == "anti" || k == "ex" || k == "non" || k == "post" || k == "pre" || k == "neo";
}
bool allowed_suffix(std::string_view k) {
  static constexpr std::string_view kSuffixes[] = {"led", "backed", "linked", "affiliated", "inspired", "allied",
                                                   "aligned", "based", "style", "related", "run", "controlled",
                                                   "held", "claimed", "supported", "sponsored", "allied",
                                                   "dominated", "leaning", "friendly", "loyal", "type"};
  for (auto s : kSuffixes)
    if (s == k) return true;
  return false;
}

bool starts_upper(std::string_view raw) {
  size_t i = 0;
  while (i < raw.size()) {
    char32_t c = utf8::next(raw, i);
    if (utf8::is_letter(c)) return utf8::is_upper(c);
  }
  return false;
}

bool is_possessive(std::string_view raw) {
  if (raw.empty()) return false;
  size_t i = 0;
  char32_t c = utf8::next(raw, i);
  if (!is_apostrophe(c)) return false;
  std::string_view rest = raw.substr(i);
  return rest.empty() || rest == "s" || rest == "S";
}

}  // namespace

std::vector<ActorMatch> ActorLexicon::match(const Document& doc) const {
  std::vector<ActorMatch> out;
  if (doc.tokens.empty()) return out;
  thread_local std::vector<DocPiece> stream;
  thread_local std::vector<Piece> pieces;
  thread_local std::unordered_map<uint32_t, std::string> inner_keys;  // piece start -> key, hyphenated words
  stream.clear();
  inner_keys.clear();
  const std::string_view text = doc.text;
  // A line break is a barrier unless it only wraps a line of running text ("the Federal\nReserve").
  const std::vector<uint8_t> soft = soft_line_wraps(doc);
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    std::string_view raw = text.substr(tok.span.start, tok.span.size());
    if (tok.has(kTokNewlineBefore) && !(t < soft.size() && soft[t])) stream.push_back({kBarrier, {}, t});
    if (is_possessive(raw)) continue;  // transparent: "Pakistan 's army" = "Pakistan army"
    if (!tok.has(kTokWord) && !tok.has(kTokNumber)) {
      stream.push_back({kBarrier, {}, t});
      continue;
    }
    pieces.clear();
    split_pieces(raw, tok.span.start, pieces);
    for (auto& p : pieces) stream.push_back({impl_->piece_id(p.key), p.span, t});
    // Remember the keys of pieces inside hyphenated words for the boundary rule.
    if (pieces.size() > 1)
      for (size_t k = 0; k < pieces.size(); ++k) inner_keys.emplace(pieces[k].span.start, pieces[k].key);
  }

  // Documents written in one case (wire copy in capitals, lower-cased corpora) carry no case
  // signal: there, exact pieces compare case-insensitively, except two-letter ones ("IS",
  // "AQ") which would match ordinary words.
  uint32_t upper = 0, lower = 0;
  for (size_t k = 0; k < text.size() && upper + lower < 20000; ++k) {
    char ch = text[k];
    if (ch >= 'A' && ch <= 'Z') ++upper;
    else if (ch >= 'a' && ch <= 'z') ++lower;
  }
  const bool caseless = upper + lower > 200 && (upper * 10 > (upper + lower) * 8 || upper * 100 < (upper + lower));
  auto fold_eq = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k) {
      char x = a[k], y = b[k];
      if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
      if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
      if (x != y) return false;
    }
    return true;
  };

  auto all_caps_context = [&](uint32_t tok) {
    int caps = 0;
    uint32_t lo = tok >= 3 ? tok - 3 : 0, hi = std::min<uint32_t>(doc.tokens.size(), tok + 4);
    for (uint32_t k = lo; k < hi; ++k)
      if (k != tok && doc.tokens[k].has(kTokAllCaps) && doc.tokens[k].span.size() >= 3) ++caps;
    return caps >= 3;
  };

  auto entry_ok = [&](const Entry& e, size_t first) {
    for (size_t k = 0; k < e.rules.size(); ++k) {
      const auto& rule = e.rules[k];
      if (rule.rule == CaseRule::any) continue;
      const DocPiece& p = stream[first + k];
      std::string_view raw = text.substr(p.span.start, p.span.size());
      if (caseless) {
        if (rule.rule == CaseRule::exact && rule.letters.size() <= 2 && e.rules.size() == 1) return false;
        if (rule.rule == CaseRule::exact && !fold_eq(raw_letters(raw), rule.letters)) return false;
        continue;
      }
      if (rule.rule == CaseRule::capitalized) {
        if (!starts_upper(raw)) return false;
      } else {
        if (raw_letters(raw) != rule.letters) return false;
      }
    }
    if (!caseless && e.short_acronym && all_caps_context(stream[first].token)) return false;
    return true;
  };

  size_t i = 0;
  std::vector<uint32_t> cands;
  while (i < stream.size()) {
    if (stream[i].id >= kBarrier) {
      ++i;
      continue;
    }
    uint32_t node = 0;
    size_t best_end = 0;
    std::vector<uint32_t> best;
    bool best_acronym = false;
    for (size_t j = i; j < stream.size(); ++j) {
      uint32_t pid = stream[j].id;
      if (pid >= kBarrier) break;
      node = impl_->child(node, pid);
      if (node == 0) break;
      const auto& list = impl_->terminals[node];
      if (list.empty()) continue;
      cands.clear();
      bool acr = false;
      for (const auto& e : list)
        if (entry_ok(e, i)) {
          cands.push_back(e.record);
          acr |= e.acronym;
        }
      // Start and end on a word boundary, or next to an allowed prefix/suffix.
      if (!cands.empty() && i > 0 && stream[i - 1].token == stream[i].token && stream[i - 1].id != kBarrier) {
        auto it = inner_keys.find(stream[i - 1].span.start);
        if (it == inner_keys.end() || !allowed_prefix(it->second)) cands.clear();
      }
      if (!cands.empty() && j + 1 < stream.size() && stream[j + 1].token == stream[j].token &&
          stream[j + 1].id != kBarrier) {
        auto it = inner_keys.find(stream[j + 1].span.start);
        if (it == inner_keys.end() || !allowed_suffix(it->second)) cands.clear();
      }
      if (!cands.empty()) {
        best_end = j + 1;
        best = cands;
        best_acronym = acr;
      }
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    std::sort(best.begin(), best.end());
    best.erase(std::unique(best.begin(), best.end()), best.end());
    ActorMatch m;
    m.span = {stream[i].span.start, stream[best_end - 1].span.end};
    m.first_token = stream[i].token;
    m.end_token = stream[best_end - 1].token + 1;
    m.candidates = std::move(best);
    m.acronym = best_acronym;
    out.push_back(std::move(m));
    i = best_end;
  }
  return out;
}

}  // namespace dossier
