// How events are merged.
//
// Sources are sorted by a canonical key (date, then id), so the result does
// not depend on ingest order. Each source is compared with the clusters built
// so far; it joins the best-scoring cluster that no member vetoes (complete
// link on vetoes, best link on evidence), or starts a new one.
//
// compare_event_sources() collects evidence attribute by attribute. Hard
// conflicts veto: the same document (a document's own event coreference is
// the event stage's job), dates that cannot overlap even with a few days'
// slack, or two places neither of which contains the other. Agreement counts
// only when both sides have the attribute, so a vague source neither helps
// nor hurts. A merge needs a score of at least kMergeThreshold AND at least
// two agreeing attributes: one shared city or one shared date is never
// enough (GDELT's failure mode).
#include "merge/merge.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <bit>
#include <set>
#include <unordered_map>

#include "core/ids.h"

namespace dossier {
namespace {

constexpr double kMergeThreshold = 0.55;
constexpr int kDateSlackDays = 3;

int64_t day_number(const Date& d) {
  // Days since 1970-01-01 (proleptic Gregorian), for ranges.
  int y = d.y, m = d.m ? d.m : 1, dd = d.d ? d.d : 1;
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

bool compatible_types(EventType a, EventType b) {
  if (a == b) return true;
  auto group = [](EventType t) {
    switch (t) {
      case EventType::bombing:
      case EventType::suicide_bombing: return 1;
      case EventType::armed_assault:
      case EventType::facility_attack:
      case EventType::unarmed_assault: return 2;
      case EventType::kidnapping:
      case EventType::hostage_taking:
      case EventType::hijacking: return 3;
      default: return 0;
    }
  };
  if (a == EventType::other || b == EventType::other) return true;
  // A suicide attack is often told as an armed assault by one outlet and a bombing by another.
  int ga = group(a), gb = group(b);
  if (ga == gb && ga != 0) return true;
  return (ga == 1 && gb == 2) || (ga == 2 && gb == 1);
}

// Depth of a place in its hierarchy (country 0), and whether a contains b.
bool place_contains(const Place* outer, const Place* inner, const PlaceLookup& places) {
  for (int guard = 0; inner && guard < 8; ++guard) {
    if (inner->id == outer->id) return true;
    if (inner->parent.empty()) break;
    inner = places ? places(inner->parent) : nullptr;
  }
  return false;
}

size_t overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (const auto& x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) ++n;
  return n;
}

double point_figure(const CountRange& r) {
  if (!r.high) return static_cast<double>(r.low);
  return (static_cast<double>(r.low) + static_cast<double>(*r.high)) / 2.0;
}

}  // namespace

namespace {

// The scoring behind compare_event_sources. With `reasons` null it allocates
// nothing (the clustering loop calls it millions of times); the reasons are
// written only for the links that are kept.
MergeDecision score_pair(const EventSource& a, const EventSource& b, const PlaceLookup& places,
                         std::vector<std::string>* reasons) {
  MergeDecision d;
  auto because = [reasons](auto&& text) {
    if (reasons) reasons->emplace_back(text);
  };
  if (a.document == b.document && !a.document.empty()) {
    d.veto = true;
    because("same document");
    return d;
  }
  int agree = 0;
  double score = 0;

  if (!compatible_types(a.type, b.type)) {
    d.veto = true;
    because("incompatible types");
    return d;
  }
  if (a.type == b.type && a.type != EventType::other) {
    score += 0.15;
    because("same type");
  }

  if (a.date && b.date) {
    int64_t a0 = day_number(a.date->start), a1 = day_number(a.date->end);
    int64_t b0 = day_number(b.date->start), b1 = day_number(b.date->end);
    if (a1 + kDateSlackDays < b0 || b1 + kDateSlackDays < a0) {
      d.veto = true;
      because("dates apart");
      return d;
    }
    bool precise = a.date->precision == DatePrecision::day && b.date->precision == DatePrecision::day;
    if (precise && std::llabs(a0 - b0) <= 1) {
      score += 0.35;
      ++agree;
      because(a0 == b0 ? "same day" : "dates within a day");
    } else if (precise) {
      score += 0.2;
      ++agree;
      because("dates within a few days");
    } else {
      score += 0.1;  // compatible but coarse: weak evidence
      because("dates compatible");
    }
  }

  if (!a.place.empty() && !b.place.empty()) {
    if (a.place == b.place) {
      score += 0.3;
      ++agree;
      because("same place");
    } else {
      const Place* pa = places ? places(a.place) : nullptr;
      const Place* pb = places ? places(b.place) : nullptr;
      if (pa && pb && (place_contains(pa, pb, places) || place_contains(pb, pa, places))) {
        score += 0.15;
        because("place within place");
      } else {
        d.veto = true;
        because("different places");
        return d;
      }
    }
  }

  if (size_t n = overlap(a.perpetrators, b.perpetrators) + overlap(a.claimed_by, b.claimed_by); n > 0) {
    score += 0.2;
    ++agree;
    because("shared perpetrator or claimant");
  }

  const std::string* shared_category = nullptr;
  for (const auto& ta : a.targets) {
    if (ta.category.empty()) continue;
    for (const auto& tb : b.targets)
      if (ta.category == tb.category) shared_category = &ta.category;
    if (shared_category) break;
  }
  if (shared_category) {
    score += 0.15;
    ++agree;
    if (reasons) reasons->push_back("same target type (" + *shared_category + ")");
  }

  if (a.killed && b.killed) {
    double x = point_figure(*a.killed), y = point_figure(*b.killed);
    double hi = std::max(x, y), lo = std::min(x, y);
    if (hi == 0 || lo / hi >= 0.6) {
      score += 0.15;
      ++agree;
      because("similar death tolls");
    } else if (lo / hi < 0.2 && hi - lo > 10) {
      score -= 0.2;
      because("very different death tolls");
    }
  }

  d.score = std::clamp(score, 0.0, 1.0);
  if (agree < 2) {
    because("fewer than two attributes agree");
    d.score = std::min(d.score, kMergeThreshold - 0.01);
  }
  return d;
}

}  // namespace

MergeDecision compare_event_sources(const EventSource& a, const EventSource& b, const PlaceLookup& places) {
  std::vector<std::string> reasons;
  MergeDecision d = score_pair(a, b, places, &reasons);
  d.reasons = std::move(reasons);
  return d;
}

std::string_view to_string(CasualtyRule r) {
  return r == CasualtyRule::conservative ? "conservative" : "best_estimate";
}

CasualtyRule casualty_rule_from(std::string_view name) {
  return name == "conservative" ? CasualtyRule::conservative : CasualtyRule::best_estimate;
}

std::optional<CasualtyEstimate> consolidate_casualties(const std::vector<CountRange>& figures, CasualtyRule rule) {
  if (figures.empty()) return std::nullopt;
  CasualtyEstimate e;
  std::vector<double> points;
  int64_t low = figures.front().low;
  std::optional<int64_t> max_closed;
  int64_t max_open_low = -1;
  for (const auto& f : figures) {
    low = std::min(low, f.low);
    points.push_back(point_figure(f));
    if (f.high) max_closed = std::max(max_closed.value_or(0), *f.high);
    else max_open_low = std::max(max_open_low, f.low);
  }
  e.low = low;
  if (max_closed && max_open_low <= *max_closed) e.high = max_closed;
  else e.high = std::nullopt;
  std::sort(points.begin(), points.end());
  if (rule == CasualtyRule::conservative) {
    e.best = low;
  } else {
    e.best = static_cast<int64_t>(std::llround(points[(points.size() - 1) / 2]));  // lower median
  }
  return e;
}

std::string explain_casualties(const std::vector<CountRange>& figures, CasualtyRule rule) {
  if (figures.empty()) return "no source gives a figure";
  std::string s = rule == CasualtyRule::conservative
                      ? "best = lowest figure reported (conservative rule)"
                      : "best = median of the sources' figures, the lower middle one when their number is even "
                        "(a range counts as its midpoint, \"more than N\" as its lowest value)";
  s += "; low = lowest figure; high = highest closed figure, open-ended when a source says "
       "\"more than\" a number above it";
  return s;
}

std::vector<MergedEvent> merge_events(std::vector<EventSource> sources, const PlaceLookup& places, CasualtyRule rule,
                                      const MergeConstraints& constraints) {
  // Canonical order: dated sources by start date, undated last; ties by id.
  std::sort(sources.begin(), sources.end(), [](const EventSource& a, const EventSource& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    if (a.date && b.date && !(a.date->start == b.date->start)) return a.date->start < b.date->start;
    return a.id < b.id;
  });
  // Background mentions and main reports are clustered alike; undated sources
  // come last so they attach to dated clusters rather than seeding them.
  std::vector<std::vector<size_t>> clusters;
  std::vector<std::vector<MergeDecision>> decisions;
  std::vector<int64_t> cluster_end;  // latest end day of a cluster's dated members

  // Blocking. Dated sources arrive by start day, so a cluster whose latest end
  // (plus the slack) lies before the current start vetoes this and every later
  // dated source: it leaves the active set. Undated sources come last and use
  // indexes built when the first of them arrives (the dated pass pays nothing
  // for them): a placed source looks at clusters at a compatible place and at
  // placeless ones, an unplaced one at clusters sharing two kinds of key.
  std::vector<size_t> active;
  // key -> clusters. A merge needs two agreeing attributes between the source
  // and some member, and each agreement is a shared key (place, actor, target
  // type, death-toll bucket), so only the clusters hit through two different
  // kinds of key are worth comparing.
  enum KeyKind : uint8_t { kPlace = 1, kActor = 2, kTarget = 4, kToll = 8 };
  std::unordered_map<std::string, std::vector<size_t>> by_key;
  // Death tolls agree when the smaller is at least 0.6 of the larger: on a log
  // scale with base 1/0.6 such figures are at most one bucket apart.
  auto toll_bucket = [](const EventSource& s) -> std::optional<int64_t> {
    if (!s.killed) return std::nullopt;
    double x = point_figure(*s.killed);
    if (x <= 0) return INT64_MIN;
    return static_cast<int64_t>(std::floor(std::log(x) / std::log(1 / 0.6)));
  };
  auto keys_of = [&](const EventSource& s, bool neighbours) {
    std::vector<std::pair<std::string, KeyKind>> k;
    if (!s.place.empty()) k.emplace_back("p:" + s.place, kPlace);
    for (const auto& a : s.perpetrators) k.emplace_back("a:" + a, kActor);
    for (const auto& a : s.claimed_by) k.emplace_back("a:" + a, kActor);
    for (const auto& t : s.targets)
      if (!t.category.empty()) k.emplace_back("t:" + t.category, kTarget);
    if (auto b = toll_bucket(s)) {
      if (*b == INT64_MIN) k.emplace_back("k:zero", kToll);
      else
        for (int64_t d = neighbours ? -1 : 0; d <= (neighbours ? 1 : 0); ++d)
          k.emplace_back("k:" + std::to_string(*b + d), kToll);
    }
    return k;
  };
  // Places: an undated source with a place can only join a cluster whose
  // places all contain it or lie inside it; clusters are indexed under each of
  // their places ("p:") and those places' ancestors ("in:").
  std::unordered_map<std::string, std::vector<size_t>> by_place;
  std::set<size_t> placeless;  // clusters with no member that names a place
  auto add_to = [](std::vector<size_t>& list, size_t c) {
    if (list.empty() || list.back() != c) list.push_back(c);
  };
  auto ancestors = [&](const std::string& place) {
    std::vector<std::string> out;
    const Place* p = places ? places(place) : nullptr;
    for (int guard = 0; p && !p->parent.empty() && guard < 8; ++guard) {
      out.push_back(p->parent);
      p = places(p->parent);
    }
    return out;
  };
  bool indexed = false;  // the undated pass has begun
  auto index = [&](size_t c, const EventSource& s) {
    for (auto& [k, kind] : keys_of(s, false)) add_to(by_key[k], c);
    if (s.place.empty()) return;
    placeless.erase(c);
    add_to(by_place["p:" + s.place], c);
    for (const auto& a : ancestors(s.place)) add_to(by_place["in:" + a], c);
  };
  std::unordered_map<size_t, uint8_t> hits;  // scratch: cluster -> kinds of key shared

  auto try_cluster = [&](size_t i, size_t c, int& best, MergeDecision& best_d) {
    double link = 0;
    size_t link_member = 0;
    for (size_t m : clusters[c]) {
      if (!constraints.apart.empty() && constraints.kept_apart(sources[i].id, sources[m].id)) return;
      MergeDecision d = score_pair(sources[i], sources[m], places, nullptr);
      if (d.veto) return;
      if (d.score > link) link = d.score, link_member = m;
    }
    if (link < kMergeThreshold) return;
    if (best < 0 || link > best_d.score || (link == best_d.score && c < static_cast<size_t>(best))) {
      best = static_cast<int>(c);
      best_d = compare_event_sources(sources[i], sources[link_member], places);  // with its reasons
    }
  };

  for (size_t i = 0; i < sources.size(); ++i) {
    const EventSource& s = sources[i];
    int best = -1;
    MergeDecision best_d;
    if (s.date) {
      const int64_t start = day_number(s.date->start);
      std::erase_if(active, [&](size_t c) { return cluster_end[c] + kDateSlackDays < start; });
      for (size_t c : active) try_cluster(i, c, best, best_d);
    } else {
      if (!indexed) {
        for (size_t c = 0; c < clusters.size(); ++c) {
          placeless.insert(c);
          for (size_t m : clusters[c]) index(c, sources[m]);
        }
        indexed = true;
      }
      std::vector<size_t> candidates;
      if (!s.place.empty()) {
        // Clusters at this place, inside it, or at a place containing it; and placeless ones.
        auto take = [&](const std::string& key) {
          if (auto it = by_place.find(key); it != by_place.end())
            candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        };
        take("p:" + s.place);
        take("in:" + s.place);
        for (const auto& a : ancestors(s.place)) take("p:" + a);
        candidates.insert(candidates.end(), placeless.begin(), placeless.end());
      } else {
        hits.clear();
        for (const auto& [k, kind] : keys_of(s, true))
          if (auto it = by_key.find(k); it != by_key.end())
            for (size_t c : it->second) hits[c] |= kind;
        for (const auto& [c, kinds] : hits)
          if (std::popcount(kinds) >= 2) candidates.push_back(c);
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      for (size_t c : candidates) try_cluster(i, c, best, best_d);
    }
    size_t c;
    if (best < 0) {
      c = clusters.size();
      clusters.push_back({i});
      MergeDecision self;
      self.score = 1.0;
      self.reasons.push_back("first source");
      decisions.push_back({self});
      cluster_end.push_back(s.date ? day_number(s.date->end) : INT64_MIN / 2);
      if (s.date) active.push_back(c);
      if (indexed) placeless.insert(c);
    } else {
      c = static_cast<size_t>(best);
      clusters[c].push_back(i);
      decisions[c].push_back(best_d);
      if (s.date) cluster_end[c] = std::max(cluster_end[c], day_number(s.date->end));
    }
    if (indexed) index(c, s);
  }

  // An analyst's merges join whole clusters, unless a kept-apart pair would
  // end up together. Applied in a canonical order (by the pair's ids).
  if (!constraints.together.empty()) {
    std::map<std::string, size_t> cluster_of;
    for (size_t c = 0; c < clusters.size(); ++c)
      for (size_t m : clusters[c]) cluster_of[sources[m].id] = c;
    for (const auto& [a, b] : constraints.together) {
      auto ia = cluster_of.find(a), ib = cluster_of.find(b);
      if (ia == cluster_of.end() || ib == cluster_of.end() || ia->second == ib->second) continue;
      size_t ca = std::min(ia->second, ib->second), cb = std::max(ia->second, ib->second);
      bool conflict = false;
      for (size_t x : clusters[ca])
        for (size_t y : clusters[cb]) conflict |= constraints.kept_apart(sources[x].id, sources[y].id);
      if (conflict) continue;
      for (size_t k = 0; k < clusters[cb].size(); ++k) {
        size_t m = clusters[cb][k];
        clusters[ca].push_back(m);
        MergeDecision d = std::move(decisions[cb][k]);  // its own score and reasons stay visible
        d.reasons.push_back("merged by an analyst");
        decisions[ca].push_back(std::move(d));
        cluster_of[sources[m].id] = ca;
      }
      clusters[cb].clear();
      decisions[cb].clear();
    }
    std::vector<std::vector<size_t>> kept;
    std::vector<std::vector<MergeDecision>> kept_d;
    for (size_t c = 0; c < clusters.size(); ++c)
      if (!clusters[c].empty()) {
        kept.push_back(std::move(clusters[c]));
        kept_d.push_back(std::move(decisions[c]));
      }
    clusters = std::move(kept);
    decisions = std::move(kept_d);
  }

  std::vector<MergedEvent> out;
  out.reserve(clusters.size());
  for (size_t c = 0; c < clusters.size(); ++c) {
    MergedEvent me;
    Event& e = me.event;
    std::map<EventType, int> type_votes;
    std::vector<CountRange> killed, injured;
    std::string min_id;
    for (size_t k = 0; k < clusters[c].size(); ++k) {
      const EventSource& s = sources[clusters[c][k]];
      if (min_id.empty() || s.id < min_id) min_id = s.id;
      if (s.type != EventType::other) type_votes[s.type] += 1;
      if (s.killed) killed.push_back(*s.killed);
      if (s.injured) injured.push_back(*s.injured);
      // Date: the most precise; among equals the narrowest, then earliest.
      if (s.date) {
        auto width = [](const DateRange& r) { return day_number(r.end) - day_number(r.start); };
        if (!e.date || static_cast<int>(s.date->precision) < static_cast<int>(e.date->precision) ||
            (s.date->precision == e.date->precision && width(*s.date) < width(*e.date)))
          e.date = s.date;
      }
      // Place: the most specific one (a place inside the current one wins).
      if (!s.place.empty()) {
        if (e.place.empty()) e.place = s.place;
        else if (s.place != e.place && places) {
          const Place* cur = places(e.place);
          const Place* cand = places(s.place);
          if (cur && cand && place_contains(cur, cand, places)) e.place = s.place;
        }
      }
      for (const auto& t : s.targets) {
        bool dup = std::any_of(e.targets.begin(), e.targets.end(),
                               [&](const Target& x) { return x.category == t.category && x.text == t.text; });
        if (!dup) e.targets.push_back(t);
      }
      auto unite = [](std::vector<std::string>& into, const std::vector<std::string>& from) {
        for (const auto& x : from)
          if (std::find(into.begin(), into.end(), x) == into.end()) into.push_back(x);
      };
      unite(e.perpetrators, s.perpetrators);
      unite(e.claimed_by, s.claimed_by);
      unite(e.weapons, s.weapons);
      e.sources.push_back(s);
    }
    e.type = EventType::other;
    int best_votes = 0;
    for (const auto& [t, v] : type_votes) {
      // More votes wins; on a tie the more specific type (suicide_bombing over bombing).
      if (v > best_votes || (v == best_votes && t == EventType::suicide_bombing)) {
        e.type = t;
        best_votes = v;
      }
    }
    e.killed = consolidate_casualties(killed, rule);
    e.injured = consolidate_casualties(injured, rule);
    e.id = make_id("event", {min_id});
    std::sort(e.perpetrators.begin(), e.perpetrators.end());
    std::sort(e.claimed_by.begin(), e.claimed_by.end());
    std::sort(e.weapons.begin(), e.weapons.end());
    // Sources in document order for stable output.
    std::vector<size_t> order(e.sources.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return e.sources[x].id < e.sources[y].id; });
    std::vector<EventSource> srcs;
    std::vector<MergeDecision> decs;
    for (size_t k : order) {
      srcs.push_back(std::move(e.sources[k]));
      decs.push_back(decisions[c][k]);
    }
    e.sources = std::move(srcs);
    me.membership = std::move(decs);
    out.push_back(std::move(me));
  }
  std::sort(out.begin(), out.end(), [](const MergedEvent& a, const MergedEvent& b) {
    if (a.event.date.has_value() != b.event.date.has_value()) return a.event.date.has_value();
    if (a.event.date && b.event.date && !(a.event.date->start == b.event.date->start))
      return a.event.date->start < b.event.date->start;
    return a.event.id < b.event.id;
  });
  return out;
}

bool is_symmetric(RelationType t) {
  return t == RelationType::cooperates_with || t == RelationType::rival_of;
}

std::vector<Relation> merge_relations(std::vector<Relation> mentions) {
  // "A worked with B" and "B worked with A" are one fact: symmetric types are
  // stored with the smaller id as subject.
  for (auto& r : mentions)
    if (is_symmetric(r.type) && r.object < r.subject) std::swap(r.subject, r.object);
  std::map<std::string, Relation> by_key;
  std::map<std::string, std::set<std::string>> docs;
  std::sort(mentions.begin(), mentions.end(), [](const Relation& a, const Relation& b) { return a.id < b.id; });
  for (auto& r : mentions) {
    for (auto& ev : r.evidence) ev.said_by = r.attributed_to;
    std::string key = make_id("rel", {to_string(r.type), r.subject, r.object, to_string(r.polarity), r.role});
    auto it = by_key.find(key);
    std::set<std::string> rdocs;
    for (const auto& ev : r.evidence) rdocs.insert(ev.document);
    if (it == by_key.end()) {
      Relation m = r;
      m.id = key;
      docs[key] = rdocs;
      by_key.emplace(key, std::move(m));
      continue;
    }
    Relation& m = it->second;
    bool new_doc = false;
    for (const auto& d : rdocs) new_doc |= docs[key].insert(d).second;
    // Independent documents raise confidence: 1 - prod(1 - c).
    if (new_doc) m.confidence = 1.0 - (1.0 - m.confidence) * (1.0 - r.confidence);
    else m.confidence = std::max(m.confidence, r.confidence);
    for (auto& ev : r.evidence) {
      bool dup = std::any_of(m.evidence.begin(), m.evidence.end(), [&](const Evidence& x) {
        return x.document == ev.document && x.span == ev.span;
      });
      if (!dup) m.evidence.push_back(std::move(ev));
    }
    if (r.date && (!m.date || r.date->start < m.date->start)) m.date = r.date;
    if (m.attributed_to.empty()) m.attributed_to = r.attributed_to;
  }
  std::vector<Relation> out;
  out.reserve(by_key.size());
  for (auto& [k, r] : by_key) {
    r.confidence = std::min(r.confidence, 0.99);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<Actor> merge_actors(std::vector<Actor> actors) {
  std::map<std::string, Actor> by_id;
  std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) {
    return a.id < b.id;
  });
  for (auto& a : actors) {
    auto it = by_id.find(a.id);
    if (it == by_id.end()) {
      by_id.emplace(a.id, std::move(a));
      continue;
    }
    Actor& m = it->second;
    if (m.parent.empty()) m.parent = a.parent;
    if (m.country.empty()) m.country = a.country;
    if (m.wikidata.empty()) m.wikidata = a.wikidata;
    for (auto& al : a.aliases)
      if (std::find(m.aliases.begin(), m.aliases.end(), al) == m.aliases.end()) m.aliases.push_back(al);
    for (auto& as : a.alias_sources) {
      bool dup = std::any_of(m.alias_sources.begin(), m.alias_sources.end(), [&](const AliasSource& x) {
        return x.alias == as.alias && x.document == as.document;
      });
      if (!dup) m.alias_sources.push_back(as);
    }
    for (auto& r : a.roles) {
      bool dup = std::any_of(m.roles.begin(), m.roles.end(),
                             [&](const Role& x) { return x.title == r.title && x.of == r.of && x.document == r.document; });
      if (!dup) m.roles.push_back(r);
    }
    for (auto& d : a.documents)
      if (std::find(m.documents.begin(), m.documents.end(), d) == m.documents.end()) m.documents.push_back(d);
  }
  std::vector<Actor> out;
  out.reserve(by_id.size());
  for (auto& [id, a] : by_id) {
    std::sort(a.documents.begin(), a.documents.end());
    std::sort(a.aliases.begin(), a.aliases.end());
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<Place> merge_places(std::vector<Place> places) {
  std::map<std::string, Place> by_id;
  for (auto& p : places) {
    auto it = by_id.find(p.id);
    if (it == by_id.end()) by_id.emplace(p.id, std::move(p));
    else if (!it->second.lat && p.lat) it->second = std::move(p);
  }
  std::vector<Place> out;
  for (auto& [id, p] : by_id) out.push_back(std::move(p));
  return out;
}

}  // namespace dossier
