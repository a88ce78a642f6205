#include "dossier/document.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "dossier/status.h"

namespace dossier {

namespace {
// Name tables: the enum's order is the table's order.
template <typename E, size_t N>
std::string_view name_of(E e, const std::array<std::string_view, N>& names) {
  auto i = static_cast<size_t>(e);
  return i < N ? names[i] : std::string_view("?");
}
template <typename E, size_t N>
std::optional<E> parse_name(std::string_view s, const std::array<std::string_view, N>& names) {
  for (size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

constexpr std::array<std::string_view, 5> kPrecision{"day", "week", "month", "season", "year"};
constexpr std::array<std::string_view, 9> kMention{"PERSON", "ARMED_GROUP", "ORG", "STATE_ACTOR", "GPE",
                                                   "LOC", "FACILITY", "NORP", "WEAPON"};
constexpr std::array<std::string_view, 4> kTimex{"DATE", "TIME", "DURATION", "SET"};
constexpr std::array<std::string_view, 5> kActorKind{"armed_group", "person", "state_actor", "organization",
                                                     "country"};
constexpr std::array<std::string_view, 6> kPlaceKind{"country", "admin1", "admin2", "city", "region", "facility"};
constexpr std::array<std::string_view, 11> kEventType{
    "armed_assault", "bombing",   "suicide_bombing", "assassination",     "kidnapping", "hostage_taking",
    "facility_attack", "unarmed_assault", "hijacking", "security_operation", "other"};
constexpr std::array<std::string_view, 7> kArgRole{
    "perpetrator_org", "perpetrator_individual", "target", "victim", "weapon", "place", "time"};
constexpr std::array<std::string_view, 11> kRelType{
    "cooperates_with", "affiliated_with", "pledged_allegiance_to", "faction_of", "split_from", "rival_of",
    "funded_by", "leader_of", "spokesperson_of", "member_of", "holds_position"};
constexpr std::array<std::string_view, 2> kPolarity{"asserted", "denied"};
constexpr std::array<std::string_view, 5> kHow{"", "metadata", "dateline", "text", "inferred"};
constexpr std::array<std::string_view, 8> kStatus{"ok",       "not_found",   "invalid_input", "unsupported",
                                                  "too_large", "io_error",   "store_error",   "internal"};
}  // namespace

std::string_view to_string(DatePrecision p) { return name_of(p, kPrecision); }

std::string to_string(const CountRange& c) {
  if (!c.high) return "at least " + std::to_string(c.low);
  if (*c.high == c.low) return std::to_string(c.low);
  return std::to_string(c.low) + "-" + std::to_string(*c.high);
}
std::optional<DatePrecision> date_precision_from(std::string_view s) { return parse_name<DatePrecision>(s, kPrecision); }
std::string_view to_string(MentionType t) { return name_of(t, kMention); }
std::optional<MentionType> mention_type_from(std::string_view s) { return parse_name<MentionType>(s, kMention); }
std::string_view to_string(TimexType t) { return name_of(t, kTimex); }
std::string_view to_string(ActorKind k) { return name_of(k, kActorKind); }
std::optional<ActorKind> actor_kind_from(std::string_view s) { return parse_name<ActorKind>(s, kActorKind); }
std::string_view to_string(PlaceKind k) { return name_of(k, kPlaceKind); }
std::optional<PlaceKind> place_kind_from(std::string_view s) { return parse_name<PlaceKind>(s, kPlaceKind); }
std::string_view to_string(EventType t) { return name_of(t, kEventType); }
std::optional<EventType> event_type_from(std::string_view s) { return parse_name<EventType>(s, kEventType); }
std::string_view to_string(ArgumentRole r) { return name_of(r, kArgRole); }
std::optional<ArgumentRole> argument_role_from(std::string_view s) { return parse_name<ArgumentRole>(s, kArgRole); }
std::string_view to_string(RelationType t) { return name_of(t, kRelType); }
std::optional<RelationType> relation_type_from(std::string_view s) { return parse_name<RelationType>(s, kRelType); }
std::string_view to_string(Polarity p) { return name_of(p, kPolarity); }
std::string_view to_string(PublishedHow h) { return name_of(h, kHow); }
PublishedHow published_how_from(std::string_view s) {
  if (s.empty()) return PublishedHow::none;
  return parse_name<PublishedHow>(s, kHow).value_or(PublishedHow::none);
}
std::string_view to_string(StatusCode c) { return name_of(c, kStatus); }

std::string Status::to_string() const {
  if (is_ok()) return "ok";
  return std::string(dossier::to_string(code_)) + ": " + message_;
}

std::string Date::iso() const {
  char buf[16];
  if (!valid()) return "";
  if (m == 0) std::snprintf(buf, sizeof buf, "%04d", y);
  else if (d == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::optional<Date> Date::parse_iso(std::string_view s) {
  auto num = [&](size_t pos, size_t len) -> int {
    if (s.size() < pos + len) return -1;
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  Date d;
  d.y = num(0, 4);
  if (d.y <= 0) return std::nullopt;
  if (s.size() >= 7 && s[4] == '-') {
    d.m = num(5, 2);
    if (d.m < 1 || d.m > 12) return std::nullopt;
    if (s.size() >= 10 && s[7] == '-') {
      d.d = num(8, 2);
      static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      if (d.d < 1 || d.d > kDays[d.m - 1]) return std::nullopt;
      bool leap = (d.y % 4 == 0 && d.y % 100 != 0) || d.y % 400 == 0;
      if (d.m == 2 && d.d == 29 && !leap) return std::nullopt;
    }
  }
  return d;
}

uint32_t Document::cp(uint32_t byte_offset) const {
  constexpr uint32_t kStride = 64;
  if (cp_index_.empty()) {
    cp_index_.reserve(text.size() / kStride + 2);
    uint32_t n = 0;
    for (uint32_t i = 0; i < text.size(); ++i) {
      if (i % kStride == 0) cp_index_.push_back(n);
      n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
    cp_index_.push_back(n);
  }
  if (byte_offset >= text.size()) return cp_index_.back() + (byte_offset - static_cast<uint32_t>(text.size()));
  uint32_t block = byte_offset / kStride;
  uint32_t n = cp_index_[block];
  for (uint32_t i = block * kStride; i < byte_offset; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

bool Document::in_body(uint32_t pos) const {
  for (const auto& b : body)
    if (b.contains(pos)) return true;
  return false;
}

bool Document::in_furniture(uint32_t pos) const {
  for (const auto& f : furniture)
    if (f.contains(pos)) return true;
  return false;
}

int Document::sentence_at(uint32_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.start; });
  if (it == sentences.begin()) return -1;
  --it;
  if (pos < it->span.end) return static_cast<int>(it - sentences.begin());
  return -1;
}

uint32_t Document::token_at_or_after(uint32_t pos) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                             [](const Token& t, uint32_t p) { return t.span.start < p; });
  return static_cast<uint32_t>(it - tokens.begin());
}

const Actor* Document::find_actor(std::string_view id) const {
  for (const auto& a : actors)
    if (a.id == id) return &a;
  return nullptr;
}

const Place* Document::find_place(std::string_view id) const {
  for (const auto& p : places)
    if (p.id == id) return &p;
  return nullptr;
}

Evidence Document::evidence_for(Span span) const {
  Evidence e;
  e.document = meta.id;
  int s = sentence_at(span.start);
  e.span = s >= 0 ? sentences[static_cast<size_t>(s)].span : span;
  e.text = std::string(slice(e.span));
  return e;
}

}  // namespace dossier
