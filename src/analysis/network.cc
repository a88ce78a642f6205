// How the measures are computed.
//
// Betweenness: Brandes' algorithm with BFS (unweighted), O(V·E), normalised by
// (n-1)(n-2)/2 for an undirected graph. Eigenvector: power iteration on A + I
// (the shift keeps bipartite graphs from oscillating), 200 rounds or until the
// change is below 1e-10. k-core: Batagelj–Zaversnik peeling by degree.
// Communities: the local-moving phase of Louvain, repeated until no node moves,
// visiting nodes in id order so the result is reproducible. Key players:
// greedy selection of the node whose removal most raises fragmentation
// F = 1 - sum_c s_c (s_c - 1) / (n (n - 1)), followed by one pass of pairwise
// swaps (Borgatti 2006) — good sets for the network sizes analysts inspect
// (hundreds to a few thousand actors).
#include "analysis/network.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>
#include <set>

namespace dossier {

namespace {
bool overlaps(const std::optional<DateRange>& d, const NetworkFilter& f) {
  if (!d) return true;
  if (f.from && d->end < *f.from) return false;
  if (f.to && *f.to < d->start) return false;
  return true;
}
}  // namespace

Network Network::from_relations(const std::vector<Relation>& relations, const NetworkFilter& filter) {
  std::map<std::pair<std::string, std::string>, double> w;
  std::set<std::string> ids;
  for (const auto& r : relations) {
    if (filter.asserted_only && r.polarity != Polarity::asserted) continue;
    if (!filter.types.empty() && std::find(filter.types.begin(), filter.types.end(), r.type) == filter.types.end())
      continue;
    if (!overlaps(r.date, filter)) continue;
    if (r.subject.empty() || r.object.empty() || r.subject == r.object) continue;
    auto key = std::minmax(r.subject, r.object);
    w[{key.first, key.second}] += 1.0;
    ids.insert(r.subject);
    ids.insert(r.object);
  }
  Network n;
  n.ids_.assign(ids.begin(), ids.end());
  n.adj_.resize(n.ids_.size());
  for (const auto& [k, weight] : w) {
    int a = n.index_of(k.first), b = n.index_of(k.second);
    n.adj_[static_cast<size_t>(a)].push_back({b, weight});
    n.adj_[static_cast<size_t>(b)].push_back({a, weight});
  }
  for (auto& v : n.adj_) std::sort(v.begin(), v.end());
  return n;
}

int Network::index_of(const std::string& id) const {
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  return it != ids_.end() && *it == id ? static_cast<int>(it - ids_.begin()) : -1;
}

size_t Network::edge_count() const {
  size_t e = 0;
  for (const auto& v : adj_) e += v.size();
  return e / 2;
}

Network Network::ego(const std::string& center, int hops) const {
  Network out;
  int c = index_of(center);
  if (c < 0) return out;
  std::vector<int> dist(ids_.size(), -1);
  std::deque<int> q{c};
  dist[static_cast<size_t>(c)] = 0;
  while (!q.empty()) {
    int u = q.front();
    q.pop_front();
    if (dist[static_cast<size_t>(u)] >= hops) continue;
    for (auto [v, w] : adj_[static_cast<size_t>(u)])
      if (dist[static_cast<size_t>(v)] < 0) {
        dist[static_cast<size_t>(v)] = dist[static_cast<size_t>(u)] + 1;
        q.push_back(v);
      }
  }
  std::vector<int> map(ids_.size(), -1);
  for (size_t i = 0; i < ids_.size(); ++i)
    if (dist[i] >= 0) {
      map[i] = static_cast<int>(out.ids_.size());
      out.ids_.push_back(ids_[i]);
    }
  out.adj_.resize(out.ids_.size());
  for (size_t i = 0; i < ids_.size(); ++i) {
    if (map[i] < 0) continue;
    for (auto [v, w] : adj_[i])
      if (map[static_cast<size_t>(v)] >= 0) out.adj_[static_cast<size_t>(map[i])].push_back({map[static_cast<size_t>(v)], w});
  }
  return out;
}

std::vector<int> Network::communities(double* modularity) const {
  const size_t n = ids_.size();
  std::vector<int> comm(n);
  std::iota(comm.begin(), comm.end(), 0);
  std::vector<double> k(n, 0.0);
  double m2 = 0;  // 2m
  for (size_t i = 0; i < n; ++i) {
    for (auto [v, w] : adj_[i]) k[i] += w;
    m2 += k[i];
  }
  if (m2 == 0) {
    if (modularity) *modularity = 0;
    return comm;
  }
  std::vector<double> tot(k);  // total degree per community
  bool moved = true;
  for (int round = 0; moved && round < 100; ++round) {
    moved = false;
    for (size_t i = 0; i < n; ++i) {
      std::map<int, double> links;  // community -> weight from i
      for (auto [v, w] : adj_[i]) links[comm[static_cast<size_t>(v)]] += w;
      int own = comm[i];
      tot[static_cast<size_t>(own)] -= k[i];
      int best = own;
      double best_gain = links[own] - tot[static_cast<size_t>(own)] * k[i] / m2;
      for (auto [c, w] : links) {
        double gain = w - tot[static_cast<size_t>(c)] * k[i] / m2;
        if (gain > best_gain + 1e-12 || (std::abs(gain - best_gain) <= 1e-12 && c < best)) {
          best_gain = gain;
          best = c;
        }
      }
      tot[static_cast<size_t>(best)] += k[i];
      if (best != own) {
        comm[i] = best;
        moved = true;
      }
    }
  }
  // Renumber communities 0.. in order of their smallest member.
  std::map<int, int> renum;
  for (size_t i = 0; i < n; ++i)
    if (!renum.count(comm[i])) renum.emplace(comm[i], static_cast<int>(renum.size()));
  for (auto& c : comm) c = renum[c];
  if (modularity) {
    double q = 0;
    std::map<int, double> in, all;
    for (size_t i = 0; i < n; ++i) {
      all[comm[i]] += k[i];
      for (auto [v, w] : adj_[i])
        if (comm[static_cast<size_t>(v)] == comm[i]) in[comm[i]] += w;
    }
    for (auto [c, a] : all) q += in[c] / m2 - (a / m2) * (a / m2);
    *modularity = q;
  }
  return comm;
}

std::vector<NodeMeasures> Network::measures() const {
  const size_t n = ids_.size();
  std::vector<NodeMeasures> out(n);
  for (size_t i = 0; i < n; ++i) {
    out[i].id = ids_[i];
    out[i].degree = n > 1 ? static_cast<double>(adj_[i].size()) / static_cast<double>(n - 1) : 0.0;
  }
  // Brandes betweenness.
  std::vector<double> cb(n, 0.0);
  for (size_t s = 0; s < n; ++s) {
    std::vector<int> stack;
    std::vector<std::vector<int>> pred(n);
    std::vector<double> sigma(n, 0.0), delta(n, 0.0);
    std::vector<int> dist(n, -1);
    sigma[s] = 1;
    dist[s] = 0;
    std::deque<int> q{static_cast<int>(s)};
    while (!q.empty()) {
      int v = q.front();
      q.pop_front();
      stack.push_back(v);
      for (auto [w, weight] : adj_[static_cast<size_t>(v)]) {
        auto wi = static_cast<size_t>(w), vi = static_cast<size_t>(v);
        if (dist[wi] < 0) {
          dist[wi] = dist[vi] + 1;
          q.push_back(w);
        }
        if (dist[wi] == dist[vi] + 1) {
          sigma[wi] += sigma[vi];
          pred[wi].push_back(v);
        }
      }
    }
    while (!stack.empty()) {
      int w = stack.back();
      stack.pop_back();
      for (int v : pred[static_cast<size_t>(w)])
        delta[static_cast<size_t>(v)] += sigma[static_cast<size_t>(v)] / sigma[static_cast<size_t>(w)] * (1.0 + delta[static_cast<size_t>(w)]);
      if (static_cast<size_t>(w) != s) cb[static_cast<size_t>(w)] += delta[static_cast<size_t>(w)];
    }
  }
  double norm = n > 2 ? (static_cast<double>(n) - 1) * (static_cast<double>(n) - 2) : 1.0;
  for (size_t i = 0; i < n; ++i) out[i].betweenness = cb[i] / norm;  // undirected: each pair counted twice, /2 * 2

  // Eigenvector centrality by power iteration on A + I.
  std::vector<double> x(n, n ? 1.0 / std::sqrt(static_cast<double>(n)) : 0.0), y(n);
  for (int it = 0; it < 200 && n; ++it) {
    for (size_t i = 0; i < n; ++i) {
      y[i] = x[i];
      for (auto [v, w] : adj_[i]) y[i] += w * x[static_cast<size_t>(v)];
    }
    double len = 0;
    for (double v : y) len += v * v;
    len = std::sqrt(len);
    double change = 0;
    for (size_t i = 0; i < n; ++i) {
      double nv = len > 0 ? y[i] / len : 0;
      change += std::abs(nv - x[i]);
      x[i] = nv;
    }
    if (change < 1e-10) break;
  }
  for (size_t i = 0; i < n; ++i) out[i].eigenvector = x[i];

  // k-core by peeling.
  std::vector<int> deg(n);
  for (size_t i = 0; i < n; ++i) deg[i] = static_cast<int>(adj_[i].size());
  std::vector<bool> gone(n, false);
  for (size_t done = 0; done < n; ++done) {
    size_t u = n;
    for (size_t i = 0; i < n; ++i)
      if (!gone[i] && (u == n || deg[i] < deg[u])) u = i;
    gone[u] = true;
    out[u].core = deg[u];
    for (auto [v, w] : adj_[u])
      if (!gone[static_cast<size_t>(v)] && deg[static_cast<size_t>(v)] > deg[u]) --deg[static_cast<size_t>(v)];
  }
  auto comm = communities();
  for (size_t i = 0; i < n; ++i) out[i].community = comm[i];
  return out;
}

double Network::fragmentation_without(const std::vector<int>& removed) const {
  const size_t n = ids_.size();
  size_t left = n - removed.size();
  if (left <= 1) return 1.0;
  std::vector<bool> out(n, false);
  for (int r : removed) out[static_cast<size_t>(r)] = true;
  std::vector<int> seen(n, 0);
  double pairs = 0;
  for (size_t s = 0; s < n; ++s) {
    if (out[s] || seen[s]) continue;
    size_t size = 0;
    std::deque<int> q{static_cast<int>(s)};
    seen[s] = 1;
    while (!q.empty()) {
      int u = q.front();
      q.pop_front();
      ++size;
      for (auto [v, w] : adj_[static_cast<size_t>(u)])
        if (!out[static_cast<size_t>(v)] && !seen[static_cast<size_t>(v)]) {
          seen[static_cast<size_t>(v)] = 1;
          q.push_back(v);
        }
    }
    pairs += static_cast<double>(size) * static_cast<double>(size - 1);
  }
  return 1.0 - pairs / (static_cast<double>(left) * static_cast<double>(left - 1));
}

std::vector<std::string> Network::key_players(size_t k, double* fragmentation) const {
  const size_t n = ids_.size();
  k = std::min(k, n);
  std::vector<int> chosen;
  for (size_t round = 0; round < k; ++round) {
    int best = -1;
    double best_f = -1;
    for (size_t i = 0; i < n; ++i) {
      if (std::find(chosen.begin(), chosen.end(), static_cast<int>(i)) != chosen.end()) continue;
      auto trial = chosen;
      trial.push_back(static_cast<int>(i));
      double f = fragmentation_without(trial);
      if (f > best_f + 1e-12) {
        best_f = f;
        best = static_cast<int>(i);
      }
    }
    chosen.push_back(best);
  }
  // One improvement pass: swap a chosen node for an outside one when it helps.
  double cur = chosen.empty() ? 0.0 : fragmentation_without(chosen);
  for (size_t c = 0; c < chosen.size(); ++c)
    for (size_t i = 0; i < n; ++i) {
      if (std::find(chosen.begin(), chosen.end(), static_cast<int>(i)) != chosen.end()) continue;
      auto trial = chosen;
      trial[c] = static_cast<int>(i);
      double f = fragmentation_without(trial);
      if (f > cur + 1e-12) {
        cur = f;
        chosen = trial;
      }
    }
  if (fragmentation) *fragmentation = cur;
  std::vector<std::string> out;
  for (int i : chosen) out.push_back(ids_[static_cast<size_t>(i)]);
  return out;
}

}  // namespace dossier
