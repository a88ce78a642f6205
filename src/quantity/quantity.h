// Counted quantities: "59", "10,000-12,000", "nearly fifty", "more than two
// dozen", "hundreds", "one hundred and twenty", "between 10 and 15".
//
// A quantity is a range [low, high] with high = nullopt when the text leaves it
// open ("more than 60"). How qualifiers become ranges (N is the number read):
//   exact N                             -> [N, N]
//   more than / over / above / N-plus   -> [N+1, open]   ("N or more", "at least": [N, open])
//   nearly / almost / just under        -> [N - max(1, N/10), N - 1]
//   about / around / some / roughly     -> [N, N]        (the qualifier is kept)
//   up to / as many as / at most        -> [1, N]
//   less than / fewer than / under      -> [1, N - 1]
//   A to B / A-B / A or B / between A and B -> [A, B]
//   dozens [24, open], scores [40, open], hundreds [200, open], thousands [2000, open],
//   tens of thousands [20000, open], several [3, 9], a few [2, 5], a handful [3, 5].
// The unit is the counted noun when one follows ("people", "soldiers", "others"),
// folded to lower case, else "".
//
// Everything here is a pure function of its input; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "dossier/document.h"

namespace dossier {

// One word of the input to the scanner: its folded text and where it is.
struct QuantityWord {
  std::string_view norm;
  Span span;
  bool space_before = true;
};

// A quantity found in a word sequence: words [first, end) and its value.
struct QuantityMatch {
  size_t first = 0, end = 0;
  Quantity quantity;  // span covers the words; unit and qualifier filled
};

// Tries to read a quantity starting exactly at words[i].
std::optional<QuantityMatch> match_quantity(const std::vector<QuantityWord>& words, size_t i);

// Every quantity in a word sequence, left to right, non-overlapping.
std::vector<QuantityMatch> find_quantities(const std::vector<QuantityWord>& words);

// Parses a counted phrase written on its own ("more than 165 others"). The
// phrase must start with the quantity; words after the unit are ignored.
// Returns nullopt when it does not start with a count.
std::optional<Quantity> parse_quantity(std::string_view phrase);

// The value of a cardinal written in words or digits alone ("twenty-five",
// "1,200", "one hundred and twenty"), or nullopt.
std::optional<int64_t> parse_cardinal(std::string_view text);

// Quantities of a tokenized Document (sorted by start); numbers that are part
// of dates ("Oct 26", "in 2015") and times are skipped.
std::vector<Quantity> find_quantities(const Document& doc);

}  // namespace dossier
