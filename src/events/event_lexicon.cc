// Loading and matching the event word lists. Phrases are stored by their first
// token; a match looks up the token at i and compares the rest, so a lookup
// costs one hash probe per token and the lists can grow without slowing the
// common case (a token that starts no phrase).
#include "events/event_lexicon.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <sstream>

#include "core/ids.h"
#include "core/utf8.h"

namespace dossier {
namespace {

std::optional<LexClass> class_from(std::string_view s) {
  static const std::pair<std::string_view, LexClass> kNames[] = {
      {"perp", LexClass::perp},         {"group", LexClass::group},
      {"member", LexClass::member},     {"target", LexClass::target},
      {"human", LexClass::human},       {"weapon", LexClass::weapon},
      {"title", LexClass::title},       {"kill", LexClass::kill},
      {"injure", LexClass::injure},     {"claim", LexClass::claim},
      {"blame", LexClass::blame},       {"cause", LexClass::cause},
      {"negation", LexClass::negation}, {"irrealis", LexClass::irrealis},
      {"background", LexClass::background}, {"notunit", LexClass::notunit},
      {"function", LexClass::function}, {"verb", LexClass::verb},
      {"combat", LexClass::combat},     {"modifier", LexClass::modifier}};
  for (const auto& [n, c] : kNames)
    if (n == s) return c;
  return std::nullopt;
}

std::optional<Cue> cue_from(std::string_view s) {
  static const std::pair<std::string_view, Cue> kNames[] = {
      {"be", Cue::be},
      {"determiner", Cue::determiner},
      {"not_attack_before", Cue::not_attack_before},
      {"not_attack_after", Cue::not_attack_after},
      {"earlier", Cue::earlier},
      {"repeat", Cue::repeat},
      {"claim_verb", Cue::claim_verb},
      {"claim_object", Cue::claim_object},
      {"toll_change", Cue::toll_change},
      {"clause_break", Cue::clause_break},
      {"patient_prep", Cue::patient_prep},
      {"locative_prep", Cue::locative_prep},
      {"suicide", Cue::suicide},
      {"mass_count", Cue::mass_count},
      {"figurative_object", Cue::figurative_object},
      {"natural_cause", Cue::natural_cause},
      {"labor_subject", Cue::labor_subject},
      {"collision_verb", Cue::collision_verb},
      {"vehicle", Cue::vehicle},
      {"market_subject", Cue::market_subject},
      {"auxiliary", Cue::auxiliary},
      {"relative", Cue::relative},
      {"blast_word", Cue::blast_word},
      {"quantifier", Cue::quantifier},
      {"place_of", Cue::place_of},
      {"accident", Cue::accident},
      {"place_noun", Cue::place_noun},
      {"street_noun", Cue::street_noun},
      {"custody", Cue::custody},
      {"report_verb", Cue::report_verb},
      {"stance", Cue::stance},
      {"counted", Cue::counted},
      {"counted_if_told", Cue::counted_if_told},
      {"generic_person", Cue::generic_person},
      {"collective", Cue::collective},
      {"ordinal_next", Cue::ordinal_next},
      {"part_of_group", Cue::part_of_group},
      {"person_object", Cue::person_object},
      {"ram_verb", Cue::ram_verb},
      {"suspect_noun", Cue::suspect_noun},
      {"occasion", Cue::occasion},
      {"accused_verb", Cue::accused_verb},
      {"culprit_verb", Cue::culprit_verb},
      {"culprit_gerund", Cue::culprit_gerund},
      {"culprit_noun", Cue::culprit_noun},
      {"weapon_verb", Cue::weapon_verb},
      {"nationality", Cue::nationality},
      {"calendar_name", Cue::calendar_name},
      {"border_noun", Cue::border_noun},
      {"elsewhere", Cue::elsewhere},
      {"direction", Cue::direction},
      {"captive", Cue::captive},
      {"generic_attack", Cue::generic_attack},
      {"separate_incident", Cue::separate_incident},
      {"same_time", Cue::same_time},
      {"person_pronoun", Cue::person_pronoun},
      {"plural_pronoun", Cue::plural_pronoun},
      {"other_pronoun", Cue::other_pronoun},
      {"official", Cue::official},
      {"national_body", Cue::national_body},
      {"local_level", Cue::local_level},
      {"mishap", Cue::mishap},
      {"vicinity", Cue::vicinity},
      {"own_members", Cue::own_members},
      {"site_noun", Cue::site_noun},
      {"device_noun", Cue::device_noun},
      {"kin", Cue::kin},
      {"deed_verb", Cue::deed_verb},
      {"dismiss_verb", Cue::dismiss_verb},
      {"trade", Cue::trade},
      {"pastime_word", Cue::pastime_word},
      {"release_verb", Cue::release_verb},
      {"trend_verb", Cue::trend_verb},
      {"tally_verb", Cue::tally_verb},
      {"blast_source", Cue::blast_source},
      {"blast_source_subject", Cue::blast_source_subject},
      {"cause_word", Cue::cause_word},
      {"weapons_test", Cue::weapons_test},
      {"mishap_verb", Cue::mishap_verb},
      {"judicial", Cue::judicial},
      {"fuel", Cue::fuel}};
  static_assert(std::size(kNames) == static_cast<size_t>(Cue::kCount));
  for (const auto& [n, c] : kNames)
    if (n == s) return c;
  return std::nullopt;
}

std::string_view cue_name(Cue c) {
  static const char* const kNames[] = {"be",
                                       "determiner",
                                       "not_attack_before",
                                       "not_attack_after",
                                       "earlier",
                                       "repeat",
                                       "claim_verb",
                                       "claim_object",
                                       "toll_change",
                                       "clause_break",
                                       "patient_prep",
                                       "locative_prep",
                                       "suicide",
                                       "mass_count",
                                       "figurative_object",
                                       "natural_cause",
                                       "labor_subject",
                                       "collision_verb",
                                       "vehicle",
                                       "market_subject",
                                       "auxiliary",
                                       "relative",
                                       "blast_word",
                                       "quantifier",
                                       "place_of",
                                       "accident",
                                       "place_noun",
                                       "street_noun",
                                       "custody",
                                       "report_verb",
                                       "stance",
                                       "counted",
                                       "counted_if_told",
                                       "generic_person",
                                       "collective",
                                       "ordinal_next",
                                       "part_of_group",
                                       "person_object",
                                       "ram_verb",
                                       "suspect_noun",
                                       "occasion",
                                       "accused_verb",
                                       "culprit_verb",
                                       "culprit_gerund",
                                       "culprit_noun",
                                       "weapon_verb",
                                       "nationality",
                                       "calendar_name",
                                       "border_noun",
                                       "elsewhere",
                                       "direction",
                                       "captive",
                                       "generic_attack",
                                       "separate_incident",
                                       "same_time",
                                       "person_pronoun",
                                       "plural_pronoun",
                                       "other_pronoun",
                                       "official",
                                       "national_body",
                                       "local_level",
                                       "mishap",
                                       "vicinity",
                                       "own_members",
                                       "site_noun",
                                       "device_noun",
                                       "kin",
                                       "deed_verb",
                                       "dismiss_verb",
                                       "trade",
                                       "pastime_word",
                                       "release_verb",
                                       "trend_verb",
                                       "tally_verb",
                                       "blast_source",
                                       "blast_source_subject",
                                       "cause_word",
                                       "weapons_test",
                                       "mishap_verb",
                                       "judicial",
                                       "fuel"};
  static_assert(std::size(kNames) == static_cast<size_t>(Cue::kCount));
  return kNames[static_cast<size_t>(c)];
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cols;
  std::stringstream ss(line);
  std::string c;
  while (std::getline(ss, c, '\t')) cols.push_back(c);
  return cols;
}

Status read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return Status::ok();
}

}  // namespace

