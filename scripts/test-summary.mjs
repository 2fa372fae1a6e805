// Sums the unit (Vitest JSON) and end-to-end (Playwright JSON) results into one closing line.
// Arguments: the names of gates that failed (lint, types, build…). Exits 1 if anything failed.
import { existsSync, readFileSync } from 'node:fs';

const failedGates = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

let unitFailed = 0;
let e2eFailed = 0;
if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  unitFailed = unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
if (existsSync('test-results/e2e.json')) {
  const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  // A flaky test passed on retry: it counts as passed, and is reported.
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  e2eFailed = stats.unexpected;
  skipped += stats.skipped;
  console.log(`e2e: ${stats.expected + stats.flaky} passed (${stats.flaky} flaky), ${stats.unexpected} failed`);
}
// A gate that failed without a failing test to show for it (lint, types, the build, a test run
// that crashed before reporting) counts as one failure, so the closing line never hides it.
for (const gate of failedGates) {
  if (gate === 'unit tests' && unitFailed > 0) continue;
  if (gate === 'end-to-end tests' && e2eFailed > 0) continue;
  failed += 1;
}
if (failedGates.length) console.log(`failed gates: ${failedGates.join(', ')}`);
if (skipped) console.log(`skipped: ${skipped} (a check whose input is absent on this machine, e.g. ../shared/course-source)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedGates.length > 0 || passed === 0 ? 1 : 0);
