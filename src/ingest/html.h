// HTML to article text: charset conversion, metadata from the head (meta tags,
// JSON-LD, <time datetime>), and readability-style body extraction with gumbo.
//
// Thread-safety: free functions; re-entrant.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"
#include "ingest/layout.h"

namespace dossier::ingest {

// Metadata a page declares about itself. Empty = not declared.
struct HtmlMeta {
  std::string title;      // og:title / JSON-LD headline / <title>
  std::string site_name;  // og:site_name / JSON-LD publisher.name
  std::vector<std::string> authors;
  std::optional<Date> published;
  bool published_in_text = false;  // read off a date line the page shows, not its markup
  std::string url;        // canonical / og:url
};

struct ExtractedBlock {
  std::string text;  // white space collapsed, entities decoded
  ParagraphHint hint = ParagraphHint::none;
};

struct HtmlExtraction {
  HtmlMeta meta;
  std::vector<ExtractedBlock> blocks;  // in document order
};

// Extracts the article from a UTF-8 page. With `keep_all` (feed item fragments)
// every visible block is kept, with no content scoring.
HtmlExtraction extract_html(std::string_view html, bool keep_all = false);

// Converts page bytes to UTF-8 by the declared charset (BOM, <meta charset>,
// http-equiv, or `declared` from an HTTP header). windows-1252/latin-1/ascii are
// converted; undeclared non-UTF-8 bytes are read as windows-1252; declared UTF-8
// with bad bytes is an error naming the byte offset; other charsets are
// unsupported unless the bytes are valid UTF-8 anyway.
Result<std::string> html_to_utf8(std::string_view path, std::string_view bytes, std::string_view declared = {});

// windows-1252 bytes -> UTF-8.
std::string cp1252_to_utf8(std::string_view bytes);

// Decodes HTML/XML character references (&amp; &#8217; &#x2019; &nbsp; ...).
std::string decode_entities(std::string_view s);

// Dates in metadata and in a page's date line: ISO 8601 at the start
// ("2016-10-26", "2016-10-26T08:00:00+05:00", "2016/10/26"), else the first
// written date in the string: RFC 822 ("Wed, 26 Oct 2016 08:00:00 GMT"),
// "November 19, 2019, 07:47 PM EST", "01:38 PM IST Nov 20, 2019", "19 NOV 2019",
// "Posted 2019-11-18", "20.11.2019" (day first). Slashed day/month orders
// (ambiguous) and impossible or implausible dates (before 1800) are nullopt.
std::optional<Date> parse_metadata_date(std::string_view s);

}  // namespace dossier::ingest
