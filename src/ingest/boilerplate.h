// The boilerplate phrase lists (resources/boilerplate/phrases.tsv, compiled in):
// widget lines, end-of-article markers, agency names, notice cues, HTML
// class/id hints. The code that uses them knows the kinds, never the phrases.
//
// Thread-safety: BoilerplatePhrases::get() builds the lists once (thread-safe
// static init); the object is immutable afterwards and shared by all threads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dossier::ingest {

// Lower case (ASCII and Latin-1/-Ext via utf8 fold), every run of non letters and
// digits -> one space, trimmed. "Print Friendly, PDF & Email" -> "print friendly pdf email".
std::string normalize_phrase(std::string_view s);

class BoilerplatePhrases {
 public:
  static const BoilerplatePhrases& get();
  // Parses the phrases.tsv format; unknown kinds are ignored.
  explicit BoilerplatePhrases(std::string_view tsv);

  bool is_widget_line(std::string_view norm) const;     // kind line / prefix
  bool is_end_marker(std::string_view norm) const;      // kind end
  bool is_agency(std::string_view norm) const;          // kind agency
  // The canonical spelling of an agency as listed ("afp" -> "AFP"), or "".
  std::string agency_name(std::string_view norm) const;
  bool has_notice_cue(std::string_view norm) const;     // any notice word/phrase as whole words
  bool is_staff_word(std::string_view norm_word) const;
  bool is_credit_prefix(std::string_view norm) const;
  bool is_date_word(std::string_view norm_word) const;

  // HTML class/id hints: +1 per class_pos fragment, -1 per class_neg fragment.
  int class_weight(std::string_view class_and_id) const;
  bool class_pos(std::string_view class_and_id) const;
  bool class_drop(std::string_view class_and_id) const;
  bool class_meta(std::string_view class_and_id) const;

  size_t size() const { return count_; }

 private:
  bool match_fragments(const std::vector<std::string>& frags, std::string_view attr) const;
  std::unordered_set<std::string> lines_, ends_, staff_, credit_, date_words_;
  std::vector<std::string> prefixes_, notices_;
  std::unordered_map<std::string, std::string> agencies_;
  std::vector<std::string> class_pos_, class_neg_, class_drop_, class_meta_;
  size_t count_ = 0;
};

}  // namespace dossier::ingest
