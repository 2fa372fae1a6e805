/**
 * What the border fuzz tests share: the time budget, the timers, and the inputs that break
 * parsers (fast-check arbitraries). Test code only.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { SERVICE_COLOURS } from '@/lib/builder/colours';

/** Per input. Each parser runs a few times before timing starts, so start-up (JIT, YAML, streams) is not counted. */
export const BUDGET_MS = 100;
export const warm = async (parse: () => unknown) => {
  for (let i = 0; i < 5; i++) await parse();
};

/**
 * Runs `parse` and fails when it throws or is slow; returns its result. An input over budget is
 * timed twice more and the fastest run counts: a slow input stays slow, while a garbage-collection
 * pause or a busy machine does not fail the test.
 */
export async function timedAsync<T>(parse: () => T | Promise<T>): Promise<T> {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < 3 && best >= BUDGET_MS; i++) {
    const start = performance.now();
    result = await parse();
    best = Math.min(best, performance.now() - start);
  }
  expect(best, 'one input took too long').toBeLessThan(BUDGET_MS);
  return result;
}
export function timed<T>(parse: () => T, budget = BUDGET_MS): T {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < 3 && best >= budget; i++) {
    const start = performance.now();
    result = parse();
    best = Math.min(best, performance.now() - start);
  }
  expect(best, 'one input took too long').toBeLessThan(budget);
  return result;
}

/** Strings with the characters that break parsers: quotes, brackets, controls, invisible ones, astral. */
export const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom('', ' ', '\u0000', '\u200b\u200d', '\u202e', '\n', '"', '<script>', '__proto__', 'constructor', '💥'.repeat(40), 'a'.repeat(500)),
);
export const anyJson = fc.jsonValue({ maxDepth: 4 });

/** Design-shaped values, mostly almost right, so the checks past the shape are reached too. */
export const designLike = fc.record(
  {
    scenarioId: fc.oneof(fc.constant('shop'), nasty),
    services: fc.array(
      fc.record({ id: fc.oneof(fc.constantFrom('svc-1', 'svc-2'), nasty), name: nasty, color: fc.oneof(fc.constantFrom(...SERVICE_COLOURS), nasty) }, { requiredKeys: ['id', 'name'] }),
      { maxLength: 70 },
    ),
    placement: fc.dictionary(fc.oneof(fc.constantFrom('catalog', 'pricing', 'checkout', 'payments'), nasty), fc.oneof(fc.constantFrom('svc-1', 'svc-2'), nasty)),
    modes: fc.dictionary(fc.oneof(fc.constant('checkout-pricing'), nasty), fc.oneof(fc.constantFrom('sync', 'async'), nasty)),
    positions: fc.dictionary(nasty, fc.record({ x: fc.double(), y: fc.double() })),
  },
  { requiredKeys: ['scenarioId', 'services', 'placement', 'modes'] },
);
export const designInput = fc.oneof(designLike, anyJson);

