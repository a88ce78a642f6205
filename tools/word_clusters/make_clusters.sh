#!/usr/bin/env bash
# Makes the word-cluster table (see README.md beside this script).
# Usage: tools/word_clusters/make_clusters.sh [build-dir] [work-dir] [out]
#   out: the table (default <work-dir>/word_clusters.tsv). Copied into resources/events/, it turns
#   the role model's cluster features on; the model must then be retrained (muc4_eval train-model).
# Needs: a built build/bench/muc4_eval, the fastText command line (Debian package `fasttext`,
# 0.9.2) and a C++20 compiler. Deterministic: one fastText thread, fixed seeds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
work=${2:-$(mktemp -d)}
mkdir -p "$work"
command -v fasttext >/dev/null || { echo "fasttext not found: apt-get install fasttext" >&2; exit 1; }

# Parameters (README.md: why these).
min_count=5        # words seen fewer times get no vector, so no class
dim=100            # vector size
epochs=10
window=5
ks="64 256 1024"   # k-means granularities, one table column each
iterations=30      # Lloyd iterations at most per k

# 1. The unlabeled text: Reuters news-bench, MUC-4 train, WikiEvents train (never dev or test),
#    as the project's tokenizer folds it, one sentence a line.
"$build/bench/muc4_eval" cluster-corpus "$work/corpus.txt"

# 2. Word vectors (skip-gram with character n-grams).
fasttext skipgram -input "$work/corpus.txt" -output "$work/vectors" -minCount "$min_count" \
  -dim "$dim" -epoch "$epochs" -ws "$window" -thread 1 -seed 1 -verbose 1

# 3. Classes: spherical k-means for each k.
c++ -O2 -std=c++20 -o "$work/kmeans" "$root/tools/word_clusters/kmeans.cc"
"$work/kmeans" "$work/vectors.vec" "$work/classes.tsv" "$iterations" $ks

# 4. The table.
out=${3:-$work/word_clusters.tsv}
{
  echo "# Word classes for the role model's features: made by tools/word_clusters/make_clusters.sh"
  echo "# (fastText skip-gram, dim $dim, $epochs epochs, window $window, min count $min_count;"
  echo "# spherical k-means, k = $ks). Sources and licences: resources/events/README.md."
  printf 'word'
  for k in $ks; do printf '\tk%s' "$k"; done
  printf '\n'
  cat "$work/classes.tsv"
} > "$out"
echo "wrote $out ($(wc -l < "$out") lines)"
