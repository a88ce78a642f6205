// STIX 2.1 export: the knowledge base as one bundle of STIX Domain and Relationship Objects.
//
//   armed group                 -> threat-actor (name, aliases)
//   person / state actor / org  -> identity (identity_class individual / organization)
//   place                       -> location (country, administrative_area, city, coordinates)
//   event                       -> incident, with relationships attributed-to (perpetrators),
//                                  located-at (place) and claimed-responsibility-for (claimants)
//   relation                    -> relationship (our type with '-' for '_'; confidence 0-100,
//                                  start_time/stop_time from its date, the evidence as description)
//   denied relation             -> the relationship plus an opinion "strongly-disagree" on it
//   disputed death/injury toll  -> note on the incident listing each source's figure
//   faction (actor parent)      -> relationship faction-of, unless a relation says so already
//   document                    -> report (published, object_refs to what it supports), created
//                                  by an identity for its publisher
//
// Ids: STIX wants TYPE--UUID. We derive UUIDv5 from our content ids (namespace: UUIDv5 of
// "dossier" in the URL namespace), so the bundle is the same on every run. Timestamps: created and
// modified are the newest publication date in the knowledge base (the knowledge is "as of" then),
// so they too are deterministic; a report is published at its document's date when known.
// Objects that would break the schemas are left out rather than made up: a place with neither
// country nor coordinates gives no location, a document that supports nothing gives no report.
#include <openssl/evp.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/ids.h"
#include "export/export.h"
#include "export/kb_index.h"

namespace dossier {

using nlohmann::json;

std::string uuid_v5(std::string_view ns, std::string_view name) {
  unsigned char bytes[16] = {};
  size_t k = 0;
  int high = -1;
  for (char c : ns) {
    int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (v < 0 || k >= 16) continue;  // dashes
    if (high < 0) {
      high = v;
    } else {
      bytes[k++] = static_cast<unsigned char>(high * 16 + v);
      high = -1;
    }
  }
  std::string input(reinterpret_cast<const char*>(bytes), 16);
  input.append(name);
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(input.data(), input.size(), md, &len, EVP_sha1(), nullptr);
  md[6] = static_cast<unsigned char>((md[6] & 0x0F) | 0x50);
  md[8] = static_cast<unsigned char>((md[8] & 0x3F) | 0x80);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[md[i] >> 4];
    out += kHex[md[i] & 15];
  }
  return out;
}

namespace {

const std::string& dossier_namespace() {
  static const std::string ns = uuid_v5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "dossier");
  return ns;
}

std::string stix_id(std::string_view type, std::string_view ours) {
  std::string name(type);
  name += '|';
  name += ours;
  return std::string(type) + "--" + uuid_v5(dossier_namespace(), name);
}

std::string timestamp(const Date& d, bool end_of_day = false) {
  Date x = d;
  if (x.m == 0) x.m = 1;
  if (x.d == 0) x.d = 1;
  return x.iso() + (end_of_day ? "T23:59:59.999Z" : "T00:00:00.000Z");
}

std::string hyphenated(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '_', '-');
  return out;
}

