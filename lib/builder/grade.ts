/**
 * `npm run grade`: grades the builder's "Design as JSON" files without a browser, for
 * instructors who mark a folder of exports. Pure: the script in scripts/grade.mjs reads the
 * files and prints what these functions return.
 */
import { evaluate } from './evaluate';
import { importJson, MAX_IMPORT_CHARS } from './export';
import type { Design, Evaluation, Scenario } from './model';
import { suggestCut } from './suggest';

type GradeOptions = { format: 'json' | 'table'; scenarioFiles: string[]; suggest?: string; designs: string[] };

export const USAGE =
  'usage: npm run grade -- [--scenario FILE.yaml] [--format json|table] DESIGN.json…\n' +
  '       npm run grade -- [--scenario FILE.yaml] --suggest SCENARIO_ID';

/** Reads the command line. Throws a message naming the argument at fault. */
export function parseArgs(argv: string[]): GradeOptions {
  const opts: GradeOptions = { format: 'json', scenarioFiles: [], designs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'table') throw new Error(`--format must be json or table, not "${f}"`);
      opts.format = f;
    } else if (arg === '--scenario') opts.scenarioFiles.push(value());
    else if (arg === '--suggest') opts.suggest = value();
    else if (arg === '--help' || arg === '-h') throw new Error('help');
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else opts.designs.push(arg);
  }
  if (opts.suggest === undefined && opts.designs.length === 0) throw new Error('no design files given');
  if (opts.suggest !== undefined && opts.designs.length > 0) throw new Error('--suggest takes a scenario id, not design files');
  return opts;
}

type GradedFinding = { rule: string; severity: string; title: string; detail: string; services: string[] };
export type GradeLine = { file: string; scenario: string; score: number; findings: GradedFinding[] } | { file: string; error: string };
type SuggestLine = { scenario: string; design: Design; score: number; findings: GradedFinding[] };

const findingsOf = (e: Evaluation): GradedFinding[] => e.findings.map(({ rule, severity, title, detail, services }) => ({ rule, severity, title, detail, services }));

/** Grades one exported design file's text against the scenario it names. */
export function gradeDesign(file: string, text: string, scenarios: ReadonlyMap<string, Scenario>): GradeLine {
  if (text.length > MAX_IMPORT_CHARS) return { file, error: `too large (${Math.round(text.length / 1000)} kB; a design file is under ${MAX_IMPORT_CHARS / 1000} kB)` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { file, error: `not valid JSON: ${(err as Error).message}` };
  }
  const id = (value as { scenario?: unknown } | null)?.scenario;
  if (typeof id !== 'string') return { file, error: 'field "scenario" is missing or not a string' };
  const scenario = scenarios.get(id);
  if (!scenario) return { file, error: `field "scenario": "${id}" is not a scenario (known: ${[...scenarios.keys()].sort().join(', ')})` };
  const imported = importJson(scenario, text);
  if (!imported.success) return { file, error: imported.error.replace(/^This file could not be imported: /, '').replace(/ Your current design is unchanged\.$/, '') };
  const e = evaluate(scenario, imported.data);
  return { file, scenario: id, score: e.score, findings: findingsOf(e) };
}

export function suggestLine(scenario: Scenario): SuggestLine {
  const s = suggestCut(scenario);
  return { scenario: scenario.id, design: s.design, score: s.evaluation.score, findings: findingsOf(s.evaluation) };
}

/** The table for people: one row per file, the worst finding's title, errors in place of a score. */
export function formatTable(lines: GradeLine[]): string {
  const rows = lines.map((l) => {
    if ('error' in l) return [l.file, '', 'error', l.error];
    const count = (s: string) => l.findings.filter((f) => f.severity === s).length;
    const worst = l.findings.find((f) => f.severity === 'problem' || f.severity === 'warning');
    const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
    return [l.file, l.scenario, String(l.score), `${n(count('problem'), 'problem')}, ${n(count('warning'), 'warning')}${worst ? `; ${worst.title}` : ''}`];
  });
  const head = ['file', 'scenario', 'score', 'findings'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : fit(c, widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
