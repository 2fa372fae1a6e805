import type { Design } from './model';

/**
 * Canvas geometry, kept out of React so it can be tested. Services are placed by their absolute
 * position; a placed capability's position is relative to its service (React Flow's `parentId`
 * convention), so moving a capability between services means converting between the two here
 * rather than letting the canvas guess (xyflow #3965, #4320).
 */
export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };

export const CAPABILITY_SIZE = { width: 176, height: 56 } as const;
/** Padding inside a service box, its header height, and the gap between things. */
export const SERVICE_PAD = 16;
export const SERVICE_HEADER = 40;
const GAP = 16;
const COLUMNS = 2;
const SERVICE_GAP = 56;
const ROW_WIDTH = 1500;

const MIN_SERVICE = {
  width: SERVICE_PAD * 2 + CAPABILITY_SIZE.width,
  height: SERVICE_HEADER + SERVICE_PAD + CAPABILITY_SIZE.height,
};

/** The capability ids placed in a service, in the design's placement order. */
function membersOf(design: Design, serviceId: string): string[] {
  return Object.entries(design.placement)
    .filter(([, svc]) => svc === serviceId)
    .map(([cap]) => cap);
}

/** Where the n-th capability of a tidy service sits, relative to the service. */
function slotPosition(index: number): Point {
  return {
    x: SERVICE_PAD + (index % COLUMNS) * (CAPABILITY_SIZE.width + GAP),
    y: SERVICE_HEADER + Math.floor(index / COLUMNS) * (CAPABILITY_SIZE.height + GAP),
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when a capability put at `spot` (relative to the service) would cover one of its other members. */
export function coversMember(design: Design, serviceId: string, spot: Point, exclude?: string): boolean {
  const box = { ...spot, ...CAPABILITY_SIZE };
  return membersOf(design, serviceId).some((cap) => {
    const p = cap === exclude ? undefined : design.positions?.[cap];
    return !!p && overlaps(box, { ...p, ...CAPABILITY_SIZE });
  });
}

/** The first tidy slot in a service that no member covers. */
export function freeSlot(design: Design, serviceId: string, exclude?: string): Point {
  const taken = membersOf(design, serviceId)
    .filter((cap) => cap !== exclude)
    .map((cap) => design.positions?.[cap])
    .filter((p): p is Point => !!p)
    .map((p) => ({ ...p, ...CAPABILITY_SIZE }));
  for (let i = 0; ; i++) {
    const slot = slotPosition(i);
    if (!taken.some((r) => overlaps(r, { ...slot, ...CAPABILITY_SIZE }))) return slot;
  }
}

/** A service's box: its absolute position, grown to hold every member. */
export function serviceRect(design: Design, serviceId: string): Rect {
  const origin = design.positions?.[serviceId] ?? { x: 0, y: 0 };
  let width = MIN_SERVICE.width;
  let height = MIN_SERVICE.height;
  for (const cap of membersOf(design, serviceId)) {
    const p = design.positions?.[cap];
    if (!p) continue;
    width = Math.max(width, p.x + CAPABILITY_SIZE.width + SERVICE_PAD);
    height = Math.max(height, p.y + CAPABILITY_SIZE.height + SERVICE_PAD);
  }
  return { ...origin, width, height };
}

/** Where a new service goes: right of the lowest row when it fits there, else on a new row below. */
export function nextServicePosition(design: Design): Point {
  if (design.services.length === 0) return { x: 0, y: 0 };
  const rects = design.services.map((s) => serviceRect(design, s.id));
  const rowY = Math.max(...rects.map((r) => r.y));
  const rowRight = Math.max(...rects.filter((r) => r.y === rowY).map((r) => r.x + r.width));
  const candidate = { x: rowRight + SERVICE_GAP, y: rowY, ...MIN_SERVICE };
  if (candidate.x + candidate.width <= ROW_WIDTH && !rects.some((r) => overlaps(r, candidate))) return { x: candidate.x, y: candidate.y };
  return { x: 0, y: Math.max(...rects.map((r) => r.y + r.height)) + SERVICE_GAP };
}

/** Lays every service out in rows and every capability in its service's grid. */
export function tidyPositions(design: Design, capabilityOrder: string[]): Record<string, Point> {
  const positions: Record<string, Point> = {};
  const order = new Map(capabilityOrder.map((id, i) => [id, i]));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const service of design.services) {
    const members = membersOf(design, service.id).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    members.forEach((cap, i) => (positions[cap] = slotPosition(i)));
    const rows = Math.max(1, Math.ceil(members.length / COLUMNS));
    const cols = Math.min(COLUMNS, Math.max(1, members.length));
    const width = SERVICE_PAD * 2 + cols * CAPABILITY_SIZE.width + (cols - 1) * GAP;
    const height = SERVICE_HEADER + rows * CAPABILITY_SIZE.height + (rows - 1) * GAP + SERVICE_PAD;
    if (x > 0 && x + width > ROW_WIDTH) {
      x = 0;
      y += rowHeight + SERVICE_GAP;
      rowHeight = 0;
    }
    positions[service.id] = { x, y };
    x += width + SERVICE_GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  return positions;
}

/** A capability's absolute position, or undefined when it is in the palette. */
export function absolutePosition(design: Design, capabilityId: string): Point | undefined {
  const service = design.placement[capabilityId];
  const p = design.positions?.[capabilityId];
  if (!service || !p) return undefined;
  const origin = design.positions?.[service] ?? { x: 0, y: 0 };
  return { x: origin.x + p.x, y: origin.y + p.y };
}

/** Turns an absolute point into one relative to a service. */
export function toRelative(design: Design, serviceId: string, absolute: Point): Point {
  const origin = design.positions?.[serviceId] ?? { x: 0, y: 0 };
  return { x: absolute.x - origin.x, y: absolute.y - origin.y };
}

/** The service whose box holds a point (the topmost, i.e. last drawn, when boxes overlap). */
export function serviceAt(design: Design, point: Point, exclude?: string): string | undefined {
  for (let i = design.services.length - 1; i >= 0; i--) {
    const service = design.services[i]!;
    if (service.id === exclude) continue;
    const r = serviceRect(design, service.id);
    if (point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height) return service.id;
  }
  return undefined;
}
