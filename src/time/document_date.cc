// Document date from the top of the page. The time tagger runs without an
// anchor over the first few kilobytes, so every date comes back either full
// (2016-10-25) or year-less (XXXX-10-26); each is then judged by the line it
// sits on: a dateline (an upper-case place name, a comma, the date, a dash), a
// "Published ..." line, a line holding nothing but the date, or a photo
// caption (a credit word such as REUTERS on the line). Year-less datelines
// borrow the year from the nearest full date, which in news pages is the
// caption of the lead photo or the publication line.
#include "time/document_date.h"

#include <cstdlib>
#include <vector>

#include "time/calendar.h"
#include "time/timex_tagger.h"

namespace dossier::time {
namespace {

constexpr size_t kHeadBytes = 4000;
constexpr size_t kMaxCueLine = 120;

struct Line {
  size_t start, end;
};

Line line_of(std::string_view text, size_t pos) {
  size_t s = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  s = (s == std::string_view::npos || pos == 0) ? 0 : s + 1;
  if (pos > 0 && text[pos - 1] == '\n') s = pos;
  size_t e = text.find('\n', pos);
  if (e == std::string_view::npos) e = text.size();
  return {s, e};
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Lower-cased ASCII words of a piece of text, at most `limit`.
std::vector<std::string> words(std::string_view s, size_t limit) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      w.push_back(static_cast<char>(c | 0x20));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
      if (out.size() >= limit) return out;
    }
  }
  if (!w.empty() && out.size() < limit) out.push_back(std::move(w));
  return out;
}

// A dash right after a dateline's date: - – — or "(Reuters) -".
bool dash_follows(std::string_view text, size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos >= text.size()) return false;
  if (text[pos] == '-' || text.substr(pos, 3) == "\xE2\x80\x93" || text.substr(pos, 3) == "\xE2\x80\x94") return true;
  if (text[pos] == '(') {
    size_t close = text.find(')', pos);
    if (close != std::string_view::npos && close - pos < 40) return dash_follows(text, close + 1);
  }
  return false;
}

// "DERA ISMAIL KHAN, Pakistan, " : the line begins with an upper-case word and
// the date follows a comma within a short distance.
bool dateline_prefix(std::string_view text, Line line, size_t date_start, std::string* place) {
  if (date_start < line.start || date_start - line.start > 90) return false;
  std::string_view pre = text.substr(line.start, date_start - line.start);
  size_t k = 0;
  while (k < pre.size() && is_space(pre[k])) ++k;
  size_t caps = 0;
  while (k < pre.size() && pre[k] >= 'A' && pre[k] <= 'Z') {
    ++caps;
    ++k;
  }
  if (caps < 2 || (k < pre.size() && pre[k] >= 'a' && pre[k] <= 'z')) return false;
  size_t e = pre.size();
  while (e > 0 && is_space(pre[e - 1])) --e;
  if (e == 0 || pre[e - 1] != ',') return false;
  size_t b = 0;
  while (b < e && is_space(pre[b])) ++b;
  *place = std::string(pre.substr(b, e - 1 - b));
  return true;
}

// A day, or a clock time on a day ("6:45 PM, Feb 16, 2018" is 2018-02-16T18:45):
// the value's first ten characters are the day.
bool day_value(const Timex& t) {
  if (t.type == TimexType::DATE) return t.value.size() == 10;
  return t.type == TimexType::TIME && t.value.size() > 10 && t.value[10] == 'T';
}
bool full_day(const Timex& t) { return day_value(t) && t.value[0] != 'X' && t.range; }
// "XXXX-10-26" (also with a clock time): the month and day are known ("XXXX-XX-XXT18:45" is not).
bool yearless_day(const Timex& t) {
  auto digit = [&](size_t k) { return t.value[k] >= '0' && t.value[k] <= '9'; };
  return day_value(t) && t.value.rfind("XXXX-", 0) == 0 && digit(5) && digit(6) && digit(8) && digit(9);
}

}  // namespace

