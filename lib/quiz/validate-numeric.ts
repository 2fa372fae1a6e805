import type { NumericResponse } from './responses';
import { incomplete, type Incomplete } from './score';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads a number as people type it: `1,500`, `1 500`, `$12,000`, `100 min`, `−3`, `.5`.
 * A trailing word is allowed (a unit); the caller shows the expected unit beside the field.
 * Returns `null` for anything else.
 */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().replace(/^[$€£]\s*/, '').replace(/^−/, '-');
  const match = /^(.*?\d)\s*([a-z%][a-z%/ .]*)?$/i.exec(text);
  if (!match?.[1]) return null;
  const digits = match[1].replace(/(\d)[, _](?=\d{3}(\D|$))/g, '$1');
  if (!NUMBER.test(digits)) return null;
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}

/** Can this numeric response be graded? It must be a number. */
export function validateNumeric(response: NumericResponse | null): Incomplete | null {
  if (!response || response.value.trim() === '') return incomplete('Enter a number first.');
  if (parseNumber(response.value) === null) return incomplete(`“${response.value.trim().slice(0, 20)}” is not a number; enter digits, such as 120.`);
  return null;
}
