import { plural, type Analysis } from '../analysis';
import { COMFORTABLE_SERVICES, RESOURCE_OVERHEAD_PCT } from '../facts';
import type { Dimension } from './types';

/** How many deployables this organisation runs comfortably. */
function comfortableServices(a: Pick<Analysis, 'scenario'>): number {
  const { devopsCapacity, teamSize, platformTeam } = a.scenario.context;
  const c = COMFORTABLE_SERVICES[devopsCapacity];
  const base = Math.min(c.max, Math.max(1, Math.ceil(teamSize / c.peoplePer)));
  return platformTeam ? Math.ceil(base * 1.5) : base;
}

export const operations: Dimension = {
  id: 'operations',
  label: 'Operations',
  why:
    `Every deployable brings its own pipeline, deployment, monitoring, alerts and on-call, and microservices need ${RESOURCE_OVERHEAD_PCT.min}–${RESOURCE_OVERHEAD_PCT.max} % more resources than one megaservice. ` +
    'How many a team carries depends on its DevOps capacity, and a platform team carries much of it for everyone.',
  judge(a) {
    const n = a.services.length;
    if (n === 0) return { drafts: [], figure: '' };
    const { devopsCapacity, teamSize, platformTeam } = a.scenario.context;
    const comfortable = comfortableServices(a);
    const who = `A team of ${teamSize} with ${devopsCapacity} DevOps capacity${platformTeam ? ' and a platform team' : ''}`;
    const figure = `${plural(n, 'deployable')} of about ${comfortable} comfortable`;
    if (n <= comfortable) {
      return { drafts: [{ key: 'deployables', severity: 'good', title: 'An operational load the team can carry', services: [], detail: `${plural(n, 'deployable')} to build, deploy and watch. ${who} runs about ${comfortable} comfortably.` }], figure };
    }
    const extra = n - comfortable;
    return {
      drafts: [
        {
          key: 'deployables',
          severity: extra >= 3 ? 'problem' : 'warning',
          size: 1 + Math.min(1, (extra - 3) / 6),
          title: `${plural(n, 'deployable')} for ${devopsCapacity} DevOps capacity`,
          services: [],
          detail: `${who} runs about ${comfortable} deployables comfortably; this cut has ${n}, so ${plural(extra, 'more')} to deploy, monitor and pay for. Merge services that call each other and scale alike.`,
        },
      ],
      figure,
    };
  },
};
