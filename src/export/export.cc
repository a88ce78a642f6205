// write_export: the format name -> the writer.
#include "export/export.h"

#include "export/json.h"

namespace dossier {

const std::vector<std::string>& export_formats() {
  static const std::vector<std::string> kFormats = {"json", "csv", "graphml", "gexf", "stix", "geojson"};
  return kFormats;
}

Status write_export(const KnowledgeBase& kb, std::string_view format, std::ostream& out) {
  if (format == "json") out << kb_to_json(kb).dump(2) << "\n";
  else if (format == "csv") write_csv(kb, out);
  else if (format == "graphml") write_graphml(kb, out);
  else if (format == "gexf") write_gexf(kb, out);
  else if (format == "stix") write_stix(kb, out);
  else if (format == "geojson") write_geojson(kb, out);
  else
    return Status(StatusCode::unsupported,
                  "export: unknown format '" + std::string(format) + "' (json, csv, graphml, gexf, stix, geojson)");
  out.flush();
  if (!out) return Status(StatusCode::io_error, "export: writing the " + std::string(format) + " output failed");
  return Status::ok();
}

}  // namespace dossier
