import { finding, type Analysis, type Rule } from '../analysis';
import type { ReferenceDesign } from '../model';
import { designPartition, referencePartition } from '../reference-design';
import { mojoFM, pairwiseScore } from '../similarity';

const MAX_PENALTY = 10;

/** How close the design is to one reference: MoJoFM (0–100) and pairwise F1 (0–1). */
export type ReferenceMatch = { reference: ReferenceDesign; mojoFM: number; f1: number };

const memo = new WeakMap<Analysis, ReferenceMatch | undefined>();

/** The closest reference design by MoJoFM (ties broken by pairwise F1), over placed capabilities. */
export function closestReference(a: Analysis): ReferenceMatch | undefined {
  if (!memo.has(a)) memo.set(a, findClosest(a));
  return memo.get(a);
}

function findClosest(a: Analysis): ReferenceMatch | undefined {
  const mine = designPartition(a.design, a.scenario);
  if (Object.keys(mine).length < 2) return undefined;
  const matches = a.scenario.references.map((reference) => {
    const theirs = referencePartition(reference);
    return { reference, mojoFM: mojoFM(mine, theirs), f1: pairwiseScore(mine, theirs).f1 };
  });
  return matches.sort((x, y) => y.mojoFM - x.mojoFM || y.f1 - x.f1)[0];
}

/** Distance to the scenario's reference designs (there may be several good answers). */
export const referenceDistanceRule: Rule = (a) => {
  const best = closestReference(a);
  if (!best) return [];
  const { reference, mojoFM: fm, f1 } = best;
  const why =
    'There is rarely one right cut: the references are designs that fit this context, each with its rationale. Being near one is a hint, not the goal; ' +
    'the other findings say why a cut works here.';
  const detail =
    `Closest reference: "${reference.title}" (${reference.services.length} services). MoJoFM ${fm}% (the share of the way from the farthest possible cut to it), ` +
    `pairwise F1 ${f1.toFixed(2)} (how well you agree on which capabilities share a service).`;
  if (fm >= 90) {
    return [finding('reference-distance', { severity: 'good', title: `Matches "${reference.title}"`, services: [], detail, why, penalty: 0 })];
  }
  return [
    finding('reference-distance', {
      severity: fm >= 60 ? 'info' : 'warning',
      title: `${Math.round(fm)}% of the way to "${reference.title}"`,
      services: [],
      detail,
      why,
      penalty: Math.round(MAX_PENALTY * (1 - fm / 100)),
    }),
  ];
};
