// The §2/§3 JSON writers. Each record is written field by field in the spec's order (nlohmann's
// ordered_json is not needed: objects are compared by content, and the CLI prints them with
// keys sorted, which keeps the output deterministic).
#include "export/json.h"

#include <functional>
#include <string_view>
#include <unordered_set>

#include "core/ids.h"
#include "merge/merge.h"

namespace dossier {

using nlohmann::json;

namespace {

// Maps an offset in a given document to the number written out.
using OffsetMap = std::function<uint32_t(uint32_t)>;

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json evidence_json(const Evidence& e, const OffsetMap& off) {
  return {{"document", e.document}, {"start", off(e.span.start)}, {"end", off(e.span.end)}, {"text", e.text}};
}

json count_json(const std::optional<CountRange>& c) {
  if (!c) return nullptr;
  return {{"low", c->low}, {"high", c->high ? json(*c->high) : json(nullptr)}};
}

json estimate_json(const std::optional<CasualtyEstimate>& c) {
  if (!c) return nullptr;
  return {{"best", c->best}, {"low", c->low}, {"high", c->high ? json(*c->high) : json(nullptr)}};
}

json targets_json(const std::vector<Target>& targets) {
  json a = json::array();
  for (const auto& t : targets) a.push_back({{"text", t.text}, {"category", text_or_null(t.category)}});
  return a;
}

json source_json(const EventSource& s, const OffsetMap& off) {
  json args = json::array();
  for (const auto& a : s.arguments)
    args.push_back({{"role", std::string(to_string(a.role))}, {"text", a.text}, {"start", off(a.span.start)},
                    {"end", off(a.span.end)}});
  json ev = json::array();
  for (const auto& e : s.evidence) ev.push_back(evidence_json(e, off));
  return {{"document", s.document}, {"killed", count_json(s.killed)}, {"injured", count_json(s.injured)},
          {"arguments", args}, {"evidence", ev}};
}

json event_json(const Event& e, const OffsetMap& off) {
  json sources = json::array();
  for (const auto& s : e.sources) sources.push_back(source_json(s, off));
  return {{"id", e.id},
          {"type", std::string(to_string(e.type))},
          {"date", to_json(e.date)},
          {"place", text_or_null(e.place)},
          {"targets", targets_json(e.targets)},
          {"perpetrators", e.perpetrators},
          {"claimed_by", e.claimed_by},
          {"weapons", e.weapons},
          {"killed", estimate_json(e.killed)},
          {"injured", estimate_json(e.injured)},
          {"sources", sources}};
}

json relation_json(const Relation& r, const OffsetMap& off) {
  json ev = json::array();
  for (const auto& e : r.evidence) ev.push_back(evidence_json(e, off));
  return {{"id", r.id},
          {"type", std::string(to_string(r.type))},
          {"subject", r.subject},
          {"object", r.object},
          {"role", text_or_null(r.role)},
          {"polarity", std::string(to_string(r.polarity))},
          {"date", to_json(r.date)},
          {"attributed_to", text_or_null(r.attributed_to)},
          {"confidence", r.confidence},
          {"evidence", ev}};
}

const OffsetMap kAsIs = [](uint32_t x) { return x; };

// One document's account as a §2 Event: the single source's figure is its own consolidation.
Event event_of_source(const EventSource& s) {
  Event e;
  e.id = s.id;
  e.type = s.type;
  e.date = s.date;
  e.place = s.place;
  e.targets = s.targets;
  e.perpetrators = s.perpetrators;
  e.claimed_by = s.claimed_by;
  e.weapons = s.weapons;
  if (s.killed) e.killed = consolidate_casualties({*s.killed});
  if (s.injured) e.injured = consolidate_casualties({*s.injured});
  e.sources = {s};
  return e;
}

}  // namespace

json to_json(const std::optional<DateRange>& d) {
  if (!d || !d->start.valid()) return nullptr;
  return {{"start", d->start.iso()},
          {"end", (d->end.valid() ? d->end : d->start).iso()},
          {"precision", std::string(to_string(d->precision))}};
}

json to_json(const DocumentMeta& d) {
  json j = {{"id", d.id},
          {"path", d.path},
          {"title", text_or_null(d.title)},
          {"publisher", d.publisher},
          {"authors", d.authors},
          {"published", d.published && d.published->valid() ? json(d.published->iso()) : json(nullptr)},
          {"published_how", d.published_how == PublishedHow::none ? json(nullptr)
                                                                  : json(std::string(to_string(d.published_how)))},
          {"dateline", text_or_null(d.dateline)},
          {"sha256", d.sha256}};
  // An inferred date is a window: `published` is its start, this its end.
  if (d.published_how == PublishedHow::inferred && d.published_latest)
    j["published_latest"] = d.published_latest->iso();
  return j;
}

json to_json(const Actor& a) {
  return {{"id", a.id},
          {"name", a.name},
          {"kind", std::string(to_string(a.kind))},
          {"aliases", a.aliases},
          {"parent", text_or_null(a.parent)},
          {"documents", a.documents}};
}

json to_json(const Place& p) {
  return {{"id", p.id},
          {"name", p.name},
          {"kind", std::string(to_string(p.kind))},
          {"country", text_or_null(p.country)},
          {"admin1", text_or_null(p.admin1)},
          {"lat", p.lat ? json(*p.lat) : json(nullptr)},
          {"lon", p.lon ? json(*p.lon) : json(nullptr)},
          {"geonames_id", p.geonames_id ? json(*p.geonames_id) : json(nullptr)},
          {"parent", text_or_null(p.parent)}};
}

json to_json(const Event& e) { return event_json(e, kAsIs); }
json to_json(const Relation& r) { return relation_json(r, kAsIs); }
json to_json(const Evidence& e) { return evidence_json(e, kAsIs); }

json kb_to_json(const KnowledgeBase& kb) {
  json docs = json::array(), actors = json::array(), places = json::array(), events = json::array(),
       relations = json::array();
  for (const auto& d : kb.documents) docs.push_back(to_json(d));
  for (const auto& a : kb.actors) actors.push_back(to_json(a));
  for (const auto& p : kb.places) places.push_back(to_json(p));
  for (const auto& e : kb.events) events.push_back(to_json(e));
  for (const auto& r : kb.relations) relations.push_back(to_json(r));
  return {{"format", "dossier-kb"}, {"version", 1},         {"documents", docs}, {"actors", actors},
          {"places", places},       {"events", events},     {"relations", relations}};
}

json annotation_to_json(const Document& doc) {
  const OffsetMap cp = [&doc](uint32_t b) { return doc.cp(b); };
  auto span = [&](Span s) { return json{{"start", doc.cp(s.start)}, {"end", doc.cp(s.end)}}; };
  DocumentMeta meta = doc.meta;
  if (meta.id.empty() && !meta.sha256.empty()) meta.id = document_id(meta.sha256);
  json body = json::array(), sentences = json::array(), mentions = json::array(), timexes = json::array(),
       quantities = json::array(), actors = json::array(), places = json::array(), events = json::array(),
       relations = json::array();
  for (const auto& b : doc.body) body.push_back(span(b));
  for (const auto& s : doc.sentences) sentences.push_back(span(s.span));
  // The contract links a mention to an actor or a place, or to nothing: a religious or ethnic
  // community the entity stage recognised ("community:shia") is neither, so it is written as null
  // (the mention and its NORP type stay).
  std::unordered_set<std::string_view> linkable;
  for (const auto& a : doc.actors) linkable.insert(a.id);
  for (const auto& p : doc.places) linkable.insert(p.id);
  for (const auto& m : doc.mentions) {
    json j = span(m.span);
    j["text"] = std::string(doc.slice(m.span));
    j["type"] = std::string(to_string(m.type));
    j["entity"] = linkable.count(m.entity) ? json(m.entity) : json(nullptr);
    mentions.push_back(std::move(j));
  }
  for (const auto& t : doc.timexes) {
    json j = span(t.span);
    j["text"] = std::string(doc.slice(t.span));
    j["type"] = std::string(to_string(t.type));
    j["value"] = text_or_null(t.value);
    timexes.push_back(std::move(j));
  }
  for (const auto& q : doc.quantities) {
    json j = span(q.span);
    j["text"] = std::string(doc.slice(q.span));
    j["low"] = q.low;
    j["high"] = q.high ? json(*q.high) : json(nullptr);
    j["unit"] = text_or_null(q.unit);
    quantities.push_back(std::move(j));
  }
  for (auto a : doc.actors) {
    if (a.documents.empty()) a.documents = {meta.id};
    actors.push_back(to_json(a));
  }
  for (const auto& p : doc.places) places.push_back(to_json(p));
  for (const auto& s : doc.events) {
    EventSource src = s;
    if (src.document.empty()) src.document = meta.id;
    for (auto& e : src.evidence)
      if (e.document.empty()) e.document = meta.id;
    events.push_back(event_json(event_of_source(src), cp));
  }
  for (auto r : doc.relations) {
    for (auto& e : r.evidence)
      if (e.document.empty()) e.document = meta.id;
    relations.push_back(relation_json(r, cp));
  }
  return {{"document", to_json(meta)}, {"text", doc.text},         {"body", body},         {"sentences", sentences},
          {"mentions", mentions},      {"timexes", timexes},       {"quantities", quantities}, {"actors", actors},
          {"places", places},          {"events", events},         {"relations", relations}};
}

}  // namespace dossier
