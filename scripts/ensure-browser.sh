#!/usr/bin/env bash
# Makes sure a Chromium is there for the end-to-end tests and the benchmark.
# Debian's chromium when we are root on Debian (browser downloads fail on some machines),
# Playwright's own browser elsewhere.
set -euo pipefail
# Which binary is used is decided in one place, scripts/lib/chromium.cjs.
chosen=$(node "$(dirname "$0")/lib/chromium.cjs")
if [ -n "$chosen" ]; then
  if [ -x "$chosen" ]; then exit 0; fi
  echo "CHROMIUM_PATH=$chosen is not an executable file." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium with apt-get…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Installing Playwright's Chromium…"
npx playwright install chromium
