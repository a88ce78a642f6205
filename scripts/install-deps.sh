#!/usr/bin/env bash
# Installs what dossier needs on Debian 12: compilers and C++ libraries from
# Debian's packages, and the pinned npm packages (gazetteer data, validators).
# Idempotent: skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  g++ cmake ninja-build pkg-config make git
  libsqlite3-dev nlohmann-json3-dev libre2-dev libutf8proc-dev libgumbo-dev
  libcli11-dev libfmt-dev libcpp-httplib-dev libpqxx-dev libssl-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev libjemalloc-dev
  postgresql python3 python3-networkx nodejs npm
  wordnet-base
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs/npm may come from elsewhere (e.g. a preinstalled Node): accept a working node + npm.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<< "${missing[*]:-}"
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages, pinned by each folder's package-lock.json.
for dir in tools/gazetteer tools/validate; do
  if [ -f "$dir/package-lock.json" ]; then
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      echo "install-deps: npm ci in $dir"
      npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
    fi
  fi
done
