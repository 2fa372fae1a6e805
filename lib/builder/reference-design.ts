import type { Design, ReferenceDesign, Scenario } from './model';
import type { Partition } from './similarity';

/** Colour names assigned to generated services in turn (the canvas maps them to its palette). */
export const SERVICE_COLORS = ['teal', 'violet', 'amber', 'rose', 'sky', 'lime', 'orange', 'fuchsia', 'emerald', 'indigo'] as const;

/** A reference design as a partition: capability id → the reference service's name. */
export function referencePartition(ref: ReferenceDesign): Partition {
  const p: Partition = {};
  for (const svc of ref.services) for (const c of svc.capabilities) p[c] = svc.name;
  return p;
}

/** A design as a partition of its placed capabilities: capability id → service id. */
export function designPartition(design: Design, scenario: Scenario): Partition {
  const ids = new Set(design.services.map((s) => s.id));
  const known = new Set(scenario.capabilities.map((c) => c.id));
  const p: Partition = {};
  for (const [cap, svc] of Object.entries(design.placement)) if (known.has(cap) && ids.has(svc)) p[cap] = svc;
  return p;
}

/**
 * Turns a reference design into a design the canvas can show ("Show a reference design"):
 * one service per reference service, ids `ref-1`, `ref-2`, … and the reference's call styles.
 */
export function designFromReference(scenario: Scenario, refId: string): Design | undefined {
  const ref = scenario.references.find((r) => r.id === refId);
  if (!ref) return undefined;
  const design: Design = { scenarioId: scenario.id, services: [], placement: {}, modes: { ...ref.modes } };
  ref.services.forEach((svc, i) => {
    const id = `ref-${i + 1}`;
    design.services.push({ id, name: svc.name, color: SERVICE_COLORS[i % SERVICE_COLORS.length]! });
    for (const c of svc.capabilities) design.placement[c] = id;
  });
  return design;
}
