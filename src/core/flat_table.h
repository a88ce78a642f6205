// Linear probing over a power-of-two array of slots, for the read-mostly tables the pipeline
// probes per token (NER weights, the NER word cache, the actor lexicon). Each table keeps its
// own slot type with a 64-bit `key` field, 0 meaning empty (callers map a zero hash to 1); a
// slot holds the key and a small index side by side, so a probe touches one cache line, where
// std::unordered_map chases a bucket, a node and the node's key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dossier::flat {

// Slots for n entries at a load of at most one half.
inline size_t capacity_for(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  return cap;
}

// The first slot from `start` on that is empty or for which same(slot) holds.
template <typename Slot, typename Same>
size_t find_slot(const std::vector<Slot>& slots, uint64_t start, Same&& same) {
  const size_t mask = slots.size() - 1;
  for (size_t i = static_cast<size_t>(start) & mask;; i = (i + 1) & mask)
    if (slots[i].key == 0 || same(slots[i])) return i;
}

// The empty slot a new entry starting at `start` goes to (the key must not be there yet).
template <typename Slot>
size_t free_slot(const std::vector<Slot>& slots, uint64_t start) {
  return find_slot(slots, start, [](const Slot&) { return false; });
}

}  // namespace dossier::flat
