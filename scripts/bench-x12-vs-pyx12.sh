#!/usr/bin/env bash
# Builds revcycle (release), runs `revcycle billing benchmark --claims N --keep DIR`, then times pyx12 4.0.0's
# X12ContextReader over the same 835 and 837P and prints claims per second side by side, with the ratio.
#
# Usage: scripts/bench-x12-vs-pyx12.sh [claims]     (default 5000; pyx12 needs about a second per 600 claims)
# Needs: scripts/setup.sh run once (pyx12 in .venv). Figures are printed, never asserted.
set -euo pipefail

claims="${1:-5000}"
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
python="$repo_root/.venv/bin/python"
scratch="${SCRATCH_PATH:-$repo_root/.build}"
[ -x "$python" ] && "$python" -c 'import pyx12' 2>/dev/null || {
  echo "bench-x12-vs-pyx12: pyx12 is missing from $repo_root/.venv; run scripts/setup.sh first" >&2
  exit 1
}

cd "$repo_root"
echo "building revcycle (release)…" >&2
swift build --scratch-path "$scratch" -c release --product revcycle >&2
out="$(mktemp -d "${TMPDIR:-/tmp}/revcycle-x12-bench.XXXXXX")"
trap 'rm -rf "$out"' EXIT

echo "running revcycle billing benchmark --claims $claims…" >&2
"$scratch/release/revcycle" billing benchmark --claims "$claims" --keep "$out" --format csv > "$out/ours.csv"

echo "timing pyx12 on the same files…" >&2
"$python" - "$out" <<'PYTHON'
import csv, io, os, sys, time

import pyx12.error_handler
import pyx12.params
from pyx12.x12context import X12ContextReader

folder = sys.argv[1]
with open(os.path.join(folder, "ours.csv"), newline="") as handle:
    ours = {row["phase"]: row for row in csv.DictReader(handle)}


def pyx12_rate(path, loop_id):
    """Claims per second for pyx12 reading `path` with X12ContextReader, one loop tree per claim."""
    params = pyx12.params.params()
    errh = pyx12.error_handler.errh_null()
    start = time.perf_counter()
    with open(path, encoding="ascii") as source:
        reader = X12ContextReader(params, errh, source)
        claims = sum(1 for node in reader.iter_segments(loop_id) if node.id == loop_id)
    seconds = time.perf_counter() - start
    return claims, seconds, claims / seconds


rows = [
    ("835 parse", "835 parse", os.path.join(folder, "bench.835"), "2100"),
    ("837P read vs our 837P write", "837P generate", os.path.join(folder, "bench.837"), "2300"),
]
print(f"{'':32} {'claims':>8} {'revcycle claims/s':>18} {'pyx12 claims/s':>15} {'ratio':>8}")
for label, phase, path, loop_id in rows:
    counted, seconds, theirs = pyx12_rate(path, loop_id)
    mine = float(ours[phase]["claims/s"])
    print(f"{label:32} {counted:>8} {mine:>18,.0f} {theirs:>15,.0f} {mine / theirs:>7,.0f}x")
post = ours["835 parse + post"]
print(f"{'835 parse + post (revcycle only)':32} {int(post['claims']):>8} {float(post['claims/s']):>18,.0f}")
build = post["build"]
machine = post["machine"]
print(f"\nrevcycle: {build} build, {machine}; pyx12 {pyx12.__version__ if hasattr(pyx12, '__version__') else '4.0.0'}, "
      f"X12ContextReader over every segment (errh_null), on the same files.")
PYTHON
