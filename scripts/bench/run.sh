#!/usr/bin/env bash
# StudySite vs Hugo benchmark (docs/performance.md).
#
#   scripts/bench/run.sh [N ...]          default: 1000 10000
#
# Installs what is missing (Debian: hugo, time, cmark-gfm, and StudySite's own prerequisites),
# builds studysite from scratch with scripts/build-release.sh into its own scratch folder
# (.build-bench or .build-bench-head, so a developer's .build is left alone), generates a
# StudySite corpus and the same articles as a Hugo site for each N
# (scripts/bench/generate_corpus.py), waits for a quiet machine, then runs both tools RUNS
# times, interleaved, each build into a new output folder (the previous one moved aside), under
# /usr/bin/time -v; then the floor (cmark-gfm alone; writing the output files). Prints a
# Markdown table and keeps everything in $BENCH_WORK (results.md, results.json, raw logs).
#
# Environment:
#   RUNS=5                 runs per tool and size
#   WARMUP=1               unmeasured builds of each tool before a size's runs (measure.py says why)
#   BENCH_WORK=/tmp/studysite-bench   corpora, outputs, logs, results
#   TIMEOUT=600            seconds; a StudySite build running longer is killed and reported
#   LOAD_THRESHOLD=0.8     wait until the 1-minute load average is below this ...
#   MAX_WAIT=600           ... for at most this many seconds, then measure anyway (recorded)
#   DELETE_BETWEEN_RUNS=1  delete each output folder right before the next run, instead of
#                          moving it aside (measure.py's Clearer says why that is the default)
#   STUDYSITE_SOURCE=head  head (default): build the last commit (`git archive HEAD` into
#                          $BENCH_WORK/head-src, scratch path .build-bench-head), so sources and
#                          templates are a consistent pair even while someone edits the tree;
#                          tree: build the working tree (scratch path .build-bench) and snapshot
#                          its Templates/ at build time; none: use STUDYSITE_BIN and TEMPLATES
#   STUDYSITE_BIN=...      with STUDYSITE_SOURCE=none, the studysite binary to measure
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BENCH="$ROOT/scripts/bench"
RUNS="${RUNS:-5}"
WORK="${BENCH_WORK:-/tmp/studysite-bench}"
TIMEOUT="${TIMEOUT:-600}"
LOAD_THRESHOLD="${LOAD_THRESHOLD:-0.8}"
MAX_WAIT="${MAX_WAIT:-600}"
SOURCE="${STUDYSITE_SOURCE:-head}"
NS=("$@")
[ ${#NS[@]} -gt 0 ] || NS=(1000 10000)
export PATH="/opt/swift/usr/bin:$PATH"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# Moves a folder next to the runs into the trash that measure.py deletes at its end: a
# deletion just before the runs would slow their file creation (measure.py, SETTLE_S).
aside() {
  [ -e "$1" ] || return 0
  mkdir -p "$WORK/.trash"
  mv "$1" "$WORK/.trash/$(date +%s%N)-$(basename "$1")"
}

# 1. Tools.
need=()
command -v hugo >/dev/null 2>&1 || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
command -v cmark-gfm >/dev/null 2>&1 || need+=(cmark-gfm)
command -v cc >/dev/null 2>&1 || need+=(gcc)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
"$ROOT/scripts/prerequisites.sh"
mkdir -p "$WORK/bin"
cc -O2 -o "$WORK/bin/write_files" "$BENCH/write_files.c"

# 2. StudySite, release build, built right before measuring.
case "$SOURCE" in
  tree)
    log "building studysite (release) from the working tree into $ROOT/.build-bench"
    # From scratch (the fetched packages are kept): an incremental build can keep a struct's
    # old layout in the modules that use it (SwiftPM issue #10502; docs/performance.md).
    aside "$ROOT/.build-bench/$(uname -m)-unknown-linux-gnu/release"
    STUDYSITE_BIN="$("$ROOT/scripts/build-release.sh" --scratch-path "$ROOT/.build-bench")"
    aside "$WORK/templates"; cp -R "$ROOT/Templates" "$WORK/templates"
    TEMPLATES="$WORK/templates"
    LABEL="working tree at $(cd "$ROOT" && git rev-parse --short HEAD)"
    if [ -n "$(cd "$ROOT" && git status --porcelain -- Sources Package.swift)" ]; then
      LABEL="$LABEL with uncommitted changes to Sources/ or Package.swift"
    fi
    ;;
  head)
    SRC="$WORK/head-src"
    aside "$SRC"; mkdir -p "$SRC"
    (cd "$ROOT" && git rev-parse --short HEAD) > "$WORK/head-commit"
    (cd "$ROOT" && git archive "$(cat "$WORK/head-commit")") | tar -x -C "$SRC"
    [ -f "$SRC/Package.resolved" ] || cp "$ROOT/Package.resolved" "$SRC/" 2>/dev/null || true
    log "building studysite (release) from HEAD into $ROOT/.build-bench-head"
    aside "$ROOT/.build-bench-head/$(uname -m)-unknown-linux-gnu/release"
    STUDYSITE_BIN="$("$SRC/scripts/build-release.sh" --scratch-path "$ROOT/.build-bench-head")"
    TEMPLATES="$SRC/Templates"
    LABEL="commit $(cd "$SRC" && sed -n 1p "$WORK/head-commit")"
    ;;
  none)
    : "${STUDYSITE_BIN:?set STUDYSITE_BIN with STUDYSITE_SOURCE=none}"
    TEMPLATES="${TEMPLATES:-$ROOT/Templates}"
    LABEL="${STUDYSITE_LABEL:-$STUDYSITE_BIN}"
    ;;
  *) echo "STUDYSITE_SOURCE must be tree, head or none" >&2; exit 2 ;;
