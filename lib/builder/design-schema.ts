import * as v from 'valibot';
import { SERVICE_COLOURS } from './colours';
import { normaliseName } from './names';
import type { Design, Scenario } from './model';

/**
 * The one gate every design from outside this page passes through: saved designs, share links
 * and imported files. Shape first (valibot, with size limits), then references: every id must
 * exist in the scenario, so a hostile or stale design can never point at something that is not there.
 */
export const LIMITS = { services: 60, nameLength: 60, coordinate: 100_000 } as const;

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a short id of lowercase letters, digits and hyphens'));
const coordinate = v.pipe(v.number(), v.minValue(-LIMITS.coordinate), v.maxValue(LIMITS.coordinate));
const point = v.object({ x: coordinate, y: coordinate });

const serviceSchema = v.object({
  id,
  // Normalised as it enters (see names.ts); a name longer than the limit is refused, not cut.
  name: v.pipe(v.string(), v.maxLength(LIMITS.nameLength * 4), v.transform((s) => normaliseName(s, LIMITS.nameLength + 1)), v.minLength(1, 'needs at least one visible character'), v.maxLength(LIMITS.nameLength)),
  color: v.picklist(SERVICE_COLOURS),
});

export const designSchema = v.object({
  scenarioId: id,
  services: v.pipe(v.array(serviceSchema), v.maxLength(LIMITS.services)),
  placement: v.record(id, id),
  modes: v.record(id, v.picklist(['sync', 'async'])),
  positions: v.optional(v.record(id, point)),
});

/**
 * A plain-words reason for a schema issue, said of the field (`"is missing"`, `"should be a
 * number"`). The schema's own messages win; valibot's defaults ("Invalid length: Expected <=60
 * but received 61", `expected "scenarioId"`) are rewritten for a learner.
 */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  const requirement = (issue as { requirement?: unknown }).requirement;
  if (issue.received === 'undefined') return 'is missing';
  switch (issue.type) {
    case 'max_length':
    case 'max_value':
      return `is over the limit of ${String(requirement)}`;
    case 'min_length':
    case 'min_value':
      return `needs at least ${String(requirement)}`;
    case 'picklist':
      // `expected` reads `("blue" | "teal")`.
      return `must be one of ${(issue.expected ?? '').replace(/[()"]/g, '').split(' | ').join(', ')}`;
    default:
      return issue.kind === 'schema' && issue.expected ? `should be ${KIND_WORDS[issue.expected.toLowerCase()] ?? 'something else'}` : 'is not a valid value';
  }
}

const KIND_WORDS: Record<string, string> = { string: 'text', number: 'a number', array: 'a list', object: 'a set of named fields', boolean: 'true or false' };

/** Names the part of a design an issue is about, e.g. `["services", 0, "name"]` → "the name of service 1". */
function describeField(path: readonly unknown[]): string {
  const [top, index, field] = path;
  const n = typeof index === 'number' ? index + 1 : undefined;
  switch (top) {
    case undefined:
      return 'the design';
    case 'scenarioId':
      return 'the scenario it belongs to';
    case 'services':
      if (n === undefined) return 'its list of services';
      return field === 'name' ? `the name of service ${n}` : field === 'color' ? `the colour of service ${n}` : field === 'id' ? `the id of service ${n}` : `service ${n}`;
    case 'placement':
      return 'the list of which service holds each capability';
    case 'modes':
      return 'the list of call styles';
    case 'positions':
      return 'the positions on the canvas';
    default:
      return `the field "${String(top).slice(0, 40)}"`;
  }
}

type DesignCheck = { success: true; data: Design } | { success: false; error: string };

/** Validates an unknown value as a design of `scenario`. Messages name what is wrong. */
export function checkDesign(scenario: Scenario, value: unknown): DesignCheck {
  const parsed = v.safeParse(designSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = describeField(issue.path?.map((item) => item.key) ?? []);
    return { success: false, error: `${field[0]!.toUpperCase()}${field.slice(1)} ${describeIssue(issue)}.` };
  }
  const design: Design = parsed.output;
  if (design.scenarioId !== scenario.id) {
    return { success: false, error: `This design belongs to the scenario "${design.scenarioId}", not "${scenario.id}".` };
  }
  const serviceIds = new Set<string>();
  for (const s of design.services) {
    if (serviceIds.has(s.id)) return { success: false, error: `Two services share the id "${s.id}".` };
    serviceIds.add(s.id);
  }
  const capabilityIds = new Set(scenario.capabilities.map((c) => c.id));
  for (const [cap, svc] of Object.entries(design.placement)) {
    if (!capabilityIds.has(cap)) return { success: false, error: `The design places "${cap}", which is not a capability of this scenario.` };
    if (!serviceIds.has(svc)) return { success: false, error: `The design puts "${cap}" in "${svc}", a service it does not define.` };
  }
  const switchable = new Set(scenario.interactions.filter((i) => i.switchable).map((i) => i.id));
  for (const interaction of Object.keys(design.modes)) {
    if (!switchable.has(interaction)) return { success: false, error: `The design changes the call "${interaction}", which this scenario does not let you switch.` };
  }
  const nodeIds = new Set([...serviceIds, ...capabilityIds]);
  const positions = design.positions
    ? Object.fromEntries(Object.entries(design.positions).filter(([nodeId]) => nodeIds.has(nodeId)))
    : undefined;
  return { success: true, data: { ...design, positions } };
}
