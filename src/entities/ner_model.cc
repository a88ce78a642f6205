// How the model file and decoding work.
//
// Weights live in one flat float array, kNerTags floats per feature, found
// through an open-addressing table keyed by the feature hash (0 is reserved
// for "empty"; the trainer never emits it). On disk only non-zero weights are
// stored, as (tag, weight) pairs, which keeps the file a few megabytes.
//
// Decoding is first-order Viterbi over the BIO tags with the constraint that
// an I-X tag may only follow B-X or I-X (and never starts a sentence), so the
// output always reads as well-formed spans.
#include "entities/ner_model.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

#include "core/ids.h"

namespace dossier {
namespace {

constexpr char kMagic[8] = {'D', 'O', 'S', 'S', 'N', 'E', 'R', '\0'};

class Writer {
 public:
  void raw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }
  void u8(uint8_t v) { raw(&v, 1); }
  void u32(uint32_t v) { raw(&v, 4); }
  void u64(uint64_t v) { raw(&v, 8); }
  void f32(float v) { raw(&v, 4); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    raw(s.data(), s.size());
  }
  std::string& buf() { return buf_; }

 private:
  std::string buf_;
};

class Reader {
 public:
  Reader(std::string_view data) : d_(data) {}
  bool raw(void* p, size_t n) {
    if (pos_ + n > d_.size()) return false;
    std::memcpy(p, d_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool u8(uint8_t& v) { return raw(&v, 1); }
  bool u32(uint32_t& v) { return raw(&v, 4); }
  bool u64(uint64_t& v) { return raw(&v, 8); }
  bool f32(float& v) { return raw(&v, 4); }
  bool str(std::string& s) {
    uint32_t n;
    if (!u32(n) || pos_ + n > d_.size()) return false;
    s.assign(d_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  size_t pos() const { return pos_; }

 private:
  std::string_view d_;
  size_t pos_ = 0;
};

std::vector<std::string> sorted(const std::unordered_set<std::string>& s) {
  std::vector<std::string> v(s.begin(), s.end());
  std::sort(v.begin(), v.end());
  return v;
}

// Place keys with their kind letter appended after a tab, sorted.
std::vector<std::string> sorted(const std::unordered_map<std::string, char>& m) {
  std::vector<std::string> v;
  for (const auto& [k, c] : m) v.push_back(k + '\t' + c);
  std::sort(v.begin(), v.end());
  return v;
}

std::string spec_fingerprint() {
  std::string s(kNerFeatureSpec);
  for (int t = 0; t < kNerTags; ++t) {
    s += ',';
    s += ner_tag_name(t);
  }
  return hex64(fnv1a64(s));
}

}  // namespace

void NerWeightTable::build(const std::vector<std::pair<uint64_t, std::array<float, kNerTags>>>& rows) {
  n_ = rows.size();
  slots_.assign(flat::capacity_for(rows.size()), Slot{0, 0});
  weights_.clear();
  weights_.reserve(rows.size() * kNerTags);
  for (uint32_t r = 0; r < rows.size(); ++r) {
    const uint64_t h = rows[r].first;
    slots_[flat::find_slot(slots_, mix(h), [h](const Slot& x) { return x.key == h; })] = Slot{h, r};
    weights_.insert(weights_.end(), rows[r].second.begin(), rows[r].second.end());
  }
}

std::string NerModel::fingerprint() const {
  uint64_t h = fnv1a64("lexicon");
  for (const auto& k : sorted(lexicon.places)) h = fnv1a64(k + "\n", h);
  h = fnv1a64("demonyms", h);
  for (const auto& k : sorted(lexicon.demonyms)) h = fnv1a64(k + "\n", h);
  h = fnv1a64("profiles", h);
  std::vector<std::pair<std::string, uint8_t>> prof(lexicon.word_profiles.begin(), lexicon.word_profiles.end());
  std::sort(prof.begin(), prof.end());
  for (const auto& [k, v] : prof) h = fnv1a64(k + static_cast<char>(v) + "\n", h);
  h = fnv1a64("senses", h);
  std::vector<std::pair<std::string, uint16_t>> senses(lexicon.noun_senses.begin(), lexicon.noun_senses.end());
  std::sort(senses.begin(), senses.end());
  for (const auto& [k, v] : senses)
    h = fnv1a64(k + static_cast<char>(v & 0xFF) + static_cast<char>(v >> 8) + "\n", h);
  std::string out = spec_fingerprint();
  out += '-';
  out += hex64(h);
  return out;
}

Status NerModel::save(const std::string& path) const {
  Writer w;
  w.raw(kMagic, 8);
  w.u32(kNerModelVersion);
  w.str(kNerFeatureSpec);
  w.str(fingerprint());
  w.str(notes);
  w.u32(static_cast<uint32_t>(lexicon.max_place_tokens));
  auto places = sorted(lexicon.places), dem = sorted(lexicon.demonyms);
  w.u32(static_cast<uint32_t>(places.size()));
  for (const auto& k : places) w.str(k);
  w.u32(static_cast<uint32_t>(dem.size()));
  for (const auto& k : dem) w.str(k);
  std::vector<std::pair<std::string, uint8_t>> prof(lexicon.word_profiles.begin(), lexicon.word_profiles.end());
  std::sort(prof.begin(), prof.end());
  w.u32(static_cast<uint32_t>(prof.size()));
  for (const auto& [k, v] : prof) {
    w.str(k);
    w.u8(v);
  }
  std::vector<std::pair<std::string, uint16_t>> senses(lexicon.noun_senses.begin(), lexicon.noun_senses.end());
  std::sort(senses.begin(), senses.end());
  w.u32(static_cast<uint32_t>(senses.size()));
  for (const auto& [k, v] : senses) {
    w.str(k);
    w.u8(static_cast<uint8_t>(v & 0xFF));
    w.u8(static_cast<uint8_t>(v >> 8));
  }
  for (float t : transitions) w.f32(t);
  w.f32(outside_bias);
  // Features sorted by hash so the file is byte-reproducible.
  std::vector<std::pair<uint64_t, const float*>> feats;
  features.each([&](uint64_t h, const float* row) { feats.emplace_back(h, row); });
  std::sort(feats.begin(), feats.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  w.u32(static_cast<uint32_t>(feats.size()));
  for (const auto& [h, row] : feats) {
    uint8_t nz = 0;
    for (int t = 0; t < kNerTags; ++t) nz += row[t] != 0.0f;
    w.u64(h);
    w.u8(nz);
    for (int t = 0; t < kNerTags; ++t)
      if (row[t] != 0.0f) {
        w.u8(static_cast<uint8_t>(t));
        w.f32(row[t]);
      }
  }
  w.u64(fnv1a64(w.buf()));
  std::ofstream out(path + ".tmp", std::ios::binary);
  if (!out) return Status(StatusCode::io_error, path + ": cannot write");
  out.write(w.buf().data(), static_cast<std::streamsize>(w.buf().size()));
  out.close();
  if (!out) return Status(StatusCode::io_error, path + ": write failed");
  if (std::rename((path + ".tmp").c_str(), path.c_str()) != 0)
    return Status(StatusCode::io_error, path + ": cannot rename the temporary file");
  return Status::ok();
}

Result<NerModel> NerModel::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open the NER model");
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string data = ss.str();
  auto bad = [&](size_t pos, const std::string& what) {
    return Status(StatusCode::invalid_input, path + ": byte " + std::to_string(pos) + ": " + what);
  };
  if (data.size() < 20 || std::memcmp(data.data(), kMagic, 8) != 0)
    return bad(0, "not a dossier NER model (bad magic number)");
  uint64_t stored_sum;
  std::memcpy(&stored_sum, data.data() + data.size() - 8, 8);
  if (fnv1a64(std::string_view(data).substr(0, data.size() - 8)) != stored_sum)
    return bad(data.size() - 8, "checksum mismatch: the model file is truncated or altered");
  Reader r(std::string_view(data).substr(0, data.size() - 8));
  char magic[8];
  r.raw(magic, 8);
  uint32_t version = 0;
  if (!r.u32(version) || version != kNerModelVersion)
    return bad(8, "unsupported model format version " + std::to_string(version) + " (this build reads " +
                      std::to_string(kNerModelVersion) + ")");
  std::string spec, fp;
  NerModel m;
  if (!r.str(spec) || !r.str(fp) || !r.str(m.notes)) return bad(r.pos(), "truncated header");
  if (spec != kNerFeatureSpec)
    return bad(12, "feature mismatch: the model was trained with features '" + spec +
                       "' but this build extracts '" + std::string(kNerFeatureSpec) + "'; retrain it (bench/train_ner)");
  uint32_t maxtok = 0, n = 0;
  if (!r.u32(maxtok)) return bad(r.pos(), "truncated lexicon");
  m.lexicon.max_place_tokens = static_cast<int>(maxtok);
  std::string s;
  if (!r.u32(n)) return bad(r.pos(), "truncated lexicon");
  for (uint32_t i = 0; i < n; ++i) {
    if (!r.str(s) || s.size() < 3 || s[s.size() - 2] != '\t') return bad(r.pos(), "bad place key");
    m.lexicon.places.emplace(s.substr(0, s.size() - 2), s.back());
  }
  if (!r.u32(n)) return bad(r.pos(), "truncated lexicon");
  for (uint32_t i = 0; i < n; ++i) {
    if (!r.str(s)) return bad(r.pos(), "truncated demonym keys");
    m.lexicon.demonyms.insert(s);
  }
  if (!r.u32(n)) return bad(r.pos(), "truncated word profiles");
  for (uint32_t i = 0; i < n; ++i) {
    uint8_t v;
    if (!r.str(s) || !r.u8(v)) return bad(r.pos(), "truncated word profiles");
    m.lexicon.word_profiles.emplace(s, v);
  }
  if (!r.u32(n)) return bad(r.pos(), "truncated noun senses");
  for (uint32_t i = 0; i < n; ++i) {
    uint8_t lo, hi;
    if (!r.str(s) || !r.u8(lo) || !r.u8(hi)) return bad(r.pos(), "truncated noun senses");
    m.lexicon.noun_senses.emplace(s, static_cast<uint16_t>(lo | hi << 8));
  }
  if (m.fingerprint() != fp)
    return bad(12, "fingerprint mismatch: file says " + fp + ", this build computes " + m.fingerprint());
  for (float& t : m.transitions)
    if (!r.f32(t)) return bad(r.pos(), "truncated transitions");
  if (!r.f32(m.outside_bias)) return bad(r.pos(), "truncated outside bias");
  if (!r.u32(n)) return bad(r.pos(), "truncated feature table");
  std::vector<std::pair<uint64_t, std::array<float, kNerTags>>> rows(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint8_t nz;
    if (!r.u64(rows[i].first) || !r.u8(nz)) return bad(r.pos(), "truncated feature " + std::to_string(i));
    rows[i].second.fill(0.0f);
    for (uint8_t k = 0; k < nz; ++k) {
      uint8_t tag;
      float wv;
      if (!r.u8(tag) || !r.f32(wv)) return bad(r.pos(), "truncated feature " + std::to_string(i));
      if (tag >= kNerTags) return bad(r.pos(), "tag index out of range");
      rows[i].second[tag] = wv;
    }
  }
  m.features.build(rows);
  return m;
}

void ner_emissions(const NerWeightTable& w, const std::vector<uint64_t>& feats, float* out) {
  std::fill(out, out + kNerTags, 0.0f);
  for (uint64_t h : feats) {
    if (const float* row = w.find(h)) {
      for (int t = 0; t < kNerTags; ++t) out[t] += row[t];
    }
  }
}

void ner_mask_transitions(const float* trans, float* masked) {
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  for (int p = 0; p <= kNerTags; ++p)
    for (int t = 0; t < kNerTags; ++t) {
      // I-X may only follow B-X or I-X (row kNerTags is the sentence start).
      bool ok = t == 0 || ner_is_begin(t) || (p != kNerTags && p != 0 && ner_tag_type(p) == ner_tag_type(t));
      masked[p * kNerTags + t] = ok ? trans[p * kNerTags + t] : kNeg;
    }
}

void ner_viterbi(const float* em, const float* trans, uint32_t n, int* tags) {
  if (n == 0) return;
  float masked[(kNerTags + 1) * kNerTags];
  ner_mask_transitions(trans, masked);
  ner_viterbi_masked(em, masked, n, tags);
}

void ner_viterbi_masked(const float* em, const float* masked, uint32_t n, int* tags) {
  if (n == 0) return;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  thread_local std::vector<float> score;
  thread_local std::vector<uint8_t> back;
  score.assign(static_cast<size_t>(n) * kNerTags, kNeg);
  back.assign(static_cast<size_t>(n) * kNerTags, 0);
  for (int t = 0; t < kNerTags; ++t) score[t] = masked[kNerTags * kNerTags + t] + em[t];
  // For each previous tag in increasing order, relax every tag at once (a loop over the
  // contiguous row, which the compiler vectorizes); a strict > keeps the first best previous
  // tag, as trying previous tags one by one per tag would. Forbidden moves (-inf) never win.
  constexpr int kPad = 20;  // rows padded to a multiple of 4 floats (the pad never wins)
  alignas(32) float padded[kNerTags * kPad];
  for (int p = 0; p < kNerTags; ++p)
    for (int t = 0; t < kPad; ++t) padded[p * kPad + t] = t < kNerTags ? masked[p * kNerTags + t] : kNeg;
  for (uint32_t i = 1; i < n; ++i) {
    const float* prev = &score[(i - 1) * kNerTags];
    float* cur = &score[i * kNerTags];
    uint8_t* bk = &back[i * kNerTags];
    alignas(32) float best[kPad];
    alignas(32) int32_t arg[kPad];
    for (int t = 0; t < kPad; ++t) {
      best[t] = kNeg;
      arg[t] = 0;
    }
    for (int p = 0; p < kNerTags; ++p) {
      const float pp = prev[p];
      const float* w = &padded[p * kPad];
      for (int t = 0; t < kPad; ++t) {
        float s = pp + w[t];
        int32_t gt = -static_cast<int32_t>(s > best[t]);
        best[t] = s > best[t] ? s : best[t];
        arg[t] = (arg[t] & ~gt) | (p & gt);
      }
    }
    for (int t = 0; t < kNerTags; ++t) {
      cur[t] = best[t] + em[i * kNerTags + t];
      bk[t] = static_cast<uint8_t>(arg[t]);
    }
  }
  const float* last = &score[(n - 1) * kNerTags];
  int arg = 0;
  for (int t = 1; t < kNerTags; ++t)
    if (last[t] > last[arg]) arg = t;
  for (uint32_t i = n; i-- > 0;) {
    tags[i] = arg;
    arg = back[i * kNerTags + arg];
  }
}

}  // namespace dossier
