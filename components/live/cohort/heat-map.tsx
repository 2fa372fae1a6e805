import type { Scenario } from '@/lib/builder/model';
import type { CoAssignment } from '@/lib/live/cohort/co-assignment';
import { capabilityNamer, percent } from './names';

type Props = {
  scenario: Scenario;
  matrix: CoAssignment;
  /** Capability ids in display order (from `seriate`), so agreed blocks sit on the diagonal. */
  order: string[];
  /** Heading level text; the projector and the report each give their own. */
  title?: string;
};

/**
 * The co-assignment heat map as a real table: row and column headers name the capabilities
 * (columns by number on screen, by name for screen readers), each cell says the share in
 * numbers, so the colour is never the only carrier. Pairs at least 80% of the class agree on are
 * outlined. The frame scrolls by keyboard when the table is wider than the screen.
 */
export function HeatMap({ scenario, matrix, order, title = 'Who put what together' }: Props) {
  const name = capabilityNamer(scenario);
  const index = new Map(matrix.ids.map((id, i) => [id, i]));
  const number = new Map(order.map((id, i) => [id, i + 1]));
  const caption = `${title}: for each pair of capabilities, the share of the ${matrix.submissions} submitted cuts that put both in one service.`;
  return (
    <figure className="cohort-card">
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      <div className="table-frame" tabIndex={0} role="region" aria-label={`${title} (scrolls)`}>
        <table className="heat-map">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <td />
              {order.map((id) => (
                <th key={id} scope="col">
                  <span aria-hidden="true">{number.get(id)}</span>
                  <span className="sr-only">{name(id)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map((row) => (
              <tr key={row}>
                <th scope="row">
                  <span aria-hidden="true">{number.get(row)}. </span>
                  {name(row)}
                </th>
                {order.map((col) => {
                  const i = index.get(row)!;
                  const j = index.get(col)!;
                  if (i === j) {
                    return (
                      <td key={col} className="heat-self">
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">same capability</span>
                      </td>
                    );
                  }
                  const share = matrix.share[i]![j] ?? null;
                  if (share === null) {
                    return (
                      <td key={col} className="heat-self">
                        <span className="sr-only">not placed by anyone yet</span>
                        <span aria-hidden="true">·</span>
                      </td>
                    );
                  }
                  const style = { background: `color-mix(in srgb, var(--heat-max) ${Math.round(share * 100)}%, var(--heat-min))` };
                  return (
                    <td key={col} style={style} className={share >= 0.8 ? 'heat-strong' : undefined}>
                      {percent(share)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-[var(--muted)]">Darker means more of the class kept the pair together; outlined pairs, 80% or more.</p>
    </figure>
  );
}
