#!/usr/bin/env bash
# Runs the whole test suite (unit, golden, end-to-end and command-line tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prerequisites.sh
# The PDF tests print handouts with headless Chromium and read them with poppler's tools.
STUDYSITE_WITH_BROWSER=1 scripts/prerequisites.sh
swift build --build-tests
swift test "$@"
