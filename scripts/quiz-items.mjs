// The item-writing figures of the question bank (lib/quiz/item-writing.ts): the true/false
// balance, how often the right option is the longest, absolute words, and the score of
// test-wise strategies against chance, for the bank and per quiz.
//
// Usage:
//   npm run quiz:items                       the whole bank; exits 1 if it breaks a limit
//   npm run quiz:items -- real-time-ml …     only these quizzes (figures only, no verdict)
//   npm run quiz:items -- --dir=PATH         the quiz files of another folder (a bank being merged)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { readBank } = await jiti.import(path.join(root, 'lib/quiz/read-bank.ts'));
const { formatReport, problemsOf } = await jiti.import(path.join(root, 'lib/quiz/item-writing-check.ts'));

const args = process.argv.slice(2);
const ids = args.filter((a) => !a.startsWith('-'));
const dir = args.find((a) => a.startsWith('--dir='))?.slice('--dir='.length) ?? path.join(root, 'content', 'quizzes');
let bank;
try {
  bank = readBank(path.resolve(dir), ids.length ? ids : undefined);
} catch (err) {
  console.error(err.message);
  process.exit(2);
}
console.log(formatReport(bank));
const problems = problemsOf(bank);
if (problems.length) {
  console.log(`\n${ids.length ? 'These quizzes alone would break' : 'The bank breaks'} ${problems.length} limit(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  if (!ids.length) process.exit(1);
} else console.log('\nWithin every limit.');
