// How the layout analysis works.
//
// 1. Each paragraph is looked at alone: widget line? byline? photo credit?
//    caption (a paragraph whose last sentence or trailing parenthesis is a
//    credit)? stand-alone date line (only date words and numbers)? source credit
//    ("(Reuters, AFP)")? stand-alone dateline ("KARACHI, Pakistan")? navigation
//    line ("Home ... <title>")? The HTML hint, when there is one, decides
//    headings, captions and title blocks.
// 2. Zones. An end marker ("Related Articles", "Leave a Comment") after the
//    article started closes it: everything from there is trailer. The header
//    zone runs up to the last byline/date/credit line met before the first
//    unexplained prose paragraph, or up to a paragraph that opens with a
//    dateline ("ISLAMABAD—..."), the classic start of a news story; lines in it
//    that are not body-like prose are header, and notice cues there make a site
//    notice. After the last prose paragraph, short lines are trailer.
// 3. Metadata: authors only from bylines; publishers from bylines and source
//    credits, and from photo credits only when nothing else names one; the
//    title from the first short line when none is known; the dateline text
//    from the first dateline.
#include "ingest/layout.h"

#include <algorithm>

#include "core/utf8.h"
#include "ingest/boilerplate.h"

namespace dossier::ingest {

std::string_view to_string(ParagraphKind k) {
  switch (k) {
    case ParagraphKind::body: return "body";
    case ParagraphKind::title: return "title";
    case ParagraphKind::nav: return "nav";
    case ParagraphKind::byline: return "byline";
    case ParagraphKind::dateline: return "dateline";
    case ParagraphKind::date_line: return "date_line";
    case ParagraphKind::caption: return "caption";
    case ParagraphKind::credit: return "credit";
    case ParagraphKind::source: return "source";
    case ParagraphKind::notice: return "notice";
    case ParagraphKind::widget: return "widget";
    case ParagraphKind::header: return "header";
    case ParagraphKind::trailer: return "trailer";
  }
  return "body";
}

namespace {

bool is_space_cp(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || utf8::is_space(c); }

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t i = b;
    char32_t c = utf8::next(s, i);
    if (!is_space_cp(c)) break;
    b = i;
  }
  while (e > b) {
    size_t i = e;
    char32_t c = utf8::prev(s, i);
    if (!is_space_cp(c)) break;
    e = i;
  }
  return s.substr(b, e - b);
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0, start = std::string_view::npos;
  while (i < s.size()) {
    size_t at = i;
    char32_t c = utf8::next(s, i);
    if (is_space_cp(c)) {
      if (start != std::string_view::npos) out.push_back(s.substr(start, at - start));
      start = std::string_view::npos;
    } else if (start == std::string_view::npos) {
      start = at;
    }
  }
  if (start != std::string_view::npos) out.push_back(s.substr(start));
  return out;
}

