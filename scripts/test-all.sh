#!/usr/bin/env bash
# The one gate: dependencies and browser, lint, types, unit tests, production build, end-to-end
# tests. Leaves every tracked file as it was. Ends with the line "N passed, N failed" summing unit and end-to-end tests.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-browser.sh || exit 1

mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
failed_gates=()
step() {
  local name=$1; shift
  echo; echo "── $name ──"
  if ! "$@"; then failed_gates+=("$name"); return 1; fi
}

step "lint" npx eslint .
step "types" npx tsc --noEmit
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
# Fails on a missing, stale or unused drawing; draws nothing (`node scripts/render-diagrams.mjs` does).
step "diagrams" node scripts/render-diagrams.mjs --check
if step "build" npx next build; then
  step "end-to-end tests" env CI=${CI:-} PW_JSON_OUTPUT=test-results/e2e.json npx playwright test
else
  echo "The build failed, so the end-to-end tests did not run."
fi

echo
node scripts/test-summary.mjs "${failed_gates[@]}"
