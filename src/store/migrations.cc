// Assembles the embedded migration files into one script per version and backend.
// A file name is NNNN_name[.backend].sql; files of one version are joined shared-first, so a
// backend file can ALTER what the shared file created.
#include "store/migrations.h"

#include <cctype>
#include <map>

namespace dossier::store {

namespace {

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}

}  // namespace

std::vector<Migration> migrations_for(Backend backend) {
  std::string_view mine = backend == Backend::sqlite ? "sqlite" : "postgres";
  struct Parts {
    std::string name, shared, specific;
  };
  std::map<int, Parts> by_version;
  for (const auto& f : embedded_migration_files()) {
    std::string_view name(f.name);
    if (name.size() < 9 || !std::isdigit(static_cast<unsigned char>(name[0]))) continue;
    int version = std::stoi(std::string(name.substr(0, 4)));
    std::string_view stem = name.substr(0, name.size() - 4);  // drop ".sql"
    auto dot = stem.find('.');
    Parts& p = by_version[version];
    if (dot == std::string_view::npos) {
      p.name = std::string(stem);
      p.shared = f.sql;
    } else if (stem.substr(dot + 1) == mine) {
      if (p.name.empty()) p.name = std::string(stem.substr(0, dot));
      p.specific = f.sql;
    }
  }
  std::vector<Migration> out;
  for (auto& [version, p] : by_version) {
    Migration m;
    m.version = version;
    m.name = p.name;
    m.sql = p.shared + "\n" + p.specific;
    replace_all(m.sql, "@SERIAL_PK@",
                backend == Backend::sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY");
    replace_all(m.sql, "@BIGINT@", backend == Backend::sqlite ? "INTEGER" : "BIGINT");
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<std::string> split_sql_statements(std::string_view script) {
  std::vector<std::string> out;
  std::string cur;
  int depth = 0;  // inside CREATE TRIGGER ... BEGIN ... END
  auto flush = [&] {
    size_t b = cur.find_first_not_of(" \t\r\n");
    if (b != std::string::npos) out.push_back(cur.substr(b));
    cur.clear();
  };
  auto word_at = [&](size_t i, std::string_view w) {
    if (i + w.size() > script.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (std::toupper(static_cast<unsigned char>(script[i + k])) != w[k]) return false;
    bool left = i == 0 || !std::isalnum(static_cast<unsigned char>(script[i - 1]));
    bool right = i + w.size() == script.size() || !std::isalnum(static_cast<unsigned char>(script[i + w.size()]));
    return left && right;
  };
  for (size_t i = 0; i < script.size(); ++i) {
    char c = script[i];
    if (c == '-' && i + 1 < script.size() && script[i + 1] == '-') {
      while (i < script.size() && script[i] != '\n') ++i;
      cur += '\n';
      continue;
    }
    if (c == '\'' || c == '"') {
      size_t j = i + 1;
      while (j < script.size() && script[j] != c) ++j;
      cur.append(script.substr(i, j - i + 1));
      i = j;
      continue;
    }
    if (word_at(i, "BEGIN")) ++depth;
    if (depth > 0 && word_at(i, "END")) --depth;
    if (c == ';' && depth == 0) {
      flush();
      continue;
    }
    cur += c;
  }
  flush();
  return out;
}

}  // namespace dossier::store
