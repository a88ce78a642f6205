// Content-derived identifiers and hashing. Ids are short, readable prefixes
// plus a hash of the content that defines the record, so the same input gives
// the same id on every run, in any order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dossier {

std::string sha256_hex(std::string_view bytes);
// 64-bit FNV-1a; stable across platforms and runs.
uint64_t fnv1a64(std::string_view bytes, uint64_t seed = 0xcbf29ce484222325ULL);
std::string hex64(uint64_t v);  // 16 hex digits

// "Lashkar-e-Jhangvi Al-Alami" -> "lashkar-e-jhangvi-al-alami": lower case,
// ASCII letters and digits kept, diacritics dropped, every other run -> '-'.
std::string slugify(std::string_view name);

// Document id: "doc:" + first 16 hex digits of the sha256 of the bytes.
std::string document_id(std::string_view sha256_hex);
// An id with a prefix and a hash of its parts: make_id("ev", {a, b}) -> "ev:0123abcd...".
std::string make_id(std::string_view prefix, std::initializer_list<std::string_view> parts);

}  // namespace dossier
