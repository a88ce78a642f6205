// How quantities are read. A small hand-written parser over folded words,
// tried at every word: [qualifier] core [range-continuation] [or more|plus]
// [of] [unit]. The core is digits ("1,200", "10,000-12,000", "1.5 million"), a
// cardinal in words ("one hundred and twenty", "twenty-five", "two dozen"),
// or a vague amount ("dozens", "hundreds", "scores"). The qualifier table maps
// each hedge to how it bends the range (see quantity.h). English number words
// are grammar, not a lexicon, so they live here rather than in resources/.
// Every step is a table look-up, so a scan is linear in the number of words.
#include "quantity/quantity.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <string>

#include "core/utf8.h"

namespace dossier {
namespace {

enum class Hedge { none, more, at_least, nearly, approx, up_to, less, between };

struct QualifierEntry {
  std::array<std::string_view, 4> words;
  Hedge hedge;
};

// Longest first within a shared first word is not needed: we try all and keep the longest.
constexpr QualifierEntry kQualifiers[] = {
    {{"more", "than"}, Hedge::more},
    {{"over"}, Hedge::more},
    {{"above"}, Hedge::more},
    {{"well", "over"}, Hedge::more},
    {{"just", "over"}, Hedge::more},
    {{"well", "above"}, Hedge::more},
    {{"in", "excess", "of"}, Hedge::more},
    {{"upwards", "of"}, Hedge::more},
    {{"upward", "of"}, Hedge::more},
    {{"at", "least"}, Hedge::at_least},
    {{"no", "fewer", "than"}, Hedge::at_least},
    {{"no", "less", "than"}, Hedge::at_least},
    {{"not", "less", "than"}, Hedge::at_least},
    {{"a", "minimum", "of"}, Hedge::at_least},
    {{"nearly"}, Hedge::nearly},
    {{"almost"}, Hedge::nearly},
    {{"close", "to"}, Hedge::nearly},
    {{"just", "under"}, Hedge::nearly},
    {{"just", "short", "of"}, Hedge::nearly},
    {{"around"}, Hedge::approx},
    {{"about"}, Hedge::approx},
    {{"approximately"}, Hedge::approx},
    {{"roughly"}, Hedge::approx},
    {{"some"}, Hedge::approx},
    {{"an", "estimated"}, Hedge::approx},
    {{"estimated"}, Hedge::approx},
    {{"an", "approximate"}, Hedge::approx},
    {{"approx"}, Hedge::approx},
    {{"circa"}, Hedge::approx},
    {{"up", "to"}, Hedge::up_to},
    {{"as", "many", "as"}, Hedge::up_to},
    {{"at", "most"}, Hedge::up_to},
    {{"no", "more", "than"}, Hedge::up_to},
    {{"not", "more", "than"}, Hedge::up_to},
    {{"a", "maximum", "of"}, Hedge::up_to},
    {{"less", "than"}, Hedge::less},
    {{"fewer", "than"}, Hedge::less},
    {{"under"}, Hedge::less},
    {{"below"}, Hedge::less},
    {{"between"}, Hedge::between},
};

struct NumberWord {
  std::string_view word;
  int64_t value;
  bool scale;  // hundred, thousand, million, billion
};

constexpr NumberWord kNumberWords[] = {
    {"zero", 0, false},      {"one", 1, false},        {"two", 2, false},
    {"three", 3, false},     {"four", 4, false},       {"five", 5, false},
    {"six", 6, false},       {"seven", 7, false},      {"eight", 8, false},
    {"nine", 9, false},      {"ten", 10, false},       {"eleven", 11, false},
    {"twelve", 12, false},   {"thirteen", 13, false},  {"fourteen", 14, false},
    {"fifteen", 15, false},  {"sixteen", 16, false},   {"seventeen", 17, false},
    {"eighteen", 18, false}, {"nineteen", 19, false},  {"twenty", 20, false},
    {"thirty", 30, false},   {"forty", 40, false},     {"fourty", 40, false},
    {"fifty", 50, false},    {"sixty", 60, false},     {"seventy", 70, false},
    {"eighty", 80, false},   {"ninety", 90, false},    {"hundred", 100, true},
    {"thousand", 1000, true}, {"million", 1000000, true}, {"billion", 1000000000, true},
};

// Vague amounts: one or two words.
struct VagueEntry {
  std::array<std::string_view, 3> words;
  int64_t low;
  std::optional<int64_t> high;
};

const VagueEntry kVague[] = {
    {{"tens", "of", "thousands"}, 20000, std::nullopt},
    {{"hundreds", "of", "thousands"}, 200000, std::nullopt},
    {{"several", "dozen"}, 24, std::nullopt},
    {{"several", "hundred"}, 200, std::nullopt},
    {{"several", "thousand"}, 2000, std::nullopt},
    {{"a", "few", "dozen"}, 24, std::nullopt},
    {{"a", "few", "hundred"}, 200, std::nullopt},
    {{"dozens"}, 24, std::nullopt},
    {{"scores"}, 40, std::nullopt},
    {{"hundreds"}, 200, std::nullopt},
    {{"thousands"}, 2000, std::nullopt},
    {{"millions"}, 2000000, std::nullopt},
    {{"several"}, 3, 9},
    {{"a", "few"}, 2, 5},
    {{"a", "handful"}, 3, 5},
    {{"a", "couple"}, 2, 2},
    {{"a", "dozen"}, 12, 12},
    {{"half", "a", "dozen"}, 6, 6},
    {{"a", "score"}, 20, 20},
};

constexpr std::string_view kMonths[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr",
    "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.",
    "oct", "oct.", "nov", "nov.", "dec", "dec."};

// Words that never are the counted noun.
constexpr std::string_view kNotUnits[] = {
    "and", "or", "the", "a", "an", "to", "in", "on", "at", "by", "for", "from", "with", "was",
    "were", "is", "are", "be", "been", "had", "has", "have", "who", "which", "that", "this",
    "than", "as", "but", "of", "said", "says", "more", "less", "when", "after", "before",
    "while", "into", "during", "since", "until", "per", "it", "its", "they", "their", "he",
    "she", "we", "his", "her", "if", "not", "so", "also", "would", "will", "could", "can",
    "may", "might", "there", "here", "out", "up", "down", "over", "under", "about", "around",
    "others'", "yesterday", "today", "tomorrow", "last", "next", "ago"};

bool is_month(std::string_view w) {
  return std::find(std::begin(kMonths), std::end(kMonths), w) != std::end(kMonths);
}

bool is_alpha_word(std::string_view w) {
  if (w.empty()) return false;
  for (unsigned char c : w)
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\'' || c >= 0x80)) return false;
  return (w[0] >= 'a' && w[0] <= 'z') || static_cast<unsigned char>(w[0]) >= 0x80;
}

