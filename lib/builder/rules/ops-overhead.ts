import { COMFORTABLE_SERVICES, COST_EXAMPLE, RESOURCE_OVERHEAD_PCT } from '../facts';
import { finding, plural, type Rule } from '../analysis';

const PER_EXTRA_SERVICE = 4;
const usd = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
const MAX_PENALTY = 20;

/** Operational overhead and cost of the number of services against the team's DevOps capacity. */
export const opsOverheadRule: Rule = (a) => {
  const n = a.services.length;
  if (n === 0) return [];
  const capacity = a.scenario.context.devopsCapacity;
  const comfortable = COMFORTABLE_SERVICES[capacity];
  const c = COST_EXAMPLE;
  const why =
    `Every service brings its own pipeline, deployment, monitoring, alerts and on-call. The course's figures: microservices need ${RESOURCE_OVERHEAD_PCT.min}–${RESOURCE_OVERHEAD_PCT.max}% more resources than megaservices; ` +
    `for 1 million inferences a day, about ${usd(c.microservicesMonthlyUsd)} against ${usd(c.megaservicesMonthlyUsd)} a month and ${c.microservicesDevops} DevOps engineers instead of ${c.megaservicesDevops}.`;
  if (n <= comfortable) {
    return [
      finding('ops-overhead', {
        severity: 'good',
        title: 'An operational load the team can carry',
        services: [],
        detail: `${plural(n, 'service')} to deploy and run, within the about ${comfortable} a team with ${capacity} DevOps capacity runs comfortably.`,
        why,
        penalty: 0,
      }),
    ];
  }
  const extra = n - comfortable;
  return [
    finding('ops-overhead', {
      severity: extra > 2 ? 'problem' : 'warning',
      title: `${plural(n, 'service')} for ${capacity} DevOps capacity`,
      services: [],
      detail: `A team with ${capacity} DevOps capacity runs about ${comfortable} services comfortably; this design has ${n}, so ${plural(extra, 'more service')} to deploy, monitor and pay for. Merge services that share calls and scale alike.`,
      why,
      penalty: Math.min(MAX_PENALTY, PER_EXTRA_SERVICE * extra),
    }),
  ];
};
