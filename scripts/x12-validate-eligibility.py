#!/usr/bin/env python3
"""Validates X12 270/271 (005010X279A1) files with linuxforhealth-x12 0.57.0.

Usage: .venv/bin/python scripts/x12-validate-eligibility.py FILE...

Each file is parsed into linuxforhealth's transaction models, which raise on invalid segments,
codes, hierarchy links and counts. Prints `FILE: OK` when every transaction set in the file
parses, otherwise `FILE: Failure` followed by the error lines (each starting with `ERROR`).
Exits 0 only when every file is OK; 1 when one is not; 2 when the tool cannot run.

Install the validator with scripts/setup.sh (a virtualenv at .venv with linuxforhealth-x12
0.57.0 and pydantic<2). Do not use it on 835s: it rejects the required 1000A PER*BL.
"""

import sys

try:
    from linuxforhealth.x12.io import X12ModelReader
except ImportError as error:  # pragma: no cover - reported to the caller
    print(
        f"ERROR linuxforhealth-x12 is not installed ({error}); run scripts/setup.sh "
        "and use .venv/bin/python",
        file=sys.stderr,
    )
    sys.exit(2)

ELIGIBILITY_SETS = {"270", "271"}


def validate(path):
    """Returns the error lines for one file; empty when it is valid."""
    try:
        with open(path, "r", encoding="ascii") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        return [f"cannot read the file: {error}"]
    if "\r" in text:
        # linuxforhealth drops only line feeds between segments.
        text = text.replace("\r", "")
    try:
        with X12ModelReader(text) as reader:
            models = list(reader.models())
    except Exception as error:  # linuxforhealth raises pydantic, parsing and key errors alike
        lines = [line for line in str(error).splitlines() if line.strip()]
        if not lines:
            return [type(error).__name__]
        return [f"{type(error).__name__}: {lines[0]}"] + [line.strip() for line in lines[1:]]
    if not models:
        return ["no transaction set was found"]
    errors = []
    for model in models:
        code = model.header.st_segment.transaction_set_identifier_code
        if code not in ELIGIBILITY_SETS:
            errors.append(f"transaction set {code} is not a 270 or 271")
    return errors


def main(paths):
    if not paths:
        print("usage: x12-validate-eligibility.py FILE...", file=sys.stderr)
        return 2
    all_ok = True
    for path in paths:
        errors = validate(path)
        if errors:
            all_ok = False
            print(f"{path}: Failure")
            for line in errors:
                print(f"ERROR {line}")
        else:
            print(f"{path}: OK")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
