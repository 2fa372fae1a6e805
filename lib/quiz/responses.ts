import * as v from 'valibot';
import type { QuestionType } from './schema';

/**
 * What a learner entered, per question type. `null` stands for "not touched yet" in every type.
 * The schemas check saved responses when they come back from storage; ids are checked against
 * the question by each type's validator.
 */

/** e.g. `{ selected: "incremental" }` */
export type SingleResponse = { selected: string | null };
/** e.g. `{ selected: ["own-data", "own-deploy"] }` */
export type MultipleResponse = { selected: string[] };
/** e.g. `{ verdict: false, reason: "scale-whole" }` */
export type TrueFalseResponse = { verdict: boolean | null; reason: string | null };
/** The item ids top to bottom, e.g. `{ order: ["build", "network", "database", "repo"] }` */
export type OrderingResponse = { order: string[] };
/** Pair id → target id, e.g. `{ matches: { jaeger: "tracing" } }` */
export type MatchingResponse = { matches: Record<string, string> };
/** Item id → category id, e.g. `{ placements: { "large-team": "micro" } }` */
export type CategorizeResponse = { placements: Record<string, string> };
/** The text typed, parsed when graded, e.g. `{ value: "100" }` */
export type NumericResponse = { value: string };
/** e.g. `{ choice: "monolith", reason: "team-size" }` */
export type ScenarioResponse = { choice: string | null; reason: string | null };

type ResponseMap = {
  single: SingleResponse;
  multiple: MultipleResponse;
  'true-false': TrueFalseResponse;
  ordering: OrderingResponse;
  matching: MatchingResponse;
  categorize: CategorizeResponse;
  numeric: NumericResponse;
  scenario: ScenarioResponse;
};
export type ResponseOf<T extends QuestionType> = ResponseMap[T];

const short = (n: number) => v.pipe(v.string(), v.maxLength(n));
const ids = v.pipe(v.array(short(80)), v.maxLength(20));
const idMap = v.record(short(80), short(80));

export const responseSchemas: { [T in QuestionType]: v.GenericSchema<unknown, ResponseMap[T]> } = {
  single: v.object({ selected: v.nullable(short(80)) }),
  multiple: v.object({ selected: ids }),
  'true-false': v.object({ verdict: v.nullable(v.boolean()), reason: v.nullable(short(80)) }),
  ordering: v.object({ order: ids }),
  matching: v.object({ matches: idMap }),
  categorize: v.object({ placements: idMap }),
  numeric: v.object({ value: short(40) }),
  scenario: v.object({ choice: v.nullable(short(80)), reason: v.nullable(short(80)) }),
};
