// The data model: a Document owns its analysed text; every other record is a
// plain struct holding byte ranges into that one text, plus the knowledge-base
// records (Actor, Place, Event, Relation) that the per-document stages produce
// and the merge step consolidates.
//
// Offsets. Internally every `start`/`end` is a BYTE offset into
// `Document::text` (UTF-8, start inclusive, end exclusive), because the
// scanners (RE2, hand-written lexers) work on bytes. The outside interfaces
// (spec §3) speak Unicode code points; `Document::cp()` converts at output
// time, and nowhere else.
//
// Ids. Every id is derived from content (document bytes, canonical names,
// spans), never from counters, so the same input gives the same ids on every
// run and in every order.
//
// Thread-safety: these are values. A Document is owned by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// A half-open byte range [start, end) into Document::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(uint32_t pos) const { return pos >= start && pos < end; }
  bool overlaps(Span o) const { return start < o.end && o.start < end; }
  bool operator==(const Span&) const = default;
};

// A calendar day. y == 0 means "no date".
struct Date {
  int y = 0, m = 0, d = 0;
  bool valid() const { return y != 0; }
  std::string iso() const;  // YYYY-MM-DD (or YYYY-MM / YYYY when m/d are 0)
  static std::optional<Date> parse_iso(std::string_view s);  // YYYY-MM-DD[...]
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

enum class DatePrecision : uint8_t { day, week, month, season, year };
std::string_view to_string(DatePrecision p);
std::optional<DatePrecision> date_precision_from(std::string_view s);

// When something happened, as a closed interval of days and how precise the
// source was. "July 2015" is {2015-07-01, 2015-07-31, month}.
struct DateRange {
  Date start, end;
  DatePrecision precision = DatePrecision::day;
  bool operator==(const DateRange&) const = default;
};

// ---------------------------------------------------------------------------
// Text layers

enum TokenFlags : uint16_t {
  kTokWord = 1 << 0,       // letters (possibly with inner ' - .)
  kTokNumber = 1 << 1,     // starts with a digit: 59, 10,000-12,000, 1.5
  kTokPunct = 1 << 2,      // punctuation or symbol
  kTokCapitalized = 1 << 3,// first letter upper case
  kTokAllCaps = 1 << 4,    // every letter upper case (and at least two letters, or "I.S.")
  kTokAbbrev = 1 << 5,     // ends with '.' that belongs to the token (Gen., U.S.)
  kTokSpaceBefore = 1 << 6,// whitespace precedes it
  kTokNewlineBefore = 1 << 7, // a line break precedes it
  kTokQuote = 1 << 8,      // a quotation mark, straight or curly
  kTokDash = 1 << 9,       // -, –, —
};

struct Token {
  Span span;
  uint16_t flags = 0;
  // Lower-cased, NFC, with curly quotes and dashes folded to ASCII. Owned by
  // the token so stages can compare without re-normalizing.
  std::string norm;
  bool has(uint16_t f) const { return (flags & f) != 0; }
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t end_token = 0;    // one past the last token
};

// Entity mention types of spec §3.
enum class MentionType : uint8_t {
  PERSON, ARMED_GROUP, ORG, STATE_ACTOR, GPE, LOC, FACILITY, NORP, WEAPON
};
std::string_view to_string(MentionType t);
std::optional<MentionType> mention_type_from(std::string_view s);

// How a mention refers: by name ("Lashkar-e-Jhangvi"), by description
// ("the group") or by pronoun ("it", "they").
enum class MentionForm : uint8_t { name, nominal, pronoun };

struct Mention {
  Span span;
  MentionType type = MentionType::ORG;
  MentionForm form = MentionForm::name;
  std::string entity;       // actor or place id, empty = unresolved
  float score = 1.0f;       // recognizer confidence
  // True for bylines, photo credits, agencies, outlets: document metadata,
  // never an actor in an event or relation.
  bool metadata = false;
};

enum class TimexType : uint8_t { DATE, TIME, DURATION, SET };
std::string_view to_string(TimexType t);

struct Timex {
  Span span;
  TimexType type = TimexType::DATE;
  std::string value;            // TIMEX3 value: 2016-10-24, 2016-W43, P5H, PAST_REF ...
  std::string mod;              // TIMEX3 mod: BEFORE, AFTER, MID, APPROX ... or empty
  // The interval the value denotes, when it is a calendar date (empty for
  // durations, sets, and relative values with no anchor).
  std::optional<DateRange> range;
};

// A counted quantity ("more than 60 people", "nearly fifty", "hundreds").
struct Quantity {
  Span span;
  int64_t low = 0;
  std::optional<int64_t> high;  // nullopt = open-ended ("more than 60")
  std::string unit;             // "people", "soldiers", "fighters", ... or ""
  std::string qualifier;        // "more than", "at least", "nearly", "" ...
};

// ---------------------------------------------------------------------------
// Knowledge-base records (spec §2)

enum class ActorKind : uint8_t { armed_group, person, state_actor, organization, country };
std::string_view to_string(ActorKind k);
std::optional<ActorKind> actor_kind_from(std::string_view s);

struct AliasSource {
  std::string alias;
  std::string document;  // document id that added it, empty = known from the lexicon
};

// A position a person holds, as the text says it ("spokesman", "army chief").
struct Role {
  std::string title;
  std::string of;        // actor id of the organisation, may be empty
  std::string document;  // where it was said
};

struct Actor {
  std::string id;
  std::string name;  // canonical
  ActorKind kind = ActorKind::organization;
  std::vector<std::string> aliases;  // every surface form seen or known
  std::vector<AliasSource> alias_sources;
  std::string parent;                // actor id or empty
  std::string country;               // ISO 3166-1 alpha-2 or empty
  std::string wikidata;              // Q-id or empty
  std::vector<Role> roles;
  std::vector<std::string> documents;
};

enum class PlaceKind : uint8_t { country, admin1, admin2, city, region, facility };
std::string_view to_string(PlaceKind k);
std::optional<PlaceKind> place_kind_from(std::string_view s);

struct Place {
  std::string id;
  std::string name;
  PlaceKind kind = PlaceKind::city;
  std::string country;  // ISO alpha-2
  std::string admin1;   // name
  std::optional<double> lat, lon;
  std::optional<int64_t> geonames_id;
  std::string parent;   // place id or empty
};

struct Evidence {
  std::string document;
  Span span;          // byte span of the sentence in that document
  std::string text;   // the sentence
  // Relation evidence in the knowledge base: who says so in this source (actor id or text,
  // "" = the outlet). A relation merged from several sources keeps each one's speaker here.
  std::string said_by;
};

enum class EventType : uint8_t {
  armed_assault, bombing, suicide_bombing, assassination, kidnapping, hostage_taking,
  facility_attack, unarmed_assault, hijacking, security_operation, other
};
std::string_view to_string(EventType t);
std::optional<EventType> event_type_from(std::string_view s);

enum class ArgumentRole : uint8_t {
  perpetrator_org, perpetrator_individual, target, victim, weapon, place, time
};
std::string_view to_string(ArgumentRole r);
std::optional<ArgumentRole> argument_role_from(std::string_view s);

struct Argument {
  ArgumentRole role = ArgumentRole::target;
  std::string text;
  Span span;            // in the source document
  std::string entity;   // linked actor/place id, may be empty
};

struct Target {
  std::string text;
  std::string category;  // GTD target type, snake_case: police, military, religious ...
};

// A casualty count as sources give it. high == nullopt means open-ended.
struct CountRange {
  int64_t low = 0;
  std::optional<int64_t> high;
  bool operator==(const CountRange&) const = default;
};
// "59", "59-61", or "at least 61" for an open range (low is inclusive, so
// "more than 60" reads back as "at least 61").
std::string to_string(const CountRange& c);

// A consolidated casualty figure across sources.
struct CasualtyEstimate {
  int64_t best = 0;
  int64_t low = 0;
  std::optional<int64_t> high;
};

// One document's account of one event.
struct EventSource {
  std::string id;        // stable id of this per-document event
  std::string document;
  EventType type = EventType::other;
  std::optional<DateRange> date;
  std::string place;
  std::vector<Target> targets;
  std::vector<std::string> perpetrators;  // actor ids
  std::vector<std::string> claimed_by;    // actor ids
  std::vector<std::string> blamed_by;     // who blamed (actor ids or text), informational
  std::vector<std::string> weapons;       // explosives, firearms, ...
  std::optional<CountRange> killed, injured;
  std::vector<Argument> arguments;
  std::vector<Evidence> evidence;
  bool background = false;  // mentioned for context, not the article's news
};

struct Event {
  std::string id;
  EventType type = EventType::other;
  std::optional<DateRange> date;
  std::string place;
  std::vector<Target> targets;
  std::vector<std::string> perpetrators, claimed_by, weapons;
  std::optional<CasualtyEstimate> killed, injured;
  std::vector<EventSource> sources;
};

enum class RelationType : uint8_t {
  cooperates_with, affiliated_with, pledged_allegiance_to, faction_of, split_from, rival_of,
  funded_by, leader_of, spokesperson_of, member_of, holds_position
};
std::string_view to_string(RelationType t);
std::optional<RelationType> relation_type_from(std::string_view s);

enum class Polarity : uint8_t { asserted, denied };
std::string_view to_string(Polarity p);

struct Relation {
  std::string id;
  RelationType type = RelationType::affiliated_with;
  std::string subject, object;  // actor ids
  std::string role;             // holds_position: the title
  Polarity polarity = Polarity::asserted;
  std::optional<DateRange> date;
  std::string attributed_to;    // actor id or source text; empty = the outlet itself
  double confidence = 0.5;
  std::vector<Evidence> evidence;
};

// ---------------------------------------------------------------------------
// The document

enum class PublishedHow : uint8_t { none, metadata, dateline, text, inferred };
std::string_view to_string(PublishedHow h);  // "" for none
PublishedHow published_how_from(std::string_view s);

struct DocumentMeta {
  std::string id;                   // derived from sha256
  std::string path;                 // as given to ingest, or the URL
  std::string title;                // empty = null
  std::vector<std::string> publisher;
  std::vector<std::string> authors;
  std::optional<Date> published;
  PublishedHow published_how = PublishedHow::none;
  // With published_how = inferred, `published` is the earliest date the document can have been
  // published and this the latest: the window inferred from dated reports of the same events.
  std::optional<Date> published_latest;
  // The date relative expressions are resolved against: the publication date, or for an
  // inferred window its end (a past-tense "on Wednesday" is the latest such day the report can
  // mean; windows are kept under a week, so the weekday is not ambiguous).
  std::optional<Date> reference_date() const {
    if (published_how == PublishedHow::inferred && published_latest) return published_latest;
    return published;
  }
  std::string dateline;             // place id, empty = null
  std::string dateline_text;        // "DERA ISMAIL KHAN, Pakistan" as written, empty = none
  std::string sha256;               // hex of the bytes read
  std::string format;               // text, html, jsonl, warc, rss
};

// Which layers of a Document a stage reads or writes (see pipeline.h).
enum Layer : uint32_t {
  kLayerText = 1 << 0,
  kLayerMeta = 1 << 1,
  kLayerBody = 1 << 2,
  kLayerTokens = 1 << 3,
  kLayerSentences = 1 << 4,
  kLayerDocDate = 1 << 5,
  kLayerTimexes = 1 << 6,
  kLayerQuantities = 1 << 7,
  kLayerMentions = 1 << 8,
  kLayerEntities = 1 << 9,  // actors/places linked, coreference resolved
  kLayerEvents = 1 << 10,
  kLayerRelations = 1 << 11,
};

struct Document {
  DocumentMeta meta;
  std::string text;           // analysed text, valid UTF-8
  std::vector<Span> body;     // the article body; everything else is boilerplate
  // Site furniture among the boilerplate: share and print widgets, site notices, navigation and
  // what follows the article (comment forms, related links). Sorted, non-overlapping, outside
  // `body`. Internal only (not stored or exported): no stage reads a mention there.
  std::vector<Span> furniture;
  std::vector<Token> tokens;  // sorted by start, non-overlapping
  std::vector<Sentence> sentences;  // sorted, non-overlapping, cover body tokens
  std::vector<Mention> mentions;    // sorted by start
  std::vector<Timex> timexes;       // sorted by start
  std::vector<Quantity> quantities; // sorted by start
  std::vector<Actor> actors;        // actors this document's mentions link to
  std::vector<Place> places;        // places this document's mentions link to
  std::vector<EventSource> events;
  std::vector<Relation> relations;

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.start, s.size()); }
  // Byte offset -> code point offset (for output). Built lazily, O(log n).
  uint32_t cp(uint32_t byte_offset) const;
  // Is this byte offset inside the article body?
  bool in_body(uint32_t pos) const;
  bool in_furniture(uint32_t pos) const;  // inside one of the furniture spans
  // Index of the sentence containing byte offset pos, or -1.
  int sentence_at(uint32_t pos) const;
  // Index of the first token with start >= pos.
  uint32_t token_at_or_after(uint32_t pos) const;
  const Actor* find_actor(std::string_view id) const;
  const Place* find_place(std::string_view id) const;
  Evidence evidence_for(Span span) const;  // the sentence around span

 private:
  mutable std::vector<uint32_t> cp_index_;  // code point offset at every 64th byte
};

}  // namespace dossier
