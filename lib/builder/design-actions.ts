import { modeOf } from './analysis';
import { isServiceColour, nextColour } from './colours';
import { LIMITS } from './design-schema';
import { CAPABILITY_SIZE, SERVICE_HEADER, SERVICE_PAD, absolutePosition, coversMember, freeSlot, nextServicePosition, serviceAt, tidyPositions, toRelative, type Point } from './layout';
import type { Design, Scenario } from './model';
import { normaliseName } from './names';

/**
 * Everything a learner can do to a design, as named, pure actions. The canvas, the table view,
 * the "Move to…" menu and the keyboard all dispatch these, so undo, persistence and the
 * evaluation see every change the same way whichever way it was made.
 */
export type DesignAction =
  | { type: 'createService'; id: string; name: string; color?: string; position?: Point; capabilities?: string[] }
  | { type: 'renameService'; id: string; name: string }
  | { type: 'recolourService'; id: string; color: string }
  | { type: 'deleteService'; id: string }
  | { type: 'moveCapability'; capability: string; service: string | null; position?: Point }
  | { type: 'setMode'; interaction: string; mode: 'sync' | 'async' }
  | { type: 'commitMoves'; moves: { id: string; position: Point }[] }
  /** A capability dragged from the palette, let go with its centre at `at` (absolute canvas coordinates). */
  | { type: 'dropCapability'; capability: string; at: Point }
  | { type: 'reset' }
  | { type: 'tidy' }
  | { type: 'replace'; design: Design };

export function emptyDesign(scenarioId: string): Design {
  return { scenarioId, services: [], placement: {}, modes: {}, positions: {} };
}

/** The id the next created service gets, e.g. `"svc-3"`. */
export function nextServiceId(design: Design): string {
  const used = design.services.map((s) => Number(/^svc-(\d+)$/.exec(s.id)?.[1] ?? 0));
  return `svc-${Math.max(0, ...used) + 1}`;
}

/** A default name no service has yet, e.g. `"Service 2"`. */
export function nextServiceName(design: Design): string {
  const names = new Set(design.services.map((s) => s.name));
  for (let n = design.services.length + 1; ; n++) if (!names.has(`Service ${n}`)) return `Service ${n}`;
}

/** Applies one action. Returns the same object when the action changes nothing (so history skips it). */
export function applyAction(design: Design, action: DesignAction, scenario: Scenario): Design {
  switch (action.type) {
    case 'createService':
      return createService(design, action);
    case 'renameService': {
      const name = normaliseName(action.name, LIMITS.nameLength);
      const current = design.services.find((s) => s.id === action.id);
      if (!current || !name || current.name === name) return design;
      return { ...design, services: design.services.map((s) => (s.id === action.id ? { ...s, name } : s)) };
    }
    case 'recolourService': {
      const current = design.services.find((s) => s.id === action.id);
      if (!current || !isServiceColour(action.color) || current.color === action.color) return design;
      return { ...design, services: design.services.map((s) => (s.id === action.id ? { ...s, color: action.color } : s)) };
    }
    case 'deleteService':
      return deleteService(design, action.id);
    case 'moveCapability':
      return moveCapability(design, action.capability, action.service, action.position);
    case 'setMode':
      return setMode(design, scenario, action.interaction, action.mode);
    case 'commitMoves':
      return action.moves.reduce((d, m) => commitMove(d, m.id, m.position), design);
    case 'dropCapability':
      return dropCapability(design, action.capability, action.at);
    case 'reset':
      return design.services.length === 0 && Object.keys(design.modes).length === 0 ? design : emptyDesign(scenario.id);
    case 'tidy':
      return { ...design, positions: tidyPositions(design, scenario.capabilities.map((c) => c.id)) };
    case 'replace':
      return action.design;
  }
}

function createService(design: Design, action: Extract<DesignAction, { type: 'createService' }>): Design {
  if (design.services.some((s) => s.id === action.id) || design.services.length >= LIMITS.services) return design;
  const color = action.color && isServiceColour(action.color) ? action.color : nextColour(design.services.map((s) => s.color));
  const name = normaliseName(action.name, LIMITS.nameLength) || nextServiceName(design);
  let next: Design = {
    ...design,
    services: [...design.services, { id: action.id, name, color }],
    positions: { ...design.positions, [action.id]: action.position ?? nextServicePosition(design) },
  };
  for (const cap of action.capabilities ?? []) next = moveCapability(next, cap, action.id);
  return next;
}

function deleteService(design: Design, id: string): Design {
  if (!design.services.some((s) => s.id === id)) return design;
  const placement = Object.fromEntries(Object.entries(design.placement).filter(([, svc]) => svc !== id));
  const removed = new Set([id, ...Object.keys(design.placement).filter((cap) => design.placement[cap] === id)]);
  const positions = Object.fromEntries(Object.entries(design.positions ?? {}).filter(([node]) => !removed.has(node)));
  return { ...design, services: design.services.filter((s) => s.id !== id), placement, positions };
}

