#!/usr/bin/env bash
# RevCycle next to reference implementations on the same inputs, in one run, side by side:
#   - 835 parse and 837P: `revcycle billing benchmark --claims N --keep DIR --format csv`, then pyx12 4.0.0's
#     X12ContextReader over the same bench.835 and bench.837 (one loop tree per claim);
#   - policy hook calls: `revcycle bench hooks --iterations M --keep DIR --format csv` (hosted: sandbox, budget,
#     deadline and memory cap armed), then the plain lua5.4 interpreter on the plain.lua it wrote (the same
#     function, the same 5-field payload built on every call, the same number of calls, timed with os.clock).
# Prints: what, size, revcycle rate, reference rate, ratio (ours ÷ theirs). Figures are printed, never asserted.
#
# Usage: scripts/bench-vs-reference.sh [claims] [hook-calls]   (default 5000 and 1000000; pyx12 reads ~600 claims/s)
# Installs nothing by hand: when pyx12 (in .venv) or lua5.4 is missing it runs scripts/setup.sh.
set -euo pipefail

claims="${1:-5000}"
hook_calls="${2:-1000000}"
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
python="$repo_root/.venv/bin/python"
lua="${LUA:-lua5.4}"
scratch="${SCRATCH_PATH:-$repo_root/.build}"

if ! { [ -x "$python" ] && "$python" -c 'import pyx12' 2>/dev/null && command -v "$lua" >/dev/null; }; then
  echo "bench-vs-reference: pyx12 (.venv) or $lua is missing; running scripts/setup.sh…" >&2
  "$repo_root/scripts/setup.sh"
fi

cd "$repo_root"
echo "building revcycle (release)…" >&2
swift build --scratch-path "$scratch" -c release --product revcycle >&2
out="$(mktemp -d "${TMPDIR:-/tmp}/revcycle-bench-reference.XXXXXX")"
trap 'rm -rf "$out"' EXIT

echo "running revcycle billing benchmark --claims $claims…" >&2
"$scratch/release/revcycle" billing benchmark --claims "$claims" --keep "$out" --format csv > "$out/billing.csv"
echo "running revcycle bench hooks --iterations $hook_calls…" >&2
"$scratch/release/revcycle" bench hooks --iterations "$hook_calls" --keep "$out" --format csv > "$out/hooks.csv"
echo "running the same policy in $lua ($(command -v "$lua"))…" >&2
# plain.lua prints the timed loop's CPU seconds and a checksum.
"$lua" "$out/plain.lua" "$hook_calls" > "$out/lua.txt"

echo "timing pyx12 on the same 835 and 837P…" >&2
"$python" - "$out" "$hook_calls" "$("$lua" -v 2>&1 | head -1)" <<'PYTHON'
import csv, os, sys, time

import pyx12.error_handler
import pyx12.params
from pyx12.x12context import X12ContextReader

folder, hook_calls, lua_version = sys.argv[1], int(sys.argv[2]), sys.argv[3]


def rows(name, key):
    with open(os.path.join(folder, name), newline="") as handle:
        return {row[key]: row for row in csv.DictReader(handle)}


billing = rows("billing.csv", "phase")
hooks = list(rows("hooks.csv", "side").values())


def pyx12_rate(path, loop_id):
    """Claims and claims per second for pyx12 reading `path` with X12ContextReader, one loop tree per claim."""
    params = pyx12.params.params()
    errh = pyx12.error_handler.errh_null()
    start = time.perf_counter()
    with open(path, encoding="ascii") as source:
        reader = X12ContextReader(params, errh, source)
        claims = sum(1 for node in reader.iter_segments(loop_id) if node.id == loop_id)
    return claims, claims / (time.perf_counter() - start)


with open(os.path.join(folder, "lua.txt")) as handle:
    lua_seconds = float(handle.read().split()[0])

table = []
pyx12_rates = {}
for label, phase, path, loop_id in [
    ("835 parse (vs pyx12 read)", "835 parse", "bench.835", "2100"),
    ("835 stream read (vs pyx12 read)", "835 stream read", "bench.835", "2100"),
    ("837P write (vs pyx12 read)", "837P generate", "bench.837", "2300"),
]:
    if path not in pyx12_rates:  # one pyx12 run per file, however many of our phases compare to it
        pyx12_rates[path] = pyx12_rate(os.path.join(folder, path), loop_id)
    counted, theirs = pyx12_rates[path]
    table.append((label, f"{counted:,} claims", float(billing[phase]["claims/s"]), "pyx12 4.0.0", theirs, "claims/s"))
post = billing["835 parse + post"]
table.append(("835 parse + post", f"{int(post['claims']):,} claims", float(post["claims/s"]), "no reference (revcycle only)", None, "claims/s"))
hosted = hooks[0]
table.append(("policy hook call (vs plain Lua)", f"{hook_calls:,} calls", float(hosted["calls/s"]), lua_version.split(" Copyright")[0].strip(),
              hook_calls / lua_seconds, "calls/s"))

print(f"{'what':32} {'size':>14} {'revcycle':>14} {'reference':>14} {'ratio':>8}  unit, reference")
for what, size, ours, who, theirs, unit in table:
    reference = f"{theirs:>14,.0f}" if theirs else f"{'':>14}"
    ratio = f"{ours / theirs:>7,.2f}x" if theirs else f"{'':>8}"
    print(f"{what:32} {size:>14} {ours:>14,.0f} {reference} {ratio}  {unit}, {who}")
print(f"\nrevcycle: {post['build']} build, {post['machine']}; ratio = revcycle ÷ reference, same files and payload, one run.")
print("pyx12: X12ContextReader over every segment (errh_null); lua: the timed loop of plain.lua (os.clock), "
      "revcycle: SiteScriptRuntime.callPolicy with budget, deadline and memory cap armed.")
PYTHON
