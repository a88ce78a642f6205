// Loads the phrase lists and answers membership questions on normalised text.
// Lines and end markers are exact matches on the normalised paragraph; prefixes
// and notice cues are matched on whole words; class fragments of up to three
// characters must equal one word of the class/id value (so "ad" does not match
// "header"), longer ones may occur anywhere in it (so "comment" matches "comments-area").
#include "ingest/boilerplate.h"

#include <algorithm>

#include "core/utf8.h"

extern const char kIngestBoilerplatePhrases[];

namespace dossier::ingest {

std::string normalize_phrase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (space && !out.empty()) out += ' ';
        space = false;
        out += static_cast<char>(c);
      } else if (c >= 'A' && c <= 'Z') {
        if (space && !out.empty()) out += ' ';
        space = false;
        out += static_cast<char>(c - 'A' + 'a');
      } else {
        space = true;
      }
      continue;
    }
    char32_t cp = utf8::next(s, i);
    if (utf8::is_letter(cp) || utf8::is_digit(cp)) {
      if (space && !out.empty()) out += ' ';
      space = false;
      utf8::append(out, utf8::to_lower(cp));
    } else {
      space = true;
    }
  }
  return out;
}

namespace {
bool starts_with_words(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p && (s.size() == p.size() || s[p.size()] == ' ');
}
bool contains_words(std::string_view s, std::string_view p) {
  size_t pos = 0;
  while ((pos = s.find(p, pos)) != std::string_view::npos) {
    bool left = pos == 0 || s[pos - 1] == ' ';
    bool right = pos + p.size() == s.size() || s[pos + p.size()] == ' ';
    if (left && right) return true;
    ++pos;
  }
  return false;
}
std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}
}  // namespace

BoilerplatePhrases::BoilerplatePhrases(std::string_view tsv) {
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view kind = line.substr(0, tab), phrase = line.substr(tab + 1);
    std::string norm = normalize_phrase(phrase);
    if (norm.empty() && kind != "prefix") continue;
    ++count_;
    if (kind == "line") lines_.insert(norm);
    else if (kind == "prefix") prefixes_.push_back(norm.empty() ? std::string(phrase) : norm);
    else if (kind == "end") ends_.insert(norm);
    else if (kind == "agency") agencies_.emplace(norm, std::string(phrase));
    else if (kind == "notice") notices_.push_back(norm);
    else if (kind == "staff") staff_.insert(norm);
    else if (kind == "credit") credit_.insert(norm);
    else if (kind == "dateword") date_words_.insert(norm);
    else if (kind == "class_pos") class_pos_.push_back(lower_ascii(phrase));
    else if (kind == "class_neg") class_neg_.push_back(lower_ascii(phrase));
    else if (kind == "class_drop") class_drop_.push_back(lower_ascii(phrase));
    else if (kind == "class_meta") class_meta_.push_back(lower_ascii(phrase));
    else --count_;
  }
}

const BoilerplatePhrases& BoilerplatePhrases::get() {
  static const BoilerplatePhrases kPhrases(kIngestBoilerplatePhrases);
  return kPhrases;
}

bool BoilerplatePhrases::is_widget_line(std::string_view norm) const {
  if (norm.empty()) return false;
  if (lines_.count(std::string(norm))) return true;
  size_t words = static_cast<size_t>(std::count(norm.begin(), norm.end(), ' ')) + 1;
  if (words > 12) return false;
  for (const auto& p : prefixes_)
    if (starts_with_words(norm, p)) return true;
  return false;
}

bool BoilerplatePhrases::is_end_marker(std::string_view norm) const { return ends_.count(std::string(norm)) > 0; }
bool BoilerplatePhrases::is_agency(std::string_view norm) const { return agencies_.count(std::string(norm)) > 0; }
std::string BoilerplatePhrases::agency_name(std::string_view norm) const {
  auto it = agencies_.find(std::string(norm));
  return it == agencies_.end() ? std::string() : it->second;
}
bool BoilerplatePhrases::has_notice_cue(std::string_view norm) const {
  for (const auto& n : notices_)
    if (contains_words(norm, n)) return true;
  return false;
}
bool BoilerplatePhrases::is_staff_word(std::string_view w) const { return staff_.count(std::string(w)) > 0; }
bool BoilerplatePhrases::is_credit_prefix(std::string_view norm) const { return credit_.count(std::string(norm)) > 0; }
bool BoilerplatePhrases::is_date_word(std::string_view w) const { return date_words_.count(std::string(w)) > 0; }

bool BoilerplatePhrases::match_fragments(const std::vector<std::string>& frags, std::string_view attr) const {
  if (attr.empty()) return false;
  std::string a = lower_ascii(attr);
  for (const auto& f : frags) {
    if (f.size() <= 3) {
      // whole word of the class/id value (words split on non-alphanumerics)
      size_t pos = 0;
      while ((pos = a.find(f, pos)) != std::string::npos) {
        auto is_alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
        bool left = pos == 0 || !is_alnum(a[pos - 1]);
        bool right = pos + f.size() >= a.size() || !is_alnum(a[pos + f.size()]);
        if (left && right) return true;
        ++pos;
      }
    } else if (a.find(f) != std::string::npos) {
      return true;
    }
  }
  return false;
}

int BoilerplatePhrases::class_weight(std::string_view attr) const {
  int w = 0;
  if (match_fragments(class_pos_, attr)) w += 1;
  if (match_fragments(class_neg_, attr)) w -= 1;
  return w;
}
bool BoilerplatePhrases::class_pos(std::string_view attr) const { return match_fragments(class_pos_, attr); }
bool BoilerplatePhrases::class_drop(std::string_view attr) const { return match_fragments(class_drop_, attr); }
bool BoilerplatePhrases::class_meta(std::string_view attr) const { return match_fragments(class_meta_, attr); }

}  // namespace dossier::ingest
