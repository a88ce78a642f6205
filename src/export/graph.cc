// The actor network as a graph file: actors are nodes (label, kind, aliases, parent, country),
// relations are directed edges subject -> object (type, polarity, confidence, role,
// attributed_to, dates, number of evidence sentences). Parallel edges are kept: two relations
// between the same actors (asserted and denied, or two types) are two edges.
//
// GraphML follows the GraphML 1.0 schema with typed <key>s. GEXF is 1.2 (the version Gephi and
// networkx read) in dynamic mode: an edge's start/end come from its relation's date, so Gephi's
// timeline shows the network changing; undated relations have no start/end (always present).
// Endpoints not among the actors (an id a relation names but no actor record) become nodes of
// kind "unknown" so every edge has both ends. Text is XML-escaped; characters XML 1.0 forbids
// are dropped.
#include <set>

#include "export/export.h"
#include "export/kb_index.h"

namespace dossier {

namespace {

std::string xml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// A full calendar day for GEXF's timeformat="date": a year or month alone becomes its first day
// (start) or last day (end).
std::string day_iso(const Date& d, bool end) {
  Date x = d;
  if (x.m == 0) x.m = end ? 12 : 1;
  if (x.d == 0) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (x.y % 4 == 0 && x.y % 100 != 0) || x.y % 400 == 0;
    x.d = end ? kDays[x.m - 1] + (x.m == 2 && leap) : 1;
  }
  return x.iso();
}

std::string confidence_text(double c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", c);
  return buf;
}

// Every node of the graph: the actors, then relation endpoints with no actor record.
struct Node {
  std::string id, label, kind, aliases, parent, country;
};

std::vector<Node> graph_nodes(const KnowledgeBase& kb) {
  std::vector<Node> nodes;
  std::set<std::string> have;
  for (const auto& a : kb.actors) {
    nodes.push_back({a.id, a.name, std::string(to_string(a.kind)), join(a.aliases, "|"), a.parent, a.country});
    have.insert(a.id);
  }
  for (const auto& r : kb.relations)
    for (const auto* id : {&r.subject, &r.object})
      if (have.insert(*id).second) nodes.push_back({*id, *id, "unknown", "", "", ""});
  return nodes;
}

}  // namespace

void write_graphml(const KnowledgeBase& kb, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  struct Key {
    const char* id;
    const char* for_;
    const char* name;
    const char* type;
  };
  const Key keys[] = {
      {"n_label", "node", "label", "string"},         {"n_kind", "node", "kind", "string"},
      {"n_aliases", "node", "aliases", "string"},     {"n_parent", "node", "parent", "string"},
      {"n_country", "node", "country", "string"},     {"e_type", "edge", "type", "string"},
      {"e_polarity", "edge", "polarity", "string"},   {"e_confidence", "edge", "confidence", "double"},
      {"e_role", "edge", "role", "string"},           {"e_attributed_to", "edge", "attributed_to", "string"},
      {"e_start", "edge", "start", "string"},         {"e_end", "edge", "end", "string"},
      {"e_precision", "edge", "date_precision", "string"}, {"e_evidence", "edge", "evidence_count", "int"},
  };
  for (const auto& k : keys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.name << "\" attr.type=\""
        << k.type << "\"/>\n";
  out << "  <graph id=\"dossier\" edgedefault=\"directed\">\n";
  auto data = [&](const char* key, const std::string& v) {
    if (!v.empty()) out << "      <data key=\"" << key << "\">" << xml(v) << "</data>\n";
  };
  for (const auto& n : graph_nodes(kb)) {
    out << "    <node id=\"" << xml(n.id) << "\">\n";
    data("n_label", n.label);
    data("n_kind", n.kind);
    data("n_aliases", n.aliases);
    data("n_parent", n.parent);
    data("n_country", n.country);
    out << "    </node>\n";
  }
  for (const auto& r : kb.relations) {
    out << "    <edge id=\"" << xml(r.id) << "\" source=\"" << xml(r.subject) << "\" target=\"" << xml(r.object)
        << "\">\n";
    data("e_type", std::string(to_string(r.type)));
    data("e_polarity", std::string(to_string(r.polarity)));
    data("e_confidence", confidence_text(r.confidence));
    data("e_role", r.role);
    data("e_attributed_to", r.attributed_to);
    if (r.date && r.date->start.valid()) {
      data("e_start", r.date->start.iso());
      data("e_end", (r.date->end.valid() ? r.date->end : r.date->start).iso());
      data("e_precision", std::string(to_string(r.date->precision)));
    }
    data("e_evidence", std::to_string(r.evidence.size()));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

void write_gexf(const KnowledgeBase& kb, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
         "version=\"1.2\">\n"
         "  <meta>\n    <creator>dossier</creator>\n    <description>Actors and the relations between them, "
         "from news reports</description>\n  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
         "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
         "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
         "      <attribute id=\"parent\" title=\"parent\" type=\"string\"/>\n"
         "      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\" mode=\"static\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"polarity\" title=\"polarity\" type=\"string\"/>\n"
         "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
         "      <attribute id=\"role\" title=\"role\" type=\"string\"/>\n"
         "      <attribute id=\"attributed_to\" title=\"attributed_to\" type=\"string\"/>\n"
         "      <attribute id=\"date_precision\" title=\"date_precision\" type=\"string\"/>\n"
         "      <attribute id=\"evidence_count\" title=\"evidence_count\" type=\"integer\"/>\n"
         "    </attributes>\n";
  auto attvalue = [&](const char* id, const std::string& v) {
    if (!v.empty()) out << "          <attvalue for=\"" << id << "\" value=\"" << xml(v) << "\"/>\n";
  };
  out << "    <nodes>\n";
  for (const auto& n : graph_nodes(kb)) {
    out << "      <node id=\"" << xml(n.id) << "\" label=\"" << xml(n.label) << "\">\n        <attvalues>\n";
    attvalue("kind", n.kind);
    attvalue("aliases", n.aliases);
    attvalue("parent", n.parent);
    attvalue("country", n.country);
    out << "        </attvalues>\n      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (const auto& r : kb.relations) {
    out << "      <edge id=\"" << xml(r.id) << "\" source=\"" << xml(r.subject) << "\" target=\"" << xml(r.object)
        << "\" label=\"" << to_string(r.type) << "\" weight=\"" << confidence_text(r.confidence) << "\"";
    if (r.date && r.date->start.valid())
      out << " start=\"" << day_iso(r.date->start, false) << "\" end=\""
          << day_iso(r.date->end.valid() ? r.date->end : r.date->start, true) << "\"";
    out << ">\n        <attvalues>\n";
    attvalue("type", std::string(to_string(r.type)));
    attvalue("polarity", std::string(to_string(r.polarity)));
    attvalue("confidence", confidence_text(r.confidence));
    attvalue("role", r.role);
    attvalue("attributed_to", r.attributed_to);
    if (r.date && r.date->start.valid()) attvalue("date_precision", std::string(to_string(r.date->precision)));
    attvalue("evidence_count", std::to_string(r.evidence.size()));
    out << "        </attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace dossier
