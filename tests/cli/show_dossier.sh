#!/usr/bin/env bash
# The dossier of an actor as `show` prints it, on the seed articles: roles read
# as an analyst would say them, relations with their evidence and source.
# Usage: show_dossier.sh DOSSIER_BINARY SHARED_DIR
set -uo pipefail
DOSSIER=$1
SHARED=$2
source "$(dirname "$0")/lib/common.sh"

"$DOSSIER" ingest "$SHARED/corpus/seeds" --db "$DB" 2>"$T/ingest.err"
check "ingest the seeds" test $? -eq 0

# A person tied to an organisation with no post named ("X of the think tank Y").
"$DOSSIER" show "Saifullah Mahsud" --db "$DB" > "$T/person.txt"
check "show finds the person" grep -q "^ACTOR Saifullah Mahsud" "$T/person.txt"
check "a role with no title reads 'affiliated with'" grep -q "role: affiliated with FATA Research Center" "$T/person.txt"
check "no role line with an empty title" bash -c "! grep -q 'role:  ' '$T/person.txt'"
check "the relation quotes its sentence" grep -q "said Saifullah Mahsud of the Islamabad-based think tank" "$T/person.txt"

# A person with a post: the title and the body it belongs to.
"$DOSSIER" show "Qamar Javed Bajwa" --db "$DB" > "$T/chief.txt"
check "a titled role names its body" grep -q "role: General of Pakistan Army" "$T/chief.txt"
check "and the post held, with its title" grep -q "holds_position (army chief) Pakistan Army" "$T/chief.txt"

# An event's dossier says who laid the blame, apart from who claimed it (an article of our own).
cat > "$T/blame.txt" <<'ARTICLE'
Gunmen kill 10 at wedding

KANDAHAR, Afghanistan, May 19 - Gunmen killed 10 people at a wedding in Kandahar on Sunday, police said. The Taliban denied involvement and blamed the Islamic State.
ARTICLE
"$DOSSIER" ingest "$T/blame.txt" --db "$T/blame.db" --published 2019-05-20 2>"$T/blame.err"
event=$("$DOSSIER" events --db "$T/blame.db" | grep -o 'event:[0-9a-f]*' | head -1)
"$DOSSIER" show "$event" --db "$T/blame.db" > "$T/event.txt"
check "the blamed group is a perpetrator" grep -q "perpetrators: Islamic State" "$T/event.txt"
check "the blamer is named apart" grep -q "blamed by:    Taliban" "$T/event.txt"
check "a blame is no claim" bash -c "! grep -q 'claimed by:' '$T/event.txt'"

exit $((fails > 0))
