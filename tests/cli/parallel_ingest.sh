#!/usr/bin/env bash
# A batch much larger than the analysis queue (64 documents), analysed on several threads:
# the ingest must finish (a full queue of analysed documents once deadlocked it) and store the
# same knowledge base as a single-threaded ingest.
# Usage: parallel_ingest.sh DOSSIER_BINARY SHARED_DIR
set -uo pipefail
DOSSIER=$1
source "$(dirname "$0")/lib/common.sh"
# 400 short invented reports, each on a different day and town.
python3 - "$T/batch.jsonl" <<'PY'
import json, sys, datetime
towns = ["Quetta", "Peshawar", "Lahore", "Karachi", "Kabul", "Mosul", "Kirkuk", "Aden"]
with open(sys.argv[1], "w") as f:
    for i in range(400):
        day = datetime.date(2015, 1, 1) + datetime.timedelta(days=i)
        town = towns[i % len(towns)]
        text = (f"{town.upper()}, {day:%B} {day.day}, {day.year} - Gunmen attacked a checkpoint in {town} on "
                f"{day:%A}, killing {i % 9 + 2} policemen and wounding {i % 5 + 1} others, officials said. "
                f"Report number {i}.")
        f.write(json.dumps({"title": f"Attack in {town} ({i})", "published": day.isoformat(),
                            "url": f"https://example.org/{i}", "text": text}) + "\n")
PY
timeout 300 "$DOSSIER" ingest "$T/batch.jsonl" --jobs 4 --db "$T/par.db" 2>"$T/par.err"; rc=$?
check "four threads: finishes, exit 0 (rc $rc)" test $rc -eq 0
timeout 300 "$DOSSIER" ingest "$T/batch.jsonl" --jobs 1 --db "$T/seq.db" 2>/dev/null
docs() { "$DOSSIER" export --format json --db "$1" | python3 -c "import json,sys; print(len(json.load(sys.stdin)['documents']))"; }
check "four threads: every document stored" test "$(docs "$T/par.db")" -eq 400
"$DOSSIER" export --format json --db "$T/par.db" > "$T/par.json"
"$DOSSIER" export --format json --db "$T/seq.db" > "$T/seq.json"
check "four threads: the same knowledge base as one" cmp -s "$T/par.json" "$T/seq.json"
if [ $fails -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all parallel ingest checks passed"
