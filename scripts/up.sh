#!/usr/bin/env bash
# Installs everything and serves the production site on http://localhost:${PORT:-3000}.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
node scripts/render-diagrams.mjs
npx next build
exec npx next start -p "${PORT:-3000}"
