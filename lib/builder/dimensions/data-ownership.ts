import { listNames } from '../analysis';
import type { Dimension, Draft } from './types';

export const dataOwnership: Dimension = {
  id: 'data-ownership',
  label: 'Data ownership',
  why:
    'A service owns its data: one service writes it and others ask that service or follow its events. When two services write the same tables, neither can change its schema or deploy alone, and there is no single source of truth.',
  judge(a) {
    const writers = new Map<string, Map<string, string[]>>();
    for (const [capId, svcId] of a.serviceOf) {
      for (const entity of a.capability.get(capId)!.writes) {
        const bySvc = writers.get(entity) ?? new Map<string, string[]>();
        bySvc.set(svcId, [...(bySvc.get(svcId) ?? []), capId]);
        writers.set(entity, bySvc);
      }
    }
    const entityName = (id: string) => a.scenario.data.find((d) => d.id === id)?.name ?? id;
    const shared = [...writers].filter(([, bySvc]) => bySvc.size > 1);
    const figure = writers.size ? `${shared.length} of ${writers.size} data entities written by more than one service` : '';
    if (shared.length === 0) {
      if (a.services.length < 2 || writers.size === 0) return { drafts: [], figure };
      const all = writers.size === 1 ? `The one data entity in use is` : `All ${writers.size} data entities in use are`;
      return { drafts: [{ key: 'data', severity: 'good', title: 'Each piece of data has one owner', services: [], detail: `${all} written by a single service.` }], figure };
    }
    const drafts: Draft[] = shared.map(([entity, bySvc]) => {
      const parts = [...bySvc].map(([svc, caps]) => `${a.serviceName(svc)} (${listNames(caps.map(a.capName))})`);
      return {
        key: `data:${entity}`,
        severity: 'problem',
        title: `${entityName(entity)} are written by ${bySvc.size} services`,
        services: [...bySvc.keys()].map(a.serviceName),
        detail: `${entityName(entity)} are written from ${listNames(parts)}. Put the writers in one service, or let one own the data and the others call it or react to its events.`,
        acceptable: false,
      };
    });
    return { drafts, figure };
  },
};