esac
LABEL="$LABEL, release build (scripts/build-release.sh)"

# 3. Corpora (regenerated only when the generator changed).
gen_sum="$(sha256sum "$BENCH/generate_corpus.py" | cut -c1-16)"
for n in "${NS[@]}"; do
  dir="$WORK/corpus-$n"
  if [ -f "$dir/.generator" ] && [ "$(cat "$dir/.generator")" = "$gen_sum" ]; then
    log "corpus N=$n is up to date"
  else
    log "generating corpus N=$n"
    aside "$dir"
    python3 "$BENCH/generate_corpus.py" "$n" "$dir" >/dev/null
    echo "$gen_sum" > "$dir/.generator"
  fi
done

# A quick build of a small corpus: binary and templates must agree before we wait and measure.
if ! [ -f "$WORK/corpus-check/.generator" ] || [ "$(cat "$WORK/corpus-check/.generator")" != "$gen_sum" ]; then
  aside "$WORK/corpus-check"
  python3 "$BENCH/generate_corpus.py" 20 "$WORK/corpus-check" >/dev/null
  echo "$gen_sum" > "$WORK/corpus-check/.generator"
fi
log "check build of a 20-article corpus"
aside "$WORK/check-out"
if ! "$STUDYSITE_BIN" build --content "$WORK/corpus-check/studysite" --templates "$TEMPLATES" \
     --output "$WORK/check-out" --strict >&2; then
  echo "error: studysite cannot build the check corpus with these templates; not measuring" >&2
  exit 1
fi
aside "$WORK/check-out"

# 4. Measure.
log "measuring N=${NS[*]}, $RUNS runs each (nproc $(nproc); load $(cut -d' ' -f1-3 /proc/loadavg))"
python3 "$BENCH/measure.py" "${NS[@]}" --work "$WORK" --runs "$RUNS" --warmup "${WARMUP:-1}" --timeout "$TIMEOUT" \
  --load-threshold "$LOAD_THRESHOLD" --max-wait "$MAX_WAIT" \
  --studysite "$STUDYSITE_BIN" --studysite-label "$LABEL" \
  --templates "$TEMPLATES" --write-files "$WORK/bin/write_files" \
  ${DELETE_BETWEEN_RUNS:+--delete-between-runs}
log "results: $WORK/results.md and $WORK/results.json"
