#!/usr/bin/env bash
# Looks at an HTML page as a person would: renders it in headless Chromium, saves a screenshot,
# and checks in the rendered page that every piece of text can be read — none printed over
# another, cut off by a clipping box, running past its box or the page, or invisible (no size,
# hidden, transparent, tiny, too little contrast) — and that each --expect TEXT is visible.
#
#   scripts/html-layout-check.sh FILE.html OUT.png [--width PX] [--expect TEXT]... [--pdf OUT.pdf]
#
#   --width PX     window width in CSS pixels (default 816: US Letter's 8.5 in at 96 px/in)
#   --expect TEXT  a string that must be visible on the page (repeatable)
#   --pdf OUT.pdf  also print the page to PDF with its own @page rules and report "pdf: OUT.pdf (N pages)",
#                  so a caller can see that what should fit a page does
#
# The screenshot is the whole page at that width (at least 1056 px tall, Letter's 11 in). The check
# runs html-layout-check.js (beside this script) in a copy of the page; relative links in the
# page would resolve against that copy's temporary folder, so it is meant for self-contained pages.
#
# Prints "layout ok" and exits 0, or one line per problem ("overlap: …", "overflow: …", "clipped: …",
# "covered: …", "hidden: …", "missing: …") then "layout: N problem(s)" and exits 1.
# Exits 2 on a usage error or when Chromium does not run (install it with scripts/setup.sh).
set -euo pipefail

usage() { echo "usage: $0 FILE.html OUT.png [--width PX] [--expect TEXT]... [--pdf OUT.pdf]" >&2; exit 2; }
[ $# -ge 2 ] || usage
page=$1 png=$2
shift 2
width=816
pdf=
expected=()
while [ $# -gt 0 ]; do
  case $1 in
    --width) [ $# -ge 2 ] || usage; width=$2; shift 2 ;;
    --expect) [ $# -ge 2 ] || usage; expected+=("$2"); shift 2 ;;
    --pdf) [ $# -ge 2 ] || usage; pdf=$2; shift 2 ;;
    *) usage ;;
  esac
done
[[ $width =~ ^[0-9]+$ ]] || usage
[ -f "$page" ] || { echo "layout check: no such file: $page" >&2; exit 2; }
chromium=${CHROMIUM:-chromium}
command -v "$chromium" >/dev/null || { echo "layout check: chromium is not installed (run scripts/setup.sh)" >&2; exit 2; }
checker="$(cd "$(dirname "$0")" && pwd)/html-layout-check.js"
[ -f "$checker" ] || { echo "layout check: missing $checker" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A file: URL for an absolute path (percent-encoding the characters that would end the path).
file_url() {
  local absolute
  absolute="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  printf 'file://%s' "$(printf '%s' "$absolute" | sed -e 's/%/%25/g' -e 's/ /%20/g' -e 's/#/%23/g' -e 's/?/%3F/g')"
}

# Headless Chromium with a throwaway profile; its own chatter (D-Bus, GPU) goes to a log.
run_chromium() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --user-data-dir="$work/profile" "$@" 2>>"$work/chromium.log"
}

# The copy of the page with the expected strings (escaped for a <textarea>) and the checker,
# which runs once the page and its fonts have loaded.
{
  cat "$page"
  printf '\n<textarea id="layout-check-expect" hidden>'
  for text in "${expected[@]+"${expected[@]}"}"; do
    printf '%s\n' "$text" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g'
  done
  printf '</textarea>\n<script id="layout-check-script">\nwindow.addEventListener("load", () => document.fonts.ready.then(() => {\n'
  cat "$checker"
  printf '\n}));\n</script>\n'
} >"$work/page.html"

if ! run_chromium --window-size="$width,1056" --virtual-time-budget=5000 --dump-dom "$(file_url "$work/page.html")" \
  >"$work/dom.html"; then
  echo "layout check: chromium failed; its log:" >&2
  tail -20 "$work/chromium.log" >&2
  exit 2
fi
report=$(sed -n '/^@@layout-check-begin@@$/,/^@@layout-check-end@@$/p' "$work/dom.html" \
  | grep -v '^@@layout-check-' \
  | sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e 's/&nbsp;/ /g' -e 's/&amp;/\&/g')
if [ -z "$report" ]; then
  echo "layout check: the check did not run in the page (a Content-Security-Policy or a script error?)" >&2
  exit 2
fi
height=$(printf '%s\n' "$report" | sed -n 's/^page-height: //p')
height=$(( height < 1056 ? 1056 : (height > 16000 ? 16000 : height) ))
problems=$(printf '%s\n' "$report" | grep -Ev '^(page-height|texts-checked): |^$' || true)

rm -f "$png"
run_chromium --window-size="$width,$height" --screenshot="$png" "$(file_url "$page")" >/dev/null || true
if ! [ -s "$png" ] || [ "$(head -c 4 "$png" | od -An -c | tr -d ' ')" != "211PNG" ]; then
  echo "layout check: chromium wrote no screenshot to $png; its log:" >&2
  tail -20 "$work/chromium.log" >&2
  exit 2
fi
echo "screenshot: $png (${width}x${height})"

if [ -n "$pdf" ]; then
  rm -f "$pdf"
  run_chromium --no-pdf-header-footer --print-to-pdf="$pdf" "$(file_url "$page")" >/dev/null || true
  if ! [ -s "$pdf" ]; then
    echo "layout check: chromium wrote no PDF to $pdf" >&2
    exit 2
  fi
  # Chromium writes each page object uncompressed: "/Type /Page" (the page tree is "/Type /Pages").
  echo "pdf: $pdf ($(grep -a -o -E '/Type */Page([^s]|$)' "$pdf" | wc -l) pages)"
fi

if [ -z "$problems" ]; then
  echo "layout ok ($(printf '%s\n' "$report" | sed -n 's/^texts-checked: //p') texts checked)"
  exit 0
fi
printf '%s\n' "$problems"
count=$(printf '%s\n' "$problems" | wc -l)
echo "layout: $count problem(s)"
exit 1
