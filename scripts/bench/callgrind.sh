#!/usr/bin/env bash
# Counts the instructions of one StudySite build of the benchmark corpus with valgrind's
# callgrind: exact and repeatable where wall and CPU times on a shared machine are not (the
# same binary's build time moved by 20% between runs in session 13, its instruction count by
# about 1%, from how much work the second core takes over while the bibliography is read).
#
#   scripts/bench/callgrind.sh BINARY [N] [FUNCTION-PATTERN]
#
# BINARY: a studysite binary (scripts/build-release.sh makes one). valgrind cannot read its
# debug information, so a copy without it (`strip --strip-debug`, symbols kept) is measured.
# N: corpus size (default 1000; generated with generate_corpus.py when missing).
# FUNCTION-PATTERN: count only while a matching function runs (callgrind's --toggle-collect,
# e.g. '*TemplateSet*load*' or '*LinkChecker*'); all of the build when omitted.
# Prints the total and the top functions (self cost, demangled); keeps the output file in
# $BENCH_WORK/callgrind/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${BENCH_WORK:-/tmp/studysite-bench}"
BIN="${1:?usage: callgrind.sh BINARY [N] [FUNCTION-PATTERN]}"
N="${2:-1000}"
PATTERN="${3:-}"
TEMPLATES="${TEMPLATES:-$ROOT/Templates}"
export PATH="/opt/swift/usr/bin:$PATH"
command -v valgrind >/dev/null 2>&1 || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null; }
DIR="$WORK/corpus-$N"
[ -f "$DIR/manifest.json" ] || python3 "$ROOT/scripts/bench/generate_corpus.py" "$N" "$DIR" >/dev/null
OUT="$WORK/callgrind"
mkdir -p "$OUT"
NAME="$(basename "$BIN")-$N-$$"
strip --strip-debug -o "$OUT/$NAME.bin" "$BIN"
SITE="$(mktemp -d "${TMPDIR:-/tmp}/studysite-callgrind.XXXXXX")"
trap 'rm -rf "$SITE" "$OUT/$NAME.bin"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$OUT/$NAME.out" ${PATTERN:+"--toggle-collect=$PATTERN"} \
  "$OUT/$NAME.bin" build --content "$DIR/studysite" --templates "$TEMPLATES" --output "$SITE/out" 2>&1 \
  | grep -E "Collected" | sed 's/^==[0-9]*== //'
callgrind_annotate --threshold=90 "$OUT/$NAME.out" 2>/dev/null | swift demangle --simplified --compact \
  | grep -E "^ *[0-9,]+ \(" | head -n "${TOP:-25}" | cut -c1-160
echo "callgrind output: $OUT/$NAME.out" >&2
