#!/usr/bin/env bash
# Runs the whole test suite (unit, golden, end-to-end and command-line tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prerequisites.sh
swift build --build-tests
swift test "$@"
