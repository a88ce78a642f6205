// The time tagger: a hand-written scanner plus a small grammar over its tokens.
//
// How it works. One pass splits the raw text into words, numbers and
// punctuation (no dependency on the text module's tokenizer) and looks every
// word up in the time lexicon, so each token knows the roles it can play
// (month, weekday, unit, shift word ...). A second pass walks the tokens; at a
// token that can start a time expression it tries the grammar's rules
// (absolute dates, clock times, relative days, shifts, counts of units,
// quarters, sets, vague references, with modifier and part-of-period
// prefixes), keeps the longest match, normalizes it right away against the
// anchor date and a small discourse context (the last date and the last
// explicit year mentioned, the last fiscal quarter), and jumps past it.
//
// Why this way. Rules over lexicon roles are transparent, need no training
// data, and every rule looks at most a fixed number of tokens around its
// start, so the whole pass is linear in the text: a megabyte of digits is one
// long number token; a megabyte of dates is a sequence of bounded matches.
//
// News conventions (TimeBank practice): a bare weekday is the most recent one
// on or before the document date unless its clause points forward. The
// nearest tense cue before it decides ("will", "scheduled", "expected to"
// forward; "said", "was" back); a past-tense verb just before it ("predicted
// Wednesday") points back; a deadline preposition ("by", "until") decides
// only when nothing else does, except after a deferral ("postponed until"),
// and before it the first auxiliary after the expression is asked ("Until
// Thursday, police had not ..."). "Monday's attack" is always the past one. A
// bare month (or month and day) is likewise the most recent past one; a
// forward clause picks the next one while that is within half a year (so
// "by Jan. 14" in a January 15 article is the day before), beyond that only
// with a future cue right before it ("will resume on October 24"), and without
// a cue the next one wins only when much closer (a day three times closer; a
// month at most one ahead when the past one is ten or more back, or three
// times closer with no past-tense verb before it in the clause). In
// quarterly reports "the quarter", "a year ago" and "the year-earlier period"
// follow the report's quarter: the first recent calendar quarter named (a
// fiscal quarter's number is no calendar quarter; "the quarter ended July
// 31" is the calendar quarter holding most of its months, Q2). Expressions anchored to the text ("two
// months later", "in November of that year") use the last date and the last
// explicit year mentioned; so do a part of the day and a clock time with no
// day of their own ("in the morning", "mid-afternoon"). "The corresponding
// period last year" is the report's period a year back. Capitalised time words inside names ("This Week",
// "60 Minutes", the Daily Times) are titles, not times.
#include "time/timex_tagger.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "core/utf8.h"
#include "time/calendar.h"

namespace dossier::time {
namespace {

enum class TK : uint8_t { word, num, punct };

struct Tok {
  uint32_t s = 0, e = 0;
  TK kind = TK::punct;
  bool space = true;     // whitespace (or the start of the text) before it
  bool nl = false;       // a line break before it
  bool cap = false;      // first letter upper case
  bool allcaps = false;  // every letter upper case
  bool sep = false;      // a number with thousands or decimal separators
  uint8_t ndig = 0;      // digits of a plain number
  int num = -1;          // value of a plain number (<= 9 digits)
  char ch = 0;           // punctuation: the ASCII char ('-' for dashes, '\'' for quotes)
  const LexEntry* lex = nullptr;
};

inline bool is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

void scan(std::string_view text, const TimeLexicon& lex, std::vector<Tok>& out) {
  out.clear();
  const size_t n = text.size();
  const size_t max_len = std::min<size_t>(lex.max_word_length(), 31);
  char buf[32];
  bool space = true, nl = false;
  size_t i = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      space = true;
      if (c == '\n') nl = true;
      ++i;
      continue;
    }
    Tok t;
    t.s = static_cast<uint32_t>(i);
    t.space = space;
    t.nl = nl;
    if (is_alpha(c) || c >= 0x80) {
      char32_t cp = 0;
      size_t j = i;
      if (c >= 0x80) {
        cp = utf8::next(text, j);
        if (utf8::is_space(cp)) {
          space = true;
          i = j;
          continue;
        }
        if (!utf8::is_letter(cp)) {
          t.kind = TK::punct;
          t.ch = utf8::is_dash(cp) ? '-' : utf8::is_quote(cp) ? '\'' : '?';
          t.e = static_cast<uint32_t>(j);
          space = nl = false;
          out.push_back(t);
          i = j;
          continue;
        }
      }
      // A word: ASCII letters and non-ASCII letters.
      bool ascii = c < 0x80;
      bool upper_all = true;
      size_t len = 0;
      j = i;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        if (is_alpha(d)) {
          if (len < sizeof buf) buf[len] = static_cast<char>(d | 0x20);
          if (d >= 'a') upper_all = false;
          ++len;
          ++j;
        } else if (d >= 0x80) {
          size_t k = j;
          char32_t q = utf8::next(text, k);
          if (!utf8::is_letter(q)) break;
          ascii = false;
          len += k - j;
          j = k;
        } else {
          break;
        }
      }
      t.kind = TK::word;
      t.e = static_cast<uint32_t>(j);
      t.cap = c >= 'A' && c <= 'Z';
      t.allcaps = upper_all && ascii && len >= 2;
      if (ascii && len <= max_len) t.lex = lex.find(std::string_view(buf, len));
      out.push_back(t);
      space = nl = false;
      i = j;
      continue;
    }
    if (is_digit(c)) {
      size_t j = i;
      long v = 0;
      while (j < n && is_digit(static_cast<unsigned char>(text[j]))) {
        if (j - i < 10) v = v * 10 + (text[j] - '0');
        ++j;
      }
      size_t digits = j - i;
      bool sep = false;
      // Thousands groups (1,500) and decimals (5.93) belong to the number.
      while (j + 1 < n && (text[j] == ',' || text[j] == '.') && is_digit(static_cast<unsigned char>(text[j + 1]))) {
        if (text[j] == ',') {
          size_t k = j + 1;
          while (k < n && is_digit(static_cast<unsigned char>(text[k]))) ++k;
          if (k - j - 1 != 3) break;
          j = k;
        } else {
          ++j;
          while (j < n && is_digit(static_cast<unsigned char>(text[j]))) ++j;
        }
        sep = true;
      }
      t.kind = TK::num;
      t.e = static_cast<uint32_t>(j);
      t.sep = sep;
      t.ndig = static_cast<uint8_t>(std::min<size_t>(digits, 255));
      t.num = (!sep && digits <= 9) ? static_cast<int>(v) : -1;
      out.push_back(t);
      space = nl = false;
      i = j;
      continue;
    }
    t.kind = TK::punct;
    t.ch = static_cast<char>(c);
    t.e = static_cast<uint32_t>(i + 1);
    out.push_back(t);
    space = nl = false;
    ++i;
  }
}

// A candidate match: tokens [b, e) and its normalized value.
struct Cand {
  size_t b = 0, e = 0;
  TimexType type = TimexType::DATE;
  std::string value, mod;
  bool explicit_year = false;
  bool quarter_mention = false;  // names a fiscal quarter itself ("the third quarter")
  bool longer_period = false;    // names a reporting period longer than a quarter ("the first nine months")
  bool ok() const { return e > b; }
  size_t len() const { return e - b; }
};

enum class Gran : uint8_t { day, week, month, quarter, half, season, year, decade, century };

