/**
 * Service names come from typing, share links and imported files, and go into the page, SVG and
 * PNG exports and Mermaid source. Each is normalised where it enters: Unicode NFC; control and
 * invisible format characters (zero-width spaces, bidi overrides) removed; line breaks and runs
 * of spaces made one space; trimmed; cut to `max` characters (whole code points). A name with
 * nothing visible left is empty, which callers refuse or replace with a default.
 */
export function normaliseName(raw: string, max: number): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]+/gu, (run) => (/[\t\n\r\v\f\u2028\u2029]/u.test(run) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(cleaned).slice(0, max).join('').trim();
}
