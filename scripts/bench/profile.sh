#!/usr/bin/env bash
# Profiles one StudySite build of the benchmark corpus with `perf record -g` (frame-pointer
# call graphs) and prints the hottest functions, inclusive (children) and self, demangled.
#
#   scripts/bench/profile.sh [N]          default N=1000
#
# Uses the binary that scripts/bench/run.sh built and the corpus
# it generated in $BENCH_WORK (generated here when missing). Falls back to
# `valgrind --tool=callgrind` on N=200 when perf cannot record on this machine.
# Output: $BENCH_WORK/profile-N/{perf.data,summary.md,parts.md,stacks.txt,children.txt,callers.txt}.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BENCH="$ROOT/scripts/bench"
WORK="${BENCH_WORK:-/tmp/studysite-bench}"
N="${1:-1000}"
TOP="${TOP:-15}"
export PATH="/opt/swift/usr/bin:$PATH"
# The binary run.sh built, with the templates of the same commit (STUDYSITE_BIN, TEMPLATES
# to override).
BIN="${STUDYSITE_BIN:-}"
if [ -z "$BIN" ]; then
  if [ -x "$ROOT/.build-bench-head/release/studysite" ] && [ -d "$WORK/head-src/Templates" ]; then
    BIN="$ROOT/.build-bench-head/release/studysite"
    TEMPLATES="${TEMPLATES:-$WORK/head-src/Templates}"
  else
    BIN="$ROOT/.build-bench/release/studysite"
  fi
fi
TEMPLATES="${TEMPLATES:-$ROOT/Templates}"
[ -x "$BIN" ] || { echo "no studysite binary at $BIN: run scripts/bench/run.sh first or set STUDYSITE_BIN" >&2; exit 1; }

if ! command -v perf >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq linux-perf >/dev/null || true
fi

corpus() {
  local n="$1" dir="$WORK/corpus-$1"
  if [ ! -f "$dir/manifest.json" ]; then
    python3 "$BENCH/generate_corpus.py" "$n" "$dir" >/dev/null
    sha256sum "$BENCH/generate_corpus.py" | cut -c1-16 > "$dir/.generator"
  fi
  echo "$dir"
}

demangle() { swift demangle --simplified --compact 2>/dev/null || cat; }

OUT="$WORK/profile-$N"
# The previous profile is moved aside and deleted at the end, not before the build: on a file
# system that skips recently freed inodes, deleting its site first would slow the build's
# file creation (docs/performance.md, "Output folders").
OLD=""
if [ -e "$OUT" ]; then OLD="$OUT.old.$$"; mv "$OUT" "$OLD"; fi
trap '[ -z "$OLD" ] || rm -rf "$OLD"' EXIT
mkdir -p "$OUT"
DIR="$(corpus "$N")"
if perf record -F 999 -g -o "$OUT/perf.data" -- true >/dev/null 2>&1; then
  perf record -F 999 -g -o "$OUT/perf.data" -- \
    "$BIN" build --content "$DIR/studysite" --templates "$TEMPLATES" --output "$OUT/site" \
    --report "$OUT/build-report.json" > "$OUT/build.log" 2>&1
  cat "$OUT/build.log"
  # Inclusive and self shares, demangled (perf_summary.py); perf's own reports beside them.
  perf script -i "$OUT/perf.data" -F ip,sym,dso 2>/dev/null \
    | python3 "$BENCH/perf_summary.py" --top "$TOP" --skip-entry --own /studysite > "$OUT/summary.md"
  perf report -i "$OUT/perf.data" --stdio --children -g none --sort symbol --percent-limit 0.5 \
    2>/dev/null | grep -v '^#' | grep -v '^$' | demangle > "$OUT/children.txt"
  perf report -i "$OUT/perf.data" --stdio --no-children -g caller,0.5,callee,function,percent \
    --percent-limit 3 2>/dev/null | demangle > "$OUT/callers.txt"
  cat "$OUT/summary.md"
  # CPU time per part of the build (profile_parts.py); compare two sizes with
  #   profile_parts.py $BENCH_WORK/profile-1000/stacks.txt 999 $BENCH_WORK/profile-10000/stacks.txt 999
  perf script -i "$OUT/perf.data" 2>/dev/null | demangle > "$OUT/stacks.txt"
  python3 "$BENCH/profile_parts.py" "$OUT/stacks.txt" 999 > "$OUT/parts.md"
  echo; echo "CPU time per part of the build:"; cat "$OUT/parts.md"
else
  echo "perf cannot record here; using valgrind --tool=callgrind on N=200" >&2
  command -v valgrind >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
  DIR="$(corpus 200)"
  valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" \
    "$BIN" build --content "$DIR/studysite" --templates "$TEMPLATES" --output "$OUT/site" \
    > "$OUT/build.log" 2>&1
  callgrind_annotate --inclusive=yes "$OUT/callgrind.out" | demangle > "$OUT/children.txt"
  callgrind_annotate "$OUT/callgrind.out" | demangle > "$OUT/self.txt"
  head -n 40 "$OUT/children.txt"
fi
rm -rf "$OUT/site"
echo "profile: $OUT" >&2
