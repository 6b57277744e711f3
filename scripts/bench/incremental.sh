#!/usr/bin/env bash
# Measures incremental rebuilds in `studysite serve`: builds a copy of the N-article
# benchmark corpus once, then edits one article's body (a word appended to a paragraph)
# RUNS times and reads the rebuild's own timing from serve's summary line and --verbose
# stage timings. The watcher notices a change within 0.5 s; that wait is not part of the
# rebuild time reported.
#
#   scripts/bench/incremental.sh [N]      default N=1000; RUNS=5, STUDYSITE_BIN, TEMPLATES
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${BENCH_WORK:-/tmp/studysite-bench}"
N="${1:-1000}"
RUNS="${RUNS:-5}"
BIN="${STUDYSITE_BIN:-$ROOT/.build/release/studysite}"
TEMPLATES="${TEMPLATES:-$ROOT/Templates}"
PORT="${PORT:-8765}"
[ -x "$BIN" ] || { echo "no studysite binary at $BIN (swift build -c release)" >&2; exit 1; }
DIR="$WORK/corpus-$N"
[ -f "$DIR/manifest.json" ] || python3 "$ROOT/scripts/bench/generate_corpus.py" "$N" "$DIR" >/dev/null
COPY="$WORK/incremental-$N"
rm -rf "$COPY" "$COPY-out"; cp -r "$DIR/studysite" "$COPY"
LOG="$WORK/incremental-$N.log"
"$BIN" serve --content "$COPY" --templates "$TEMPLATES" --output "$COPY-out" --port "$PORT" --verbose >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
builds() { grep -c "^built " "$LOG" || true; }
wait_for() { # wait until the log has $1 build summaries
  for _ in $(seq 1 600); do [ "$(builds)" -ge "$1" ] && return 0; sleep 0.1; done
  echo "timed out waiting for build $1" >&2; cat "$LOG" >&2; exit 1
}
wait_for 1
ARTICLE="$(ls "$COPY/articles" | sed -n 500p)"
for run in $(seq 1 "$RUNS"); do
  sleep 0.6
  # Append a word to the last paragraph: the body changes, the front matter does not.
  printf ' edit%s\n' "$run" >> "$COPY/articles/$ARTICLE"
  wait_for $((run + 1))
done
kill $SERVER 2>/dev/null || true
echo "full build, then $RUNS one-word edits of articles/$ARTICLE (N=$N):"
grep "^built \|^  [a-z]" "$LOG"
