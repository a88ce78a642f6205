// The store over SQL, shared by SQLite and PostgreSQL.
//
// Writes: put_document() stores one analysed document in its per-document tables (documents,
// mentions, doc_actors, places/doc_places, event_sources + event_arguments + evidence,
// relation_mentions + evidence), converting byte spans to code points. The documents row goes
// first with ON CONFLICT DO NOTHING: when the sha256 (or id) is there already nothing else is
// written and the call returns false, so the database, not a check-then-insert race, makes
// ingest idempotent.
//
// rebuild_knowledge_base() reads every per-document record back, runs the merge functions
// (merge/merge.h: pure and order-independent) and rewrites the consolidated tables (actors,
// actor_aliases, actor_documents, events, event_actors, event_members, relations). Consolidation
// is therefore always a function of the set of stored documents.
//
// Reads: filters become WHERE clauses over indexed columns. An actor filter expands to the actor
// and its factions (recursive over actors.parent); a place filter to the place and every place
// inside it (recursive over places.parent). Events come back ordered by date.
#include "store/sql_store.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "core/ids.h"
#include "core/utf8.h"

namespace dossier::store {

using nlohmann::json;

namespace {

std::string strings_json(const std::vector<std::string>& v) { return json(v).dump(); }

std::vector<std::string> parse_strings(const std::string& text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  auto j = json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& x : j)
    if (x.is_string()) out.push_back(x.get<std::string>());
  return out;
}

std::string targets_json(const std::vector<Target>& targets) {
  json a = json::array();
  for (const auto& t : targets) a.push_back({{"text", t.text}, {"category", t.category}});
  return a.dump();
}

std::vector<Target> parse_targets(const std::string& text) {
  std::vector<Target> out;
  auto j = json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& x : j) out.push_back({x.value("text", ""), x.value("category", "")});
  return out;
}

std::string roles_json(const std::vector<Role>& roles) {
  json a = json::array();
  for (const auto& r : roles) a.push_back({{"title", r.title}, {"of", r.of}, {"document", r.document}});
  return a.dump();
}

std::vector<Role> parse_roles(const std::string& text) {
  std::vector<Role> out;
  auto j = json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& x : j) out.push_back({x.value("title", ""), x.value("of", ""), x.value("document", "")});
  return out;
}

std::string evidence_json(const std::vector<Evidence>& ev) {
  json a = json::array();
  for (const auto& e : ev) {
    json x = {{"document", e.document}, {"start", e.span.start}, {"end", e.span.end}, {"text", e.text}};
    if (!e.said_by.empty()) x["said_by"] = e.said_by;
    a.push_back(std::move(x));
  }
  return a.dump();
}

std::vector<Evidence> parse_evidence(const std::string& text) {
  std::vector<Evidence> out;
  auto j = json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& x : j) {
    Evidence e;
    e.document = x.value("document", "");
    e.span.start = x.value("start", 0u);
    e.span.end = x.value("end", 0u);
    e.text = x.value("text", "");
    e.said_by = x.value("said_by", "");
    out.push_back(std::move(e));
  }
  return out;
}

void push_date(SqlParams& p, const std::optional<DateRange>& d) {
  if (d && d->start.valid()) {
    p.emplace_back(d->start.iso());
    p.emplace_back((d->end.valid() ? d->end : d->start).iso());
    p.emplace_back(std::string(to_string(d->precision)));
  } else {
    p.insert(p.end(), 3, SqlValue{});
  }
}

std::optional<DateRange> read_date(const SqlRow& r, size_t i) {
  if (r.null(i)) return std::nullopt;
  auto s = Date::parse_iso(r.str(i));
  if (!s) return std::nullopt;
  DateRange d;
  d.start = *s;
  d.end = Date::parse_iso(r.str(i + 1)).value_or(*s);
  d.precision = date_precision_from(r.str(i + 2)).value_or(DatePrecision::day);
  return d;
}

std::optional<CountRange> read_count(const SqlRow& r, size_t i) {
  if (r.null(i)) return std::nullopt;
  return CountRange{r.i64(i), r.opt_i64(i + 1)};
}

std::optional<CasualtyEstimate> read_estimate(const SqlRow& r, size_t i) {
  if (r.null(i)) return std::nullopt;
  return CasualtyEstimate{r.i64(i), r.i64(i + 1), r.opt_i64(i + 2)};
}

