#!/usr/bin/env bash
# Runs every test: installs what is missing, builds with zero warnings allowed in our own
# targets, then runs `swift test`. This is the README's test command; .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "test: building (debug, with tests; a first build takes several minutes)…"
if ! swift build --build-tests >"$log" 2>&1; then
  grep -E "error:" "$log" | sort -u >&2 || tail -40 "$log" >&2
  echo "test: the build failed" >&2
  exit 1
fi
tail -1 "$log"
# Warnings in our own code fail the run; warnings inside dependencies (.build/checkouts) do not.
ours=$(grep -E "^/.*/(Sources|Plugins|Tests)/.*warning:" "$log" | grep -v "/.build/" | sort -u || true)
if [ -n "$ours" ]; then
  echo "$ours" >&2
  echo "test: our targets have compiler warnings (they must have none)" >&2
  exit 1
fi
echo "test: build clean; running tests…"
swift test --skip-build
