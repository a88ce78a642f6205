// The feature extractor of the statistical entity recognizer (NerTagger) and
// the tag set it predicts. Shared by the tagger and its trainer so both see
// exactly the same features; kNerFeatureSpec names the templates and is part of
// every model's fingerprint, so a model trained with other features is refused.
//
// Features are 64-bit hashes of (template, value) pairs, never strings, so
// extraction allocates little and lookups are one probe in a hash table.
// Thread-safety: a NerFeatureExtractor is immutable after construction;
// extract() uses only the caller's scratch.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/document.h"

namespace dossier {

// Description of the feature templates; change it whenever extract() changes.
inline constexpr std::string_view kNerFeatureSpec =
    "ner-features-v3:bias,lw,shape,pre2,pre3,suf2,suf3,suf4,caps+first,lw-1,lw+1,lw-2,lw+2,"
    "shape-1|0,shape0|+1,lw-1|0,lw0|+1,gaz-bilou+kind,gaz-bilou|lw-1,gaz-kind|lw+1,demonym,caps-window,len,"
    "profile,profile+freq,profile+caps,profile-1,profile+1,sense1,sense2,sense1+caps,sense-1,sense+1,"
    "title-case-run,hyphen-parts";

// Tags: 0 = O, then B-/I- for each MentionType in enum order.
inline constexpr int kNerTypes = 9;
inline constexpr int kNerTags = 1 + 2 * kNerTypes;
inline int ner_begin_tag(MentionType t) { return 1 + 2 * static_cast<int>(t); }
inline int ner_inside_tag(MentionType t) { return 2 + 2 * static_cast<int>(t); }
inline bool ner_is_begin(int tag) { return tag > 0 && (tag % 2) == 1; }
inline MentionType ner_tag_type(int tag) { return static_cast<MentionType>((tag - 1) / 2); }
std::string ner_tag_name(int tag);  // "O", "B-PERSON", "I-GPE" ...

// Word lists the features consult; they travel inside the model file.
struct NerLexicon {
  // Slug keys ("dera-ismail-khan") of place names -> the most prominent kind they can denote:
  // 'C' country, 'A' admin1, 'R' region, 'D' admin2, 'T' city (town), 'F' facility.
  std::unordered_map<std::string, char> places;
  std::unordered_set<std::string> demonyms;  // slug keys ("pakistani")
  // How a word is written in ordinary news (learned from unlabeled text): high nibble the
  // capitalization class of its non-initial occurrences (0 never capitalized .. 4 always),
  // low nibble log2 of its count (capped at 15). Words seen fewer than 3 times are absent.
  std::unordered_map<std::string, uint8_t> word_profiles;
  // WordNet noun supersenses (lexicographer file numbers 3..28: 14 group, 15 location, 18 person,
  // 6 artifact ...) of single-word nouns and irregular plurals: low byte the first (most frequent)
  // sense, high byte the second (255 = none).
  std::unordered_map<std::string, uint16_t> noun_senses;
  int max_place_tokens = 4;
};

// What the features need to know of one token, computed from its text and flags alone (so
// a tagger may compute it once per distinct token text and reuse it).
struct NerTokenFacts {
  std::string shape;  // "Xx", "X.X.", "dd-x"
  std::string key;    // ner_token_key(norm): the gazetteer key of the word ("" for punctuation)
  char caps = 'l';    // 'U' all caps, 'C' capitalized, 'l' lower, 'd' digit-initial, 'p' punct
  char profile = '?', freq = '?';  // word_profiles: capitalization class and log count
  uint16_t sense = 0xFFFF;         // noun_senses (0xFFFF: none)
  bool demonym = false;
  char place_kind = 0;       // NerLexicon::places kind of the word alone (0: not a place name)
  bool place_prefix = false;  // the word starts a longer place name ("dera" of "dera-ismail-khan")
};

// Sentence-level marks: the gazetteer reading (B/I/L/U/O and the kind) and the length of the
// run of title-case words each token sits in.
struct NerSentenceMarks {
  std::vector<char> gaz, gaz_kind;
  std::vector<uint8_t> title_run;
};

class NerFeatureExtractor {
 public:
  // Indexes the lexicon's place names by their leading words; the lexicon must not change
  // afterwards.
  explicit NerFeatureExtractor(const NerLexicon* lexicon);
  // Features of every token of one sentence [first, end) of doc, appended to
  // out[i - first] (cleared first). This is the reference: the tagger's fast path
  // (ner_tagger.cc) assembles the same features from the pieces below, per token:
  //   word_features(token) + neighbour_feature(-2..+2, neighbour words) + context_features().
  void extract(const Document& doc, uint32_t first, uint32_t end,
               std::vector<std::vector<uint64_t>>& out) const;

  // The facts of token t.
  void token_facts(const Document& doc, uint32_t t, NerTokenFacts& out) const;
  // The features that depend on the token's own text only (lw = Token::norm).
  static void word_features(std::string_view lw, const NerTokenFacts& f, std::vector<uint64_t>& out);
  // The feature the word at position i + offset gives token i (offset -2, -1, +1 or +2);
  // outside the sentence the word is one of the boundary words below.
  static uint64_t neighbour_feature(int offset, std::string_view word);
  static std::string_view boundary_word(int64_t i, uint32_t n);  // i < 0 or i >= n
  // Gazetteer and title-run marks of a sentence of n tokens.
  void sentence_marks(const NerTokenFacts* const* facts, uint32_t n, NerSentenceMarks& m) const;
  // The features of token i that look at its neighbours' shapes, cases, profiles, senses,
  // the gazetteer marks, its position and word pairs (not those of word_features() or
  // neighbour_feature()). words[k] is the norm of token k of the sentence.
  static void context_features(const std::string_view* words, const NerTokenFacts* const* facts,
                               const NerSentenceMarks& m, uint32_t n, uint32_t i, std::vector<uint64_t>& out);

 private:
  const NerLexicon* lex_;
  // Every proper prefix, cut at a '-', of a multi-word place key ("dera", "dera-ismail").
  std::unordered_set<std::string> place_prefixes_;
};

// Counts how words are written in unlabeled news, to build NerLexicon::word_profiles.
class NerWordProfileCounter {
 public:
  void add(const Document& doc);  // needs tokens and sentences
  std::unordered_map<std::string, uint8_t> profiles(uint32_t min_count = 3) const;
  size_t documents() const { return docs_; }

 private:
  struct Count {
    uint32_t total = 0, capitalized = 0;
  };
  std::unordered_map<std::string, Count> counts_;
  size_t docs_ = 0;
};

// The slug of one token's norm (ASCII letters/digits, diacritics dropped,
// inner punctuation runs as '-'), as PlaceGazetteer::key() would produce.
std::string ner_token_key(std::string_view norm);

}  // namespace dossier
