import { evaluate } from '@/lib/builder/evaluate';
import type { Design, Evaluation, Scenario } from '@/lib/builder/model';
import { designPartition } from '@/lib/builder/reference-design';
import { mojoFM, type Partition } from '@/lib/builder/similarity';
import { coAssignment, splitPairs, type CoAssignment } from './co-assignment';
import { consensusGroups, groupAgreement, seriate } from './clustering';
import { commonCuts, type CommonCut } from './common-cuts';
import { scoreDistribution, type ScoreDistribution } from './scores';

/** One learner's latest submitted cut in a builder round. */
export type Submission = { participant: string; design: Design };

/** A named cut with its evaluation: the class consensus or one reference design. */
type ScoredCut = {
  id: string;
  title: string;
  design: Design;
  /** The builder's own evaluation, as a learner would see it for this cut. */
  evaluation: Evaluation;
};

/** Everything the projector and the report show about a builder round. */
export type BuilderRoundSummary = {
  scenarioId: string;
  submissions: number;
  matrix: CoAssignment;
  /** Capability ids in heat-map order (agreed blocks on the diagonal). */
  order: string[];
  cuts: CommonCut[];
  /** Pairs nearest a 50/50 split, e.g. `[{ a: "cart", b: "pricing", share: 0.48 }]`. */
  split: { a: string; b: string; share: number }[];
  scores: ScoreDistribution;
  /** `null` before anyone submits. */
  consensus: (ScoredCut & { agreement: number[] }) | null;
  references: ScoredCut[];
};

const colourCycle = ['blue', 'teal', 'violet', 'amber', 'rose', 'green', 'slate', 'orange'] as const;

/**
 * Turns groups of capability ids into a design the builder can evaluate and draw. Services are
 * named after their capabilities (never after what learners typed, which is not ours to project).
 */
export function designFromGroups(scenario: Scenario, groups: string[][], modes: Design['modes'] = {}): Design {
  const name = (id: string) => scenario.capabilities.find((c) => c.id === id)?.name ?? id;
  const design: Design = { scenarioId: scenario.id, services: [], placement: {}, modes };
  groups.forEach((g, i) => {
    const id = `consensus-${i + 1}`;
    const label = g.length > 2 ? `${name(g[0]!)}, ${name(g[1]!)} +${g.length - 2}` : g.map(name).join(' + ');
    design.services.push({ id, name: label.slice(0, 60), color: colourCycle[i % colourCycle.length]! });
    for (const c of g) design.placement[c] = id;
  });
  return design;
}

/** The call style most of the class chose for each switchable call (the scenario's default on a tie). */
export function majorityModes(scenario: Scenario, designs: Design[]): Design['modes'] {
  const modes: Design['modes'] = {};
  for (const x of scenario.interactions.filter((i) => i.switchable)) {
    const other = x.kind === 'sync' ? 'async' : 'sync';
    const switched = designs.filter((d) => d.modes[x.id] === other).length;
    if (switched * 2 > designs.length) modes[x.id] = other;
  }
  return modes;
}

/** How close two cuts are (MoJoFM, 0–100, one decimal): 100 is the same partition. */
export function similarity(a: Partition, b: Partition): number {
  return Math.round(mojoFM(a, b) * 10) / 10;
}

/**
 * Summarises a builder round from each learner's latest submission (in submission order).
 * Recomputed on every submission: for 300 submissions of a 20-capability scenario it stays
 * within a few milliseconds, most of it the evaluations.
 */
export function summariseBuilderRound(scenario: Scenario, submissions: Submission[], evaluations?: Map<string, number>): BuilderRoundSummary {
  const ids = scenario.capabilities.map((c) => c.id);
  const cuts = submissions.map((s) => ({ participant: s.participant, cut: designPartition(s.design, scenario) }));
  const matrix = coAssignment(
    ids,
    cuts.map((c) => c.cut),
  );
  const scores = submissions.map((s) => evaluations?.get(s.participant) ?? evaluate(scenario, s.design).score);
  const groups = submissions.length ? consensusGroups(matrix) : null;
  const consensusDesign = groups ? designFromGroups(scenario, groups, majorityModes(scenario, submissions.map((s) => s.design))) : null;
  return {
    scenarioId: scenario.id,
    submissions: submissions.length,
    matrix,
    order: seriate(matrix),
    cuts: commonCuts(cuts),
    split: splitPairs(matrix),
    scores: scoreDistribution(scores),
    consensus:
      groups && consensusDesign
        ? {
            id: 'consensus',
            title: 'Class consensus',
            design: consensusDesign,
            evaluation: evaluate(scenario, consensusDesign),
            agreement: groups.map((g) => Math.round(groupAgreement(matrix, g) * 100) / 100),
          }
        : null,
    references: scenario.references.map((r) => {
      const design = designFromGroups(
        scenario,
        r.services.map((s) => s.capabilities),
        r.modes ?? {},
      );
      design.services.forEach((s, i) => (s.name = r.services[i]!.name));
      return { id: r.id, title: r.title, design, evaluation: evaluate(scenario, design) };
    }),
  };
}

/**
 * How one learner's cut compares, after the round closes: their score, the consensus's and each
 * reference's, and how close their cut is to each (MoJoFM).
 */
export function compareWithClass(scenario: Scenario, design: Design, summary: Pick<BuilderRoundSummary, 'consensus' | 'references'>) {
  const mine = designPartition(design, scenario);
  const evaluation = evaluate(scenario, design);
  const against = [...(summary.consensus ? [summary.consensus] : []), ...summary.references].map((c) => ({
    id: c.id,
    title: c.title,
    score: c.evaluation.score,
    closeness: similarity(mine, designPartition(c.design, scenario)),
  }));
  return { evaluation, against };
}
