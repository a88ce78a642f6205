// NerTagger: the shipped model loads; damaged or mismatched model files are refused with a
// reason; tagging sentences of our own finds names of the right kinds and keeps its promises
// (sorted, non-overlapping, inside sentences, scores in (0,1), entity empty).
#include "entities/ner_tagger.h"

#include <gtest/gtest.h>

#include <array>
#include <cstring>
#include <limits>
#include <random>
#include <tuple>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/ids.h"
#include "entities/ner_trainer.h"
#include "text/tokenizer.h"

namespace dossier {
namespace {

const std::string kModel = std::string(DOSSIER_SOURCE_DIR) + "/resources/models/ner.model";

const NerTagger& tagger() {
  static std::unique_ptr<NerTagger> t = [] {
    auto r = NerTagger::load(kModel);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().to_string();
      return std::unique_ptr<NerTagger>();
    }
    return std::move(*r);
  }();
  if (!t) std::abort();
  return *t;
}

Document make_doc(const std::string& text) {
  Document d;
  d.text = text;
  d.body = {Span{0, static_cast<uint32_t>(text.size())}};
  tokenize(d);
  split_sentences(d);
  return d;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Writes bytes with a fresh checksum, so only the intended damage is seen.
std::string write_with_checksum(std::string body, const std::string& name) {
  body.resize(body.size() - 8);
  uint64_t sum = fnv1a64(body);
  body.append(reinterpret_cast<const char*>(&sum), 8);
  auto path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << body;
  return path;
}

// The mention covering the first occurrence of `text`, or null.
const Mention* find(const Document& d, const std::vector<Mention>& ms, const std::string& text) {
  auto pos = d.text.find(text);
  if (pos == std::string::npos) return nullptr;
  for (const auto& m : ms)
    if (m.span.overlaps(Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + text.size())})) return &m;
  return nullptr;
}

bool is_place(MentionType t) {
  return t == MentionType::GPE || t == MentionType::LOC || t == MentionType::FACILITY;
}

TEST(NerTagger, ShippedModelLoadsAndCarriesItsLexicon) {
  const NerModel& m = tagger().model();
  EXPECT_GT(m.features.size(), 1000u);
  EXPECT_GT(m.lexicon.places.size(), 1000u);
  EXPECT_GT(m.lexicon.demonyms.size(), 100u);
  EXPECT_NE(m.notes.find("re3d"), std::string::npos);
  EXPECT_LT(std::filesystem::file_size(kModel), 20u * 1024 * 1024);
}

TEST(NerTagger, RefusesMissingDamagedAndMismatchedModels) {
  auto missing = NerTagger::load("/nonexistent/ner.model");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::not_found);

  const std::string bytes = read_all(kModel);
  ASSERT_GT(bytes.size(), 100u);

  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  auto p1 = write_with_checksum(bad_magic, "ner_bad_magic.model");
  auto r1 = NerTagger::load(p1);
  ASSERT_FALSE(r1.ok());
  EXPECT_NE(r1.status().message().find("magic"), std::string::npos) << r1.status().message();

  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x55;  // no checksum fix: the file is damaged
  auto p2 = (std::filesystem::temp_directory_path() / "ner_flipped.model").string();
  std::ofstream(p2, std::ios::binary) << flipped;
  auto r2 = NerTagger::load(p2);
  ASSERT_FALSE(r2.ok());
  EXPECT_NE(r2.status().message().find("checksum"), std::string::npos) << r2.status().message();

  // A model trained with other feature templates: same layout, another spec string.
  std::string other_spec = bytes;
  auto at = other_spec.find(std::string(kNerFeatureSpec));
  ASSERT_NE(at, std::string::npos);
  other_spec[at + std::string_view("ner-features-v").size()] = '0';
  auto p3 = write_with_checksum(other_spec, "ner_other_spec.model");
  auto r3 = NerTagger::load(p3);
  ASSERT_FALSE(r3.ok());
  EXPECT_NE(r3.status().message().find("feature mismatch"), std::string::npos) << r3.status().message();
  EXPECT_NE(r3.status().message().find(p3), std::string::npos);

  // Word lists altered after training: the fingerprint no longer matches.
  std::string other_lex = bytes;
  auto key = other_lex.find(std::string("pakistan\tC"));
  ASSERT_NE(key, std::string::npos);
  other_lex[key] = 'q';
  auto p4 = write_with_checksum(other_lex, "ner_other_lexicon.model");
  auto r4 = NerTagger::load(p4);
  ASSERT_FALSE(r4.ok());
  EXPECT_NE(r4.status().message().find("fingerprint mismatch"), std::string::npos) << r4.status().message();

  std::string wrong_version = bytes;
  uint32_t v = kNerModelVersion + 1;
  std::memcpy(&wrong_version[8], &v, 4);
  auto p5 = write_with_checksum(wrong_version, "ner_wrong_version.model");
  auto r5 = NerTagger::load(p5);
  ASSERT_FALSE(r5.ok());
  EXPECT_NE(r5.status().message().find("version"), std::string::npos) << r5.status().message();
  for (const auto& p : {p1, p2, p3, p4, p5}) std::filesystem::remove(p);
}

