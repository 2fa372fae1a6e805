import { parse } from 'yaml';
import { z } from 'zod';
import { describeIssue, type ParseResult } from '@/lib/content/parse';
import type { Scenario } from './model';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

const capabilitySchema = z
  .object({
    id,
    name: text(2, 40),
    description: text(10, 240),
    writes: z.array(id),
    scaling: z.enum(['steady', 'spiky', 'gpu', 'batch']),
    changesWith: z.array(id).optional(),
    latencyMs: z.number().positive().max(60_000).optional(),
    accelerator: z.enum(['none', 'small', 'large']).optional(),
    dataClass: z.enum(['public', 'internal', 'regulated']).optional(),
  })
  .strict();

const DIMENSIONS = ['latency', 'availability', 'consistency', 'data-ownership', 'change-coupling', 'resource-fit', 'team-fit', 'operations', 'compliance', 'reference', 'unplaced'] as const;

const checkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('within-budget'), requests: z.array(id).min(1) }).strict(),
  z.object({ kind: z.literal('never-waits'), capability: id, on: z.array(id).min(1) }).strict(),
  z.object({ kind: z.literal('separate'), capabilities: z.array(id).min(1), from: z.array(id).min(1) }).strict(),
  z.object({ kind: z.literal('async-across-boundary'), interactions: z.array(id).min(1) }).strict(),
  z.object({ kind: z.literal('must-be-sync'), interactions: z.array(id).min(1) }).strict(),
  z.object({ kind: z.literal('max-deployables'), count: z.number().int().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('regulated-in-one-deployable') }).strict(),
  z.object({ kind: z.literal('teams-release-alone') }).strict(),
  z.object({ kind: z.literal('invariant'), invariant: id }).strict(),
  z.object({ kind: z.literal('weighs'), dimension: z.enum(DIMENSIONS), factor: z.number().min(0.5).max(2) }).strict(),
]);

const interactionSchema = z
  .object({
    id,
    from: id,
    to: id,
    kind: z.enum(['sync', 'async']),
    weight: z.number().positive().max(100),
    switchable: z.boolean(),
    label: text(5, 160),
  })
  .strict();

/**
 * A builder exercise as authored in `content/scenarios/<id>.yaml`. Field-level rules live here;
 * rules that relate fields to each other (ids unique, references resolve) are in
 * {@link crossCheckScenario}.
 */
