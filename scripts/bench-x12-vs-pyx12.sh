#!/usr/bin/env bash
# Renamed: scripts/bench-vs-reference.sh puts pyx12 (835, 837P) and plain lua5.4 (hooks) next to RevCycle.
exec "$(dirname "$0")/bench-vs-reference.sh" "$@"