std::optional<int64_t> number_word(std::string_view w, bool* scale) {
  for (const auto& n : kNumberWords)
    if (n.word == w) {
      if (scale) *scale = n.scale;
      return n.value;
    }
  return std::nullopt;
}

// "1,200" / "59" / "1.5" -> value (decimals truncated after scaling by the caller).
std::optional<double> parse_digits(std::string_view s) {
  if (s.empty() || !(s[0] >= '0' && s[0] <= '9')) return std::nullopt;
  std::string clean;
  bool seen_dot = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      clean.push_back(c);
    } else if (c == ',') {
      // A thousands separator is followed by exactly three digits.
      if (i + 3 >= s.size()) return std::nullopt;
      for (size_t k = 1; k <= 3; ++k)
        if (!(s[i + k] >= '0' && s[i + k] <= '9')) return std::nullopt;
      if (i + 4 < s.size() && s[i + 4] >= '0' && s[i + 4] <= '9') return std::nullopt;
    } else if (c == '.' && !seen_dot && i + 1 < s.size()) {
      seen_dot = true;
      clean.push_back('.');
    } else {
      return std::nullopt;
    }
  }
  if (clean.empty()) return std::nullopt;
  return std::strtod(clean.c_str(), nullptr);
}

// A cardinal in words within one hyphenated token: "twenty-five", "forty".
std::optional<int64_t> hyphen_cardinal(std::string_view w) {
  auto dash = w.find('-');
  if (dash == std::string_view::npos) {
    bool scale = false;
    auto v = number_word(w, &scale);
    if (v && scale) return std::nullopt;  // "hundred" alone is not a number
    return v;
  }
  bool s1 = false, s2 = false;
  auto a = number_word(w.substr(0, dash), &s1);
  auto b = number_word(w.substr(dash + 1), &s2);
  if (a && b && !s1 && !s2 && *a >= 20 && *a % 10 == 0 && *b >= 1 && *b <= 9) return *a + *b;
  return std::nullopt;
}

