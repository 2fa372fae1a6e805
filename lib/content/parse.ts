import type { z } from 'zod';

/**
 * What every parser of authored or saved data returns instead of throwing: the data, or a message
 * a person can act on, e.g. `{ success: false, error: 'content/lessons/x.mdx: field "summary" is required' }`.
 */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: string };

/**
 * A schema problem in words: "is required" for a missing field, else the schema's message. Zod 4
 * leaves `issue.input` out unless asked, so a missing field is told apart by its message (the
 * copies this replaces tested `input === undefined` and called every wrong type "required").
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_type' && /received undefined$/.test(issue.message) ? 'is required' : issue.message;
}

/** `field "a.b" is required`, or `field "(file)" …` for a problem with the whole document. */
export function describeIssue(issue: z.core.$ZodIssue, whole = '(file)'): string {
  return `field "${issue.path.length ? issue.path.join('.') : whole}" ${issueMessage(issue)}`;
}