std::vector<std::string> split_lexicon_phrase(std::string_view phrase) {
  std::vector<std::string> out;
  std::string folded = utf8::fold(phrase);
  std::stringstream ss(folded);
  std::string w;
  while (ss >> w) {
    if (w.size() > 2 && w.ends_with("'s")) {
      out.push_back(w.substr(0, w.size() - 2));
      out.push_back("'s");
    } else {
      out.push_back(w);
    }
  }
  return out;
}

namespace {

// Reads a TSV resource and calls row(columns, where) for each line that is not blank or a
// comment; `where` names the file and line for errors. The file's bytes go into *all_bytes
// (the lexicon's fingerprint). Stops at the first error.
Status for_each_row(const std::string& path, std::string* all_bytes,
                    const std::function<Status(const std::vector<std::string>&, const std::string&)>& row) {
  std::string bytes;
  if (Status s = read_file(path, bytes); !s) return s;
  *all_bytes += bytes;
  std::stringstream in(bytes);
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (Status s = row(split_tabs(line), path + ": line " + std::to_string(lineno) + ": "); !s) return s;
  }
  return Status::ok();
}

}  // namespace

Result<std::shared_ptr<const EventLexicon>> EventLexicon::load(const std::string& dir) {
  auto lex = std::make_shared<EventLexicon>();
  std::string all_bytes;
  for (const char* name : {"triggers.tsv", "lexicon.tsv"}) {
    const bool triggers = std::string_view(name) == "triggers.tsv";
    Status s = for_each_row(dir + "/" + name, &all_bytes, [&](const std::vector<std::string>& cols,
                                                              const std::string& where) -> Status {
      LexEntry e;
      if (triggers) {
        if (cols.size() < 3)
          return Status(StatusCode::invalid_input, where + "expected phrase, type, kind[, weapon]");
        auto t = event_type_from(cols[1]);
        if (!t) return Status(StatusCode::invalid_input, where + "unknown event type '" + cols[1] + "'");
        e.cls = LexClass::trigger;
        e.type = *t;
        if (cols[2] == "verb") e.kind = TriggerKind::verb;
        else if (cols[2] == "noun") e.kind = TriggerKind::noun;
        else if (cols[2] == "weak") e.kind = TriggerKind::weak;
        else return Status(StatusCode::invalid_input, where + "kind must be verb, noun or weak");
        if (cols.size() > 3 && cols[3] != "-") e.weapon = cols[3];
      } else {
        if (cols.size() < 2) return Status(StatusCode::invalid_input, where + "expected phrase, class[, value]");
        auto c = class_from(cols[1]);
        if (!c) return Status(StatusCode::invalid_input, where + "unknown class '" + cols[1] + "'");
        e.cls = *c;
        if (cols.size() > 2 && cols[2] != "-") e.value = cols[2];
      }
      auto words = split_lexicon_phrase(cols[0]);
      if (words.empty() || words.size() > 255)
        return Status(StatusCode::invalid_input, where + "empty or overlong phrase");
      e.length = static_cast<uint8_t>(words.size());
      Phrase p;
      p.rest.assign(words.begin() + 1, words.end());
      p.entry = std::move(e);
      lex->by_first_[words[0]].phrases.push_back(std::move(p));
      ++lex->entries_;
      return Status::ok();
    });
    if (!s) return s;
  }
  // Cue sets: one word and its set per line; every set needs a word.
  const std::string cues_path = dir + "/cues.tsv";
  CueSet seen;
  Status cs = for_each_row(cues_path, &all_bytes, [&](const std::vector<std::string>& cols,
                                                      const std::string& where) -> Status {
    if (cols.size() != 2) return Status(StatusCode::invalid_input, where + "expected word, set");
    auto c = cue_from(cols[1]);
    if (!c) return Status(StatusCode::invalid_input, where + "unknown cue set '" + cols[1] + "'");
    auto words = split_lexicon_phrase(cols[0]);
    if (words.size() != 1)
      return Status(StatusCode::invalid_input, where + "a cue is one token, got '" + cols[0] + "'");
    lex->by_first_[words[0]].cues.add(*c);
    seen.add(*c);
    return Status::ok();
  });
  if (!cs) return cs;
  for (size_t c = 0; c < static_cast<size_t>(Cue::kCount); ++c)
    if (!seen.has(static_cast<Cue>(c)))
      return Status(StatusCode::invalid_input,
                    cues_path + ": no word for the cue set '" + std::string(cue_name(static_cast<Cue>(c))) + "'");
  for (auto& [k, v] : lex->by_first_)
    std::stable_sort(v.phrases.begin(), v.phrases.end(),
                     [](const Phrase& a, const Phrase& b) { return a.rest.size() > b.rest.size(); });
  lex->fingerprint_ = sha256_hex(all_bytes);
  // The word classes are optional: the role model's cluster features are on when the folder has
  // a table (and its model must then have been trained with them: role_feature_version()).
  const std::string clusters_path = dir + "/" + WordClusters::kFile;
  if (std::ifstream(clusters_path).good()) {
    auto wc = WordClusters::load(clusters_path);
    if (!wc) return wc.status();
    lex->clusters_ = std::move(wc.value());
  }
  return std::shared_ptr<const EventLexicon>(std::move(lex));
}

