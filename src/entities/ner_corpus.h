// Training and evaluation data for the entity recognizer: the re3d corpus
// read into Documents with gold mentions, the rules that refine its coarse
// types into ours, and the BIO labels the trainer learns from.
//
// re3d types map as: Person -> PERSON; Organisation -> ARMED_GROUP,
// STATE_ACTOR or ORG (by the word rules in resources/models/ner_label_rules.tsv
// and, for a bare country name used as an organisation, the gazetteer);
// Location -> FACILITY, LOC or GPE (word rules; lower-case descriptions are
// LOC); Nationality -> NORP; Weapon -> WEAPON. Temporal, Quantity, Money,
// DocumentReference, CommsIdentifier, MilitaryPlatform and Vehicle are not
// entity types of ours and are dropped; so are gold mentions that are a lone
// pronoun (coreference, not recognition). re3d offsets are code points and
// are converted to byte offsets here.
//
// Thread-safety: plain data and pure functions.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"
#include "entities/ner_features.h"

namespace dossier {

class PlaceGazetteer;

struct NerLabelRules {
  // Lower-case word -> the type an Organisation / Location containing it becomes.
  std::unordered_map<std::string, MentionType> org_words, location_words;
  static Result<NerLabelRules> load(const std::string& path);
  MentionType organisation_type(const Document& doc, Span span, const PlaceGazetteer* gaz) const;
  MentionType location_type(const Document& doc, Span span) const;
};

struct NerGold {
  Span span;  // bytes
  MentionType type;
};

struct NerDoc {
  std::string id, source;
  Document doc;                // tokenized and sentence-split
  std::vector<NerGold> gold;   // sorted by start; may overlap (re3d nests)
};

// Reads every <dir>/*/documents.json + entities.json.
Result<std::vector<NerDoc>> load_re3d(const std::string& dir, const NerLabelRules& rules,
                                      const PlaceGazetteer* gaz);

// BIO tags for tokens [first, end) of d.doc. Where gold mentions nest, the inner
// one keeps its tokens and the outer one is tagged on what is left (see .cc).
// A token is inside a mention when its span overlaps it.
std::vector<int> ner_bio_labels(const NerDoc& d, uint32_t first, uint32_t end);

// The word lists the recognizer's features consult, from the place gazetteer.
NerLexicon ner_lexicon_from(const PlaceGazetteer& gaz, int64_t min_city_population = 100000);

// Word profiles (NerLexicon::word_profiles) from unlabeled news: the "text" field of each line of
// a JSON Lines file, gzip-compressed or not (e.g. shared/data/news-bench/reuters21578.jsonl.gz),
// at most max_docs documents (0 = all).
Result<std::unordered_map<std::string, uint8_t>> ner_word_profiles_from(const std::string& jsonl_path,
                                                                        size_t max_docs = 0);

// WordNet noun supersenses (NerLexicon::noun_senses) from a WordNet 3.0 dictionary folder
// (index.noun, data.noun, noun.exc; Debian: /usr/share/wordnet from wordnet-base).
Result<std::unordered_map<std::string, uint16_t>> ner_noun_senses_from(const std::string& wordnet_dir);

// Byte offset of code point offset `cp` in `text` (text.size() when past the end).
uint32_t ner_cp_to_byte(std::string_view text, uint32_t cp);

}  // namespace dossier

namespace dossier {

// WikiEvents (original format, e.g. dev.jsonl): entity mentions PER, ORG, GPE, LOC, FAC, WEA as
// PERSON, ORG/ARMED_GROUP/STATE_ACTOR, GPE, LOC, FACILITY, WEAPON; token indices are converted to
// byte offsets. WikiEvents marks heads of every mention, nominal ones included; with
// names_only, only mentions with a capitalized word (and weapons) are kept.
Result<std::vector<NerDoc>> load_wikievents(const std::string& jsonl_path, const NerLabelRules& rules,
                                            const PlaceGazetteer* gaz, bool names_only);

}  // namespace dossier
