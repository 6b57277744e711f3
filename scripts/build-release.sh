#!/usr/bin/env bash
# Builds the optimized `studysite` command, with the Swift standard library and Foundation
# linked into it, and prints its path. This is the binary to install or to cache in CI: it
# runs without a Swift toolchain (it needs only Debian's libcmark-gfm0, libcmark-gfm-extensions0,
# libmimalloc2.0 and libcurl4, which the -dev packages below bring), it starts faster, and a
# build of 1,000 articles takes about 5% less time (docs/performance.md, "Release build").
#
#   scripts/build-release.sh [--scratch-path PATH]     (other arguments go to swift build)
#
# Linking Foundation statically needs libcurl's development files: the preview server's
# HTTP package imports FoundationNetworking, which is built on libcurl.
set -euo pipefail
cd "$(dirname "$0")/.."
STUDYSITE_RELEASE=1 scripts/prerequisites.sh
build=(swift build -c release --static-swift-stdlib --product studysite "$@")
"${build[@]}" >&2
echo "$("${build[@]}" --show-bin-path)/studysite"
