// Article layout: which paragraphs of a scraped article are its body, and what
// the others say about the document (title, byline, dateline, publisher).
//
// Input is the document text cut into paragraphs (plain text: blank-line
// separated blocks; HTML: the blocks the extractor kept), each optionally with a
// hint from the HTML structure. Every paragraph gets a ParagraphKind; those of
// kind `body` are the article body. Metadata found on the way (title, authors,
// publishers, dateline text) is filled into DocumentMeta only where it is empty.
//
// The rules are patterns over lines, not over any site's sentences: bylines
// ("By A B | Outlet"), photo credits ("AGENCY/Name", "Name—AGENCY", "(Photo: X)"),
// captions (a paragraph ending in a credit), stand-alone date lines, datelines
// ("PLACE, Country, Mon DD –"), source credits ("(Reuters, AFP)"), widget lines and
// end-of-article markers from resources/boilerplate/phrases.tsv, a header zone
// (everything before the byline/date line or the dateline paragraph) and a
// trailing zone (short lines after the last prose paragraph).
//
// Thread-safety: free functions over caller-owned data; safe to call concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"

namespace dossier::ingest {

enum class ParagraphKind : uint8_t {
  body,
  title,        // the headline (or a repeat of it)
  nav,          // breadcrumb / navigation line ("Home Latest News <title>")
  byline,       // "By A B", "by AFP", "By A | Outlet"
  dateline,     // a stand-alone place line ("KARACHI, Pakistan")
  date_line,    // a stand-alone date ("December 19, 2017", "Published Tuesday, ...")
  caption,      // photo caption (ends with a credit, or a <figcaption>)
  credit,       // photo credit alone ("REUTERS/Name", "Name—AFP", "(Photo: X)")
  source,       // source credit ("(Reuters, Al-Akhbar)")
  notice,       // site notice in the header zone
  widget,       // share/comment/print/"Source link" lines
  header,       // other lines before the article starts (kicker, standfirst before a dateline, staff credit)
  trailer,      // after an end marker or after the last prose paragraph
};
std::string_view to_string(ParagraphKind k);

// What the HTML structure says about a block.
enum class ParagraphHint : uint8_t { none, title, heading, meta, caption };

struct Paragraph {
  Span span;  // into the text, trimmed of surrounding white space
  ParagraphHint hint = ParagraphHint::none;
  ParagraphKind kind = ParagraphKind::body;
};

// Cuts plain text into paragraphs: blocks separated by blank lines. A block of
// several lines is one paragraph when its lines look like wrapped prose (most
// lines 45+ bytes), except that a line break followed by indentation starts a new
// paragraph (wire style); otherwise every line is its own paragraph.
std::vector<Paragraph> split_paragraphs(std::string_view text);

// Classifies `paras` (spans into `text`) in place and fills empty fields of
// `meta` (title, authors, publisher, dateline_text). Never touches dates: date
// lines are only marked non-body, left for the time module to read.
void analyse_layout(std::string_view text, std::vector<Paragraph>& paras, DocumentMeta& meta);

// Body spans = spans of the paragraphs of kind body, in order.
std::vector<Span> body_spans(const std::vector<Paragraph>& paras);

// Site furniture: the kinds that are neither the article nor about it (widget, notice, nav,
// trailer). Titles, captions, bylines, credits, datelines and header lines are not furniture:
// they describe the article.
bool is_furniture(ParagraphKind k);
// Spans of the furniture paragraphs, in order.
std::vector<Span> furniture_spans(const std::vector<Paragraph>& paras);

// Helpers exposed for tests.
// The place part of a dateline at the start of a paragraph ("DERA ISMAIL KHAN,
// Pakistan" from "DERA ISMAIL KHAN, Pakistan, Oct 26 – ..."), or "".
std::string dateline_prefix(std::string_view para);

struct Byline {
  std::vector<std::string> authors;
  std::vector<std::string> publishers;
};
// Parses "By A B", "by AFP", "By A B | The Outlet", "By A and B, Reuters". False
// when the line is not a byline (e.g. "By February 2016, the director ...").
bool parse_byline(std::string_view line, Byline* out);
// True when the line is a photo credit; *agency gets the agency named in it, if any.
bool parse_credit(std::string_view line, std::string* agency);

}  // namespace dossier::ingest
