// How scoring works: per document, exact matches are counted one-to-one on
// (start, end, class); partial matches are counted from both sides with the
// overlap test (see ner_scoring.h). Quadratic per document, which is fine for
// evaluation sets of news articles.
#include "entities/ner_scoring.h"

#include <cstdio>
#include <set>
#include <tuple>

namespace dossier {

std::string_view to_string(NerEvalClass c) {
  switch (c) {
    case NerEvalClass::PER: return "PER";
    case NerEvalClass::ORG: return "ORG";
    case NerEvalClass::LOC: return "LOC";
    case NerEvalClass::NORP: return "NORP";
    case NerEvalClass::WEAPON: return "WEAPON";
  }
  return "?";
}

NerEvalClass ner_eval_class(MentionType t) {
  switch (t) {
    case MentionType::PERSON: return NerEvalClass::PER;
    case MentionType::ARMED_GROUP:
    case MentionType::ORG:
    case MentionType::STATE_ACTOR: return NerEvalClass::ORG;
    case MentionType::GPE:
    case MentionType::LOC:
    case MentionType::FACILITY: return NerEvalClass::LOC;
    case MentionType::NORP: return NerEvalClass::NORP;
    case MentionType::WEAPON: return NerEvalClass::WEAPON;
  }
  return NerEvalClass::ORG;
}

void NerCounts::add(const NerCounts& o) {
  pred += o.pred;
  gold += o.gold;
  exact += o.exact;
  partial_pred += o.partial_pred;
  partial_gold += o.partial_gold;
}

void NerScores::add(const std::vector<NerScoredSpan>& gold, const std::vector<NerScoredSpan>& pred) {
  std::set<std::tuple<uint32_t, uint32_t, int>> gold_exact;
  for (const auto& g : gold) gold_exact.insert({g.span.start, g.span.end, static_cast<int>(g.cls)});
  // Gold may list the same span twice with different re3d types mapping to one class: dedupe.
  std::set<std::tuple<uint32_t, uint32_t, int>> seen_gold;
  for (const auto& g : gold) {
    if (!seen_gold.insert({g.span.start, g.span.end, static_cast<int>(g.cls)}).second) continue;
    auto& c = by_class[static_cast<int>(g.cls)];
    ++c.gold;
    for (const auto& p : pred)
      if (p.cls == g.cls && p.span.overlaps(g.span)) {
        ++c.partial_gold;
        break;
      }
  }
  std::set<std::tuple<uint32_t, uint32_t, int>> used;
  for (const auto& p : pred) {
    auto& c = by_class[static_cast<int>(p.cls)];
    ++c.pred;
    auto key = std::make_tuple(p.span.start, p.span.end, static_cast<int>(p.cls));
    if (gold_exact.count(key) && used.insert(key).second) ++c.exact;
    for (const auto& g : gold)
      if (p.cls == g.cls && p.span.overlaps(g.span)) {
        ++c.partial_pred;
        break;
      }
  }
}

NerCounts NerScores::micro() const {
  NerCounts m;
  for (const auto& c : by_class) m.add(c);
  return m;
}

NerCounts NerScores::micro(const std::vector<NerEvalClass>& classes) const {
  NerCounts m;
  for (auto c : classes) m.add(by_class[static_cast<int>(c)]);
  return m;
}

std::string NerScores::table(const std::string& title, const std::vector<NerEvalClass>& classes) const {
  std::string out = title + "\n";
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-8s %6s %6s | %6s %6s %6s | %6s %6s %6s\n", "class", "gold", "pred", "ex.P",
                "ex.R", "ex.F1", "pa.P", "pa.R", "pa.F1");
  out += buf;
  auto row = [&](const std::string& name, const NerCounts& c) {
    std::snprintf(buf, sizeof buf, "%-8s %6llu %6llu | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f\n", name.c_str(),
                  static_cast<unsigned long long>(c.gold), static_cast<unsigned long long>(c.pred), c.exact_p(),
                  c.exact_r(), c.exact_f1(), c.partial_p(), c.partial_r(), c.partial_f1());
    out += buf;
  };
  for (auto c : classes) row(std::string(to_string(c)), by_class[static_cast<int>(c)]);
  row("micro", micro(classes));
  return out;
}

}  // namespace dossier
