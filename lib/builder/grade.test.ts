import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { designFromReference } from './reference-design';
import { exportJson } from './export';
import { formatTable, gradeDesign, parseArgs, suggestLine, type GradeLine } from './grade';
import { loadScenarios, SCENARIOS_DIR } from './scenarios';

const scenarios = new Map(loadScenarios().map((s) => [s.id, s]));
const saga = scenarios.get('order-saga')!;
const good = exportJson(designFromReference(saga, 'saga-services')!, new Date('2026-01-01T00:00:00Z'));

describe('parseArgs', () => {
  it('reads formats, scenario files, design files and --suggest', () => {
    expect(parseArgs(['--format', 'table', '--scenario', 'x.yaml', 'a.json', 'b.json'])).toEqual({ format: 'table', scenarioFiles: ['x.yaml'], designs: ['a.json', 'b.json'] });
    expect(parseArgs(['--suggest', 'order-saga'])).toMatchObject({ suggest: 'order-saga', designs: [] });
  });
  it('names the argument at fault', () => {
    expect(() => parseArgs(['--format', 'xml', 'a.json'])).toThrow('--format must be json or table, not "xml"');
    expect(() => parseArgs(['--format'])).toThrow('--format needs a value');
    expect(() => parseArgs(['--frmat', 'json', 'a.json'])).toThrow('unknown option --frmat');
    expect(() => parseArgs([])).toThrow('no design files given');
  });
});

describe('gradeDesign', () => {
  it('grades an exported design against the scenario it names', () => {
    const line = gradeDesign('saga.json', good, scenarios);
    expect(line).toMatchObject({ file: 'saga.json', scenario: 'order-saga' });
    if ('error' in line) throw new Error(line.error);
    expect(line.score).toBeGreaterThanOrEqual(85);
    expect(Object.keys(line.findings[0]!).sort()).toEqual(['detail', 'rule', 'services', 'severity', 'title']);
  });

  it('reports a broken file with what is wrong and where', () => {
    expect(gradeDesign('x.json', '{oops', scenarios)).toMatchObject({ file: 'x.json', error: expect.stringMatching(/^not valid JSON/) });
    expect(gradeDesign('x.json', '{"format":"service-boundaries-design"}', scenarios)).toEqual({ file: 'x.json', error: 'field "scenario" is missing or not a string' });
    expect(gradeDesign('x.json', good.replace('"scenario": "order-saga"', '"scenario": "nope"'), scenarios)).toMatchObject({ error: expect.stringMatching(/^field "scenario": "nope" is not a scenario/) });
    const wrongPlacement = good.replace('"payments": "ref-2"', '"payments": "ref-9"');
    expect(wrongPlacement).not.toBe(good);
    expect(gradeDesign('x.json', wrongPlacement, scenarios)).toMatchObject({ error: expect.stringMatching(/"payments"/) });
  });
});

describe('formatTable', () => {
  it('prints one row per file, with the error in place of a score', () => {
    const lines: GradeLine[] = [gradeDesign('saga.json', good, scenarios), { file: 'bad.json', error: 'not valid JSON' }];
    const table = formatTable(lines).split('\n');
    expect(table[0]).toMatch(/^file\s+scenario\s+score\s+findings$/);
    expect(table[2]).toMatch(/^saga\.json\s+order-saga\s+\d+\s+0 problems, 0 warnings/);
    expect(table[3]).toMatch(/^bad\.json\s+error\s+not valid JSON$/);
  });
});

describe('suggestLine', () => {
  it('gives the suggested design with its score and findings', () => {
    const line = suggestLine(saga);
    expect(line.scenario).toBe('order-saga');
    expect(line.findings.some((f) => f.severity === 'problem')).toBe(false);
    expect(Object.keys(line.design.placement).sort()).toEqual(saga.capabilities.map((c) => c.id).sort());
  });
});

describe('npm run grade', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'grade-'));
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(process.cwd(), 'scripts', 'grade.mjs'), ...args], { encoding: 'utf8' });

  it('grades good files, reports broken ones, and says so in its exit code', () => {
    writeFileSync(path.join(dir, 'good.json'), good);
    writeFileSync(path.join(dir, 'broken.json'), '{oops');
    const ok = run(path.join(dir, 'good.json'));
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout.trim())).toMatchObject({ scenario: 'order-saga' });
    const mixed = run(path.join(dir, 'good.json'), path.join(dir, 'broken.json'));
    expect(mixed.status).toBe(1);
    const out = mixed.stdout.trim().split('\n').map((l) => JSON.parse(l) as GradeLine);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ file: path.join(dir, 'broken.json'), error: expect.stringMatching(/not valid JSON/) });
    expect(mixed.stderr).toMatch(/broken\.json: not valid JSON/);
  }, 60_000);

  it('grades against a draft scenario file outside content/, and suggests a cut for it', () => {
    const draft = readFileSync(path.join(SCENARIOS_DIR, 'order-saga.yaml'), 'utf8').replace('id: order-saga', 'id: draft-saga');
    const file = path.join(dir, 'draft-saga.yaml');
    writeFileSync(file, draft);
    writeFileSync(path.join(dir, 'draft.json'), good.replaceAll('order-saga', 'draft-saga'));
    const graded = run('--scenario', file, path.join(dir, 'draft.json'));
    expect(graded.status).toBe(0);
    expect(JSON.parse(graded.stdout)).toMatchObject({ scenario: 'draft-saga' });
    const suggested = run('--scenario', file, '--suggest', 'draft-saga');
    expect(JSON.parse(suggested.stdout)).toMatchObject({ scenario: 'draft-saga', score: expect.any(Number) });
    writeFileSync(path.join(dir, 'wrong-name.yaml'), draft);
    const misnamed = run('--scenario', path.join(dir, 'wrong-name.yaml'), '--suggest', 'draft-saga');
    expect(misnamed.status).toBe(2);
    expect(misnamed.stderr).toMatch(/wrong-name\.yaml: field "id" is "draft-saga" but the file is named wrong-name\.yaml/);
  }, 60_000);
});
