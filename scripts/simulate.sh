#!/usr/bin/env bash
# The main job as a simulated clinic month: builds revcycle and runs `revcycle simulate` into
# simulation-run/ (the X12 files, statements, dashboard.html and the database stay there; point any
# command at it with REVCYCLE_HOME=$PWD/simulation-run). Same seed, same journal and balances.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "simulate: building revcycle…"
swift build --product revcycle >/tmp/revcycle-simulate-build.log 2>&1 || { tail -40 /tmp/revcycle-simulate-build.log; exit 1; }
bin="$(swift build --show-bin-path)/revcycle"
out="${1:-simulation-run}"
"$bin" simulate --days 30 --patients 60 --seed 1 --out "$out"
# Every 837P the run sent, checked by an independent validator (pyx12's x12valid).
claims=("$out"/var/exchange/*/outbox/sent/*.837)
echo "simulate: checking the run's ${#claims[@]} 837P files with pyx12's x12valid…"
if report="$(.venv/bin/python scripts/x12-validate.py "${claims[@]}")"; then
  echo "simulate: all ${#claims[@]} 837P files pass x12valid"
else
  echo "$report" | grep -v ': OK$' >&2
  exit 1
fi