std::string placeholders(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

// "(?,?,...)" with n placeholders. (Built by appending: GCC 12 warns falsely on "(" + string.)
std::string in_list(size_t n) {
  std::string s(1, '(');
  s += placeholders(n);
  s += ')';
  return s;
}

// Days since 1970-01-01 (proleptic Gregorian) and back; a missing month or day counts as 1.
int64_t day_number(const Date& d) {
  int y = d.y, m = d.m ? d.m : 1, dd = d.d ? d.d : 1;
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

Date date_of_day(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Date d;
  d.d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.y = static_cast<int>(yoe + era * 400 + (d.m <= 2));
  return d;
}

// IN lists are cut into chunks of this many values.
constexpr size_t kInChunk = 500;

std::string limit_clause(size_t limit) { return limit ? " LIMIT " + std::to_string(limit) : std::string(); }

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool filter_is_empty(const KbFilter& f) {
  return f.actor.empty() && f.place.empty() && !f.from && !f.to && f.type.empty() && !f.min_killed &&
         !f.asserted_only && f.limit == 0;
}

// A WHERE clause under construction.
struct Where {
  std::vector<std::string> conds;
  SqlParams params;
  void add(std::string cond) { conds.push_back(std::move(cond)); }
  void add_in(const std::string& column, const std::vector<std::string>& values) {
    conds.push_back(column + " IN (" + placeholders(values.size()) + ")");
    for (const auto& v : values) params.emplace_back(v);
  }
  std::string sql() const {
    std::string s;
    for (size_t i = 0; i < conds.size(); ++i) s += (i ? " AND " : " WHERE ") + conds[i];
    return s;
  }
};

const char* kEventSourceColumns =
    "id, document, type, date_start, date_end, date_precision, place, targets, perpetrators, claimed_by, "
    "blamed_by, weapons, killed_low, killed_high, injured_low, injured_high, background";

EventSource read_event_source(const SqlRow& r) {
  EventSource s;
  s.id = r.str(0);
  s.document = r.str(1);
  s.type = event_type_from(r.str(2)).value_or(EventType::other);
  s.date = read_date(r, 3);
  s.place = r.str(6);
  s.targets = parse_targets(r.str(7));
  s.perpetrators = parse_strings(r.str(8));
  s.claimed_by = parse_strings(r.str(9));
  s.blamed_by = parse_strings(r.str(10));
  s.weapons = parse_strings(r.str(11));
  s.killed = read_count(r, 12);
  s.injured = read_count(r, 14);
  s.background = r.i64(16) != 0;
  return s;
}

Argument read_argument(const SqlRow& r, size_t i) {
  Argument a;
  a.role = argument_role_from(r.str(i)).value_or(ArgumentRole::target);
  a.text = r.str(i + 1);
  a.span = {static_cast<uint32_t>(r.i64(i + 2)), static_cast<uint32_t>(r.i64(i + 3))};
  a.entity = r.str(i + 4);
  return a;
}

Evidence read_evidence_row(const SqlRow& r, size_t i) {
  Evidence e;
  e.document = r.str(i);
  e.span = {static_cast<uint32_t>(r.i64(i + 1)), static_cast<uint32_t>(r.i64(i + 2))};
  e.text = r.str(i + 3);
  return e;
}

}  // namespace

// ---------------------------------------------------------------------------
// Opening and transactions

Result<std::unique_ptr<Store>> SqlStore::open(std::unique_ptr<SqlConnection> conn) {
  std::unique_ptr<SqlStore> s(new SqlStore(std::move(conn)));
  if (auto st = s->migrate(); !st) return st;
  return std::unique_ptr<Store>(std::move(s));
}

Status SqlStore::migrate() {
  auto all = migrations_for(db_->backend());
  Status st = db_->begin();
  if (!st) return st;
  auto fail = [&](Status s) {
    db_->rollback();
    return s;
  };
  if (st = db_->lock_for_writes(); !st) return fail(st);
  if (st = db_->exec_script("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                            "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
      !st)
    return fail(st);
  auto cur = db_->query("SELECT max(version) FROM schema_migrations");
  if (!cur.ok()) return fail(cur.status());
  int64_t version = cur->empty() ? 0 : (*cur)[0].i64(0);
  for (const auto& m : all) {
    if (m.version <= version) continue;
    if (st = db_->exec_script(m.sql); !st)
      return fail(Status(StatusCode::store_error, "migration " + m.name + ": " + st.message()));
    auto r = db_->run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                      {int64_t{m.version}, m.name, now_utc()});
    if (!r.ok()) return fail(r.status());
  }
  return db_->commit();
}

Result<int> SqlStore::schema_version() {
  auto r = db_->query("SELECT max(version) FROM schema_migrations");
  if (!r.ok()) return r.status();
  return static_cast<int>(r->empty() ? 0 : (*r)[0].i64(0));
}

Result<std::vector<DocumentMeta>> SqlStore::documents_to_reanalyse() {
  // Inferred windows the analysis has not used yet, and documents analysed with a window that
  // has since gone (their dated co-reports were removed or unmerged): back to no date.
  return load_documents(
      " WHERE (published_how = 'inferred' AND (analysed_published IS NULL OR"
      "        analysed_published <> COALESCE(published_latest, published)))"
      " OR (published IS NULL AND analysed_published IS NOT NULL)",
      {}, 0);
}

Result<Document> SqlStore::stored_document(const std::string& id) {
  auto docs = load_documents(" WHERE id = ?", {id}, 0);
  if (!docs.ok()) return docs.status();
  if (docs->empty()) return Status(StatusCode::not_found, "no document '" + id + "' in the store");
  auto rows = db_->query("SELECT text, body, furniture FROM documents WHERE id = ?", {id});
  if (!rows.ok()) return rows.status();
  Document doc;
  doc.meta = std::move((*docs)[0]);
  doc.text = (*rows)[0].str(0);
  // Body and furniture spans are stored in code points; the Document wants bytes.
  std::vector<uint32_t> byte_at;  // code point -> byte offset
  byte_at.reserve(doc.text.size() + 1);
  for (uint32_t i = 0; i < doc.text.size(); ++i)
    if ((static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80) byte_at.push_back(i);
  byte_at.push_back(static_cast<uint32_t>(doc.text.size()));
  auto to_byte = [&](int64_t cp) {
    return byte_at[static_cast<size_t>(std::clamp<int64_t>(cp, 0, static_cast<int64_t>(byte_at.size()) - 1))];
  };
  auto spans = [&](const std::string& stored, std::vector<Span>& out) {
    auto j = json::parse(stored, nullptr, false);
    if (!j.is_array()) return;
    for (const auto& b : j)
      if (b.is_array() && b.size() == 2 && b[0].is_number_integer() && b[1].is_number_integer())
        out.push_back({to_byte(b[0].get<int64_t>()), to_byte(b[1].get<int64_t>())});
  };
  spans((*rows)[0].str(1), doc.body);
  spans((*rows)[0].str(2), doc.furniture);  // NULL (stored before migration 0007): none
  return doc;
}

Status SqlStore::remove_document(const std::string& id) {
  return in_write_transaction([&]() -> Status {
    // The delete triggers take rows out of the full-text indexes, so every row must be in them.
    if (auto s = index_pending_text(); !s) return s;
    // Arguments and evidence first (they cascade too; deleting them by document is cheaper than
    // through event_sources), then the document with everything else.
    for (const char* sql : {"DELETE FROM event_arguments WHERE source IN (SELECT id FROM event_sources WHERE document = ?)",
                            "DELETE FROM evidence WHERE document = ?", "DELETE FROM documents WHERE id = ?"}) {
      auto r = db_->run(sql, {id});
      if (!r.ok()) return Status(r.status().code(), "removing " + id + ": " + r.status().message());
    }
    return Status::ok();
  });
}

Status SqlStore::replace_document(const Document& doc) {
  return in_write_transaction([&]() -> Status {
    const std::string sha = doc.meta.sha256.empty() ? sha256_hex(doc.text) : doc.meta.sha256;
    const std::string id = doc.meta.id.empty() ? document_id(sha) : doc.meta.id;
    if (auto s = remove_document(id); !s) return s;
    auto put = put_document_rows(doc);
    return put.ok() ? Status::ok() : put.status();
  });
}

Status SqlStore::infer_publication_windows(const std::vector<MergedEvent>& events) {
  auto rows = db_->query("SELECT id, published, published_how, published_latest FROM documents");
  if (!rows.ok()) return rows.status();
  struct DocDate {
    std::optional<Date> published, latest;
    PublishedHow how = PublishedHow::none;
  };
  std::unordered_map<std::string, DocDate> docs;
  for (const auto& r : *rows) {
    DocDate d;
    if (!r.null(1)) d.published = Date::parse_iso(r.str(1));
    d.how = published_how_from(r.str(2));
    if (!r.null(3)) d.latest = Date::parse_iso(r.str(3));
    docs.emplace(r.str(0), d);
  }
  auto known = [&](const std::string& doc) {
    auto it = docs.find(doc);
    return it != docs.end() && it->second.published && it->second.how != PublishedHow::none &&
           it->second.how != PublishedHow::inferred;
  };
  // An undated report of an event that dated reports also give was published on or after the
  // event, in the same news cycle as those reports. Only firm evidence counts: main reports (not
  // background mentions) with a day-precise date, from documents with a date of their own
  // published within kNewsCycleDays of the event; and only the undated document's own main
  // report of the event is dated this way (a background mention can come years later). The
  // window runs from the earliest such event date to the latest such publication; a window
  // wider than kMaxWindowDays is not kept (within a week a bare weekday is not ambiguous, and
  // the analysis resolves against the window's end: DocumentMeta::reference_date).
  constexpr int64_t kNewsCycleDays = 7, kMaxWindowDays = 6;
  std::map<std::string, std::pair<Date, Date>> window;
  for (const auto& me : events) {
    std::optional<Date> lo, hi;
    for (const auto& s : me.event.sources) {
      if (!known(s.document) || s.background || !s.date || s.date->precision != DatePrecision::day) continue;
      const Date pub = *docs[s.document].published;
      const int64_t lag = day_number(pub) - day_number(s.date->start);
      if (lag < 0 || lag > kNewsCycleDays) continue;
      if (!lo || s.date->start < *lo) lo = s.date->start;
      if (!hi || pub > *hi) hi = pub;
    }
    if (!lo) continue;
    for (const auto& s : me.event.sources) {
      if (known(s.document) || s.background) continue;
      // Several events narrow the window: after the latest start, before the earliest end.
      auto it = window.find(s.document);
      if (it == window.end()) window.emplace(s.document, std::make_pair(*lo, *hi));
      else {
        it->second.first = std::max(it->second.first, *lo);
        it->second.second = std::min(it->second.second, *hi);
      }
    }
  }
  // A window wider than kMaxWindowDays, or one that events contradict (their news cycles do not
  // overlap), says too little.
  std::erase_if(window, [&](const auto& w) {
    const int64_t width = day_number(w.second.second) - day_number(w.second.first);
    return width < 0 || width > kMaxWindowDays;
  });
  for (const auto& [id, d] : docs) {
    auto w = window.find(id);
    if (w == window.end()) {
      if (d.how == PublishedHow::inferred) {  // its dated co-reports are gone
        auto r = db_->run("UPDATE documents SET published = NULL, published_how = NULL, published_latest = NULL "
                          "WHERE id = ?", {id});
        if (!r.ok()) return r.status();
      }
      continue;
    }
    Date lo = w->second.first, hi = w->second.second;
    if (d.how == PublishedHow::inferred && d.published == lo && d.latest == hi) continue;
    auto r = db_->run("UPDATE documents SET published = ?, published_how = 'inferred', published_latest = ? WHERE id = ?",
                      {lo.iso(), hi.iso(), id});
    if (!r.ok()) return r.status();
  }
  return Status::ok();
}

Status SqlStore::add_merge_override(const MergeOverride& o) {
  if (o.kind != "event_apart" && o.kind != "event_together" && o.kind != "alias_apart" && o.kind != "actor_together")
    return Status(StatusCode::invalid_input, "unknown merge override kind '" + o.kind + "'");
  if (o.kind == "actor_together" && o.a == o.b)
    return Status(StatusCode::invalid_input, "an actor cannot be merged into itself");
  std::string a = o.a, b = o.b;
  bool ordered = o.kind == "alias_apart" || o.kind == "actor_together";
  if (!ordered && b < a) std::swap(a, b);  // event pairs are unordered
  return in_write_transaction([&]() -> Status {
    auto r = db_->run("INSERT INTO merge_overrides (kind, a, b, note, created) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT DO NOTHING",
                      {o.kind, a, b, sql_text_or_null(o.note), o.created.empty() ? now_utc() : o.created});
    return r.ok() ? Status::ok() : r.status();
  });
}

Result<std::vector<MergeOverride>> SqlStore::merge_overrides() {
  auto rows = db_->query("SELECT override_no, kind, a, b, note, created FROM merge_overrides ORDER BY override_no");
  if (!rows.ok()) return rows.status();
  std::vector<MergeOverride> out;
  for (const auto& r : *rows) out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5)});
  return out;
}

Status SqlStore::remove_merge_override(int64_t id) {
  return in_write_transaction([&]() -> Status {
    auto r = db_->run("DELETE FROM merge_overrides WHERE override_no = ?", {id});
    if (!r.ok()) return r.status();
    if (*r == 0) return Status(StatusCode::not_found, "no merge override number " + std::to_string(id));
    return Status::ok();
  });
}

Result<std::string> SqlStore::setting(const std::string& key) {
  auto r = db_->query("SELECT value FROM settings WHERE key = ?", {key});
  if (!r.ok()) return r.status();
  return r->empty() ? std::string() : (*r)[0].str(0);
}

