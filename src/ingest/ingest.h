// Ingest: from paths (files, folders, stdin) to Documents.
//
// What it promises
// - Formats: plain text, HTML, JSON Lines, WARC (.warc, .warc.gz), RSS/Atom, each
//   optionally gzip-compressed (.gz, or gzip magic bytes). The format is chosen
//   by extension and confirmed or overridden by sniffing the first bytes.
// - One input may hold many documents (a JSONL line, a WARC response record, an
//   RSS item each make one). Each Document has meta.path (the path as given, or
//   the item's URL when it has one), meta.sha256 of the bytes read for it (the
//   whole file, or that line / record / item), meta.id = document_id(sha256),
//   meta.format ("text", "html", "jsonl", "warc", "rss"), title, publisher,
//   authors, dateline_text, and published/published_how=metadata only when a
//   metadata field gives the date (HTML meta tags, JSON-LD, <time datetime>, JSONL
//   "published"/"date", RSS pubDate). WARC-Date is the crawl time, not the
//   publication date, and is never used as one. Fields with no value stay empty.
// - Document::text is valid UTF-8; for HTML it is the extracted readable text
//   (title, header lines, body paragraphs separated by blank lines); body spans
//   are exact byte ranges into it; byline, date lines, captions, credits,
//   widgets, notices and navigation lines are in text but not in body.
// - Errors never stop a batch: each problem is a Status naming the file and the
//   line or byte offset: missing path (not_found), empty file, binary file (NUL
//   or control bytes; invalid_input), invalid UTF-8 (invalid_input at the byte
//   offset; that document is rejected, never silently cleaned), a broken JSONL
//   line (invalid_input, line number; the other lines go on), a file or
//   decompressed stream above IngestOptions::max_file_bytes (too_large; the file
//   is not read). Large files below the limit are read whole into memory (a
//   100 MB text file costs about 100 MB plus its Document); truncated HTML is
//   parsed as far as it goes.
// - Legacy charsets: HTML declaring windows-1252 / iso-8859-1 / latin1 / ascii, or
//   HTML without a declaration that is not valid UTF-8, is converted from
//   windows-1252 (the HTML standard's default). Other text must be UTF-8.
//
// Thread-safety: all functions are re-entrant; they share only immutable phrase
// lists. Callers may ingest different inputs on different threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"

namespace dossier::ingest {

struct IngestOptions {
  uint64_t max_file_bytes = 256ull << 20;  // per file, and per decompressed stream
};

enum class Format : uint8_t { text, html, jsonl, warc, rss };
std::string_view to_string(Format f);

// The format of an input from its name (extension, after stripping ".gz") and its
// first bytes (already decompressed).
Format detect_format(std::string_view path, std::string_view bytes);

// Parses one in-memory input (gzip is decompressed here). One file may hold many
// documents. Errors naming path and line or byte offset are appended to *errors;
// good documents are returned.
std::vector<Document> parse_bytes(std::string_view path, std::string_view bytes, const IngestOptions& options,
                                  std::vector<Status>* errors);

// The same, handing each document to `sink` as soon as it is built (a JSON Lines or
// WARC file never holds all its Documents in memory at once). Returns the number
// of documents.
using DocumentSink = std::function<void(Document&&)>;
size_t parse_bytes(std::string_view path, std::string_view bytes, const IngestOptions& options,
                   const DocumentSink& sink, std::vector<Status>* errors);

// Walks files and folders (recursively, sorted by name, skipping hidden entries);
// "-" reads stdin. Calls on_document for each document and on_error for each
// problem, never stops on a bad file. Returns the number of errors.
size_t read_inputs(const std::vector<std::string>& paths, const IngestOptions& options,
                   const std::function<void(Document&&)>& on_document,
                   const std::function<void(const Status&)>& on_error);

// Builds a Document from text that is already article text (plain text format):
// paragraphs, layout analysis, body spans. `meta` fields already set are kept.
Document make_text_document(std::string text, DocumentMeta meta);
// Builds a Document from an HTML page (UTF-8): extraction + layout analysis.
Document make_html_document(std::string_view html, DocumentMeta meta);

}  // namespace dossier::ingest
