#!/usr/bin/env bash
# Runs every test: starts a throwaway PostgreSQL server so the store tests run
# against both backends, then ctest. Stops the server on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
if [ -x tests/scripts/start-postgres.sh ] || [ -f tests/scripts/start-postgres.sh ]; then
  if url=$(bash tests/scripts/start-postgres.sh); then
    export DOSSIER_TEST_PG_URL="$url"
    echo "run-tests: PostgreSQL at $url"
    trap 'bash tests/scripts/start-postgres.sh --stop >/dev/null 2>&1 || true' EXIT
  else
    echo "run-tests: could not start PostgreSQL" >&2
    exit 1
  fi
fi
ctest --test-dir "$BUILD" --output-on-failure -j "$(nproc)"
