#!/usr/bin/env bash
# An analyst's corrections to the merge: unmerge an event, undo it, merge two
# events, switch the casualty rule, merge two actors and split an alias off; and an undated
# report dated from dated reports of the same event (published_how = inferred).
# Usage: corrections.sh DOSSIER_BINARY SHARED_DIR
set -uo pipefail
DOSSIER=$1
source "$(dirname "$0")/lib/common.sh"
kb() { "$DOSSIER" export --format json --db "$DB" | python3 -c "import json,sys; k=json.load(sys.stdin); $1"; }
event_count() { kb 'print(len(k["events"]))'; }

# Reports written for this test (invented figures): two outlets on one market bombing,
# one on a shooting two months later, and an undated report of the bombing.
cat > "$T/feed.jsonl" <<'JSONL'
{"title": "Bomb kills 12 at Peshawar market", "published": "2019-03-02", "url": "https://a.example/1", "text": "PESHAWAR, Pakistan, March 2, 2019 - A bomb hidden in a motorcycle exploded in a crowded market in Peshawar on Saturday, killing 12 people and wounding 30, police said. No group immediately claimed responsibility."}
{"title": "Peshawar market blast toll rises", "published": "2019-03-03", "url": "https://b.example/2", "text": "PESHAWAR, March 3, 2019 - A bomb exploded in a market in Peshawar on Saturday, killing 16 people and wounding 34, hospital officials said on Sunday."}
{"title": "Gunmen kill four police in Quetta", "published": "2019-05-10", "url": "https://c.example/3", "text": "QUETTA, Pakistan, May 10, 2019 - Gunmen attacked a police checkpoint in Quetta on Friday, killing four policemen, officials said."}
JSONL
printf 'Market bombing in Peshawar\n\nA bomb exploded in a busy market in Peshawar on Saturday, killing at least 14 people and wounding dozens, police officials said.\n' > "$T/undated.txt"

"$DOSSIER" ingest "$T/feed.jsonl" "$T/undated.txt" --db "$DB" 2>"$T/ingest.err"
check "ingest" test $? -eq 0
check "one bombing from three reports, one shooting" test "$(event_count)" -eq 2
bombing=$(kb 'print(max(k["events"], key=lambda e: len(e["sources"]))["id"])')
check "the bombing has three sources" test "$(kb "print(len([e for e in k['events'] if e['id']=='$bombing'][0]['sources']))")" -eq 3
check "undated report: publication inferred" test "$(kb 'print([d["published_how"] for d in k["documents"] if d["path"].endswith("undated.txt")][0])')" = inferred
check "undated report: window from the dated reports" test "$(kb 'd=[d for d in k["documents"] if d["path"].endswith("undated.txt")][0]; print(d["published"], d.get("published_latest"))')" = "2019-03-02 2019-03-03"
check "undated report: in the bombing" test "$(kb "u=[d['id'] for d in k['documents'] if d['path'].endswith('undated.txt')][0]; print(len([e for e in k['events'] for s in e['sources'] if s['document']==u and len(e['sources'])==3]))")" -eq 1
"$DOSSIER" annotate "$T/undated.txt" --published 2019-03-02 > "$T/ann.json"
check "undated report: its Saturday resolves against the inferred date" grep -q '"2019-03-02"' "$T/ann.json"
# The stored analysis was redone with the window's end as its date (not only the metadata).
analysed=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"SELECT analysed_published FROM documents WHERE path LIKE '%undated.txt'\").fetchone()[0])" "$DB")
check "undated report: analysed again with the inferred date" test "$analysed" = 2019-03-03
check "ingest says what it dated" grep -q "published_how = inferred" "$T/ingest.err"

# show: each source's figure, the consolidated one, and why each source is in the event.
"$DOSSIER" show "$bombing" --db "$DB" > "$T/show.txt"
check "show: merge reasons" grep -q "merged: score" "$T/show.txt"
check "show: how the toll was chosen" grep -q "best = median" "$T/show.txt"
check "show: undated window" grep -q "inferred" "$T/show.txt"

# Unmerge one document out of the bombing, then undo it.
doc=$(kb "print(sorted(s['document'] for e in k['events'] if e['id']=='$bombing' for s in e['sources'])[0])")
"$DOSSIER" unmerge "$bombing" --document "$doc" --note "test" --db "$DB" 2>/dev/null
check "unmerge: exit 0" test $? -eq 0
check "unmerge: three events" test "$(event_count)" -eq 3
"$DOSSIER" overrides --db "$DB" > "$T/ov.txt"
check "overrides listed" grep -q "event_apart" "$T/ov.txt"
"$DOSSIER" ingest "$T/feed.jsonl" --db "$DB" 2>/dev/null
check "a later ingest keeps the correction" test "$(event_count)" -eq 3
ids=$(awk '$2 ~ /event_/ {print $1}' "$T/ov.txt")
"$DOSSIER" overrides --db "$DB" $(for i in $ids; do echo --remove "$i"; done) >/dev/null
check "undo: two events again" test "$(event_count)" -eq 2

# Merge the two remaining events by hand, then undo.
read -r e1 e2 <<<"$(kb 'print(" ".join(e["id"] for e in k["events"]))')"
"$DOSSIER" merge "$e1" "$e2" --db "$DB" 2>/dev/null
check "merge: one event" test "$(event_count)" -eq 1
ids=$("$DOSSIER" overrides --db "$DB" | awk '$2 == "event_together" {print $1}')
check "merge: one correction per pair of sources" test "$(echo "$ids" | wc -l)" -ge 3
"$DOSSIER" overrides $(for i in $ids; do echo --remove "$i"; done) --db "$DB" >/dev/null
check "undo merge: two events" test "$(event_count)" -eq 2

