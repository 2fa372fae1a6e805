/**
 * No regular expression in the code may take super-linear time: each literal in the source is
 * fed long adversarial strings (runs of one character, or of a pair, after a prefix built from
 * the pattern's own words, ending in a character that makes the match fail) and must finish fast.
 * A quadratic pattern takes seconds on 20,000 characters; a linear one well under a millisecond.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
/**
 * Code that runs on what learners, links and files bring in: the site and its build. Tests and
 * the e2e suite only ever match our own pages and are left out.
 */
const DIRS = ['lib', 'components', 'app'];
const FILES = ['proxy.ts'];
const LENGTH = 10_000;
const BUDGET_MS = 100;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'prerendered' || name.startsWith('.')) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs|js)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every regular-expression literal in a file, found by the TypeScript scanner (not by a regex). */
function literals(file: string): { pattern: RegExp; where: string }[] {
  const text = readFileSync(file, 'utf8');
  const found: { pattern: RegExp; where: string }[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf('/');
      const flags = literal.slice(end + 1).replace(/[gy]/g, '');
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ pattern: new RegExp(literal.slice(1, end), flags), where: `${path.relative(ROOT, file)}:${line} ${literal.slice(0, 80)}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const FILLERS = [' ', '\t', '\n', 'a', 'A', '0', '-', '.', ',', ':', ';', '=', '#', '"', "'", '<', '>', '/', '_', '%', '(', '[', '{', '\\', 'é', 'a ', ' a', '- ', 'a-', '0.', 'a,', 'a:', '<a', '&a', 'a1-'];

/** Prefixes that lead a pattern into its repeating part: its own words and punctuation, e.g. `style A `. */
function prefixes(pattern: RegExp): string[] {
  const words = [...new Set(pattern.source.match(/[A-Za-z][A-Za-z-]{1,}/g) ?? [])].slice(0, 8);
  const out = new Set<string>(['']);
  for (const w of words) {
    out.add(`${w} `);
    out.add(`${w} A x`);
    out.add(`<${w} `);
    out.add(`${w}="`);
    out.add(`${w}:`);
  }
  return [...out];
}

function timeOf(pattern: RegExp, prefix: string, filler: string, length: number): number {
  const input = prefix + filler.repeat(Math.ceil(length / filler.length)) + '\u0000!';
  const start = performance.now();
  pattern.exec(input);
  return performance.now() - start;
}

/**
 * The slowest long input: every prefix and filler is tried on a short string first, then the
 * three slowest are run at full length (trying them all at full length would take minutes).
 */
function slowest(pattern: RegExp, length = LENGTH): { ms: number; input: string } {
  const tries = prefixes(pattern).flatMap((prefix) => FILLERS.map((filler) => ({ prefix, filler, ms: timeOf(pattern, prefix, filler, 1_000) })));
  tries.sort((a, b) => b.ms - a.ms);
  let worst = { ms: 0, input: '' };
  for (const t of tries.slice(0, 3)) {
    const ms = timeOf(pattern, t.prefix, t.filler, length);
    if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(t.prefix)} + ${JSON.stringify(t.filler)} × ${length}` };
  }
  return worst;
}

const all = [...DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))), ...FILES.map((f) => path.join(ROOT, f))].flatMap(literals);

describe('regular expressions in the code', () => {
  it('finds the literals to test', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  // The probe must find a quadratic pattern on any machine: at 10,000 characters the old pattern
  // takes about the budget on a fast one, so it is run at four times the length (sixteen times
  // the work, well over a second) and must exceed four times the budget, what a linear pattern
  // would be allowed at that length.
  it('catches a quadratic pattern (the old STYLE_LINE)', { timeout: 60_000 }, () => {
    const oldStyleLine = new RegExp(String.raw`^(\s*(?:style|classDef)\s+\S+\s+)(.+?)(;?\s*)$`);
    expect(slowest(oldStyleLine, LENGTH * 4).ms).toBeGreaterThan(BUDGET_MS * 4);
  });

  it.each(all.map((r) => [r.where, r.pattern] as const))('%s stays linear on long adversarial input', { timeout: 30_000 }, (_where, pattern) => {
    const worst = slowest(pattern);
    expect(worst.ms, `slowest on ${worst.input}`).toBeLessThan(BUDGET_MS);
  });
});
