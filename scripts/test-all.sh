#!/usr/bin/env bash
# Everything the test suite needs on a fresh Debian machine, then every test.
# System packages come from apt (only those missing); npm packages from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v psql >/dev/null 2>&1 || need+=(postgresql-client)
[ -n "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null)" ] || need+=(postgresql)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-all: installing ${need[*]} with apt-get"
    apt-get update -qq >/dev/null
    # The downloaded .deb files go to a folder of our own, removed after the install, rather than
    # staying in apt's cache: a shared machine's disk was seen with under 1 GB free.
    debs=$(mktemp -d)
    mkdir -p "$debs/partial"
    chmod 755 "$debs" # apt downloads as the _apt user, which must reach it
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      -o Dir::Cache::archives="$debs" "${need[@]}" >/dev/null
    rm -rf "$debs"
  else
    echo "test-all: missing system packages: ${need[*]} (install them with your package manager)" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
# ccusage is the reference for token and cost figures. It stays out of the lockfile: 20.0.24
# lists platform packages that are not on the registry (darwin, win32), which makes `npm ci`
# refuse the lockfile; installed on its own, npm skips the missing optional ones.
npm install --no-save --no-audit --no-fund --ignore-scripts ccusage@20.0.24 >/dev/null
npm test