// Number of white-space separated words, counting at most `cap`.
size_t count_words(std::string_view s, size_t cap) {
  size_t n = 0;
  bool in = false;
  for (size_t i = 0; i < s.size() && n <= cap;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool space;
    if (c < 0x80) {
      space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      ++i;
    } else {
      space = is_space_cp(utf8::next(s, i));
    }
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

char32_t first_cp(std::string_view s) {
  size_t i = 0;
  return s.empty() ? 0 : utf8::next(s, i);
}
char32_t last_cp(std::string_view s) {
  size_t i = s.size();
  return s.empty() ? 0 : utf8::prev(s, i);
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_connector(std::string_view w) {
  static const char* kConnectors[] = {"bin", "bint", "ibn", "al", "el", "ul", "ud", "e", "de", "da", "di", "del",
                                      "van", "von", "der", "den", "la", "le", "du", "dos", "das", "y", "abu", "ben",
                                      "mac", "st", "ter", "zu", "af"};
  for (const char* c : kConnectors)
    if (w == c) return true;
  return false;
}

// A word of a personal name: capitalised ("Saud", "O'Neil", "al-Baghdadi",
// "Jean-Luc") or a name particle ("bin", "van").
bool is_name_word(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  if (w.empty() || has_digit(w)) return false;
  if (is_connector(w)) return true;
  char32_t c = first_cp(w);
  if (utf8::is_upper(c)) return true;
  size_t dash = w.find('-');
  if (dash != std::string_view::npos && dash + 1 < w.size()) return utf8::is_upper(first_cp(w.substr(dash + 1)));
  return false;
}

bool is_allcaps_word(std::string_view w) {
  int letters = 0;
  size_t i = 0;
  while (i < w.size()) {
    char32_t c = utf8::next(w, i);
    if (utf8::is_letter(c)) {
      if (!utf8::is_upper(c)) return false;
      ++letters;
    } else if (c != '.' && c != '\'' && c != '-' && c != 0x2019) {
      return false;
    }
  }
  return letters >= 2;
}

bool is_terminal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == 0x2026 ||
         c == ':' || c == ';' || c == ')' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x061F;
}

// Prose: a real sentence-bearing paragraph, not a label.
bool is_prose(std::string_view p) {
  size_t cps = utf8::count_code_points(p);
  if (cps >= 150) return true;
  return cps >= 50 && is_terminal(last_cp(p));
}

// A short paragraph that reads as one sentence of a story: a capital first, four words or more,
// a full stop, "!" or "?" last (a quote's closing mark after it too), no widget or notice words.
bool is_short_sentence(std::string_view p, std::string_view norm, const BoilerplatePhrases& bp) {
  p = trim(p);
  if (p.empty() || !((p.front() >= 'A' && p.front() <= 'Z') || p.front() == '"')) return false;
  while (p.ends_with("\"") || p.ends_with("\u201D")) p.remove_suffix(p.ends_with("\"") ? 1 : 3);
  if (p.empty() || !(p.back() == '.' || p.back() == '!' || p.back() == '?')) return false;
  if (split_words(norm).size() < 4) return false;
  return !bp.is_widget_line(norm) && !bp.has_notice_cue(norm);
}

bool is_dash_cp(char32_t c) { return c == '-' || utf8::is_dash(c); }

// All words are date words or numbers, and at least one number.
bool is_date_line(std::string_view p) {
  const auto& bp = BoilerplatePhrases::get();
  std::string norm = normalize_phrase(p);
  if (norm.empty()) return false;
  auto words = split_words(norm);
  if (words.size() > 12) return false;
  bool digit = false, month_or_number = false;
  for (auto w : words) {
    if (has_digit(w)) {
      digit = true;
      month_or_number = true;
      continue;
    }
    if (!bp.is_date_word(w)) return false;
  }
  return digit && month_or_number;
}

std::string strip_outer_parens(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = trim(s.substr(1, s.size() - 2));
  return std::string(s);
}

// Splits s on any of the separators (longest first), keeping which separator preceded each part.
struct Part {
  std::string_view text;
  std::string_view sep_before;
};
std::vector<Part> split_on(std::string_view s, const std::vector<std::string_view>& seps) {
  std::vector<Part> out;
  size_t start = 0, i = 0;
  std::string_view prev_sep;
  while (i < s.size()) {
    bool matched = false;
    for (auto sep : seps) {
      if (s.compare(i, sep.size(), sep) == 0) {
        out.push_back({s.substr(start, i - start), prev_sep});
        prev_sep = sep;
        i += sep.size();
        start = i;
        matched = true;
        break;
      }
    }
    if (!matched) ++i;
  }
  out.push_back({s.substr(start), prev_sep});
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    char a = s[i], b = p[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

bool all_date_words(std::string_view norm) {
  const auto& bp = BoilerplatePhrases::get();
  auto words = split_words(norm);
  if (words.empty()) return false;
  for (auto w : words)
    if (!has_digit(w) && !bp.is_date_word(w)) return false;
  return true;
}

bool has_staff_word(std::string_view norm) {
  const auto& bp = BoilerplatePhrases::get();
  for (auto w : split_words(norm))
    if (bp.is_staff_word(w)) return true;
  return false;
}

bool is_person_name(std::string_view part) {
  auto words = split_words(part);
  if (words.empty() || words.size() > 5) return false;
  int caps = 0;
  for (auto w : words) {
    if (!is_name_word(w)) return false;
    if (!is_connector(w)) ++caps;
  }
  return caps >= 1;
}

bool is_short_caps_phrase(std::string_view part, size_t max_words) {
  auto words = split_words(part);
  if (words.empty() || words.size() > max_words) return false;
  for (auto w : words)
    if (!is_name_word(w) && w != "The" && w != "of" && w != "&" && !is_allcaps_word(w)) return false;
  return true;
}

std::string agency_of(std::string_view text) {
  const auto& bp = BoilerplatePhrases::get();
  std::string norm = normalize_phrase(text);
  std::string name = bp.agency_name(norm);
  if (!name.empty()) return name;
  // "AP Photo", "AFP photo", "Reuters Pictures": an agency followed by a credit word.
  size_t sp = norm.rfind(' ');
  if (sp != std::string::npos && bp.is_credit_prefix(norm.substr(sp + 1))) return bp.agency_name(norm.substr(0, sp));
  return {};
}

}  // namespace

bool parse_byline(std::string_view line, Byline* out) {
  std::string_view s = trim(line);
  if (!s.empty() && s.front() == '(' && s.back() == ')') s = trim(s.substr(1, s.size() - 2));
  static const std::string_view kPrefixes[] = {"by ", "written by ", "reported by ", "words by ", "story by ",
                                               "text by ", "report by "};
  std::string_view rest;
  for (auto p : kPrefixes)
    if (starts_with_ci(s, p)) {
      rest = trim(s.substr(p.size()));
      break;
    }
  if (rest.empty()) return false;
  if (split_words(rest).size() > 14) return false;
  const auto& bp = BoilerplatePhrases::get();
  Byline b;
  bool staff = false;
  static const std::vector<std::string_view> kSeps = {" and ", " And ", " AND ", " & ", " | ", "|", " – ", " — ",
                                                      " - ", "—", "–", ", ", ",", ";", " / ", "·", "•",
                                                      " for ", " in ", " at "};
  for (const Part& part : split_on(rest, kSeps)) {
    std::string_view t = trim(part.text);
    while (!t.empty() && (t.back() == '.' || t.back() == ':')) t = trim(t.substr(0, t.size() - 1));
    if (t.empty()) continue;
    std::string norm = normalize_phrase(t);
    if (norm.empty()) continue;
    if (part.sep_before == " in " || part.sep_before == " at ") continue;  // a place: "By A in Kabul"
    if (bp.is_agency(norm)) {
      b.publishers.push_back(bp.agency_name(norm));
    } else if (all_date_words(norm)) {
      if (b.authors.empty() && b.publishers.empty() && !has_digit(norm)) return false;  // "By Monday ..."
      continue;
    } else if (has_staff_word(norm)) {
      staff = true;
      continue;  // "Staff Reporter", "Our Correspondent", "Web Desk"
    } else if ((part.sep_before == " | " || part.sep_before == "|" || part.sep_before == " for ") &&
               is_short_caps_phrase(t, 6)) {
      b.publishers.emplace_back(t);
    } else if (is_person_name(t)) {
      b.authors.emplace_back(t);
    } else {
      return false;
    }
  }
  if (b.authors.empty() && b.publishers.empty() && !staff) return false;
  if (out) *out = std::move(b);
  return true;
}

bool parse_credit(std::string_view line, std::string* agency) {
  const auto& bp = BoilerplatePhrases::get();
  std::string s = strip_outer_parens(line);
  std::string_view v = trim(s);
  if (v.empty() || split_words(v).size() > 9) return false;
  std::string found;
  bool ok = false;
  // "Photo: Name", "Photo by Name", "Image credit: X/Y"
  size_t colon = v.find(':');
  if (colon != std::string_view::npos && colon > 0) {
    std::string left = normalize_phrase(v.substr(0, colon));
    if (bp.is_credit_prefix(left)) {
      ok = true;
      std::string_view right = trim(v.substr(colon + 1));
      for (const Part& p : split_on(right, {"/", " via ", ", "})) {
        std::string a = agency_of(p.text);
        if (!a.empty()) found = a;
      }
    }
  }
  if (!ok) {
    std::string norm = normalize_phrase(v);
    for (std::string_view pre : {std::string_view("photo by "), std::string_view("photograph by "),
                                 std::string_view("image by "), std::string_view("pictured by ")})
      if (norm.compare(0, pre.size(), pre) == 0) ok = true;
    if (norm == "getty images" || norm == "file photo" || norm == "file image") ok = true;
  }
  if (!ok) {
    // "AGENCY/Name", "Name/AGENCY", "AFP/Getty Images"
    size_t slash = v.find('/');
    if (slash != std::string_view::npos && v.find("://") == std::string_view::npos) {
      std::string_view left = trim(v.substr(0, slash)), right = trim(v.substr(slash + 1));
      std::string la = agency_of(left), ra = agency_of(right);
      std::string ln = normalize_phrase(left);
      if (!la.empty() && (is_short_caps_phrase(right, 5) || !ra.empty())) {
        ok = true;
        found = la;
      } else if (bp.is_credit_prefix(ln) && is_short_caps_phrase(right, 5)) {
        ok = true;
      } else if (!ra.empty() && is_short_caps_phrase(left, 4)) {
        ok = true;
        found = ra;
      }
    }
  }
  if (!ok) {
    // "Name—AGENCY", "Name - AFP"
    for (const Part& p : split_on(v, {" — ", " – ", " - ", "—", "–"})) {
      if (p.sep_before.empty()) continue;
      std::string a = agency_of(p.text);
      std::string_view left = trim(v.substr(0, static_cast<size_t>(p.text.data() - v.data())));
      while (!left.empty() && (is_dash_cp(last_cp(left)) || last_cp(left) == ' ')) {
        size_t i = left.size();
        utf8::prev(left, i);
        left = left.substr(0, i);
      }
      if (!a.empty() && is_person_name(left)) {
        ok = true;
        found = a;
      }
    }
  }
  if (ok && agency) *agency = found;
  return ok;
}

namespace {

// Scans a place written in capitals ("DERA ISMAIL KHAN", "ISLAMABAD") or, when
// title_case, in capitalised words; returns its end or npos.
size_t scan_place(std::string_view p, bool title_case) {
  size_t i = 0, end = std::string_view::npos;
  int words = 0;
  while (i < p.size() && words < 5) {
    size_t ws = i;
    // one word
    size_t j = i;
    int letters = 0;
    bool ok = true;
    while (j < p.size()) {
      size_t k = j;
      char32_t c = utf8::next(p, k);
      if (utf8::is_letter(c)) {
        bool upper = utf8::is_upper(c);
        if (!title_case && !upper) { ok = false; break; }
        if (title_case && letters == 0 && !upper) { ok = false; break; }
        ++letters;
      } else if (c == '.' || c == '\'' || c == 0x2019) {
      } else if (c == '-' && letters > 0 && k < p.size() && utf8::is_letter(first_cp(p.substr(k)))) {
      } else {
        break;
      }
      j = k;
    }
    if (!ok || letters == 0) break;
    if (!title_case && letters < 2 && words == 0) break;
    ++words;
    end = j;
    i = j;
    (void)ws;
    if (i < p.size() && p[i] == ' ') {
      // continue only if the next word also qualifies
      ++i;
      continue;
    }
    break;
  }
  return end;
}

// Place and the end of the whole dateline (after date, agency and dash), or npos.
struct DatelineMatch {
  size_t place_end = std::string_view::npos;
  size_t end = std::string_view::npos;
};

DatelineMatch match_dateline(std::string_view p, bool allow_end_of_line) {
  const auto& bp = BoilerplatePhrases::get();
  DatelineMatch m;
  for (int pass = 0; pass < 2; ++pass) {
    bool title_case = pass == 1;
    size_t e = scan_place(p, title_case);
    if (e == std::string_view::npos) continue;
    size_t place_end = e, i = e;
    // ", Country" / ", State" segments, and a date "Oct 26" / "Oct. 26"
    bool saw_paren = false;
    for (int seg = 0; seg < 3; ++seg) {
      if (i + 1 < p.size() && p[i] == ',' && p[i + 1] == ' ') {
        size_t j = i + 2;
        // word run of capitalised words
        size_t k = j;
        std::vector<std::string_view> ws;
        while (k < p.size()) {
          size_t we = k;
          while (we < p.size() && p[we] != ' ' && p[we] != ',' && p[we] != '(' &&
                 !(static_cast<unsigned char>(p[we]) == 0xE2) && p[we] != '-' && p[we] != ':')
            ++we;
          if (we == k) break;
          ws.push_back(p.substr(k, we - k));
          k = we;
          if (k < p.size() && p[k] == ' ' && ws.size() < 4) {
            size_t nk = k + 1;
            if (nk < p.size() && (utf8::is_upper(first_cp(p.substr(nk))) || (p[nk] >= '0' && p[nk] <= '9'))) {
              k = nk;
              continue;
            }
          }
          break;
        }
        if (ws.empty()) break;
        std::string n0 = normalize_phrase(ws[0]);
        if (bp.is_date_word(n0) && ws.size() >= 2 && has_digit(ws[1])) {
          i = k;  // the date; the place stops before it
          break;
        }
        bool caps = std::all_of(ws.begin(), ws.end(), [](std::string_view w) { return is_name_word(w); });
        if (!caps) break;
        place_end = k;
        i = k;
        continue;
      }
      break;
    }
    // " (Reuters)"
    size_t j = i;
    while (j < p.size() && p[j] == ' ') ++j;
    if (j < p.size() && p[j] == '(') {
      size_t close = p.find(')', j);
      if (close != std::string_view::npos && close - j < 40) {
        i = close + 1;
        saw_paren = true;
      }
    }
    if (title_case && !saw_paren) continue;
    j = i;
    while (j < p.size() && p[j] == ' ') ++j;
    if (j >= p.size()) {
      if (allow_end_of_line && !title_case) {
        m.place_end = place_end;
        m.end = p.size();
        return m;
      }
      continue;
    }
    size_t k = j;
    char32_t c = utf8::next(p, k);
    if (is_dash_cp(c) || c == ':') {
      if (k >= p.size()) {
        if (!allow_end_of_line) continue;
      } else {
        char32_t after = first_cp(p.substr(k));
        if (!(after == ' ' || utf8::is_letter(after) || is_dash_cp(after) || utf8::is_quote(after))) continue;
      }
      m.place_end = place_end;
      m.end = k;
      return m;
    }
  }
  return m;
}

}  // namespace

std::string dateline_prefix(std::string_view para) {
  para = trim(para);
  DatelineMatch m = match_dateline(para, false);
  if (m.end == std::string_view::npos) return {};
  std::string_view place = trim(para.substr(0, m.place_end));
  while (!place.empty() && (place.back() == ',' || place.back() == ':')) place.remove_suffix(1);
  return std::string(place);
}

std::vector<Paragraph> split_paragraphs(std::string_view text) {
  std::vector<Paragraph> out;
  auto emit = [&](size_t b, size_t e) {
    std::string_view t = trim(text.substr(b, e - b));
    if (t.empty()) return;
    uint32_t s = static_cast<uint32_t>(t.data() - text.data());
    out.push_back({Span{s, static_cast<uint32_t>(s + t.size())}, ParagraphHint::none, ParagraphKind::body});
  };
  size_t pos = 0;
  while (pos < text.size()) {
    // block: up to a blank line
    size_t b = pos, e = pos;
    size_t line_start = pos;
    std::vector<std::pair<size_t, size_t>> lines;
    while (line_start < text.size()) {
      size_t nl = text.find('\n', line_start);
      size_t le = nl == std::string_view::npos ? text.size() : nl;
      std::string_view line = text.substr(line_start, le - line_start);
      if (trim(line).empty()) {
        if (!lines.empty()) {
          line_start = nl == std::string_view::npos ? text.size() : nl + 1;
          break;
        }
      } else {
        lines.emplace_back(line_start, le);
      }
      line_start = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    pos = line_start;
    if (lines.empty()) continue;
    b = lines.front().first;
    e = lines.back().second;
    if (lines.size() == 1) {
      emit(b, e);
      continue;
    }
    // An indented line starts a paragraph (wire copy). Within each, hard-wrapped prose (every
    // line but the last at least 45 characters) is one paragraph; otherwise each line stands
    // alone (headings, lists, bylines).
    size_t first_line = 0;
    for (size_t li = 1; li <= lines.size(); ++li) {
      bool starts = li == lines.size() || text[lines[li].first] == ' ' || text[lines[li].first] == '\t';
      if (!starts) continue;
      bool wrapped = true;
      for (size_t k = first_line; k + 1 < li; ++k)
        if (lines[k].second - lines[k].first < 45) wrapped = false;
      if (wrapped) {
        emit(lines[first_line].first, lines[li - 1].second);
      } else {
        for (size_t k = first_line; k < li; ++k) emit(lines[k].first, lines[k].second);
      }
      first_line = li;
    }
  }
  return out;
}

void analyse_layout(std::string_view text, std::vector<Paragraph>& paras, DocumentMeta& meta) {
  const auto& bp = BoilerplatePhrases::get();
  const size_t n = paras.size();
  if (n == 0) return;
  std::vector<std::string> norms(n);
  std::vector<bool> prose(n);
  for (size_t i = 0; i < n; ++i) {
    std::string_view p = text.substr(paras[i].span.start, paras[i].span.size());
    // Long paragraphs cannot be widget lines, markers or titles; only the header
    // zone needs their normalised form (notice cues).
    if (i < 12 || p.size() <= 400) norms[i] = normalize_phrase(p);
    else norms[i].assign(1, ' ');  // not computed: never matches a phrase
    prose[i] = is_prose(p);
    paras[i].kind = ParagraphKind::body;
  }
  auto para = [&](size_t i) { return text.substr(paras[i].span.start, paras[i].span.size()); };

  std::vector<std::string> authors, publishers, credit_publishers;
  std::string title_norm = normalize_phrase(meta.title);
  std::string dateline_text;
  size_t dateline_para = n;
  bool title_found = !meta.title.empty();
  std::string found_title;

  // 1. Each paragraph alone.
  for (size_t i = 0; i < n; ++i) {
    std::string_view p = para(i);
    const std::string& norm = norms[i];
    Paragraph& P = paras[i];
    size_t nwords = count_words(p, 64);
    Byline by;
    std::string agency;
    if (norm.empty()) {
      P.kind = ParagraphKind::widget;  // only punctuation / symbols
    } else if (P.hint == ParagraphHint::title) {
      P.kind = ParagraphKind::title;
      if (!title_found && nwords <= 40) {
        found_title = std::string(p);
        title_found = true;
      }
    } else if (!title_norm.empty() && norm == title_norm && i < 8) {
      P.kind = ParagraphKind::title;
    } else if (bp.is_widget_line(norm)) {
      P.kind = ParagraphKind::widget;
    } else if (parse_byline(p, &by)) {
      P.kind = ParagraphKind::byline;
      for (auto& a : by.authors) authors.push_back(a);
      for (auto& a : by.publishers) publishers.push_back(a);
    } else if (P.hint == ParagraphHint::caption) {
      P.kind = ParagraphKind::caption;
      std::string a;
      if (parse_credit(p, &a) && !a.empty()) credit_publishers.push_back(a);
    } else if (nwords <= 9 && parse_credit(p, &agency)) {
      P.kind = ParagraphKind::credit;
      if (!agency.empty()) credit_publishers.push_back(agency);
    } else if (nwords <= 12 && is_date_line(p)) {
      P.kind = ParagraphKind::date_line;
    } else if (!prose[i] || nwords <= 12) {
      // source credit "(Reuters, Al-Akhbar)" / "Reuters" / "— AFP"
      std::string_view s = trim(p);
      bool paren = s.size() > 2 && s.front() == '(' && s.back() == ')';
      std::string inner = paren ? strip_outer_parens(s) : std::string(s);
      std::string_view iv = trim(inner);
      while (!iv.empty() && (is_dash_cp(first_cp(iv)) || iv.front() == ' ')) {
        size_t k = 0;
        utf8::next(iv, k);
        iv = iv.substr(k);
      }
      bool all = !iv.empty(), any_agency = false;
      std::vector<std::string> names;
      for (const Part& part : split_on(iv, {", ", ",", " / ", "/", " and ", " & ", "; "})) {
        std::string_view t = trim(part.text);
        std::string a = agency_of(t);
        if (!a.empty()) {
          any_agency = true;
          names.push_back(a);
        } else if (paren && is_short_caps_phrase(t, 3)) {
          names.emplace_back(t);
        } else {
          all = false;
        }
      }
      if (all && any_agency && nwords <= 8) {
        P.kind = ParagraphKind::source;
        for (auto& a : names) publishers.push_back(a);
      }
    }
    if (P.kind != ParagraphKind::body) continue;
    // caption: ends with a credit (trailing parenthesis or last sentence)
    if (nwords > 3) {
      std::string_view s = trim(p);
      std::string a;
      bool cap = false;
      if (s.back() == ')') {
        size_t open = s.rfind('(');
        if (open != std::string_view::npos && open > 0 && parse_credit(s.substr(open), &a)) cap = true;
      }
      if (!cap) {
        size_t dot = s.rfind(". ");
        if (dot != std::string_view::npos && dot + 2 < s.size() && parse_credit(s.substr(dot + 2), &a)) cap = true;
      }
      if (cap) {
        P.kind = ParagraphKind::caption;
        if (!a.empty()) credit_publishers.push_back(a);
        continue;
      }
    }
    if (P.hint == ParagraphHint::meta && nwords <= 30 && !prose[i]) {
      P.kind = ParagraphKind::header;
      continue;
    }
  }

  // Navigation lines and the title among the first paragraphs.
  for (size_t i = 0; i < std::min<size_t>(n, 4); ++i) {
    if (paras[i].kind != ParagraphKind::body) continue;
    const std::string& norm = norms[i];
    bool nav = false;
    if (norm.rfind("home ", 0) == 0 && split_words(norm).size() >= 3 && !prose[i]) nav = true;
    std::string_view p = para(i);
    int seps = 0;
    for (std::string_view sep : {" » ", " › ", " > ", " / ", " | ", " :: "})
      for (size_t k = p.find(sep); k != std::string_view::npos; k = p.find(sep, k + 1)) ++seps;
    if (seps >= 2 && !prose[i]) nav = true;
    // a line that ends with the next line's text ("Section Section Title" then "Title")
    if (!nav && i + 1 < n && !norms[i + 1].empty() && norm.size() > norms[i + 1].size() + 1 &&
        norm.compare(norm.size() - norms[i + 1].size(), norms[i + 1].size(), norms[i + 1]) == 0 && !prose[i])
      nav = true;
    if (!nav && !title_norm.empty() && norm.size() > title_norm.size() &&
        norm.compare(norm.size() - title_norm.size(), title_norm.size(), title_norm) == 0 && !prose[i])
      nav = true;
    if (nav) paras[i].kind = ParagraphKind::nav;
  }
  if (!title_found && n >= 2) {  // a lone paragraph is the text itself, not a headline
    for (size_t i = 0; i < std::min<size_t>(n - 1, 3); ++i) {
      if (paras[i].kind == ParagraphKind::nav || paras[i].kind == ParagraphKind::widget ||
          paras[i].kind == ParagraphKind::notice)
        continue;
      if (paras[i].kind != ParagraphKind::body) break;
      std::string_view p = para(i);
      size_t nw = split_words(p).size();
      if (nw <= 30 && !(nw > 5 && last_cp(p) == '.') && !bp.has_notice_cue(norms[i])) {
        paras[i].kind = ParagraphKind::title;
        found_title = std::string(p);
        title_found = true;
        title_norm = norms[i];
        // repeats of the title just below
        for (size_t k = i + 1; k < std::min(n, i + 4); ++k)
          if (norms[k] == title_norm) paras[k].kind = ParagraphKind::title;
      }
      break;
    }
  }

  // 2. Zones.
  // First unexplained prose paragraph.
  size_t first_prose = n;
  for (size_t i = 0; i < n; ++i)
    if (paras[i].kind == ParagraphKind::body && prose[i]) {
      first_prose = i;
      break;
    }
  // End markers after the article started.
  for (size_t i = first_prose; i < n; ++i) {
    if (paras[i].kind != ParagraphKind::body && paras[i].kind != ParagraphKind::widget) continue;
    if (bp.is_end_marker(norms[i])) {
      for (size_t k = i; k < n; ++k) paras[k].kind = ParagraphKind::trailer;
      break;
    }
  }
  // Dateline: the first body paragraph among the first few that opens with one.
  {
    size_t unexplained_prose = 0;
    for (size_t i = 0; i < std::min<size_t>(n, 10); ++i) {
      if (paras[i].kind == ParagraphKind::trailer) break;
      if (paras[i].kind != ParagraphKind::body) continue;
      std::string_view p = para(i);
      DatelineMatch m = match_dateline(trim(p), false);
      if (m.end != std::string_view::npos) {
        dateline_text = dateline_prefix(p);
        dateline_para = i;
        break;
      }
      // stand-alone place line before the story ("KARACHI, Pakistan")
      if (!prose[i] && unexplained_prose == 0 && split_words(p).size() <= 6) {
        DatelineMatch s = match_dateline(trim(p), true);
        if (s.end != std::string_view::npos && s.end >= trim(p).size() && i + 1 < n && prose[i + 1]) {
          std::string_view t = trim(p);
          std::string_view place = trim(t.substr(0, s.place_end));
          while (!place.empty() && (place.back() == ',' || place.back() == ':')) place.remove_suffix(1);
          // a single capitalised word must be a real capitals token, not a label like "UPDATE"
          paras[i].kind = ParagraphKind::dateline;
          dateline_text = std::string(place);
          dateline_para = i + 1;
          break;
        }
      }
      if (prose[i] && ++unexplained_prose > 2) break;
    }
  }
  // Header zone end: the last header line (byline, date line, credit ...) met before the
  // first prose paragraph that is not a site notice, or the dateline paragraph.
  size_t header_end = 0;
  for (size_t i = 0; i < std::min<size_t>(n, 12); ++i) {
    ParagraphKind k = paras[i].kind;
    if (k == ParagraphKind::body && prose[i] && !bp.has_notice_cue(norms[i])) break;
    if (k == ParagraphKind::byline || k == ParagraphKind::date_line || k == ParagraphKind::credit ||
        k == ParagraphKind::caption || k == ParagraphKind::dateline || k == ParagraphKind::title ||
        k == ParagraphKind::nav)
      header_end = i + 1;
  }
  if (dateline_para < n) header_end = std::max(header_end, dateline_para);
  for (size_t i = 0; i < header_end && i < n; ++i) {
    if (paras[i].kind != ParagraphKind::body) continue;
    paras[i].kind = bp.has_notice_cue(norms[i]) ? ParagraphKind::notice : ParagraphKind::header;
  }
  // Trailing zone: after the last prose paragraph.
  size_t last_prose = n;
  for (size_t i = n; i-- > 0;)
    if (paras[i].kind == ParagraphKind::body && prose[i]) {
      last_prose = i;
      break;
    }
  if (last_prose < n) {
    // Wire copy ends on short one-sentence paragraphs ("Pakistan rejected the accusation.", "The
    // toll rose to 18 on Monday."): a run of full sentences right after the last prose is the
    // story's, not its trailer.
    while (last_prose + 1 < n && paras[last_prose + 1].kind == ParagraphKind::body &&
           is_short_sentence(text.substr(paras[last_prose + 1].span.start, paras[last_prose + 1].span.size()),
                             norms[last_prose + 1], bp))
      ++last_prose;
    for (size_t i = last_prose + 1; i < n; ++i)
      if (paras[i].kind == ParagraphKind::body) paras[i].kind = ParagraphKind::trailer;
  }

  // 3. Metadata, only where empty.
  auto add_unique = [](std::vector<std::string>& v, const std::string& s) {
    if (s.empty()) return;
    for (const auto& x : v)
      if (normalize_phrase(x) == normalize_phrase(s)) return;
    v.push_back(s);
  };
  if (meta.title.empty() && !found_title.empty()) meta.title = std::string(trim(found_title));
  if (meta.authors.empty())
    for (auto& a : authors) add_unique(meta.authors, a);
  for (auto& a : publishers) add_unique(meta.publisher, a);
  if (meta.publisher.empty())
    for (auto& a : credit_publishers) add_unique(meta.publisher, a);
  if (meta.dateline_text.empty()) meta.dateline_text = dateline_text;
}

std::vector<Span> body_spans(const std::vector<Paragraph>& paras) {
  std::vector<Span> out;
  for (const auto& p : paras)
    if (p.kind == ParagraphKind::body) out.push_back(p.span);
  return out;
}

bool is_furniture(ParagraphKind k) {
  return k == ParagraphKind::widget || k == ParagraphKind::notice || k == ParagraphKind::nav ||
         k == ParagraphKind::trailer;
}

std::vector<Span> furniture_spans(const std::vector<Paragraph>& paras) {
  std::vector<Span> out;
  for (const auto& p : paras)
    if (is_furniture(p.kind)) out.push_back(p.span);
  return out;
}

}  // namespace dossier::ingest
