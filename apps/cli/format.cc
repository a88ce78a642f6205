#include "cli/format.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <vector>

#include "core/utf8.h"
#include "export/export.h"
#include "export/json.h"
#include "merge/merge.h"

namespace dossier::cli {
namespace {

std::string date_text(const std::optional<DateRange>& d) {
  if (!d) return "-";
  switch (d->precision) {
    case DatePrecision::day: return d->start.iso();
    case DatePrecision::month: return Date{d->start.y, d->start.m, 0}.iso();
    case DatePrecision::year: return std::to_string(d->start.y);
    default: return d->start.iso() + ".." + d->end.iso();
  }
}

std::string count_text(const std::optional<CasualtyEstimate>& c) {
  if (!c) return "-";
  std::string s = std::to_string(c->best);
  if (c->low != c->best || !c->high || *c->high != c->best)
    s += " (" + std::to_string(c->low) + "-" + (c->high ? std::to_string(*c->high) : std::string("?")) + ")";
  return s;
}

std::string range_text(const std::optional<CountRange>& c) {
  if (!c) return "-";
  return to_string(*c);
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

// Display width in code points, truncated with an ellipsis.
std::string fit(const std::string& s, size_t width) {
  if (utf8::count_code_points(s) <= width) return s;
  std::string out;
  size_t i = 0, n = 0;
  while (i < s.size() && n + 1 < width) {
    size_t start = i;
    utf8::next(s, i);
    out.append(s, start, i - start);
    ++n;
  }
  return out + "\u2026";
}

void print_table(std::ostream& out, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                 const std::vector<size_t>& max_width) {
  std::vector<size_t> w(header.size());
  for (size_t c = 0; c < header.size(); ++c) w[c] = utf8::count_code_points(header[c]);
  for (const auto& r : rows)
    for (size_t c = 0; c < r.size(); ++c) w[c] = std::max(w[c], std::min(max_width[c], utf8::count_code_points(r[c])));
  auto line = [&](const std::vector<std::string>& r) {
    for (size_t c = 0; c < r.size(); ++c) {
      std::string cell = fit(r[c], w[c]);
      out << cell;
      if (c + 1 < r.size()) out << std::string(w[c] - utf8::count_code_points(cell) + 2, ' ');
    }
    out << '\n';
  };
  line(header);
  std::vector<std::string> rule;
  for (size_t c = 0; c < header.size(); ++c) {
    std::string dash;
    for (size_t k = 0; k < w[c]; ++k) dash += "\u2500";
    rule.push_back(dash);
  }
  line(rule);
  for (const auto& r : rows) line(r);
}

std::string lower(const std::string& s) { return utf8::fold(s); }

std::vector<std::string> actor_names(const std::vector<std::string>& ids, const Names& names) {
  std::vector<std::string> v;
  for (const auto& id : ids) v.push_back(names.actor(id));
  return v;
}

void print_evidence(std::ostream& out, const Evidence& ev, const Names& names, const std::string& indent,
                    bool with_speaker = false) {
  out << indent << "\u201C" << ev.text << "\u201D\n" << indent << "  \u2014 " << names.document(ev.document) << " ["
      << ev.document << " @" << ev.span.start << "]";
  if (with_speaker)
    out << (ev.said_by.empty() ? std::string(", in the outlet's own voice") : ", according to " + names.actor(ev.said_by));
  out << "\n";
}

}  // namespace

Names::Names(const KnowledgeBase& kb) {
  for (const auto& a : kb.actors) actors_[a.id] = a.name;
  for (const auto& p : kb.places) places_[p.id] = p.name;
  for (const auto& d : kb.documents) {
    std::string s = d.title.empty() ? d.path : d.title;
    std::vector<std::string> extra;
    if (!d.publisher.empty()) extra.push_back(join(d.publisher, ", "));
    if (d.published) {
      if (d.published_how == PublishedHow::inferred)
        extra.push_back("undated; published between " + d.published->iso() + " and " +
                        (d.published_latest ? d.published_latest->iso() : std::string("?")) + ", inferred");
      else extra.push_back(d.published->iso());
    }
    if (!extra.empty()) s += " (" + join(extra, ", ") + ")";
    documents_[d.id] = s;
  }
}
std::string Names::actor(const std::string& id) const {
  auto it = actors_.find(id);
  return it == actors_.end() ? id : it->second;
}
std::string Names::place(const std::string& id) const {
  if (id.empty()) return "-";
  auto it = places_.find(id);
  return it == places_.end() ? id : it->second;
}
std::string Names::document(const std::string& id) const {
  auto it = documents_.find(id);
  return it == documents_.end() ? id : it->second;
}

void print_events(std::ostream& out, const KnowledgeBase& kb, const Names& names, const std::string& format) {
  if (format == "json") {
    out << kb_to_json(kb)["events"].dump(2) << '\n';
    return;
  }
  if (format == "csv") {
    (void)write_export(kb, "csv", out);
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& e : kb.events) {
    std::vector<std::string> perps = actor_names(e.perpetrators, names);
    for (const auto& c : e.claimed_by)
      if (std::find(e.perpetrators.begin(), e.perpetrators.end(), c) == e.perpetrators.end())
        perps.push_back(names.actor(c) + " (claim)");
    std::vector<std::string> targets;
    for (const auto& t : e.targets) targets.push_back(t.text);
    rows.push_back({e.id, date_text(e.date), std::string(to_string(e.type)), names.place(e.place), count_text(e.killed),
                    count_text(e.injured), join(perps, "; "), join(targets, "; "), std::to_string(e.sources.size())});
  }
  print_table(out, {"ID", "DATE", "TYPE", "PLACE", "KILLED", "INJURED", "PERPETRATORS", "TARGETS", "SOURCES"}, rows,
              {22, 23, 18, 20, 16, 16, 40, 30, 7});
  out << kb.events.size() << " event" << (kb.events.size() == 1 ? "" : "s") << '\n';
}

void print_actors(std::ostream& out, const KnowledgeBase& kb, const Names& names, const std::string& format) {
  if (format == "json") {
    out << kb_to_json(kb)["actors"].dump(2) << '\n';
    return;
  }
  if (format == "csv") {
    out << "id,name,kind,parent,aliases,documents\n";
    for (const auto& a : kb.actors)
      out << csv_field(a.id) << ',' << csv_field(a.name) << ',' << to_string(a.kind) << ',' << csv_field(a.parent) << ','
          << csv_field(join(a.aliases, ";")) << ',' << a.documents.size() << '\n';
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : kb.actors)
    rows.push_back({a.id, a.name, std::string(to_string(a.kind)), a.parent.empty() ? "-" : names.actor(a.parent),
                    join(a.aliases, ", "), std::to_string(a.documents.size())});
  print_table(out, {"ID", "NAME", "KIND", "PART OF", "ALIASES", "DOCS"}, rows, {40, 36, 12, 30, 60, 5});
  out << kb.actors.size() << " actor" << (kb.actors.size() == 1 ? "" : "s") << '\n';
}

void print_relations(std::ostream& out, const KnowledgeBase& kb, const Names& names, const std::string& format) {
  if (format == "json") {
    out << kb_to_json(kb)["relations"].dump(2) << '\n';
    return;
  }
  if (format == "csv") {
    out << "id,type,subject,object,role,polarity,date,attributed_to,confidence,sources\n";
    for (const auto& r : kb.relations) {
      std::ostringstream conf;
      conf << r.confidence;
      out << csv_field(r.id) << ',' << to_string(r.type) << ',' << csv_field(names.actor(r.subject)) << ','
          << csv_field(names.actor(r.object)) << ',' << csv_field(r.role) << ',' << to_string(r.polarity) << ','
          << date_text(r.date) << ',' << csv_field(r.attributed_to) << ',' << conf.str() << ',' << r.evidence.size()
          << '\n';
    }
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : kb.relations) {
    std::ostringstream conf;
    conf.precision(2);
    conf << r.confidence;
    std::string type(to_string(r.type));
    if (!r.role.empty()) type += " (" + r.role + ")";
    rows.push_back({names.actor(r.subject), type, names.actor(r.object), std::string(to_string(r.polarity)),
                    date_text(r.date), r.attributed_to.empty() ? "-" : names.actor(r.attributed_to), conf.str(),
                    std::to_string(r.evidence.size())});
  }
  print_table(out, {"SUBJECT", "RELATION", "OBJECT", "POLARITY", "DATE", "SAID BY", "CONF", "SOURCES"}, rows,
              {30, 34, 30, 8, 23, 28, 4, 7});
  out << kb.relations.size() << " relation" << (kb.relations.size() == 1 ? "" : "s") << '\n';
}

namespace {

std::string score_text(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

void show_event(std::ostream& out, const KnowledgeBase& kb, const Names& names, const Event& e,
                const ShowContext& ctx) {
  out << "EVENT " << e.id << "\n  " << to_string(e.type) << ", " << date_text(e.date) << ", " << names.place(e.place)
      << "\n";
  if (!e.perpetrators.empty()) out << "  perpetrators: " << join(actor_names(e.perpetrators, names), "; ") << "\n";
  if (!e.claimed_by.empty()) out << "  claimed by:   " << join(actor_names(e.claimed_by, names), "; ") << "\n";
  // Who laid the blame (authorities, another group), per the sources that say so: blame is not
  // a claim, and the reader weighs it by who speaks.
  std::vector<std::string> blamers;
  for (const auto& s : e.sources)
    for (const auto& b : s.blamed_by)
      if (std::find(blamers.begin(), blamers.end(), b) == blamers.end()) blamers.push_back(b);
  if (!blamers.empty()) out << "  blamed by:    " << join(actor_names(blamers, names), "; ") << "\n";
  if (!e.targets.empty()) {
    std::vector<std::string> t;
    for (const auto& x : e.targets) t.push_back(x.text + " [" + x.category + "]");
    out << "  targets:      " << join(t, "; ") << "\n";
  }
  if (!e.weapons.empty()) out << "  weapons:      " << join(e.weapons, ", ") << "\n";
  std::vector<CountRange> killed, injured;
  for (const auto& s : e.sources) {
    if (s.killed) killed.push_back(*s.killed);
    if (s.injured) injured.push_back(*s.injured);
  }
  auto figures = [](const std::vector<CountRange>& f) {
    std::vector<std::string> t;
    for (const auto& x : f) t.push_back(range_text(x));
    return t.empty() ? std::string() : "  from " + join(t, ", ");
  };
  out << "  killed:       " << count_text(e.killed) << figures(killed) << "\n";
  out << "  injured:      " << count_text(e.injured) << figures(injured) << "\n";
  if (killed.size() + injured.size() > 0)
    out << "  how:          " << explain_casualties(killed.empty() ? injured : killed, ctx.rule) << "\n";
  out << "\n  SOURCES (" << e.sources.size() << ")\n";
  for (const auto& s : e.sources) {
    out << "  - " << names.document(s.document) << "\n    killed " << range_text(s.killed) << ", injured "
        << range_text(s.injured) << (s.background ? "  (mentioned as background)" : "") << "\n";
    if (auto m = ctx.members.find(s.id); m != ctx.members.end()) {
      out << "    merged: ";
      if (m->second.score) out << "score " << score_text(*m->second.score) << "; ";
      out << join(m->second.reasons, ", ") << "\n";
    }
    out << "    source id: " << s.id << "\n";
    for (const auto& ev : s.evidence) print_evidence(out, ev, names, "      ");
  }
}

void show_actor(std::ostream& out, const KnowledgeBase& kb, const Names& names, const Actor& a) {
  out << "ACTOR " << a.name << "  [" << a.id << "]\n  kind: " << to_string(a.kind);
  if (!a.country.empty()) out << ", country: " << a.country;
  if (!a.wikidata.empty()) out << ", wikidata: " << a.wikidata;
  out << "\n";
  if (!a.parent.empty()) out << "  part of: " << names.actor(a.parent) << "\n";
  std::vector<std::string> factions;
  std::set<std::string> family = {a.id};
  for (const auto& b : kb.actors)
    if (b.parent == a.id) {
      factions.push_back(b.name);
      family.insert(b.id);
    }
  if (!factions.empty()) out << "  factions: " << join(factions, "; ") << "\n";
  if (!a.aliases.empty()) out << "  aliases: " << join(a.aliases, "; ") << "\n";
  for (const auto& r : a.roles) {
    // A role with no title is a tie the text states without naming a post ("X of the Y center").
    std::string what = !r.title.empty() ? r.title + (r.of.empty() ? "" : " of " + names.actor(r.of))
                       : !r.of.empty()  ? "affiliated with " + names.actor(r.of)
                                        : std::string();
    if (what.empty()) continue;
    out << "  role: " << what << "  (" << names.document(r.document) << ")\n";
  }

  std::vector<const Relation*> rels;
  for (const auto& r : kb.relations)
    if (family.count(r.subject) || family.count(r.object)) rels.push_back(&r);
  std::sort(rels.begin(), rels.end(), [](const Relation* x, const Relation* y) {
    if (x->date.has_value() != y->date.has_value()) return x->date.has_value();
    if (x->date && y->date && !(x->date->start == y->date->start)) return x->date->start < y->date->start;
    return x->id < y->id;
  });
  out << "\n  RELATIONS (" << rels.size() << ")\n";
  for (const auto* r : rels) {
    out << "  - " << names.actor(r->subject) << " " << (r->polarity == Polarity::denied ? "DENIES " : "")
        << to_string(r->type) << (r->role.empty() ? "" : " (" + r->role + ")") << " " << names.actor(r->object);
    if (r->date) out << ", " << date_text(r->date);
    out << "  [confidence " << static_cast<int>(r->confidence * 100 + 0.5) << "%";
    // Sources merged into one relation may quote different people: then each sentence says whose
    // words it reports.
    std::set<std::string> speakers;
    for (const auto& ev : r->evidence) speakers.insert(ev.said_by);
    const bool per_source = speakers.size() > 1;
    if (per_source) out << ", according to " << speakers.size() << " different speakers";
    else if (!r->attributed_to.empty()) out << ", according to " << names.actor(r->attributed_to);
    out << "]\n";
    for (const auto& ev : r->evidence) print_evidence(out, ev, names, "      ", per_source);
  }
  std::vector<const Event*> evs;
  for (const auto& e : kb.events) {
    bool involved = false;
    for (const auto& p : e.perpetrators) involved |= family.count(p) > 0;
    for (const auto& p : e.claimed_by) involved |= family.count(p) > 0;
    if (involved) evs.push_back(&e);
  }
  out << "\n  EVENTS (" << evs.size() << ")\n";
  for (const auto* e : evs)
    out << "  - " << date_text(e->date) << "  " << to_string(e->type) << " in " << names.place(e->place) << ", killed "
        << count_text(e->killed) << ", " << e->sources.size() << " source(s)  [" << e->id << "]\n";
  out << "\n  DOCUMENTS (" << a.documents.size() << ")\n";
  for (const auto& d : a.documents) out << "  - " << names.document(d) << "  [" << d << "]\n";
}

void show_place(std::ostream& out, const KnowledgeBase& kb, const Names& names, const Place& p) {
  out << "PLACE " << p.name << "  [" << p.id << "]\n  kind: " << to_string(p.kind);
  if (!p.country.empty()) out << ", country: " << p.country;
  if (!p.admin1.empty()) out << ", " << p.admin1;
  if (p.lat && p.lon) out << ", " << *p.lat << ", " << *p.lon;
  out << "\n";
  if (!p.parent.empty()) out << "  in: " << names.place(p.parent) << "\n";
  std::map<std::string, const Place*> by_id;
  for (const auto& q : kb.places) by_id[q.id] = &q;
  auto inside = [&](const std::string& id) {
    for (std::string cur = id; !cur.empty();) {
      if (cur == p.id) return true;
      auto it = by_id.find(cur);
      if (it == by_id.end()) return false;
      cur = it->second->parent;
    }
    return false;
  };
  std::vector<const Event*> evs;
  for (const auto& e : kb.events)
    if (!e.place.empty() && inside(e.place)) evs.push_back(&e);
  out << "\n  EVENTS (" << evs.size() << ")\n";
  for (const auto* e : evs)
    out << "  - " << date_text(e->date) << "  " << to_string(e->type) << " in " << names.place(e->place) << ", killed "
        << count_text(e->killed) << "  [" << e->id << "]\n";
}

}  // namespace

bool show_record(std::ostream& out, const KnowledgeBase& kb, const Names& names, const std::string& key,
                 ShowContext* ctx, const std::function<void(const std::string&, ShowContext&)>& members_of) {
  const std::string k = lower(key);
  ShowContext local;
  if (!ctx) ctx = &local;
  for (const auto& e : kb.events)
    if (e.id == key) {
      if (members_of) members_of(e.id, *ctx);
      show_event(out, kb, names, e, *ctx);
      return true;
    }
  // Actors: id, then canonical name, then any alias.
  for (const auto& a : kb.actors)
    if (a.id == key || lower(a.name) == k) return show_actor(out, kb, names, a), true;
  for (const auto& a : kb.actors)
    for (const auto& al : a.aliases)
      if (lower(al) == k) return show_actor(out, kb, names, a), true;
  for (const auto& p : kb.places)
    if (p.id == key || lower(p.name) == k) return show_place(out, kb, names, p), true;
  return false;
}

}  // namespace dossier::cli