TEST(NerTagger, SaveAndLoadRoundTripIsExact) {
  auto path = (std::filesystem::temp_directory_path() / "ner_roundtrip.model").string();
  ASSERT_TRUE(tagger().model().save(path).is_ok());
  EXPECT_EQ(read_all(path), read_all(kModel));
  std::filesystem::remove(path);
}

TEST(NerTagger, TagsNamesInSentencesItNeverSaw) {
  Document d = make_doc(
      "General Qamar Javed Bajwa, the army chief, met Afghan officials in Kabul on Friday.\n\n"
      "Iraqi security forces backed by coalition air strikes retook the town of Tal Afar from ISIL.\n\n"
      "A suicide bomber struck near a church in Peshawar, police spokesman Ali Khan said.");
  auto ms = tagger().tag(d);
  const Mention* bajwa = find(d, ms, "Qamar Javed Bajwa");
  ASSERT_NE(bajwa, nullptr);
  EXPECT_EQ(bajwa->type, MentionType::PERSON);
  EXPECT_EQ(bajwa->form, MentionForm::name);
  const Mention* afghan = find(d, ms, "Afghan");
  ASSERT_NE(afghan, nullptr);
  EXPECT_EQ(afghan->type, MentionType::NORP);
  for (const char* place : {"Kabul", "Tal Afar", "Peshawar"}) {
    const Mention* m = find(d, ms, place);
    ASSERT_NE(m, nullptr) << place;
    EXPECT_TRUE(is_place(m->type)) << place << " tagged " << to_string(m->type);
  }
  const Mention* isil = find(d, ms, "ISIL");
  ASSERT_NE(isil, nullptr);
  EXPECT_EQ(ner_eval_class(isil->type), NerEvalClass::ORG);
  const Mention* khan = find(d, ms, "Ali Khan");
  ASSERT_NE(khan, nullptr);
  EXPECT_EQ(khan->type, MentionType::PERSON);
  EXPECT_EQ(find(d, ms, "Friday"), nullptr);  // dates are not entities
}

TEST(NerTagger, KeepsItsPromises) {
  Document d = make_doc(
      "The Islamic State claimed the attack in Quetta. Pakistani officials blamed Lashkar-e-Jhangvi.\n"
      "Syrian Democratic Forces advanced on Raqqa, the coalition said.");
  auto ms = tagger().tag(d);
  ASSERT_FALSE(ms.empty());
  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& m = ms[i];
    EXPECT_LT(m.span.start, m.span.end);
    EXPECT_TRUE(m.entity.empty());
    EXPECT_GT(m.score, 0.0f);
    EXPECT_LT(m.score, 1.0f + 1e-6f);
    int s = d.sentence_at(m.span.start);
    ASSERT_GE(s, 0);
    EXPECT_LE(m.span.end, d.sentences[s].span.end);
    if (i) {
      EXPECT_LE(ms[i - 1].span.end, m.span.start);
    }
  }
  // Empty and token-less documents yield nothing.
  Document empty;
  EXPECT_TRUE(tagger().tag(empty).empty());
}

TEST(NerTagger, WorksOnAllCapsWireText) {
  // MUC-style wires are all upper case: word, context and gazetteer features still work.
  Document d = make_doc("GUERRILLAS ATTACKED A POLICE STATION IN SAN SALVADOR AND KILLED THREE SOLDIERS.");
  auto ms = tagger().tag(d);
  const Mention* m = find(d, ms, "SAN SALVADOR");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(is_place(m->type));
}

TEST(NerTagger, TrainsAndTagsFromMemory) {
  // A tiny corpus of our own: the trainer learns it and the tagger applies it.
  NerDoc a;
  a.doc = make_doc("Colonel Smith visited Mosul yesterday.");
  a.gold = {{Span{0, 14}, MentionType::PERSON}, {Span{23, 28}, MentionType::GPE}};
  NerDoc b;
  b.doc = make_doc("Major Jones left Basra today.");
  b.gold = {{Span{0, 11}, MentionType::PERSON}, {Span{17, 22}, MentionType::GPE}};
  NerTrainOptions opt;
  opt.epochs = 10;
  opt.outside_bias = 0;
  NerLexicon lex;
  auto t = NerTagger::from_model(train_ner({&a, &b}, lex, opt));
  auto ms = t->tag(a.doc);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].type, MentionType::PERSON);
  EXPECT_EQ(a.doc.slice(ms[0].span), "Colonel Smith");
  EXPECT_EQ(ms[1].type, MentionType::GPE);
  EXPECT_EQ(a.doc.slice(ms[1].span), "Mosul");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// The tagger's fast path (per-word cache of scores) must decode exactly what summing the
