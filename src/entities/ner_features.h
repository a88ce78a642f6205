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
#include <unordered_set>
#include <vector>

#include "dossier/document.h"

namespace dossier {

// Description of the feature templates; change it whenever extract() changes.
inline constexpr std::string_view kNerFeatureSpec =
    "ner-features-v1:bias,lw,shape,pre2,pre3,suf2,suf3,suf4,caps+first,lw-1,lw+1,lw-2,lw+2,"
    "shape-1|0,shape0|+1,lw-1|0,lw0|+1,gaz-bilou,gaz-bilou|lw-1,demonym,caps-window,len,"
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
  std::unordered_set<std::string> places;    // slug keys ("dera-ismail-khan") of place names
  std::unordered_set<std::string> demonyms;  // slug keys ("pakistani")
  int max_place_tokens = 4;
};

class NerFeatureExtractor {
 public:
  explicit NerFeatureExtractor(const NerLexicon* lexicon) : lex_(lexicon) {}
  // Features of every token of one sentence [first, end) of doc, appended to
  // out[i - first] (cleared first).
  void extract(const Document& doc, uint32_t first, uint32_t end,
               std::vector<std::vector<uint64_t>>& out) const;

 private:
  const NerLexicon* lex_;
};

// The slug of one token's norm (ASCII letters/digits, diacritics dropped,
// inner punctuation runs as '-'), as PlaceGazetteer::key() would produce.
std::string ner_token_key(std::string_view norm);

}  // namespace dossier
