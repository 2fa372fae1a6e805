#!/usr/bin/env bash
# Installs everything and serves the production site on http://localhost:${PORT:-3000}, listening
# on every interface so phones on the same network can join a live class (HOST=127.0.0.1 to keep
# it to this machine).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
node scripts/render-diagrams.mjs
npx next build
exec npx next start -p "${PORT:-3000}" -H "${HOST:-0.0.0.0}"
