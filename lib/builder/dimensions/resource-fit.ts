import { acceleratorOf, listNames, type Analysis, type PlacedService } from '../analysis';
import type { ScalingProfile } from '../model';
import type { Dimension, Draft } from './types';

const PROFILE_WORDS: Record<ScalingProfile, string> = { steady: 'steady', spiky: 'spiky', gpu: 'accelerator-bound', batch: 'batch' };

/** Why one service holding these capabilities scales badly, most serious first, with the severity it warrants. */
function clashesOf(a: Analysis, svc: PlacedService): { severity: 'problem' | 'warning'; text: string }[] {
  const caps = svc.capabilities;
  const names = (pred: (id: string) => boolean) => listNames(caps.filter((c) => pred(c.id)).map((c) => c.name));
  const acc = (id: string) => acceleratorOf(a.capability.get(id)!);
  const out: { severity: 'problem' | 'warning'; text: string }[] = [];
  const large = caps.some((c) => acc(c.id) === 'large');
  const small = caps.some((c) => acc(c.id) === 'small');
  const none = caps.some((c) => acc(c.id) === 'none');
  if (large && small)
    out.push({ severity: 'problem', text: `${names((id) => acc(id) === 'large')} needs large accelerators and ${names((id) => acc(id) === 'small')} small ones: every replica pays for the largest` });
  if ((large || small) && none) {
    const low = (a.scenario.context.trafficLevel ?? 'medium') === 'low';
    out.push({
      severity: low ? 'warning' : 'problem',
      text: `${names((id) => acc(id) !== 'none')} ${caps.filter((c) => acc(c.id) !== 'none').length === 1 ? 'runs' : 'run'} on accelerators and ${names((id) => acc(id) === 'none')} ${caps.filter((c) => acc(c.id) === 'none').length === 1 ? 'does' : 'do'} not: each extra replica carries an accelerator for the parts that never use it${low ? ', which light traffic makes affordable' : ''}`,
    });
  }
  const profiles = new Set(caps.map((c) => a.profileOf(c.id)));
  const inherited = caps.filter((c) => a.profileOf(c.id) !== c.scaling);
  const note = inherited.length ? ` (${listNames(inherited.map((c) => c.name))} ${inherited.length === 1 ? 'follows' : 'follow'} the load of ${inherited.length === 1 ? 'its callers' : 'their callers'})` : '';
  if (profiles.has('spiky') && profiles.has('steady'))
    out.push({ severity: 'warning', text: `${names((id) => a.profileOf(id) === 'spiky')} spike while ${names((id) => a.profileOf(id) === 'steady')} stay steady: the whole service scales out for the spikes${note}` });
  if (profiles.has('batch') && (profiles.has('steady') || profiles.has('spiky')))
    out.push({ severity: 'warning', text: `batch work in ${names((id) => a.profileOf(id) === 'batch')} competes with interactive requests for the same instances` });
  return out;
}

export const resourceFit: Dimension = {
  id: 'resource-fit',
  label: 'Resource fit',
  why:
    'A service scales as one unit. Capabilities that need accelerators, that spike, or that run in batches want different machines and replica counts; locked together, you scale and pay for everything to serve the most demanding part. ' +
    'A capability called on every request of a spiky one follows its load, so it can share its service.',
  judge(a) {
    const drafts: Draft[] = [];
    for (const svc of a.services) {
      const clashes = clashesOf(a, svc);
      if (clashes.length === 0) continue;
      drafts.push({
        key: `mix:${svc.id}`,
        severity: clashes.some((c) => c.severity === 'problem') ? 'problem' : 'warning',
        title: `${svc.name} mixes ${listNames([...new Set(svc.capabilities.map((c) => PROFILE_WORDS[a.profileOf(c.id)]))])} work`,
        services: [svc.name],
        detail: `In ${svc.name}, ${clashes.map((c) => c.text).join('; and ')}.`,
      });
    }
    const figure = a.services.length ? `${drafts.length} of ${a.services.length} services mix scaling needs` : '';
    if (drafts.length > 0) return { drafts, figure };
    const all = new Set(a.services.flatMap((s) => s.capabilities.map((c) => a.profileOf(c.id))));
    if (all.size < 2) return { drafts: [], figure };
    return {
      drafts: [{ key: 'fit', severity: 'good', title: 'Each service scales one way', services: [], detail: `Capabilities with different needs (${listNames([...all].map((p) => PROFILE_WORDS[p]))}) sit in separate services, so each can scale on its own machines.` }],
      figure,
    };
  },
};
