import { z } from 'zod/mini';
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

export type ResponseMap = {
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
export type AnyResponse = ResponseMap[QuestionType];

const short = (n: number) => z.string().check(z.maxLength(n));
const ids = z.array(short(80)).check(z.maxLength(20));
const idMap = z.record(short(80), short(80));

export const responseSchemas: { [T in QuestionType]: z.ZodMiniType<ResponseMap[T]> } = {
  single: z.object({ selected: z.nullable(short(80)) }),
  multiple: z.object({ selected: ids }),
  'true-false': z.object({ verdict: z.nullable(z.boolean()), reason: z.nullable(short(80)) }),
  ordering: z.object({ order: ids }),
  matching: z.object({ matches: idMap }),
  categorize: z.object({ placements: idMap }),
  numeric: z.object({ value: short(40) }),
  scenario: z.object({ choice: z.nullable(short(80)), reason: z.nullable(short(80)) }),
};
