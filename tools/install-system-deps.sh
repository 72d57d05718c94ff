#!/usr/bin/env bash
# System packages the tests need beyond PyPI: Debian's Chromium for the browser tests, Virtuoso for
# the external-store tests (tests/test_external_stores.py).
# Idempotent; installs only what is missing. Needs root (or sudo) and the Debian package mirror.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-system-deps: need root to install: ${need[*]} (browser tests fail, Virtuoso tests skip without them)" >&2
    exit 1
  fi
fi
echo "install-system-deps: installing ${need[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
