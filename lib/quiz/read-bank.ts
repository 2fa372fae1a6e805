import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { BankQuiz } from './item-writing';
import { quizFileSchema } from './schema';

/**
 * Every quiz file of `content/quizzes` (or only `ids`), parsed, for the item-writing check and
 * its script. Files that do not validate are skipped here: `content.test.ts` reports them.
 * No `server-only`, so a plain Node script can use it.
 */
export function readBank(dir = path.join(process.cwd(), 'content', 'quizzes'), ids?: string[]): BankQuiz[] {
  const all = readdirSync(dir).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)).sort();
  const unknown = (ids ?? []).filter((id) => !all.includes(id));
  if (unknown.length) throw new Error(`no quiz ${unknown.map((id) => `content/quizzes/${id}.yaml`).join(', ')}`);
  return (ids ?? all).flatMap((quizId) => {
    const result = quizFileSchema.safeParse(parse(readFileSync(path.join(dir, `${quizId}.yaml`), 'utf8')) ?? {});
    return result.success ? [{ quizId, questions: result.data.questions }] : [];
  });
}
