import { finding, listNames, type Rule } from '../analysis';

const PER_EXTRA_WRITER = 6;
const MAX_PENALTY = 24;

/** Data ownership: every data entity should be written by capabilities of one service only. */
export const dataOwnershipRule: Rule = (a) => {
  const writers = new Map<string, Map<string, string[]>>();
  for (const [capId, svcId] of a.serviceOf) {
    for (const entity of a.capability.get(capId)!.writes) {
      const bySvc = writers.get(entity) ?? new Map<string, string[]>();
      bySvc.set(svcId, [...(bySvc.get(svcId) ?? []), capId]);
      writers.set(entity, bySvc);
    }
  }
  const why =
    'A service must own its data: one service writes it and others ask that service for it. When two services write the same tables, ' +
    'neither can change its schema or deploy alone, and there is no single source of truth (no database per service).';
  const entityName = (id: string) => a.scenario.data.find((d) => d.id === id)?.name ?? id;
  const shared = [...writers].filter(([, bySvc]) => bySvc.size > 1);
  if (shared.length === 0) {
    if (a.services.length < 2 || writers.size === 0) return [];
    return [
      finding('data-ownership', {
        severity: 'good',
        title: 'Each piece of data has one owner',
        services: [],
        detail: `All ${writers.size} data entities in use are written by a single service each.`,
        why,
        penalty: 0,
      }),
    ];
  }
  let left = MAX_PENALTY;
  return shared.map(([entity, bySvc]) => {
    const penalty = Math.min(left, PER_EXTRA_WRITER * (bySvc.size - 1));
    left -= penalty;
    const parts = [...bySvc].map(([svc, caps]) => `${a.serviceName(svc)} (${listNames(caps.map(a.capName))})`);
    return finding('data-ownership', {
      severity: 'problem',
      title: `${entityName(entity)} are written by ${bySvc.size} services`,
      services: [...bySvc.keys()].map(a.serviceName),
      detail: `${entityName(entity)} are written from ${listNames(parts)}. Put the writers in one service, or let one own the data and the others call it or react to its events.`,
      why,
      penalty,
    });
  });
};