# Casualty rule: conservative takes the lowest figure.
best() { kb "print([e for e in k['events'] if len(e['sources'])==3][0]['killed']['best'])"; }
median=$(best)
"$DOSSIER" rebuild --casualty-rule conservative --db "$DB" 2>/dev/null
check "conservative rule: lowest figure (12)" test "$(best)" -eq 12
check "best estimate was not the lowest" test "$median" -gt 12
"$DOSSIER" rebuild --casualty-rule bogus --db "$DB" 2>/dev/null
check "unknown rule: exit 1" test $? -eq 1

# Errors name what is wrong.
"$DOSSIER" unmerge event:0000 --db "$DB" 2>"$T/e1"; rc=$?
check "unmerge unknown id: exit 1" test $rc -eq 1
check "unmerge unknown id: says so" grep -q "event:0000" "$T/e1"
n_before=$("$DOSSIER" overrides --db "$DB" | wc -l)
"$DOSSIER" unmerge "$bombing" --document "$doc" --db "$DB" 2>/dev/null
first=$("$DOSSIER" overrides --db "$DB" | awk '$2 == "event_apart" {print $1; exit}')
"$DOSSIER" overrides --remove "$first" --remove 999 --db "$DB" 2>"$T/e2"; rc=$?
check "remove unknown override: exit 1" test $rc -eq 1
check "remove unknown override: nothing removed (all or nothing)" grep -q "^$first " <("$DOSSIER" overrides --db "$DB")
big=$(kb 'print(max(k["events"], key=lambda e: len(e["sources"]))["id"])')
"$DOSSIER" unmerge "$big" $(kb "print(' '.join('--document '+s['document'] for e in k['events'] if e['id']=='$big' for s in e['sources']))") --db "$DB" 2>"$T/e3"; rc=$?
check "unmerge naming every source: exit 1" test $rc -eq 1
check "unmerge naming every source: says why" grep -q "every source" "$T/e3"

# Two renderings of one unknown group become two actors; the analyst makes them one, then
# splits one rendering off again, then undoes both (invented group and figures).
cat > "$T/front.jsonl" <<'JSONL'
{"title": "Front claims Kabul bombing", "published": "2019-06-02", "url": "https://a.example/9", "text": "KABUL, June 2, 2019 - A little-known group calling itself the Khorasan Martyrs Front claimed responsibility for a bombing in Kabul on Saturday that killed nine people, police said."}
{"title": "Brigade behind Kabul blast", "published": "2019-06-03", "url": "https://b.example/9", "text": "KABUL, June 3, 2019 - The Khorasan Martyrs Brigade said it carried out Saturday's bombing in Kabul, which killed 11 people, officials said."}
JSONL
ADB="$T/actors.db"
akb() { "$DOSSIER" export --format json --db "$ADB" | python3 -c "import json,sys; k=json.load(sys.stdin); $1"; }
"$DOSSIER" ingest "$T/front.jsonl" --db "$ADB" 2>/dev/null
check "actors: two renderings, two actors" test "$(akb 'print(len([a for a in k["actors"] if "Khorasan" in a["name"]]))')" -eq 2
"$DOSSIER" merge "Khorasan Martyrs Brigade" "khorasan martyrs front" --note "one group" --db "$ADB" 2>"$T/m.err"
check "actor merge: exit 0" test $? -eq 0
check "actor merge: one actor with both names" test "$(akb 'a=[a for a in k["actors"] if "Khorasan" in a["name"]]; print(len(a), a[0]["name"], sorted(a[0]["aliases"]))')" = "1 Khorasan Martyrs Brigade ['Khorasan Martyrs Brigade', 'Khorasan Martyrs Front']"
check "actor merge: the event's perpetrators are the one actor" test "$(akb 'print(len(k["events"][0]["perpetrators"]))')" -eq 1
check "actor merge: both documents" test "$(akb 'print(len([a for a in k["actors"] if "Khorasan" in a["name"]][0]["documents"]))')" -eq 2
"$DOSSIER" merge "Khorasan Martyrs Brigade" "Khorasan Martyrs Front" --db "$ADB" 2>"$T/m2.err"; rc=$?
check "actor merge again: exit 1, says why" test $rc -eq 1 -a -n "$(grep 'one actor already' "$T/m2.err")"
"$DOSSIER" unmerge "Khorasan Martyrs Brigade" --alias "Khorasan Martyrs Front" --db "$ADB" 2>/dev/null
check "alias split off the merged actor: two actors" test "$(akb 'print(len([a for a in k["actors"] if "Khorasan" in a["name"]]))')" -eq 2
"$DOSSIER" overrides --db "$ADB" $(for i in $("$DOSSIER" overrides --db "$ADB" | awk '$2 ~ /actor_|alias_/ {print $1}'); do echo --remove "$i"; done) >/dev/null
check "undo both: two actors, no corrections" test "$(akb 'print(len([a for a in k["actors"] if "Khorasan" in a["name"]]))')" -eq 2 -a "$("$DOSSIER" overrides --db "$ADB" | wc -l)" -eq 1

if [ $fails -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all corrections checks passed"
