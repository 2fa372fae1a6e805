import type { PublicQuestion } from '@/lib/live/question-round';
import type { Question } from '@/lib/quiz/schema';

/**
 * The lesson widgets take a full `Question`; a live round sends the learner one without its key.
 * This fills the key fields with inert placeholders the widgets never read (they render options,
 * prompts and the unit only), so the same widgets serve both.
 */
export function widgetQuestion(q: PublicQuestion): Question {
  const base = { id: q.id, prompt: q.prompt, explanation: '(shown after the reveal)', section: 'live#live' };
  switch (q.type) {
    case 'single':
      return { ...base, type: 'single', choices: q.choices, answer: '' };
    case 'multiple':
      return { ...base, type: 'multiple', choices: q.choices, answer: [] };
    case 'true-false':
      return { ...base, type: 'true-false', reasons: q.reasons, answer: { verdict: true, reason: '' }, verdictFeedback: '' };
    case 'ordering':
      return { ...base, type: 'ordering', items: q.items };
    case 'matching':
      return { ...base, type: 'matching', pairs: q.pairs.map((p) => ({ ...p, answer: '' })), targets: q.targets };
    case 'categorize':
      return { ...base, type: 'categorize', categories: q.categories, items: q.items.map((i) => ({ ...i, category: '' })) };
    case 'numeric':
      return { ...base, type: 'numeric', answer: { value: 0, tolerance: 0, unit: q.unit }, mistakes: [] };
    case 'scenario':
      return { ...base, type: 'scenario', facts: q.facts, choices: q.choices, reasons: q.reasons, answer: { choice: '', reason: '' } };
  }
}
