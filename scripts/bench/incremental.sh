#!/usr/bin/env bash
# Measures incremental rebuilds in `studysite serve`: builds a copy of the N-article
# benchmark corpus once, then edits one article's body RUNS times, alternating two kinds of
# edit: a word appended to the last paragraph, and a new paragraph that mentions an entity
# and cites a work (so the entity's page, the work's page and the bibliography change too).
# It reads each rebuild's own timing from serve's summary line and --verbose stage timings. The watcher notices a change within 0.5 s; that wait is not part of the
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
[ -x "$BIN" ] || { echo "no studysite binary at $BIN: run scripts/build-release.sh first" >&2; exit 1; }
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
PERSON="$(sed -n 's/^name: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$COPY/entities/people/$(ls "$COPY/entities/people" | head -1)")"
for run in $(seq 1 "$RUNS"); do
  sleep 0.6
  if [ $((run % 2)) -eq 1 ]; then
    # A word appended to the last paragraph: the body changes, the front matter does not.
    printf ' edit%s\n' "$run" >> "$COPY/articles/$ARTICLE"
  else
    printf '\n%s wrote again in edit %s [@key%s, p. %s].\n' "$PERSON" "$run" "$run" "$run" >> "$COPY/articles/$ARTICLE"
  fi
  wait_for $((run + 1))
done
kill $SERVER 2>/dev/null || true
echo "full build, then $RUNS edits of articles/$ARTICLE (N=$N), alternately a word and a paragraph naming $PERSON with a citation:"
grep "^built \|^  [a-z]" "$LOG"