// Larger numbers are not counts of anything we record (and would overflow when scaled).
constexpr int64_t kMaxCount = 1000000000000LL;

struct Core {
  int64_t low = 0;
  std::optional<int64_t> high;
  size_t end = 0;       // one past the last word used
  bool vague = false;   // "dozens", "several": open or loose by nature
  bool digits = false;  // written in digits
  bool dated = false;   // looks like a year
};

// Reads a cardinal in words starting at i: "one hundred and twenty", "two
// thousand five hundred", "a hundred", "twenty-five", "two dozen".
std::optional<Core> word_cardinal(const std::vector<QuantityWord>& w, size_t i) {
  int64_t total = 0, current = 0;
  size_t j = i;
  bool any = false;
  if (j < w.size() && (w[j].norm == "a" || w[j].norm == "an") && j + 1 < w.size()) {
    bool scale = false;
    auto v = number_word(w[j + 1].norm, &scale);
    if (v && scale) {
      current = 1;
      any = true;
      ++j;
    } else {
      return std::nullopt;
    }
  }
  while (j < w.size()) {
    std::string_view t = w[j].norm;
    bool scale = false;
    std::optional<int64_t> v;
    if (auto h = hyphen_cardinal(t)) {
      v = h;
    } else if (auto s = number_word(t, &scale); s && scale) {
      v = s;
    } else if (auto d = parse_digits(t); d && any) {
      break;
    }
    if (!v) {
      // "and" inside a cardinal: "one hundred and twenty".
      if (t == "and" && any && current % 100 == 0 && current > 0 && j + 1 < w.size()) {
        if (auto n = hyphen_cardinal(w[j + 1].norm); n && *n < 100) {
          ++j;
          continue;
        }
      }
      break;
    }
    if (scale) {
      if (!any) break;
      int64_t base = current == 0 ? 1 : current;
      if (*v == 100) {
        current = base * 100;
      } else {
        total += base * *v;
        current = 0;
      }
    } else {
      // Two small numbers in a row ("two three") are not one cardinal.
      // "thirty four" is 34; "two three" is not a number.
      if (any && current % 100 != 0 && current != 0 &&
          !(current % 10 == 0 && current % 100 >= 20 && *v < 10))
        break;
      if (any && current == 0 && total == 0) break;
      current += *v;
    }
    any = true;
    ++j;
  }
  if (!any) return std::nullopt;
  if (total + current > kMaxCount) return std::nullopt;
  Core c;
  c.low = total + current;
  c.high = c.low;
  c.end = j;
  // "two dozen"
  if (c.end < w.size() && w[c.end].norm == "dozen") {
    c.low *= 12;
    c.high = c.low;
    ++c.end;
  }
  return c;
}

// Digits, possibly a range in one token ("10,000-12,000"), possibly scaled ("1.5 million").
std::optional<Core> digit_core(const std::vector<QuantityWord>& w, size_t i) {
  std::string_view t = w[i].norm;
  if (t.empty() || !(t[0] >= '0' && t[0] <= '9')) return std::nullopt;
  Core c;
  c.digits = true;
  auto dash = t.find('-');
  if (dash != std::string_view::npos) {
    auto a = parse_digits(t.substr(0, dash));
    auto b = parse_digits(t.substr(dash + 1));
    if (!a || !b || *b < *a) return std::nullopt;  // 2016-10-24 and the like fail here
    c.low = static_cast<int64_t>(*a);
    c.high = static_cast<int64_t>(*b);
  } else {
    // "40s", "1980s", "5th" are not counts.
    auto v = parse_digits(t);
    if (!v) return std::nullopt;
    c.low = static_cast<int64_t>(*v);
    c.high = c.low;
    bool has_comma = t.find(',') != std::string_view::npos;
    bool has_dot = t.find('.') != std::string_view::npos;
    if (!has_comma && !has_dot && t.size() == 4 && c.low >= 1800 && c.low <= 2100) c.dated = true;
    if (*v > static_cast<double>(kMaxCount)) return std::nullopt;
    if (has_dot) {
      // Decimals only make sense with a scale word.
      if (i + 1 < w.size()) {
        bool scale = false;
        auto s = number_word(w[i + 1].norm, &scale);
        if (s && scale) {
          c.low = static_cast<int64_t>(*v * static_cast<double>(*s) + 0.5);
          c.high = c.low;
          c.end = i + 2;
          return c;
        }
      }
      return std::nullopt;
    }
  }
  if (c.low > kMaxCount || c.high.value_or(0) > kMaxCount) return std::nullopt;
  c.end = i + 1;
  if (c.end < w.size()) {
    bool scale = false;
    auto s = number_word(w[c.end].norm, &scale);
    if (s && scale && !c.dated) {
      c.low *= *s;
      c.high = *c.high * *s;
      ++c.end;
    } else if (w[c.end].norm == "dozen") {
      c.low *= 12;
      c.high = *c.high * 12;
      ++c.end;
    }
  }
  return c;
}

