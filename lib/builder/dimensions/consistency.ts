import { latencyOf, listNames, plural } from '../analysis';
import { SLOW_MS } from '../facts';
import type { Dimension, Draft } from './types';

export const consistency: Dimension = {
  id: 'consistency',
  label: 'Consistency',
  why:
    'A business rule kept inside one service is one local transaction. Split across services it needs a saga: local steps joined by events, with compensating steps (a refund, a release) when a later step fails. ' +
    'A saga\'s steps should not wait on each other; users see "pending" for a moment instead of a wrong state.',
  judge(a) {
    const drafts: Draft[] = [];
    const figures: string[] = [];
    for (const inv of a.scenario.invariants ?? []) {
      const placed = inv.capabilities.filter((c) => a.serviceOf.has(c));
      if (placed.length < 2) continue;
      const services = [...new Set(placed.map((c) => a.serviceOf.get(c)!))];
      const names = services.map(a.serviceName);
      if (services.length === 1) {
        figures.push('kept in one local transaction');
        drafts.push({ key: `invariant:${inv.id}`, severity: 'good', title: 'A business rule is kept in one transaction', services: names, detail: `${inv.text} Everything it involves is in ${names[0]}, so one local transaction keeps it.` });
        continue;
      }
      const steps = a.calls.filter((c) => c.crosses && inv.capabilities.includes(c.interaction.from) && inv.capabilities.includes(c.interaction.to));
      // A wait on a slow step is reported under availability: one root cause, one finding.
      const waiting = steps.filter((c) => c.mode === 'sync' && c.interaction.switchable && latencyOf(a.capability.get(c.interaction.to)!) < SLOW_MS);
      figures.push(`saga over ${plural(services.length, 'service')}, ${plural(waiting.length, 'waiting step')}`);
      const base = `${inv.text} It spans ${listNames(names)}, so it needs a saga: local steps joined by events, with compensations when a step fails.`;
      if (!inv.eventual) {
        drafts.push({ key: `invariant:${inv.id}`, severity: 'problem', title: 'A rule that may never be seen half-done spans services', services: names, detail: `${base} But users may not see an intermediate state here, which a saga cannot promise: keep these capabilities in one service.`, acceptable: false });
      } else if (waiting.length > 0) {
        const labels = waiting.map((c) => `${a.capName(c.interaction.from)} → ${a.capName(c.interaction.to)}`);
        drafts.push({
          key: `invariant:${inv.id}`,
          severity: 'warning',
          title: `The saga's steps wait on each other`,
          services: names,
          detail: `${base} ${listNames(labels)} ${waiting.length === 1 ? 'is a synchronous call' : 'are synchronous calls'}, so one service holds the saga open while another works: make ${waiting.length === 1 ? 'it an event' : 'them events'}.`,
          acceptable: false,
        });
      } else {
        drafts.push({ key: `invariant:${inv.id}`, severity: 'warning', title: 'The cut needs a saga', services: names, detail: `${base} Its steps are events, so none waits on another. The price is compensating logic and a moment of "pending" that users see.` });
      }
    }
    return { drafts, figure: figures.join('; ') };
  },
};
