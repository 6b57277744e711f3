#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer) and ThreadSanitizer
# (docs/reliability.md, "Sanitizers").
#
#   scripts/sanitizers.sh [address] [thread]     (default: both, address first)
#
# Each sanitizer builds into its own scratch path (.build-asan, .build-tsan), so neither
# disturbs .build. Sanitizer reports from the test process and from every process it starts
# (the studysite CLI tests, exit tests) go to files, .build-<x>/reports/<tool>.<pid>, rather
# than to stderr: a report on the CLI's stderr would fail the CLI tests' output checks for
# the wrong reason. The script prints each run's time and every report, and exits 1 if the
# tests failed or any report was written. On 2 cores a first run takes several minutes per
# sanitizer; docs/reliability.md has the numbers.
#
# Environment: SANITIZER_TIMEOUT (seconds for one `swift test`, default 2400).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)
scripts/prerequisites.sh

status=0
summary=()
for sanitizer in "${sanitizers[@]}"; do
  case $sanitizer in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    *) echo "usage: scripts/sanitizers.sh [address] [thread]" >&2; exit 2 ;;
  esac
  reports="$PWD/$scratch/reports"
  mkdir -p "$scratch"
  rm -rf "$reports"
  mkdir -p "$reports"
  log="$scratch/sanitizer-tests.log"

  # LeakSanitizer false positives, all outside StudySite's code (see docs/reliability.md):
  # values built once by a Swift global or `static let` initializer stay reachable, but
  # through pointers whose spare bits hold enum tags (an `indirect enum` such as
  # TemplateSchema), which LeakSanitizer does not recognise as pointers; XCTest's harness
  # keeps its suite objects until exit; swift-foundation's Data(contentsOf:) loses its 4 KB
  # read buffer for an empty file; Foundation's Process.run keeps a weak-reference side table;
  # the Swift runtime caches every type name it makes (Swift Testing asks for them).
  cat >"$scratch/lsan.supp" <<'SUPP'
leak:once_slow
leak:swift_once
leak:libXCTest.so
leak:readBytesFromFile
leak:Foundation7ProcessC3run
leak:swift_getTypeName
leak:swift_getMangledTypeName
SUPP
  export ASAN_OPTIONS="log_path=$reports/asan:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
  export LSAN_OPTIONS="suppressions=$PWD/$scratch/lsan.supp:print_suppressions=0"
  # halt_on_error=0 lets one ThreadSanitizer run list every race, not just the first.
  export TSAN_OPTIONS="log_path=$reports/tsan:halt_on_error=0:second_deadlock_stack=1"

  echo "== $sanitizer: build (into $scratch)"
  start=$SECONDS
  if ! swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" >"$log" 2>&1; then
    grep -E 'error' "$log" | head -n 40 >&2 || true
    echo "error: the $sanitizer build failed; see $log" >&2
    exit 1
  fi
  built=$((SECONDS - start))

  # FuzzCrashRegressionTests holds the open fuzz findings, among them stack overflows run in
  # child processes by exit tests; under a sanitizer each would only add an expected
  # stack-overflow report.
  echo "== $sanitizer: swift test"
  start=$SECONDS
  result=passed
  if ! timeout --kill-after=30 "${SANITIZER_TIMEOUT:-2400}" \
       swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" \
       --skip FuzzCrashRegressionTests >>"$log" 2>&1; then
    result=FAILED
    status=1
  fi
  tested=$((SECONDS - start))
  files=$(find "$reports" -type f | sort)
  count=$(printf '%s' "$files" | grep -c . || true)
  [ "$count" -eq 0 ] || status=1
  grep -E 'Test run with|Executed [0-9]+ tests' "$log" | tail -n 2 | sed 's/^/   /' || true
  line="$sanitizer: tests $result, $count report files; build ${built} s, tests ${tested} s; log $log"
  echo "   $line"
  summary+=("$line")
  for file in $files; do
    echo "   --- $file"
    head -n 60 "$file" | sed 's/^/   /'
  done
done

printf '%s\n' "${summary[@]}"
exit $status
