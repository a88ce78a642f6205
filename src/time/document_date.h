// find_document_date: the date an article was published, found in its own
// text when no metadata gave one.
//
// Evidence, strongest first:
//  1. a dateline opening a paragraph: "DERA ISMAIL KHAN, Pakistan, Oct 26 –"
//     (published_how = dateline); a dateline without a year takes the year
//     from another full date near the top of the page (a dated photo caption
//     "October 25, 2016"), choosing the year that puts the two closest;
//  2. a "Published Tuesday, November 18, 2014" line, or a byline carrying the
//     date ("By A. Writer | March 9, 2019") (text);
//  3. a line that is only a date, as under a byline: "December 19, 2017" (text);
//  4. a dated photo caption: a full date on a line with a credit word (text).
// Only the top of the text (the first few kilobytes) is searched. With no
// evidence the result is nullopt: the date is never guessed.
// Thread-safety: pure function over the immutable default lexicon.
#pragma once

#include <optional>
#include <string_view>

#include "dossier/document.h"
#include "time/time_lexicon.h"

namespace dossier::time {

struct DocumentDate {
  Date date;
  PublishedHow how = PublishedHow::none;
  Span evidence;              // byte span of the date expression used
  std::string dateline_text;  // "DERA ISMAIL KHAN, Pakistan" for a dateline, else empty
};

std::optional<DocumentDate> find_document_date(std::string_view text);
std::optional<DocumentDate> find_document_date(std::string_view text, const TimeLexicon& lex);
std::optional<DocumentDate> find_document_date(const Document& doc);

}  // namespace dossier::time
