// Pathological input: a megabyte of digits, of dates, of month names, of
// number words. The tagger must finish quickly and do work proportional to the
// size. We compare the output size and the time for 1 MB against 4 MB loosely (a quadratic
// scan would take 16x, not 4x), and bound the document date's look at 8 MB. Times are the
// thread's CPU time, so other programs sharing the cores (ctest -j, a loaded CI machine) do not
// count.
#include <gtest/gtest.h>

#include <time.h>  // clock_gettime, CLOCK_THREAD_CPUTIME_ID (POSIX)

#include <string>

#include "time/document_date.h"
#include "time/timex_tagger.h"

namespace dossier::time {
namespace {

std::string repeat_to(const std::string& unit, size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double seconds_for(const std::string& text, size_t* found) {
  const double t0 = thread_seconds();
  auto got = find_timexes(text, Date{2016, 10, 26});
  *found = got.size();
  return thread_seconds() - t0;
}

TEST(Linearity, PathologicalInputsScaleLinearly) {
  const std::string units[] = {
      std::string(1, '7'),  // one endless number
      "2016 ",              // years
      "12/12/2012 ",        // numeric dates
      "January 1, 2016, ",  // full dates
      "Monday ",            // weekdays
      "the past two years ago later ",
      "nineteen ninety-six twenty ",
      "1:",  // clock-like fragments
      "May March the a ",
  };
  for (const auto& u : units) {
    size_t n1 = 0, n4 = 0;
    double t1 = seconds_for(repeat_to(u, 1 << 20), &n1);
    double t4 = seconds_for(repeat_to(u, 4 << 20), &n4);
    SCOPED_TRACE("unit '" + u + "': 1 MB " + std::to_string(t1) + " s, 4 MB " + std::to_string(t4) + " s");
    // Output is bounded by the input, and grows with it proportionally.
    EXPECT_LE(n4, (4u << 20));
    EXPECT_LE(n1 * 3, n4 + 3);
    // Work: 4x the input may cost at most ~10x the time (generous for noise; quadratic is 16x).
    EXPECT_LT(t4, 10 * t1 + 0.5);
  }
}

TEST(Linearity, DocumentDateLooksOnlyAtTheTop) {
  std::string big = "LONDON, Jan 2 - " + repeat_to("January 1, 2016, ", 8 << 20);
  const double t0 = thread_seconds();
  auto d = find_document_date(big);
  const double secs = thread_seconds() - t0;
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, (Date{2016, 1, 2}));
  EXPECT_LT(secs, 1.0) << "the document date must not scan the whole text";
}

}  // namespace
}  // namespace dossier::time
