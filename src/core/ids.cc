#include "core/ids.h"

#include <openssl/evp.h>
#include <utf8proc.h>

#include <cstdio>

namespace dossier {

std::string sha256_hex(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr);
  static const char* kHex = "0123456789abcdef";
  std::string out(len * 2, '0');
  for (unsigned i = 0; i < len; ++i) {
    out[2 * i] = kHex[md[i] >> 4];
    out[2 * i + 1] = kHex[md[i] & 15];
  }
  return out;
}

uint64_t fnv1a64(std::string_view bytes, uint64_t h) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string slugify(std::string_view name) {
  // Strip diacritics and fold case with utf8proc, then keep [a-z0-9].
  utf8proc_uint8_t* folded = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                        static_cast<utf8proc_ssize_t>(name.size()), &folded,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                                       UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  std::string_view src = n >= 0 ? std::string_view(reinterpret_cast<char*>(folded), n) : name;
  std::string out;
  bool dash = false;
  for (char c : src) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(c);
    } else if (u >= 'A' && u <= 'Z') {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(static_cast<char>(u - 'A' + 'a'));
    } else if (u == '\'' || u == '.') {
      // "Al-Qa'ida" -> "al-qaida", "I.S." -> "is": apostrophes and dots join.
    } else {
      dash = true;
    }
  }
  if (folded) free(folded);
  return out;
}

std::string document_id(std::string_view sha) { return "doc:" + std::string(sha.substr(0, 16)); }

std::string make_id(std::string_view prefix, std::initializer_list<std::string_view> parts) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (auto p : parts) {
    h = fnv1a64(p, h);
    h = fnv1a64(std::string_view("\x1f", 1), h);
  }
  return std::string(prefix) + ":" + hex64(h);
}

}  // namespace dossier
