// Tokens and sentences that survive news prose.
//
// tokenize() splits Document::text into Tokens (byte spans + flags + folded
// norm). split_sentences() groups them into Sentences. Both are pure functions
// of the text (and the body spans), deterministic and linear in its size.
//
// What they handle, because news has it: abbreviations and initials (I.S.,
// U.S., Gen., Oct., No. 5), possessives split off ("Pakistan's" -> Pakistan 's),
// straight and curly quotes, em and en dashes as separators while hyphens inside
// words stay (Lashkar-e-Jhangvi, AK-47), numbers with separators and ranges
// (10,000-12,000, 1.5, 2016-10-24, 10:30), bullet lines, paragraph breaks, and
// text outside the article body (never joined to a body sentence).
//
// Thread-safe: the abbreviation tables are built once on first use.
#pragma once

#include <memory>
#include <string_view>

#include "dossier/document.h"
#include "dossier/pipeline.h"

namespace dossier {

// Fills doc.tokens from doc.text (replacing any there).
void tokenize(Document& doc);
// Fills doc.sentences from doc.tokens (replacing any there). Sentences never
// cross a paragraph break (blank line) or the edge of a body span.
void split_sentences(Document& doc);

// Is `word` (with its final period, e.g. "Gen.") a known abbreviation?
bool is_known_abbreviation(std::string_view word);

// The text stage: reads Text|Body, writes Tokens|Sentences.
std::unique_ptr<Stage> make_text_stage();

}  // namespace dossier
