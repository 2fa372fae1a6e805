import { getScenario } from '@/lib/builder/scenarios';
import { BuilderEmbed } from './builder-embed';

/**
 * `<Builder scenario="retail-shop" />` in a lesson: a compact builder for one scenario, with a
 * link to the full editor. An unknown scenario fails the build, naming it.
 */
export function Builder({ scenario: id }: { scenario: string }) {
  const scenario = getScenario(id);
  if (!scenario) throw new Error(`<Builder scenario="${id}" />: there is no content/scenarios/${id}.yaml`);
  return (
    <section aria-label={`Builder: ${scenario.title}`} className="not-prose my-8 rounded-lg border border-[var(--line)] p-4">
      <h3 className="text-lg font-bold">Builder: {scenario.title}</h3>
      <p className="mb-3 mt-1 text-sm leading-relaxed text-[var(--muted)]">{scenario.summary}</p>
      <BuilderEmbed scenario={scenario} />
    </section>
  );
}
