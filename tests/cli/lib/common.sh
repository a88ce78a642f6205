# Shared by the CLI tests (sourced): a temporary folder removed on exit, a store in it, and
# check NAME CONDITION... which prints ok/FAIL and counts failures in $fails.
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DB="$T/kb.db"
fails=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
