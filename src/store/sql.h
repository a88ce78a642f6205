// A small SQL connection interface, so that one store implementation (SqlStore) serves both
// SQLite and PostgreSQL. Statements use '?' placeholders; the PostgreSQL connection rewrites them
// to $1, $2 ... Values travel as SqlValue (null, integer, real, text); PostgreSQL hands every
// column back as text and the typed accessors of SqlRow convert.
//
// Thread-safety: a connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "dossier/status.h"
#include "store/migrations.h"

namespace dossier::store {

using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;
using SqlParams = std::vector<SqlValue>;

inline SqlValue sql_text_or_null(const std::string& s) {
  return s.empty() ? SqlValue{} : SqlValue{s};
}
template <typename T>
inline SqlValue sql_opt(const std::optional<T>& v) {
  if (!v) return SqlValue{};
  if constexpr (std::is_floating_point_v<T>) return SqlValue{static_cast<double>(*v)};
  else return SqlValue{static_cast<int64_t>(*v)};
}

struct SqlRow {
  std::vector<SqlValue> values;
  bool null(size_t i) const { return std::holds_alternative<std::monostate>(values[i]); }
  std::string str(size_t i) const;            // "" for null
  int64_t i64(size_t i) const;                // 0 for null
  double f64(size_t i) const;                 // 0 for null
  std::optional<int64_t> opt_i64(size_t i) const;
  std::optional<double> opt_f64(size_t i) const;
};
using SqlRows = std::vector<SqlRow>;

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Backend backend() const = 0;
  // Several statements, no parameters (migrations).
  virtual Status exec_script(const std::string& sql) = 0;
  virtual Result<SqlRows> query(const std::string& sql, const SqlParams& params = {}) = 0;
  // Returns the number of rows changed.
  virtual Result<int64_t> run(const std::string& sql, const SqlParams& params = {}) = 0;
  virtual Status begin() = 0;  // a write transaction
  virtual Status commit() = 0;
  virtual Status rollback() = 0;
  virtual bool in_transaction() const = 0;
  // Serializes writers across processes for the rest of the transaction (PostgreSQL: an advisory
  // lock; SQLite: BEGIN IMMEDIATE already did).
  virtual Status lock_for_writes() = 0;
  // For error messages: "sqlite:/path/x.db", "postgresql://host/db".
  virtual std::string describe() const = 0;
};

Result<std::unique_ptr<SqlConnection>> open_sqlite(const std::string& path);
Result<std::unique_ptr<SqlConnection>> open_postgres(const std::string& url);

}  // namespace dossier::store
