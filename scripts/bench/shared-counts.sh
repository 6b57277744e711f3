#!/usr/bin/env bash
# Which code counts references on objects the other thread counted last: the retains and
# releases that move a cache line between the cores (docs/performance.md, session 11).
#
#   scripts/bench/shared-counts.sh BIN [TOP] [N]
#
# Puts uprobes on swift_retain and swift_release of the release binary BIN (with the object
# and the return address), builds the benchmark corpus of N articles (default 1,000) once
# into /dev/shm, and prints, per calling function, the calls whose object was last retained
# or released by another thread ("switches"), and all calls. Immortal objects in the binary
# (the empty array, dictionary and set) are left out: counting them writes nothing.
# Needs perf and root; one build takes a few seconds under the probes.
set -euo pipefail
BIN="$(readlink -f "$1")"; TOP="${2:-40}"; N="${3:-1000}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${BENCH_WORK:-/tmp/studysite-bench}"
GROUP="probe_$(basename "$BIN" | tr -c 'a-zA-Z0-9_\n' '_')"
DATA="$(mktemp /tmp/shared-counts.XXXXXX)"
OUT=/dev/shm/shared-counts-out
trap 'perf probe -d "$GROUP:*" >/dev/null 2>&1 || true; rm -rf "$DATA" "$OUT"' EXIT
perf probe -d "$GROUP:*" >/dev/null 2>&1 || true
perf probe -x "$BIN" -a 'swift_retain obj=%di:u64 ret=+0(%sp):u64' >/dev/null 2>&1
perf probe -x "$BIN" -a 'swift_release obj=%di:u64 ret=+0(%sp):u64' >/dev/null 2>&1
rm -rf "$OUT"
perf record -q -e "$GROUP:swift_retain" -e "$GROUP:swift_release" -o "$DATA" -- \
  "$BIN" build --content "$WORK/corpus-$N/studysite" --templates "$ROOT/Templates" --output "$OUT" >/dev/null 2>&1
RETAIN_OFFSET=$(nm "$BIN" | awk '$3 == "swift_retain" { print $1 }')
perf script -i "$DATA" -F tid,event,ip,trace 2>/dev/null \
  | python3 "$ROOT/scripts/bench/shared_counts.py" "$BIN" "$RETAIN_OFFSET" "$TOP"