void EventLexicon::match_at(const std::vector<std::string_view>& words, size_t i,
                            std::vector<const LexEntry*>& out, CueSet* cue_bits) const {
  out.clear();
  if (cue_bits) *cue_bits = CueSet{};
  if (i >= words.size()) return;
  auto it = by_first_.find(words[i]);
  if (it == by_first_.end()) return;
  if (cue_bits) *cue_bits = it->second.cues;
  for (const auto& p : it->second.phrases) {
    if (i + 1 + p.rest.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < p.rest.size() && ok; ++k) ok = words[i + 1 + k] == p.rest[k];
    if (ok) out.push_back(&p.entry);
  }
}

size_t EventLexicon::match_class(const std::vector<std::string_view>& words, size_t i, LexClass cls,
                                 const LexEntry** entry) const {
  if (i >= words.size()) return 0;
  auto it = by_first_.find(words[i]);
  if (it == by_first_.end()) return 0;
  for (const auto& p : it->second.phrases) {
    if (p.entry.cls != cls) continue;
    if (i + 1 + p.rest.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < p.rest.size() && ok; ++k) ok = words[i + 1 + k] == p.rest[k];
    if (ok) {
      if (entry) *entry = &p.entry;
      return p.rest.size() + 1;  // sorted longest first
    }
  }
  return 0;
}

