#!/usr/bin/env bash
# Bad input never crashes, never loses what is stored, and is named in the error:
# a missing path, a folder of mixed files, an empty file, a binary file, invalid
# UTF-8, a 100 MB text file, a truncated HTML page, a JSON Lines file with one
# broken line. Usage: bad_inputs.sh DOSSIER_BINARY SHARED_DIR
set -uo pipefail
DOSSIER=$1
SHARED=$2
SRC=$(cd "$(dirname "$0")/../.." && pwd)
source "$(dirname "$0")/lib/common.sh"
doc_count() { "$DOSSIER" export --format json --db "$DB" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["documents"]))'; }

# A good store to protect.
"$DOSSIER" ingest "$SRC/examples" --db "$DB" 2>"$T/good.err"
check "examples ingest cleanly" test $? -eq 0
before=$(doc_count)
check "examples stored" test "$before" -ge 5

# 1. Missing path.
"$DOSSIER" ingest "$T/nope.txt" --db "$DB" 2>"$T/e1"; rc=$?
check "missing path: exit 1" test $rc -eq 1
check "missing path: names the file" grep -q "nope.txt" "$T/e1"

# 2..8: a folder of mixed bad and good files.
mkdir -p "$T/mixed/sub"
: > "$T/mixed/empty.txt"
head -c 4096 /dev/urandom > "$T/mixed/blob.bin"
printf 'A good line of text.\nThen a bad byte: \xff\xfe here.\n' > "$T/mixed/latin.txt"
printf '<html><head><title>Cut off</title></head><body><article><p>Militants attacked a checkpoint in Kandahar on Sunday, killing four soldiers, officials said.</p><p>The Taliban claimed the attack in a state' > "$T/mixed/truncated.html"
{
  echo '{"title": "First", "published": "2019-03-01", "text": "Gunmen killed three policemen in Peshawar on Friday, police said."}'
  echo '{"title": "Broken", "text": "this line is not valid JSON'
  echo '{"title": "Third", "published": "2019-03-02", "text": "A roadside bomb killed two soldiers in North Waziristan on Saturday."}'
} > "$T/mixed/sub/feed.jsonl"
cp "$SRC/examples/news/05-pledge.txt" "$T/mixed/sub/good.txt"
"$DOSSIER" ingest "$T/mixed" --db "$DB" 2>"$T/e2"; rc=$?
check "mixed folder: exit 1 (something failed)" test $rc -eq 1
check "empty file named" grep -q "empty.txt" "$T/e2"
check "binary file named" grep -q "blob.bin" "$T/e2"
check "invalid UTF-8 named with byte offset" grep -Eq "latin.txt.*(byte|offset) ?[0-9]+" "$T/e2"
check "broken JSON line named with line number" grep -Eq "feed.jsonl.*line 2" "$T/e2"
after=$(doc_count)
# good.txt is a duplicate of an example (stored once); truncated.html and two JSONL lines are new.
check "the rest of the batch went on (3 new documents)" test "$after" -eq $((before + 3))
"$DOSSIER" search "Waziristan" --db "$DB" > "$T/s1"
check "good line after the broken one is searchable" grep -q "Waziristan" "$T/s1"
"$DOSSIER" search "Kandahar" --db "$DB" > "$T/s2"
check "truncated HTML kept what it had" grep -q "Kandahar" "$T/s2"

# 100 MB text file: a clear answer, no crash, nothing lost.
yes "Militants attacked a police post near the border on Monday and fled." | head -c 104857600 > "$T/huge.txt"
"$DOSSIER" ingest "$T/huge.txt" --db "$DB" 2>"$T/e3"; rc=$?
check "100 MB file: no crash (exit 0 or 1)" test $rc -le 1
check "100 MB file: store intact" test "$(doc_count)" -ge "$after"
if [ $rc -eq 1 ]; then check "100 MB file: named" grep -q "huge.txt" "$T/e3"; fi

# Same bytes twice: stored once.
n1=$(doc_count); "$DOSSIER" ingest "$SRC/examples" --db "$DB" 2>/dev/null; n2=$(doc_count)
check "same bytes twice stored once" test "$n1" -eq "$n2"

# Bad usage.
"$DOSSIER" events --from 2016-13-45 --db "$DB" 2>"$T/e4"; rc=$?
check "bad date option: exit 1 and named" test $rc -eq 1 -a -s "$T/e4"
"$DOSSIER" frobnicate 2>/dev/null; rc=$?
check "unknown subcommand: exit 1" test $rc -eq 1
for sub in ingest annotate events actors relations show search export; do
  "$DOSSIER" $sub --help > "$T/h" 2>&1; rc=$?
  check "$sub --help" test $rc -eq 0 -a -s "$T/h"
done

[ $fails -eq 0 ]
