// Calendar arithmetic. Day numbers use the well-known "days from civil"
// construction (eras of 400 years, March-based years so the leap day is last),
// which is exact over the whole proleptic Gregorian calendar and needs no
// tables. ISO weeks follow ISO 8601: week 1 is the week holding the year's
// first Thursday.
#include "time/calendar.h"

#include <charconv>

namespace dossier::time {

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

bool is_valid_day(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::optional<Date> make_day(int y, int m, int d) {
  if (!is_valid_day(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

long days_from_civil(const Date& dt) {
  long y = dt.y - (dt.m <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (dt.m + 9) % 12;
  long doy = (153 * mp + 2) / 5 + dt.d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

Date add_days(const Date& d, long n) { return civil_from_days(days_from_civil(d) + n); }

Date add_months(const Date& d, int n) {
  long total = static_cast<long>(d.y) * 12 + (d.m - 1) + n;
  int y = static_cast<int>(total / 12), m = static_cast<int>(total % 12) + 1;
  int day = d.d;
  if (day > 0) {
    int dim = days_in_month(y, m);
    if (day > dim) day = dim;
  }
  return Date{y, m, day};
}

int weekday(const Date& d) {
  long z = days_from_civil(d);  // 1970-01-01 was a Thursday (4)
  long w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

IsoWeek iso_week(const Date& d) {
  Date thursday = add_days(d, 4 - weekday(d));
  long doy = days_from_civil(thursday) - days_from_civil(Date{thursday.y, 1, 1});
  return IsoWeek{thursday.y, static_cast<int>(doy / 7) + 1};
}

Date iso_week_monday(int year, int week) {
  Date jan4{year, 1, 4};
  Date monday1 = add_days(jan4, 1 - weekday(jan4));
  return add_days(monday1, 7L * (week - 1));
}

int iso_weeks_in_year(int year) { return iso_week(Date{year, 12, 28}).week; }

std::optional<Date> nth_weekday_of_month(int y, int m, int iso_wd, int n) {
  if (!is_valid_day(y, m, 1) || iso_wd < 1 || iso_wd > 7 || n < 1) return std::nullopt;
  Date first{y, m, 1};
  int delta = (iso_wd - weekday(first) + 7) % 7;
  int day = 1 + delta + 7 * (n - 1);
  return make_day(y, m, day);
}

std::optional<Date> easter_sunday(int y) {
  if (y < 1583 || y > 9999) return std::nullopt;
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return make_day(y, month, day);
}

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}
DateRange span(Date a, Date b, DatePrecision p) { return DateRange{a, b, p}; }
Date last_day(int y, int m) { return Date{y, m, days_in_month(y, m)}; }
}  // namespace

std::optional<DateRange> range_of_value(std::string_view v) {
  int y = 0;
  if (v.size() == 2 && digits(v, 0, 2, y)) {  // century: 19 -> 1900..1999
    if (y < 1) return std::nullopt;
    return span(Date{y * 100, 1, 1}, Date{y * 100 + 99, 12, 31}, DatePrecision::year);
  }
  if (v.size() == 3 && digits(v, 0, 3, y)) {  // decade: 199 -> 1990..1999
    if (y < 1) return std::nullopt;
    return span(Date{y * 10, 1, 1}, Date{y * 10 + 9, 12, 31}, DatePrecision::year);
  }
  if (!digits(v, 0, 4, y) || y < 1) return std::nullopt;
  if (v.size() == 4) return span(Date{y, 1, 1}, Date{y, 12, 31}, DatePrecision::year);
  if (v[4] != '-' || v.size() < 7) return std::nullopt;
  std::string_view rest = v.substr(5);
  int n = 0;
  if (rest[0] == 'W' && rest != "WI") {
    size_t len = 0;
    while (1 + len < rest.size() && rest[1 + len] >= '0' && rest[1 + len] <= '9') ++len;
    if (len == 0 || len > 2 || !digits(rest, 1, len, n) || n < 1 || n > iso_weeks_in_year(y)) return std::nullopt;
    Date mon = iso_week_monday(y, n);
    std::string_view tail = rest.substr(1 + len);
    if (tail == "-WE") return span(add_days(mon, 5), add_days(mon, 6), DatePrecision::week);
    if (!tail.empty()) return std::nullopt;
    return span(mon, add_days(mon, 6), DatePrecision::week);
  }
  if (rest.size() == 2 && rest[0] == 'Q' && digits(rest, 1, 1, n) && n >= 1 && n <= 4)
    return span(Date{y, 3 * n - 2, 1}, last_day(y, 3 * n), DatePrecision::season);
  if (rest.size() == 2 && rest[0] == 'H' && digits(rest, 1, 1, n) && n >= 1 && n <= 2)
    return span(Date{y, 6 * n - 5, 1}, last_day(y, 6 * n), DatePrecision::season);
  if (rest == "SP") return span(Date{y, 3, 1}, last_day(y, 5), DatePrecision::season);
  if (rest == "SU") return span(Date{y, 6, 1}, last_day(y, 8), DatePrecision::season);
  if (rest == "FA") return span(Date{y, 9, 1}, last_day(y, 11), DatePrecision::season);
  if (rest == "WI") {
    if (y >= 9999) return std::nullopt;
    return span(Date{y, 12, 1}, last_day(y + 1, 2), DatePrecision::season);
  }
  int m = 0;
  if (!digits(rest, 0, 2, m) || m < 1 || m > 12) return std::nullopt;
  if (rest.size() == 2) return span(Date{y, m, 1}, last_day(y, m), DatePrecision::month);
  int d = 0;
  if (rest.size() < 5 || rest[2] != '-' || !digits(rest, 3, 2, d) || !is_valid_day(y, m, d)) return std::nullopt;
  if (rest.size() > 5 && rest[5] != 'T') return std::nullopt;
  return span(Date{y, m, d}, Date{y, m, d}, DatePrecision::day);
}

}  // namespace dossier::time