Status SqlStore::set_setting(const std::string& key, const std::string& value) {
  return in_write_transaction([&]() -> Status {
    auto r = db_->run("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                      {key, value, value});
    return r.ok() ? Status::ok() : r.status();
  });
}

Status SqlStore::begin() { return db_->begin(); }
Status SqlStore::commit() {
  if (db_->in_transaction()) {
    if (auto s = index_pending_text(); !s) return s;
  }
  return db_->commit();
}

Status SqlStore::index_pending_text() {
  if (db_->backend() != Backend::sqlite) return Status::ok();
  // Rows get increasing keys and the delete triggers keep the indexes in step, so the rows to
  // index are exactly those above the highest key each index holds.
  for (const char* sql :
       {"INSERT INTO article_fts (rowid, title, text) SELECT doc_no, coalesce(title, ''), text FROM documents "
        "WHERE doc_no > (SELECT coalesce(max(id), 0) FROM article_fts_docsize) ORDER BY doc_no",
        "INSERT INTO evidence_fts (rowid, text) SELECT evidence_no, text FROM evidence "
        "WHERE evidence_no > (SELECT coalesce(max(id), 0) FROM evidence_fts_docsize) ORDER BY evidence_no"}) {
    auto r = db_->run(sql);
    if (!r.ok()) return Status(r.status().code(), "full-text indexing: " + r.status().message());
  }
  return Status::ok();
}
Status SqlStore::rollback() { return db_->rollback(); }

template <typename F>
Status SqlStore::in_write_transaction(F&& f) {
  bool own = !db_->in_transaction();
  if (own) {
    if (auto s = db_->begin(); !s) return s;
  }
  if (auto s = db_->lock_for_writes(); !s) {
    if (own) db_->rollback();
    return s;
  }
  Status s = f();
  if (own) {
    if (s) s = index_pending_text();
    if (!s) {
      db_->rollback();
      return s;
    }
    return db_->commit();
  }
  return s;
}

// ---------------------------------------------------------------------------
// Writing documents

Result<bool> SqlStore::has_document(const std::string& sha256) {
  auto r = db_->query("SELECT 1 FROM documents WHERE sha256 = ?", {sha256});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<bool> SqlStore::put_document(const Document& doc) {
  bool stored = false;
  Status s = in_write_transaction([&]() -> Status {
    // A savepoint per document: a document that fails half-way leaves nothing behind, and the
    // batch (on PostgreSQL, the aborted transaction) goes on with the next one.
    if (auto st = db_->exec_script("SAVEPOINT put_document"); !st) return st;
    auto r = put_document_rows(doc);
    if (!r.ok()) {
      db_->exec_script("ROLLBACK TO SAVEPOINT put_document");
      db_->exec_script("RELEASE SAVEPOINT put_document");
      return r.status();
    }
    stored = *r;
    return db_->exec_script("RELEASE SAVEPOINT put_document");
  });
  if (!s) return s;
  return stored;
}

Status SqlStore::insert_rows(const std::string& head, size_t width, const SqlParams& values, const std::string& tail) {
  // Rows go in chunks of 64, 16, 4 and 1, so each table needs at most four statement shapes (the
  // prepared-statement caches stay small) and n rows take at most n/64 + 9 statements.
  size_t rows = width ? values.size() / width : 0;
  size_t done = 0;
  while (done < rows) {
    size_t left = rows - done;
    size_t chunk = left >= 64 ? 64 : left >= 16 ? 16 : left >= 4 ? 4 : 1;
    const std::string row = in_list(width);
    std::string sql = head;
    for (size_t i = 0; i < chunk; ++i) {
      if (i) sql += ',';
      sql += row;
    }
    sql += tail;
    SqlParams p(values.begin() + static_cast<std::ptrdiff_t>(done * width),
                values.begin() + static_cast<std::ptrdiff_t>((done + chunk) * width));
    auto r = db_->run(sql, p);
    if (!r.ok()) return r.status();
    done += chunk;
  }
  return Status::ok();
}

Result<bool> SqlStore::put_document_rows(const Document& doc) {
  const std::string sha = doc.meta.sha256.empty() ? sha256_hex(doc.text) : doc.meta.sha256;
  const std::string id = doc.meta.id.empty() ? document_id(sha) : doc.meta.id;
  auto where = [&](const std::string& what, const Status& s) {
    return Status(s.code(), id + " (" + doc.meta.path + "): storing " + what + ": " + s.message());
  };
  json body = json::array();
  for (const auto& b : doc.body) body.push_back({doc.cp(b.start), doc.cp(b.end)});
  json furniture = json::array();
  for (const auto& b : doc.furniture) furniture.push_back({doc.cp(b.start), doc.cp(b.end)});
  auto r = db_->run(
      "INSERT INTO documents (id, sha256, path, title, publisher, authors, published, published_how, dateline, "
      "dateline_text, format, body, furniture, text, published_latest, analysed_published) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      {id, sha, doc.meta.path, sql_text_or_null(doc.meta.title), strings_json(doc.meta.publisher),
       strings_json(doc.meta.authors),
       doc.meta.published && doc.meta.published->valid() ? SqlValue{doc.meta.published->iso()} : SqlValue{},
       sql_text_or_null(std::string(to_string(doc.meta.published_how))), sql_text_or_null(doc.meta.dateline),
       sql_text_or_null(doc.meta.dateline_text), sql_text_or_null(doc.meta.format), body.dump(), furniture.dump(),
       doc.text,
       doc.meta.published_latest ? SqlValue{doc.meta.published_latest->iso()} : SqlValue{},
       doc.meta.reference_date() && doc.meta.reference_date()->valid() ? SqlValue{doc.meta.reference_date()->iso()}
                                                                          : SqlValue{}});
  if (!r.ok()) return where("the document", r.status());
  if (*r == 0) return false;  // the same bytes are stored already

  // Child rows are collected per table and written with multi-row INSERTs (few round trips).
  SqlParams mentions, actors, places, doc_places, arguments, evidence, relations;
  for (const auto& m : doc.mentions)
    mentions.insert(mentions.end(),
                    {id, int64_t{doc.cp(m.span.start)}, int64_t{doc.cp(m.span.end)}, std::string(to_string(m.type)),
                     std::string(m.form == MentionForm::name      ? "name"
                                 : m.form == MentionForm::nominal ? "nominal"
                                                                  : "pronoun"),
                     sql_text_or_null(m.entity), double{m.score}, int64_t{m.metadata ? 1 : 0}});
  for (const auto& a : doc.actors) {
    json sources = json::array();
    for (const auto& as : a.alias_sources) sources.push_back({{"alias", as.alias}, {"document", as.document}});
    actors.insert(actors.end(), {id, a.id, a.name, std::string(to_string(a.kind)), sql_text_or_null(a.parent),
                                 sql_text_or_null(a.country), sql_text_or_null(a.wikidata), strings_json(a.aliases),
                                 sources.dump(), roles_json(a.roles)});
  }
  for (const auto& p : doc.places) {
    places.insert(places.end(), {p.id, p.name, std::string(to_string(p.kind)), sql_text_or_null(p.country),
                                 sql_text_or_null(p.admin1), sql_opt(p.lat), sql_opt(p.lon), sql_opt(p.geonames_id),
                                 sql_text_or_null(p.parent)});
    doc_places.insert(doc_places.end(), {id, p.id});
  }
  auto add_evidence = [&](const std::string& kind, const std::string& owner, const std::vector<Evidence>& ev) {
    for (size_t i = 0; i < ev.size(); ++i) {
      const auto& e = ev[i];
      std::string text = e.text.empty() && e.span.end <= doc.text.size() ? std::string(doc.slice(e.span)) : e.text;
      evidence.insert(evidence.end(), {kind, owner, static_cast<int64_t>(i), id, int64_t{doc.cp(e.span.start)},
                                       int64_t{doc.cp(e.span.end)}, text});
    }
  };
  for (size_t k = 0; k < doc.events.size(); ++k) {
    const auto& e = doc.events[k];
    std::string sid = e.id.empty() ? make_id("src", {id, std::to_string(k)}) : e.id;
    auto insert = [&](const std::string& source_id) {
      SqlParams p{source_id, id, std::string(to_string(e.type))};
      push_date(p, e.date);
      p.insert(p.end(), {sql_text_or_null(e.place), targets_json(e.targets), strings_json(e.perpetrators),
                         strings_json(e.claimed_by), strings_json(e.blamed_by), strings_json(e.weapons)});
      p.push_back(e.killed ? SqlValue{e.killed->low} : SqlValue{});
      p.push_back(e.killed ? sql_opt(e.killed->high) : SqlValue{});
      p.push_back(e.injured ? SqlValue{e.injured->low} : SqlValue{});
      p.push_back(e.injured ? sql_opt(e.injured->high) : SqlValue{});
      p.push_back(int64_t{e.background ? 1 : 0});
      return db_->run(std::string("INSERT INTO event_sources (") + kEventSourceColumns +
                          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                      p);
    };
    auto x = insert(sid);
    if (x.ok() && *x == 0) {  // an id another document uses already: derive one from this document
      sid = make_id("src", {id, sid, std::to_string(k)});
      x = insert(sid);
    }
    if (!x.ok()) return where("event " + sid, x.status());
    for (size_t i = 0; i < e.arguments.size(); ++i) {
      const auto& a = e.arguments[i];
      arguments.insert(arguments.end(), {sid, static_cast<int64_t>(i), std::string(to_string(a.role)), a.text,
                                         int64_t{doc.cp(a.span.start)}, int64_t{doc.cp(a.span.end)},
                                         sql_text_or_null(a.entity)});
    }
    add_evidence("event", sid, e.evidence);
  }
  for (size_t k = 0; k < doc.relations.size(); ++k) {
    const auto& rel = doc.relations[k];
    SqlParams p{rel.id, id, static_cast<int64_t>(k), std::string(to_string(rel.type)), rel.subject, rel.object,
                sql_text_or_null(rel.role), std::string(to_string(rel.polarity))};
    push_date(p, rel.date);
    p.push_back(sql_text_or_null(rel.attributed_to));
    p.push_back(rel.confidence);
    relations.insert(relations.end(), p.begin(), p.end());
    add_evidence("relation", id + "#" + std::to_string(k), rel.evidence);
  }
  struct Batch {
    const char* what;
    const char* head;
    size_t width;
    const SqlParams* values;
    const char* tail;
  };
  const Batch batches[] = {
      {"mentions", "INSERT INTO mentions (document, start_cp, end_cp, type, form, entity, score, metadata) VALUES ", 8,
       &mentions, ""},
      {"actors",
       "INSERT INTO doc_actors (document, actor, name, kind, parent, country, wikidata, aliases, alias_sources, roles) "
       "VALUES ",
       10, &actors, " ON CONFLICT DO NOTHING"},
      {"places", "INSERT INTO places (id, name, kind, country, admin1, lat, lon, geonames_id, parent) VALUES ", 9,
       &places, " ON CONFLICT DO NOTHING"},
      {"places", "INSERT INTO doc_places (document, place) VALUES ", 2, &doc_places, " ON CONFLICT DO NOTHING"},
      {"event arguments", "INSERT INTO event_arguments (source, seq, role, text, start_cp, end_cp, entity) VALUES ", 7,
       &arguments, ""},
      {"relations",
       "INSERT INTO relation_mentions (id, document, seq, type, subject, object, role, polarity, date_start, date_end, "
       "date_precision, attributed_to, confidence) VALUES ",
       13, &relations, ""},
      {"evidence", "INSERT INTO evidence (owner_kind, owner, seq, document, start_cp, end_cp, text) VALUES ", 7,
       &evidence, ""},
  };
  for (const auto& b : batches)
    if (auto st = insert_rows(b.head, b.width, *b.values, b.tail); !st) return where(b.what, st);
  return true;
}

// ---------------------------------------------------------------------------
// Consolidation

Result<std::vector<EventSource>> SqlStore::load_event_sources(const std::vector<std::string>* ids) {
  std::vector<EventSource> out;
  std::unordered_map<std::string, size_t> index;
  auto add_rows = [&](const SqlRows& rows) {
    for (const auto& r : rows) {
      index.emplace(r.str(0), out.size());
      out.push_back(read_event_source(r));
    }
  };
  if (!ids) {
    // Everything (rebuild): one pass over each table.
    auto rows = db_->query(std::string("SELECT ") + kEventSourceColumns + " FROM event_sources ORDER BY id");
    if (!rows.ok()) return rows.status();
    add_rows(*rows);
    auto args = db_->query("SELECT source, role, text, start_cp, end_cp, entity FROM event_arguments ORDER BY source, seq");
    if (!args.ok()) return args.status();
    for (const auto& r : *args)
      if (auto it = index.find(r.str(0)); it != index.end()) out[it->second].arguments.push_back(read_argument(r, 1));
    auto ev = db_->query(
        "SELECT owner, document, start_cp, end_cp, text FROM evidence WHERE owner_kind = 'event' ORDER BY owner, seq");
    if (!ev.ok()) return ev.status();
    for (const auto& r : *ev)
      if (auto it = index.find(r.str(0)); it != index.end()) out[it->second].evidence.push_back(read_evidence_row(r, 1));
    return out;
  }
  // Given ids: a few IN queries per chunk of ids.
  for (size_t from = 0; from < ids->size(); from += kInChunk) {
    std::vector<std::string> chunk(ids->begin() + static_cast<std::ptrdiff_t>(from),
                                   ids->begin() + static_cast<std::ptrdiff_t>(std::min(ids->size(), from + kInChunk)));
    SqlParams p(chunk.begin(), chunk.end());
    std::string in = in_list(chunk.size());
    auto rows = db_->query(std::string("SELECT ") + kEventSourceColumns + " FROM event_sources WHERE id IN " + in, p);
    if (!rows.ok()) return rows.status();
    add_rows(*rows);
    auto args = db_->query(
        "SELECT source, role, text, start_cp, end_cp, entity FROM event_arguments WHERE source IN " + in +
            " ORDER BY source, seq",
        p);
    if (!args.ok()) return args.status();
    for (const auto& r : *args)
      if (auto it = index.find(r.str(0)); it != index.end()) out[it->second].arguments.push_back(read_argument(r, 1));
    auto ev = db_->query("SELECT owner, document, start_cp, end_cp, text FROM evidence WHERE owner_kind = 'event' AND "
                         "owner IN " + in + " ORDER BY owner, seq",
                         p);
    if (!ev.ok()) return ev.status();
    for (const auto& r : *ev)
      if (auto it = index.find(r.str(0)); it != index.end()) out[it->second].evidence.push_back(read_evidence_row(r, 1));
  }
  return out;
}

Result<std::vector<Relation>> SqlStore::load_relation_mentions() {
  auto rows = db_->query(
      "SELECT document, seq, id, type, subject, object, role, polarity, date_start, date_end, date_precision, "
      "attributed_to, confidence FROM relation_mentions ORDER BY document, seq");
  if (!rows.ok()) return rows.status();
  std::vector<Relation> out;
  std::unordered_map<std::string, size_t> index;
  for (const auto& r : *rows) {
    Relation rel;
    rel.id = r.str(2);
    rel.type = relation_type_from(r.str(3)).value_or(RelationType::affiliated_with);
    rel.subject = r.str(4);
    rel.object = r.str(5);
    rel.role = r.str(6);
    rel.polarity = r.str(7) == "denied" ? Polarity::denied : Polarity::asserted;
    rel.date = read_date(r, 8);
    rel.attributed_to = r.str(11);
    rel.confidence = r.f64(12);
    index.emplace(r.str(0) + "#" + r.str(1), out.size());
    out.push_back(std::move(rel));
  }
  auto ev = db_->query(
      "SELECT owner, document, start_cp, end_cp, text FROM evidence WHERE owner_kind = 'relation' ORDER BY owner, seq");
  if (!ev.ok()) return ev.status();
  for (const auto& r : *ev)
    if (auto it = index.find(r.str(0)); it != index.end()) out[it->second].evidence.push_back(read_evidence_row(r, 1));
  return out;
}

Status SqlStore::rebuild_knowledge_base() {
  return in_write_transaction([&]() -> Status {
    auto place_list = load_places("", {}, 0);
    if (!place_list.ok()) return place_list.status();
    std::unordered_map<std::string, Place> places;
    for (auto& p : *place_list) places.emplace(p.id, std::move(p));
    PlaceLookup lookup = [&places](std::string_view id) -> const Place* {
      auto it = places.find(std::string(id));
      return it == places.end() ? nullptr : &it->second;
    };

    auto rows = db_->query(
        "SELECT document, actor, name, kind, parent, country, wikidata, aliases, alias_sources, roles "
        "FROM doc_actors ORDER BY actor, document");
    if (!rows.ok()) return rows.status();
    std::vector<Actor> seen;
    seen.reserve(rows->size());
    for (const auto& r : *rows) {
      Actor a;
      a.id = r.str(1);
      a.name = r.str(2);
      a.kind = actor_kind_from(r.str(3)).value_or(ActorKind::organization);
      a.parent = r.str(4);
      a.country = r.str(5);
      a.wikidata = r.str(6);
      a.aliases = parse_strings(r.str(7));
      auto src = json::parse(r.str(8), nullptr, false);
      if (src.is_array())
        for (const auto& x : src) a.alias_sources.push_back({x.value("alias", ""), x.value("document", "")});
      if (a.alias_sources.empty())
        for (const auto& al : a.aliases) a.alias_sources.push_back({al, r.str(0)});
      a.roles = parse_roles(r.str(9));
      a.documents = {r.str(0)};
      seen.push_back(std::move(a));
    }
    // The analyst's corrections.
    auto overrides = merge_overrides();
    if (!overrides.ok()) return overrides.status();
    MergeConstraints constraints;
    std::map<std::string, std::set<std::string>> split_aliases;  // actor -> folded aliases taken away
    for (const auto& o : *overrides) {
      if (o.kind == "event_apart") constraints.apart.insert(MergeConstraints::key(o.a, o.b));
      else if (o.kind == "event_together") constraints.together.insert(MergeConstraints::key(o.a, o.b));
      else if (o.kind == "alias_apart") split_aliases[o.a].insert(utf8::fold(o.b));
    }
    // actor_together (applied before alias_apart, so an alias can still be split off the merged
    // actor): every document's actor b becomes actor a (the one kept, with its name);
    // chains (c into b, b into a) end at a, and a cycle keeps the smallest id.
    std::map<std::string, std::string> absorbed;  // b -> a
    for (const auto& o : *overrides)
      if (o.kind == "actor_together") absorbed[o.b] = o.a;
    auto kept_id = [&](std::string id) {
      if (!absorbed.count(id)) return id;  // the common case: no set to build
      std::set<std::string> path;
      while (path.insert(id).second) {
        auto it = absorbed.find(id);
        if (it == absorbed.end()) return id;
        id = it->second;
      }
      return *path.begin();  // a cycle: its smallest id
    };
    if (!absorbed.empty()) {
      // One row of each kept actor (rows of kept actors are not changed below), for its name and kind.
      std::set<std::string> targets;
      for (const auto& [b, a] : absorbed) targets.insert(kept_id(a));
      std::map<std::string, size_t> kept;
      for (size_t i = 0; i < seen.size(); ++i)
        if (targets.count(seen[i].id)) kept.emplace(seen[i].id, i);
      for (auto& a : seen) {
        std::string to = kept_id(a.id);
        if (to == a.id) continue;
        if (auto k = kept.find(to); k != kept.end()) {
          const Actor& own = seen[k->second];
          a.name = own.name;
          a.kind = own.kind;
          if (!own.parent.empty()) a.parent = own.parent;
          if (!own.country.empty()) a.country = own.country;
          a.wikidata = own.wikidata;
        }
        a.id = to;
      }
      // Parents that pointed at an absorbed actor point at the kept one.
      for (auto& a : seen)
        if (!a.parent.empty()) {
          a.parent = kept_id(a.parent);
          if (a.parent == a.id) a.parent.clear();
        }
    }
    // alias_apart: a document that named the actor only by split-off aliases gets an actor of its
    // own (one per alias), and its events and relations follow.
    std::map<std::string, std::map<std::string, std::string>> remap;  // document -> old id -> new id
    if (!split_aliases.empty()) {
      for (auto& a : seen) {
        auto it = split_aliases.find(a.id);
        if (it == split_aliases.end()) continue;
        const std::string doc = a.documents.front();
        std::vector<std::string> used;
        for (const auto& as : a.alias_sources)
          if (as.document == doc) used.push_back(as.alias);
        if (used.empty()) continue;
        bool all_split = std::all_of(used.begin(), used.end(),
                                     [&](const std::string& u) { return it->second.count(utf8::fold(u)) > 0; });
        if (!all_split) continue;
        std::sort(used.begin(), used.end());
        std::string new_id = make_id(a.id.substr(0, a.id.find(':')), {"split", a.id, utf8::fold(used.front())});
        remap[doc][a.id] = new_id;
        a.id = new_id;
        a.name = used.front();
        a.parent.clear();
        a.wikidata.clear();
        a.aliases = used;
        std::erase_if(a.alias_sources, [&](const AliasSource& x) { return x.document != doc; });
      }
    }
    auto remapped = [&](const std::string& doc, std::string& id) {
      if (!absorbed.empty() && !id.empty()) id = kept_id(id);
      if (auto d = remap.find(doc); d != remap.end())
        if (auto r = d->second.find(id); r != d->second.end()) id = r->second;
    };
    auto dedupe = [](std::vector<std::string>& ids) {
      std::vector<std::string> out;
      for (auto& id : ids)
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(std::move(id));
      ids = std::move(out);
    };

    auto actors = merge_actors(std::move(seen));

    auto sources = load_event_sources(nullptr);
    if (!sources.ok()) return sources.status();
    if (!remap.empty() || !absorbed.empty())
      for (auto& src : *sources) {
        for (auto* list : {&src.perpetrators, &src.claimed_by, &src.blamed_by}) {
          for (auto& id : *list) remapped(src.document, id);
          dedupe(*list);
        }
        for (auto& arg : src.arguments) remapped(src.document, arg.entity);
      }
    auto rule_name = setting("casualty_rule");
    if (!rule_name.ok()) return rule_name.status();
    const CasualtyRule rule = casualty_rule_from(*rule_name);
    auto events = merge_events(std::move(*sources), lookup, rule, constraints);

    auto mentions = load_relation_mentions();
    if (!mentions.ok()) return mentions.status();
    if (!remap.empty() || !absorbed.empty())
      for (auto& rel : *mentions) {
        if (rel.evidence.empty()) continue;
        const std::string& doc = rel.evidence.front().document;
        remapped(doc, rel.subject);
        remapped(doc, rel.object);
        remapped(doc, rel.attributed_to);
      }
    // A tie between two actors that a correction made one is no tie.
    std::erase_if(*mentions, [](const Relation& r) { return r.subject == r.object; });
    auto relations = merge_relations(std::move(*mentions));

    if (auto s = infer_publication_windows(events); !s) return s;
    if (auto s = clear_knowledge_base(); !s) return s;
    return write_consolidated(actors, events, relations);
  });
}

Status SqlStore::clear_knowledge_base() {
  return in_write_transaction([&]() -> Status {
    for (const char* t : {"event_members", "event_actors", "events", "relations", "actor_aliases", "actor_documents",
                          "actors", "kb_stats"}) {
      auto r = db_->run(std::string("DELETE FROM ") + t);
      if (!r.ok()) return r.status();
    }
    return Status::ok();
  });
}

Status SqlStore::add_to_knowledge_base(const KnowledgeBase& kb) {
  std::vector<MergedEvent> events;
  events.reserve(kb.events.size());
  for (const auto& e : kb.events) events.push_back({e, {}});
  return write_consolidated(kb.actors, events, kb.relations);
}

Status SqlStore::write_consolidated(const std::vector<Actor>& actors, const std::vector<MergedEvent>& events,
                                    const std::vector<Relation>& relations) {
  // Rows are collected per table and written with multi-row INSERTs. A record whose id comes twice
  // in one call is written once (the first stands); ON CONFLICT DO NOTHING keeps records that are
  // in the store already.
  return in_write_transaction([&]() -> Status {
    std::set<std::string> seen;
    SqlParams actor_rows, alias_rows, doc_rows;
    for (const auto& a : actors) {
      if (!seen.insert(a.id).second) continue;
      actor_rows.insert(actor_rows.end(), {a.id, a.name, std::string(to_string(a.kind)), sql_text_or_null(a.parent),
                                           sql_text_or_null(a.country), sql_text_or_null(a.wikidata),
                                           roles_json(a.roles)});
      // Every (alias, document) the merge kept, then aliases no source names ('' = lexicon).
      std::vector<std::pair<std::string, std::string>> rows;
      std::set<std::string> covered;
      for (const auto& src : a.alias_sources) {
        rows.emplace_back(src.alias, src.document);
        covered.insert(src.alias);
      }
      for (const auto& al : a.aliases)
        if (covered.insert(al).second) rows.emplace_back(al, "");
      for (size_t i = 0; i < rows.size(); ++i)
        alias_rows.insert(alias_rows.end(), {a.id, static_cast<int64_t>(i), rows[i].first, rows[i].second});
      for (const auto& d : std::set<std::string>(a.documents.begin(), a.documents.end()))
        doc_rows.insert(doc_rows.end(), {a.id, d});
    }
    if (auto st = insert_rows("INSERT INTO actors (id, name, kind, parent, country, wikidata, roles) VALUES ", 7,
                              actor_rows, " ON CONFLICT DO NOTHING");
        !st)
      return st;
    if (auto st = insert_rows("INSERT INTO actor_aliases (actor, seq, alias, document) VALUES ", 4, alias_rows,
                              " ON CONFLICT DO NOTHING");
        !st)
      return st;
    if (auto st = insert_rows("INSERT INTO actor_documents (actor, document) VALUES ", 2, doc_rows,
                              " ON CONFLICT DO NOTHING");
        !st)
      return st;

    seen.clear();
    int64_t longest = 0;
    SqlParams event_rows, who_rows, member_rows;
    auto flush_events = [&]() -> Status {
      if (auto st = insert_rows(
              "INSERT INTO events (id, type, date_start, date_end, date_precision, place, targets, weapons, "
              "killed_best, killed_low, killed_high, injured_best, injured_low, injured_high) VALUES ",
              14, event_rows, " ON CONFLICT DO NOTHING");
          !st)
        return st;
      if (auto st = insert_rows("INSERT INTO event_actors (event, actor, role, seq) VALUES ", 4, who_rows,
                                " ON CONFLICT DO NOTHING");
          !st)
        return st;
      if (auto st = insert_rows("INSERT INTO event_members (event, source, seq, score, reasons) VALUES ", 5,
                                member_rows, " ON CONFLICT DO NOTHING");
          !st)
        return st;
      event_rows.clear();
      who_rows.clear();
      member_rows.clear();
      return Status::ok();
    };
    size_t pending = 0;
    for (const auto& me : events) {
      const Event& e = me.event;
      if (!seen.insert(e.id).second) continue;
      if (e.date && e.date->start.valid() && e.date->end.valid())
        longest = std::max(longest, day_number(e.date->end) - day_number(e.date->start));
      event_rows.insert(event_rows.end(), {e.id, std::string(to_string(e.type))});
      push_date(event_rows, e.date);
      event_rows.insert(event_rows.end(), {sql_text_or_null(e.place), targets_json(e.targets), strings_json(e.weapons)});
      for (const auto& c : {e.killed, e.injured}) {
        event_rows.push_back(c ? SqlValue{c->best} : SqlValue{});
        event_rows.push_back(c ? SqlValue{c->low} : SqlValue{});
        event_rows.push_back(c ? sql_opt(c->high) : SqlValue{});
      }
      for (size_t i = 0; i < e.perpetrators.size(); ++i)
        who_rows.insert(who_rows.end(), {e.id, e.perpetrators[i], std::string("perpetrator"), static_cast<int64_t>(i)});
      for (size_t i = 0; i < e.claimed_by.size(); ++i)
        who_rows.insert(who_rows.end(), {e.id, e.claimed_by[i], std::string("claimed"), static_cast<int64_t>(i)});
      for (size_t i = 0; i < e.sources.size(); ++i) {
        SqlValue score, reasons;
        if (i < me.membership.size()) {
          score = me.membership[i].score;
          reasons = strings_json(me.membership[i].reasons);
        }
        member_rows.insert(member_rows.end(), {e.id, e.sources[i].id, static_cast<int64_t>(i), score, reasons});
      }
      if (++pending == 4096) {
        if (auto st = flush_events(); !st) return st;
        pending = 0;
      }
    }
    if (auto st = flush_events(); !st) return st;
    auto stat = db_->run(
        "INSERT INTO kb_stats (key, value) VALUES ('max_event_days', ?) ON CONFLICT (key) DO UPDATE SET value = "
        "CASE WHEN kb_stats.value > excluded.value THEN kb_stats.value ELSE excluded.value END",
        {longest});
    if (!stat.ok()) return stat.status();

    seen.clear();
    SqlParams relation_rows;
    for (const auto& rel : relations) {
      if (!seen.insert(rel.id).second) continue;
      relation_rows.insert(relation_rows.end(), {rel.id, std::string(to_string(rel.type)), rel.subject, rel.object,
                                                 sql_text_or_null(rel.role), std::string(to_string(rel.polarity))});
      push_date(relation_rows, rel.date);
      relation_rows.insert(relation_rows.end(),
                           {sql_text_or_null(rel.attributed_to), rel.confidence, evidence_json(rel.evidence)});
    }
    if (auto st = insert_rows(
            "INSERT INTO relations (id, type, subject, object, role, polarity, date_start, date_end, date_precision, "
            "attributed_to, confidence, evidence) VALUES ",
            12, relation_rows, " ON CONFLICT DO NOTHING");
        !st)
      return st;
    // PostgreSQL plans by table statistics; after a bulk rewrite they are stale until autovacuum
    // comes by, and a query by actor can pick a plan a hundred times slower. ANALYZE samples a
    // fixed number of rows, so this stays cheap on large tables.
    if (db_->backend() == Backend::postgres && (events.size() + actors.size() + relations.size()) > 1000)
      return db_->exec_script("ANALYZE events, event_actors, event_members, actors, actor_aliases, relations");
    return Status::ok();
  });
}

// ---------------------------------------------------------------------------
// Reading

Result<std::vector<std::string>> SqlStore::resolve_actor_set(const std::string& actor) {
  auto seeds = db_->query(
      "SELECT id FROM actors WHERE id = ? OR lower(name) = lower(?) "
      "UNION SELECT actor FROM actor_aliases WHERE lower(alias) = lower(?)",
      {actor, actor, actor});
  if (!seeds.ok()) return seeds.status();
  if (seeds->empty()) {
    // Not a consolidated actor: still an id events or relations may use.
    auto used = db_->query("SELECT 1 FROM event_actors WHERE actor = ? UNION SELECT 1 FROM relations WHERE subject = ? "
                           "OR object = ?",
                           {actor, actor, actor});
    if (!used.ok()) return used.status();
    if (used->empty()) return Status(StatusCode::not_found, "no actor '" + actor + "' in the knowledge base");
    return std::vector<std::string>{actor};
  }
  std::vector<std::string> ids;
  for (const auto& r : *seeds) ids.push_back(r.str(0));
  SqlParams p(ids.begin(), ids.end());
  auto all = db_->query("WITH RECURSIVE sub(id) AS (SELECT id FROM actors WHERE id IN (" + placeholders(ids.size()) +
                            ") UNION SELECT a.id FROM actors a JOIN sub ON a.parent = sub.id) SELECT id FROM sub",
                        p);
  if (!all.ok()) return all.status();
  std::set<std::string> out(ids.begin(), ids.end());
  for (const auto& r : *all) out.insert(r.str(0));
  return std::vector<std::string>(out.begin(), out.end());
}

Result<std::vector<std::string>> SqlStore::resolve_place_set(const std::string& place) {
  auto seeds = db_->query("SELECT id FROM places WHERE id = ? OR lower(name) = lower(?)", {place, place});
  if (!seeds.ok()) return seeds.status();
  if (seeds->empty()) return Status(StatusCode::not_found, "no place '" + place + "' in the knowledge base");
  std::vector<std::string> ids;
  for (const auto& r : *seeds) ids.push_back(r.str(0));
  // Inside = down the parent links; and, because a document stores only the places it mentions
  // (the link from Quetta to Balochistan may be missing), also every place with the country's
  // ISO code for a country, and with the province's name as admin1 for a province.
  std::string in = placeholders(ids.size());
  SqlParams p;
  for (int k = 0; k < 3; ++k) p.insert(p.end(), ids.begin(), ids.end());
  auto all = db_->query("WITH RECURSIVE sub(id) AS (SELECT id FROM places WHERE id IN (" + in +
                            ") UNION SELECT p.id FROM places p JOIN sub ON p.parent = sub.id) SELECT id FROM sub "
                            "UNION SELECT p.id FROM places p JOIN places s ON s.country = p.country "
                            "WHERE s.id IN (" + in + ") AND s.kind = 'country' AND s.country IS NOT NULL "
                            "UNION SELECT p.id FROM places p JOIN places s ON s.country = p.country AND p.admin1 = s.name "
                            "WHERE s.id IN (" + in + ") AND s.kind = 'admin1'",
                        p);
  if (!all.ok()) return all.status();
  std::vector<std::string> out;
  for (const auto& r : *all) out.push_back(r.str(0));
  return out;
}

Result<std::vector<Event>> SqlStore::load_events(const std::string& where, const SqlParams& params, size_t limit) {
  std::string order = db_->backend() == Backend::postgres ? " ORDER BY e.date_start NULLS FIRST, e.id"
                                                          : " ORDER BY e.date_start, e.id";
  const char* columns =
      "SELECT e.id, e.type, e.date_start, e.date_end, e.date_precision, e.place, e.targets, e.weapons, "
      "e.killed_best, e.killed_low, e.killed_high, e.injured_best, e.injured_low, e.injured_high FROM events e";
  Result<SqlRows> rows = SqlRows{};
  if (where.empty() && limit == 0) {
    rows = db_->query(columns + order);  // everything: one pass
  } else {
    // Two steps: the ids of the page, found and sorted on covering indexes, then the page's rows.
    auto page = db_->query("SELECT e.id FROM events e" + where + order + limit_clause(limit), params);
    if (!page.ok()) return page.status();
    std::unordered_map<std::string, size_t> rank;
    for (size_t i = 0; i < page->size(); ++i) rank.emplace((*page)[i].str(0), i);
    SqlRows all(page->size());
    for (size_t from = 0; from < page->size(); from += kInChunk) {
      size_t to = std::min(page->size(), from + kInChunk);
      SqlParams p;
      for (size_t i = from; i < to; ++i) p.emplace_back((*page)[i].str(0));
      auto part = db_->query(std::string(columns) + " WHERE e.id IN (" + placeholders(to - from) + ")", p);
      if (!part.ok()) return part.status();
      for (auto& r : *part) all[rank.at(r.str(0))] = std::move(r);
    }
    rows = std::move(all);
  }
  if (!rows.ok()) return rows.status();
  std::vector<Event> out;
  out.reserve(rows->size());
  std::unordered_map<std::string, size_t> index;
  for (const auto& r : *rows) {
    Event e;
    e.id = r.str(0);
    e.type = event_type_from(r.str(1)).value_or(EventType::other);
    e.date = read_date(r, 2);
    e.place = r.str(5);
    e.targets = parse_targets(r.str(6));
    e.weapons = parse_strings(r.str(7));
    e.killed = read_estimate(r, 8);
    e.injured = read_estimate(r, 11);
    index.emplace(e.id, out.size());
    out.push_back(std::move(e));
  }
  // Who and which sources, a chunk of events at a time.
  for (size_t from = 0; from < out.size(); from += kInChunk) {
    size_t to = std::min(out.size(), from + kInChunk);
    SqlParams p;
    for (size_t i = from; i < to; ++i) p.emplace_back(out[i].id);
    std::string in = in_list(to - from);
    auto who = db_->query("SELECT event, actor, role FROM event_actors WHERE event IN " + in + " ORDER BY event, role, seq", p);
    if (!who.ok()) return who.status();
    for (const auto& w : *who) {
      Event& e = out[index.at(w.str(0))];
      (w.str(2) == "claimed" ? e.claimed_by : e.perpetrators).push_back(w.str(1));
    }
    auto members = db_->query("SELECT event, source FROM event_members WHERE event IN " + in + " ORDER BY event, seq", p);
    if (!members.ok()) return members.status();
    std::vector<std::string> source_ids;
    for (const auto& m : *members) source_ids.push_back(m.str(1));
    auto sources = load_event_sources(&source_ids);
    if (!sources.ok()) return sources.status();
    std::unordered_map<std::string, EventSource*> by_id;
    for (auto& s : *sources) by_id.emplace(s.id, &s);
    for (const auto& m : *members) {
      auto it = by_id.find(m.str(1));
      if (it != by_id.end()) out[index.at(m.str(0))].sources.push_back(*it->second);
    }
  }
  return out;
}

Result<std::vector<Actor>> SqlStore::load_actors(const std::string& where, const SqlParams& params, size_t limit) {
  auto rows = db_->query(
      "SELECT id, name, kind, parent, country, wikidata, roles FROM actors" + where + " ORDER BY name, id" +
          limit_clause(limit),
      params);
  if (!rows.ok()) return rows.status();
  std::vector<Actor> out;
  for (const auto& r : *rows) {
    Actor a;
    a.id = r.str(0);
    a.name = r.str(1);
    a.kind = actor_kind_from(r.str(2)).value_or(ActorKind::organization);
    a.parent = r.str(3);
    a.country = r.str(4);
    a.wikidata = r.str(5);
    a.roles = parse_roles(r.str(6));
    auto al = db_->query("SELECT alias, document FROM actor_aliases WHERE actor = ? ORDER BY seq", {a.id});
    if (!al.ok()) return al.status();
    std::set<std::string> seen;
    for (const auto& x : *al) {
      if (seen.insert(x.str(0)).second) a.aliases.push_back(x.str(0));
      a.alias_sources.push_back({x.str(0), x.str(1)});
    }
    auto docs = db_->query("SELECT document FROM actor_documents WHERE actor = ? ORDER BY document", {a.id});
    if (!docs.ok()) return docs.status();
    for (const auto& x : *docs) a.documents.push_back(x.str(0));
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::vector<Relation>> SqlStore::load_relations(const std::string& where, const SqlParams& params,
                                                       size_t limit) {
  auto rows = db_->query(
      "SELECT id, type, subject, object, role, polarity, date_start, date_end, date_precision, attributed_to, "
      "confidence, evidence FROM relations" +
          where + " ORDER BY id" + limit_clause(limit),
      params);
  if (!rows.ok()) return rows.status();
  std::vector<Relation> out;
  for (const auto& r : *rows) {
    Relation rel;
    rel.id = r.str(0);
    rel.type = relation_type_from(r.str(1)).value_or(RelationType::affiliated_with);
    rel.subject = r.str(2);
    rel.object = r.str(3);
    rel.role = r.str(4);
    rel.polarity = r.str(5) == "denied" ? Polarity::denied : Polarity::asserted;
    rel.date = read_date(r, 6);
    rel.attributed_to = r.str(9);
    rel.confidence = r.f64(10);
    rel.evidence = parse_evidence(r.str(11));
    out.push_back(std::move(rel));
  }
  return out;
}

Result<std::vector<Place>> SqlStore::load_places(const std::string& where, const SqlParams& params, size_t limit) {
  auto rows = db_->query(
      "SELECT id, name, kind, country, admin1, lat, lon, geonames_id, parent FROM places" + where +
          " ORDER BY name, id" + limit_clause(limit),
      params);
  if (!rows.ok()) return rows.status();
  std::vector<Place> out;
  for (const auto& r : *rows) {
    Place p;
    p.id = r.str(0);
    p.name = r.str(1);
    p.kind = place_kind_from(r.str(2)).value_or(PlaceKind::city);
    p.country = r.str(3);
    p.admin1 = r.str(4);
    p.lat = r.opt_f64(5);
    p.lon = r.opt_f64(6);
    p.geonames_id = r.opt_i64(7);
    p.parent = r.str(8);
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<DocumentMeta>> SqlStore::load_documents(const std::string& where, const SqlParams& params,
                                                           size_t limit) {
  auto rows = db_->query(
      "SELECT id, sha256, path, title, publisher, authors, published, published_how, dateline, dateline_text, format, "
      "published_latest FROM documents" +
          where + " ORDER BY id" + limit_clause(limit),
      params);
  if (!rows.ok()) return rows.status();
  std::vector<DocumentMeta> out;
  for (const auto& r : *rows) {
    DocumentMeta m;
    m.id = r.str(0);
    m.sha256 = r.str(1);
    m.path = r.str(2);
    m.title = r.str(3);
    m.publisher = parse_strings(r.str(4));
    m.authors = parse_strings(r.str(5));
    if (!r.null(6)) m.published = Date::parse_iso(r.str(6));
    m.published_how = published_how_from(r.str(7));
    m.dateline = r.str(8);
    m.dateline_text = r.str(9);
    m.format = r.str(10);
    if (!r.null(11)) m.published_latest = Date::parse_iso(r.str(11));
    out.push_back(std::move(m));
  }
  return out;
}

Result<std::vector<Event>> SqlStore::events(const KbFilter& f) {
  Where w;
  if (!f.actor.empty()) {
    auto ids = resolve_actor_set(f.actor);
    if (!ids.ok()) return ids.status();
    w.conds.push_back("e.id IN (SELECT event FROM event_actors WHERE actor IN (" + placeholders(ids->size()) + "))");
    for (const auto& id : *ids) w.params.emplace_back(id);
  }
  if (!f.place.empty()) {
    auto ids = resolve_place_set(f.place);
    if (!ids.ok()) return ids.status();
    w.add_in("e.place", *ids);
  }
  if (f.from) {
    // Overlap with the window; the lower bound on date_start keeps the scan on the date index.
    auto stat = db_->query("SELECT value FROM kb_stats WHERE key = 'max_event_days'");
    if (!stat.ok()) return stat.status();
    int64_t longest = stat->empty() ? 36600 : (*stat)[0].i64(0);
    w.add("e.date_start >= ?");
    w.params.emplace_back(date_of_day(day_number(*f.from) - longest).iso());
    w.add("e.date_end >= ?");
    w.params.emplace_back(f.from->iso());
  }
  if (f.to) {
    w.add("e.date_start <= ?");
    w.params.emplace_back(f.to->iso());
  }
  if (!f.type.empty() && event_type_from(f.type)) {
    w.add("e.type = ?");
    w.params.emplace_back(f.type);
  } else if (!f.type.empty() && !relation_type_from(f.type)) {
    return Status(StatusCode::invalid_input, "unknown event type '" + f.type + "'");
  }
  if (f.min_killed) {
    w.add("e.killed_best >= ?");
    w.params.emplace_back(*f.min_killed);
  }
  return load_events(w.sql(), w.params, f.limit);
}

Result<std::vector<Actor>> SqlStore::actors(const KbFilter& f) {
  Where w;
  if (!f.actor.empty()) {
    auto ids = resolve_actor_set(f.actor);
    if (!ids.ok()) return ids.status();
    w.add_in("id", *ids);
  }
  if (!f.place.empty()) {
    // Actors involved in events at the place (or inside it).
    auto ids = resolve_place_set(f.place);
    if (!ids.ok()) return ids.status();
    w.conds.push_back("id IN (SELECT ea.actor FROM event_actors ea JOIN events e ON e.id = ea.event WHERE e.place IN (" +
                      placeholders(ids->size()) + "))");
    for (const auto& id : *ids) w.params.emplace_back(id);
  }
  if (!f.type.empty() && actor_kind_from(f.type)) {  // `actors --type armed_group`
    w.add("kind = ?");
    w.params.emplace_back(f.type);
  }
  return load_actors(w.sql(), w.params, f.limit);
}

Result<std::vector<Relation>> SqlStore::relations(const KbFilter& f) {
  Where w;
  if (!f.actor.empty()) {
    auto ids = resolve_actor_set(f.actor);
    if (!ids.ok()) return ids.status();
    std::string in = placeholders(ids->size());
    w.add("(subject IN (" + in + ") OR object IN (" + in + "))");
    for (int k = 0; k < 2; ++k)
      for (const auto& id : *ids) w.params.emplace_back(id);
  }
  // A time window keeps relations whose date overlaps it; undated relations are left out.
  if (f.from) {
    w.add("date_end >= ?");
    w.params.emplace_back(f.from->iso());
  }
  if (f.to) {
    w.add("date_start <= ?");
    w.params.emplace_back(f.to->iso());
  }
  if (!f.type.empty() && relation_type_from(f.type)) {
    w.add("type = ?");
    w.params.emplace_back(f.type);
  } else if (!f.type.empty() && !event_type_from(f.type)) {
    return Status(StatusCode::invalid_input, "unknown relation type '" + f.type + "'");
  }
  if (f.asserted_only) w.add("polarity = 'asserted'");
  return load_relations(w.sql(), w.params, f.limit);
}

Result<std::vector<Place>> SqlStore::places(const KbFilter& f) {
  Where w;
  if (!f.place.empty()) {
    auto ids = resolve_place_set(f.place);
    if (!ids.ok()) return ids.status();
    w.add_in("id", *ids);
  }
  return load_places(w.sql(), w.params, f.limit);
}

Result<std::vector<DocumentMeta>> SqlStore::documents(const KbFilter& f) {
  Where w;
  if (!f.actor.empty()) {
    auto ids = resolve_actor_set(f.actor);
    if (!ids.ok()) return ids.status();
    w.conds.push_back("id IN (SELECT document FROM actor_documents WHERE actor IN (" + placeholders(ids->size()) + "))");
    for (const auto& id : *ids) w.params.emplace_back(id);
  }
  if (!f.place.empty()) {
    auto ids = resolve_place_set(f.place);
    if (!ids.ok()) return ids.status();
    w.conds.push_back("id IN (SELECT document FROM doc_places WHERE place IN (" + placeholders(ids->size()) + "))");
    for (const auto& id : *ids) w.params.emplace_back(id);
  }
  if (f.from) {
    w.add("published >= ?");
    w.params.emplace_back(f.from->iso());
  }
  if (f.to) {
    w.add("published <= ?");
    w.params.emplace_back(f.to->iso());
  }
  return load_documents(w.sql(), w.params, f.limit);
}

Result<KnowledgeBase> SqlStore::knowledge_base(const KbFilter& f) {
  KnowledgeBase kb;
  if (filter_is_empty(f)) {
    auto d = load_documents("", {}, 0);
    if (!d.ok()) return d.status();
    auto a = load_actors("", {}, 0);
    if (!a.ok()) return a.status();
    auto p = load_places("", {}, 0);
    if (!p.ok()) return p.status();
    auto e = load_events("", {}, 0);
    if (!e.ok()) return e.status();
    auto r = load_relations("", {}, 0);
    if (!r.ok()) return r.status();
    kb.documents = std::move(*d);
    kb.actors = std::move(*a);
    kb.places = std::move(*p);
    kb.events = std::move(*e);
    kb.relations = std::move(*r);
    return kb;
  }
  // A filtered part: the matching events and relations, and what they refer to.
  KbFilter ef = f, rf = f;
  if (!f.type.empty() && relation_type_from(f.type)) ef.type.clear();
  if (!f.type.empty() && event_type_from(f.type)) rf.type.clear();
  auto e = events(ef);
  if (!e.ok()) return e.status();
  Result<std::vector<Relation>> r = std::vector<Relation>{};
  if (!f.min_killed && f.place.empty()) {  // relations have no toll or place
    r = relations(rf);
    if (!r.ok()) return r.status();
  }
  kb.events = std::move(*e);
  kb.relations = std::move(*r);

  std::set<std::string> actor_ids, place_ids, doc_ids;
  if (!f.actor.empty()) {
    auto ids = resolve_actor_set(f.actor);
    if (ids.ok()) actor_ids.insert(ids->begin(), ids->end());
  }
  for (const auto& ev : kb.events) {
    actor_ids.insert(ev.perpetrators.begin(), ev.perpetrators.end());
    actor_ids.insert(ev.claimed_by.begin(), ev.claimed_by.end());
    if (!ev.place.empty()) place_ids.insert(ev.place);
    for (const auto& s : ev.sources) {
      doc_ids.insert(s.document);
      if (!s.place.empty()) place_ids.insert(s.place);
    }
  }
  for (const auto& rel : kb.relations) {
    actor_ids.insert(rel.subject);
    actor_ids.insert(rel.object);
    if (!rel.attributed_to.empty()) actor_ids.insert(rel.attributed_to);
    for (const auto& ev : rel.evidence) doc_ids.insert(ev.document);
  }
  // Actors with the groups they belong to.
  std::set<std::string> loaded;
  std::vector<std::string> todo(actor_ids.begin(), actor_ids.end());
  while (!todo.empty()) {
    Where w;
    w.add_in("id", todo);
    auto a = load_actors(w.sql(), w.params, 0);
    if (!a.ok()) return a.status();
    for (auto& x : *a) loaded.insert(x.id);
    todo.clear();
    for (auto& x : *a) {
      if (!x.parent.empty() && !loaded.count(x.parent) &&
          std::find(todo.begin(), todo.end(), x.parent) == todo.end())
        todo.push_back(x.parent);
      kb.actors.push_back(std::move(x));
    }
  }
  std::sort(kb.actors.begin(), kb.actors.end(), [](const Actor& a, const Actor& b) {
    return a.name != b.name ? a.name < b.name : a.id < b.id;
  });
  if (!doc_ids.empty()) {
    Where w;
    w.add_in("id", std::vector<std::string>(doc_ids.begin(), doc_ids.end()));
    auto d = load_documents(w.sql(), w.params, 0);
    if (!d.ok()) return d.status();
    kb.documents = std::move(*d);
    for (const auto& m : kb.documents)
      if (!m.dateline.empty()) place_ids.insert(m.dateline);
  }
  // Places with everything they lie within.
  std::set<std::string> have;
  std::vector<std::string> ptodo(place_ids.begin(), place_ids.end());
  while (!ptodo.empty()) {
    Where w;
    w.add_in("id", ptodo);
    auto p = load_places(w.sql(), w.params, 0);
    if (!p.ok()) return p.status();
    for (auto& x : *p) have.insert(x.id);
    ptodo.clear();
    for (auto& x : *p) {
      if (!x.parent.empty() && !have.count(x.parent) &&
          std::find(ptodo.begin(), ptodo.end(), x.parent) == ptodo.end())
        ptodo.push_back(x.parent);
      kb.places.push_back(std::move(x));
    }
  }
  std::sort(kb.places.begin(), kb.places.end(), [](const Place& a, const Place& b) {
    return a.name != b.name ? a.name < b.name : a.id < b.id;
  });
  return kb;
}

Result<std::vector<EventMember>> SqlStore::event_members(const std::string& event_id) {
  auto rows = db_->query(
      "SELECT m.source, s.document, m.score, m.reasons FROM event_members m LEFT JOIN event_sources s "
      "ON s.id = m.source WHERE m.event = ? ORDER BY m.seq",
      {event_id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) {
    auto e = db_->query("SELECT 1 FROM events WHERE id = ?", {event_id});
    if (!e.ok()) return e.status();
    if (e->empty()) return Status(StatusCode::not_found, "no event '" + event_id + "' in the knowledge base");
  }
  std::vector<EventMember> out;
  for (const auto& r : *rows) out.push_back({r.str(0), r.str(1), r.opt_f64(2), parse_strings(r.str(3))});
  return out;
}

Result<std::string> SqlStore::document_text(const std::string& id) {
  auto r = db_->query("SELECT text FROM documents WHERE id = ?", {id});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status(StatusCode::not_found, "no document '" + id + "' in the store");
  return (*r)[0].str(0);
}

// ---------------------------------------------------------------------------
// Search

Result<std::string> fts5_query(const std::string& query) {
  std::vector<std::string> parts;  // quoted strings and operators
  bool last_is_term = false;
  size_t i = 0;
  auto quote = [](std::string_view s) {
    std::string q = "\"";
    for (char c : s) {
      if (c == '"') q += '"';
      q += c;
    }
    return q + "\"";
  };
  while (i < query.size()) {
    unsigned char c = static_cast<unsigned char>(query[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    bool negate = false;
    if (c == '-' && i + 1 < query.size() && !std::isspace(static_cast<unsigned char>(query[i + 1]))) {
      negate = true;
      ++i;
    }
    std::string term;
    bool prefix = false;
    if (query[i] == '"') {
      size_t close = query.find('"', i + 1);
      if (close == std::string::npos)
        return Status(StatusCode::invalid_input,
                      "search: unbalanced quote at character " + std::to_string(i + 1) + " of the query");
      term = query.substr(i + 1, close - i - 1);
      i = close + 1;
    } else {
      size_t j = i;
      while (j < query.size() && !std::isspace(static_cast<unsigned char>(query[j])) && query[j] != '"') ++j;
      term = query.substr(i, j - i);
      i = j;
      if (!negate && (term == "OR" || term == "AND" || term == "NOT")) {
        if (last_is_term) {
          parts.push_back(term);
          last_is_term = false;
        }
        continue;
      }
      while (!term.empty() && term.back() == '*') {
        prefix = true;
        term.pop_back();
      }
    }
    // Keep only terms the tokenizer will see words in.
    bool has_word = std::any_of(term.begin(), term.end(), [](char ch) {
      return std::isalnum(static_cast<unsigned char>(ch)) || (static_cast<unsigned char>(ch) & 0x80);
    });
    if (!has_word) continue;
    std::string q = quote(term) + (prefix ? "*" : "");
    if (negate) {
      if (parts.empty()) continue;  // nothing to exclude from
      if (!last_is_term) parts.pop_back();
      parts.push_back("NOT");
    } else if (last_is_term) {
      parts.push_back("AND");
    }
    parts.push_back(q);
    last_is_term = true;
  }
  if (!parts.empty() && !last_is_term) parts.pop_back();  // a dangling operator
  if (parts.empty()) return Status(StatusCode::invalid_input, "search: the query has no words to look for");
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

Result<std::vector<SearchHit>> SqlStore::search(const std::string& query, size_t limit) {
  if (limit == 0) limit = 20;
  auto q = fts5_query(query);  // validates for both backends
  if (!q.ok()) return q.status();
  std::vector<SearchHit> hits;
  auto add = [&](Result<SqlRows>& rows, const char* kind) -> Status {
    if (!rows.ok())
      return Status(StatusCode::invalid_input, "search: cannot run the query '" + query + "': " + rows.status().message());
    for (const auto& r : *rows) hits.push_back({r.str(0), kind, r.str(1), r.str(2), r.f64(3)});
    return Status::ok();
  };
  SqlParams lim{static_cast<int64_t>(limit)};
  if (db_->backend() == Backend::sqlite) {
    // Inside an open batch, what it stored so far is found too.
    if (db_->in_transaction()) {
      if (auto s = index_pending_text(); !s) return s;
    }
    auto a = db_->query(
        "SELECT d.id, d.title, snippet(article_fts, -1, '[', ']', '…', 16), -bm25(article_fts, 5.0, 1.0) "
        "FROM article_fts JOIN documents d ON d.doc_no = article_fts.rowid WHERE article_fts MATCH ? "
        "ORDER BY bm25(article_fts, 5.0, 1.0) LIMIT ?",
        {*q, int64_t(limit)});
    if (auto s = add(a, "article"); !s) return s;
    auto e = db_->query(
        "SELECT ev.document, d.title, snippet(evidence_fts, 0, '[', ']', '…', 24), -bm25(evidence_fts) "
        "FROM evidence_fts JOIN evidence ev ON ev.evidence_no = evidence_fts.rowid "
        "JOIN documents d ON d.id = ev.document WHERE evidence_fts MATCH ? ORDER BY bm25(evidence_fts) LIMIT ?",
        {*q, int64_t(limit * 2)});
    if (auto s = add(e, "evidence"); !s) return s;
  } else {
    const char* opts = "StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1";
    auto a = db_->query(
        std::string("SELECT id, title, ts_headline('english', text, q, '") + opts + "'), rank FROM ("
        "SELECT d.id, d.title, d.text, q, ts_rank(d.tsv, q) AS rank FROM documents d, "
        "websearch_to_tsquery('english', ?) q WHERE d.tsv @@ q ORDER BY rank DESC, d.id LIMIT ?) hits "
        "ORDER BY rank DESC, id",
        {query, int64_t(limit)});
    if (auto s = add(a, "article"); !s) return s;
    auto e = db_->query(
        std::string("SELECT document, title, ts_headline('english', text, q, '") + opts + "'), rank FROM ("
        "SELECT ev.document, d.title, ev.text, q, ts_rank(ev.tsv, q) AS rank FROM evidence ev "
        "JOIN documents d ON d.id = ev.document, websearch_to_tsquery('english', ?) q WHERE ev.tsv @@ q "
        "ORDER BY rank DESC, ev.evidence_no LIMIT ?) hits ORDER BY rank DESC",
        {query, int64_t(limit * 2)});
    if (auto s = add(e, "evidence"); !s) return s;
  }
  // The same sentence may be evidence of an event and a relation: one hit each.
  std::set<std::pair<std::string, std::string>> seen;
  std::vector<SearchHit> out;
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  for (auto& h : hits) {
    if (!seen.insert({h.kind + h.document, h.snippet}).second) continue;
    out.push_back(std::move(h));
    if (out.size() == limit) break;
  }
  return out;
}

}  // namespace dossier::store
