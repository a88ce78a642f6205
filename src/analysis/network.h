// The actor network and the measures analysts use on it.
//
// A Network is built from relations (optionally a time slice, some types,
// asserted only), as an undirected graph whose nodes are actor ids and whose
// edge weights count the relations between two actors. On it: the ego network
// around an actor, degree, betweenness and eigenvector centrality, k-core
// numbers, communities, and key-player sets (the k actors whose removal most
// fragments the network, Borgatti's KPP-Neg).
//
// Everything is deterministic (ties broken by actor id). A Network is a value;
// const methods are safe to call from several threads.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dossier/document.h"

namespace dossier {

struct NetworkFilter {
  std::optional<Date> from, to;      // relations whose date overlaps [from, to]; undated ones kept
  std::vector<RelationType> types;   // empty = all
  bool asserted_only = true;
};

struct NodeMeasures {
  std::string id;
  double degree = 0;        // normalised degree centrality: neighbours / (n - 1)
  double betweenness = 0;   // normalised (Brandes), unweighted shortest paths
  double eigenvector = 0;   // unit-length principal eigenvector (power iteration)
  int core = 0;             // k-core number
  int community = 0;        // community index (modularity, Louvain's local moving)
};

class Network {
 public:
  static Network from_relations(const std::vector<Relation>& relations, const NetworkFilter& filter);

  // The sub-network within `hops` of `center` (center included).
  Network ego(const std::string& center, int hops) const;

  size_t size() const { return ids_.size(); }
  size_t edge_count() const;
  const std::vector<std::string>& nodes() const { return ids_; }
  // Neighbours of node i with edge weights.
  const std::vector<std::pair<int, double>>& neighbours(size_t i) const { return adj_[i]; }

  std::vector<NodeMeasures> measures() const;
  // Community of each node (parallel to nodes()), and the modularity reached.
  std::vector<int> communities(double* modularity = nullptr) const;
  // The k nodes whose removal leaves the network most fragmented, and the
  // fragmentation reached (0 = connected, 1 = all isolated).
  std::vector<std::string> key_players(size_t k, double* fragmentation = nullptr) const;
  // Fragmentation after removing the given nodes.
  double fragmentation_without(const std::vector<int>& removed) const;

 private:
  int index_of(const std::string& id) const;
  std::vector<std::string> ids_;                      // sorted
  std::vector<std::vector<std::pair<int, double>>> adj_;  // sorted by neighbour
};

}  // namespace dossier
