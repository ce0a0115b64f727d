#!/usr/bin/env python3
"""Validates X12 files with pyx12 4.0.0's x12valid, one file at a time.

Usage: scripts/x12-validate.py FILE...

Runs .venv/bin/x12valid (installed by scripts/setup.sh) on each file and prints `FILE: OK` when
x12valid says OK, otherwise `FILE: Failure` followed by x12valid's error lines (each starting
with `ERROR`). Exits 0 only when every file is OK; 1 when one is not; 2 when x12valid cannot run.

Quirks handled here:
- x12valid exits 1 even for a valid file (its 999 writer fails), so the OK line is what counts.
- x12valid stops at the first file whose guide it has no map for, so each file gets its own run.
- pyx12 4.0.0 ships no map for the 837P errata guide 005010X222A2 (maps.xml lists only
  005010X222A1, and GS08/ST03 code lists hold only 005010X222A1). For those files this script
  builds a map folder in a temporary directory: pyx12's own maps, plus an 837P map that is the
  X222A1 map with 005010X222A2 added to its ST03 codes and to GS08's codes. So an X222A2 file
  is checked against the X222A1 rules; rules that only the errata changed are not checked.

What pyx12 4.0.0 checks in an 837P, and what it does not (found by editing valid files):
- It checks segment order and repeats, mandatory segments and composites (DTP*573 in 2430,
  SV107), SE/GE/IEA counts, dates (20261131 fails) and state codes (N402 XX fails).
- It does not check NPI check digits, ICD-10-CM codes (J06.9 with its dot and ZZZZ99 pass),
  procedure codes, the length of the tax id in REF*EI, or the form of ZIP codes (62701-1234
  passes). RevCycle's 837P builder checks NPIs, diagnosis code form, tax ids and ZIP codes itself.
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv")
X12VALID = os.path.join(VENV, "bin", "x12valid")
ERRATA = "005010X222A2"
BASE = "005010X222A1"


def pyx12_map_folder():
    found = glob.glob(os.path.join(VENV, "lib", "python3*", "site-packages", "pyx12", "map"))
    return found[0] if found else None


def errata_map_folder(workspace):
    """A copy of pyx12's maps that also knows 005010X222A2, checked as X222A1."""
    source = pyx12_map_folder()
    if source is None:
        return None
    folder = os.path.join(workspace, "map")
    shutil.copytree(source, folder)

    def add_code(name):
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        text = re.sub(
            r"(\s*)<code>%s</code>" % BASE,
            lambda match: match.group(0) + match.group(1) + "<code>%s</code>" % ERRATA,
            text,
        )
        return text

    with open(os.path.join(folder, "837.5010.X222.A2.xml"), "w", encoding="utf-8") as handle:
        handle.write(add_code("837.5010.X222.A1.xml"))
    control = add_code("x12.control.00501.xml")
    with open(os.path.join(folder, "x12.control.00501.xml"), "w", encoding="utf-8") as handle:
        handle.write(control)
    maps_path = os.path.join(folder, "maps.xml")
    with open(maps_path, encoding="utf-8") as handle:
        maps = handle.read()
    line = '<map vriic="%s" fic="HC" abbr="837P">837.5010.X222.A1.xml</map>' % BASE
    if line not in maps:
        return None
    maps = maps.replace(line, line + '\n    <map vriic="%s" fic="HC" abbr="837P">837.5010.X222.A2.xml</map>' % ERRATA)
    with open(maps_path, "w", encoding="utf-8") as handle:
        handle.write(maps)
    return folder


def uses_errata(path):
    try:
        with open(path, "rb") as handle:
            return ERRATA.encode() in handle.read()
    except OSError:
        return False


def validate(path, map_folder):
    """Returns the error lines for one file; empty when x12valid says OK."""
    if not os.path.isfile(path):
        return ["ERROR cannot read the file: no such file"]
    command = [X12VALID]
    if map_folder and uses_errata(path):
        command += ["--map-path", map_folder]
    result = subprocess.run(command + [path], capture_output=True, text=True)
    output = (result.stdout + result.stderr).splitlines()
    if any(line.strip() == "%s: OK" % path for line in output):
        return []
    errors = [line.strip() for line in output if "ERROR" in line or "Error" in line]
    return errors or ["ERROR x12valid did not say OK (exit %d): %s" % (result.returncode, " | ".join(output[-3:]))]


def main(paths):
    if not paths:
        print("usage: scripts/x12-validate.py FILE...", file=sys.stderr)
        return 2
    if not os.access(X12VALID, os.X_OK):
        print("ERROR %s is missing; run scripts/setup.sh" % X12VALID, file=sys.stderr)
        return 2
    all_ok = True
    with tempfile.TemporaryDirectory(prefix="x12-validate-") as workspace:
        map_folder = errata_map_folder(workspace) if any(uses_errata(path) for path in paths) else None
        for path in paths:
            errors = validate(path, map_folder)
            if errors:
                all_ok = False
                print("%s: Failure" % path)
                for line in errors:
                    print(line if line.startswith("ERROR") else "ERROR " + line)
            else:
                print("%s: OK" % path)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