bool EventLexicon::is(std::string_view word, LexClass cls) const {
  auto it = by_first_.find(word);
  if (it == by_first_.end()) return false;
  for (const auto& p : it->second.phrases)
    if (p.rest.empty() && p.entry.cls == cls) return true;
  return false;
}

Result<std::shared_ptr<const WordClusters>> WordClusters::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open");
  auto wc = std::make_shared<WordClusters>();
  std::vector<std::vector<uint32_t>> rows;  // class numbers, parsed before the views are made
  std::vector<std::string> words;
  std::string line;
  size_t lineno = 0;
  uint32_t max_class = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto cols = split_tabs(line);
    const std::string where = path + ": line " + std::to_string(lineno) + ": ";
    if (wc->levels_.empty()) {
      if (cols.size() < 2 || cols[0] != "word")
        return Status(StatusCode::invalid_input, where + "expected the header 'word<TAB>level...'");
      wc->levels_.assign(cols.begin() + 1, cols.end());
      continue;
    }
    if (cols.size() != wc->levels_.size() + 1 || cols[0].empty())
      return Status(StatusCode::invalid_input,
                    where + "expected a word and " + std::to_string(wc->levels_.size()) + " classes");
    std::vector<uint32_t> r;
    for (size_t c = 1; c < cols.size(); ++c) {
      const std::string& x = cols[c];
      if (x.empty() || x.size() > 6 || x.find_first_not_of("0123456789") != std::string::npos)
        return Status(StatusCode::invalid_input,
                      where + "a class is a whole number below 10^6, got '" + x + "'");
      r.push_back(static_cast<uint32_t>(std::stoul(x)));
      max_class = std::max(max_class, r.back());
    }
    if (wc->rows_.count(cols[0])) return Status(StatusCode::invalid_input, where + "'" + cols[0] + "' twice");
    wc->rows_.emplace(cols[0], rows.size());
    rows.push_back(std::move(r));
  }
  if (wc->levels_.empty()) return Status(StatusCode::invalid_input, path + ": no header");
  wc->names_.reserve(max_class + 1);
  for (uint32_t c = 0; c <= max_class; ++c) wc->names_.push_back(std::to_string(c));
  wc->cells_.reserve(rows.size() * wc->levels_.size());
  for (const auto& r : rows)
    for (uint32_t c : r) wc->cells_.push_back(wc->names_[c]);
  return std::shared_ptr<const WordClusters>(std::move(wc));
}

}  // namespace dossier
