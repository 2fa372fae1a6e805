import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssue } from './parse';

const schema = z.object({ title: z.string(), meta: z.object({ minutes: z.number() }) });
const issues = (value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => describeIssue(i));
};

describe('describeIssue', () => {
  it('says a missing field "is required"', () => {
    expect(issues({ meta: { minutes: 3 } })).toEqual(['field "title" is required']);
  });

  it('names a nested field with the schema\'s own message for a wrong value', () => {
    expect(issues({ title: 'x', meta: { minutes: 'three' } })[0]).toMatch(/^field "meta\.minutes" .*number/i);
  });

  it('names the whole document when the problem is not one field', () => {
    const result = z.string().safeParse(3);
    expect(result.success ? '' : describeIssue(result.error.issues[0]!, '(frontmatter)')).toMatch(/^field "\(frontmatter\)" /);
  });
});
