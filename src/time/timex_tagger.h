// find_timexes: every time expression in a text, typed and normalized to a
// TimeML TIMEX3 value against an anchor (the document creation date).
//
// What it promises:
//  - Timexes are sorted by start and do not overlap; spans are byte offsets.
//  - Values follow TIMEX3: 2016-10-24, 2016-10, 2016, 2016-W43, 2016-Q3,
//    2016-SU, 199 (decade), 2016-10-24T10:00, 2016-10-24TNI, P5H ... ; with no
//    anchor, relative expressions get X patterns (XXXX-WXX-1, XXXX-10) or
//    PAST_REF / PRESENT_REF / FUTURE_REF, never a guessed year.
//  - Timex::range is filled for every calendar value (day .. century).
//  - Impossible dates (February 31, month 13, year 99999) are never produced.
//  - Linear time in the text length: the scanner looks a bounded number of
//    tokens ahead and back from each position.
// Thread-safety: pure functions over an immutable lexicon.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "time/time_lexicon.h"

namespace dossier::time {

// Uses TimeLexicon::default_lexicon().
std::vector<Timex> find_timexes(std::string_view text, std::optional<Date> anchor);
std::vector<Timex> find_timexes(std::string_view text, std::optional<Date> anchor, const TimeLexicon& lex);

}  // namespace dossier::time
