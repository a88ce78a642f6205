#!/usr/bin/env bash
# Starts a throwaway local PostgreSQL 15 server for the store tests and prints its URL on stdout,
# e.g. postgresql://dossier@127.0.0.1:54329/dossier_test
#
# - Data lives in a temp folder (default /tmp/dossier-pg-$UID; override with DOSSIER_PG_DIR).
# - Idempotent: when a server started by this script is still running there, it prints the same
#   URL and does nothing else.
# - PostgreSQL refuses to run as root: as root the server runs as the `postgres` system user
#   (or DOSSIER_PG_USER), via runuser.
# - Port: the first free port from 54329 upwards (or DOSSIER_PG_PORT). Listens on 127.0.0.1 only,
#   trust authentication (a local test server; never use it for real data).
# Stop it with: tests/scripts/start-postgres.sh --stop
set -euo pipefail

dir="${DOSSIER_PG_DIR:-/tmp/dossier-pg-$(id -u)}"
db=dossier_test
role=dossier

bindir=""
for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
  if [[ -x "$d/initdb" ]]; then bindir="$d"; break; fi
done
if [[ -z "$bindir" ]]; then
  echo "start-postgres: no PostgreSQL server found (apt-get install postgresql-15)" >&2
  exit 1
fi

as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u "${DOSSIER_PG_USER:-postgres}" -- "$@"
  else
    "$@"
  fi
}

if [[ "${1:-}" == "--stop" ]]; then
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -m fast stop >&2
  fi
  exit 0
fi

url_of() { echo "postgresql://$role@127.0.0.1:$1/$db"; }

# Already running?
if [[ -f "$dir/port" && -f "$dir/data/postmaster.pid" ]]; then
  port=$(cat "$dir/port")
  if as_server_user "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    url_of "$port"
    exit 0
  fi
fi

mkdir -p "$dir"
if [[ $(id -u) -eq 0 ]]; then chown "${DOSSIER_PG_USER:-postgres}" "$dir"; fi
chmod 700 "$dir"

if [[ ! -f "$dir/data/PG_VERSION" ]]; then
  as_server_user "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    echo "start-postgres: initdb failed, see $dir/initdb.log" >&2
    exit 1
  }
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port="${DOSSIER_PG_PORT:-}"
if [[ -z "$port" ]]; then
  for p in $(seq 54329 54429); do
    if port_free "$p"; then port=$p; break; fi
  done
fi
if [[ -z "$port" ]]; then
  echo "start-postgres: no free port in 54329-54429" >&2
  exit 1
fi

as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >&2 || {
  echo "start-postgres: the server did not start, see $dir/server.log" >&2
  exit 1
}
echo "$port" >"$dir/port"

psql=("$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
if [[ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]]; then
  "${psql[@]}" -c "CREATE ROLE $role LOGIN CREATEDB" >&2
fi
if [[ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
  "${psql[@]}" -c "CREATE DATABASE $db OWNER $role" >&2
fi
url_of "$port"