std::string pad4(int y) {
  char b[8];
  std::snprintf(b, sizeof b, "%04d", y);
  return b;
}
std::string two(int v) {
  char b[4];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

bool year_ok(int y) { return y >= 1 && y <= 9999; }

// P5H, P3Y, P10Y ("a decade"), PXM ("several months"); vague decades are years
// ("decades" PXY, as "two decades" is P20Y).
std::string duration_value(Unit u, int v) {
  const bool x = v < 0;
  auto n = [&](int mul) { return x ? std::string("X") : std::to_string(v * mul); };
  switch (u) {
    case Unit::S: return "PT" + n(1) + "S";
    case Unit::MIN: return "PT" + n(1) + "M";
    case Unit::H: return "PT" + n(1) + "H";
    case Unit::D: return "P" + n(1) + "D";
    case Unit::W: return "P" + n(1) + "W";
    case Unit::WE: return "P" + n(1) + "WE";
    case Unit::M: return "P" + n(1) + "M";
    case Unit::Q: return x ? "PXQ" : "P" + n(3) + "M";
    case Unit::HALF: return x ? "PXM" : "P" + n(6) + "M";
    case Unit::Y: return "P" + n(1) + "Y";
    case Unit::DE:
      return "P" + n(10) + "Y";
    case Unit::CE: return x ? "PXCE" : "P" + n(100) + "Y";
    default: return "";
  }
}

Gran gran_of(Unit u) {
  switch (u) {
    case Unit::S: case Unit::MIN: case Unit::H: case Unit::D: return Gran::day;
    case Unit::W: case Unit::WE: return Gran::week;
    case Unit::M: return Gran::month;
    case Unit::Q: return Gran::quarter;
    case Unit::HALF: return Gran::half;
    case Unit::Y: return Gran::year;
    case Unit::DE: return Gran::decade;
    default: return Gran::century;
  }
}

// The X pattern of a granularity, for relative expressions with no anchor.
std::string unknown_value(Gran g) {
  switch (g) {
    case Gran::day: return "XXXX-XX-XX";
    case Gran::week: return "XXXX-WXX";
    case Gran::month: return "XXXX-XX";
    case Gran::quarter: return "XXXX-QX";
    case Gran::half: return "XXXX-HX";
    case Gran::season: case Gran::year: return "XXXX";
    case Gran::decade: return "XXX";
    case Gran::century: return "XX";
  }
  return "XXXX";
}

// A day formatted at a granularity: 2016-10-24 -> 2016-W43, 2016-10, 2016-Q4 ...
std::string format_at(const Date& d, Gran g) {
  if (!year_ok(d.y)) return "";
  switch (g) {
    case Gran::day: return d.iso();
    case Gran::week: {
      IsoWeek w = iso_week(d);
      return year_ok(w.year) ? pad4(w.year) + "-W" + two(w.week) : "";
    }
    case Gran::month: return pad4(d.y) + "-" + two(d.m);
    case Gran::quarter: return pad4(d.y) + "-Q" + std::to_string((d.m - 1) / 3 + 1);
    case Gran::half: return pad4(d.y) + "-H" + std::to_string((d.m - 1) / 6 + 1);
    case Gran::season: return pad4(d.y);
    case Gran::year: return pad4(d.y);
    case Gran::decade: return pad4(d.y).substr(0, 3);
    case Gran::century: return pad4(d.y).substr(0, 2);
  }
  return "";
}

// Shift a day by k units, staying inside years 1..9999.
std::optional<Date> shift(const Date& d, Unit u, int k) {
  Date r = d;
  switch (u) {
    case Unit::S: case Unit::MIN: case Unit::H: return d;
    case Unit::D: r = add_days(d, k); break;
    case Unit::W: case Unit::WE: r = add_days(d, 7L * k); break;
    case Unit::M: r = add_months(d, k); break;
    case Unit::Q: r = add_months(d, 3 * k); break;
    case Unit::HALF: r = add_months(d, 6 * k); break;
    case Unit::Y: r = add_months(d, 12 * k); break;
    case Unit::DE: r = add_months(d, 120 * k); break;
    case Unit::CE: r = add_months(d, 1200 * k); break;
    default: return std::nullopt;
  }
  if (!year_ok(r.y)) return std::nullopt;
  return r;
}

Gran coarser(Gran a, Gran b) { return static_cast<int>(a) > static_cast<int>(b) ? a : b; }

Gran gran_of_range(const DateRange& r) {
  switch (r.precision) {
    case DatePrecision::day: return Gran::day;
    case DatePrecision::week: return Gran::week;
    case DatePrecision::month: return Gran::month;
    case DatePrecision::season: return Gran::quarter;
    case DatePrecision::year: break;
  }
  long days = days_from_civil(r.end) - days_from_civil(r.start);
  if (days > 3660) return Gran::century;
  if (days > 366) return Gran::decade;
  return Gran::year;
}

// Narrows an interval to its first, middle or last third for START/MID/END.
DateRange narrow(DateRange r, std::string_view mod) {
  long a = days_from_civil(r.start), b = days_from_civil(r.end);
  long third = (b - a + 1) / 3;
  if (third < 1) return r;
  if (mod == "START") r.end = civil_from_days(a + third - 1);
  else if (mod == "MID") r = DateRange{civil_from_days(a + third), civil_from_days(b - third), r.precision};
  else if (mod == "END") r.start = civil_from_days(b - third + 1);
  return r;
}

class Tagger {
 public:
  Tagger(std::string_view text, std::optional<Date> anchor, const TimeLexicon& lex)
      : text_(text), lex_(lex) {
    if (anchor && is_valid_day(anchor->y, anchor->m, anchor->d)) anchor_ = anchor;
  }

  std::vector<Timex> run() {
    scan(text_, lex_, t_);
    n_ = t_.size();
    for (size_t i = 0; i < n_;) {
      if (!can_start(i)) {
        ++i;
        continue;
      }
      Cand c = best_at(i);
      if (c.ok() && !c.value.empty()) {
        emit(c);
        i = c.e;
        if (Cand d = coordinated_day(c); d.ok()) {
          emit(d);
          i = d.e;
        }
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  // Can a time expression start at token i? A cheap filter so the rules run
  // only where they might match: numbers, '90s, and words with a time role;
  // function words and articles only when a time word or number follows.
  bool can_start(size_t i) const {
    const Tok& k = t_[i];
    if (k.kind == TK::num) return true;
    if (k.kind == TK::punct) return k.ch == '\'' && is_num(i + 1);
    if (!k.lex) return false;
    bool starter = false, needs_next = false;
    for (const LexRole& r : k.lex->roles) {
      switch (r.cls) {
        case Cls::future: case Cls::pubcue: case Cls::credit: case Cls::setcue: case Cls::suffix:
        case Cls::tz: case Cls::ampm:
          break;
        case Cls::func:
          if (r.func == Func::THE || r.func == Func::THAT || r.func == Func::FISCAL || r.func == Func::THEN ||
              (r.func == Func::DET && r.has_flag("present")))
            needs_next = true;
          break;
        case Cls::number:
          if (r.has_flag("article")) needs_next = true;
          else starter = true;
          break;
        case Cls::mod:
          needs_next = true;
          break;
        case Cls::mod2:
          if (word_is(i + 1, r.flags)) starter = true;
          break;
        default:
          starter = true;
      }
    }
    if (starter) return true;
    if (!needs_next || i + 1 >= n_) return false;
    const Tok& nx = t_[i + 1];
    if (nx.kind == TK::num) return true;
    if (nx.kind == TK::punct) return nx.ch == '\'';
    return nx.lex != nullptr;
  }

  // ---- token tests
  const LexRole* R(size_t i, Cls c) const {
    if (i >= n_ || t_[i].kind != TK::word || !t_[i].lex) return nullptr;
    return t_[i].lex->find(c);
  }
  bool F(size_t i, Func f) const {
    return i < n_ && t_[i].kind == TK::word && t_[i].lex && t_[i].lex->func(f) != nullptr;
  }
  bool P(size_t i, char c) const { return i < n_ && t_[i].kind == TK::punct && t_[i].ch == c; }
  bool adj(size_t i) const { return i < n_ && !t_[i].space; }
  bool is_num(size_t i) const { return i < n_ && t_[i].kind == TK::num && t_[i].num >= 0; }
  bool word_is(size_t i, std::string_view w) const {
    if (i >= n_ || t_[i].kind != TK::word || t_[i].e - t_[i].s != w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if ((text_[t_[i].s + k] | 0x20) != w[k]) return false;
    return true;
  }
  // The "s" of 1990s, 1980's, year's.
  bool plural_s(size_t i) const {
    const LexRole* r = R(i, Cls::suffix);
    return r && r->text == "plural";
  }
  bool capital(size_t i) const { return i < n_ && (t_[i].cap || t_[i].allcaps); }
  // A clause boundary: sentence punctuation.
  bool boundary(size_t i) const {
    return i < n_ && t_[i].kind == TK::punct &&
           (t_[i].ch == '.' || t_[i].ch == '!' || t_[i].ch == '?' || t_[i].ch == ';' || t_[i].ch == ':');
  }

  // A tense cue at token k: +1 future, -1 past, 0 none; *weak is set for a
  // deadline preposition ("by", "until") that fits either direction.
  int cue_at(size_t k, bool* weak) const {
    *weak = false;
    const LexRole* r = R(k, Cls::future);
    if (!r) return 0;
    if (!r->flags.empty() && r->flags[0] == '+') {
      std::string_view follow = std::string_view(r->flags).substr(1);
      follow = follow.substr(0, follow.find(','));
      if (!word_is(k + 1, follow)) return 0;
    }
    *weak = r->has_flag("weak");
    return r->num > 0 ? 1 : -1;
  }
  // A past-tense verb by its form: a lower-case word ending in "-ed" with no
  // time role ("predicted", "arrived"); "scheduled", "expected" are cues above.
  bool past_form(size_t k) const {
    if (k >= n_ || t_[k].kind != TK::word || t_[k].cap || t_[k].lex) return false;
    size_t len = t_[k].e - t_[k].s;
    return len >= 5 && text_[t_[k].e - 2] == 'e' && text_[t_[k].e - 1] == 'd';
  }
  // A participle used as an adjective, not a past tense: after a determiner
  // ("the abducted workers"), a determiner and an -ly adverb ("a newly built
  // hall"), or in a hyphenated compound ("a long-awaited summit").
  bool determiner(size_t k) const {
    if (k >= n_) return false;
    if (F(k, Func::THE) || F(k, Func::DET)) return true;
    const LexRole* a = R(k, Cls::number);
    return a && a->has_flag("article");
  }
  bool attributive(size_t k) const {
    if (k == 0) return false;
    if (P(k - 1, '-') && !t_[k].space) return true;
    if (determiner(k - 1)) return true;
    const Tok& w = t_[k - 1];
    bool ly = w.kind == TK::word && w.e - w.s > 3 && text_[w.e - 2] == 'l' && text_[w.e - 1] == 'y';
    return (ly || F(k - 1, Func::ADV)) && k >= 2 && determiner(k - 2);
  }
  bool ed_form(size_t k) const {
    return k < n_ && t_[k].e - t_[k].s >= 4 && text_[t_[k].e - 2] == 'e' && text_[t_[k].e - 1] == 'd';
  }
  static constexpr size_t kCueAfter = 12;
  // A clause boundary, except the dot of an abbreviation: after a short
  // capitalised word (Mr., Gen., Inc.) or a month abbreviation (Sept.), or
  // before a lower-case word or a number ("Corp. said", "Jan. 14"). A
  // four-letter word before a capital ("the West. So ...") ends the sentence.
  bool clause_end(size_t i) const {
    if (!boundary(i)) return false;
    if (t_[i].ch != '.' || i == 0 || t_[i - 1].kind != TK::word || t_[i].space || !t_[i - 1].cap) return true;
    size_t len = t_[i - 1].e - t_[i - 1].s;
    if (len <= 3) return false;
    if (const LexRole* m = R(i - 1, Cls::month); m && m->has_flag("abbr")) return false;
    if (len > 4) return true;
    if (i + 1 >= n_) return true;
    const Tok& nx = t_[i + 1];
    return !(nx.kind == TK::num || (nx.kind == TK::word && !nx.cap));
  }

  // Does the clause around a bare weekday, month or holiday (tokens [b, e))
  // point to the future? The nearest cue before it decides ("will", "said");
  // a past-tense verb right before it ("predicted Wednesday") points back; a
  // deadline preposition ("by", "until") decides only when nothing else in the
  // clause does, and before it the first cue after the expression is asked
  // ("Until Thursday, police had not ...", "On Tuesday, the league will ...").
  // With `near`, only a strong cue at most kNearCue words before counts: a
  // reading most of a year ahead needs the clause to say so plainly ("talks
  // will resume on October 24" written in December).
  static constexpr size_t kNearCue = 5;
  bool future_cue(size_t b, size_t e = 0, bool near = false) const {
    int weak_dir = 0;
    size_t i = b;
    for (size_t k = 0; k < 20 && i > 0; ++k) {
      --i;
      if (clause_end(i)) break;
      bool weak = false;
      if (int d = cue_at(i, &weak)) {
        if (near) {
          if (weak || k >= kNearCue) return false;
          return d > 0;
        }
        if (!weak) {
          // "had been scheduled to expire Friday": a plan told in the past perfect is over
          if (d > 0 && ed_form(i))
            for (size_t q = i; q > 0 && q + 3 > i; --q)
              if (const LexRole* p = R(q - 1, Cls::future); p && p->has_flag("perfect")) return false;
          return d > 0;
        }
        // A deadline preposition heads the expression's own phrase ("until
        // Tuesday", "by 9 a.m. Friday"); further back it is something else
        // ("tore through his kitchen window ... Friday night").
        bool heads = true;
        for (size_t q = i + 1; q < b && heads; ++q) heads = t_[q].kind == TK::num || (t_[q].kind == TK::word && t_[q].lex);
        if (!heads) continue;
        // "postponed until", "extended through": a deferral points forward
        if (i > 0 && past_form(i - 1)) return d > 0;
        if (!weak_dir) weak_dir = d;
        continue;
      }
      if (k < 4 && !weak_dir && past_form(i) && !attributive(i)) return false;
    }
    if (near) return false;
    if (e <= b) e = b + 1;
    // After the expression only auxiliaries and reporting verbs count: a
    // participle there ("On Friday, the government planned to ...") is as
    // likely a past tense as a plan.
    for (size_t k = e; k < n_ && k < e + kCueAfter; ++k) {
      if (clause_end(k)) break;
      bool weak = false;
      if (int d = cue_at(k, &weak); d && !weak && !ed_form(k)) return d > 0;
    }
    return weak_dir > 0;
  }

  // A past-tense cue or verb before (at most `window` words back, in the
  // clause): "families gathered on Thanksgiving Day".
  bool past_verb_before(size_t b, size_t window = 4) const {
    size_t i = b;
    for (size_t k = 0; k < window && i > 0; ++k) {
      --i;
      if (clause_end(i)) break;
      bool weak = false;
      if (int d = cue_at(i, &weak); d && !weak) return d < 0;
      if (past_form(i) && !attributive(i)) return true;
    }
    return false;
  }

  // A past-tense verb right after an expression, in its clause ("the killing of the commander in
  // May weakened the group").
  bool past_verb_after(size_t e, size_t window = 4) const {
    for (size_t k = e; k < n_ && k < e + window; ++k) {
      if (clause_end(k)) break;
      if (past_form(k) && !attributive(k)) return true;
    }
    return false;
  }

  // Year as written: four digits, plausible as a year.
  std::optional<int> year_at(size_t i) const {
    if (!is_num(i) || t_[i].ndig != 4) return std::nullopt;
    int y = t_[i].num;
    if (y < 1000 || y > 2199) return std::nullopt;
    return y;
  }
  // Day of month: one or two digits 1..31, with an optional ordinal suffix.
  std::optional<int> day_at(size_t i, size_t& end) const {
    if (is_num(i) && t_[i].ndig <= 2 && t_[i].num >= 1 && t_[i].num <= 31) {
      end = i + 1;
      if (adj(end) && R(end, Cls::suffix) && R(end, Cls::suffix)->text == "ord") ++end;
      return t_[i].num;
    }
    return std::nullopt;
  }

  // A month name at i (with its abbreviation dot), when the context makes it one. A day number
  // right before it (after_day: "on 3 March", "On 9 May,") makes an ambiguous name a month.
  std::optional<int> month_at(size_t i, size_t& end, bool after_day = false) const {
    const LexRole* r = R(i, Cls::month);
    if (!r || !capital(i)) return std::nullopt;
    end = i + 1;
    size_t len = t_[i].e - t_[i].s;
    bool dotted = P(end, '.') && adj(end) && r->has_flag("abbr");
    if (dotted) ++end;
    bool abbr = r->has_flag("abbr");
    if (abbr && !dotted && len > 4) return std::nullopt;
    // "12 May Day marchers": a name of its own, no month after the day.
    if (after_day && capital(end) && R(end, Cls::unit)) return std::nullopt;
    if ((r->has_flag("amb") || (abbr && !dotted)) && !after_day) {
      size_t k = end;
      bool next_num = is_num(k) || (P(k, ',') && is_num(k + 1));
      bool prev_ok = i > 0 && (F(i - 1, Func::IN) || F(i - 1, Func::SINCE) || F(i - 1, Func::BY) ||
                               F(i - 1, Func::OF) || F(i - 1, Func::FROM) || F(i - 1, Func::FOR) ||
                               R(i - 1, Cls::shift) || R(i - 1, Cls::part) || R(i - 1, Cls::future) ||
                               (P(i - 1, '-') && R(i - 2, Cls::part)));
      if (abbr && !dotted && !next_num) return std::nullopt;
      if (!next_num && !prev_ok) return std::nullopt;
    }
    return r->num;
  }

  bool weekday_ok(size_t i, const LexRole* r) const {
    if (!capital(i)) return false;
    if (r->has_flag("amb")) return P(i + 1, '.') && adj(i + 1);
    return true;
  }

  // ---- counts: 5, five, twenty-four, a, several, a few, a couple of
  struct Count {
    int v = 0;  // -1 = unspecified (X)
    size_t end = 0;
    bool article = false, digits = false;
  };
  std::optional<Count> count_at(size_t i) const {
    if (is_num(i) && t_[i].ndig <= 4 && t_[i].num > 0 && !(t_[i].ndig == 4 && t_[i].num >= 1800 && t_[i].num <= 2100)) {
      Count c{t_[i].num, i + 1, false, true};
      return c;
    }
    if (const LexRole* f = R(i, Cls::fuzzy)) {  // several, couple (of)
      Count c{f->num, i + 1};
      if (F(c.end, Func::OF) && R(c.end + 1, Cls::unit)) ++c.end;
      return c;
    }
    const LexRole* r = R(i, Cls::number);
    if (!r) return std::nullopt;
    Count c{r->num, i + 1};
    if (r->has_flag("article")) {
      c.article = true;
      if (const LexRole* m = R(i + 1, Cls::number); m && (m->has_flag("hundred") || m->has_flag("thousand"))) {
        c.v = m->num;  // a hundred years
        c.end = i + 2;
        c.article = false;
        return c;
      }
      if (const LexRole* f = R(i + 1, Cls::fuzzy)) {  // a few, a couple of
        c = Count{f->num, i + 2};
        if (F(c.end, Func::OF)) ++c.end;
      }
      return c;
    }
    if (const LexRole* m = R(i + 1, Cls::number); m && (m->has_flag("hundred") || m->has_flag("thousand")) &&
                                                   r->num < 100) {
      c.v = (c.article ? 1 : c.v) * m->num;  // two thousand, a hundred
      c.end = i + 2;
      return c;
    }
    if (r->has_flag("tens")) {
      const LexRole* u = nullptr;
      if (P(i + 1, '-') && adj(i + 1) && (u = R(i + 2, Cls::number)) && u->num < 10 && !u->has_flag("article")) {
        c.v += u->num;
        c.end = i + 3;
      } else if ((u = R(i + 1, Cls::number)) && u->num < 10 && !u->has_flag("article")) {
        c.v += u->num;
        c.end = i + 2;
      }
    }
    return c;
  }

  // A unit at i; amb units ("second", "min") only after digits or in the plural.
  const LexRole* unit_at(size_t i, bool after_digits) const {
    const LexRole* u = R(i, Cls::unit);
    if (!u || u->unit == Unit::PERIOD) return nullptr;
    if (u->has_flag("amb") && !after_digits) return nullptr;
    return u;
  }

  // "a half" / "an half": the words after "and" in "two and a half".
  bool half_at(size_t k) const {
    const LexRole* a = R(k, Cls::number);
    const LexRole* h = R(k + 1, Cls::unit);
    return a && a->has_flag("article") && h && h->unit == Unit::HALF;
  }
  // n and a half units, in the next smaller unit: PT5H30M, P2Y6M, PT1M30S.
  static std::string half_duration(Unit u, int n) {
    const std::string v = std::to_string(n);
    switch (u) {
      case Unit::H: return "PT" + v + "H30M";
      case Unit::MIN: return "PT" + v + "M30S";
      case Unit::D: return "P" + v + "DT12H";
      case Unit::Y: return "P" + v + "Y6M";
      case Unit::DE: return "P" + std::to_string(10 * n + 5).append("Y");
      case Unit::CE: return "P" + std::to_string(100 * n + 50).append("Y");
      default: return "";
    }
  }

  // ---- resolution against the anchor
  std::string weekday_value(int wd, int mode, size_t at, size_t end = 0) const {
    // mode: 0 bare (tense decides), -2 strictly before, 2 strictly after, 9 this week
    if (!anchor_) return "XXXX-WXX-" + std::to_string(wd);
    const Date a = *anchor_;
    int aw = weekday(a);
    long delta = 0;
    if (mode == 9) {
      delta = wd - aw;
    } else if (mode == -2) {
      delta = -((aw - wd + 7) % 7);
      if (delta == 0) delta = -7;
    } else if (mode == 2) {
      delta = (wd - aw + 7) % 7;
      if (delta == 0) delta = 7;
    } else if (future_cue(at, end) && !(P(at + 1, '\'') && adj(at + 1) && plural_s(at + 2))) {
      // "Wednesday's ruling" names a past event whatever the clause says
      delta = (wd - aw + 7) % 7;
    } else {
      delta = -((aw - wd + 7) % 7);
    }
    return add_days(a, delta).iso();
  }

  // The year of a month (and day) given without one.
  std::optional<int> year_for(int m, int d, size_t at, int mode = 0, size_t end = 0) const {
    if (!anchor_) return std::nullopt;
    const Date a = *anchor_;
    auto cmp = [&](int y) {  // sign of (y-m-d) - anchor
      Date x{y, m, d == 0 ? 1 : d};
      if (d == 0) {
        long mx = static_cast<long>(y) * 12 + m, ma = static_cast<long>(a.y) * 12 + a.m;
        return mx < ma ? -1 : mx > ma ? 1 : 0;
      }
      return x < a ? -1 : (a < x ? 1 : 0);
    };
    if (mode == -2) return cmp(a.y) < 0 ? a.y : a.y - 1;  // last November
    if (mode == 2) return cmp(a.y) > 0 ? a.y : a.y + 1;   // next March
    if (mode == 9) return a.y;                             // this September
    int past = cmp(a.y) <= 0 ? a.y : a.y - 1;
    int fut = cmp(a.y) >= 0 ? a.y : a.y + 1;
    // Past by default. A forward-pointing clause picks the next one only when
    // it is the nearer of the two, within half a year ("by Jan. 14" written on
    // January 15 is the day before); with no cue the next one wins only when
    // the past one is far and the next one close.
    if (d > 0) {
      long dp = days_from_civil(a) - days_from_civil(Date{past, m, std::min(d, days_in_month(past, m))});
      long df = days_from_civil(Date{fut, m, std::min(d, days_in_month(fut, m))}) - days_from_civil(a);
      if (df > 0 && (df <= 183 ? future_cue(at, end) : future_cue(at, end, true))) return fut;
      if (df * 3 < dp) return fut;
    } else {
      long mp = (a.y - past) * 12L + a.m - m, mf = (fut - a.y) * 12L + m - a.m;
      if (mf > 0 && (mf <= 6 ? future_cue(at, end) : future_cue(at, end, true))) return fut;
      if ((mp > 9 && mf <= 1) || (mf * 3 < mp && !past_verb_before(at, 12) && !past_verb_after(end)))
        return fut;
    }
    return past;
  }

  // The reference for "two days later", "that year": the last date mentioned, else the anchor.
  std::optional<DateRange> context() const {
    if (ctx_) return ctx_;
    if (anchor_) return DateRange{*anchor_, *anchor_, DatePrecision::day};
    return std::nullopt;
  }

  std::string ctx_shift_value(Unit u, int k) const {
    auto c = context();
    if (!c) return "";
    Gran g = coarser(gran_of(u), gran_of_range(*c));
    auto d = shift(c->start, u, k);
    if (!d) return "";
    return format_at(*d, g);
  }

  std::string anchor_shift_value(Unit u, int k, Gran g) const {
    if (!anchor_) return unknown_value(g);
    auto d = shift(*anchor_, u, k);
    if (!d) return "";
    return format_at(*d, g);
  }

  // "a year ago" / "a year earlier" in an article about fiscal quarters.
  std::string year_back_value(int k_years, bool from_context) {
    if (!last_quarter_.empty() && anchor_) {
      int y = std::atoi(last_quarter_.substr(0, 4).c_str()) - k_years;
      if (year_ok(y)) return period_is_quarter_ ? pad4(y) + last_quarter_.substr(4) : pad4(y);
    }
    return from_context ? ctx_shift_value(Unit::Y, -k_years) : anchor_shift_value(Unit::Y, -k_years, Gran::year);
  }

  std::string season_value(const std::string& s, int y) const { return pad4(y) + "-" + s; }
  static int season_start_month(std::string_view s) {
    return s == "SP" ? 3 : s == "SU" ? 6 : s == "FA" ? 9 : 12;
  }
  // The year of a season: mode -2 last, 2 next, 9 this, 0 bare (most recent past or current).
  std::optional<int> season_year(std::string_view s, int mode, size_t at) const {
    if (!anchor_) return std::nullopt;
    const Date a = *anchor_;
    int sm = season_start_month(s);
    // The season "containing or last started" index in months.
    long am = a.y * 12L + a.m - 1;
    auto start_of = [&](int y) { return y * 12L + sm - 1; };
    int cur = a.y;
    if (start_of(cur) > am) --cur;  // most recent start on or before the anchor month
    bool inside = am - start_of(cur) < 3;
    if (mode == 9) return (sm == 12 && a.m <= 2) ? a.y - 1 : a.y;  // this summer: the anchor's year
    if (mode == -2) return inside ? cur - 1 : cur;
    if (mode == 2) return cur + 1;
    if (future_cue(at)) return inside ? cur : cur + 1;
    return cur;
  }

  std::optional<Date> holiday_date(const LexRole* h, int y) const {
    const std::string& rule = h->text;
    if (rule == "easter") return easter_sunday(y);
    if (rule.rfind("nth:", 0) == 0) {
      int m = 0, wd = 0, k = 0;
      if (std::sscanf(rule.c_str(), "nth:%d:%d:%d", &m, &wd, &k) != 3) return std::nullopt;
      return nth_weekday_of_month(y, m, wd, k);
    }
    if (rule.rfind("after:", 0) == 0) {  // the first weekday WD on or after month M, day D
      int m = 0, d = 0, wd = 0;
      if (std::sscanf(rule.c_str(), "after:%d:%d:%d", &m, &d, &wd) != 3 || wd < 1 || wd > 7)
        return std::nullopt;
      auto first = make_day(y, m, d);
      if (!first) return std::nullopt;
      return add_days(*first, (wd - weekday(*first) + 7) % 7);
    }
    int m = 0, d = 0;
    if (std::sscanf(rule.c_str(), "%d-%d", &m, &d) != 2) return std::nullopt;
    return make_day(y, m, d);
  }

  // ---- rules
  // "April 24 and 25": a bare day number joined to a month-and-day date is
  // another day of that month.
  Cand coordinated_day(const Cand& c) const {
    if (c.type != TimexType::DATE || c.value.size() != 10 || c.value[0] == 'X' || c.e < 1) return {};
    size_t last = c.e - 1;
    if (!is_num(last) || t_[last].ndig > 2) return {};
    size_t k = c.e;
    if (!(F(k, Func::AND) || F(k, Func::OR))) return {};
    size_t de = 0;
    auto d = day_at(k + 1, de);
    if (!d || R(de, Cls::unit) || R(de, Cls::month) || is_num(de) || P(de, '%') || P(de, '-')) return {};
    int y = std::atoi(c.value.substr(0, 4).c_str()), m = std::atoi(c.value.substr(5, 2).c_str());
    auto date = make_day(y, m, *d);
    if (!date) return {};
    return make(k + 1, de, TimexType::DATE, date->iso());
  }

  // A capitalised unit, part of the day or relative word after the first
  // word ("This Week", "60 Minutes", "High Noon", "VOA Today") is a title or
  // a name, not a time; all-capitals text (headlines) tells nothing.
  bool looks_like_title(const Cand& c) const {
    auto common_time_word = [&](size_t k) {
      const Tok& t = t_[k];
      if (t.kind != TK::word || !t.cap || t.allcaps || !t.lex) return false;
      if (t.lex->has(Cls::month) || t.lex->has(Cls::weekday) || t.lex->has(Cls::holiday)) return false;
      return t.lex->has(Cls::unit) || t.lex->has(Cls::partofday) || t.lex->has(Cls::day) || t.lex->has(Cls::clock) ||
             t.lex->has(Cls::ref) || t.lex->has(Cls::tonight);
    };
    for (size_t k = c.b + 1; k < c.e; ++k)
      if (common_time_word(k) && !R(k - 1, Cls::holiday)) return true;  // Thanksgiving Day is a day
    // a single capitalised word right after another capitalised word inside a sentence
    if (c.e == c.b + 1 && common_time_word(c.b) && c.b > 0 && t_[c.b - 1].kind == TK::word && (t_[c.b - 1].cap || t_[c.b - 1].allcaps) &&
        !t_[c.b].nl && !(t_[c.b - 1].lex && t_[c.b - 1].lex->has(Cls::weekday)))
      return true;
    return false;
  }

  Cand best_at(size_t i) {
    Cand best;
    auto consider = [&](Cand c) {
      if (c.ok() && !c.value.empty() && c.len() > best.len() && !looks_like_title(c)) best = std::move(c);
    };
    consider(core(i));
    if (const LexRole* m = R(i, Cls::mod)) consider(with_mod(i, i + 1, m->text));
    if (const LexRole* m = R(i, Cls::mod2); m && word_is(i + 1, m->flags)) consider(with_mod(i, i + 2, m->text));
    // "the next year or so", "two weeks or so": an approximate stretch or date
    if (best.ok() && (best.type == TimexType::DURATION || best.type == TimexType::DATE) &&
        F(best.e, Func::OR) && F(best.e + 1, Func::SO) && !F(best.e + 2, Func::AGO) &&
        !F(best.e + 2, Func::LATER) && !F(best.e + 2, Func::EARLIER)) {
      best.e += 2;
      if (best.mod.empty()) best.mod = "APPROX";
    }
    // A hyphenated compound is a modifier of the noun after it ("the 30-day
    // deadline", "the third-quarter results"): the article is the noun's, so
    // the expression starts after it.
    if (best.ok() && (best.len() == 4 || (best.len() == 5 && F(best.b + 1, Func::FISCAL))) && F(best.b, Func::THE) &&
        P(best.e - 2, '-') && adj(best.e - 2) && adj(best.e - 1))
      ++best.b;
    return best;
  }

  // A quantity modifier (words i..j-1: "nearly", "more than") in front of a
  // duration or a counted expression ("more than a year ago"); mod is its TIMEX3 mod.
  Cand with_mod(size_t i, size_t j, const std::string& mod) {
    // "over the past two years": a preposition, not a modifier; a two-word
    // modifier is one ("at least the past 18 months")
    if (F(j, Func::THE) && j == i + 1) return {};
    Cand inner = core(j);
    if (!inner.ok() || inner.value.empty()) return {};
    bool quantity = inner.type == TimexType::DURATION || inner_was_count_;
    if (!quantity) return {};
    inner.b = i;
    if (inner.mod.empty()) inner.mod = mod;
    return inner;
  }

  Cand core(size_t i) {
    Cand best;
    inner_was_count_ = false;
    // A rule that reads on past its own words ("... to be tried later" at the end of the text:
    // part_prefix looks for the period after "later") finds nothing there.
    if (i >= n_) return best;
    bool count_flag = false;
    auto consider = [&](Cand c, bool is_count = false) {
      if (c.ok() && !c.value.empty() && c.len() > best.len()) {
        best = std::move(c);
        count_flag = is_count;
      }
    };
    consider(absolute(i));
    consider(numeric_date(i));
    consider(year_expr(i));
    consider(relative_day(i));
    consider(weekday_expr(i));
    consider(shifted(i));
    consider(counted(i), true);
    consider(quarter(i));
    consider(set_expr(i));
    consider(clock(i));
    consider(reference(i));
    consider(part_prefix(i));
    consider(context_ref(i));
    consider(season_expr(i));
    consider(holiday_expr(i));
    consider(the_unit(i));
    consider(spelled_year(i));
    consider(year_end(i));
    consider(ordinal_century(i));
    consider(week_of(i));
    consider(decade_word(i));
    consider(day_part(i));
    consider(day_next_to(i));
    consider(nth_day_now(i));
    inner_was_count_ = count_flag;
    return best;
  }

  Cand make(size_t b, size_t e, TimexType type, std::string value, bool explicit_year = false) const {
    Cand c;
    c.b = b;
    c.e = e;
    c.type = type;
    c.value = std::move(value);
    c.explicit_year = explicit_year;
    return c;
  }

  // "last year", "of this year", "next year" right after a month (and day): the year it names.
  struct NamedYear {
    bool found = false;
    int year = 0;  // 0 when there is no anchor to count from
    size_t end = 0;
  };
  NamedYear shifted_year_at(size_t k) const {
    size_t j = k;
    if (F(j, Func::OF)) ++j;
    const LexRole* s = R(j, Cls::shift);
    const LexRole* u = R(j + 1, Cls::unit);
    if (!s || !u || u->unit != Unit::Y || u->has_flag("plural")) return {};
    return NamedYear{true, anchor_ ? anchor_->y + s->num : 0, j + 2};
  }

  // "-5" right after a day (at e) ending a range of days of one month: the token after it, else e.
  size_t day_range_end(size_t e) const {
    size_t k = 0;
    if (P(e, '-') && adj(e) && adj(e + 1) && day_at(e + 1, k)) return k;
    return e;
  }

  // [Weekday,] Month[.] Day[th][,] [Year] | [Weekday,] Day Month [Year] | Month [of] Year | Month
  Cand absolute(size_t i) {
    size_t j = i;
    int wd = 0;
    if (const LexRole* w = R(j, Cls::weekday); w && weekday_ok(j, w)) {
      wd = w->num;
      j += (P(j + 1, '.') && adj(j + 1)) ? 2 : 1;
      if (P(j, ',')) ++j;
    }
    size_t k = 0;
    if (auto m = month_at(j, k)) {
      size_t e = k;
      int day = 0;
      if (auto d = day_at(k, e)) {
        day = *d;
        size_t y_at = e;
        if (P(y_at, ',')) ++y_at;
        if (auto y = year_at(y_at)) {
          auto date = make_day(*y, *m, day);
          if (!date) return {};
          return make(i, y_at + 1, TimexType::DATE, date->iso(), true);
        }
        if (!is_valid_day(2000, *m, day)) return {};  // Feb 30 in any year
        // "June 4-5 last year", "March 3-4, 2021": the year after a range of days is the first
        // day's too (the value is the first day's).
        if (const size_t r = day_range_end(e); r != e) {
          size_t ry = r;
          if (P(ry, ',')) ++ry;
          if (auto y = year_at(ry))
            if (auto date = make_day(*y, *m, day)) return make(i, ry + 1, TimexType::DATE, date->iso(), true);
          if (NamedYear sy = shifted_year_at(r); sy.found && sy.year)
            if (auto date = make_day(sy.year, *m, day)) return make(i, sy.end, TimexType::DATE, date->iso());
        }
        if (NamedYear sy = shifted_year_at(e); sy.found) {  // February 16 of this year
          if (!sy.year) return make(i, sy.end, TimexType::DATE, "XXXX-" + two(*m) + "-" + two(day));
          auto date = make_day(sy.year, *m, day);
          if (!date) return {};
          return make(i, sy.end, TimexType::DATE, date->iso());
        }
        auto y = year_for(*m, day, i, 0, e);
        if (wd && anchor_) {
          // A weekday pins the year when the month and day alone do not.
          for (int dy : {0, -1, 1}) {
            int yy = (y ? *y : anchor_->y) + dy;
            if (auto dd = make_day(yy, *m, day); dd && weekday(*dd) == wd) {
              y = yy;
              break;
            }
          }
        }
        if (!y) return make(i, e, TimexType::DATE, "XXXX-" + two(*m) + "-" + two(day));
        auto date = make_day(*y, *m, day);
        if (!date) return {};  // Feb 29 in a common year
        return make(i, e, TimexType::DATE, date->iso());
      }
      // Month Year / Month of Year / Month of that year
      size_t y_at = k;
      if (P(y_at, ',')) ++y_at;
      if (F(y_at, Func::OF)) ++y_at;
      if (auto y = year_at(y_at)) return make(i, y_at + 1, TimexType::DATE, pad4(*y) + "-" + two(*m), true);
      if (Cand sy = spelled_year(y_at); sy.ok()) {  // January nineteen ninety-seven
        sy.b = i;
        sy.value += "-" + two(*m);
        return sy;
      }
      if (F(k, Func::OF) && F(k + 1, Func::THAT)) {
        const LexRole* u = R(k + 2, Cls::unit);
        if (u && u->unit == Unit::Y) {
          if (auto y = ctx_year()) return make(i, k + 3, TimexType::DATE, pad4(*y) + "-" + two(*m));
          return make(i, k + 3, TimexType::DATE, "XXXX-" + two(*m));
        }
      }
      if (NamedYear sy = shifted_year_at(k); sy.found) {  // October last year
        if (!sy.year) return make(i, sy.end, TimexType::DATE, "XXXX-" + two(*m));
        return make(i, sy.end, TimexType::DATE, pad4(sy.year) + "-" + two(*m));
      }
      if (wd) return {};  // "Friday, March" is odd; let the weekday rule take the weekday
      auto y = year_for(*m, 0, i, 0, k);
      if (!y) return make(i, k, TimexType::DATE, "XXXX-" + two(*m));
      return make(i, k, TimexType::DATE, pad4(*y) + "-" + two(*m));
    }
    // Day Month [Year]
    size_t e = 0;
    if (auto d = day_at(j, e)) {
      size_t mk = e;
      if (F(mk, Func::OF)) ++mk;
      size_t k2 = 0;
      auto m = month_at(mk, k2, /*after_day=*/true);
      if (!m) return {};
      size_t y_at = k2;
      if (P(y_at, ',')) ++y_at;
      if (auto y = year_at(y_at)) {
        auto date = make_day(*y, *m, *d);
        if (!date) return {};
        return make(i, y_at + 1, TimexType::DATE, date->iso(), true);
      }
      if (!is_valid_day(2000, *m, *d)) return {};
      auto y = year_for(*m, *d, i, 0, k2);
      if (!y) return make(i, k2, TimexType::DATE, "XXXX-" + two(*m) + "-" + two(*d));
      auto date = make_day(*y, *m, *d);
      if (!date) return {};
      return make(i, k2, TimexType::DATE, date->iso());
    }
    return {};
  }

  // 2016-10-26, 10/26/2016
  Cand numeric_date(size_t i) {
    if (!is_num(i)) return {};
    if (t_[i].ndig == 4 && P(i + 1, '-') && adj(i + 1) && is_num(i + 2) && adj(i + 2) && t_[i + 2].ndig == 2 &&
        P(i + 3, '-') && adj(i + 3) && is_num(i + 4) && adj(i + 4) && t_[i + 4].ndig == 2) {
      auto d = make_day(t_[i].num, t_[i + 2].num, t_[i + 4].num);
      if (!d) return {};
      return make(i, i + 5, TimexType::DATE, d->iso(), true);
    }
    if (t_[i].ndig <= 2 && P(i + 1, '/') && adj(i + 1) && is_num(i + 2) && adj(i + 2) && t_[i + 2].ndig <= 2 &&
        P(i + 3, '/') && adj(i + 3) && is_num(i + 4) && adj(i + 4) &&
        (t_[i + 4].ndig == 4 || t_[i + 4].ndig == 2)) {
      int y = t_[i + 4].num;
      if (t_[i + 4].ndig == 2) y += y < 50 ? 2000 : 1900;
      auto d = make_day(y, t_[i].num, t_[i + 2].num);
      if (!d) return {};
      return make(i, i + 5, TimexType::DATE, d->iso(), true);
    }
    return {};
  }

  // 2014, the 1990s, 1980's, '90s, fiscal 1989
  Cand year_expr(size_t i) {
    size_t j = i;
    bool fiscal = false;
    if (F(j, Func::FISCAL)) {
      fiscal = true;
      ++j;
      if (const LexRole* u = R(j, Cls::unit); u && u->unit == Unit::Y) ++j;
    }
    if (P(j, '\'') && is_num(j + 1) && adj(j + 1) && t_[j + 1].ndig == 2) {  // '90s
      size_t s = j + 2;
      if (adj(s) && R(s, Cls::suffix) && R(s, Cls::suffix)->text == "plural" && t_[j + 1].num % 10 == 0) {
        int yy = t_[j + 1].num;
        int century = anchor_ ? anchor_->y / 100 : 19;
        if (anchor_ && yy > anchor_->y % 100) --century;
        int y = century * 100 + yy;
        return make(i, s + 1, TimexType::DATE, pad4(y).substr(0, 3), true);
      }
      return {};
    }
    auto y = year_at(j);
    if (!y) return {};
    // Not a year: $1998, 1998%, 1998-1999 handled as two years, a 4-digit part of a longer code.
    if (j > 0 && (P(j - 1, '$') || P(j - 1, '#') || ((P(j - 1, '/') || P(j - 1, ':') || P(j - 1, '.')) && adj(j))))
      return {};
    if (P(j + 1, '%') || ((P(j + 1, '/') || P(j + 1, ':')) && adj(j + 1) && is_num(j + 2))) return {};
    size_t e = j + 1;
    // Decades: 1990s, 1980's
    bool decade = false;
    if (adj(e) && R(e, Cls::suffix) && R(e, Cls::suffix)->text == "plural") {
      decade = true;
      ++e;
    } else if (P(e, '\'') && adj(e) && plural_s(e + 1) && adj(e + 1)) {
      decade = true;
      e += 2;
    }
    if (decade) {
      if (*y % 10 != 0) return {};
      if (*y % 100 == 0 && !(j > 0 && (R(j - 1, Cls::part) || F(j - 1, Func::THE) || F(j - 1, Func::IN))))
        return make(i, e, TimexType::DATE, pad4(*y).substr(0, 3), true);
      return make(i, e, TimexType::DATE, pad4(*y).substr(0, 3), true);
    }
    if (adj(e) && t_[e].kind == TK::word) return {};  // 1998abc
    if (!fiscal && (*y < 1800 || *y > 2100)) {
      bool prep = j > 0 && (F(j - 1, Func::IN) || F(j - 1, Func::SINCE) || F(j - 1, Func::BY) ||
                            F(j - 1, Func::FROM) || F(j - 1, Func::OF) || F(j - 1, Func::THE));
      if (!prep) return {};
    }
    // A following unit word means a count, not a year ("1500 years"); a time zone, a clock ("1900 GMT").
    if (R(e, Cls::unit) || R(e, Cls::tz)) return {};
    return make(i, e, TimexType::DATE, pad4(*y), true);
  }

  // today, yesterday morning, tonight
  Cand relative_day(size_t i) {
    if (const LexRole* d = R(i, Cls::day)) {
      if (const LexRole* p = R(i + 1, Cls::partofday)) {
        if (!anchor_) return make(i, i + 2, TimexType::TIME, "XXXX-XX-XXT" + p->text);
        return make(i, i + 2, TimexType::TIME, add_days(*anchor_, d->num).iso() + "T" + p->text);
      }
      if (!anchor_) return make(i, i + 1, TimexType::DATE, d->num == 0 ? "PRESENT_REF" : "XXXX-XX-XX");
      return make(i, i + 1, TimexType::DATE, add_days(*anchor_, d->num).iso());
    }
    if (const LexRole* tn = R(i, Cls::tonight)) {
      return make(i, i + 1, TimexType::TIME, (anchor_ ? anchor_->iso() : std::string("XXXX-XX-XX")) + "T" + tn->text);
    }
    return {};
  }

  // Monday, Monday night, Fridays (a set)
  Cand weekday_expr(size_t i) {
    if (const LexRole* ws = R(i, Cls::weekdays); ws && capital(i))
      return make(i, i + 1, TimexType::SET, "XXXX-WXX-" + std::to_string(ws->num));
    const LexRole* w = R(i, Cls::weekday);
    if (!w || !weekday_ok(i, w)) return {};
    size_t e = i + 1;
    if (w->has_flag("amb")) ++e;  // the dot
    // "Tuesday nights", "Monday and Tuesday nights": every such part of that weekday, unless the
    // clause tells of the past ("militants attacked the post on Saturday and Sunday nights": those
    // two nights).
    const bool told_past = past_verb_before(i, 8);
    if (const LexRole* ps = R(e, Cls::partofdays); ps && !told_past)
      return make(i, e + 1, TimexType::SET, "XXXX-WXX-" + std::to_string(w->num) + "T" + ps->text);
    if ((F(e, Func::AND) || F(e, Func::OR)) && !told_past) {
      const LexRole* w2 = R(e + 1, Cls::weekday);
      if (const LexRole* ps = R(e + 2, Cls::partofdays); w2 && ps && weekday_ok(e + 1, w2))
        return make(i, e, TimexType::SET, "XXXX-WXX-" + std::to_string(w->num) + "T" + ps->text);
    }
    size_t wend = e;
    if (const LexRole* p = R(e, Cls::partofday); p && !p->has_flag("amb")) ++wend;
    std::string v = weekday_value(w->num, 0, i, wend);
    if (const LexRole* p = R(e, Cls::partofday); p && !p->has_flag("amb"))
      return make(i, e + 1, TimexType::TIME, v + "T" + p->text);
    return make(i, e, TimexType::DATE, v);
  }

  // last week, this year, next month, last November, last Friday, this morning,
  // the past two years, the next day (context), the current quarter
  Cand shifted(size_t i) {
    size_t j = i;
    bool the = false;
    if (F(j, Func::THE)) {
      the = true;
      ++j;
    }
    const LexRole* s = R(j, Cls::shift);
    if (!s) return {};
    // "past" is both a shift and a noun; "the past" alone is the reference rule.
    int k = s->num;
    bool latest = s->has_flag("latest");
    size_t u_at = j + 1;
    while (u_at < j + 3 && (F(u_at, Func::FISCAL) || F(u_at, Func::FULL))) ++u_at;  // the current fiscal year
    // count + unit: the past two years, the next three months -> a duration
    if (auto c = count_at(u_at); c && !(c->article)) {
      size_t ce = c->end;
      if (F(ce, Func::UNITADJ) && R(ce + 1, Cls::unit)) c->end = ++ce;  // the next five business days
      if (const LexRole* u = unit_at(c->end, c->digits)) {
        if (u->unit != Unit::WE && u->unit != Unit::PERIOD)
          return make(i, c->end + 1, TimexType::DURATION, duration_value(u->unit, c->v));
      }
    }
    const LexRole* u_any = R(u_at, Cls::unit);
    if (const LexRole* u = (u_any && u_any->unit == Unit::PERIOD) ? u_any : unit_at(u_at, false)) {
      if (u->has_flag("plural")) {
        return {};  // "the past years" is not a calendar unit
      }
      Unit un = u->unit;
      if (un == Unit::PERIOD && !(latest && the)) return {};
      if (the && k != 0 && s->has_flag("duration")) {
        // the past year, the last week -> a duration
        return make(i, u_at + 1, TimexType::DURATION, duration_value(un, 1));
      }
      if (the && k != 0 && !latest) {
        // the next day, the previous year, the following week: from the last date mentioned
        std::string v = ctx_shift_value(un, k);
        if (v.empty()) return {};
        if (un == Unit::WE) v += "-WE";
        return make(i, u_at + 1, TimexType::DATE, v);
      }
      if ((un == Unit::Q || un == Unit::PERIOD) && latest && the) {
        if (!last_quarter_.empty()) return make(i, u_at + 1, TimexType::DATE, last_quarter_);
        return make(i, u_at + 1, TimexType::DATE, anchor_shift_value(Unit::Q, -1, Gran::quarter));
      }
      // "this quarter's loss" after "the third quarter ended Sept. 30": the
      // quarter whose results the report gives, not the calendar quarter of its date
      if (un == Unit::Q && k == 0 && !the && !latest && P(u_at + 1, '\'') && adj(u_at + 1) &&
          plural_s(u_at + 2) && !last_quarter_.empty())
        return make(i, u_at + 1, TimexType::DATE, last_quarter_);
      if (un == Unit::S || un == Unit::MIN || un == Unit::H) return {};
      std::string v;
      if (un == Unit::WE) {
        v = anchor_ ? anchor_shift_value(Unit::W, k, Gran::week) + "-WE" : "XXXX-WXX-WE";
      } else {
        v = anchor_shift_value(un, k, gran_of(un));
      }
      if (v.empty()) return {};
      return make(the && (latest || k == 0) ? i : j, u_at + 1, TimexType::DATE, v);
    }
    if (the) {
      // the previous Friday, the following Monday, the next morning: from the last day mentioned
      auto c = context();
      if (k == 0 || s->has_flag("duration") || !c || c->precision != DatePrecision::day) return {};
      if (const LexRole* w = R(u_at, Cls::weekday); w && weekday_ok(u_at, w)) {
        long delta = k < 0 ? -((weekday(c->start) - w->num + 7) % 7) : (w->num - weekday(c->start) + 7) % 7;
        if (delta == 0) delta = 7L * k;
        return make(i, u_at + 1, TimexType::DATE, add_days(c->start, delta).iso());
      }
      if (const LexRole* p = R(u_at, Cls::partofday); p && !p->has_flag("amb"))
        return make(i, u_at + 1, TimexType::TIME, add_days(c->start, k).iso() + "T" + p->text);
      return {};
    }
    size_t e = 0;
    if (auto m = month_at(u_at, e)) {
      int mode = k < 0 ? -2 : k > 0 ? 2 : 9;
      size_t de = 0;
      if (auto d = day_at(e, de)) {  // last Oct. 23: the most recent one before the anchor
        if (!is_valid_day(2000, *m, *d)) return {};
        if (!anchor_) return make(i, de, TimexType::DATE, "XXXX-" + two(*m) + "-" + two(*d));
        for (int y = anchor_->y + (k > 0 ? 0 : -1); y >= anchor_->y - 1 && y <= anchor_->y + 1; y += (k > 0 ? 1 : -1)) {
          auto date = make_day(y, *m, *d);
          if (!date) continue;
          if ((k <= 0 && *date < *anchor_) || (k > 0 && *anchor_ < *date)) return make(i, de, TimexType::DATE, date->iso());
        }
        return {};
      }
      auto y = year_for(*m, 0, i, mode);
      return make(i, e, TimexType::DATE, y ? pad4(*y) + "-" + two(*m) : "XXXX-" + two(*m));
    }
    if (const LexRole* w = R(u_at, Cls::weekday); w && weekday_ok(u_at, w)) {
      int mode = k < 0 ? -2 : k > 0 ? 2 : 9;
      std::string v = weekday_value(w->num, mode, i);
      if (const LexRole* p = R(u_at + 1, Cls::partofday))
        return make(i, u_at + 2, TimexType::TIME, v + "T" + p->text);
      return make(i, u_at + 1, TimexType::DATE, v);
    }
    if (const LexRole* se = R(u_at, Cls::season)) {
      int mode = k < 0 ? -2 : k > 0 ? 2 : 9;
      auto y = season_year(se->text, mode, i);
      return make(i, u_at + 1, TimexType::DATE, y ? season_value(se->text, *y) : "XXXX-" + se->text);
    }
    if (const LexRole* p = R(u_at, Cls::partofday)) {
      // this morning, last night, tomorrow night is the day rule
      int off = k < 0 ? -1 : k > 0 ? 1 : 0;
      if (k < 0 && p->text != "NI") return {};
      std::string d = anchor_ ? add_days(*anchor_, off).iso() : std::string("XXXX-XX-XX");
      return make(i, u_at + 1, TimexType::TIME, d + "T" + p->text);
    }
    if (const LexRole* h = R(u_at, Cls::holiday); h && capital(u_at)) {
      size_t e2 = u_at + 1;
      if (const LexRole* u = R(e2, Cls::unit); u && u->unit == Unit::D) ++e2;
      else if (h->has_flag("day"))
        return {};
      if (!anchor_) return make(i, e2, TimexType::DATE, "XXXX");
      // last Christmas: the latest one before the anchor; next: the first after; this: this year's.
      std::optional<Date> pick;
      for (int y = anchor_->y - 1; y <= anchor_->y + 1; ++y) {
        auto d = holiday_date(h, y);
        if (!d) continue;
        if (k < 0 && *d < *anchor_ && (!pick || *pick < *d)) pick = d;
        if (k > 0 && *anchor_ < *d && (!pick || *d < *pick)) pick = d;
        if (k == 0 && d->y == anchor_->y) pick = d;
      }
      if (pick) return make(i, e2, TimexType::DATE, pick->iso());
    }
    return {};
  }

  // five years, 16-hour, a few days, two years ago, three days later, a year ago, "$5 a year"
  Cand counted(size_t i) {
    size_t j = i;
    bool the = false;
    bool first = false;
    if (F(j, Func::THE)) {
      the = true;
      ++j;
      if (const LexRole* o = R(j, Cls::ordinal); o && o->num == 1) {  // the first nine months
        ++j;
        first = true;
      }
      if (F(j, Func::FULL)) ++j;
    }
    auto c = count_at(j);
    size_t u_at;
    bool half = false;  // "5 1/2 hours", "two and a half years", "a minute and a half"
    bool hyphen = false;  // "five-year", "three-quarters"
    if (c) {
      u_at = c->end;
      if (c->digits && is_num(u_at) && t_[u_at].num == 1 && P(u_at + 1, '/') && adj(u_at + 1) && is_num(u_at + 2) &&
          adj(u_at + 2) && t_[u_at + 2].num == 2) {
        half = true;
        u_at += 3;
      } else if (!c->article && F(u_at, Func::AND) && half_at(u_at + 1)) {
        half = true;
        u_at += 3;
      }
      if (P(u_at, '-') && adj(u_at) && adj(u_at + 1)) {
        ++u_at;  // five-year
        hyphen = true;
      } else if ((F(u_at, Func::EXTRA) || (F(u_at, Func::UNITADJ) && !c->article)) &&
                 R(u_at + 1, Cls::unit)) {
        ++u_at;  // two more weeks, an additional year, eight trading days
      }
    } else if (const LexRole* lu = R(j, Cls::unit);
               lu && !the && lu->unit != Unit::PERIOD && P(j + 1, '-') && adj(j + 1) && adj(j + 2) && F(j + 2, Func::LONG)) {
      // day-long, decades-long
      return make(i, j + 3, TimexType::DURATION, duration_value(lu->unit, lu->has_flag("plural") ? -1 : 1));
    } else if (!the && R(j, Cls::unit) && R(j, Cls::unit)->has_flag("plural") && i > 0 &&
               (F(i - 1, Func::FOR) || F(i - 1, Func::IN))) {
      // for years, over decades, the first time in years
      const LexRole* u = R(j, Cls::unit);
      if (u->unit == Unit::PERIOD || u->has_flag("amb")) return {};
      return make(i, j + 1, TimexType::DURATION, duration_value(u->unit, -1));
    } else if (const LexRole* pu = R(j, Cls::unit);
               the && j == i + 1 && pu && pu->has_flag("plural") && !pu->has_flag("amb") &&
               pu->unit != Unit::PERIOD && ((i > 0 && F(i - 1, Func::FOR)) || F(j + 1, Func::AHEAD)) &&
               !F(j + 1, Func::OF) && !is_num(j + 1) && !F(j + 1, Func::AGO) && !P(j + 1, '\'')) {
      // over the years, during the months, the weeks ahead: a stretch of unspecified length
      return make(i, F(j + 1, Func::AHEAD) ? j + 2 : j + 1, TimexType::DURATION,
                  duration_value(pu->unit, -1));
    } else {
      return {};
    }
    const LexRole* u = unit_at(u_at, c->digits);
    if (!u || u->unit == Unit::PERIOD) return {};
    if (c->v < 0 && !u->has_flag("plural") && !hyphen) return {};  // "a several-year tenure" is one
    if (c->article && u->has_flag("plural")) return {};
    size_t e = u_at + 1;
    Unit un = u->unit;
    // "the first two quarters of 1990": that year's first half
    if (first && un == Unit::Q && c->v == 2 && !c->article && F(e, Func::OF))
      if (auto y = year_at(e + 1)) return make(i, e + 2, TimexType::DATE, pad4(*y) + "-H1", true);
    // "a day-long strike", "a two-week-long siege": the article is the noun's
    if (P(e, '-') && adj(e) && adj(e + 1) && F(e + 1, Func::LONG) && !half)
      return make(c->article ? u_at : i, e + 2, TimexType::DURATION, duration_value(un, c->article ? 1 : c->v));
    // "a year-earlier quarter": the adjective is the quarter rule's, starting at "year".
    if (P(e, '-') && adj(e) && (F(e + 1, Func::AGO) || F(e + 1, Func::EARLIER))) return {};
    // Ages are not time expressions: "a 6-year-old boy", "37 years old".
    if (F(e, Func::OLD) || (P(e, '-') && adj(e) && F(e + 1, Func::OLD))) return {};
    if (u->has_flag("plural") && hyphen) return {};  // three-quarters
    if (un == Unit::HALF) return {};
    // "a quarter of the market", "three quarters of its fighters": a part of
    // a whole, not a time, unless a unit of time follows ("a quarter of a
    // century"); "several quarters of losses" is a time
    if (un == Unit::Q && !the && c->v > 0 && F(e, Func::OF)) {
      size_t k = e + 1;
      bool det =
          F(k, Func::THE) || F(k, Func::DET) || (R(k, Cls::number) && R(k, Cls::number)->has_flag("article"));
      if (det && !R(k + 1, Cls::unit)) return {};
    }
    if (!half && c->article && F(e, Func::AND) && half_at(e + 1)) {
      half = true;
      e += 3;
    }
    if (half && c->v > 0) {
      std::string v = half_duration(un, c->v);
      if (v.empty()) return {};
      return make(i, e, TimexType::DURATION, v);
    }
    bool anchored_next = F(e, Func::AGO) || F(e, Func::LATER) || F(e, Func::EARLIER) || F(e, Func::HENCE);
    // "will one day be": some day to come, not a stretch of one day
    if (!the && !c->article && !c->digits && c->v == 1 && un == Unit::D && e == u_at + 1 && !anchored_next && i > 0) {
      bool weak = false;
      if (cue_at(i - 1, &weak) > 0 && !weak) return make(i, e, TimexType::DATE, "FUTURE_REF");
    }
    // Rates: "$5 a year", "twice a day" are sets.
    if (c->article && !the && i > 0 && !anchored_next &&
        (t_[i - 1].kind == TK::num || R(i - 1, Cls::setcue) || P(i - 1, '%') || R(i - 1, Cls::number))) {
      return make(i, e, TimexType::SET, duration_value(un, 1));
    }
    // "a week or so ago": an approximate count
    bool approx = false;
    if (F(e, Func::OR) && F(e + 1, Func::SO) &&
        (F(e + 2, Func::AGO) || F(e + 2, Func::LATER) || F(e + 2, Func::EARLIER))) {
      approx = true;
      e += 2;
    }
    auto fin = [&](Cand r) {
      if (approx && r.ok() && r.mod.empty()) r.mod = "APPROX";
      return r;
    };
    // ago / from now / later / earlier
    if (F(e, Func::AGO)) {
      if (c->v < 0) return fin(make(i, e + 1, TimexType::DATE, "PAST_REF"));
      if (un == Unit::Y && c->v == 1 && c->article) return fin(make(i, e + 1, TimexType::DATE, year_back_value(1, false)));
      Gran g = gran_of(un);
      return fin(make(i, e + 1, TimexType::DATE, anchor_shift_value(un, -c->v, g)));
    }
    if (F(e, Func::HENCE) || (F(e, Func::FROM) && R(e + 1, Cls::ref) && R(e + 1, Cls::ref)->text == "PRESENT_REF")) {
      size_t end = F(e, Func::HENCE) ? e + 1 : e + 2;
      if (c->v < 0) return fin(make(i, end, TimexType::DATE, "FUTURE_REF"));
      return fin(make(i, end, TimexType::DATE, anchor_shift_value(un, c->v, gran_of(un))));
    }
    bool later = F(e, Func::LATER), earlier = F(e, Func::EARLIER);
    if ((later || earlier) && !the) {
      const LexRole* f = t_[e].lex->func(later ? Func::LATER : Func::EARLIER);
      bool prep = f && f->has_flag("prep");
      if (!prep || !(e + 1 < n_ && (t_[e + 1].kind == TK::word || t_[e + 1].kind == TK::num))) {
        if (c->v < 0) return fin(make(i, e + 1, TimexType::DATE, earlier ? "PAST_REF" : "FUTURE_REF"));
        int k = earlier ? -c->v : c->v;
        if (un == Unit::Y && c->v == 1 && earlier && c->article)
          return fin(make(i, e + 1, TimexType::DATE, year_back_value(1, true)));
        std::string v = ctx_shift_value(un, k);
        if (v.empty()) return {};
        return fin(make(i, e + 1, TimexType::DATE, v));
      }
    }
    if (un == Unit::WE) return {};
    // "a several-year tenure": the article is the noun's
    size_t b = hyphen && c->v < 0 && R(i, Cls::number) && R(i + 1, Cls::fuzzy) ? i + 1 : i;
    Cand d = make(b, e, TimexType::DURATION, duration_value(un, c->v));
    d.longer_period = the && un == Unit::M && c->v > 3 && c->v < 12;
    return d;
  }

  // the third quarter [of 1989], third-quarter, the fiscal first quarter, the first half,
  // the quarter, the year-ago quarter, year-earlier
  Cand quarter(size_t i) {
    size_t j = i;
    bool the = F(j, Func::THE);
    if (the) ++j;
    // the same (corresponding, comparable) period last year / a year ago:
    // the report's period, a year back
    if (the && F(j, Func::SAME)) {
      const LexRole* q = R(j + 1, Cls::unit);
      if (q && (q->unit == Unit::Q || q->unit == Unit::PERIOD) && !q->has_flag("plural")) {
        size_t k = j + 2;
        const LexRole* s = R(k, Cls::shift);
        const LexRole* yu = R(k + 1, Cls::unit);
        const LexRole* a = R(k, Cls::number);
        const LexRole* yu2 = R(k + 1, Cls::unit);
        size_t e = 0;
        if (s && s->num < 0 && yu && yu->unit == Unit::Y && !yu->has_flag("plural"))
          e = k + 2;
        else if (a && a->has_flag("article") && yu2 && yu2->unit == Unit::Y && !yu2->has_flag("plural") &&
                 (F(k + 2, Func::AGO) || F(k + 2, Func::EARLIER)))
          e = k + 3;
        if (e) {
          std::string v = year_back_value(1, false);
          if (q->unit == Unit::Q && v.size() == 4 && anchor_)  // no report quarter: the last one completed
            if (auto d = shift(*anchor_, Unit::Q, -5)) v = format_at(*d, Gran::quarter);
          if (!v.empty()) return make(i, e, TimexType::DATE, v);
        }
      }
      // "the comparable year-ago quarter": the adjective belongs to the expression
      if (R(j + 1, Cls::unit) && P(j + 2, '-')) ++j;
    }
    if (F(j, Func::FISCAL)) ++j;
    // Year-ago / year-earlier (adjective), optionally + quarter/period
    if (const LexRole* u = R(j, Cls::unit); u && u->unit == Unit::Y && P(j + 1, '-') && adj(j + 1) &&
                                            (F(j + 2, Func::AGO) || F(j + 2, Func::EARLIER))) {
      size_t e = j + 3;
      const LexRole* q = R(e, Cls::unit);
      if (q && (q->unit == Unit::Q || q->unit == Unit::PERIOD)) {
        ++e;
      } else if (auto c = the ? count_at(e) : std::nullopt; c && !c->article) {
        // "the year-earlier nine months": a stretch of that length, a year back
        const LexRole* cu = unit_at(c->end, c->digits);
        if (!cu || cu->unit == Unit::PERIOD || cu->unit == Unit::WE) return {};
        return make(i, c->end + 1, TimexType::DURATION, duration_value(cu->unit, c->v));
      } else if (the) {
        // "the year-ago third quarter": that quarter of the year before
        Cand named = quarter(e);
        const std::string& v = named.value;
        if (!named.ok() || v.size() != 7 || v[5] != 'Q' || !std::isdigit(static_cast<unsigned char>(v[0])))
          return {};
        int y = std::atoi(v.substr(0, 4).c_str()) - 1;
        if (!year_ok(y)) return {};
        return make(i, named.e, TimexType::DATE, pad4(y) + v.substr(4));
      }
      return make(the ? i : j, e, TimexType::DATE, year_back_value(1, false));
    }
    // the quarter / the period (in a quarterly report)
    if (the) {
      const LexRole* q = R(j, Cls::unit);
      if (q && q->unit == Unit::Q && P(j + 1, '-') && adj(j + 1)) return {};  // quarter-to-quarter
      if (q && q->unit == Unit::Q && F(j + 1, Func::ENDED)) {
        // "the quarter ended Sept. 30": the calendar quarter holding most of
        // the three months up to that day, found at their middle, 45 days
        // back (a quarter ended July 31 ran May to July: Q2, not Q3)
        Cand end = absolute(j + 2);
        if (auto r = end.ok() ? range_of_value(end.value) : std::nullopt; r && r->precision == DatePrecision::day) {
          Cand c = make(i, j + 1, TimexType::DATE, format_at(add_days(r->start, -45), Gran::quarter));
          c.quarter_mention = true;
          return c;
        }
      }
      if (q && (q->unit == Unit::Q) && !F(j + 1, Func::OF)) {
        // with no quarter named yet, the last one completed (results come after it)
        std::string v = !last_quarter_.empty()          ? last_quarter_
                        : (anchor_ && j == i + 1) ? anchor_shift_value(Unit::Q, -1, Gran::quarter)
                                                  : std::string();
        if (!v.empty()) {
          // "the quarter a year ago": that quarter of the year before
          const LexRole* a = R(j + 1, Cls::number);
          const LexRole* yu = R(j + 2, Cls::unit);
          if (a && a->has_flag("article") && yu && yu->unit == Unit::Y && !yu->has_flag("plural") &&
              (F(j + 3, Func::AGO) || F(j + 3, Func::EARLIER))) {
            int y = std::atoi(v.substr(0, 4).c_str()) - 1;
            if (year_ok(y)) return make(i, j + 4, TimexType::DATE, pad4(y) + v.substr(4));
          }
          return make(i, j + 1, TimexType::DATE, v);
        }
      }
    }
    // this year's third quarter, last year's fourth quarter, the 1988 second quarter
    std::optional<int> pre_year;
    bool pre_explicit = false;
    if (const LexRole* s = R(j, Cls::shift); s && R(j + 1, Cls::unit) && R(j + 1, Cls::unit)->unit == Unit::Y &&
                                             P(j + 2, '\'') && plural_s(j + 3)) {
      if (anchor_) pre_year = anchor_->y + s->num;
      j += 4;
      // last year's quarter: the report's quarter, a year back
      if (const LexRole* q = R(j, Cls::unit); q && (q->unit == Unit::Q || q->unit == Unit::PERIOD) &&
                                              !last_quarter_.empty() && pre_year)
        return make(i, j + 1, TimexType::DATE, pad4(*pre_year) + last_quarter_.substr(4));
    } else if (auto yy = year_at(j); yy && the) {
      pre_year = yy;
      pre_explicit = true;
      ++j;
      if (const LexRole* q = R(j, Cls::unit); q && (q->unit == Unit::Q || q->unit == Unit::PERIOD) && !last_quarter_.empty()) {
        // "the 1988 period" after "the first nine months" is that stretch of 1988
        if (q->unit == Unit::PERIOD && !period_is_quarter_) return make(i, j + 1, TimexType::DATE, pad4(*yy), true);
        Cand c = make(i, j + 1, TimexType::DATE, pad4(*yy) + last_quarter_.substr(4), true);
        return c;
      }
      // "the 1988 period" with no report quarter named: that year's stretch
      if (const LexRole* q = R(j, Cls::unit); q && q->unit == Unit::PERIOD)
        return make(i, j + 1, TimexType::DATE, pad4(*yy), true);
    }
    const LexRole* o = R(j, Cls::ordinal);
    int ord = 0;
    size_t k = j + 1;
    bool fiscal = F(i, Func::FISCAL) || F(i + 1, Func::FISCAL);
    if (o) {
      ord = o->num;
    } else if (const LexRole* s = R(j, Cls::shift); s && s->num < 0 && the && F(j + 2, Func::OF)) {
      ord = -1;  // the last half of 1989, the last quarter of the year
    } else if (is_num(j) && t_[j].ndig == 1 && adj(j + 1) && R(j + 1, Cls::suffix) &&
               R(j + 1, Cls::suffix)->text == "ord") {
      ord = t_[j].num;
      k = j + 2;
    } else {
      return {};
    }
    if (P(k, '-') && adj(k)) ++k;
    if (F(k, Func::FISCAL)) {
      fiscal = true;
      ++k;
    }
    // "the second and fourth quarters": the first of two ordinals sharing a plural unit
    if (o && k == j + 1 && (F(k, Func::AND) || F(k, Func::OR)) && R(k + 1, Cls::ordinal)) {
      size_t u2 = k + 2;
      if (P(u2, '-') && adj(u2)) ++u2;
      const LexRole* qs = R(u2, Cls::unit);
      if (qs && qs->unit == Unit::Q && qs->has_flag("plural") && ord >= 1 && ord <= 4 &&
          !F(u2 + 1, Func::OF) && !year_at(u2 + 1))
        return make(j, j + 1, TimexType::SET, "XXXX-Q" + std::to_string(ord));
    }
    const LexRole* q = R(k, Cls::unit);
    if (!q || (q->unit != Unit::Q && q->unit != Unit::HALF)) return {};
    int maxn = q->unit == Unit::Q ? 4 : 2;
    if (ord < 0) ord = maxn;
    if (ord < 1 || ord > maxn) return {};
    std::string code = q->unit == Unit::Q ? "-Q" : "-H";
    size_t e = k + 1;
    // of 1989 / of fiscal 1989 / of this year / of the year
    size_t y_at = e;
    bool explicit_y = false;
    std::optional<int> y;
    if (F(y_at, Func::OF)) {
      size_t z = y_at + 1;
      if (F(z, Func::FISCAL)) ++z;
      if (auto yy = year_at(z)) {
        y = yy;
        e = z + 1;
        explicit_y = true;
      } else if (const LexRole* s = R(z, Cls::shift); s && R(z + 1, Cls::unit) && R(z + 1, Cls::unit)->unit == Unit::Y) {
        if (anchor_) y = anchor_->y + s->num;
        e = z + 2;
      } else if (code == "-H") {
        // the last half of the '80s, the first half of the 1990s: that
        // decade, its start or end
        size_t d = F(z, Func::THE) ? z + 1 : z;
        Cand dec = year_expr(d);
        if (!(dec.ok() && dec.value.size() == 3)) dec = decade_word(z);
        if (dec.ok() && dec.value.size() == 3) {
          size_t b = the || F(i, Func::FISCAL) ? i : j;
          Cand c = make(b, dec.e, TimexType::DATE, dec.value, dec.explicit_year);
          c.mod = ord == 1 ? "START" : "END";
          return c;
        }
      }
    } else if (auto yy = year_at(y_at)) {  // third quarter 1989
      y = yy;
      e = y_at + 1;
      explicit_y = true;
    }
    if (!y && pre_year) {
      y = pre_year;
      explicit_y = pre_explicit;
    }
    // "conducted in the second and fourth quarters": a plural with no year is every such quarter
    if (!y && q->has_flag("plural") && code == "-Q")
      return make(j, e, TimexType::SET, "XXXX-Q" + std::to_string(ord));
    if (!y && anchor_) {
      // Like a bare month, a quarter or half named without a year is the most
      // recent one that has begun ("the fourth quarter" in a January report is
      // last year's) unless the clause points forward.
      int current = code == "-Q" ? (anchor_->m - 1) / 3 + 1 : (anchor_->m - 1) / 6 + 1;
      y = anchor_->y;
      if (ord > current && !future_cue(i, e)) y = anchor_->y - 1;
    }
    size_t b = (the || pre_year || F(i, Func::FISCAL)) ? i : j;
    Cand c = make(b, e, TimexType::DATE, y ? pad4(*y) + code + std::to_string(ord) : "XXXX" + code + std::to_string(ord),
                  explicit_y);
    // A fiscal quarter's number says nothing of its calendar months, so it
    // cannot stand for the report's quarter; nor can one long past.
    c.quarter_mention = !fiscal && y && anchor_ && code == "-Q" &&
                        ((anchor_->y * 4L + (anchor_->m - 1) / 3) - (*y * 4L + ord - 1)) >= 0 &&
                        ((anchor_->y * 4L + (anchor_->m - 1) / 3) - (*y * 4L + ord - 1)) <= 4;
    return c;
  }

  // daily, every Friday, each year, per year
  Cand set_expr(size_t i) {
    if (const LexRole* s = R(i, Cls::set)) {
      // A capital letter inside a sentence, or a name word next to it, makes
      // it part of a title: the Daily Times, The Monthly, Pakistan Weekly.
      if (capital(i)) {
        bool sentence_start = i == 0 || t_[i].nl || clause_end(i - 1) || P(i - 1, '\'') || P(i - 1, '"');
        if (!sentence_start || capital(i + 1)) return {};
      }
      if (s->text == "TNI") return make(i, i + 1, TimexType::SET, "XXXX-XX-XXTNI");
      return make(i, i + 1, TimexType::SET, s->text);
    }
    const LexRole* ev = R(i, Cls::every);
    if (!ev) return {};
    size_t j = i + 1;
    if (auto c = count_at(j); c && !c->article) {
      if (const LexRole* u = unit_at(c->end, c->digits))
        return make(i, c->end + 1, TimexType::SET, duration_value(u->unit, c->v));
    }
    if (const LexRole* u = unit_at(j, false); u && u->unit != Unit::PERIOD)
      return make(i, j + 1, TimexType::SET, u->unit == Unit::WE ? "XXXX-WXX-WE" : duration_value(u->unit, 1));
    if (const LexRole* w = R(j, Cls::weekday))
      return make(i, j + 1, TimexType::SET, "XXXX-WXX-" + std::to_string(w->num));
    if (const LexRole* p = R(j, Cls::partofday)) return make(i, j + 1, TimexType::SET, "XXXX-XX-XXT" + p->text);
    size_t e = 0;
    if (auto m = month_at(j, e)) return make(i, e, TimexType::SET, "XXXX-" + two(*m));
    return {};
  }

  // 10 a.m., 10:30 pm EST, noon, 9 a.m. Tuesday
  Cand clock(size_t i) {
    int h = -1, mi = 0;
    size_t e = i;
    bool ampm_seen = false;
    if (const LexRole* c = R(i, Cls::clock)) {
      std::sscanf(c->text.c_str(), "%d:%d", &h, &mi);
      e = i + 1;
      ampm_seen = true;
    } else if (is_num(i) && t_[i].ndig == 4 && R(i + 1, Cls::tz) && t_[i].num / 100 <= 23 && t_[i].num % 100 <= 59) {
      // military style: 1900 GMT
      h = t_[i].num / 100;
      mi = t_[i].num % 100;
      e = i + 1;
    } else if (is_num(i) && t_[i].ndig <= 2) {
      h = t_[i].num;
      e = i + 1;
      bool colon = false;
      if (P(e, ':') && adj(e) && is_num(e + 1) && adj(e + 1) && t_[e + 1].ndig == 2) {
        mi = t_[e + 1].num;
        e += 2;
        colon = true;
      }
      if (const LexRole* ap = R(e, Cls::ampm)) {
        bool dotted = ap->has_flag("dotted");
        if (dotted) {
          // a.m. / p.m.
          const LexRole* m = R(e + 2, Cls::ampm);
          if (P(e + 1, '.') && adj(e + 1) && m && m->text == "M" && adj(e + 2)) {
            bool pm = ap->text == "PM";
            e += 3;
            if (P(e, '.') && adj(e)) ++e;
            if (h < 1 || h > 12) return {};
            h = h % 12 + (pm ? 12 : 0);
            ampm_seen = true;
          }
        } else {
          bool pm = ap->text == "PM";
          if (h < 1 || h > 12) return {};
          h = h % 12 + (pm ? 12 : 0);
          ++e;
          ampm_seen = true;
        }
      }
      // "4 in the morning", "eight in the evening": the part of the day sets a.m. or p.m. Only
      // after a word that introduces a clock time ("at 4 in the morning", "until", "by", "from",
      // "since", "between 3 and 4 ..."): "killed 4 in the morning attack" counts people.
      const bool clock_cue = i > 0 && (F(i - 1, Func::AT) || F(i - 1, Func::BY) || F(i - 1, Func::FROM) ||
                                       F(i - 1, Func::SINCE) || F(i - 1, Func::AND) || F(i - 1, Func::NEAR) ||
                                       F(i - 1, Func::LATER) || F(i - 1, Func::EARLIER) ||
                                       R(i - 1, Cls::mod) || R(i - 1, Cls::future));
      if (!ampm_seen && !colon && clock_cue && F(e, Func::IN) && F(e + 1, Func::THE) && h >= 1 && h <= 12) {
        if (const LexRole* p = R(e + 2, Cls::partofday); p && !p->has_flag("amb")) {
          bool pm = p->text == "AF" || p->text == "EV" || (p->text == "NI" && h >= 6 && h < 12);
          h = h % 12 + (pm ? 12 : 0);
          e += 3;
          ampm_seen = true;
        }
      }
      if (!ampm_seen && !colon) return {};
      // A bare 24-hour clock needs two-digit hours ("14:30") and is not a ratio or a score.
      if (!ampm_seen && (h > 23 || t_[i].ndig != 2 || (i > 0 && P(i - 1, ':')))) return {};
      if (mi > 59 || h > 24) return {};
    } else {
      return {};
    }
    if (R(e, Cls::tz)) ++e;
    std::string hhmm = two(h) + ":" + two(mi);
    // A day right after: "9 a.m. Tuesday", "noon today"
    size_t dstart = e;
    if (F(dstart, Func::ON)) ++dstart;
    if (const LexRole* w = R(dstart, Cls::weekday); w && weekday_ok(dstart, w)) {
      Cand d = absolute(dstart);
      std::string day = d.ok() && d.value.size() == 10 ? d.value : weekday_value(w->num, 0, i);
      size_t end = d.ok() && d.value.size() == 10 ? d.e : dstart + 1;
      if (day.size() == 10 || day.rfind("XXXX", 0) == 0) return make(i, end, TimexType::TIME, day + "T" + hhmm);
    }
    if (const LexRole* dd = R(dstart, Cls::day)) {
      std::string day = anchor_ ? add_days(*anchor_, dd->num).iso() : "XXXX-XX-XX";
      return make(i, dstart + 1, TimexType::TIME, day + "T" + hhmm);
    }
    // a date right after: "5 p.m. EST Nov. 9", "noon, March 3"
    if (P(dstart, ',') && R(dstart + 1, Cls::month)) ++dstart;
    if (R(dstart, Cls::month)) {
      Cand d = absolute(dstart);
      if (d.ok() && d.value.size() == 10) return make(i, d.e, TimexType::TIME, d.value + "T" + hhmm);
    }
    // "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis dates the
    // clock, which keeps its own extent
    if (P(dstart, '(')) {
      size_t k = dstart + 1;
      while (k < n_ && k < dstart + 6 && !P(k, ')')) ++k;
      if (P(k, ')')) {
        if (const LexRole* w = R(k + 1, Cls::weekday); w && weekday_ok(k + 1, w)) {
          std::string day = weekday_value(w->num, 0, k + 1);
          if (day.size() == 10) return make(i, e, TimexType::TIME, day + "T" + hhmm);
        }
      }
    }
    // With no day of its own a clock time is on the day the text is telling
    // of: the last day named, else the document date.
    std::string day = anchor_ ? anchor_->iso() : "XXXX-XX-XX";
    if (ctx_ && ctx_->precision == DatePrecision::day) day = ctx_->start.iso();
    return make(i, e, TimexType::TIME, day + "T" + hhmm);
  }

  // now, currently, recently, the past, the future, recent years, current
  Cand reference(size_t i) {
    // "at a later date", "an earlier date": an unnamed day ahead or back
    if (const LexRole* a = R(i, Cls::number); a && a->has_flag("article") &&
                                              (F(i + 1, Func::LATER) || F(i + 1, Func::EARLIER)) &&
                                              word_is(i + 2, "date"))
      return make(i, i + 3, TimexType::DATE, F(i + 1, Func::LATER) ? "FUTURE_REF" : "PAST_REF");
    // "these days": the present
    if (const Tok& k = t_[i]; k.kind == TK::word && k.lex) {
      const LexRole* d = k.lex->func(Func::DET);
      const LexRole* u = R(i + 1, Cls::unit);
      if (d && d->has_flag("present") && u && u->unit == Unit::D && u->has_flag("plural"))
        return make(i, i + 2, TimexType::DATE, "PRESENT_REF");
    }
    size_t j = i;
    bool the = F(j, Func::THE);
    if (the) ++j;
    // "then current": the present of a past moment
    if (!the && F(i, Func::THEN)) {
      const LexRole* c = R(i + 1, Cls::ref);
      if (c && c->text == "PRESENT_REF" && c->has_flag("adj") && !R(i + 2, Cls::unit))
        return make(i, i + 2, TimexType::DATE, "PAST_REF");
      return {};
    }
    // "the near future", "the short term"
    bool near = the && F(j, Func::NEAR);
    if (near) ++j;
    const LexRole* r = R(j, Cls::ref);
    if (!r) return {};
    if ((r->has_flag("near") && !near) || (near && r->text != "FUTURE_REF")) return {};
    if (r->has_flag("noun")) {
      // the past / the future, not "the past two years" or "past performance"
      if (!the && !(i > 0 && (F(i - 1, Func::IN)))) return {};
      if (count_at(j + 1) || R(j + 1, Cls::unit)) return {};
      if (r->text == "PAST_REF" && j + 1 < n_ && t_[j + 1].kind == TK::word &&
          (!t_[j + 1].lex || F(j + 1, Func::UNITADJ))) {
        // "the past decade" is a unit; "the past president" is not a time
        return {};
      }
      return make(i, j + 1, TimexType::DATE, r->text);
    }
    if (the) return {};
    // recent years, recent months
    if (r->has_flag("adj")) {
      if (const LexRole* u = R(j + 1, Cls::unit); u && u->has_flag("plural") && u->unit != Unit::PERIOD)
        return make(i, j + 2, TimexType::DURATION, duration_value(u->unit, -1));
      // "current" before a calendar unit is the shift rule ("the current quarter")
      if (R(j + 1, Cls::unit)) return {};
      if (r->has_flag("unitonly")) return {};
    }
    return make(i, j + 1, TimexType::DATE, r->text);
  }

  // early/mid/late X, earlier this year, the end of 1990, the beginning of the year
  Cand part_prefix(size_t i) {
    size_t j = i;
    bool the = F(j, Func::THE);
    if (the) ++j;
    std::string mod;
    size_t inner_at = 0;
    bool relative = false;
    if (const LexRole* p = R(j, Cls::part)) {
      mod = p->text;
      relative = p->has_flag("relative");
      inner_at = j + 1;
      if (P(inner_at, '-') && adj(inner_at)) ++inner_at;
    } else if (const LexRole* pn = R(j, Cls::partnoun); pn && F(j + 1, Func::OF)) {
      mod = pn->text;
      inner_at = j + 2;
      // the end of the year / the end of the month
      if (F(inner_at, Func::THE)) {
        if (const LexRole* u = R(inner_at + 1, Cls::unit); u && !u->has_flag("plural")) {
          Gran g = gran_of(u->unit);
          if (u->unit == Unit::PERIOD || g == Gran::day) return {};
          std::string v = anchor_ ? format_at(*anchor_, g) : "";
          if (!last_quarter_.empty() && u->unit == Unit::Q) v = last_quarter_;
          if (v.empty()) return {};
          Cand c = make(i, inner_at + 2, TimexType::DATE, v);
          c.mod = mod;
          return c;
        }
      }
    } else {
      return {};
    }
    // "earlier in the year": the period the article names
    bool in_the = relative && F(inner_at, Func::IN) && F(inner_at + 1, Func::THE);
    Cand inner = core(in_the ? inner_at + 1 : inner_at);
    if (!inner.ok() || inner.value.empty()) return {};
    if (inner.value.find("_REF") != std::string::npos) return {};
    bool named_day = R(inner_at, Cls::day) || R(inner_at, Cls::weekday);
    if (relative) {
      // earlier this year, later this month, earlier that day, later
      // yesterday, earlier Sunday, later this afternoon, earlier in the year:
      // a shift word, a named day or "in the" before the period
      if (!R(inner_at, Cls::shift) && !F(inner_at, Func::THAT) && !named_day && !in_the) return {};
      bool part_of_day =
          inner.type == TimexType::TIME && inner.value.size() == 13 && R(inner.e - 1, Cls::partofday);
      if (inner.type != TimexType::DATE && !part_of_day) return {};
      if (in_the && (inner.type != TimexType::DATE || inner.value.size() > 7)) return {};
    } else if (inner.type != TimexType::DATE) {
      return {};
    }
    // For part words the inner date must be a period, or a day named by a
    // weekday or a relative day word ("late yesterday", "early Tuesday": the
    // day's start or end); not a calendar day ("early March 3").
    if (inner.value.size() == 10 && !relative && !named_day) return {};
    inner.b = i;
    inner.mod = mod;
    return inner;
  }

  // the day before last Tuesday, the day after March 3: a day next to a named one
  Cand day_next_to(size_t i) {
    if (!F(i, Func::THE)) return {};
    const LexRole* u = R(i + 1, Cls::unit);
    if (!u || u->unit != Unit::D || u->has_flag("plural") || i + 2 >= n_ || !t_[i + 2].lex) return {};
    const LexRole* before = t_[i + 2].lex->func(Func::EARLIER);
    const LexRole* after = t_[i + 2].lex->func(Func::LATER);
    if (!((before && before->has_flag("prep")) || (after && after->has_flag("prep")))) return {};
    Cand inner = core(i + 3);
    if (!inner.ok() || inner.type != TimexType::DATE || inner.value.size() != 10 || inner.value[0] == 'X')
      return {};
    auto r = range_of_value(inner.value);
    if (!r) return {};
    return make(i, inner.e, TimexType::DATE, add_days(r->start, before ? -1 : 1).iso());
  }

  // mid-afternoon, late morning yesterday, (in) the morning: a part of a day;
  // with no day of its own, the day the text is telling of (the last day
  // named, else the document date), like a clock time
  Cand day_part(size_t i) {
    size_t j = i;
    std::string mod;
    bool the = false;
    if (const LexRole* p = R(j, Cls::part); p && !p->has_flag("relative")) {
      mod = p->text;
      ++j;
      if (P(j, '-') && adj(j)) ++j;
    } else if (F(j, Func::THE) && i > 0 && (F(i - 1, Func::IN) || F(i - 1, Func::FOR))) {
      the = true;
      ++j;
    } else {
      return {};
    }
    const LexRole* p = R(j, Cls::partofday);
    if (!p || p->has_flag("amb")) return {};
    size_t e = j + 1;
    std::string day = anchor_ ? anchor_->iso() : "XXXX-XX-XX";
    if (ctx_ && ctx_->precision == DatePrecision::day) day = ctx_->start.iso();
    if (const LexRole* d = R(e, Cls::day); d && !the) {  // mid-afternoon yesterday
      day = anchor_ ? add_days(*anchor_, d->num).iso() : "XXXX-XX-XX";
      ++e;
    } else if (const LexRole* w = R(e, Cls::weekday); w && !the && weekday_ok(e, w)) {  // late morning Friday
      day = weekday_value(w->num, 0, e, e + 1);
      e += w->has_flag("amb") ? 2 : 1;
    }
    Cand c = make(i, e, TimexType::TIME, day + "T" + p->text);
    c.mod = mod;
    return c;
  }

  // year-end, year end, the year's end: the end of the document's year
  Cand year_end(size_t i) {
    size_t j = i;
    if (F(j, Func::THE)) ++j;
    const LexRole* u = R(j, Cls::unit);
    if (!u || u->unit != Unit::Y || u->has_flag("plural")) return {};
    size_t k = j + 1;
    if (P(k, '-') && adj(k) && adj(k + 1)) ++k;
    else if (P(k, '\'') && adj(k) && plural_s(k + 1)) k += 2;
    const LexRole* end = R(k, Cls::partnoun);
    if (!end || end->text != "END" || F(k + 1, Func::OF)) return {};
    if (!anchor_) return make(i, k + 1, TimexType::DATE, "XXXX");
    // "since year-end": the last one passed, the end of the year before
    int y = anchor_->y - (i > 0 && F(i - 1, Func::SINCE) ? 1 : 0);
    if (!year_ok(y)) return {};
    Cand c = make(i, k + 1, TimexType::DATE, pad4(y));
    c.mod = "END";
    return c;
  }

  // the 20th century, the eleventh century
  Cand ordinal_century(size_t i) {
    size_t j = i;
    if (F(j, Func::THE)) ++j;
    int n = 0;
    size_t k = j + 1;
    if (const LexRole* o = R(j, Cls::ordinal)) {
      n = o->num;
    } else if (is_num(j) && t_[j].ndig <= 2 && adj(j + 1) && R(j + 1, Cls::suffix) &&
               R(j + 1, Cls::suffix)->text == "ord") {
      n = t_[j].num;
      k = j + 2;
    }
    if (P(k, '-') && adj(k)) ++k;
    const LexRole* u = R(k, Cls::unit);
    if (n < 1 || n > 99 || !u || u->unit != Unit::CE || u->has_flag("plural")) return {};
    return make(i, k + 1, TimexType::DATE, two(n - 1));
  }

  // the nineties, the early eighties: the latest such decade up to the anchor's year
  Cand decade_word(size_t i) {
    size_t j = i;
    if (F(j, Func::THE)) ++j;
    const LexRole* d = R(j, Cls::decade);
    if (!d) return {};
    if (j == i && !(i > 0 && (F(i - 1, Func::THE) || R(i - 1, Cls::part) || P(i - 1, '-')))) return {};
    if (!anchor_) return make(i, j + 1, TimexType::DATE, "XX" + std::to_string(d->num));
    int century = anchor_->y / 100;
    if (century * 100 + d->num * 10 > anchor_->y) --century;
    if (century < 1) return {};
    return make(i, j + 1, TimexType::DATE, two(century) + std::to_string(d->num));
  }

  // the week of March 6: the ISO week holding that day
  Cand week_of(size_t i) {
    if (!F(i, Func::THE) || !F(i + 2, Func::OF)) return {};
    const LexRole* u = R(i + 1, Cls::unit);
    if (!u || u->unit != Unit::W || u->has_flag("plural")) return {};
    Cand d = absolute(i + 3);
    if (!d.ok() || d.value.size() != 10 || d.value[0] == 'X') return {};
    auto r = range_of_value(d.value);
    if (!r) return {};
    return make(i, d.e, TimexType::DATE, format_at(r->start, Gran::week), d.explicit_year);
  }

  // that year, that day, the same day, the same month
  Cand context_ref(size_t i) {
    size_t j = i;
    if (F(j, Func::THAT)) {
      ++j;
      if (F(j, Func::SAME)) ++j;  // that same day
    } else if (F(j, Func::THE) && F(j + 1, Func::SAME)) {
      j += 2;
    } else {
      return {};
    }
    const LexRole* u = R(j, Cls::unit);
    if (!u || u->has_flag("plural") || u->unit == Unit::PERIOD || u->unit == Unit::H || u->unit == Unit::MIN ||
        u->unit == Unit::S)
      return {};
    if (u->unit == Unit::Y) {
      if (auto y = ctx_year()) return make(i, j + 1, TimexType::DATE, pad4(*y));
    }
    // "that day" with no day told before it is generic ("trades made that
    // day"), not the month or year last named
    if (auto c = context(); c && gran_of(u->unit) < gran_of_range(*c)) return {};
    std::string v = ctx_shift_value(u->unit, 0);
    if (v.empty()) return {};
    return make(i, j + 1, TimexType::DATE, v);
  }

  // summer 2014, the summer of 2014, in the spring
  Cand season_expr(size_t i) {
    size_t j = i;
    bool the = F(j, Func::THE);
    if (the) ++j;
    const LexRole* s = R(j, Cls::season);
    if (!s) return {};
    size_t y_at = j + 1;
    if (F(y_at, Func::OF)) ++y_at;
    if (auto y = year_at(y_at)) return make(i, y_at + 1, TimexType::DATE, season_value(s->text, *y), true);
    if (Cand sy = spelled_year(y_at); sy.ok()) {  // the winter of nineteen ninety-four
      sy.b = i;
      sy.value += "-" + s->text;
      return sy;
    }
    bool ctx_ok = the || (i > 0 && (F(i - 1, Func::IN) || F(i - 1, Func::SINCE) || F(i - 1, Func::BY) ||
                                    F(i - 1, Func::FOR) || R(i - 1, Cls::part)));
    if (!ctx_ok || (s->has_flag("amb") && !the)) return {};
    auto y = season_year(s->text, 0, i);
    return make(i, j + 1, TimexType::DATE, y ? season_value(s->text, *y) : "XXXX-" + s->text);
  }

  // the year, the full year, the fiscal year, the week, the weekend: the current one
  Cand the_unit(size_t i) {
    if (!F(i, Func::THE)) return {};
    size_t j = i + 1;
    while (j < i + 3 && (F(j, Func::FULL) || F(j, Func::FISCAL))) ++j;
    const LexRole* u = R(j, Cls::unit);
    if (!u || u->has_flag("plural")) return {};
    size_t e = j + 1;
    // "a high for the year of $42.875": the amount is not the year's name
    bool of_amount = F(e, Func::OF) && P(e + 1, '$');
    if ((F(e, Func::OF) && !of_amount) || F(e, Func::AGO) || F(e, Func::LATER) || F(e, Func::EARLIER) ||
        P(e, '\'') || P(e, '-'))
      return {};
    // "the year ended March 31", "the fiscal year ending June 30": a fiscal
    // year is a stretch of twelve months, not the calendar year
    if (u->unit == Unit::Y && F(e, Func::ENDED)) return make(i, e, TimexType::DURATION, "P1Y");
    if (u->unit == Unit::Y && j == i + 1) {
      // the year 2000, the year two thousand (and one)
      if (auto y = year_at(e)) return make(i, e + 1, TimexType::DATE, pad4(*y), true);
      const LexRole* a = R(e, Cls::number);
      const LexRole* t = R(e + 1, Cls::number);
      if (a && !a->has_flag("article") && a->num < 10 && t && t->has_flag("thousand")) {
        int y = a->num * 1000;
        size_t k = e + 2;
        if (F(k, Func::AND) && count_at(k + 1)) ++k;
        if (auto c = count_at(k); c && !c->article && !c->digits && c->v < 100) {
          y += c->v;
          k = c->end;
        }
        return make(i, k, TimexType::DATE, pad4(y), true);
      }
    }
    if (!anchor_) return {};
    switch (u->unit) {
      case Unit::Y: return make(i, e, TimexType::DATE, pad4(anchor_->y));
      case Unit::W: return make(i, e, TimexType::DATE, format_at(*anchor_, Gran::week));
      case Unit::WE: {
        int wd = weekday(*anchor_);
        Date sat = add_days(*anchor_, wd >= 6 ? 6 - wd : -(wd + 1));
        return make(i, e, TimexType::DATE, format_at(sat, Gran::week) + "-WE");
      }
      default: return {};
    }
  }

  // nineteen ninety-six
  Cand spelled_year(size_t i) {
    const LexRole* a = R(i, Cls::number);
    if (!a || a->num < 10 || a->num > 20 || a->has_flag("article")) return {};
    const LexRole* b = R(i + 1, Cls::number);
    if (!b || !b->has_flag("tens")) return {};
    auto c = count_at(i + 1);
    if (!c) return {};
    int y = a->num * 100 + c->v;
    if (y < 1000 || y > 2099) return {};
    return make(i, c->end, TimexType::DATE, pad4(y), true);
  }

  // "today is the eighth day of Desert Shield", "it's the second day of an
  // offensive": told in the present, the count ends on the document's day
  Cand nth_day_now(size_t i) {
    size_t j = F(i, Func::THE) ? i + 1 : i;
    const LexRole* u = R(j + 1, Cls::unit);
    if (!anchor_ || !R(j, Cls::ordinal) || !u || u->unit != Unit::D || u->has_flag("plural") ||
        !F(j + 2, Func::OF))
      return {};
    bool present = i > 0 && (word_is(i - 1, "is") || (i > 1 && word_is(i - 1, "s") && P(i - 2, '\'')));
    if (!present) return {};
    return make(i, j + 2, TimexType::DATE, anchor_->iso());
  }

  // "a crowded Christmas market", "the Easter parade": a holiday before a common noun, led in by
  // an article, a possessive or an adjective, names a thing, not a day ("on Christmas morning",
  // "since Easter", "the Christmas holidays" stay times).
  bool names_a_thing(size_t i) const {
    const size_t n = i + 1;
    if (n >= n_ || t_[n].kind != TK::word || t_[n].cap || t_[n].allcaps || t_[n].lex) return false;
    for (std::string_view x : {"eve", "holiday", "holidays", "season", "break", "recess", "vacation", "time"})
      if (word_is(n, x)) return false;
    if (i == 0 || t_[i - 1].kind != TK::word) return false;
    return F(i - 1, Func::THE) || F(i - 1, Func::DET) ||
           (!t_[i - 1].lex && !t_[i - 1].cap && !t_[i - 1].allcaps);
  }

  // Christmas, Thanksgiving Day, Christmas 2015
  Cand holiday_expr(size_t i) {
    const LexRole* h = R(i, Cls::holiday);
    if (!h || !capital(i)) return {};
    size_t e = i + 1;
    if (const LexRole* u = R(e, Cls::unit); u && u->unit == Unit::D) ++e;
    else if (h->has_flag("day"))
      return {};  // "Election Day", not "Election Commission"
    if (e == i + 1 && names_a_thing(i)) return {};
    if (auto y = year_at(e)) {
      auto d = holiday_date(h, *y);
      if (!d) return {};
      return make(i, e + 1, TimexType::DATE, d->iso(), true);
    }
    // "Easter week", "Christmas week": the week holding the holiday
    const LexRole* wk = e == i + 1 ? R(e, Cls::unit) : nullptr;
    bool week = wk && wk->unit == Unit::W && !wk->has_flag("plural");
    if (week) ++e;
    if (!anchor_) return make(i, e, TimexType::DATE, week ? "XXXX-WXX" : "XXXX");
    // The last one by default, the next one when the clause points forward;
    // like a month and day, the next one also wins when it is much the closer
    // (three times), so at least when at most a week away ("as Easter week
    // began" six days before Easter, "from now to Election Day" eight days
    // before it).
    std::optional<Date> past, next;
    for (int y = anchor_->y - 1; y <= anchor_->y + 1; ++y) {
      auto d = holiday_date(h, y);
      if (!d) continue;
      if (*d <= *anchor_ && (!past || *past < *d)) past = d;
      if (*anchor_ <= *d && (!next || *d < *next)) next = d;
    }
    std::optional<Date> best = past;
    long ahead = next ? days_from_civil(*next) - days_from_civil(*anchor_) : 0;
    long back = past ? days_from_civil(*anchor_) - days_from_civil(*past) : 0;
    if (next && (future_cue(i) || !past || ahead <= 7 || (ahead * 3 < back && !past_verb_before(i))))
      best = next;
    if (!best) return {};
    return make(i, e, TimexType::DATE, week ? format_at(*best, Gran::week) : best->iso());
  }

  std::optional<int> ctx_year() const {
    if (ctx_year_) return ctx_year_;
    if (ctx_) return ctx_->start.y;
    return std::nullopt;
  }

  void emit(const Cand& c) {
    Timex x;
    x.span = Span{t_[c.b].s, t_[c.e - 1].e};
    x.type = c.type;
    x.value = c.value;
    x.mod = c.mod;
    if (c.type == TimexType::DATE || c.type == TimexType::TIME) {
      if (auto r = range_of_value(c.value)) {
        ctx_ = *r;
        if (c.explicit_year) ctx_year_ = r->start.y;
        if (c.mod == "START" || c.mod == "MID" || c.mod == "END") *r = narrow(*r, c.mod);
        x.range = r;
      }
      if (c.quarter_mention && c.value.size() == 7 && c.value[5] == 'Q' && last_quarter_.empty()) last_quarter_ = c.value;
      if (c.value.size() == 7 && c.value[5] == 'Q') period_is_quarter_ = true;
    }
    if (c.longer_period) period_is_quarter_ = false;
    out_.push_back(std::move(x));
  }

  std::string_view text_;
  const TimeLexicon& lex_;
  std::optional<Date> anchor_;
  std::vector<Tok> t_;
  size_t n_ = 0;
  std::vector<Timex> out_;
  std::optional<DateRange> ctx_;
  std::optional<int> ctx_year_;
  std::string last_quarter_;
  // Is the report's current reporting period a quarter? "a year earlier"
  // after "the first nine months" compares nine-month stretches: a year.
  bool period_is_quarter_ = true;
  bool inner_was_count_ = false;
};

}  // namespace

std::vector<Timex> find_timexes(std::string_view text, std::optional<Date> anchor, const TimeLexicon& lex) {
  Tagger tagger(text, anchor, lex);
  return tagger.run();
}

std::vector<Timex> find_timexes(std::string_view text, std::optional<Date> anchor) {
  return find_timexes(text, anchor, TimeLexicon::default_lexicon());
}

}  // namespace dossier::time
