// Store::open: picks the backend from the URL (postgresql:// or postgres:// is PostgreSQL,
// anything else a SQLite file path, "sqlite:" prefix allowed) and applies pending migrations.
#include "dossier/store.h"

#include "store/sql_store.h"

namespace dossier {

Result<std::unique_ptr<Store>> Store::open(const std::string& url) {
  if (url.empty()) return Status(StatusCode::invalid_input, "--db: empty store location");
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    auto c = store::open_postgres(url);
    if (!c.ok()) return c.status();
    return store::SqlStore::open(std::move(*c));
  }
  std::string path = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : url;
  auto c = store::open_sqlite(path);
  if (!c.ok()) return c.status();
  return store::SqlStore::open(std::move(*c));
}

}  // namespace dossier
