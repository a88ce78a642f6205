// Loading the relation pattern files. Both files are line-oriented text so a
// person can add a way of saying "X broke away from Y" without touching code:
//
//   classes.txt   "@name: word word word" (a class may span several lines,
//                 each line adds to it)
//   patterns.txt  "relation_type confidence element element ..."
//
// '#' starts a comment. Words are folded with utf8::fold, as Token::norm is,
// so the files may use any case and curly or straight quotes.
#include "relations/relation_patterns.h"

#include <fstream>
#include <set>
#include <sstream>

#include "core/utf8.h"

namespace dossier {
namespace {

std::vector<std::string> split_ws(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\r') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<std::string> split_bar(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = s.find('|', i);
    out.push_back(s.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) break;
    i = j + 1;
  }
  return out;
}

std::string strip_comment(std::string_view line) {
  size_t h = line.find('#');
  return std::string(h == std::string_view::npos ? line : line.substr(0, h));
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Status parse_element(const std::string& tok, PatternElement& e, const std::string& where) {
  std::string t = tok;
  if (t.size() > 1 && t.back() == '?') {
    e.optional = true;
    t.pop_back();
  }
  if (t.size() > 2 && (t[0] == 'S' || t[0] == 'O' || t[0] == 'P') && t[1] == '=') {
    auto mt = mention_type_from(t.substr(2));
    if (!mt) return Status(StatusCode::invalid_input, where + ": unknown mention type in '" + tok + "'");
    e.mention_type = mt;
    t = t.substr(0, 1);
  }
  if (t.size() == 2 && t[1] == '!' && (t[0] == 'S' || t[0] == 'O' || t[0] == 'P')) {
    e.exact = true;
    t.pop_back();
  }
  if (t == "O^") {
    e.kind = PatternElement::Kind::implicit_object;
    return Status::ok();
  }
  if (t == "S" || t == "O" || t == "P") {
    if (e.optional) return Status(StatusCode::invalid_input, where + ": a slot cannot be optional");
    e.kind = t == "S" ? PatternElement::Kind::subject
             : t == "O" ? PatternElement::Kind::object : PatternElement::Kind::pair;
    return Status::ok();
  }
  if (t == "{") { e.kind = PatternElement::Kind::role_open; return Status::ok(); }
  if (t == "}") { e.kind = PatternElement::Kind::role_close; return Status::ok(); }
  if (t[0] == '~' && t.size() > 1) {
    e.kind = PatternElement::Kind::gap;
    try {
      e.gap = std::stoi(t.substr(1));
    } catch (...) {
      return Status(StatusCode::invalid_input, where + ": bad gap '" + tok + "'");
    }
    if (e.gap < 1 || e.gap > 12) return Status(StatusCode::invalid_input, where + ": gap out of 1..12");
    return Status::ok();
  }
  if (t[0] == '@' && t.size() > 1) {
    e.kind = PatternElement::Kind::word_class;
    e.class_name = t.substr(1);
    return Status::ok();
  }
  e.kind = PatternElement::Kind::word;
  for (const auto& alt : split_bar(t)) {
    if (alt.empty()) return Status(StatusCode::invalid_input, where + ": empty alternative in '" + tok + "'");
    if (alt.size() > 1 && alt.back() == '*')
      e.prefixes.push_back(utf8::fold(alt.substr(0, alt.size() - 1)));
    else
      e.words.push_back(utf8::fold(alt));
  }
  return Status::ok();
}

}  // namespace

Result<RelationPatterns> RelationPatterns::parse(std::string_view classes, std::string_view patterns,
                                                 std::string_view origin) {
  RelationPatterns out;
  std::string o(origin);
  static const char* kReserved[] = {"report", "negation", "hedge", "hedge_to", "boundary", "gapstop", "noskip",
                                    "premod", "prep", "npstop", "npstrip", "det", "rank", "pronoun", "speaker",
                                    "invert", "report_noun", "member_noun", "not_lead", "first_plural"};
  static_assert(sizeof(kReserved) / sizeof(kReserved[0]) == kReservedClasses);
  for (int i = 0; i < kReservedClasses; ++i) out.class_ids_[kReserved[i]] = i;
  std::set<std::string> defined;
  {
    std::istringstream in{std::string(classes)};
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      std::string l = strip_comment(line);
      auto words = split_ws(l);
      if (words.empty()) continue;
      std::string where = o + "/classes.txt:" + std::to_string(n);
      if (words[0].size() < 3 || words[0][0] != '@' || words[0].back() != ':')
        return Status(StatusCode::invalid_input, where + ": expected '@name: words...'");
      std::string name = words[0].substr(1, words[0].size() - 2);
      auto it = out.class_ids_.find(name);
      if (it == out.class_ids_.end()) {
        int id = static_cast<int>(out.class_ids_.size());
        if (id >= 64) return Status(StatusCode::invalid_input, where + ": more than 64 classes");
        it = out.class_ids_.emplace(name, id).first;
      }
      defined.insert(name);
      for (size_t i = 1; i < words.size(); ++i) out.word_mask_[utf8::fold(words[i])] |= uint64_t{1} << it->second;
    }
  }
  {
    std::istringstream in{std::string(patterns)};
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      std::string l = strip_comment(line);
      auto words = split_ws(l);
      if (words.empty()) continue;
      std::string where = o + "/patterns.txt:" + std::to_string(n);
      if (words.size() < 4)
        return Status(StatusCode::invalid_input, where + ": expected 'type confidence elements...'");
      RelationPattern p;
      p.source = where;
      auto type = relation_type_from(words[0]);
      if (!type) return Status(StatusCode::invalid_input, where + ": unknown relation type '" + words[0] + "'");
      p.type = *type;
      try {
        p.confidence = std::stod(words[1]);
      } catch (...) {
        return Status(StatusCode::invalid_input, where + ": bad confidence '" + words[1] + "'");
      }
      if (p.confidence <= 0 || p.confidence > 1)
        return Status(StatusCode::invalid_input, where + ": confidence must be in (0, 1]");
      int subjects = 0, objects = 0, pairs = 0, opens = 0;
      for (size_t i = 2; i < words.size(); ++i) {
        PatternElement e;
        if (Status s = parse_element(words[i], e, where); !s) return s;
        if (e.kind == PatternElement::Kind::word_class) {
          if (!defined.count(e.class_name))
            return Status(StatusCode::invalid_input, where + ": unknown class '@" + e.class_name + "'");
          e.class_id = out.class_ids_.at(e.class_name);
        }
        subjects += e.kind == PatternElement::Kind::subject;
        objects += e.kind == PatternElement::Kind::object || e.kind == PatternElement::Kind::implicit_object;
        p.implicit_object = p.implicit_object || e.kind == PatternElement::Kind::implicit_object;
        pairs += e.kind == PatternElement::Kind::pair;
        opens += e.kind == PatternElement::Kind::role_open;
        p.elements.push_back(std::move(e));
      }
      bool ok = (pairs == 1 && subjects == 0 && objects == 0) || (pairs == 0 && subjects == 1 && objects == 1);
      if (!ok) return Status(StatusCode::invalid_input, where + ": need one S and one O, or one P");
      if (p.implicit_object && p.elements.back().kind != PatternElement::Kind::implicit_object)
        return Status(StatusCode::invalid_input, where + ": O^ must be the last element");
      if (opens > 1) return Status(StatusCode::invalid_input, where + ": at most one { } role");
      out.patterns_.push_back(std::move(p));
    }
  }
  return out;
}

Result<RelationPatterns> RelationPatterns::load(const std::string& dir) {
  auto classes = read_file(dir + "/classes.txt");
  if (!classes) return classes.status();
  auto patterns = read_file(dir + "/patterns.txt");
  if (!patterns) return patterns.status();
  return parse(*classes, *patterns, dir);
}

bool RelationPatterns::in_class(std::string_view name, std::string_view norm) const {
  auto it = class_ids_.find(name);
  return it != class_ids_.end() && ((mask_of(norm) >> it->second) & 1);
}

int RelationPatterns::anchor(const RelationPattern& p) {
  for (size_t i = 0; i < p.elements.size(); ++i) {
    const auto& e = p.elements[i];
    if (e.optional) continue;
    if (e.kind == PatternElement::Kind::word || e.kind == PatternElement::Kind::word_class) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace dossier
