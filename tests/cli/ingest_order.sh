#!/usr/bin/env bash
# The knowledge base depends on the set of documents, not on the order or the
# batches they came in: the bundled examples ingested all at once, and one file
# at a time in reverse order (so the undated report arrives before the dated
# ones that date it), export to identical JSON.
# Usage: ingest_order.sh DOSSIER_BINARY SHARED_DIR
set -uo pipefail
DOSSIER=$1
SRC=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$SRC"
"$DOSSIER" ingest examples/news --db "$T/once.db" 2>/dev/null || { echo "FAIL ingest at once"; exit 1; }
for f in $(ls examples/news/* | sort -r); do
  "$DOSSIER" ingest "$f" --db "$T/one-by-one.db" 2>/dev/null || { echo "FAIL ingest $f"; exit 1; }
done
"$DOSSIER" export --format json --db "$T/once.db" > "$T/once.json"
"$DOSSIER" export --format json --db "$T/one-by-one.db" > "$T/one-by-one.json"
if ! cmp -s "$T/once.json" "$T/one-by-one.json"; then
  echo "FAIL the two orders give different knowledge bases:"
  diff <(python3 -m json.tool "$T/once.json") <(python3 -m json.tool "$T/one-by-one.json") | head -40
  exit 1
fi
python3 - "$T/once.json" <<'PY' || exit 1
import json, sys
kb = json.load(open(sys.argv[1]))
assert len(kb["documents"]) >= 5 and len(kb["events"]) >= 3, "the examples should give documents and events"
PY
echo "ok   same knowledge base whatever the order ($(python3 -c "import json;k=json.load(open('$T/once.json'));print(len(k['events']),'events,',len(k['documents']),'documents')"))"
