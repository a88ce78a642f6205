// How the HTML extraction works (readability-style, with our own weights).
//
// One walk over the gumbo tree records every element (parent, tag, class/id
// hint weight, hidden/drop flags) and cuts the visible text into blocks: a
// block is the inline text between two block-level boundaries (p, div, li, h2,
// td, br ...), owned by its nearest block-level element, with the share of its
// text inside links. Subtree text and link lengths are summed bottom-up.
//
// Content scoring: every block of 25+ bytes that is not mostly links adds
// 1 + commas + min(len/100, 3) to its container (the parent of a p/li/h*, or the
// owner itself for text sitting directly in a div/td), half of that to the next
// ancestor, and a third-per-level to three more. A candidate starts from a tag
// prior and +/-25 per class/id hint (resources/boilerplate, class_pos/class_neg),
// and its final score is scaled by (1 - link density). The best candidate is
// lifted to a common ancestor when three or more near-best candidates share one,
// and to its parent while the parent holds no other text; then its siblings join
// when they score well enough, or are link-poor paragraphs.
//
// Cleaning inside the chosen content: subtrees with drop hints (share, related,
// comments ...) never count; lists, tables and divs that are link-heavy or
// negatively hinted, or have more list items than paragraphs with few commas,
// are removed; so are blocks that are mostly link text. Headings (h2-h6),
// captions (figcaption, class "caption"/"credit"), meta blocks (byline/date
// classes, <header>, <time>) and the h1 title are kept with a hint so the layout
// analysis can classify them (they are text, not body).
#include "ingest/html.h"

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <unordered_map>

#include "core/utf8.h"
#include "ingest/boilerplate.h"

namespace dossier::ingest {

// ---------------------------------------------------------------------------
// Charset

std::string cp1252_to_utf8(std::string_view bytes) {
  static const char32_t k80[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                   0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0xA0) utf8::append(out, k80[c - 0x80]);
    else utf8::append(out, c);
  }
  return out;
}

namespace {

std::string lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return o;
}

std::string sniff_charset(std::string_view bytes) {
  std::string head = lower(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("charset", pos)) != std::string::npos) {
    size_t i = pos + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
    size_t j = i;
    while (j < head.size() && (isalnum(static_cast<unsigned char>(head[j])) || head[j] == '-' || head[j] == '_'))
      ++j;
    if (j > i && head.compare(pos - 1, 1, "-") != 0) return head.substr(i, j - i);
    pos = j;
  }
  return {};
}

bool is_latin_charset(std::string_view cs) {
  return cs == "windows-1252" || cs == "cp1252" || cs == "iso-8859-1" || cs == "iso8859-1" || cs == "latin1" ||
         cs == "latin-1" || cs == "us-ascii" || cs == "ascii" || cs == "iso-8859-15" || cs == "x-cp1252" ||
         cs == "l1";
}

}  // namespace

Result<std::string> html_to_utf8(std::string_view path, std::string_view bytes, std::string_view declared) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string cs = lower(declared);
  if (cs.empty()) cs = sniff_charset(bytes);
  auto bad = utf8::first_invalid(bytes);
  if (!bad) return std::string(bytes);
  if (is_latin_charset(cs) || cs.empty()) return cp1252_to_utf8(bytes);
  if (cs == "utf-8" || cs == "utf8")
    return Status(StatusCode::invalid_input, std::string(path) + ": byte " + std::to_string(*bad) +
                                                 ": invalid UTF-8 in a page declared as UTF-8");
  return Status(StatusCode::unsupported,
                std::string(path) + ": charset '" + cs + "' is not supported (only UTF-8 and windows-1252/latin-1)");
}

// ---------------------------------------------------------------------------
// Entities (for feeds; gumbo decodes them in HTML)

