// TimeLexicon: the English time vocabulary (month and weekday names, number
// words, units, seasons, shift words, modifiers ...) loaded from
// resources/time/en.tsv. The tagger asks it what role a lower-cased word can
// play; the grammar knows roles (Cls), never words.
//
// Built once by load(), then immutable: safe to share across threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/status.h"

namespace dossier::time {

// The roles a word can play in a time expression (the `class` column).
enum class Cls : uint8_t {
  month, weekday, weekdays, number, fuzzy, ordinal, suffix, unit, season, partofday, partofdays, clock,
  ampm, day, tonight, ref, shift, part, partnoun, mod, mod2, set, every, holiday, future, func, tz, setcue, pubcue, credit, decade
};

// Values of the `func` class: the grammar's function words.
enum class Func : uint8_t {
  none,
  THE,
  OF,
  THAT,
  SAME,
  AGO,
  HENCE,
  FROM,
  LATER,
  EARLIER,
  IN,
  ON,
  AT,
  FOR,
  SINCE,
  BY,
  AND,
  YEARAGO,
  FISCAL,
  FULL,
  OLD,
  ENDED,
  OR,
  SO,
  THEN,
  NEAR,
  EXTRA,
  LONG,
  DET,
  PRON,
  ADV,
  UNITADJ,
  AHEAD
};

// Units of time as the grammar uses them.
enum class Unit : uint8_t { none, S, MIN, H, D, W, WE, M, Q, HALF, Y, DE, CE, PERIOD };

struct LexRole {
  Cls cls;
  int num = 0;          // month, weekday, number, ordinal, shift, day offset, future
  Unit unit = Unit::none;
  Func func = Func::none;
  std::string text;     // the raw value column (ref value, mod name, set value, holiday rule ...)
  std::string flags;    // amb, article, tens, plural, dotted, ...
  bool has_flag(std::string_view f) const;
};

struct LexEntry {
  std::vector<LexRole> roles;
  const LexRole* find(Cls c) const {
    for (const auto& r : roles)
      if (r.cls == c) return &r;
    return nullptr;
  }
  bool has(Cls c) const { return find(c) != nullptr; }
  const LexRole* func(Func f) const {
    for (const auto& r : roles)
      if (r.cls == Cls::func && r.func == f) return &r;
    return nullptr;
  }
};

class TimeLexicon {
 public:
  // Reads a TSV file (word, class, value[, flags]); errors name the line.
  static Result<std::unique_ptr<TimeLexicon>> load(const std::string& path);
  // The lexicon from the default resource folder ($DOSSIER_RESOURCES, else the
  // source tree's resources/), loaded on first use. Aborts with a message if
  // the file is missing, because no stage can work without it.
  static const TimeLexicon& default_lexicon();

  // Entry for a lower-cased word, or nullptr. An open-addressing table with an
  // inline hash: this lookup runs for every word of every document.
  const LexEntry* find(std::string_view lower_word) const {
    if (slots_.empty() || lower_word.size() > max_len_) return nullptr;
    uint64_t h = hash(lower_word);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.entry) return nullptr;
      if (s.hash == h && *s.key == lower_word) return s.entry;
    }
  }
  size_t size() const { return map_.size(); }
  size_t max_word_length() const { return max_len_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  struct Slot {
    uint64_t hash = 0;
    const std::string* key = nullptr;
    const LexEntry* entry = nullptr;
  };
  static uint64_t hash(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    return h ^ (h >> 29);
  }
  void build_index();
  std::unordered_map<std::string, LexEntry, Hash, std::equal_to<>> map_;  // owns the entries
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t max_len_ = 0;
};

}  // namespace dossier::time