export const scenarioSchema = z
  .object({
    id,
    title: text(5, 80),
    summary: text(40, 600),
    lessons: z.array(id).min(1),
    context: z
      .object({
        teamSize: z.number().int().min(1).max(2000),
        stage: z.enum(['startup', 'medium', 'large']),
        devopsCapacity: z.enum(['low', 'medium', 'high']),
        traffic: text(5, 200),
        trafficLevel: z.enum(['low', 'medium', 'high']),
        constraints: z.array(z.object({ text: text(5, 240), check: checkSchema }).strict()),
        teams: z
          .array(z.object({ id, name: text(2, 60), people: z.number().int().min(1).max(500), owns: z.array(id).min(1) }).strict())
          .min(1)
          .optional(),
        platformTeam: z.boolean().optional(),
      })
      .strict(),
    capabilities: z.array(capabilitySchema).min(3).max(80),
    data: z.array(z.object({ id, name: text(2, 40) }).strict()),
    interactions: z.array(interactionSchema).min(1),
    criticalRequests: z
      .array(
        z
          .object({ id, name: text(3, 80), path: z.array(id).min(2), budgetMs: z.number().positive().optional() })
          .strict(),
      )
      .min(1),
    invariants: z
      .array(z.object({ id, text: text(10, 240), capabilities: z.array(id).min(2), eventual: z.boolean() }).strict())
      .optional(),
    references: z
      .array(
        z
          .object({
            id,
            title: text(3, 80),
            rationale: text(40, 1200),
            services: z.array(z.object({ name: text(2, 60), capabilities: z.array(id).min(1) }).strict()).min(1),
            modes: z.record(id, z.enum(['sync', 'async'])).optional(),
            accepts: z.array(z.enum(DIMENSIONS)).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

// The schema's output must stay assignable to the shared model type.
type SchemaScenario = z.infer<typeof scenarioSchema>;
const _assignable = (s: SchemaScenario): Scenario => s;
void _assignable;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

/**
 * Checks what the schema cannot: ids unique, every reference resolves, every path step is an
 * interaction, every reference design places each capability exactly once, lessons exist.
 * Returns one message per problem naming the field, e.g. `interactions[2].to: "cartt" is not a capability`.
 */
export function crossCheckScenario(s: Scenario, knownLessons: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const caps = new Set(s.capabilities.map((c) => c.id));
  const data = new Set(s.data.map((d) => d.id));
  const needCap = (field: string, ref: string) => {
    if (!caps.has(ref)) problems.push(`${field}: "${ref}" is not a capability`);
  };
  for (const [what, ids] of [
    ['capabilities', s.capabilities.map((c) => c.id)],
    ['data', s.data.map((d) => d.id)],
    ['interactions', s.interactions.map((i) => i.id)],
    ['criticalRequests', s.criticalRequests.map((r) => r.id)],
    ['references', s.references.map((r) => r.id)],
  ] as const) {
    for (const dup of duplicates([...ids])) problems.push(`${what}: id "${dup}" is used twice`);
  }
  s.lessons.forEach((slug, i) => {
    if (!knownLessons.has(slug)) problems.push(`lessons[${i}]: "${slug}" is not a lesson of the course`);
  });
  s.capabilities.forEach((c, i) => {
    c.writes.forEach((w, j) => {
      if (!data.has(w)) problems.push(`capabilities[${i}].writes[${j}]: "${w}" is not a data entity`);
    });
    c.changesWith?.forEach((other, j) => {
      needCap(`capabilities[${i}].changesWith[${j}]`, other);
      if (other === c.id) problems.push(`capabilities[${i}].changesWith[${j}]: a capability cannot change with itself`);
    });
  });
  const pairs = new Set<string>();
  s.interactions.forEach((x, i) => {
    needCap(`interactions[${i}].from`, x.from);
    needCap(`interactions[${i}].to`, x.to);
    if (x.from === x.to) problems.push(`interactions[${i}]: a capability cannot call itself`);
    const key = `${x.from}>${x.to}`;
    if (pairs.has(key)) problems.push(`interactions[${i}]: a second interaction from "${x.from}" to "${x.to}"`);
    pairs.add(key);
  });
  s.criticalRequests.forEach((r, i) => {
    r.path.forEach((step, j) => needCap(`criticalRequests[${i}].path[${j}]`, step));
    for (let j = 1; j < r.path.length; j++) {
      const callers = r.path.slice(0, j).filter((k) => pairs.has(`${k}>${r.path[j]}`));
      if (callers.length === 0) problems.push(`criticalRequests[${i}].path[${j}]: no earlier step calls "${r.path[j]}"`);
    }
  });
  const requests = new Set(s.criticalRequests.map((r) => r.id));
  const interactions = new Set(s.interactions.map((x) => x.id));
  const invariants = new Set((s.invariants ?? []).map((v) => v.id));
  (s.invariants ?? []).forEach((v, i) => v.capabilities.forEach((c, j) => needCap(`invariants[${i}].capabilities[${j}]`, c)));
  const owners = new Map<string, string>();
  (s.context.teams ?? []).forEach((t, i) =>
    t.owns.forEach((c, j) => {
      needCap(`context.teams[${i}].owns[${j}]`, c);
      if (owners.has(c)) problems.push(`context.teams[${i}].owns[${j}]: "${c}" is already owned by team "${owners.get(c)}"`);
      owners.set(c, t.id);
    }),
  );
  if (s.context.teams) {
    const unowned = [...caps].filter((c) => !owners.has(c));
    if (unowned.length) problems.push(`context.teams: no team owns ${unowned.map((c) => `"${c}"`).join(', ')}`);
  }
  s.context.constraints.forEach(({ check }, i) => {
    const at = `context.constraints[${i}].check`;
    if (check.kind === 'within-budget')
      check.requests.forEach((r, j) => {
        if (!requests.has(r)) problems.push(`${at}.requests[${j}]: "${r}" is not a critical request`);
        else if (s.criticalRequests.find((q) => q.id === r)!.budgetMs === undefined) problems.push(`${at}.requests[${j}]: "${r}" has no budgetMs`);
      });
    if (check.kind === 'never-waits') {
      needCap(`${at}.capability`, check.capability);
      check.on.forEach((c, j) => needCap(`${at}.on[${j}]`, c));
    }
    if (check.kind === 'separate') {
      check.capabilities.forEach((c, j) => needCap(`${at}.capabilities[${j}]`, c));
      check.from.forEach((c, j) => needCap(`${at}.from[${j}]`, c));
    }
    if (check.kind === 'must-be-sync' || check.kind === 'async-across-boundary')
      check.interactions.forEach((x, j) => {
        if (!interactions.has(x)) problems.push(`${at}.interactions[${j}]: "${x}" is not an interaction`);
      });
    if (check.kind === 'invariant' && !invariants.has(check.invariant)) problems.push(`${at}.invariant: "${check.invariant}" is not an invariant`);
    if (check.kind === 'teams-release-alone' && !s.context.teams) problems.push(`${at}: "teams-release-alone" needs context.teams`);
    if (check.kind === 'regulated-in-one-deployable' && !s.capabilities.some((c) => c.dataClass === 'regulated'))
      problems.push(`${at}: no capability has dataClass "regulated"`);
  });
  s.references.forEach((ref, i) => {
    const placed = ref.services.flatMap((svc) => svc.capabilities);
    placed.forEach((c) => needCap(`references[${i}]`, c));
    for (const dup of duplicates(placed)) problems.push(`references[${i}]: "${dup}" is placed in two services`);
    for (const [xid] of Object.entries(ref.modes ?? {})) {
      const x = s.interactions.find((it) => it.id === xid);
      if (!x) problems.push(`references[${i}].modes: "${xid}" is not an interaction`);
      else if (!x.switchable) problems.push(`references[${i}].modes: "${xid}" is not switchable`);
    }
    const missing = [...caps].filter((c) => !placed.includes(c));
    if (missing.length) problems.push(`references[${i}]: does not place ${missing.map((m) => `"${m}"`).join(', ')}`);
  });
  return problems;
}

/** Parses one scenario file's text. The error names the file and every field at fault. */
export function parseScenarioSource(file: string, raw: string, knownLessons: ReadonlySet<string>): ParseResult<Scenario> {
  let doc: unknown;
  try {
    doc = parse(raw);
  } catch (err) {
    return { success: false, error: `${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}` };
  }
  const result = scenarioSchema.safeParse(doc);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => describeIssue(issue));
    return { success: false, error: `${file}: ${problems.join('; ')}` };
  }
  const expectedId = file.split('/').pop()?.replace(/\.ya?ml$/, '');
  const problems = crossCheckScenario(result.data, knownLessons);
  if (expectedId && result.data.id !== expectedId) problems.unshift(`field "id" is "${result.data.id}" but the file is named ${expectedId}.yaml`);
  if (problems.length) return { success: false, error: `${file}: ${problems.join('; ')}` };
  return { success: true, data: result.data };
}