/** Puts a capability in a service (at `position`, relative to it, or the first free slot) or back in the palette. */
function moveCapability(design: Design, capability: string, service: string | null, position?: Point): Design {
  const from = design.placement[capability] ?? null;
  if (service !== null && !design.services.some((s) => s.id === service)) return design;
  if (from === service && !position) return design;
  const placement = { ...design.placement };
  const positions = { ...design.positions };
  if (service === null) {
    delete placement[capability];
    delete positions[capability];
    return { ...design, placement, positions };
  }
  placement[capability] = service;
  positions[capability] = position ? clampInside(position) : freeSlot({ ...design, placement }, service, capability);
  return { ...design, placement, positions };
}

/** A capability dropped at the very edge of a service still sits wholly inside it. */
function clampInside(p: Point): Point {
  return { x: Math.max(8, Math.round(p.x)), y: Math.max(32, Math.round(p.y)) };
}

function setMode(design: Design, scenario: Scenario, interactionId: string, mode: 'sync' | 'async'): Design {
  const interaction = scenario.interactions.find((i) => i.id === interactionId);
  if (!interaction?.switchable) return design;
  const current = modeOf(interaction, design);
  if (current === mode) return design;
  const modes = { ...design.modes };
  if (mode === interaction.kind) delete modes[interactionId];
  else modes[interactionId] = mode;
  return { ...design, modes };
}

/**
 * Where a dragged or arrow-key-moved node came to rest (its new position, relative to its
 * current parent as React Flow reports it). A capability whose centre lands in another service
 * moves there, outside every service goes back to the palette; a service just moves.
 */
function commitMove(design: Design, id: string, position: Point): Design {
  const rounded = { x: Math.round(position.x), y: Math.round(position.y) };
  if (design.services.some((s) => s.id === id)) {
    return { ...design, positions: { ...design.positions, [id]: rounded } };
  }
  const from = design.placement[id];
  if (!from || !absolutePosition(design, id)) return design;
  const origin = design.positions?.[from] ?? { x: 0, y: 0 };
  const absolute = { x: origin.x + rounded.x, y: origin.y + rounded.y };
  const centre = { x: absolute.x + CAPABILITY_SIZE.width / 2, y: absolute.y + CAPABILITY_SIZE.height / 2 };
  const target = serviceAt(design, centre, undefined);
  if (!target) return moveCapability(design, id, null);
  if (target === from) return { ...design, positions: { ...design.positions, [id]: rounded } };
  return moveCapability(design, id, target, toRelative(design, target, absolute));
}

/** Into the service under the pointer, or into a new service right there when it is over empty canvas. */
function dropCapability(design: Design, capability: string, at: Point): Design {
  const corner = { x: at.x - CAPABILITY_SIZE.width / 2, y: at.y - CAPABILITY_SIZE.height / 2 };
  const target = serviceAt(design, at);
  if (target) {
    // Dropped on top of another card: it takes the service's first free slot instead.
    const spot = toRelative(design, target, corner);
    return moveCapability(design, capability, target, coversMember(design, target, spot, capability) ? undefined : spot);
  }
  const id = nextServiceId(design);
  const position = { x: Math.round(corner.x - SERVICE_PAD), y: Math.round(corner.y - SERVICE_HEADER) };
  return createService(design, { type: 'createService', id, name: '', position, capabilities: [capability] });
}

/** Action creators, so callers read as sentences: `dispatch(actions.deleteService("svc-2"))`. */
export const actions = {
  createService: (id: string, name = '', options: { color?: string; position?: Point; capabilities?: string[] } = {}): DesignAction => ({ type: 'createService', id, name, ...options }),
  renameService: (id: string, name: string): DesignAction => ({ type: 'renameService', id, name }),
  recolourService: (id: string, color: string): DesignAction => ({ type: 'recolourService', id, color }),
  deleteService: (id: string): DesignAction => ({ type: 'deleteService', id }),
  moveCapability: (capability: string, service: string | null, position?: Point): DesignAction => ({ type: 'moveCapability', capability, service, position }),
  setMode: (interaction: string, mode: 'sync' | 'async'): DesignAction => ({ type: 'setMode', interaction, mode }),
  dropCapability: (capability: string, at: Point): DesignAction => ({ type: 'dropCapability', capability, at }),
  commitMoves: (moves: { id: string; position: Point }[]): DesignAction => ({ type: 'commitMoves', moves }),
  reset: (): DesignAction => ({ type: 'reset' }),
  tidy: (): DesignAction => ({ type: 'tidy' }),
  replace: (design: Design): DesignAction => ({ type: 'replace', design }),
};

/** A design built from a list of named services (a reference design or a suggestion), tidily laid out. */
export function designFromServices(scenario: Scenario, services: { name: string; capabilities: string[] }[]): Design {
  const known = new Set(scenario.capabilities.map((c) => c.id));
  let design = emptyDesign(scenario.id);
  services.forEach((s, i) => {
    const capabilities = s.capabilities.filter((c) => known.has(c) && !design.placement[c]);
    design = applyAction(design, actions.createService(`svc-${i + 1}`, s.name, { capabilities }), scenario);
  });
  return applyAction(design, actions.tidy(), scenario);
}
