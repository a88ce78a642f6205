#!/usr/bin/env bash
# Runs every benchmark and quality harness in bench/ and keeps the output with
# the date and the machine in bench/results/, so speed and quality changes can
# be compared over time (re2's benchlog idea).
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
mkdir -p bench/results
out="bench/results/$(date -u +%Y-%m-%d)-$(hostname -s).txt"
{
  echo "# $(date -u +%FT%TZ) on $(hostname -s): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "# commit $(git rev-parse --short HEAD 2>/dev/null)"
  for b in "$BUILD"/bench/*; do
    [ -x "$b" ] || continue
    case "$(basename "$b")" in train_*) continue ;; esac
    echo; echo "## $(basename "$b")"
    timeout 1800 "$b" 2>&1
  done
} | tee "$out"
echo "results kept in $out"
