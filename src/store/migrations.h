// Numbered schema migrations, shared by the SQLite and PostgreSQL stores.
//
// The SQL lives in src/store/migrations/ as NNNN_name.sql (both backends) plus optional
// NNNN_name.sqlite.sql / NNNN_name.postgres.sql (one backend: full-text indexes differ). The build
// embeds the files (see CMakeLists.txt). A store applies, in a transaction, every version above the
// one recorded in its schema_migrations table, shared file first, then the backend's file, after
// replacing the type placeholders (@SERIAL_PK@, @BIGINT@).
//
// Thread-safety: pure functions over static data.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier::store {

struct MigrationFile {
  const char* name;  // "0001_init.sql"
  const char* sql;
};
// The files as embedded at build time, sorted by name.
const std::vector<MigrationFile>& embedded_migration_files();

enum class Backend { sqlite, postgres };

struct Migration {
  int version = 0;
  std::string name;  // "0001_init"
  std::string sql;   // ready to run on the backend
};

// The migrations for one backend, in version order.
std::vector<Migration> migrations_for(Backend backend);

// Splits a script into statements at ';' outside quotes, comments and
// BEGIN...END trigger bodies.
std::vector<std::string> split_sql_statements(std::string_view script);

}  // namespace dossier::store
