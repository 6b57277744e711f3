#!/usr/bin/env bash
# Installs what StudySite needs to build: the development files of cmark-gfm and of mimalloc
# (Debian packages); with STUDYSITE_RELEASE=1 also libcurl's, for the release build
# (scripts/build-release.sh).
# Safe to run again: it only installs what is missing.
set -euo pipefail

need=()
pkg-config --exists libcmark-gfm 2>/dev/null || need+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || need+=(libcmark-gfm-extensions-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# mimalloc, the allocator the studysite command is linked with (docs/performance.md).
[ -f /usr/include/mimalloc.h ] || need+=(libmimalloc-dev)
if [ "${STUDYSITE_RELEASE:-}" = 1 ]; then
  # The release build links Foundation statically, and with it FoundationNetworking, which
  # is built on libcurl (scripts/build-release.sh).
  [ -f /usr/include/curl/curl.h ] || [ -f "/usr/include/$(uname -m)-linux-gnu/curl/curl.h" ] \
    || need+=(libcurl4-openssl-dev)
fi
if [ "${STUDYSITE_WITH_BROWSER:-}" = 1 ]; then
  # Optional: headless Chromium for handout PDFs and browser checks, poppler for reading PDFs.
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fi

if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: StudySite needs ${need[*]} (cmark-gfm with its extensions, mimalloc) and this system has no apt-get." >&2
    echo "hint: install cmark-gfm, its extensions and mimalloc with your package manager, then run this again." >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "error: StudySite needs the Debian packages ${need[*]}, and installing them needs root." >&2
      echo "hint: run: sudo apt-get install -y ${need[*]}" >&2
      exit 1
    fi
  fi
  echo "Installing ${need[*]} …" >&2
  # apt-get, waiting while another apt holds its locks (another of these scripts, or the
  # system's own updates) instead of failing at once; up to 5 minutes.
  apt_get() {
    local errors attempt
    errors=$(mktemp)
    for attempt in $(seq 60); do
      if DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 "$@" 2>"$errors"; then
        rm -f "$errors"
        return 0
      fi
      grep -q "Could not get lock\|Unable to lock" "$errors" || break
      sleep 5
    done
    cat "$errors" >&2
    rm -f "$errors"
    return 1
  }
  apt_get update -qq
  apt_get install -y -qq "${need[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "error: no Swift toolchain on PATH; StudySite needs Swift 6 (swift.org/install)." >&2
  exit 1
fi
