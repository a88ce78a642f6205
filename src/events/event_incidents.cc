// Incidents as a GTD coder counts them: the outcome of a kidnapping is part of it, and attacks
// told together at places apart are incidents apart. Run last, on the events' final facts.

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/ids.h"
#include "entities/entity_stage.h"
#include "events/event_internal.h"

namespace dossier::event_internal {

namespace {

// Does the clause of the trigger at h name its victims as held by captors ("beheaded a Canadian
// hostage", "the hostages were killed", "died in captivity", "killed by his captors")? A captive
// word within a few words of the trigger, in its sentence; after it, within its clause and the
// victim's relative clause ("beheaded a Canadian man they had held hostage").
bool fate_of_captives(const Work& w, const Hit& h) {
  const Sentence& s = w.segs[static_cast<size_t>(h.sentence)];
  const uint32_t lo = h.tok > s.first_token + 5 ? h.tok - 5 : s.first_token;
  bool clause = true;
  for (uint32_t k = lo; k < s.end_token && k < h.end + 9; ++k) {
    if (w.cue(k, Cue::captive) && (k < h.end + 6 || clause)) return true;
    const std::string_view x = w.words[k];
    if (k >= h.end && (x == "," || (w.cue(k, Cue::clause_break) && x != "who" && x != "whom" && x != "that" &&
                                    x != "which")))
      clause = false;
  }
  return false;
}

// Copies into `into` the facts of `from` it lacks: targets, actors, weapons, arguments, evidence,
// and a toll when it has none (or a larger one: the later count of the same dead).
void absorb_event(EventDraft& into, EventDraft& from) {
  for (const auto& t : from.src.targets) add_target(into, t.text, t.category);
  for (const auto& x : from.src.perpetrators) add_unique(into.src.perpetrators, x);
  for (const auto& x : from.src.claimed_by) add_unique(into.src.claimed_by, x);
  for (const auto& x : from.src.blamed_by) add_unique(into.src.blamed_by, x);
  for (const auto& x : from.src.weapons) add_unique(into.src.weapons, x);
  for (auto& a : from.src.arguments) {
    const bool known =
        std::any_of(into.src.arguments.begin(), into.src.arguments.end(), [&](const Argument& b) {
          return b.role == a.role && (b.span == a.span || norm_key(b.text) == norm_key(a.text));
        });
    if (!known) into.src.arguments.push_back(std::move(a));
  }
  for (auto& ev : from.src.evidence)
    if (std::none_of(into.src.evidence.begin(), into.src.evidence.end(),
                     [&](const Evidence& x) { return x.span == ev.span; }))
      into.src.evidence.push_back(std::move(ev));
  for (int si : from.sentences)
    if (std::find(into.sentences.begin(), into.sentences.end(), si) == into.sentences.end())
      into.sentences.push_back(si);
  auto more = [](std::optional<CountRange>& a, const std::optional<CountRange>& b) {
    if (b && (!a || b->low > a->low)) a = b;
  };
  more(into.src.killed, from.src.killed);
  more(into.src.injured, from.src.injured);
  into.named_dead = std::max(into.named_dead, from.named_dead);
  if (into.src.place.empty()) into.src.place = from.src.place;
  if (!into.src.date) into.src.date = from.src.date;
  into.src.background = into.src.background && from.src.background;
}

// Moves the hits' and the work's event indexes to `index` (old event -> new, -1: gone).
void remap_events(Work& w, const std::vector<int>& index) {
  auto remap = [&](int& x) { x = x >= 0 ? index[static_cast<size_t>(x)] : -1; };
  for (Hit& h : w.hits) remap(h.event);
  remap(w.main_event);
  remap(w.last_event);
}

// Removes the events `gone` marks, keeping the hits' event indexes right.
void erase_events(Work& w, const std::vector<bool>& gone) {
  std::vector<int> index(w.events.size(), -1);
  int n = 0;
  for (size_t e = 0; e < w.events.size(); ++e)
    if (!gone[e]) index[e] = n++;
  remap_events(w, index);
  std::erase_if(w.hits, [](const Hit& h) { return h.event < 0; });
  size_t e = 0;
  std::erase_if(w.events, [&](const EventDraft&) { return gone[e++]; });
}

// Is the subject of the passive verb at tok captives told before: a pronoun ("They were seized") or
// a definite phrase opening the sentence ("The sailors were abducted from a tugboat")?
bool retold_captives(const Work& w, const Sentence& s, uint32_t tok) {
  uint32_t k = tok;
  while (k > s.first_token && (w.cue(k - 1, Cue::be) || w.words[k - 1] == "had" || w.words[k - 1] == "have" ||
                               w.words[k - 1] == "been"))
    --k;
  if (k == tok || k == s.first_token) return false;
  const std::string_view x = w.words[k - 1];
  if (x == "they" || x == "They" || x == "he" || x == "He" || x == "she" || x == "She")
    return k - 1 == s.first_token;
  uint32_t b = k - 1;
  while (b > s.first_token && b + 4 > k && w.np_word(b) && !w.cue(b, Cue::determiner)) --b;
  return b == s.first_token && (w.words[b] == "The" || w.words[b] == "the") && b + 1 < k;
}

// How many attacks the trigger at h counts ("Two car bombs exploded", "twin blasts hit", "two
// suicide bombings"): a figure or a counting word ("twin", "triple") in the phrase of a weapon or
// a blast right before a verb trigger, or of the trigger noun itself; 1 when none. People
// counted ("two gunmen attacked") count no attacks.
int attacks_counted(const Work& w, const Sentence& s, const Hit& h) {
  uint32_t head = h.tok;
  if (h.entry->kind != TriggerKind::noun) {
    if (h.tok == s.first_token) return 1;
    head = h.tok - 1;
    // "Two car bombs exploded", "twin blasts", "two suicide bombers blew themselves up".
    if (!w.has(head, LexClass::weapon) && !w.cue(head, Cue::blast_word) &&
        !w.words[head].starts_with("bomber"))
      return 1;
  }
  for (uint32_t b = head; b-- > s.first_token && b + 5 > head;) {
    if (w.words[b] == "twin" || w.words[b] == "double") return 2;
    if (w.words[b] == "triple") return 3;
    if (w.number_at(b)) {
      const auto n = parse_cardinal(w.words[b]);
      return n && *n >= 2 && *n <= 12 ? static_cast<int>(*n) : 1;
    }
    if (!w.np_word(b) && !w.has(b, LexClass::weapon)) break;
  }
  return 1;
}

// The places listed after the trigger at h, joined by "and" ("in the Karrada and Shaab districts
// of Baghdad", "in Kabul and Jalalabad"): place mentions after a locative preposition, only
// "and", commas, "in" or "the" between them, none inside another. Their mention indexes, in
// text order; fewer than two when the clause lists none.
std::vector<int> places_listed(const Work& w, const Sentence& s, const Hit& h) {
  std::vector<int> list;
  bool joined = false;
  uint32_t k = h.end;
  for (; k < s.end_token && k < h.end + 16; ++k) {
    if (w.cue(k, Cue::clause_break) && w.words[k] != "and") break;
    if (w.has(k, LexClass::trigger)) break;
    const int m = w.mention_at[k];
    if (m < 0 || !is_place_mention(w.doc.mentions[static_cast<size_t>(m)])) continue;
    uint32_t b = k;
    if (b > s.first_token && w.words[b - 1] == "the") --b;
    if (b == s.first_token || !w.cue(b - 1, Cue::locative_prep)) continue;
    list.push_back(m);
    break;
  }
  if (list.empty()) return list;
  while (k < s.end_token && w.mention_at[k] == list.back()) ++k;
  for (uint32_t j = k; j < s.end_token; ++j) {
    const std::string_view x = w.words[j];
    if (x == "and") {
      joined = true;
      continue;
    }
    if (x == "," || x == "in" || x == "the") continue;
    const int m = w.mention_at[j];
    if (m < 0 || j == k || !is_place_mention(w.doc.mentions[static_cast<size_t>(m)])) break;
    list.push_back(m);
    if (joined) break;  // "X, Y and Z": the list ends with the name after "and"
    while (j + 1 < s.end_token && w.mention_at[j + 1] == m) ++j;
    k = j + 1;
  }
  if (!joined || list.size() < 2) return {};
  for (size_t a = 0; a < list.size(); ++a)
    for (size_t b = a + 1; b < list.size(); ++b) {
      const Mention& x = w.doc.mentions[static_cast<size_t>(list[a])];
      const Mention& y = w.doc.mentions[static_cast<size_t>(list[b])];
      if (!x.entity.empty() && !y.entity.empty() &&
          (place_within(w.doc, x.entity, y.entity) || place_within(w.doc, y.entity, x.entity)))
        return {};
    }
  return list;
}

// The places of conjoined objects after the trigger at h, each with its own ("struck a Shi'ite mosque
// in Kabul and a Sunni mosque in Ghor province", "attacked a police station in Arish and an army
// checkpoint in Rafah"): after each object a locative preposition and a place the gazetteer knows,
// then "and" or a comma and another object of noun-phrase words, the places in towns apart. Their
// mention indexes and, in `regions`, each object's span to its place; empty when there are none.
std::vector<int> places_of_objects(const Work& w, const Sentence& s, const Hit& h,
                                   std::vector<Span>* regions) {
  std::vector<int> list;
  regions->clear();
  uint32_t from = h.end;
  bool last = false;
  for (int n = 0; n < 4 && from < s.end_token; ++n) {
    int found = -1;
    uint32_t k = from;
    for (; k < s.end_token && k < from + 10; ++k) {
      const int m = w.mention_at[k];
      if (m >= 0 && is_place_mention(w.doc.mentions[static_cast<size_t>(m)])) {
        const uint32_t b = k > s.first_token && w.words[k - 1] == "the" ? k - 1 : k;
        if (!w.doc.mentions[static_cast<size_t>(m)].entity.empty() && b > s.first_token &&
            w.cue(b - 1, Cue::locative_prep))
          found = m;
        break;
      }
      if (w.cue(k, Cue::locative_prep) || w.cue(k, Cue::determiner) || w.np_word(k) ||
          w.doc.tokens[k].has(kTokNumber) || (w.is_punct(k) && w.words[k] != "," && w.words[k] != ";"))
        continue;
      break;  // a verb, a clause break, another trigger: the object ends with no place of its own
    }
    if (found < 0) break;
    while (k < s.end_token && w.mention_at[k] == found) ++k;
    list.push_back(found);
    regions->push_back(w.span(from, k));
    if (last || k >= s.end_token) break;
    if (w.words[k] == "," && k + 1 < s.end_token && w.words[k + 1] == "and") ++k;
    if (w.words[k] == "and")
      last = true;
    else if (w.words[k] != ",")
      break;
    from = k + 1;
  }
  if (!last || list.size() < 2) list.clear();
  for (size_t a = 0; a < list.size(); ++a)
    for (size_t b = a + 1; b < list.size(); ++b)
      if (!towns_apart(w.doc, w.doc.mentions[static_cast<size_t>(list[a])].entity,
                       w.doc.mentions[static_cast<size_t>(list[b])].entity))
        list.clear();
  if (list.empty()) regions->clear();
  return list;
}

// The tokens of a place mention's name, a trailing "districts" left out.
std::pair<uint32_t, uint32_t> place_name(const Work& w, const Mention& m) {
  auto [first, end] = w.tokens_of(m.span);
  while (end > first + 1) {
    std::string_view last = w.words[end - 1];
    if (last.size() > 1 && last.back() == 's') last.remove_suffix(1);
    if (!w.lex.cue(Cue::place_noun, last)) break;
    --end;
  }
  return {first, end};
}

// Takes from e what sentence si told of it: its arguments, its evidence, and the targets and actors
// no other sentence of e names.
void leave_sentence(const Work& w, EventDraft& e, int si) {
  const Span sp = w.segs[static_cast<size_t>(si)].span;
  std::vector<Argument> left;
  std::erase_if(e.src.arguments, [&](const Argument& a) {
    if (!sp.contains(a.span.start)) return false;
    left.push_back(a);
    return true;
  });
  std::erase_if(e.src.evidence, [&](const Evidence& x) { return sp.contains(x.span.start); });
  std::erase(e.sentences, si);
  auto told_elsewhere = [&](std::string_view text) {
    return std::any_of(e.sentences.begin(), e.sentences.end(), [&](int k) {
      return w.doc.slice(w.segs[static_cast<size_t>(k)].span).find(text) != std::string_view::npos;
    });
  };
  std::erase_if(e.src.targets, [&](const Target& t) {
    return w.doc.slice(sp).find(t.text) != std::string_view::npos && !told_elsewhere(t.text);
  });
  // An actor named in the sentence and in no other of e's ("In Kabul, the attack was claimed by
  // Islamic State").
  auto named_in = [&](const std::string& id, Span where) {
    for (const Mention& m : w.doc.mentions)
      if (m.entity == id && where.contains(m.span.start)) return true;
    for (const Argument& a : left)
      if (a.entity.empty() && a.text == id && where.contains(a.span.start)) return true;
    return false;
  };
  auto leaves = [&](const std::string& id) {
    return named_in(id, sp) && std::none_of(e.sentences.begin(), e.sentences.end(), [&](int k) {
             return named_in(id, w.segs[static_cast<size_t>(k)].span) ||
                    w.doc.slice(w.segs[static_cast<size_t>(k)].span).find(id) != std::string_view::npos;
           });
  };
  std::erase_if(e.src.perpetrators, leaves);
  std::erase_if(e.src.claimed_by, leaves);
  std::erase_if(e.src.blamed_by, leaves);
}

}  // namespace

void join_retold_kidnappings(Work& w) {
  auto kidnap = [](const Hit& h) {
    return h.entry->type == EventType::kidnapping || h.entry->type == EventType::hostage_taking;
  };
  std::vector<bool> gone(w.events.size(), false);
  bool any = false;
  for (const Hit& h : w.hits) {
    if (h.event < 0 || !kidnap(h) || gone[static_cast<size_t>(h.event)]) continue;
    const Sentence& s = w.segs[static_cast<size_t>(h.sentence)];
    if (!h.passive) {
      if (h.end >= s.end_token) continue;
      const std::string_view x = w.words[h.end];
      if (x != "them" && x != "him" && x != "her") continue;
    } else if (!retold_captives(w, s, h.tok)) {
      continue;
    }
    int into = -1;
    for (const Hit& k : w.hits)
      if (k.tok < h.tok && k.event >= 0 && kidnap(k) && !gone[static_cast<size_t>(k.event)]) into = k.event;
    if (into < 0 || into == h.event) continue;
    EventDraft& from = w.events[static_cast<size_t>(h.event)];
    EventDraft& k = w.events[static_cast<size_t>(into)];
    // "The sailors were abducted in June": not when told as dated apart.
    if (h.passive && from.anchored_date && k.anchored_date && from.src.date && k.src.date &&
        days_apart(*from.src.date, *k.src.date))
      continue;
    const bool dated =
        from.src.date && from.anchored_date &&
        (!k.anchored_date || !k.src.date || day_number(from.src.date->start) < day_number(k.src.date->start));
    const std::optional<DateRange> date = from.src.date;
    // "kidnapped in southern Nigeria ... abducted them from a construction site in Bayelsa state".
    if (!from.src.place.empty() && from.src.place != k.src.place &&
        place_within(w.doc, from.src.place, k.src.place))
      k.src.place = from.src.place;
    absorb_event(k, from);
    if (dated) {
      k.src.date = date;
      k.anchored_date = true;
    }
    gone[static_cast<size_t>(h.event)] = true;
    any = true;
  }
  if (any) erase_events(w, gone);
}

void join_captives_fate(Work& w) {
  // A fate: a trigger of another type whose clause names captives.
  auto fate_hit = [&](const Hit& h) {
    return h.entry->type != EventType::kidnapping && h.entry->type != EventType::hostage_taking &&
           fate_of_captives(w, h);
  };
  // An event whose every kidnapping trigger shares its sentence with a fate of that event only
  // recalls the captivity.
  std::vector<bool> recalled(w.events.size(), false), told(w.events.size(), false);
  for (const Hit& h : w.hits) {
    if (h.event < 0 || (h.entry->type != EventType::kidnapping && h.entry->type != EventType::hostage_taking))
      continue;
    const bool with_fate = std::any_of(w.hits.begin(), w.hits.end(), [&](const Hit& f) {
      return f.event == h.event && f.sentence == h.sentence && fate_hit(f);
    });
    (with_fate ? recalled : told)[static_cast<size_t>(h.event)] = true;
  }
  int kidnap = -1;
  for (size_t e = 0; e < w.events.size(); ++e) {
    const EventType t = w.events[e].src.type;
    if ((t != EventType::kidnapping && t != EventType::hostage_taking) || (recalled[e] && !told[e])) continue;
    if (kidnap >= 0) return;
    kidnap = static_cast<int>(e);
  }
  if (kidnap < 0) return;
  // The kidnapping's victims retold by the head of their phrase after "the" ("a Chinese couple"
  // ... "The couple was later killed", "two aid workers" ... "the aid workers were freed") near a
  // trigger of another type told after it: their fate too.
  auto retold_victims = [&](const Hit& h) {
    if (h.entry->type == EventType::kidnapping || h.entry->type == EventType::hostage_taking) return false;
    const EventDraft& k = w.events[static_cast<size_t>(kidnap)];
    if (k.sentences.empty() || h.sentence <= k.sentences.front()) return false;
    const Sentence& s = w.segs[static_cast<size_t>(h.sentence)];
    const uint32_t lo = h.tok > s.first_token + 6 ? h.tok - 6 : s.first_token;
    for (uint32_t i = lo; i + 1 < s.end_token && i < h.end + 4; ++i) {
      if (w.words[i] != "the") continue;
      uint32_t e = i + 1;
      while (e < s.end_token && e < i + 4 && w.np_word(e)) ++e;
      if (e == i + 1 || e == h.tok + 1) continue;
      const std::string_view head = w.words[e - 1];
      for (const auto& t : k.src.targets) {
        const std::string folded = norm_key(t.text);
        const auto sp = folded.rfind(' ');
        if (t.category == "private_citizens" &&
            (sp == std::string::npos ? folded : folded.substr(sp + 1)) == head)
          return true;
      }
    }
    return false;
  };
  std::vector<bool> gone(w.events.size(), false);
  bool any = false;
  for (const Hit& h : w.hits) {
    if (h.event < 0 || h.event == kidnap || gone[static_cast<size_t>(h.event)]) continue;
    EventDraft& fate = w.events[static_cast<size_t>(h.event)];
    EventDraft& k = w.events[static_cast<size_t>(kidnap)];
    if (!fate_hit(h) && !retold_victims(h)) continue;
    // A fate told before the kidnapping's date is no outcome of it (nor is a captivity it recalls
    // as begun before it: "held hostage since September ... On Sunday, gunmen kidnapped two
    // sailors").
    if (fate.src.date && k.src.date && fate.anchored_date && k.anchored_date &&
        day_number(fate.src.date->end) < day_number(k.src.date->start))
      continue;
    // "they had held hostage since September": the start of the captivity dates the kidnapping
    // that has no date of its own.
    const bool earlier = fate.src.date && fate.anchored_date && !k.anchored_date &&
                         (!k.src.date || day_number(fate.src.date->end) < day_number(k.src.date->start));
    absorb_event(k, fate);
    if (earlier) {
      k.src.date = fate.src.date;
      k.anchored_date = true;
    }
    gone[static_cast<size_t>(h.event)] = true;
    any = true;
  }
  if (any) erase_events(w, gone);
}

void targets_no_places(Work& w) {
  for (auto& e : w.events) {
    auto sentence_of = [&](Span sp) {
      for (int si : e.sentences)
        if (w.segs[static_cast<size_t>(si)].span.contains(sp.start)) return si;
      return -1;
    };
    std::erase_if(e.src.arguments, [&](const Argument& p) {
      if (p.role != ArgumentRole::place || !p.entity.empty()) return false;
      auto is_target = [&](Span sp) {
        return std::any_of(e.src.arguments.begin(), e.src.arguments.end(),
                           [&](const Argument& t) { return t.role == ArgumentRole::target && t.span == sp; });
      };
      const int si = is_target(p.span) ? sentence_of(p.span) : -1;
      // A town named: known to the gazetteer, or a capitalised name no target ("in Konduga").
      auto named = [&](const Argument& q) {
        if (!q.entity.empty()) return true;
        if (q.text.empty() || !std::isupper(static_cast<unsigned char>(q.text[0]))) return false;
        return !is_target(q.span);
      };
      return si >= 0 && std::any_of(e.src.arguments.begin(), e.src.arguments.end(), [&](const Argument& q) {
               return q.role == ArgumentRole::place && named(q) && sentence_of(q.span) == si;
             });
    });
  }
}

void split_coordinated(Work& w) {
  std::vector<std::vector<int>> lists(w.events.size());
  std::vector<std::vector<Span>> regions(w.events.size());
  std::vector<int> told(w.events.size(), -1);  // the sentence that lists the places
  bool any = false;
  for (const Hit& h : w.hits) {
    if (h.event < 0 || !lists[static_cast<size_t>(h.event)].empty()) continue;
    const EventType t = w.events[static_cast<size_t>(h.event)].src.type;
    if (t == EventType::security_operation || t == EventType::other) continue;
    const Sentence& s = w.segs[static_cast<size_t>(h.sentence)];
    std::vector<int> list = places_of_objects(w, s, h, &regions[static_cast<size_t>(h.event)]);
    if (list.empty()) {
      const int n = attacks_counted(w, s, h);
      if (n < 2) continue;
      list = places_listed(w, s, h);
      if (list.size() < 2 || list.size() > static_cast<size_t>(n)) continue;
    }
    lists[static_cast<size_t>(h.event)] = std::move(list);
    told[static_cast<size_t>(h.event)] = h.sentence;
    any = true;
  }
  if (!any) return;
  // Which one place of the list sentence si names, alone: its index, or -1.
  auto names_one = [&](const std::vector<int>& list, int si) {
    const Sentence& s = w.segs[static_cast<size_t>(si)];
    int one = -1;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      const int m = w.mention_at[k];
      if (m < 0 || (k > s.first_token && w.mention_at[k - 1] == m)) continue;
      const Mention& x = w.doc.mentions[static_cast<size_t>(m)];
      if (!is_place_mention(x)) continue;
      for (size_t j = 0; j < list.size(); ++j) {
        const Mention& y = w.doc.mentions[static_cast<size_t>(list[j])];
        auto name = [&](const Mention& z) {
          const auto [a, b] = place_name(w, z);
          return norm_key(w.text(a, b));
        };
        const bool same = !x.entity.empty() && !y.entity.empty() ? x.entity == y.entity : name(x) == name(y);
        if (!same) continue;
        if (one >= 0 && one != static_cast<int>(j)) return -1;
        one = static_cast<int>(j);
      }
    }
    return one;
  };
  std::vector<EventDraft> out;
  std::vector<int> index(w.events.size(), -1);
  struct Owned {
    int sentence, first, to;  // a sentence, the first incident split from its event, the one it tells
  };
  std::vector<Owned> owned;
  for (size_t e = 0; e < w.events.size(); ++e) {
    EventDraft& ev = w.events[e];
    const std::vector<int>& list = lists[e];
    index[e] = static_cast<int>(out.size());
    if (list.empty()) {
      out.push_back(std::move(ev));
      continue;
    }
    const auto parts = static_cast<int64_t>(list.size());
    auto share = [&](const std::optional<CountRange>& r, bool first, int64_t n) -> std::optional<CountRange> {
      if (!r) return r;
      CountRange c;
      c.low = r->low / n + (first ? r->low % n : 0);
      if (r->high) c.high = *r->high / n + (first ? *r->high % n : 0);
      return c;
    };
    std::vector<Span> spans;
    for (int m : list) spans.push_back(w.doc.mentions[static_cast<size_t>(m)].span);
    // "The bomb in Shaab targeted a market", "In Karrada, a police patrol was hit": a later
    // sentence that names one of the places alone tells of that incident only.
    std::vector<int> owner(ev.sentences.size(), -1);
    for (size_t k = 0; k < ev.sentences.size(); ++k)
      if (ev.sentences[k] != told[e]) owner[k] = names_one(list, ev.sentences[k]);
    // "Two car bombs ... killing 20 people. In Karrada, the blast killed 12": the dead counted in a
    // sentence of one place alone are that incident's; the rest of the toll told for all is shared
    // among the others (when it holds them).
    std::vector<std::optional<CountRange>> own_dead(list.size());
    for (const auto& [si, cr] : ev.killed_told)
      for (size_t k = 0; k < ev.sentences.size(); ++k)
        if (ev.sentences[k] == si && owner[k] >= 0 && !own_dead[static_cast<size_t>(owner[k])])
          own_dead[static_cast<size_t>(owner[k])] = cr;
    std::optional<CountRange> rest = ev.src.killed;
    int64_t rest_parts = parts;
    for (const auto& d : own_dead)
      if (d && rest) {
        --rest_parts;
        rest->low -= d->low;
        if (rest->high) *rest->high -= d->high.value_or(d->low);
      }
    if (rest && (rest->low < 0 || (rest->high && *rest->high < rest->low))) rest.reset();
    for (size_t k = 0; k < ev.sentences.size(); ++k)
      if (owner[k] >= 0)
        owned.push_back(
            {ev.sentences[k], static_cast<int>(out.size()), static_cast<int>(out.size()) + owner[k]});
    for (size_t i = 0; i < list.size(); ++i) {
      EventDraft c = ev;
      c.split_from = static_cast<int>(e);
      for (size_t k = 0; k < ev.sentences.size(); ++k)
        if (owner[k] >= 0 && owner[k] != static_cast<int>(i)) leave_sentence(w, c, ev.sentences[k]);
      // A type only a sentence left told ("In Karrada, a suicide bomber attacked a patrol") is not
      // this incident's: the highest its own triggers tell.
      bool own_type = false, left_type = false;
      EventType best = EventType::other;
      for (const Hit& h : w.hits) {
        if (h.event != static_cast<int>(e)) continue;
        if (std::find(c.sentences.begin(), c.sentences.end(), h.sentence) == c.sentences.end()) {
          left_type = left_type || h.entry->type == c.src.type;
          continue;
        }
        own_type = own_type || h.entry->type == c.src.type;
        if (type_priority(h.entry->type) > type_priority(best) &&
            h.entry->type != EventType::security_operation)
          best = h.entry->type;
      }
      if (left_type && !own_type && best != EventType::other) c.src.type = best;
      const Mention& m = w.doc.mentions[static_cast<size_t>(list[i])];
      // Its own place: the others' leave, its own comes in (a trailing "districts" left out).
      std::erase_if(c.src.arguments, [&](const Argument& a) {
        return a.role == ArgumentRole::place &&
               std::any_of(spans.begin(), spans.end(), [&](const Span& sp) { return sp.overlaps(a.span); });
      });
      // ... and what the other objects name ("a Sunni mosque in Ghor").
      if (!regions[e].empty()) {
        drop_arguments(c, [&](const Argument& a) {
          for (size_t j = 0; j < regions[e].size(); ++j)
            if (j != i && regions[e][j].contains(a.span.start)) return true;
          return false;
        });
        const std::string_view own = w.doc.slice(regions[e][i]);
        std::erase_if(c.src.targets, [&](const Target& t) {
          if (own.find(t.text) != std::string_view::npos) return false;
          for (size_t j = 0; j < regions[e].size(); ++j)
            if (j != i && w.doc.slice(regions[e][j]).find(t.text) != std::string_view::npos) return true;
          return false;
        });
      }
      const auto [first, end] = place_name(w, m);
      Argument a;
      a.role = ArgumentRole::place;
      a.text = w.text(first, end);
      a.span = w.span(first, end);
      a.entity = m.entity;
      c.src.arguments.push_back(std::move(a));
      if (!m.entity.empty()) c.src.place = m.entity;
      if (own_dead[i]) {
        c.src.killed = own_dead[i];
      } else if (rest_parts < parts && rest_parts > 0) {
        // The first of those with no own figure takes what does not divide.
        bool first = true;
        for (size_t j = 0; j < i; ++j) first = first && own_dead[j].has_value();
        c.src.killed = share(rest, first, rest_parts);
      } else {
        c.src.killed = share(ev.src.killed, i == 0, parts);
      }
      c.src.injured = share(ev.src.injured, i == 0, parts);
      c.named_dead = i == 0 ? ev.named_dead : 0;
      if (i > 0)
        c.src.id = make_id("ev", {w.doc.meta.id, to_string(c.src.type), std::to_string(m.span.start)});
      out.push_back(std::move(c));
    }
  }
  remap_events(w, index);
  // The triggers of a sentence that told one incident alone are that incident's.
  for (Hit& h : w.hits)
    for (const auto& o : owned)
      if (h.sentence == o.sentence && h.event == o.first) h.event = o.to;
  w.events = std::move(out);
}

}  // namespace dossier::event_internal
