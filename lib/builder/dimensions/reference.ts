import { plural, type Analysis } from '../analysis';
import type { ReferenceDesign } from '../model';
import { designPartition, referencePartition } from '../reference-design';
import { mojoDistance, mojoFM, pairwiseScore } from '../similarity';
import type { Dimension } from './types';

/** How close the design is to one reference: MoJoFM (0–100), moves to reach it, pairwise F1 (0–1). */
type ReferenceMatch = { reference: ReferenceDesign; mojoFM: number; moves: number; f1: number };

const memo = new WeakMap<Analysis, ReferenceMatch | undefined>();

/** The closest reference, only once every capability is placed (a partial cut matches nothing). */
export function closestReference(a: Analysis): ReferenceMatch | undefined {
  if (!memo.has(a)) memo.set(a, findClosest(a));
  return memo.get(a);
}

function findClosest(a: Analysis): ReferenceMatch | undefined {
  if (!a.complete) return undefined;
  const mine = designPartition(a.design, a.scenario);
  const matches = a.scenario.references.map((reference) => {
    const theirs = referencePartition(reference);
    return { reference, theirs, moves: mojoDistance(mine, theirs) };
  });
  const fewest = Math.min(...matches.map((m) => m.moves));
  const scored = matches.filter((m) => m.moves === fewest).map((m) => ({ reference: m.reference, moves: m.moves, mojoFM: mojoFM(mine, m.theirs), f1: pairwiseScore(mine, m.theirs).f1 }));
  return scored.sort((x, y) => y.f1 - x.f1)[0];
}

export const reference: Dimension = {
  id: 'reference',
  label: 'Closeness to a reference',
  why: 'There is rarely one right cut: each reference fits this context for the reasons its rationale gives. Being near one is information, not a score; the other dimensions say why a cut works.',
  judge(a) {
    const best = closestReference(a);
    if (!best) return { drafts: [], figure: '' };
    const { reference: ref, moves } = best;
    const figure = moves === 0 ? `matches "${ref.title}"` : `${plural(moves, 'move')} from "${ref.title}"`;
    if (moves === 0) {
      return { drafts: [{ key: 'reference', severity: 'good', title: `Matches "${ref.title}"`, services: [], detail: `The same grouping as the reference "${ref.title}" (${plural(ref.services.length, 'service')}). Its rationale: ${ref.rationale}` }], figure };
    }
    return {
      drafts: [
        {
          key: 'reference',
          severity: 'info',
          title: `${plural(moves, 'step')} from "${ref.title}"`,
          services: [],
          detail: `The nearest reference is "${ref.title}" (${plural(ref.services.length, 'service')}); moving capabilities or merging services ${moves === 1 ? 'once' : `${moves} times`} would turn this cut into it. Open it under "Show a reference design" to compare the reasons.`,
        },
      ],
      figure,
    };
  },
};