std::optional<Core> vague_core(const std::vector<QuantityWord>& w, size_t i) {
  std::optional<Core> best;
  size_t best_len = 0;
  for (const auto& v : kVague) {
    size_t n = 0;
    while (n < v.words.size() && !v.words[n].empty()) ++n;
    if (i + n > w.size() || n <= best_len) continue;
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) ok = w[i + k].norm == v.words[k];
    if (!ok) continue;
    Core c;
    c.low = v.low;
    c.high = v.high;
    c.end = i + n;
    c.vague = true;
    best = c;
    best_len = n;
  }
  // "a few" / "a couple" need a following "of" or noun; handled by the caller's unit logic.
  return best;
}

std::optional<Core> read_core(const std::vector<QuantityWord>& w, size_t i) {
  if (i >= w.size()) return std::nullopt;
  if (auto v = vague_core(w, i)) {
    // "a dozen" is vague_core's; "several hundred" too. Prefer the longer reading.
    if (auto c = word_cardinal(w, i); c && c->end > v->end) return c;
    return v;
  }
  if (auto d = digit_core(w, i)) return d;
  return word_cardinal(w, i);
}

size_t match_words(const std::vector<QuantityWord>& w, size_t i,
                   const std::array<std::string_view, 4>& words) {
  size_t n = 0;
  while (n < words.size() && !words[n].empty()) {
    if (i + n >= w.size() || w[i + n].norm != words[n]) return 0;
    ++n;
  }
  return n;
}

bool is_not_unit(std::string_view w) {
  return std::find(std::begin(kNotUnits), std::end(kNotUnits), w) != std::end(kNotUnits);
}

int64_t nearly_low(int64_t n) { return std::max<int64_t>(0, n - std::max<int64_t>(1, n / 10)); }

}  // namespace

