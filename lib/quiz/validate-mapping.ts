import { incomplete, type Incomplete } from './score';

/** How a mapping question words its "not yet" messages, e.g. `{ redo: "sort", verb: "Place", done: "placed" }`. */
type MappingWords = { redo: string; verb: string; done: string };

/**
 * Can a mapping answer be graded? Matching maps pair → target, categorize maps item → category:
 * every key must be mapped, and only to known values.
 */
export function validateMapping(mapping: Record<string, string>, keys: string[], values: string[], words: MappingWords): Incomplete | null {
  const known = new Set(keys);
  const allowed = new Set(values);
  if (Object.entries(mapping).some(([key, value]) => !known.has(key) || !allowed.has(value))) {
    return incomplete(`Part of that answer is not among the options; ${words.redo} again.`);
  }
  const done = keys.filter((key) => mapping[key]).length;
  if (done < keys.length) return incomplete(`${words.verb} every item first (${done} of ${keys.length} ${words.done}).`);
  return null;
}