// A URL as given to ingest may hold spaces, quotes or non-ASCII: percent-encode what RFC 3986
// does not allow, keeping reserved characters (and existing %XX) as they are.
std::string uri_escape(std::string_view s) {
  static const std::string_view kKeep = ":/?#[]@!$&'()*+,;=%-._~";
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || kKeep.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

std::string figure(const CasualtyEstimate& c) {
  std::string s = std::to_string(c.best) + " (low " + std::to_string(c.low) + ", high " +
                  (c.high ? std::to_string(*c.high) : std::string("open")) + ")";
  return s;
}

class BundleBuilder {
 public:
  explicit BundleBuilder(const KnowledgeBase& kb) : kb_(kb), index_(kb) {
    Date newest;
    for (const auto& d : kb.documents)
      if (d.published && d.published->valid() && *d.published > newest) newest = *d.published;
    as_of_ = newest.valid() ? timestamp(newest) : "1970-01-01T00:00:00.000Z";
  }

  json build() {
    add_actors();
    add_places();
    add_events();
    add_relations();
    add_reports();
    std::string all;
    for (const auto& o : objects_) all += o["id"].get<std::string>() + "\n";
    return {{"type", "bundle"}, {"id", "bundle--" + uuid_v5(dossier_namespace(), "bundle|" + sha256_hex(all))},
            {"objects", objects_}};
  }

 private:
  json base(const std::string& type, const std::string& ours) {
    return {{"type", type}, {"spec_version", "2.1"}, {"id", stix_id(type, ours)}, {"created", as_of_},
            {"modified", as_of_}};
  }
  void add(json o, const std::vector<std::string>& documents = {}) {
    std::string id = o["id"];
    if (!ids_.insert(id).second) return;
    for (const auto& d : documents) doc_refs_[d].insert(id);
    objects_.push_back(std::move(o));
  }

  // The STIX id of an actor, creating a minimal identity for ids with no actor record.
  std::string actor_ref(const std::string& id) {
    auto it = actor_ids_.find(id);
    if (it != actor_ids_.end()) return it->second;
    json o = base("identity", id);
    o["name"] = id;
    o["identity_class"] = "unknown";
    std::string sid = o["id"];
    actor_ids_.emplace(id, sid);
    add(std::move(o));
    return sid;
  }

  json relationship(const std::string& type, const std::string& key, const std::string& source,
                    const std::string& target) {
    json o = base("relationship", key);
    o["relationship_type"] = type;
    o["source_ref"] = source;
    o["target_ref"] = target;
    return o;
  }

  void add_actors() {
    for (const auto& a : kb_.actors) {
      json o;
      if (a.kind == ActorKind::armed_group) {
        o = base("threat-actor", a.id);
        o["name"] = a.name;
        std::vector<std::string> aliases;
        for (const auto& al : a.aliases)
          if (al != a.name && std::find(aliases.begin(), aliases.end(), al) == aliases.end()) aliases.push_back(al);
        if (!aliases.empty()) o["aliases"] = aliases;
      } else {
        o = base("identity", a.id);
        o["name"] = a.name;
        o["identity_class"] = a.kind == ActorKind::person ? "individual" : "organization";
        if (a.kind == ActorKind::state_actor || a.kind == ActorKind::country) o["sectors"] = {"government-national"};
        if (!a.aliases.empty()) {
          std::string desc = "Also known as: ";
          bool first = true;
          for (const auto& al : a.aliases)
            if (al != a.name) {
              desc += (first ? "" : "; ") + al;
              first = false;
            }
          if (!first) o["description"] = desc;
        }
      }
      if (!a.wikidata.empty())
        o["external_references"] = {{{"source_name", "wikidata"}, {"external_id", a.wikidata},
                                     {"url", "https://www.wikidata.org/wiki/" + a.wikidata}}};
      actor_ids_.emplace(a.id, o["id"].get<std::string>());
      add(std::move(o), a.documents);
    }
    std::set<std::pair<std::string, std::string>> stated;
    for (const auto& r : kb_.relations)
      if (r.type == RelationType::faction_of && r.polarity == Polarity::asserted) stated.insert({r.subject, r.object});
    for (const auto& a : kb_.actors) {
      if (a.parent.empty() || stated.count({a.id, a.parent})) continue;
      add(relationship("faction-of", "parent|" + a.id + "|" + a.parent, actor_ref(a.id), actor_ref(a.parent)));
    }
  }

  void add_places() {
    for (const auto& p : kb_.places) {
      bool coords = p.lat && p.lon && std::isfinite(*p.lat) && std::isfinite(*p.lon) && std::abs(*p.lat) <= 90 &&
                    std::abs(*p.lon) <= 180;
      if (!coords && p.country.empty()) continue;
      json o = base("location", p.id);
      o["name"] = p.name;
      if (!p.country.empty()) o["country"] = p.country;
      if (!p.admin1.empty() && p.kind != PlaceKind::country) o["administrative_area"] = p.admin1;
      if (p.kind == PlaceKind::city) o["city"] = p.name;
      if (coords) {
        o["latitude"] = *p.lat;
        o["longitude"] = *p.lon;
      }
      place_ids_.emplace(p.id, o["id"].get<std::string>());
      add(std::move(o));
    }
  }

  void add_events() {
    for (const auto& e : kb_.events) {
      json o = base("incident", e.id);
      std::string name = std::string(to_string(e.type));
      std::replace(name.begin(), name.end(), '_', ' ');
      if (const Place* p = index_.place(e.place)) name += " in " + p->name;
      if (e.date && e.date->start.valid()) name += " on " + e.date->start.iso();
      o["name"] = name;
      std::string desc;
      if (e.killed) desc += "Killed: " + figure(*e.killed) + ". ";
      if (e.injured) desc += "Injured: " + figure(*e.injured) + ". ";
      desc += "Reported by " + std::to_string(e.sources.size()) + " source(s).";
      o["description"] = desc;
      std::vector<std::string> docs;
      for (const auto& s : e.sources) docs.push_back(s.document);
      std::string sid = o["id"];
      add(std::move(o), docs);
      for (const auto& p : e.perpetrators)
        add(relationship("attributed-to", "perp|" + e.id + "|" + p, sid, actor_ref(p)), docs);
      for (const auto& c : e.claimed_by)
        add(relationship("claimed-responsibility-for", "claim|" + e.id + "|" + c, actor_ref(c), sid), docs);
      if (auto it = place_ids_.find(e.place); it != place_ids_.end())
        add(relationship("located-at", "place|" + e.id, sid, it->second), docs);
      add_dispute_note(e, sid, docs);
    }
  }

  // Sources that disagree on a toll: a note on the incident with every figure.
  void add_dispute_note(const Event& e, const std::string& incident, const std::vector<std::string>& docs) {
    std::string content;
    for (const auto& [what, pick] :
         {std::pair<const char*, std::optional<CountRange> EventSource::*>{"killed", &EventSource::killed},
          {"injured", &EventSource::injured}}) {
      std::set<std::pair<int64_t, int64_t>> distinct;
      std::string lines;
      for (const auto& s : e.sources) {
        const auto& c = s.*pick;
        if (!c) continue;
        distinct.insert({c->low, c->high ? *c->high : -1});
        lines += "- " + s.document + ": " + to_string(*c) + "\n";
      }
      if (distinct.size() < 2) continue;
      const auto& consolidated = std::string(what) == "killed" ? e.killed : e.injured;
      content += std::string("Sources disagree on the number ") + what + ":\n" + lines;
      if (consolidated) content += "Consolidated: " + figure(*consolidated) + ".\n";
    }
    if (content.empty()) return;
    json o = base("note", "dispute|" + e.id);
    o["abstract"] = "Disputed casualty figures";
    o["content"] = content;
    o["authors"] = {"dossier"};
    o["object_refs"] = {incident};
    add(std::move(o), docs);
  }

  void add_relations() {
    for (const auto& r : kb_.relations) {
      json o = relationship(hyphenated(to_string(r.type)), r.id, actor_ref(r.subject), actor_ref(r.object));
      o["confidence"] = std::clamp(static_cast<int>(std::lround(r.confidence * 100)), 0, 100);
      if (r.date && r.date->start.valid()) {
        o["start_time"] = timestamp(r.date->start);
        o["stop_time"] = timestamp(r.date->end.valid() ? r.date->end : r.date->start, true);
      }
      std::string desc;
      if (!r.role.empty()) desc += "Role: " + r.role + ". ";
      if (!r.attributed_to.empty()) desc += "According to " + index_.actor_name(r.attributed_to) + ". ";
      if (!r.evidence.empty()) desc += "\"" + r.evidence[0].text + "\"";
      if (!desc.empty()) o["description"] = desc;
      std::vector<std::string> docs;
      for (const auto& ev : r.evidence) docs.push_back(ev.document);
      std::string sid = o["id"];
      add(std::move(o), docs);
      if (r.polarity == Polarity::denied) {
        json op = base("opinion", "denied|" + r.id);
        op["opinion"] = "strongly-disagree";
        std::string who = r.attributed_to.empty() ? "the reporting outlet" : index_.actor_name(r.attributed_to);
        op["explanation"] = "Denied, according to " + who +
                            (r.evidence.empty() ? std::string(".") : ": \"" + r.evidence[0].text + "\"");
        op["authors"] = {who};
        op["object_refs"] = {sid};
        add(std::move(op), docs);
      }
    }
  }

  void add_reports() {
    for (const auto& d : kb_.documents) {
      auto it = doc_refs_.find(d.id);
      if (it == doc_refs_.end() || it->second.empty()) continue;
      json o = base("report", d.id);
      o["name"] = d.title.empty() ? d.path : d.title;
      o["published"] = d.published && d.published->valid() ? timestamp(*d.published) : as_of_;
      o["report_types"] = {"threat-report"};
      o["object_refs"] = std::vector<std::string>(it->second.begin(), it->second.end());
      o["description"] = "Document " + d.id + ", sha256 " + d.sha256;
      if (d.path.rfind("http://", 0) == 0 || d.path.rfind("https://", 0) == 0)
        o["external_references"] = {{{"source_name", d.publisher.empty() ? "web" : d.publisher[0]}, {"url", uri_escape(d.path)}}};
      if (!d.publisher.empty()) {
        json pub = base("identity", "publisher|" + d.publisher[0]);
        pub["name"] = d.publisher[0];
        pub["identity_class"] = "organization";
        pub["sectors"] = {"communications"};
        o["created_by_ref"] = pub["id"];
        add(std::move(pub));
      }
      add(std::move(o));
    }
  }

  const KnowledgeBase& kb_;
  exporting::KbIndex index_;
  std::string as_of_;
  json objects_ = json::array();
  std::set<std::string> ids_;
  std::map<std::string, std::string> actor_ids_, place_ids_;
  std::map<std::string, std::set<std::string>> doc_refs_;  // document -> STIX ids it supports
};

}  // namespace

void write_stix(const KnowledgeBase& kb, std::ostream& out) { out << BundleBuilder(kb).build().dump(2) << "\n"; }

}  // namespace dossier
