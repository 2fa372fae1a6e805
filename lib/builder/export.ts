import { callsOf, modeOf, plural } from './analysis';
import { COLOUR_HEX, isServiceColour } from './colours';
import { checkDesign } from './design-schema';
import { CAPABILITY_SIZE, absolutePosition, serviceRect, type Rect } from './layout';
import type { Design, Scenario } from './model';

/**
 * Getting a design out (JSON to keep, Mermaid and SVG for slides and reports) and back in.
 * Imports are untrusted: size-capped, parsed without throwing, checked against the scenario.
 */
export const EXPORT_FORMAT = 'service-boundaries-design';
const EXPORT_VERSION = 1;
/** Largest import file accepted, in characters. */
export const MAX_IMPORT_CHARS = 200_000;

/** The file a learner downloads: a format tag, a version, and the design. */
type DesignFile = { format: typeof EXPORT_FORMAT; version: number; scenario: string; exportedAt: string; design: Design };

export function exportJson(design: Design, now: Date = new Date()): string {
  const file: DesignFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, scenario: design.scenarioId, exportedAt: now.toISOString(), design };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { success: true; data: Design } | { success: false; error: string };

/** Reads an exported file back. Errors say what is wrong; the caller keeps the current design. */
export function importJson(scenario: Scenario, text: string): ImportResult {
  const fail = (why: string): ImportResult => ({ success: false, error: `This file could not be imported: ${why} Your current design is unchanged.` });
  if (text.length > MAX_IMPORT_CHARS) return fail(`it is too large (${Math.round(text.length / 1000)} kB; a design file is under ${MAX_IMPORT_CHARS / 1000} kB).`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('it is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail('it is not a design exported from this builder (the "format" field is missing or different).');
  }
  const file = value as Partial<DesignFile>;
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return fail(`its format version (${String(file.version).slice(0, 20)}) is not one this builder ever wrote, so the file was probably edited by hand.`);
  }
  if (file.version > EXPORT_VERSION) {
    return fail(`it uses format version ${file.version}, from a newer version of the site, which this page cannot read.`);
  }
  const checked = checkDesign(scenario, file.design);
  return checked.success ? checked : fail(checked.error);
}

/** A Mermaid-safe id: Mermaid ids are letters, digits and underscores. */
const mid = (prefix: string, id: string) => `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
/** Label text inside `["…"]`: quotes become Mermaid's entity, brackets and angle brackets are dropped. */
const label = (text: string) => text.replace(/"/g, '#quot;').replace(/[<>[\]{}]/g, '');

/** The design as a Mermaid flowchart: services as subgraphs, dashed arrows for async calls. */
export function exportMermaid(scenario: Scenario, design: Design): string {
  const lines = ['flowchart LR', `  accTitle: ${label(scenario.title)}: service design`, `  accDescr: ${plural(design.services.length, 'service')} cutting ${plural(scenario.capabilities.length, 'capability', 'capabilities')}`];
  const name = new Map(scenario.capabilities.map((c) => [c.id, c.name]));
  for (const service of design.services) {
    lines.push(`  subgraph ${mid('svc', service.id)}["${label(service.name)}"]`);
    for (const cap of scenario.capabilities.filter((c) => design.placement[c.id] === service.id)) {
      lines.push(`    ${mid('cap', cap.id)}["${label(cap.name)}"]`);
    }
    lines.push('  end');
  }
  const unplaced = scenario.capabilities.filter((c) => !design.placement[c.id]);
  for (const cap of unplaced) lines.push(`  ${mid('cap', cap.id)}["${label(cap.name)} (unplaced)"]`);
  for (const i of scenario.interactions) {
    if (!name.has(i.from) || !name.has(i.to)) continue;
    const mode = modeOf(i, design);
    lines.push(`  ${mid('cap', i.from)} ${mode === 'async' ? '-.->' : '-->'}|${mode}| ${mid('cap', i.to)}`);
  }
  for (const service of design.services) {
    const hex = isServiceColour(service.color) ? COLOUR_HEX[service.color] : COLOUR_HEX.slate;
    lines.push(`  style ${mid('svc', service.id)} fill:${hex.fill},stroke:${hex.stroke},color:${hex.ink}`);
  }
  return `${lines.join('\n')}\n`;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The canvas as a standalone SVG (light colours, system font), drawn from the model rather than
 * copied from the DOM, so it is the same whatever the zoom, theme or browser.
 */
export function exportSvg(scenario: Scenario, design: Design): string {
  const pad = 24;
  const rects = new Map<string, Rect>(design.services.map((s) => [s.id, serviceRect(design, s.id)]));
  const caps = new Map<string, Rect>();
  for (const c of scenario.capabilities) {
    const p = absolutePosition(design, c.id);
    if (p) caps.set(c.id, { ...p, ...CAPABILITY_SIZE });
  }
  const all = [...rects.values(), ...caps.values()];
  const minX = all.length ? Math.min(...all.map((r) => r.x)) - pad : 0;
  const minY = all.length ? Math.min(...all.map((r) => r.y)) - pad : 0;
  const width = all.length ? Math.max(...all.map((r) => r.x + r.width)) + pad - minX : 320;
  const height = all.length ? Math.max(...all.map((r) => r.y + r.height)) + pad - minY : 120;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX} ${minY} ${width} ${height}" role="img" aria-labelledby="title">`,
    `<title id="title">${xml(scenario.title)}: ${plural(design.services.length, 'service')}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#334155"/></marker></defs>',
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#ffffff"/>`,
    '<g font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif">',
  ];
  for (const s of design.services) {
    const r = rects.get(s.id)!;
    const hex = isServiceColour(s.color) ? COLOUR_HEX[s.color] : COLOUR_HEX.slate;
    out.push(`<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="12" fill="${hex.fill}" stroke="${hex.stroke}" stroke-width="2"/>`);
    out.push(`<text x="${r.x + 16}" y="${r.y + 26}" font-size="15" font-weight="700" fill="${hex.ink}">${xml(s.name)}</text>`);
  }
  for (const { interaction: i, crosses: crossing, mode } of callsOf(scenario, design)) {
    const a = caps.get(i.from);
    const b = caps.get(i.to);
    if (!a || !b) continue;
    const async = mode === 'async';
    const [x1, y1] = borderPoint(a, b);
    const [x2, y2] = borderPoint(b, a);
    out.push(
      `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${crossing ? '#b4234a' : '#64748b'}" stroke-width="${crossing ? 2.5 : 1.25}"${async ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#arrow)"/>`,
    );
  }
  for (const c of scenario.capabilities) {
    const r = caps.get(c.id);
    if (!r) continue;
    out.push(`<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="8" fill="#ffffff" stroke="#475569"/>`);
    out.push(`<text x="${r.x + r.width / 2}" y="${r.y + r.height / 2 + 5}" font-size="14" text-anchor="middle" fill="#1c2330">${xml(c.name)}</text>`);
  }
  out.push('</g></svg>');
  return `${out.join('\n')}\n`;
}

/** Where the line from the centre of `from` towards the centre of `to` leaves `from`'s box. */
function borderPoint(from: Rect, to: Rect): [number, number] {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const dx = to.x + to.width / 2 - cx;
  const dy = to.y + to.height / 2 - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const scale = Math.min(dx ? from.width / 2 / Math.abs(dx) : Infinity, dy ? from.height / 2 / Math.abs(dy) : Infinity);
  return [Math.round(cx + dx * scale), Math.round(cy + dy * scale)];
}