// weights of the reference feature extractor decodes, on varied text and on a second pass
// (warm cache).
TEST(NerTagger, FastPathEqualsTheReferenceFeatures) {
  namespace fs = std::filesystem;
  std::vector<std::string> texts = {
      "KABUL (Reuters) - Taliban fighters attacked a checkpoint in Kunduz on Tuesday, the "
      "Afghan interior ministry said, and the Islamic State's local branch claimed a bombing.",
      "GUNMEN KILLED THREE POLICEMEN IN NORTH WAZIRISTAN, OFFICIALS SAID ON MONDAY.",
      "the al-Nusra Front and Lashkar-e-Jhangvi al-Alami were named by Dr. Ayesha Siddiqa, "
      "a researcher at the Lahore-based Institute of Policy Studies, in a 2016 report.",
      "Prices rose 3.5 pct in March, the Bundesbank said. \"We expect more,\" said Hans Meyer."};
  for (const auto& e : fs::directory_iterator(std::string(DOSSIER_SOURCE_DIR) + "/examples/news")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  const NerModel& model = tagger().model();
  NerFeatureExtractor ex(&model.lexicon);
  std::array<float, (kNerTags + 1) * kNerTags> masked{};
  ner_mask_transitions(model.transitions.data(), masked.data());
  size_t compared = 0;
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& text : texts) {
      Document d = make_doc(text);
      std::vector<std::tuple<uint32_t, uint32_t, MentionType>> want, got;
      std::vector<std::vector<uint64_t>> feats;
      for (const auto& s : d.sentences) {
        uint32_t n = s.end_token - s.first_token;
        if (n == 0 || n > 250) continue;
        ex.extract(d, s.first_token, s.end_token, feats);
        std::vector<float> em(static_cast<size_t>(n) * kNerTags);
        for (uint32_t i = 0; i < n; ++i) {
          ner_emissions(model.features, feats[i], &em[i * kNerTags]);
          em[i * kNerTags] -= model.outside_bias;
        }
        std::vector<int> tags(n);
        ner_viterbi_masked(em.data(), masked.data(), n, tags.data());
        for (uint32_t i = 0; i < n;) {
          if (tags[i] == 0) {
            ++i;
            continue;
          }
          MentionType type = ner_tag_type(tags[i]);
          uint32_t j = i + 1;
          while (j < n && tags[j] == ner_inside_tag(type)) ++j;
          want.emplace_back(d.tokens[s.first_token + i].span.start, d.tokens[s.first_token + j - 1].span.end, type);
          i = j;
        }
      }
      for (const auto& m : tagger().tag(d)) got.emplace_back(m.span.start, m.span.end, m.type);
      std::sort(want.begin(), want.end());
      std::sort(got.begin(), got.end());
      EXPECT_EQ(got, want) << text.substr(0, 80);
      compared += want.size();
    }
  EXPECT_GT(compared, 40u);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Viterbi, the plain way: for each tag, try every previous tag in order.
std::vector<int> viterbi_reference(const std::vector<float>& em, const float* masked, uint32_t n) {
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  std::vector<float> score(static_cast<size_t>(n) * kNerTags, kNeg);
  std::vector<int> back(static_cast<size_t>(n) * kNerTags, 0);
  for (int t = 0; t < kNerTags; ++t) score[t] = masked[kNerTags * kNerTags + t] + em[t];
  for (uint32_t i = 1; i < n; ++i)
    for (int t = 0; t < kNerTags; ++t) {
      float best = kNeg;
      int arg = 0;
      for (int p = 0; p < kNerTags; ++p) {
        float s = score[(i - 1) * kNerTags + p] + masked[p * kNerTags + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * kNerTags + t] = best + em[i * kNerTags + t];
      back[i * kNerTags + t] = arg;
    }
  std::vector<int> tags(n);
  int arg = 0;
  for (int t = 1; t < kNerTags; ++t)
    if (score[(n - 1) * kNerTags + t] > score[(n - 1) * kNerTags + arg]) arg = t;
  for (uint32_t i = n; i-- > 0;) {
    tags[i] = arg;
    arg = back[i * kNerTags + arg];
  }
  return tags;
}

TEST(NerTagger, ViterbiEqualsThePlainVersionOnRandomScores) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> d(-5, 5);
  std::uniform_int_distribution<int> coarse(-2, 2);  // many ties
  std::array<float, (kNerTags + 1) * kNerTags> trans{}, masked{};
  for (int round = 0; round < 300; ++round) {
    bool ties = round % 2 == 1;
    for (auto& x : trans) x = ties ? static_cast<float>(coarse(rng)) : d(rng);
    ner_mask_transitions(trans.data(), masked.data());
    uint32_t n = 1 + round % 40;
    std::vector<float> em(static_cast<size_t>(n) * kNerTags);
    for (auto& x : em) x = ties ? static_cast<float>(coarse(rng)) : d(rng);
    std::vector<int> got(n);
    ner_viterbi_masked(em.data(), masked.data(), n, got.data());
    ASSERT_EQ(got, viterbi_reference(em, masked.data(), n)) << "round " << round;
  }
}

}  // namespace
}  // namespace dossier