std::optional<QuantityMatch> match_quantity(const std::vector<QuantityWord>& w, size_t i) {
  if (i >= w.size()) return std::nullopt;
  // 1. Qualifier (longest).
  Hedge hedge = Hedge::none;
  size_t qlen = 0;
  for (const auto& q : kQualifiers) {
    size_t n = match_words(w, i, q.words);
    if (n > qlen) {
      qlen = n;
      hedge = q.hedge;
    }
  }
  size_t j = i + qlen;
  std::optional<Core> core = read_core(w, j);
  if (!core && qlen > 0) {
    // "over a dozen" is qualifier + vague; "some" alone is not a quantity.
    return std::nullopt;
  }
  if (!core) return std::nullopt;
  if (core->dated && qlen == 0) {
    // A bare year-like number counts only when a plural noun follows ("1500 people").
    if (core->end >= w.size()) return std::nullopt;
    std::string_view next = w[core->end].norm;
    if (!is_alpha_word(next) || next.back() != 's' || is_not_unit(next)) return std::nullopt;
  }
  size_t k = core->end;
  // 2. Range continuation: "10 to 15", "two or three", "between 10 and 15", "10-15" split.
  if (k + 1 < w.size()) {
    std::string_view link = w[k].norm;
    bool ok_link = link == "to" || link == "or" || link == "-" ||
                   (hedge == Hedge::between && link == "and");
    if (ok_link && !(link == "or" && k + 1 < w.size() && w[k + 1].norm == "more")) {
      if (auto c2 = read_core(w, k + 1); c2 && !c2->vague && c2->digits == core->digits &&
                                          core->high && *core->high == core->low &&
                                          c2->low > core->low) {
        core->high = c2->high ? c2->high : std::optional<int64_t>(c2->low);
        k = c2->end;
      }
    }
  }
  if (hedge == Hedge::between && (!core->high || *core->high == core->low) && !core->vague) {
    // "between" without a second number is not the range form; read it as exact.
    hedge = Hedge::none;
  }
  // 3. "or more", "plus", "+", "-odd".
  bool or_more = false;
  if (k + 1 < w.size() && w[k].norm == "or" && (w[k + 1].norm == "more" || w[k + 1].norm == "over")) {
    or_more = true;
    k += 2;
  } else if (k < w.size() && (w[k].norm == "+" || w[k].norm == "-plus" || w[k].norm == "plus") &&
             !w[k].space_before) {
    or_more = true;
    k += 1;
  }
  Quantity q;
  q.low = core->low;
  q.high = core->high;
  switch (hedge) {
    case Hedge::none:
      break;
    case Hedge::more:
      q.low = core->low + ((core->vague && !core->high) ? 0 : 1);
      if (core->high && *core->high != core->low) q.low = *core->high + 1;
      q.high.reset();
      break;
    case Hedge::at_least:
      q.high.reset();
      break;
    case Hedge::nearly: {
      int64_t n = core->high.value_or(core->low);
      q.low = nearly_low(n);
      q.high = std::max<int64_t>(q.low, n - 1);
      break;
    }
    case Hedge::approx:
      break;
    case Hedge::up_to:
      q.high = core->high.value_or(core->low);
      q.low = std::min<int64_t>(1, *q.high);
      break;
    case Hedge::less: {
      int64_t n = core->low;
      q.high = std::max<int64_t>(0, n - 1);
      q.low = std::min<int64_t>(1, *q.high);
      break;
    }
    case Hedge::between:
      break;
  }
  if (or_more) q.high.reset();
  // 4. Unit: the counted noun, possibly after "of" ("dozens of people") and "other".
  size_t u = k;
  if (u < w.size() && w[u].norm == "of" && (core->vague || hedge != Hedge::none || true)) {
    // "of" only before a noun phrase: "dozens of people", "two of the attackers".
    size_t v = u + 1;
    if (v < w.size() && (w[v].norm == "the" || w[v].norm == "them" || w[v].norm == "whom" ||
                          w[v].norm == "those" || w[v].norm == "these" || w[v].norm == "us" ||
                          w[v].norm == "which" || w[v].norm == "its" || w[v].norm == "their")) {
      v = u;  // "two of the attackers": the unit is left to the caller
    }
    if (v != u) u = v;
  }
  std::string unit;
  size_t end_word = k;
  if (u < w.size() && is_alpha_word(w[u].norm) && !is_not_unit(w[u].norm) && !is_month(w[u].norm)) {
    unit = std::string(w[u].norm);
    end_word = u + 1;
    if ((unit == "other" || unit == "more") && u + 1 < w.size() && is_alpha_word(w[u + 1].norm) &&
        !is_not_unit(w[u + 1].norm)) {
      unit = std::string(w[u + 1].norm);
      end_word = u + 2;
    }
  } else if (u < w.size() && (w[u].norm == "%")) {
    unit = "percent";
    end_word = u + 1;
  }
  // "injuring scores more", "left dozens more": "more" after a vague amount adds people of the
  // kind counted before; the amount stands alone.
  const bool vague_more = core->vague && unit.empty() && u == k && u < w.size() && w[u].norm == "more";
  if (vague_more) end_word = u + 1;
  // Vague words need a counted noun: "several" alone is not a quantity ("several said"), unless the
  // participle of a report's own casualty clause counts them ("..., injuring hundreds.", "wounding
  // dozens more"). A finite verb does not: "Al Shabaab, which has killed thousands, attacked ..."
  // sums up a history.
  const bool casualty_object =
      i > 0 && (w[i - 1].norm == "killing" || w[i - 1].norm == "wounding" || w[i - 1].norm == "injuring");
  if (core->vague && unit.empty() && qlen == 0 && !casualty_object && !vague_more &&
      !(core->low >= 12 && core->high && *core->high == core->low))
    return std::nullopt;
  // "one" pronoun: "the one who", "one of" is fine (a count), "one day" is not a toll but a count.
  QuantityMatch m;
  m.first = i;
  m.end = end_word;
  m.quantity.low = q.low;
  m.quantity.high = q.high;
  m.quantity.unit = unit;
  std::string qual;
  for (size_t x = i; x < i + qlen; ++x) {
    if (!qual.empty()) qual.push_back(' ');
    qual += w[x].norm;
  }
  if (or_more) qual = qual.empty() ? "or more" : qual + " or more";
  m.quantity.qualifier = qual;
  m.quantity.span = Span{w[i].span.start, w[end_word - 1].span.end};
  return m;
}