std::optional<DocumentDate> find_document_date(std::string_view text, const TimeLexicon& lex) {
  size_t head_len = std::min(text.size(), kHeadBytes);
  while (head_len < text.size() && head_len < kHeadBytes + 200 && text[head_len] != '\n') ++head_len;
  std::string_view head = text.substr(0, head_len);
  std::vector<Timex> found = find_timexes(head, std::nullopt, lex);

  std::optional<DocumentDate> dateline, published, date_line, caption, any_full;
  std::optional<DocumentDate> yearless_dateline;
  for (const Timex& t : found) {
    bool full = full_day(t), yearless = yearless_day(t);
    if (!full && !yearless) continue;
    Line line = line_of(head, t.span.start);
    std::string place;
    Date d;
    if (full) d = t.range->start;
    if (!dateline && !yearless_dateline && dateline_prefix(head, line, t.span.start, &place) &&
        dash_follows(head, t.span.end)) {
      DocumentDate dd{d, PublishedHow::dateline, t.span, place};
      if (full) dateline = dd;
      else {
        dd.date = Date{0, std::atoi(t.value.substr(5, 2).c_str()), std::atoi(t.value.substr(8, 2).c_str())};
        yearless_dateline = dd;
      }
      continue;
    }
    if (!full) continue;
    if (!any_full) any_full = DocumentDate{d, PublishedHow::text, t.span, ""};
    std::string_view line_text = head.substr(line.start, line.end - line.start);
    auto ws = words(line_text, 40);
    // A publication or byline line is short; a long line starting "By August 8, 2016, ..." is prose.
    if (!published && !ws.empty() && line.end - line.start <= kMaxCueLine) {
      const LexEntry* first = lex.find(ws[0]);
      if (first && first->has(Cls::pubcue)) {
        published = DocumentDate{d, PublishedHow::text, t.span, ""};
        continue;
      }
    }
    // A line holding only the date (and maybe a weekday): under a byline.
    if (!date_line) {
      std::string_view before = head.substr(line.start, t.span.start - line.start);
      std::string_view after = head.substr(t.span.end, line.end - t.span.end);
      auto wb = words(before, 3), wa = words(after, 3);
      bool only = wa.empty() && (wb.empty() || (wb.size() == 1 && lex.find(wb[0]) && lex.find(wb[0])->has(Cls::weekday)));
      if (only) {
        date_line = DocumentDate{d, PublishedHow::text, t.span, ""};
        continue;
      }
    }
    if (!caption) {
      for (const auto& w : ws) {
        const LexEntry* e = lex.find(w);
        if (e && e->has(Cls::credit)) {
          caption = DocumentDate{d, PublishedHow::text, t.span, ""};
          break;
        }
      }
    }
  }
  if (dateline) return dateline;
  if (yearless_dateline) {
    // Borrow the year from the nearest full date: prefer the publication line,
    // then the date line, then the caption, then any full date near the top.
    for (const auto* ev : {&published, &date_line, &caption, &any_full}) {
      if (!*ev) continue;
      const Date e = (*ev)->date;
      std::optional<Date> best;
      long best_gap = 0;
      for (int y = e.y - 1; y <= e.y + 1; ++y) {
        auto c = make_day(y, yearless_dateline->date.m, yearless_dateline->date.d);
        if (!c) continue;
        long gap = std::labs(days_from_civil(*c) - days_from_civil(e));
        if (!best || gap < best_gap) {
          best = c;
          best_gap = gap;
        }
      }
      if (best && best_gap <= 200) {
        DocumentDate out = *yearless_dateline;
        out.date = *best;
        return out;
      }
    }
  }
  if (published) return published;
  if (date_line) return date_line;
  if (caption) return caption;
  return std::nullopt;
}

std::optional<DocumentDate> find_document_date(std::string_view text) {
  return find_document_date(text, TimeLexicon::default_lexicon());
}

std::optional<DocumentDate> find_document_date(const Document& doc) { return find_document_date(doc.text); }

}  // namespace dossier::time
