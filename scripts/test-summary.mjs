// Sums the unit (Vitest JSON) and end-to-end (Playwright JSON) results into one closing line.
// Arguments: the names of gates that failed (lint, types, build…). Exits 1 if anything failed.
import { existsSync, readFileSync } from 'node:fs';

const failedGates = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
if (existsSync('test-results/e2e.json')) {
  const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  // A flaky test passed on retry: it counts as passed, and is reported.
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
  console.log(`e2e: ${stats.expected + stats.flaky} passed (${stats.flaky} flaky), ${stats.unexpected} failed`);
}
if (failedGates.length) console.log(`failed gates: ${failedGates.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || failedGates.length > 0 || passed === 0 ? 1 : 0);
