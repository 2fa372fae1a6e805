import type { Analysis } from '../analysis';
import type { DimensionId } from '../model';

/**
 * A finding before the evaluation weighs it: the dimension says what it found, the evaluation
 * decides the penalty (from severity and context), whether a reference accepts it, and whether it
 * breaks a constraint.
 */
export type Draft = {
  /** The root cause, e.g. `"request:place-order"` or `"mix:svc-2"`: a constraint broken by the same cause joins this finding. */
  key: string;
  severity: 'problem' | 'warning' | 'info' | 'good';
  title: string;
  services: string[];
  detail: string;
  /** May a reference's rationale accept this cost? Warnings may, unless this says no. */
  acceptable?: boolean;
  /** How far past the line a problem is, 1–2 (default 1): a problem's penalty grows with it, never below a problem's base. */
  size?: number;
};

type DimensionResult = {
  drafts: Draft[];
  /** The figure behind the dimension, e.g. "Answer a question: 1.1 s of 2 s". Empty when it has nothing to judge. */
  figure: string;
};

/** One dimension of the judgement: computed once per evaluation from the scenario's facts. */
export type Dimension = {
  id: DimensionId;
  label: string;
  /** Why it matters, in the course's terms. */
  why: string;
  judge: (a: Analysis) => DimensionResult;
};
