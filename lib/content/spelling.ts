/**
 * The course writes British English: "centralised", "optimisation", "behaviour". This finds the
 * American forms in prose, outside code, URLs and identifiers such as `averageUtilization`.
 */

/** Prefixes that leave the American form underneath, e.g. "re-organize", "unrecognized". */
const PREFIX = String.raw`(?:(?:re|un|de|dis|pre|non|over|under|mis|co|sub|auto|self)-?)?`;

/** Stems spelt -ise in the course and often -ize elsewhere, e.g. `organi` for "organise". */
const ISE_STEMS = [
  'centrali', 'optimi', 'seriali', 'normali', 'authori', 'utili', 'organi', 'recogni', 'summari',
  'speciali', 'standardi', 'minimi', 'maximi', 'prioriti', 'containeri', 'modulari', 'virtuali',
  'synchroni', 'customi', 'characteri', 'categori', 'memori', 'reali', 'emphasi', 'finali',
  'initiali', 'paralleli', 'generali', 'stabili', 'visuali', 'moneti', 'capitali', 'apologi',
  'critici', 'saniti', 'tokeni', 'vectori', 'locali', 'personali', 'operationali', 'rationali',
  'formali', 'publici', 'theori', 'amorti', 'penali', 'legali', 'neutrali', 'mobili', 'moderni',
  'globali', 'digiti', 'anonymi', 'randomi', 'parameteri', 'itemi', 'incentivi', 'economi',
  'familiari', 'scrutini', 'symboli', 'sympathi', 'triviali', 'materiali', 'hospitali',
];

/** A whole word, case-insensitive, with an optional prefix before the stem. */
const word = (body: string) => new RegExp(String.raw`\b${PREFIX}${body}\b`, 'gi');

/** American spellings and the form the course uses, e.g. `centraliz` → `centralis`. */
const AMERICAN: [RegExp, string][] = [
  [word(`(${ISE_STEMS.join('|')})z(e|es|ed|ing|ation|ations|er|ers)`), 's'],
  [word('(behavi|col|fav|hon|neighb|flav|lab|endeav|harb|hum|rum|vap|arm|rig|savi|splend|vig)or(s|ed|ing|ite|ites|able|al)?'), 'our'],
  [word('(ana|para|cata)lyz(e|es|ed|ing|er|ers)'), 'lys'],
  [word('catalog(s|ed|ing)?'), 'catalogue'],
  [word('(model|label|cancel|travel|signal|fuel|level|channel|tunnel|marshal|unravel|counsel|total)(ed|ing|er|ers)'), 'double l'],
  [/\b(cent|theat|fib|lust)(er|ers|ered|ering)\b/gi, 're'],
  [/\b(defen|offen|preten)se(s)?\b/gi, 'ce'],
  [/\b(judg|acknowledg)ment(s)?\b/gi, 'ement'],
  [/\bgray(s|er|est|ish)?\b/gi, 'grey'],
  [/\b(fulfill|enroll|instill)(s|ment|ments)?\b/gi, 'single l'],
  [/\bartifact(s)?\b/gi, 'artefact'],
];

/** One American spelling found, e.g. `{ line: 12, word: "centralized" }`. */
type SpellingHit = { line: number; word: string };

/** Brackets whose inside a Mermaid drawing shows as text, e.g. `[Order service]`, `|Yes|`. */
const LABEL_CLOSE: Record<string, string> = { '[': ']', '(': ')', '{': '}', '"': '"', '|': '|' };

/** Where the text of an edge such as `a -- out of stock --> b` ends, or -1. */
function edgeTextEnd(line: string, from: number): number {
  const ends = ['-->', '---', '==>', '.->'].map((t) => line.indexOf(t, from)).filter((i) => i >= 0);
  return ends.length ? Math.min(...ends) : -1;
}

/**
 * The text one line of a Mermaid drawing shows (node and edge labels, messages, notes, titles,
 * descriptions), with ids and syntax blanked to spaces so columns and line numbers stay put.
 */
export function mermaidText(line: string): string {
  if (/^\s*(classDef|style|linkStyle|class|click)\s/.test(line)) return ' '.repeat(line.length);
  const keep = new Array<boolean>(line.length).fill(false);
  const mark = (from: number, to: number) => {
    for (let i = from; i < to; i++) keep[i] = true;
  };
  // accTitle/accDescr/title/Note lines and sequence messages (`A->>B: text`) show what follows the colon.
  if (/^\s*(accTitle|accDescr|title|Note)\b/.test(line) || /->>|-\)|-x\s/.test(line)) {
    const colon = line.indexOf(':');
    if (colon >= 0) mark(colon + 1, line.length);
  }
  const alias = /^\s*(participant|actor)\s+\S+\s+as\s/.exec(line);
  if (alias) mark(alias[0].length, line.length);
  for (let i = 0; i < line.length; i++) {
    const close = LABEL_CLOSE[line.charAt(i)];
    if (close) {
      const end = line.indexOf(close, i + 1);
      if (end > i) {
        mark(i + 1, end);
        i = end;
      }
      continue;
    }
    const edge = ['-- ', '== ', '-. '].some((t) => line.startsWith(t, i)) && (i === 0 || !'-=.<'.includes(line.charAt(i - 1)));
    if (edge) {
      const end = edgeTextEnd(line, i + 3);
      if (end > i) mark(i + 3, end);
    }
  }
  return Array.from(line, (ch, i) => (keep[i] ? ch : ' ')).join('');
}

/**
 * Blanks fenced code, inline code, URLs and link targets so only prose is checked. A Mermaid
 * block keeps the text its drawing shows (see {@link mermaidText}); its ids and syntax are blanked.
 */
export function proseOnly(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const fence = (m: string, _mark: string, info: string) => {
    if (info.trim() !== 'mermaid') return blank(m);
    const lines = m.split('\n');
    return lines.map((l, i) => (i === 0 || i === lines.length - 1 ? blank(l) : mermaidText(l))).join('\n');
  };
  return text
    .replace(/^(```|~~~)([^\n]*)\n[\s\S]*?^\1[^\n]*$/gm, fence)
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
