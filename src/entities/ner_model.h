// NerModel: the weights of the statistical entity recognizer and its model
// file. Written by the trainer (ner_trainer.h), read by NerTagger::load().
//
// File layout (little-endian):
//   magic "DOSSNER\0", u32 format version (kNerModelVersion),
//   str feature spec (kNerFeatureSpec at training time), str fingerprint,
//   str training notes (JSON), u32 max place tokens, u32 n + n str place keys ("key\tK"),
//   u32 n + n str demonym keys, u32 n + n (str word, u8 profile),
//   u32 n + n (str noun, u8 first supersense, u8 second supersense),
//   (kNerTags+1) x kNerTags f32 transitions (row kNerTags = sentence start),
//   f32 outside bias,
//   u32 n features, each: u64 hash, u8 count, count x (u8 tag, f32 weight),
//   u64 FNV-1a checksum of everything before it.
// str = u32 length + bytes. The fingerprint hashes the feature spec, the tag
// set and the word lists, so a model whose features this build does not
// extract, or whose file was altered, is refused with a Status naming why.
//
// Thread-safety: immutable after construction; score() is const.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/flat_table.h"
#include "dossier/status.h"
#include "entities/ner_features.h"

namespace dossier {

inline constexpr uint32_t kNerModelVersion = 1;

// Open-addressing map from feature hash to a row of kNerTags weights.
class NerWeightTable {
 public:
  void build(const std::vector<std::pair<uint64_t, std::array<float, kNerTags>>>& rows);
  // Weights of a feature, or null when the model does not know it.
  const float* find(uint64_t h) const {
    if (slots_.empty()) return nullptr;
    const Slot& s = slots_[flat::find_slot(slots_, mix(h), [h](const Slot& x) { return x.key == h; })];
    return s.key == 0 ? nullptr : &weights_[static_cast<size_t>(s.row) * kNerTags];
  }
  // Asks the CPU to fetch the slot find(h) starts at (a hint; no effect on results).
  void prefetch(uint64_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[mix(h) & (slots_.size() - 1)]);
  }
  size_t size() const { return n_; }
  template <typename Fn>
  void each(Fn&& fn) const {
    for (const Slot& s : slots_)
      if (s.key != 0) fn(s.key, &weights_[static_cast<size_t>(s.row) * kNerTags]);
  }

 private:
  static size_t mix(uint64_t h) { return static_cast<size_t>(h ^ (h >> 29)); }
  // Key and row side by side, so a probe touches one cache line.
  struct Slot {
    uint64_t key;
    uint32_t row;
  };
  std::vector<Slot> slots_;
  std::vector<float> weights_;
  size_t n_ = 0;
};

struct NerModel {
  NerLexicon lexicon;
  NerWeightTable features;
  std::array<float, (kNerTags + 1) * kNerTags> transitions{};
  std::string notes;  // JSON: data, epochs, seed, scores
  // Subtracted from the O tag's emission at decoding: > 0 trades precision for recall.
  float outside_bias = 0.0f;

  // The fingerprint this build computes for the model's lexicon.
  std::string fingerprint() const;
  Status save(const std::string& path) const;
  static Result<NerModel> read(const std::string& path);
};

// Emission scores of one token: sum of the weights of its features.
void ner_emissions(const NerWeightTable& w, const std::vector<uint64_t>& feats, float* out);

// Best BIO-consistent tag sequence (I-X only after B-X or I-X) for n tokens with
// emissions (n x kNerTags) and transitions ((kNerTags+1) x kNerTags).
void ner_viterbi(const float* emissions, const float* transitions, uint32_t n, int* tags);
// The same with transitions already masked by ner_mask_transitions() (forbidden moves = -inf).
void ner_mask_transitions(const float* transitions, float* masked);
void ner_viterbi_masked(const float* emissions, const float* masked, uint32_t n, int* tags);

}  // namespace dossier
