// CSV export: one row per consolidated event, with columns named and coded after the Global
// Terrorism Database codebook (eventid, iyear, imonth, iday, attacktype1_txt, targtype1_txt, gname,
// nkill, nwound ...) so analysts can load it beside GTD data. Figures keep our ranges: nkill is
// the consolidated best estimate, nkill_low/nkill_high the range (nkill_high empty = open-ended).
// Unknown day or month is 0, as in GTD; approxdate holds the date range when it is not one day.
// Quoting follows RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
#include <map>

#include "export/export.h"
#include "export/kb_index.h"

namespace dossier {

namespace {

std::string csv_field(const std::string& s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos || (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string attack_type_txt(EventType t) {
  switch (t) {
    case EventType::armed_assault: return "Armed Assault";
    case EventType::bombing:
    case EventType::suicide_bombing: return "Bombing/Explosion";
    case EventType::assassination: return "Assassination";
    case EventType::kidnapping: return "Hostage Taking (Kidnapping)";
    case EventType::hostage_taking: return "Hostage Taking (Barricade Incident)";
    case EventType::facility_attack: return "Facility/Infrastructure Attack";
    case EventType::unarmed_assault: return "Unarmed Assault";
    case EventType::hijacking: return "Hijacking";
    case EventType::security_operation: return "Security Operation";  // not a GTD attack type
    case EventType::other: return "Unknown";
  }
  return "Unknown";
}

std::string target_type_txt(const std::string& category) {
  static const std::map<std::string, std::string> kGtd = {
      {"business", "Business"},
      {"government", "Government (General)"},
      {"government_diplomatic", "Government (Diplomatic)"},
      {"police", "Police"},
      {"military", "Military"},
      {"abortion", "Abortion Related"},
      {"airports", "Airports & Aircraft"},
      {"educational", "Educational Institution"},
      {"food_water", "Food or Water Supply"},
      {"journalists", "Journalists & Media"},
      {"maritime", "Maritime"},
      {"ngo", "NGO"},
      {"other", "Other"},
      {"private_citizens", "Private Citizens & Property"},
      {"religious", "Religious Figures/Institutions"},
      {"telecommunication", "Telecommunication"},
      {"terrorists", "Terrorists/Non-State Militia"},
      {"tourists", "Tourists"},
      {"transportation", "Transportation"},
      {"utilities", "Utilities"},
      {"violent_political_party", "Violent Political Party"},
      {"unknown", "Unknown"},
  };
  if (category.empty()) return "";
  auto it = kGtd.find(category);
  if (it != kGtd.end()) return it->second;
  std::string out = category;  // not a GTD code: readable as is
  for (auto& c : out)
    if (c == '_') c = ' ';
  return out;
}

std::string weapon_type_txt(const std::string& w) {
  static const std::map<std::string, std::string> kGtd = {
      {"explosives", "Explosives"}, {"firearms", "Firearms"}, {"incendiary", "Incendiary"},
      {"melee", "Melee"},           {"vehicle", "Vehicle"},   {"other", "Other"}};
  auto it = kGtd.find(w);
  return it == kGtd.end() ? w : it->second;
}

std::string num(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : ""; }

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// GTD's geographic specificity: 1 the coordinates are the town's (or the building's); 2 a town
// with none of its own, the region's coordinates stand in; 3 to 5 no town, the coordinates of the
// second-order region, the first-order region or the country.
std::string specificity(const Place& place, const Place& located, bool in_a_town) {
  auto level = [](PlaceKind k) {
    switch (k) {
      case PlaceKind::city:
      case PlaceKind::facility:
        return 1;
      case PlaceKind::admin2:
        return 3;
      case PlaceKind::admin1:
        return 4;
      default:
        return 5;  // a country, or a region no state bounds
    }
  };
  if (&place == &located || level(located.kind) == 1) return std::to_string(level(located.kind));
  // A town (or a building in a town) with no coordinates of its own: its region's stand in.
  if (in_a_town) return "2";
  return std::to_string(level(located.kind));
}

}  // namespace

void write_csv(const KnowledgeBase& kb, std::ostream& out) {
  exporting::KbIndex index(kb);
  const std::vector<std::string> header = {
      "eventid",     "iyear",       "imonth",          "iday",          "approxdate",    "date_precision",
      "country",     "country_txt", "provstate",       "city",          "latitude",      "longitude",
      "specificity", "type",        "attacktype1_txt", "suicide",       "targtype1_txt", "target1",
      "gname",       "claimed",     "claimed_by",      "weaptype1_txt", "nkill",         "nkill_low",
      "nkill_high",  "nwound",      "nwound_low",      "nwound_high",   "nsources",      "sources",
      "summary"};
  for (size_t i = 0; i < header.size(); ++i) out << (i ? "," : "") << header[i];
  out << "\r\n";
  for (const auto& e : kb.events) {
    std::vector<std::string> row;
    row.push_back(e.id);
    if (e.date && e.date->start.valid()) {
      const auto& d = *e.date;
      bool month_known = d.precision == DatePrecision::day || d.precision == DatePrecision::week ||
                         d.precision == DatePrecision::month;
      row.push_back(std::to_string(d.start.y));
      row.push_back(month_known ? std::to_string(d.start.m) : "0");
      row.push_back(d.precision == DatePrecision::day ? std::to_string(d.start.d) : "0");
      row.push_back(d.precision == DatePrecision::day && d.start == d.end ? "" : d.start.iso() + "/" + d.end.iso());
      row.push_back(std::string(to_string(d.precision)));
    } else {
      row.insert(row.end(), {"", "", "", "", ""});
    }
    const Place* place = index.place(e.place);
    const Place* country = index.country_of(e.place);
    const Place* city = index.enclosing(e.place, PlaceKind::city);
    const Place* located = index.located(e.place);
    row.push_back(place ? place->country : "");
    row.push_back(country ? country->name : "");
    row.push_back(place ? place->admin1 : "");
    row.push_back(city ? city->name : "");
    row.push_back(located ? std::to_string(*located->lat) : "");
    row.push_back(located ? std::to_string(*located->lon) : "");
    row.push_back(located ? specificity(*place, *located, city != nullptr) : "");
    row.push_back(std::string(to_string(e.type)));
    row.push_back(attack_type_txt(e.type));
    row.push_back(e.type == EventType::suicide_bombing ? "1" : "0");
    row.push_back(e.targets.empty() ? "" : target_type_txt(e.targets[0].category));
    row.push_back(e.targets.empty() ? "" : e.targets[0].text);
    std::vector<std::string> names;
    for (const auto& p : e.perpetrators) names.push_back(index.actor_name(p));
    row.push_back(names.empty() ? "Unknown" : join(names, "; "));
    row.push_back(e.claimed_by.empty() ? "0" : "1");
    names.clear();
    for (const auto& p : e.claimed_by) names.push_back(index.actor_name(p));
    row.push_back(join(names, "; "));
    row.push_back(e.weapons.empty() ? "" : weapon_type_txt(e.weapons[0]));
    for (const auto& c : {e.killed, e.injured}) {
      row.push_back(c ? std::to_string(c->best) : "");
      row.push_back(c ? std::to_string(c->low) : "");
      row.push_back(c ? num(c->high) : "");
    }
    std::vector<std::string> docs;
    for (const auto& s : e.sources) docs.push_back(s.document);
    row.push_back(std::to_string(e.sources.size()));
    row.push_back(join(docs, ";"));
    std::string summary;
    for (const auto& s : e.sources)
      if (!s.evidence.empty()) {
        summary = s.evidence[0].text;
        break;
      }
    for (auto& c : summary)
      if (c == '\n' || c == '\r') c = ' ';
    row.push_back(summary);
    for (size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << csv_field(row[i]);
    out << "\r\n";
  }
}

}  // namespace dossier