std::vector<QuantityMatch> find_quantities(const std::vector<QuantityWord>& w) {
  std::vector<QuantityMatch> out;
  size_t i = 0;
  while (i < w.size()) {
    auto m = match_quantity(w, i);
    if (m && m->end > i) {
      out.push_back(*m);
      i = m->end;
    } else {
      ++i;
    }
  }
  return out;
}

namespace {

// Splits a stand-alone phrase into folded words: whitespace separates words;
// leading and trailing punctuation becomes its own word.
std::vector<QuantityWord> split_phrase(std::string_view phrase, std::string& storage) {
  storage = utf8::fold(phrase);
  std::string_view s = storage;
  std::vector<QuantityWord> out;
  size_t i = 0;
  auto is_sep = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  auto is_edge_punct = [](char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' ||
           c == '!' || c == '?' || c == '%' || c == '+';
  };
  bool space = true;
  while (i < s.size()) {
    if (is_sep(s[i])) {
      ++i;
      space = true;
      continue;
    }
    size_t j = i;
    while (j < s.size() && !is_sep(s[j])) ++j;
    size_t a = i, b = j;
    while (a < b && is_edge_punct(s[a])) {
      out.push_back({s.substr(a, 1), Span{uint32_t(a), uint32_t(a + 1)}, space});
      space = false;
      ++a;
    }
    std::vector<QuantityWord> tail;
    while (b > a && is_edge_punct(s[b - 1])) {
      tail.push_back({s.substr(b - 1, 1), Span{uint32_t(b - 1), uint32_t(b)}, false});
      --b;
    }
    if (b > a) out.push_back({s.substr(a, b - a), Span{uint32_t(a), uint32_t(b)}, space});
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) out.push_back(*it);
    space = false;
    i = j;
  }
  return out;
}

}  // namespace

std::optional<Quantity> parse_quantity(std::string_view phrase) {
  std::string storage;
  auto words = split_phrase(phrase, storage);
  auto m = match_quantity(words, 0);
  if (!m) return std::nullopt;
  return m->quantity;
}

std::optional<int64_t> parse_cardinal(std::string_view text) {
  std::string storage;
  auto words = split_phrase(text, storage);
  if (words.empty()) return std::nullopt;
  std::optional<Core> c = digit_core(words, 0);
  if (!c) c = word_cardinal(words, 0);
  if (!c || c->end != words.size() || !c->high || *c->high != c->low) return std::nullopt;
  return c->low;
}

std::vector<Quantity> find_quantities(const Document& doc) {
  std::vector<QuantityWord> words;
  words.reserve(doc.tokens.size());
  for (const auto& t : doc.tokens)
    words.push_back({t.norm, t.span, t.has(kTokSpaceBefore) || t.has(kTokNewlineBefore)});
  std::vector<Quantity> out;
  size_t i = 0;
  while (i < words.size()) {
    auto m = match_quantity(words, i);
    if (!m || m->end <= i) {
      ++i;
      continue;
    }
    // Skip dates and clock times: a number next to a month name ("Oct 26", "26 October"),
    // numbers glued to ':' or '/'.
    bool date_like = false;
    size_t core_first = m->first;
    while (core_first < m->end && is_alpha_word(words[core_first].norm) &&
           !hyphen_cardinal(words[core_first].norm))
      ++core_first;
    if (core_first > 0 && is_month(words[core_first - 1].norm)) date_like = true;
    if (m->end < words.size() && is_month(words[m->end].norm)) date_like = true;
    if (m->end - m->first == 1 && m->end < words.size() && is_month(words[m->end].norm)) date_like = true;
    if (!m->quantity.unit.empty() && is_month(m->quantity.unit)) date_like = true;
    if (m->end < words.size() && (words[m->end].norm == ":" || words[m->end].norm == "/") &&
        !words[m->end].space_before)
      date_like = true;
    if (date_like) {
      i = m->end;
      continue;
    }
    // "the one who", "no one", "any one": pronoun uses of one.
    if (m->end - m->first == 1 && words[m->first].norm == "one" && m->first > 0) {
      std::string_view p = words[m->first - 1].norm;
      if (p == "the" || p == "no" || p == "any" || p == "every" || p == "this" || p == "that" ||
          p == "each" || p == "which") {
        i = m->end;
        continue;
      }
    }
    out.push_back(m->quantity);
    i = m->end;
  }
  return out;
}

}  // namespace dossier