std::string decode_entities(std::string_view s) {
  static const std::unordered_map<std::string, char32_t> kNamed = {
      {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
      {"nbsp", 0xA0},     {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
      {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"hellip", 0x2026}, {"copy", 0xA9},    {"reg", 0xAE},
      {"laquo", 0xAB},    {"raquo", 0xBB},    {"eacute", 0xE9},   {"egrave", 0xE8},  {"aacute", 0xE1},
      {"uuml", 0xFC},     {"ouml", 0xF6},     {"auml", 0xE4},     {"ccedil", 0xE7},  {"bull", 0x2022},
      {"middot", 0xB7},   {"deg", 0xB0},      {"times", 0xD7},    {"euro", 0x20AC},  {"pound", 0xA3},
      {"iacute", 0xED},   {"oacute", 0xF3},   {"uacute", 0xFA},   {"ntilde", 0xF1},  {"szlig", 0xDF},
  };
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 12) {
      out += s[i++];
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (!name.empty() && name[0] == '#') {
      unsigned long v = 0;
      bool ok = name.size() > 1;
      if (name.size() > 1 && (name[1] == 'x' || name[1] == 'X')) {
        ok = name.size() > 2;
        for (size_t k = 2; k < name.size() && ok; ++k) {
          char c = name[k];
          int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
          if (d < 0) ok = false;
          else v = v * 16 + static_cast<unsigned long>(d);
        }
      } else {
        for (size_t k = 1; k < name.size() && ok; ++k) {
          if (name[k] < '0' || name[k] > '9') ok = false;
          else v = v * 10 + static_cast<unsigned long>(name[k] - '0');
        }
      }
      if (ok && v > 0 && v < 0x110000 && !(v >= 0xD800 && v < 0xE000)) cp = static_cast<char32_t>(v);
      if (ok && v >= 0x80 && v < 0xA0) {
        size_t k = 0;
        std::string one = cp1252_to_utf8(std::string(1, static_cast<char>(v)));
        cp = utf8::next(one, k);
      }
    } else {
      auto it = kNamed.find(std::string(name));
      if (it != kNamed.end()) cp = it->second;
    }
    if (cp == 0) {
      out += s[i++];
      continue;
    }
    utf8::append(out, cp);
    i = semi + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Dates

namespace {

bool plausible_date(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::optional<Date> make_date(int y, int m, int d) {
  if (!plausible_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A run of digits at i (at most `max` of them, not part of a longer run); its
// value and length, or length 0.
std::pair<int, size_t> number_at(std::string_view s, size_t i, size_t max) {
  if (i >= s.size() || !is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) return {0, 0};
  size_t j = i;
  int v = 0;
  while (j < s.size() && is_digit(s[j])) {
    if (j - i == max) return {0, 0};
    v = v * 10 + (s[j++] - '0');
  }
  return {v, j - i};
}

// An English month name or its abbreviation ("Nov", "Nov.", "Sept") starting a
// word at i: the month and the length consumed, or {0, 0}.
std::pair<int, size_t> month_at(std::string_view s, size_t i) {
  static const char* kFull[] = {"january", "february", "march",     "april",   "may",      "june",
                                "july",    "august",   "september", "october", "november", "december"};
  if (i >= s.size() || !is_alpha(s[i]) || (i > 0 && is_alpha(s[i - 1]))) return {0, 0};
  size_t j = i;
  while (j < s.size() && is_alpha(s[j])) ++j;
  std::string w = lower(s.substr(i, j - i));
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kFull[m];
    bool ok = w == full || (w.size() == 3 && full.substr(0, 3) == w) || (m == 8 && w == "sept");
    if (!ok) continue;
    if (w.size() < full.size() && j < s.size() && s[j] == '.') ++j;
    return {m + 1, j - i};
  }
  return {0, 0};
}

// The length of an ordinal suffix at k ("3rd", "20th"): 2, or 0.
size_t ordinal_suffix(std::string_view s, size_t k) {
  std::string_view x = s.substr(std::min(k, s.size()), 2);
  return x == "st" || x == "nd" || x == "rd" || x == "th" ? 2 : 0;
}

size_t skip_sep(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t' || s[i] == '\n')) ++i;
  return i;
}

// "Nov 20, 2019", "November 20th 2019", "20 November 2019", "20 Nov. 2019",
// "2019-11-20", "2019/11/20", "2019.11.20", "20.11.2019" (day first with dots, as
// written in most of Europe) anywhere in a short string: the first one found.
// Slashed day/month orders are ambiguous and left alone.
std::optional<Date> scan_written_date(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (auto [m, ml] = month_at(s, i); m) {  // Month D, YYYY
      size_t j = skip_sep(s, i + ml);
      auto [d, dl] = number_at(s, j, 2);
      if (dl) {
        size_t k = j + dl;
        k += ordinal_suffix(s, k);
        if (k < s.size() && (s[k] == ',' || s[k] == ' ')) {
          auto [y, yl] = number_at(s, skip_sep(s, k), 4);
          if (yl == 4)
            if (auto date = make_date(y, m, d)) return date;
        }
      }
      i += ml - 1;
      continue;
    }
    auto [a, al] = number_at(s, i, 4);
    if (!al) {  // not a digit, or a run of five or more: skip it whole
      while (i + 1 < s.size() && is_digit(s[i]) && is_digit(s[i + 1])) ++i;
      continue;
    }
    size_t j = i + al;
    if (al == 4 && j + 1 < s.size() && (s[j] == '-' || s[j] == '/' || s[j] == '.')) {  // YYYY-MM-DD
      auto [m, ml] = number_at(s, j + 1, 2);
      size_t k = j + 1 + ml;
      if (ml && k + 1 < s.size() && s[k] == s[j]) {
        auto [d, dl] = number_at(s, k + 1, 2);
        if (dl)
          if (auto date = make_date(a, m, d)) return date;
      }
    } else if (al <= 2 && j + 1 < s.size() && s[j] == '.') {  // DD.MM.YYYY
      auto [m, ml] = number_at(s, j + 1, 2);
      size_t k = j + 1 + ml;
      if (ml && k + 1 < s.size() && s[k] == '.') {
        auto [y, yl] = number_at(s, k + 1, 4);
        if (yl == 4)
          if (auto date = make_date(y, m, a)) return date;
      }
    } else if (al <= 2) {  // D Month YYYY
      size_t k = j;
      k += ordinal_suffix(s, k);
      k = skip_sep(s, k);
      if (s.substr(k, 3) == "of ") k += 3;
      auto [m, ml] = month_at(s, k);
      if (m) {
        size_t at = skip_sep(s, k + ml);
        auto [y, yl] = number_at(s, at, 4);
        // RFC 822 allows a two-digit year ("Wed, 26 Oct 16 08:00:00 GMT").
        if (yl == 2 && (at + 2 == s.size() || s[at + 2] == ' ')) {
          y += y < 50 ? 2000 : 1900;
          yl = 4;
        }
        if (yl == 4)
          if (auto date = make_date(y, m, a)) return date;
      }
    }
    i = j - 1;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Date> parse_metadata_date(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  if (s.size() > 200) s = s.substr(0, 200);
  // Machine forms first: ISO 8601 at the start ("2016-10-26T08:00:00+05:00").
  if (s.size() >= 10 && is_digit(s[0]) && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4]) {
    auto [y, yl] = number_at(s, 0, 4);
    auto [m, ml] = number_at(s, 5, 2);
    auto [d, dl] = number_at(s, 8, 2);
    if (yl == 4 && ml == 2 && dl == 2) return make_date(y, m, d);
  }
  return scan_written_date(s);
}

// ---------------------------------------------------------------------------
// Extraction

namespace {

struct Elem {
  const GumboNode* node = nullptr;
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  int weight = 0;             // class/id hint: -1, 0, +1
  bool drop_hint = false;     // class/id says "remove"
  bool pos_hint = false;      // class/id says "content"
  bool meta_hint = false, caption_hint = false;
  bool dropped = false;       // effective (inherited)
  uint32_t text_len = 0, link_len = 0;  // subtree
  uint32_t own_text = 0, own_link = 0;
  uint32_t commas = 0;
  uint16_t p_count = 0, li_count = 0, img_count = 0, input_count = 0;
  double score = 0;
  bool scored = false;
};

struct Block {
  int owner = -1;
  std::string text;
  uint32_t link_len = 0;
};

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML: case GUMBO_TAG_TIME:
      return true;
    default:
      return false;
  }
}

bool is_skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_TITLE: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Text directly in these is a paragraph; its container is the parent.
bool is_paragraph_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_TIME: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

int tag_prior(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_SECTION: return 3;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: case GUMBO_TAG_HEADER: return -5;
    default: return 0;
  }
}

const char* attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool is_hidden(const GumboNode* n) {
  if (attr(n, "hidden")) return true;
  const char* aria = attr(n, "aria-hidden");
  if (aria && std::strcmp(aria, "true") == 0) return true;
  const char* style = attr(n, "style");
  if (style) {
    std::string s = lower(style);
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos)
      return true;
  }
  return false;
}

uint32_t count_commas(std::string_view s) {
  uint32_t c = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++c;
    else if (static_cast<unsigned char>(s[i]) >= 0xD0) {
      // ，(EF BC 8C) 、(E3 80 81) ، (D8 8C)
      if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0 ||
          s.compare(i, 2, "\xD8\x8C") == 0)
        ++c;
    }
  }
  return c;
}

std::string collapse_ws(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {  // NBSP
      space = true;
      i += 2;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
    ++i;
  }
  return out;
}

// A site's own metadata key for its publication date ("sn-post-date",
// "article_date_original", "publication-date"), not one for a change or expiry.
bool loose_date_key(std::string_view k) {
  auto has = [&](std::string_view w) { return k.find(w) != std::string_view::npos; };
  if (!has("date") && !has("publish") && !has("pubtime") && !has("posted")) return false;
  for (std::string_view no : {"modif", "updat", "expir", "revis", "edit", "valid", "birth", "start", "end",
                              "event", "crawl", "index", "last", "change"})
    if (has(no)) return false;
  return true;
}

// The part of a date line that tells when the page was published: from "Published" or
// "Posted" on ("Updated: Nov 21, 2019 | Published: Nov 20, 2019"); nothing from a line that
// only says when it was updated; else the whole line.
std::string publication_part(const std::string& line) {
  std::string l = lower(line);
  for (std::string_view cue : {"published", "posted", "first publish"})
    if (size_t at = l.find(cue); at != std::string::npos) return line.substr(at);
  for (std::string_view cue : {"updated", "modified", "edited", "last update"})
    if (l.find(cue) != std::string::npos) return {};
  return line;
}

// The text under a node (scripts and styles left out), at most about max bytes.
std::string node_text(const GumboNode* n, size_t max) {
  std::string out;
  std::function<void(const GumboNode*)> visit = [&](const GumboNode* x) {
    if (out.size() >= max) return;
    if (x->type == GUMBO_NODE_TEXT || x->type == GUMBO_NODE_WHITESPACE) {
      out += x->v.text.text;
      return;
    }
    if (x->type != GUMBO_NODE_ELEMENT) return;
    if (x->v.element.tag == GUMBO_TAG_SCRIPT || x->v.element.tag == GUMBO_TAG_STYLE) return;
    out += ' ';
    for (unsigned i = 0; i < x->v.element.children.length; ++i)
      visit(static_cast<const GumboNode*>(x->v.element.children.data[i]));
  };
  visit(n);
  return out;
}

class Extractor {
 public:
  explicit Extractor(const GumboOutput* out) : out_(out) {}

  HtmlExtraction run(bool keep_all) {
    HtmlExtraction res;
    collect_head_meta(out_->root, res.meta);
    walk(out_->root, -1, false);
    flush(-1);
    finish_counts();
    std::vector<bool> include(elems_.size(), keep_all);
    if (!keep_all) choose_content(include);
    std::vector<bool> cleaned(elems_.size(), false);
    if (!keep_all) clean(include, cleaned);
    for (const Block& b : blocks_) {
      if (b.owner < 0) continue;
      const Elem& o = elems_[b.owner];
      if (o.dropped && !keep_all) continue;
      if (!include[b.owner] || cleaned[b.owner]) continue;
      std::string text = collapse_ws(b.text);
      if (text.empty()) continue;
      double ld = b.text.empty() ? 0 : static_cast<double>(b.link_len) / static_cast<double>(b.text.size());
      ParagraphHint hint = hint_of(b.owner);
      if (!keep_all && ld > 0.5 && hint != ParagraphHint::title) continue;
      res.blocks.push_back({std::move(text), hint});
    }
    if (res.meta.published == std::nullopt)
      res.meta.published = page_date(include, &res.meta.published_in_text);
    return res;
  }

 private:
  ParagraphHint hint_of(int e) const {
    for (int i = e; i >= 0; i = elems_[i].parent) {
      GumboTag t = elems_[i].tag;
      if (t == GUMBO_TAG_H1) return ParagraphHint::title;
      if (t == GUMBO_TAG_FIGCAPTION || t == GUMBO_TAG_FIGURE || elems_[i].caption_hint) return ParagraphHint::caption;
      if (t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6)
        return ParagraphHint::heading;
      if (elems_[i].meta_hint || t == GUMBO_TAG_HEADER || t == GUMBO_TAG_TIME || t == GUMBO_TAG_ADDRESS)
        return ParagraphHint::meta;
      if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_BODY) break;
      if (elems_[i].text_len > 400) break;  // a big container: its hints say little about this block
    }
    return ParagraphHint::none;
  }

  void flush(int owner) {
    if (!cur_.text.empty()) {
      bool blank = std::all_of(cur_.text.begin(), cur_.text.end(),
                               [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
      if (!blank) {
        cur_.owner = owner;
        blocks_.push_back(std::move(cur_));
      }
    }
    cur_ = Block{};
  }

  void walk(const GumboNode* n, int parent, bool in_link) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      if (block_owner_ < 0) return;
      std::string_view t = n->v.text.text;
      cur_.text += t;
      if (n->type != GUMBO_NODE_WHITESPACE) {
        uint32_t len = static_cast<uint32_t>(t.size());
        int owner = parent >= 0 ? parent : block_owner_;
        elems_[owner].own_text += len;
        elems_[owner].commas += count_commas(t);
        if (in_link) {
          cur_.link_len += len;
          elems_[owner].own_link += len;
        }
      }
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT && n->type != GUMBO_NODE_TEMPLATE) return;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      for (unsigned i = 0; i < n->v.document.children.length; ++i)
        walk(static_cast<const GumboNode*>(n->v.document.children.data[i]), parent, in_link);
      return;
    }
    const GumboElement& el = n->v.element;
    GumboTag tag = el.tag;
    if (tag == GUMBO_TAG_BR) {
      int owner = block_owner_;
      flush(owner);
      return;
    }
    if (tag == GUMBO_TAG_IMG) {
      if (parent >= 0) elems_[parent].img_count++;
      return;
    }
    if (tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_SELECT) {
      if (parent >= 0) elems_[parent].input_count++;
      return;
    }
    if (tag == GUMBO_TAG_TIME) time_elems_.push_back(static_cast<int>(elems_.size()));
    if (is_skipped_tag(tag) || is_hidden(n)) {
      if (tag == GUMBO_TAG_TIME) time_elems_.pop_back();
      return;
    }
    int idx = static_cast<int>(elems_.size());
    Elem e;
    e.node = n;
    e.parent = parent;
    e.tag = tag;
    std::string hint_attr;
    if (const char* c = attr(n, "class")) hint_attr += c;
    if (const char* id = attr(n, "id")) {
      hint_attr += ' ';
      hint_attr += id;
    }
    if (const char* ip = attr(n, "itemprop")) {
      std::string v = lower(ip);
      if (v == "articlebody") e.weight += 2;
      if (v == "author" || v == "datepublished" || v == "datemodified") e.meta_hint = true;
    }
    if (const char* role = attr(n, "role")) {
      std::string v = lower(role);
      if (v == "navigation" || v == "complementary" || v == "banner" || v == "contentinfo" || v == "dialog")
        return;
    }
    if (!hint_attr.empty()) {
      const auto& bp = BoilerplatePhrases::get();
      e.weight += bp.class_weight(hint_attr);
      e.drop_hint = bp.class_drop(hint_attr);
      e.pos_hint = bp.class_pos(hint_attr);
      std::string la = lower(hint_attr);
      if (la.find("caption") != std::string::npos || la.find("credit") != std::string::npos) e.caption_hint = true;
      else if (bp.class_meta(hint_attr)) e.meta_hint = true;
    }
    if (tag == GUMBO_TAG_P) {
      if (parent >= 0) elems_[parent].p_count++;
    } else if (tag == GUMBO_TAG_LI) {
      if (parent >= 0) elems_[parent].li_count++;
    }
    elems_.push_back(e);
    bool block = is_block_tag(tag);
    int saved_owner = block_owner_;
    if (block) {
      flush(block_owner_);
      block_owner_ = idx;
    }
    bool link = in_link || tag == GUMBO_TAG_A;
    for (unsigned i = 0; i < el.children.length; ++i) {
      const GumboNode* c = static_cast<const GumboNode*>(el.children.data[i]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE) {
        // text counts for the element that contains it
        if (block_owner_ < 0) continue;
        std::string_view t = c->v.text.text;
        cur_.text += t;
        if (c->type != GUMBO_NODE_WHITESPACE) {
          uint32_t len = static_cast<uint32_t>(t.size());
          elems_[idx].own_text += len;
          elems_[idx].commas += count_commas(t);
          if (link) {
            cur_.link_len += len;
            elems_[idx].own_link += len;
          }
        }
      } else {
        walk(c, idx, link);
      }
    }
    if (block) {
      flush(idx);
      block_owner_ = saved_owner;
    }
  }

  void finish_counts() {
    for (size_t i = elems_.size(); i-- > 0;) {
      Elem& e = elems_[i];
      e.text_len += e.own_text;
      e.link_len += e.own_link;
      if (e.parent >= 0) {
        Elem& p = elems_[e.parent];
        p.text_len += e.text_len;
        p.link_len += e.link_len;
        p.commas += e.commas;
        p.p_count = static_cast<uint16_t>(std::min<int>(60000, p.p_count + e.p_count));
        p.li_count = static_cast<uint16_t>(std::min<int>(60000, p.li_count + e.li_count));
        p.img_count = static_cast<uint16_t>(std::min<int>(60000, p.img_count + e.img_count));
        p.input_count = static_cast<uint16_t>(std::min<int>(60000, p.input_count + e.input_count));
      }
    }
    // Non-link text of the page: a drop hint on an element holding a large share of
    // it is a layout class ("content-with-sidebar"), not a widget.
    uint32_t total = 0, total_all = 0;
    for (const Elem& e : elems_)
      if (e.parent < 0) {
        total += e.text_len - e.link_len;
        total_all += e.text_len;
      }
    for (size_t i = 0; i < elems_.size(); ++i) {
      Elem& e = elems_[i];
      bool protected_tag = e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_MAIN ||
                           e.tag == GUMBO_TAG_ARTICLE;
      bool layout_class = (e.pos_hint && (e.text_len - e.link_len) >= 0.3 * total) || e.text_len >= 0.35 * total_all;
      bool drop = e.drop_hint && !protected_tag && !layout_class;
      e.dropped = drop || (e.parent >= 0 && elems_[e.parent].dropped);
    }
  }

  double link_density(const Elem& e) const {
    return e.text_len ? static_cast<double>(e.link_len) / e.text_len : 0.0;
  }

  bool is_ancestor(int a, int d) const {
    for (int i = d; i >= 0; i = elems_[i].parent)
      if (i == a) return true;
    return false;
  }

  void touch(int i) {
    Elem& e = elems_[i];
    if (e.scored) return;
    e.scored = true;
    // A content-like class on a small element (a title wrapper) should not outweigh the article.
    double w = e.weight > 0 ? 25.0 * e.weight * std::min(1.0, (e.text_len - e.link_len) / 500.0) : 25.0 * e.weight;
    e.score = tag_prior(e.tag) + w;
  }

  void choose_content(std::vector<bool>& include) {
    for (const Block& b : blocks_) {
      if (b.owner < 0) continue;
      const Elem& o = elems_[b.owner];
      if (o.dropped) continue;
      std::string text = collapse_ws(b.text);
      if (text.size() < 25) continue;
      // Paragraph-like blocks only: headings, captions, list items and time stamps do not vote.
      switch (o.tag) {
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TIME: case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TH:
          continue;
        default:
          break;
      }
      if (b.link_len * 2 > b.text.size()) continue;
      double s = 1.0 + count_commas(text) + std::min(3.0, static_cast<double>(text.size() / 100));
      int start = is_paragraph_tag(o.tag) ? o.parent : b.owner;
      int level = 0;
      for (int i = start; i >= 0 && level < 5; i = elems_[i].parent, ++level) {
        if (elems_[i].dropped) break;
        touch(i);
        double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        elems_[i].score += s / div;
      }
    }
    int top = -1;
    for (size_t i = 0; i < elems_.size(); ++i) {
      Elem& e = elems_[i];
      if (!e.scored) continue;
      e.score *= (1.0 - link_density(e));
      if (top < 0 || e.score > elems_[top].score) top = static_cast<int>(i);
    }
    if (top < 0) {
      // nothing scored: keep everything visible
      std::fill(include.begin(), include.end(), true);
      return;
    }
    // A common ancestor of several near-best candidates.
    std::vector<int> alts;
    for (size_t i = 0; i < elems_.size(); ++i)
      if (elems_[i].scored && static_cast<int>(i) != top && elems_[i].score >= 0.75 * elems_[top].score &&
          !is_ancestor(static_cast<int>(i), top) && !is_ancestor(top, static_cast<int>(i)))
        alts.push_back(static_cast<int>(i));
    if (alts.size() >= 3) {
      for (int a = elems_[top].parent; a >= 0; a = elems_[a].parent) {
        if (elems_[a].tag == GUMBO_TAG_BODY || elems_[a].tag == GUMBO_TAG_HTML) break;
        int inside = 0;
        for (int x : alts)
          if (is_ancestor(a, x)) ++inside;
        if (inside >= 3) {
          top = a;
          break;
        }
      }
    }
    // Lift while the parent holds no other text.
    while (elems_[top].parent >= 0) {
      int p = elems_[top].parent;
      if (elems_[p].tag == GUMBO_TAG_BODY || elems_[p].tag == GUMBO_TAG_HTML) break;
      if (elems_[p].text_len > elems_[top].text_len + 20) break;
      top = p;
    }
    if (std::getenv("DOSSIER_INGEST_DEBUG")) {
      for (size_t i = 0; i < elems_.size(); ++i)
        if (elems_[i].scored && elems_[i].score > 0.3 * elems_[top].score) {
          const char* c = attr(elems_[i].node, "class");
          std::fprintf(stderr, "cand %zu <%s class=%s> score=%.1f text=%u link=%u%s\n", i,
                       gumbo_normalized_tagname(elems_[i].tag), c ? c : "", elems_[i].score, elems_[i].text_len,
                       elems_[i].link_len, static_cast<int>(i) == top ? " TOP" : "");
        }
    }
    std::vector<int> roots{top};
    int parent = elems_[top].parent;
    if (parent >= 0) {
      double threshold = std::max(10.0, elems_[top].score * 0.2);
      const char* top_class = attr(elems_[top].node, "class");
      for (size_t i = 0; i < elems_.size(); ++i) {
        if (elems_[i].parent != parent || static_cast<int>(i) == top || elems_[i].dropped) continue;
        const Elem& s = elems_[i];
        double bonus = 0;
        const char* c = attr(s.node, "class");
        if (c && top_class && *c && std::strcmp(c, top_class) == 0) bonus = elems_[top].score * 0.2;
        bool ok = false;
        if (s.scored && s.score + bonus >= threshold) ok = true;
        else if (s.tag == GUMBO_TAG_P && s.text_len > 80 && link_density(s) < 0.25) ok = true;
        if (ok) roots.push_back(static_cast<int>(i));
      }
    }
    std::vector<bool> root_flag(elems_.size(), false);
    for (int r : roots) root_flag[r] = true;
    for (size_t i = 0; i < elems_.size(); ++i) {
      int p = elems_[i].parent;
      include[i] = root_flag[i] || (p >= 0 && include[p]);
    }
    content_roots_ = roots;
  }

  void clean(const std::vector<bool>& include, std::vector<bool>& cleaned) {
    std::vector<bool> root_flag(elems_.size(), false);
    for (int r : content_roots_) root_flag[r] = true;
    for (size_t i = 0; i < elems_.size(); ++i) {
      Elem& e = elems_[i];
      int p = e.parent;
      if (p >= 0 && cleaned[p]) {
        cleaned[i] = true;
        continue;
      }
      if (!include[i] || root_flag[i]) continue;
      bool remove = false;
      if (e.meta_hint || e.caption_hint) {  // kept as hinted text for the layout analysis
        cleaned[i] = false;
        continue;
      }
      if (e.weight < 0 && e.text_len < 2000 && e.tag != GUMBO_TAG_P) remove = true;
      switch (e.tag) {
        case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
        case GUMBO_TAG_FORM: case GUMBO_TAG_DL: {
          double ld = link_density(e);
          if (e.commas < 10) {
            int pc = e.p_count;
            if (e.img_count > 1 && pc * 2 < e.img_count && e.text_len < 200) remove = true;
            if (e.li_count > pc + 0 && e.tag != GUMBO_TAG_UL && e.tag != GUMBO_TAG_OL && ld > 0.3) remove = true;
            if (e.input_count > static_cast<uint16_t>(pc / 3 + 1)) remove = true;
            if (e.weight <= 0 && ld > 0.25 && e.text_len < 1000) remove = true;
            if (ld > 0.5) remove = true;
            if ((e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL) && ld > 0.2) remove = true;
          } else if (ld > 0.5) {
            remove = true;
          }
          break;
        }
        default:
          break;
      }
      cleaned[i] = remove;
    }
  }

  // The publication date shown on the page when its metadata has none, in this
  // order: a <time datetime> in the article or in a date/byline block; the text
  // of a date/byline block (class "article-publish-date", "story-date") short
  // enough to be just a date line, in the article or before it; any <time
  // datetime> outside dropped parts (comments, related stories, widgets).
  std::optional<Date> page_date(const std::vector<bool>& include, bool* from_text) const {
    for (int i : time_elems_) {
      if (!include[i] && !elems_[i].meta_hint) continue;
      if (const char* dt = attr(elems_[i].node, "datetime"))
        if (auto d = parse_metadata_date(dt)) return d;
    }
    int last_content = -1;  // blocks after the article are not its date line
    for (size_t i = 0; i < elems_.size(); ++i)
      if (include[i]) last_content = static_cast<int>(i);
    for (int i = 0; i <= last_content; ++i) {
      const Elem& e = elems_[i];
      if (!e.meta_hint || e.dropped || e.text_len > 120) continue;
      std::string text = collapse_ws(node_text(e.node, 160));
      if (auto d = parse_metadata_date(publication_part(text))) {
        *from_text = true;
        return d;
      }
    }
    for (int i : time_elems_) {
      if (elems_[i].dropped) continue;
      if (const char* dt = attr(elems_[i].node, "datetime"))
        if (auto d = parse_metadata_date(dt)) return d;
    }
    return std::nullopt;
  }

  void collect_head_meta(const GumboNode* n, HtmlMeta& m) {
    std::string og_title, title_tag, headline, ld_date, meta_date, item_date, og_site, ld_publisher;
    std::string ld_date_loose, meta_date_loose;  // a date of a non-article object; a site's own key
    std::vector<std::string> ld_authors, meta_authors;
    std::function<void(const GumboNode*)> visit = [&](const GumboNode* x) {
      if (x->type != GUMBO_NODE_ELEMENT) return;
      const GumboElement& el = x->v.element;
      if (el.tag == GUMBO_TAG_META) {
        const char* key = attr(x, "property");
        if (!key) key = attr(x, "name");
        if (!key) key = attr(x, "itemprop");
        const char* content = attr(x, "content");
        if (key && content) {
          std::string k = lower(key);
          std::string v = collapse_ws(content);
          if (k == "og:title" || k == "twitter:title") {
            if (og_title.empty()) og_title = v;
          } else if (k == "og:site_name" || k == "application-name") {
            if (og_site.empty()) og_site = v;
          } else if (k == "article:published_time" || k == "og:article:published_time" ||
                     k == "datepublished" || k == "publishdate" || k == "pubdate" || k == "publish-date" ||
                     k == "publish_date" || k == "dc.date.issued" || k == "dc.date" || k == "dcterms.created" ||
                     k == "date" || k == "sailthru.date" || k == "parsely-pub-date" || k == "article.published" ||
                     k == "og:published_time" || k == "article:published" || k == "original-publish-date" ||
                     k == "dcsext.articlefirstpublished" || k == "cxenseparse:recs:publishtime") {
            if (meta_date.empty() && parse_metadata_date(v)) meta_date = v;
          } else if (loose_date_key(k)) {
            if (meta_date_loose.empty() && parse_metadata_date(v)) meta_date_loose = v;
          } else if (k == "author" || k == "article:author" || k == "sailthru.author" ||
                     k == "parsely-author" || k == "dc.creator" || k == "byl" || k == "dcterms.creator") {
            if (v.find("://") == std::string::npos && !v.empty()) meta_authors.push_back(v);
          } else if (k == "og:url") {
            if (m.url.empty()) m.url = v;
          }
        }
      } else if (el.tag == GUMBO_TAG_TITLE) {
        if (title_tag.empty() && el.children.length > 0) {
          const GumboNode* t = static_cast<const GumboNode*>(el.children.data[0]);
          if (t->type == GUMBO_NODE_TEXT) title_tag = collapse_ws(t->v.text.text);
        }
      } else if (el.tag == GUMBO_TAG_SCRIPT) {
        const char* type = attr(x, "type");
        if (type && lower(type) == "application/ld+json" && el.children.length > 0) {
          const GumboNode* t = static_cast<const GumboNode*>(el.children.data[0]);
          if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA) {
            auto j = nlohmann::json::parse(t->v.text.text, nullptr, false);
            if (j.is_discarded()) {  // raw line breaks or tabs inside strings are common; JSON forbids them
              std::string fixed = t->v.text.text;
              for (char& c : fixed)
                if (static_cast<unsigned char>(c) < 0x20) c = ' ';
              j = nlohmann::json::parse(fixed, nullptr, false);
            }
            if (!j.is_discarded())
              read_json_ld(j, headline, ld_date, ld_date_loose, ld_authors, ld_publisher, 0);
          }
        }
        return;
      } else if (el.tag == GUMBO_TAG_LINK) {
        const char* rel = attr(x, "rel");
        const char* href = attr(x, "href");
        if (rel && href && lower(rel) == "canonical" && m.url.empty()) m.url = href;
      } else if (const char* ip = attr(x, "itemprop")) {
        if (lower(ip) == "datepublished" && item_date.empty()) {
          const char* v = attr(x, "datetime");
          if (!v) v = attr(x, "content");
          if (v && parse_metadata_date(v)) item_date = v;
          if (!v) {  // the date is the element's text: <span itemprop="datePublished">Fri 6:45 PM, Feb 16,
                     // 2018</span>
            std::string text = collapse_ws(node_text(x, 200));
            if (parse_metadata_date(text)) item_date = text;
          }
        }
      }
      for (unsigned i = 0; i < el.children.length; ++i) visit(static_cast<const GumboNode*>(el.children.data[i]));
    };
    visit(n);
    m.title = !headline.empty() ? headline : !og_title.empty() ? og_title : title_tag;
    m.site_name = !ld_publisher.empty() ? ld_publisher : og_site;
    m.authors = !ld_authors.empty() ? ld_authors : meta_authors;
    for (const std::string& d : {ld_date, meta_date, item_date, ld_date_loose, meta_date_loose}) {
      if (d.empty()) continue;
      auto pd = parse_metadata_date(d);
      if (pd) {
        m.published = pd;
        break;
      }
    }
  }

  static std::string json_name(const nlohmann::json& v) {
    if (v.is_string()) return collapse_ws(v.get<std::string>());
    if (v.is_object() && v.contains("name") && v["name"].is_string()) return collapse_ws(v["name"].get<std::string>());
    return {};
  }

  // Schema.org objects: the article's headline, date, authors and publisher;
  // `loose_date` takes the datePublished of any other object (a ClaimReview, a
  // VideoObject), used only when no article says when it was published.
  void read_json_ld(const nlohmann::json& j, std::string& headline, std::string& date,
                    std::string& loose_date, std::vector<std::string>& authors, std::string& publisher,
                    int depth) {
    if (depth > 6) return;
    if (j.is_array()) {
      for (const auto& x : j) read_json_ld(x, headline, date, loose_date, authors, publisher, depth + 1);
      return;
    }
    if (!j.is_object()) return;
    if (j.contains("@graph"))
      read_json_ld(j["@graph"], headline, date, loose_date, authors, publisher, depth + 1);
    std::string type;
    if (j.contains("@type")) {
      if (j["@type"].is_string()) type = j["@type"].get<std::string>();
      else if (j["@type"].is_array() && !j["@type"].empty() && j["@type"][0].is_string())
        type = j["@type"][0].get<std::string>();
    }
    bool article = type.find("Article") != std::string::npos || type == "BlogPosting" || type == "Report" ||
                   type == "LiveBlogPosting" || type == "WebPage" || type == "ItemPage";
    if (!article) {
      if (loose_date.empty() && j.contains("datePublished") && j["datePublished"].is_string())
        loose_date = j["datePublished"].get<std::string>();
      return;
    }
    bool strong = type != "WebPage" && type != "ItemPage";
    if (j.contains("headline") && j["headline"].is_string() && (headline.empty() || strong))
      if (headline.empty()) headline = collapse_ws(j["headline"].get<std::string>());
    if (j.contains("datePublished") && j["datePublished"].is_string() && date.empty())
      date = j["datePublished"].get<std::string>();
    if (j.contains("author") && authors.empty()) {
      const auto& a = j["author"];
      if (a.is_array()) {
        for (const auto& x : a) {
          std::string nm = json_name(x);
          if (!nm.empty() && nm.find("://") == std::string::npos) authors.push_back(nm);
        }
      } else {
        std::string nm = json_name(a);
        if (!nm.empty() && nm.find("://") == std::string::npos) authors.push_back(nm);
      }
    }
    if (j.contains("publisher") && publisher.empty()) publisher = json_name(j["publisher"]);
  }

  const GumboOutput* out_;
  std::vector<Elem> elems_;
  std::vector<Block> blocks_;
  std::vector<int> time_elems_;
  std::vector<int> content_roots_;
  Block cur_;
  int block_owner_ = -1;
};

}  // namespace

HtmlExtraction extract_html(std::string_view html, bool keep_all) {
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&opts, html.data(), html.size());
  HtmlExtraction res;
  {
    Extractor x(out);
    res = x.run(keep_all);
  }
  gumbo_destroy_output(&opts, out);
  return res;
}

}  // namespace dossier::ingest
