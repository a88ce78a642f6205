// Word classes for the role model's features: spherical k-means over word vectors.
//
// Reads a fastText .vec file (first line "<words> <dim>", then "<word> <v1> ... <vdim>", most
// frequent first) and writes one line per word: the word, then its class for each k given, as
// "<word>\t<class for k1>\t<class for k2>...". Vectors are scaled to unit length (cosine
// similarity); each k is clustered on its own: the centres start at k-means++ picks drawn by a
// fixed xorshift generator (so the output is the same on every machine and standard library),
// then Lloyd iterations until no word moves or `iterations` is reached. Classes are numbered
// by their most frequent word's rank, so the numbering does not depend on the start.
//
// Usage: kmeans <vectors.vec> <out.tsv> <iterations> <k1> [k2 ...]
// Build: c++ -O2 -std=c++20 -o kmeans kmeans.cc (tools/word_clusters/make_clusters.sh does).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Rng {
  uint64_t s = 0x9e3779b97f4a7c15ull;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
};

// Class of each word for k centres.
std::vector<int> cluster(const std::vector<float>& v, size_t n, size_t dim, size_t k, int iterations) {
  Rng rng;
  std::vector<float> c(k * dim);
  std::vector<double> best(n, 4.0);  // squared distance to the nearest centre so far
  auto dist2 = [&](size_t w, const float* ctr) {
    double d = 0;
    for (size_t j = 0; j < dim; ++j) {
      double x = v[w * dim + j] - ctr[j];
      d += x * x;
    }
    return d;
  };
  // k-means++ start.
  size_t first = static_cast<size_t>(rng.next() % n);
  std::copy_n(&v[first * dim], dim, &c[0]);
  for (size_t m = 1; m < k; ++m) {
    double total = 0;
    for (size_t w = 0; w < n; ++w) {
      best[w] = std::min(best[w], dist2(w, &c[(m - 1) * dim]));
      total += best[w];
    }
    double r = rng.uniform() * total;
    size_t pick = n - 1;
    for (size_t w = 0; w < n; ++w) {
      r -= best[w];
      if (r <= 0) {
        pick = w;
        break;
      }
    }
    std::copy_n(&v[pick * dim], dim, &c[m * dim]);
  }
  std::vector<int> cls(n, -1);
  for (int it = 0; it < iterations; ++it) {
    size_t moved = 0;
    for (size_t w = 0; w < n; ++w) {
      // Nearest centre by the largest dot product (unit vectors; centres are renormalised).
      int bi = 0;
      float bd = -1e30f;
      for (size_t m = 0; m < k; ++m) {
        const float* a = &v[w * dim];
        const float* b = &c[m * dim];
        float d = 0;
        for (size_t j = 0; j < dim; ++j) d += a[j] * b[j];
        if (d > bd) bd = d, bi = static_cast<int>(m);
      }
      if (cls[w] != bi) ++moved, cls[w] = bi;
    }
    std::fprintf(stderr, "k=%zu iteration %d: %zu moved\n", k, it + 1, moved);
    if (moved == 0) break;
    std::vector<double> sum(k * dim, 0.0);
    std::vector<size_t> count(k, 0);
    for (size_t w = 0; w < n; ++w) {
      ++count[static_cast<size_t>(cls[w])];
      for (size_t j = 0; j < dim; ++j) sum[static_cast<size_t>(cls[w]) * dim + j] += v[w * dim + j];
    }
    for (size_t m = 0; m < k; ++m) {
      if (!count[m]) continue;  // an empty class keeps its centre
      double norm = 0;
      for (size_t j = 0; j < dim; ++j) norm += sum[m * dim + j] * sum[m * dim + j];
      norm = std::sqrt(norm);
      if (norm == 0) continue;
      for (size_t j = 0; j < dim; ++j) c[m * dim + j] = static_cast<float>(sum[m * dim + j] / norm);
    }
  }
  // Number the classes by first appearance in frequency order.
  std::vector<int> rename(k, -1);
  int next = 0;
  for (size_t w = 0; w < n; ++w) {
    int& r = rename[static_cast<size_t>(cls[w])];
    if (r < 0) r = next++;
    cls[w] = r;
  }
  return cls;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: kmeans <vectors.vec> <out.tsv> <iterations> <k1> [k2 ...]\n");
    return 1;
  }
  std::ifstream in(argv[1]);
  size_t n = 0, dim = 0;
  if (!(in >> n >> dim) || !n || !dim) {
    std::fprintf(stderr, "%s: not a .vec file\n", argv[1]);
    return 2;
  }
  std::vector<std::string> words;
  std::vector<float> v;
  words.reserve(n);
  v.reserve(n * dim);
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string w;
    ls >> w;
    std::vector<float> x(dim);
    double norm = 0;
    for (size_t j = 0; j < dim; ++j) {
      ls >> x[j];
      norm += double(x[j]) * x[j];
    }
    if (!ls || w.empty() || w == "</s>") continue;
    norm = std::sqrt(norm);
    if (norm == 0) continue;
    for (float& f : x) f = static_cast<float>(f / norm);
    words.push_back(w);
    v.insert(v.end(), x.begin(), x.end());
  }
  n = words.size();
  const int iterations = std::atoi(argv[3]);
  std::vector<std::vector<int>> classes;
  for (int a = 4; a < argc; ++a) classes.push_back(cluster(v, n, dim, static_cast<size_t>(std::atoi(argv[a])), iterations));
  std::ofstream out(argv[2]);
  for (size_t w = 0; w < n; ++w) {
    out << words[w];
    for (const auto& c : classes) out << '\t' << c[w];
    out << '\n';
  }
  std::fprintf(stderr, "%zu words -> %s\n", n, argv[2]);
  return out ? 0 : 2;
}
