// Hard-wrapped text: which line breaks only wrap a line of running text.
//
// Newswire copy (the Reuters archive, teletype feeds) breaks its paragraphs into lines of about
// seventy characters, so a name can straddle a line end ("the Federal\nReserve"). The tokenizer
// flags every line break (kTokNewlineBefore); the recognizers treat such a break as the end of
// a name, which is right for headlines, bylines and captions standing on lines of their own and
// wrong for a wrapped line. soft_line_wraps() tells the two apart for one document.
//
// A break is a soft wrap when the document is hard-wrapped (at least two of its lines, and a
// fifth of its candidate breaks, end mid-sentence with the next line going on in lower case),
// the break is a single newline with no indentation after it (wire paragraphs are indented or
// separated by a blank line), the line before it is at least 40 characters long (headings and
// bylines are short) and does not end in sentence punctuation.
//
// Thread-safety: a pure function of the document.
#pragma once

#include <cstdint>
#include <vector>

#include "dossier/document.h"

namespace dossier {

// Per token of doc.tokens: 1 when the line break before it is a soft wrap (read it as a
// space). Empty when the document has no soft wraps.
std::vector<uint8_t> soft_line_wraps(const Document& doc);

}  // namespace dossier
