// Small UTF-8 helpers shared by every module. Invalid sequences are never
// produced here; validate() reports the first bad byte so ingest can name it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dossier::utf8 {

// Decodes one code point at s[i], advancing i. Returns 0xFFFD on a bad byte
// (and advances by one).
char32_t next(std::string_view s, size_t& i);
// Decodes the code point ending just before s[i], moving i back.
char32_t prev(std::string_view s, size_t& i);
void append(std::string& out, char32_t cp);
// Byte offset of the first invalid sequence, or nullopt when s is valid UTF-8.
std::optional<size_t> first_invalid(std::string_view s);
// Replace invalid sequences with U+FFFD.
std::string repair(std::string_view s);
size_t count_code_points(std::string_view s);

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_digit(char32_t c);
bool is_space(char32_t c);  // includes NBSP and other Unicode spaces
bool is_dash(char32_t c);   // - ‐ ‑ ‒ – — ―
bool is_quote(char32_t c);  // " ' “ ” ‘ ’ « » „
char32_t to_lower(char32_t c);

// Lower-case, NFC; curly quotes -> ' and ", dashes -> '-'.
std::string fold(std::string_view s);

}  // namespace dossier::utf8
