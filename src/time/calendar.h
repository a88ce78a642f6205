// Calendar arithmetic on proleptic Gregorian days: day numbers, weekdays, ISO
// weeks, month and year shifts, and the TIMEX3 value <-> interval mapping that
// the time tagger uses to fill Timex::range.
//
// Every function is pure and thread-safe. Functions that build a Date from
// parts return nullopt for impossible dates (February 31, month 13, year 0 or
// beyond 9999), so an impossible date can never reach the output.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dossier/document.h"

namespace dossier::time {

bool is_leap_year(int y);
int days_in_month(int y, int m);  // 0 for an impossible month
// Valid calendar date with 1 <= y <= 9999.
bool is_valid_day(int y, int m, int d);
std::optional<Date> make_day(int y, int m, int d);

// Days since 1970-01-01 (negative before). Precondition: d is a full day.
long days_from_civil(const Date& d);
Date civil_from_days(long z);
Date add_days(const Date& d, long n);
// Adds months keeping the day when it exists, else the month's last day.
Date add_months(const Date& d, int n);
int weekday(const Date& d);  // ISO: 1 = Monday .. 7 = Sunday

struct IsoWeek {
  int year = 0, week = 0;
};
IsoWeek iso_week(const Date& d);
Date iso_week_monday(int year, int week);
int iso_weeks_in_year(int year);

// The n-th (1-based) given ISO weekday of a month, or nullopt.
std::optional<Date> nth_weekday_of_month(int y, int m, int iso_wd, int n);
std::optional<Date> easter_sunday(int y);  // Gregorian computus

// The calendar interval a TIMEX3 value denotes: 2016-10-24, 2016-10, 2016,
// 2016-W43, 2016-W43-WE, 2016-Q3, 2016-H1, 2016-SU, 201 (decade), 20 (century),
// and TIME values 2016-10-24T10:00 / 2016-10-24TNI (their day). nullopt for
// durations, sets, references and values with X.
std::optional<DateRange> range_of_value(std::string_view value);

}  // namespace dossier::time
