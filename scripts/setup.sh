#!/usr/bin/env bash
# Installs what RevCycle needs to build and test, only where it is missing (safe to run again).
# Debian packages: Lua 5.4 (library, headers, the plain interpreter for benchmarks), SQLite headers
# for GRDB, pkg-config. Swift itself comes with the machine (/opt/swift).
set -euo pipefail

need_apt=()
for package in liblua5.4-dev lua5.4 libsqlite3-dev pkg-config; do
  dpkg -s "$package" >/dev/null 2>&1 || need_apt+=("$package")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

command -v swift >/dev/null 2>&1 || {
  echo "setup: swift is not on PATH; install the Swift 6 toolchain (swift.org) and try again" >&2
  exit 1
}
pkg-config --exists lua5.4 || { echo "setup: pkg-config cannot find lua5.4 after installing liblua5.4-dev" >&2; exit 1; }

# The independent 270/271 validator (scripts/x12-validate-eligibility.py): linuxforhealth-x12 0.57.0
# with pydantic<2, in a virtualenv at .venv. Installed only when the venv or the package is missing.
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$repo_root/.venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import linuxforhealth.x12.io' >/dev/null 2>&1; then
  echo "setup: installing linuxforhealth-x12 0.57.0 into $venv"
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q linuxforhealth-x12==0.57.0 'pydantic<2'
fi

# The independent 837P/835 validator: pyx12 4.0.0 (`x12valid FILE` prints "FILE: OK" on success; its exit
# status is 1 even then, so read the OK line). In the same virtualenv, installed only when missing.
if ! "$venv/bin/python" -c 'import pyx12' >/dev/null 2>&1; then
  echo "setup: installing pyx12 4.0.0 into $venv"
  "$venv/bin/pip" install -q pyx12==4.0.0
fi

# Headless Chromium renders the HTML documents (estimates, statements, dashboards) to PNG in tests.
if ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing chromium (headless HTML rendering for document tests)"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
