'use client';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Scenario } from '@/lib/builder/model';
import type { CoAssignment } from '@/lib/live/cohort/co-assignment';
import { moveInGrid, type Cell } from './grid-keys';
import { blockOutlines, heatStep, HEAT_STEPS } from './heat-layout';
import { capabilityNamer, percent } from './names';

type Props = {
  scenario: Scenario;
  matrix: CoAssignment;
  /** Capability ids in display order (from `seriate`), so agreed blocks sit on the diagonal. */
  order: string[];
  /** Capability id → its group in the class consensus, e.g. `{ cart: "consensus-1" }`; its blocks are outlined. */
  blocks?: Record<string, string>;
  /** Heading level text; the projector and the report each give their own. */
  title?: string;
};

/**
 * The co-assignment heat map: a grid (an ARIA table you can move through) whose row and column
 * headers name the capabilities (columns by number on screen, by name for screen readers). Each
 * cell shows the share as a number on one of five colour steps, so colour is never the only
 * carrier, and is named "A and B: 70% together". One cell is in the tab order; arrow keys,
 * Home/End (Ctrl for the whole grid) and Page Up/Down move between cells. The groups of the
 * class consensus are outlined on the diagonal.
 */
export function HeatMap({ scenario, matrix, order, blocks, title = 'Who put what together' }: Props) {
  const name = capabilityNamer(scenario);
  const id = useId();
  const grid = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Cell>([0, Math.min(1, order.length - 1)]);
  const [focused, setFocused] = useState(false);
  const index = new Map(matrix.ids.map((cap, i) => [cap, i]));
  const number = new Map(order.map((cap, i) => [cap, i + 1]));
  const outlines = useMemo(() => blockOutlines(order, blocks ?? {}), [order, blocks]);
  const n = order.length;
  const [ar, ac] = [Math.min(active[0], n - 1), Math.min(active[1], n - 1)];

  const describe = (r: number, c: number) => {
    const [a, b] = [order[r]!, order[c]!];
    if (a === b) return `${name(a)}: the same capability`;
    const share = matrix.share[index.get(a)!]![index.get(b)!] ?? null;
    if (share === null) return `${name(a)} and ${name(b)}: no cut has placed both yet`;
    return `${name(a)} and ${name(b)}: ${percent(share)} together`;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const next = moveInGrid([ar, ac], e.key, n, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    setActive(next);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next[0]},${next[1]}"]`)?.focus();
  };

  return (
    <figure className="cohort-card">
      <figcaption id={`${id}-title`} className="mb-2 font-semibold">
        {title}
      </figcaption>
      <div className="table-frame">
        <table
          ref={grid}
          role="grid"
          aria-readonly="true"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-help`}
          className="heat-map"
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={(e) => setFocused(grid.current?.contains(e.relatedTarget as Node | null) ?? false)}
        >
          <thead>
            <tr>
              <td aria-hidden="true" className="heat-corner" />
              {order.map((cap, c) => (
                <th key={cap} scope="col" data-active={focused && c === ac ? '' : undefined}>
                  <span aria-hidden="true">{number.get(cap)}</span>
                  <span className="sr-only">{name(cap)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map((rowCap, r) => (
              <tr key={rowCap}>
                <th scope="row" data-active={focused && r === ar ? '' : undefined}>
                  <span aria-hidden="true">{number.get(rowCap)}. </span>
                  {name(rowCap)}
                </th>
                {order.map((colCap, c) => {
                  const edges = outlines.get(`${r},${c}`);
                  const edgeClass = edges ? [edges.top && 'bt', edges.right && 'br', edges.bottom && 'bb', edges.left && 'bl'].filter(Boolean).join(' ') : '';
                  const share = r === c ? null : (matrix.share[index.get(rowCap)!]![index.get(colCap)!] ?? null);
                  return (
                    <td
                      key={colCap}
                      role="gridcell"
                      data-cell={`${r},${c}`}
                      tabIndex={r === ar && c === ac ? 0 : -1}
                      aria-label={describe(r, c)}
                      data-step={share === null ? undefined : heatStep(share)}
                      className={[share === null ? 'heat-self' : '', edgeClass].filter(Boolean).join(' ') || undefined}
                      onFocus={() => setActive([r, c])}
                    >
                      <span aria-hidden="true">{r === c ? '–' : share === null ? '·' : percent(share)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 min-h-6 font-semibold" aria-hidden="true">
        {focused ? describe(ar, ac) : ''}
      </p>
      <div id={`${id}-help`} className="mt-1 flex flex-col gap-1 text-sm text-[var(--muted)]">
        <p>
          For each pair of capabilities, the share of the {matrix.submissions} submitted cuts that put both in one service. Arrow keys move between the cells.
        </p>
        <p className="heat-legend">
          {HEAT_STEPS.map((s, i) => (
            <span key={s.label}>
              <span data-step={i} aria-hidden="true" />
              {s.label}
            </span>
          ))}
          {outlines.size ? (
            <span>
              <span className="heat-block-swatch" aria-hidden="true" />
              outlined: a group of the class consensus
            </span>
          ) : null}
        </p>
      </div>
    </figure>
  );
}
