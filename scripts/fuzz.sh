#!/usr/bin/env bash
# Fuzzes the corpus parsers with libFuzzer (docs/reliability.md, "Fuzzing").
#
#   scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]
#
# SECONDS-PER-TARGET defaults to 20 (the CI smoke run); use 600 or more for a long run.
# TARGET is one or more of FuzzFrontMatter FuzzBibTeX FuzzEDTF FuzzCSV FuzzMarkdown (default:
# all). Each target is built with `--sanitize=fuzzer` and AddressSanitizer into .build-fuzz,
# then run from its seeds in Fuzz/Corpus/<target>; what it learns is kept in
# .build-fuzz/corpus/<target>, so the next run carries on from there. A crash, timeout (5 s)
# or out-of-memory input is written to Fuzz/Crashes/<target>-crash-<sha1> (or -timeout-, -oom-)
# and the script exits 1 after the remaining targets have run.
#
# Environment:
#   FUZZ_SANITIZERS  what to build with (default fuzzer,address; fuzzer alone is about 2x faster)
#   FUZZ_SCRATCH     the scratch path (default .build-fuzz)
#   FUZZ_ARGS        extra libFuzzer flags, e.g. "-jobs=2 -workers=2" or "-dict=FILE"
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzFrontMatter FuzzBibTeX FuzzEDTF FuzzCSV FuzzMarkdown)
scratch=${FUZZ_SCRATCH:-.build-fuzz}
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}

# The longest input libFuzzer makes: real files are larger, but the parsers' loops and
# recursion show their bugs at these sizes, and shorter inputs run many more times a second.
max_len() {
  case $1 in
    FuzzEDTF) echo 64 ;;
    FuzzCSV) echo 2048 ;;
    *) echo 4096 ;;
  esac
}

scripts/prerequisites.sh
mkdir -p Fuzz/Crashes "$scratch/logs"

# `--sanitize=fuzzer` links libFuzzer's main(); -DFUZZING drops the targets' own replay main.
# swiftc honours only the last -sanitize= it is given, and SwiftPM passes one per --sanitize,
# so `--sanitize fuzzer --sanitize address` would quietly build without coverage: the combined
# list goes last through -Xswiftc instead.
build=(swift build -c debug --sanitize=fuzzer --scratch-path "$scratch"
       -Xswiftc -DFUZZING -Xswiftc "-sanitize=$sanitizers")
if [[ $sanitizers == *address* ]]; then build+=(-Xcc -fsanitize=address); fi

failed=()
for target in "${targets[@]}"; do
  [ -d "Fuzz/Corpus/$target" ] || { echo "error: no seed corpus Fuzz/Corpus/$target" >&2; exit 2; }
  echo "== $target: build"
  start=$SECONDS
  if ! "${build[@]}" --product "$target" >"$scratch/logs/$target.build.log" 2>&1; then
    grep -E 'error|warning: unable' "$scratch/logs/$target.build.log" | head -n 40 >&2 || true
    echo "error: building $target failed; see $scratch/logs/$target.build.log" >&2
    exit 1
  fi
  binary="$scratch/debug/$target"
  echo "   built in $((SECONDS - start)) s"

  echo "== $target: fuzz for $seconds s"
  mkdir -p "$scratch/corpus/$target"
  log="$scratch/logs/$target.log"
  # shellcheck disable=SC2086  # FUZZ_ARGS is a list of flags
  if "$binary" -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=5 \
       -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="Fuzz/Crashes/$target-" \
       ${FUZZ_ARGS:-} "$scratch/corpus/$target" "Fuzz/Corpus/$target" >"$log" 2>&1; then
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" | sed 's/^/   /'
  else
    failed+=("$target")
    echo "   FAILED; the end of $log:"
    tail -n 60 "$log" | sed 's/^/   /'
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}; inputs in Fuzz/Crashes/" >&2
  echo "replay one with: swift run <target> Fuzz/Crashes/<file>  (or $scratch/debug/<target> <file>)" >&2
  exit 1
fi
echo "fuzzing: ${#targets[@]} targets, $seconds s each, no crash"
