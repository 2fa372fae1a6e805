import { dataClassOf, listNames, plural } from '../analysis';
import type { Dimension, Draft } from './types';

export const compliance: Dimension = {
  id: 'compliance',
  label: 'Compliance scope',
  why:
    'Every deployable that handles regulated data (identifiable patients, card payments) is in compliance scope: reviewed, audited and locked down. Keep that scope small and in one place: regulated data that crosses a boundary puts both sides in scope, and ordinary code inside the scope is reviewed for nothing.',
  judge(a) {
    const regulated = a.scenario.capabilities.filter((c) => dataClassOf(c) === 'regulated' && a.serviceOf.has(c.id));
    if (regulated.length === 0) return { drafts: [], figure: '' };
    const scope = a.services.filter((s) => s.capabilities.some((c) => dataClassOf(c) === 'regulated'));
    const bystanders = scope.flatMap((s) => s.capabilities.filter((c) => dataClassOf(c) !== 'regulated'));
    const drafts: Draft[] = [];
    const names = scope.map((s) => s.name);
    if (scope.length > 1) {
      const crossing = a.calls.filter((c) => c.crosses && [c.interaction.from, c.interaction.to].every((id) => dataClassOf(a.capability.get(id)!) === 'regulated'));
      drafts.push({
        key: 'scope',
        severity: 'warning',
        title: `Regulated data is handled in ${plural(scope.length, 'deployable')}`,
        services: names,
        detail:
          `${listNames(regulated.map((c) => c.name))} handle regulated data across ${listNames(names)}; each is in scope and needs its own review.` +
          (crossing.length ? ` Regulated data crosses a boundary in ${listNames(crossing.map((c) => `${a.capName(c.interaction.from)} → ${a.capName(c.interaction.to)}`))}.` : ''),
        acceptable: false,
      });
    }
    if (bystanders.length >= 3 && bystanders.length > regulated.length) {
      drafts.push({
        key: 'bystanders',
        severity: 'warning',
        title: `${plural(bystanders.length, 'capability', 'capabilities')} in compliance scope without need`,
        services: names,
        detail: `${listNames(bystanders.slice(0, 4).map((c) => c.name))}${bystanders.length > 4 ? ` and ${bystanders.length - 4} more` : ''} never see regulated data but share a deployable with ${listNames(regulated.map((c) => c.name))}, so every change to them is reviewed too.`,
      });
    }
    const figure = `${plural(scope.length, 'deployable')} in scope, ${plural(bystanders.length + regulated.length, 'capability', 'capabilities')} inside it`;
    if (drafts.length === 0) {
      drafts.push({ key: 'scope', severity: 'good', title: 'Regulated data stays in one small scope', services: names, detail: `${listNames(regulated.map((c) => c.name))} handle regulated data, all in ${names[0]}.` });
    }
    return { drafts, figure };
  },
};
