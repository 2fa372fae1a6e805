import type { Question } from '@/lib/quiz/schema';

/** The right answer in words, one line per part, for the reveal (e.g. `["False", "Because: …"]`). */
export function answerLines(q: Question): string[] {
  const text = (items: { id: string; text: string }[], id: string) => items.find((i) => i.id === id)?.text ?? id;
  switch (q.type) {
    case 'single':
      return [text(q.choices, q.answer)];
    case 'multiple':
      return q.choices.filter((c) => q.answer.includes(c.id)).map((c) => c.text);
    case 'true-false':
      return [q.answer.verdict ? 'True' : 'False', `Why: ${text(q.reasons, q.answer.reason)}`];
    case 'ordering':
      return q.items.map((i, n) => `${n + 1}. ${i.text}`);
    case 'matching':
      return q.pairs.map((p) => `${p.prompt} → ${text(q.targets, p.answer)}`);
    case 'categorize':
      return q.items.map((i) => `${i.text} → ${q.categories.find((c) => c.id === i.category)?.label ?? i.category}`);
    case 'numeric': {
      const { value, tolerance, unit } = q.answer;
      return [`${value}${tolerance ? ` (± ${tolerance})` : ''}${unit ? ` ${unit}` : ''}`];
    }
    case 'scenario':
      return [text(q.choices, q.answer.choice), `Why: ${text(q.reasons, q.answer.reason)}`];
  }
}
