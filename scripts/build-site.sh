#!/usr/bin/env bash
# Builds the default site (Content/ + Templates/) into Output/. Extra arguments go to
# `studysite build`, e.g. scripts/build-site.sh --strict --report build.json
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prerequisites.sh
swift build --product studysite
exec "$(swift build --show-bin-path)/studysite" build "$@"
