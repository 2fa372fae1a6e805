import { fmt, plural } from '../analysis';
import type { Dimension, Draft } from './types';

/** A synchronous call this frequent (calls per request) across a boundary, off every critical path, is chatty. */
const CHATTY_CALLS = 2;

export const changeCoupling: Dimension = {
  id: 'change-coupling',
  label: 'Change coupling',
  why:
    'Keep together what changes together. A boundary between capabilities whose requirements move together turns every change into two coordinated releases, and a chatty call across a boundary is a contract to version, retry and monitor.',
  judge(a) {
    const drafts: Draft[] = [];
    const seen = new Set<string>();
    let pairs = 0;
    for (const c of a.scenario.capabilities) {
      for (const otherId of c.changesWith ?? []) {
        const key = [c.id, otherId].sort().join('+');
        if (seen.has(key) || !a.serviceOf.has(c.id) || !a.serviceOf.has(otherId)) continue;
        seen.add(key);
        pairs++;
        const other = a.capability.get(otherId)!;
        const [sx, sy] = [a.serviceOf.get(c.id)!, a.serviceOf.get(otherId)!];
        // Two writers of the same data are one root cause, reported under data ownership.
        if (sx === sy || c.writes.some((w) => other.writes.includes(w))) continue;
        drafts.push({
          key: `change:${key}`,
          severity: 'warning',
          title: `${c.name} and ${other.name} change together but live apart`,
          services: [a.serviceName(sx), a.serviceName(sy)],
          detail: `${c.name} (in ${a.serviceName(sx)}) and ${other.name} (in ${a.serviceName(sy)}) change for the same reasons, so most changes need two coordinated releases.`,
        });
      }
    }
    const onPath = new Set<string>();
    for (const r of a.scenario.criticalRequests) for (let j = 1; j < r.path.length; j++) for (let k = 0; k < j; k++) onPath.add(`${r.path[k]}>${r.path[j]}`);
    for (const c of a.calls) {
      const x = c.interaction;
      if (!c.crosses || c.mode !== 'sync' || x.weight < CHATTY_CALLS || onPath.has(`${x.from}>${x.to}`)) continue;
      drafts.push({
        key: `chatty:${x.id}`,
        severity: 'warning',
        title: `${a.capName(x.from)} calls ${a.capName(x.to)} ${fmt(x.weight)} times a request across a boundary`,
        services: [a.serviceName(c.fromService), a.serviceName(c.toService)],
        detail: `${x.label}: ${fmt(x.weight)} synchronous network calls for every request. Keep the two in one service, or make the call an event if it need not be answered.`,
      });
    }
    const split = drafts.filter((d) => d.key.startsWith('change:')).length;
    const figure = pairs ? `${split} of ${plural(pairs, 'pair')} that change together split` : '';
    if (drafts.length === 0 && pairs > 0) {
      drafts.push({ key: 'change', severity: 'good', title: 'What changes together stays together', services: [], detail: pairs === 1 ? 'The two capabilities that change together share a service.' : `All ${pairs} pairs of capabilities that change together share a service.` });
    }
    return { drafts, figure };
  },
};
