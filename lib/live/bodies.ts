import * as v from 'valibot';
import { liveError, type LiveError } from './types';

/** One schema per request body; the route handlers parse with these and nothing else. */

const int = (min: number, max: number, what: string) =>
  v.pipe(v.number(`${what} must be a number`), v.integer(`${what} must be a whole number`), v.minValue(min, `${what} must be at least ${min}`), v.maxValue(max, `${what} must be at most ${max}`));

export const createBody = v.object({
  maxParticipants: v.optional(int(1, 10_000, 'maxParticipants')),
  hostKey: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

export const joinBody = v.object({
  nickname: v.optional(v.nullable(v.pipe(v.string('nickname must be text'), v.maxLength(200, 'nickname must be at most 200 characters')))),
});

/** `{question}` opens a question round; `{scenario}` a builder round; `seconds` sets a countdown. */
export const roundBody = v.looseObject({
  question: v.optional(v.pipe(v.string('question must be "<quiz-id>/<question-id>"'), v.maxLength(200))),
  scenario: v.optional(v.pipe(v.string(), v.maxLength(200))),
  seconds: v.optional(v.nullable(int(5, 3600, 'seconds'))),
});

export const responseBody = v.object({ response: v.unknown() });

export const lockBody = v.object({ locked: v.boolean('locked must be true or false') });

/** Parses a body, or explains in one line what is wrong with it. */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown): { ok: true; value: v.InferOutput<S> } | { ok: false; error: LiveError } {
  const r = v.safeParse(schema, body);
  if (r.success) return { ok: true, value: r.output };
  const issue = r.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.');
  const message = issue.message.startsWith('Invalid') && where ? `${where}: ${issue.message}` : issue.message;
  return { ok: false, error: liveError(400, 'bad-body', message) };
}
