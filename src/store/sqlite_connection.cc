// SqlConnection over SQLite 3: one database file in WAL mode (readers never block the writer),
// foreign keys on, a busy timeout so that concurrent processes wait instead of failing, and a
// cache of prepared statements keyed by their SQL text. Write transactions start with BEGIN
// IMMEDIATE, which takes the write lock up front: two writers then queue on the busy timeout
// instead of deadlocking on a read-to-write upgrade.
#include <sqlite3.h>

#include <charconv>
#include <unordered_map>

#include "store/sql.h"

namespace dossier::store {

std::string SqlRow::str(size_t i) const {
  const auto& v = values[i];
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  return "";
}
int64_t SqlRow::i64(size_t i) const { return opt_i64(i).value_or(0); }
double SqlRow::f64(size_t i) const { return opt_f64(i).value_or(0); }
std::optional<int64_t> SqlRow::opt_i64(size_t i) const {
  const auto& v = values[i];
  if (auto* n = std::get_if<int64_t>(&v)) return *n;
  if (auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  if (auto* s = std::get_if<std::string>(&v)) {
    int64_t out = 0;
    auto r = std::from_chars(s->data(), s->data() + s->size(), out);
    if (r.ec == std::errc()) return out;
    return std::nullopt;
  }
  return std::nullopt;
}
std::optional<double> SqlRow::opt_f64(size_t i) const {
  const auto& v = values[i];
  if (auto* d = std::get_if<double>(&v)) return *d;
  if (auto* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  if (auto* s = std::get_if<std::string>(&v)) {
    try {
      return std::stod(*s);
    } catch (...) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

namespace {

class SqliteConnection final : public SqlConnection {
 public:
  explicit SqliteConnection(std::string path) : path_(std::move(path)) {}
  ~SqliteConnection() override {
    for (auto& [sql, st] : cache_) sqlite3_finalize(st);
    if (db_) sqlite3_close(db_);
  }

  Status open() {
    int rc = sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    if (rc != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      return Status(StatusCode::store_error, describe() + ": cannot open: " + msg);
    }
    sqlite3_busy_timeout(db_, 30000);
    sqlite3_extended_result_codes(db_, 1);
    return exec_script(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
        "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
  }

  Backend backend() const override { return Backend::sqlite; }
  std::string describe() const override { return "sqlite:" + path_; }

  Status exec_script(const std::string& sql) override {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      return Status(StatusCode::store_error, describe() + ": " + msg);
    }
    return Status::ok();
  }

  Result<SqlRows> query(const std::string& sql, const SqlParams& params) override {
    auto st = prepare(sql, params);
    if (!st.ok()) return st.status();
    sqlite3_stmt* s = *st;
    SqlRows rows;
    int rc;
    int n = sqlite3_column_count(s);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      SqlRow row;
      row.values.reserve(static_cast<size_t>(n));
      for (int i = 0; i < n; ++i) {
        switch (sqlite3_column_type(s, i)) {
          case SQLITE_INTEGER: row.values.emplace_back(static_cast<int64_t>(sqlite3_column_int64(s, i))); break;
          case SQLITE_FLOAT: row.values.emplace_back(sqlite3_column_double(s, i)); break;
          case SQLITE_NULL: row.values.emplace_back(std::monostate{}); break;
          default: {
            auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
            row.values.emplace_back(std::string(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(s, i))));
          }
        }
      }
      rows.push_back(std::move(row));
    }
    Status status = rc == SQLITE_DONE ? Status::ok() : error(sql);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (!status) return status;
    return rows;
  }

  Result<int64_t> run(const std::string& sql, const SqlParams& params) override {
    auto st = prepare(sql, params);
    if (!st.ok()) return st.status();
    sqlite3_stmt* s = *st;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    }
    Status status = rc == SQLITE_DONE ? Status::ok() : error(sql);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (!status) return status;
    return static_cast<int64_t>(sqlite3_changes(db_));
  }

  Status begin() override {
    if (in_txn_) return Status(StatusCode::internal, describe() + ": begin() inside a transaction");
    auto s = exec_script("BEGIN IMMEDIATE");
    if (s) in_txn_ = true;
    return s;
  }
  Status commit() override {
    if (!in_txn_) return Status(StatusCode::internal, describe() + ": commit() without begin()");
    auto s = exec_script("COMMIT");
    if (s) in_txn_ = false;
    return s;
  }
  Status rollback() override {
    if (!in_txn_) return Status::ok();
    in_txn_ = false;
    if (sqlite3_get_autocommit(db_)) return Status::ok();  // SQLite rolled back already
    return exec_script("ROLLBACK");
  }
  bool in_transaction() const override { return in_txn_; }
  Status lock_for_writes() override { return Status::ok(); }

 private:
  Status error(const std::string& sql) {
    std::string head = sql.substr(0, 80);
    return Status(StatusCode::store_error,
                  describe() + ": " + sqlite3_errmsg(db_) + " (in: " + head + (sql.size() > 80 ? "...)" : ")"));
  }

  Result<sqlite3_stmt*> prepare(const std::string& sql, const SqlParams& params) {
    sqlite3_stmt* s = nullptr;
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
      s = it->second;
    } else {
      if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) !=
          SQLITE_OK)
        return error(sql);
      if (cache_.size() > 2000) {  // dynamic IN lists: keep the cache bounded
        for (auto& [k, v] : cache_) sqlite3_finalize(v);
        cache_.clear();
      }
      cache_.emplace(sql, s);
    }
    int i = 1;
    for (const auto& p : params) {
      int rc = SQLITE_OK;
      if (auto* n = std::get_if<int64_t>(&p)) rc = sqlite3_bind_int64(s, i, *n);
      else if (auto* d = std::get_if<double>(&p)) rc = sqlite3_bind_double(s, i, *d);
      else if (auto* t = std::get_if<std::string>(&p))
        rc = sqlite3_bind_text(s, i, t->data(), static_cast<int>(t->size()), SQLITE_STATIC);
      else rc = sqlite3_bind_null(s, i);
      if (rc != SQLITE_OK) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return error(sql);
      }
      ++i;
    }
    return s;
  }

  std::string path_;
  sqlite3* db_ = nullptr;
  bool in_txn_ = false;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> open_sqlite(const std::string& path) {
  auto c = std::make_unique<SqliteConnection>(path);
  if (auto s = c->open(); !s) return s;
  return std::unique_ptr<SqlConnection>(std::move(c));
}

}  // namespace dossier::store
