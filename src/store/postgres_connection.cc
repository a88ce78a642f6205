// SqlConnection over PostgreSQL with libpqxx 6.4. Statements are prepared once per connection and
// cached by their SQL text ('?' rewritten to $n); every value travels as text or NULL and the
// server infers the types from the statement. Outside an explicit transaction each statement runs
// in its own. Writers take a transaction-scoped advisory lock (lock_for_writes), so concurrent
// ingests queue instead of deadlocking on each other's unique-key inserts; the UNIQUE sha256
// constraint with ON CONFLICT DO NOTHING makes the second copy of a document a no-op.
#include <pqxx/pqxx>

#include <unordered_map>

#include "store/sql.h"

namespace dossier::store {

namespace {

// The advisory lock key of dossier's writers ("dossier" in ASCII).
constexpr int64_t kWriterLock = 0x646f7373696572;

std::string to_dollar_params(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

// Hides the password of a URL in messages.
std::string redact(const std::string& url) {
  auto at = url.find('@');
  auto scheme = url.find("://");
  if (at == std::string::npos || scheme == std::string::npos) return url;
  auto colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

class PostgresConnection final : public SqlConnection {
 public:
  explicit PostgresConnection(std::string url) : url_(std::move(url)) {}
  ~PostgresConnection() override {
    txn_.reset();
  }

  Status open() {
    try {
      conn_ = std::make_unique<pqxx::connection>(url_);
      pqxx::nontransaction q(*conn_);
      q.exec("SET client_min_messages TO WARNING");
    } catch (const std::exception& e) {
      return Status(StatusCode::store_error, describe() + ": cannot connect: " + trim(e.what()));
    }
    return Status::ok();
  }

  Backend backend() const override { return Backend::postgres; }
  std::string describe() const override { return redact(url_); }

  Status exec_script(const std::string& sql) override {
    return guard(sql, [&](pqxx::transaction_base& t) { t.exec(sql); });
  }

  Result<SqlRows> query(const std::string& sql, const SqlParams& params) override {
    SqlRows rows;
    auto s = guard(sql, [&](pqxx::transaction_base& t) {
      pqxx::result r = execute(t, sql, params);
      rows.reserve(r.size());
      for (const auto& row : r) {
        SqlRow out;
        out.values.reserve(row.size());
        for (const auto& f : row) {
          if (f.is_null()) out.values.emplace_back(std::monostate{});
          else out.values.emplace_back(std::string(f.c_str(), f.size()));
        }
        rows.push_back(std::move(out));
      }
    });
    if (!s) return s;
    return rows;
  }

  Result<int64_t> run(const std::string& sql, const SqlParams& params) override {
    int64_t n = 0;
    auto s = guard(sql, [&](pqxx::transaction_base& t) { n = execute(t, sql, params).affected_rows(); });
    if (!s) return s;
    return n;
  }

  Status begin() override {
    if (txn_) return Status(StatusCode::internal, describe() + ": begin() inside a transaction");
    try {
      txn_ = std::make_unique<pqxx::work>(*conn_);
      locked_ = false;
    } catch (const std::exception& e) {
      return Status(StatusCode::store_error, describe() + ": begin: " + trim(e.what()));
    }
    return Status::ok();
  }
  Status commit() override {
    if (!txn_) return Status(StatusCode::internal, describe() + ": commit() without begin()");
    try {
      txn_->commit();
      txn_.reset();
    } catch (const std::exception& e) {
      txn_.reset();
      return Status(StatusCode::store_error, describe() + ": commit: " + trim(e.what()));
    }
    return Status::ok();
  }
  Status rollback() override {
    if (!txn_) return Status::ok();
    try {
      txn_->abort();
    } catch (...) {
    }
    txn_.reset();
    return Status::ok();
  }
  bool in_transaction() const override { return txn_ != nullptr; }

  Status lock_for_writes() override {
    if (!txn_ || locked_) return Status::ok();
    auto s = run("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")", {});
    if (!s.ok()) return s.status();
    locked_ = true;
    return Status::ok();
  }

 private:
  static std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
  }

  pqxx::result execute(pqxx::transaction_base& t, const std::string& sql, const SqlParams& params) {
    std::vector<std::string> texts(params.size());
    std::vector<const char*> ptrs(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const auto& p = params[i];
      if (auto* n = std::get_if<int64_t>(&p)) texts[i] = std::to_string(*n);
      else if (auto* d = std::get_if<double>(&p)) texts[i] = pqxx::to_string(*d);
      else if (auto* s = std::get_if<std::string>(&p)) texts[i] = *s;
      else continue;
      ptrs[i] = texts[i].c_str();
    }
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
      if (prepared_.size() >= 1000)  // dynamic IN lists: run unprepared
        return t.exec_params(to_dollar_params(sql), pqxx::prepare::make_dynamic_params(ptrs));
      std::string name(1, 's');
      name += std::to_string(prepared_.size());
      conn_->prepare(name, to_dollar_params(sql));
      it = prepared_.emplace(sql, name).first;
    }
    return t.exec_prepared(it->second, pqxx::prepare::make_dynamic_params(ptrs));
  }

  template <typename F>
  Status guard(const std::string& sql, F&& f) {
    try {
      if (txn_) {
        f(*txn_);
      } else {
        pqxx::work t(*conn_);
        f(t);
        t.commit();
      }
    } catch (const std::exception& e) {
      std::string head = sql.substr(0, 80);
      return Status(StatusCode::store_error,
                    describe() + ": " + trim(e.what()) + " (in: " + head + (sql.size() > 80 ? "...)" : ")"));
    }
    return Status::ok();
  }

  std::string url_;
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::work> txn_;
  bool locked_ = false;
  std::unordered_map<std::string, std::string> prepared_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> open_postgres(const std::string& url) {
  auto c = std::make_unique<PostgresConnection>(url);
  if (auto s = c->open(); !s) return s;
  return std::unique_ptr<SqlConnection>(std::move(c));
}

}  // namespace dossier::store
