#!/usr/bin/env bash
# Builds the optimized `studysite` command (and `studysite-serve` beside it), with the Swift
# standard library and Foundation linked into them, and prints the path of `studysite`. These
# are the binaries to install (both in one folder) or to cache in CI: they run without a Swift
# toolchain (they need only Debian's libcmark-gfm0, libcmark-gfm-extensions0, libmimalloc2.0
# and, for studysite-serve, libcurl4, which the -dev packages below bring), they start faster,
# and a build of 1,000 articles takes about 5% less time (docs/performance.md, "Release build").
#
#   scripts/build-release.sh [--scratch-path PATH]     (other arguments go to swift build)
#
# Linking Foundation statically needs libcurl's development files: the preview server's
# HTTP package imports FoundationNetworking, which is built on libcurl (only
# `studysite-serve` links it).
set -euo pipefail
cd "$(dirname "$0")/.."
STUDYSITE_RELEASE=1 scripts/prerequisites.sh
# Both commands: `studysite` and `studysite-serve`, which `studysite serve` runs (it must be
# installed beside it; docs/performance.md, "The start of a build").
build=(swift build -c release --static-swift-stdlib "$@")
"${build[@]}" --product studysite-serve >&2
"${build[@]}" --product studysite >&2
echo "$("${build[@]}" --show-bin-path)/studysite"
