// Lookups by id over a KnowledgeBase, shared by the exporters. Holds pointers into the
// KnowledgeBase: it must outlive the index.
#pragma once

#include <string>
#include <unordered_map>

#include "dossier/kb.h"

namespace dossier::exporting {

class KbIndex {
 public:
  explicit KbIndex(const KnowledgeBase& kb) {
    for (const auto& a : kb.actors) actors_.emplace(a.id, &a);
    for (const auto& p : kb.places) {
      places_.emplace(p.id, &p);
      if (p.kind == PlaceKind::country && !p.country.empty()) countries_.emplace(p.country, &p);
    }
    for (const auto& d : kb.documents) documents_.emplace(d.id, &d);
  }
  const Actor* actor(const std::string& id) const { return find(actors_, id); }
  const Place* place(const std::string& id) const { return find(places_, id); }
  const DocumentMeta* document(const std::string& id) const { return find(documents_, id); }
  std::string actor_name(const std::string& id) const {
    const Actor* a = actor(id);
    return a ? a->name : id;
  }
  // The first place up the parent chain (the place itself included) with this kind.
  const Place* enclosing(const std::string& id, PlaceKind kind) const {
    const Place* p = place(id);
    for (int guard = 0; p && guard < 16; ++guard) {
      if (p->kind == kind) return p;
      p = p->parent.empty() ? nullptr : place(p->parent);
    }
    return nullptr;
  }
  // The country a place lies in: up the parent chain, or by its ISO code when a link is missing.
  const Place* country_of(const std::string& id) const {
    if (const Place* c = enclosing(id, PlaceKind::country)) return c;
    const Place* p = place(id);
    return p && !p->country.empty() ? find(countries_, p->country) : nullptr;
  }
  // The nearest place up the chain (itself included) with coordinates.
  const Place* located(const std::string& id) const {
    const Place* p = place(id);
    for (int guard = 0; p && guard < 16; ++guard) {
      if (p->lat && p->lon) return p;
      p = p->parent.empty() ? nullptr : place(p->parent);
    }
    return nullptr;
  }

 private:
  template <typename T>
  static const T* find(const std::unordered_map<std::string, const T*>& m, const std::string& id) {
    auto it = m.find(id);
    return it == m.end() ? nullptr : it->second;
  }
  std::unordered_map<std::string, const Actor*> actors_;
  std::unordered_map<std::string, const Place*> places_;
  std::unordered_map<std::string, const DocumentMeta*> documents_;
  std::unordered_map<std::string, const Place*> countries_;  // ISO code -> country record
};

}  // namespace dossier::exporting
