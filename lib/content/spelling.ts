/**
 * The course writes British English: "centralised", "optimisation", "behaviour". This finds the
 * American forms in prose, outside code, URLs and identifiers such as `averageUtilization`.
 */

/** American spellings and the form the course uses, e.g. `centraliz` → `centralis`. */
const AMERICAN: [RegExp, string][] = [
  [/\b(centrali|optimi|seriali|deseriali|normali|denormali|authori|utili|organi|recogni|summari|speciali|standardi|minimi|maximi|prioriti|containeri|modulari|virtuali|synchroni|customi|characteri|categori|memori)z(e|es|ed|ing|ation|ations|er|ers)\b/gi, 's'],
  [/\b(behavi|col|fav|hon|neighb|flav|lab)or(s|ed|ing|ite|ites|able)?\b/gi, 'our'],
  [/\banalyz(e|es|ed|ing)\b/gi, 'analys'],
  [/\bcatalog(s)?\b/gi, 'catalogue'],
];

/** One American spelling found, e.g. `{ line: 12, word: "centralized" }`. */
type SpellingHit = { line: number; word: string };

/** Blanks fenced code, inline code, URLs and link targets so only prose is checked. */
export function proseOnly(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/https?:\/\/\S+/g, blank);
}

/** Every American spelling in the prose of `text`, with its 1-based line. */
export function americanSpellings(text: string): SpellingHit[] {
  const prose = proseOnly(text);
  const hits: SpellingHit[] = [];
  prose.split('\n').forEach((line, i) => {
    for (const [pattern] of AMERICAN) {
      for (const m of line.matchAll(pattern)) hits.push({ line: i + 1, word: m[0] });
    }
  });
  return hits;
}

/** Keys whose values are identifiers, which saved progress and share links rely on. */
const IDENTIFIER_KEYS = new Set(['id', 'from', 'to', 'kind', 'type', 'section', 'lesson', 'anchor', 'scenario', 'module']);

/** One prose string of a YAML document, e.g. `{ path: "capabilities.2.name", text: "Product catalog" }`. */
type YamlString = { path: string; text: string };

/** The prose strings of parsed YAML: not identifier fields, not bare kebab-case tokens. */
export function yamlProse(value: unknown, at = ''): YamlString[] {
  if (typeof value === 'string') return /^[a-z0-9-]+$/.test(value) ? [] : [{ path: at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => yamlProse(v, at ? `${at}.${i}` : `${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (IDENTIFIER_KEYS.has(k) ? [] : yamlProse(v, at ? `${at}.${k}` : k)));
  }
  return [];
}
