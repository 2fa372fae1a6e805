import { z } from 'zod/mini';
import { SERVICE_COLOURS } from './colours';
import type { Design, Scenario } from './model';

/**
 * The one gate every design from outside this page passes through: saved designs, share links
 * and imported files. Shape first (zod, with size limits), then references: every id must exist
 * in the scenario, so a hostile or stale design can never point at something that is not there.
 */
export const LIMITS = { services: 60, nameLength: 60, coordinate: 100_000 } as const;

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a short kebab-case id'));
const point = z.object({
  x: z.number().check(z.gte(-LIMITS.coordinate), z.lte(LIMITS.coordinate)),
  y: z.number().check(z.gte(-LIMITS.coordinate), z.lte(LIMITS.coordinate)),
});

export const serviceSchema = z.object({
  id,
  name: z.string().check(z.trim(), z.minLength(1, 'a service needs a name'), z.maxLength(LIMITS.nameLength)),
  color: z.enum(SERVICE_COLOURS),
});

export const designSchema = z.object({
  scenarioId: id,
  services: z.array(serviceSchema).check(z.maxLength(LIMITS.services)),
  placement: z.record(id, id),
  modes: z.record(id, z.enum(['sync', 'async'])),
  positions: z.optional(z.record(id, point)),
});

/**
 * A plain-words reason for a schema issue. zod/mini carries no message catalogue (that is what
 * keeps it small), so the generic ones are written here; the schema's own messages win.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `more than ${String(issue.maximum)} is not allowed`;
    case 'too_small':
      return `at least ${String(issue.minimum)} is needed`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.join(', ')}`;
    default:
      return 'not a valid value';
  }
}

export type DesignCheck = { success: true; data: Design } | { success: false; error: string };

/** Validates an unknown value as a design of `scenario`. Messages name what is wrong. */
export function checkDesign(scenario: Scenario, value: unknown): DesignCheck {
  const parsed = designSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    return { success: false, error: `The design is not in the expected format${where}: ${describeIssue(issue)}.` };
  }
  const design: Design = parsed.data;
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
