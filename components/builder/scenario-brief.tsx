import type { Scenario } from '@/lib/builder/model';

/** The scenario's story and context, folded so the canvas keeps the screen. */
export function ScenarioBrief({ scenario }: { scenario: Scenario }) {
  const c = scenario.context;
  return (
    <details className="rounded-md border border-[var(--line)] px-3 py-2 text-sm">
      <summary className="cursor-pointer font-semibold">About this system and its team</summary>
      <p className="mt-2 max-w-prose leading-relaxed">{scenario.summary}</p>
      <ul className="mt-2 list-disc pl-5">
        <li>
          Team: {c.teamSize} engineers, {c.stage} stage, {c.devopsCapacity} DevOps capacity
        </li>
        <li>Traffic: {c.traffic}</li>
        {c.teams ? <li>Teams: {c.teams.map((t) => `${t.name} (${t.people})`).join(', ')}</li> : null}
        {c.platformTeam ? <li>A platform team runs the shared infrastructure.</li> : null}
        {c.constraints.map((k) => (
          <li key={k.text}>{k.text}</li>
        ))}
      </ul>
    </details>
  );
}
