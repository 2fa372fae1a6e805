import type { CategorizeResponse, MatchingResponse, MultipleResponse, OrderingResponse } from './responses';
import type { Question } from './schema';

/**
 * Feedback per row or card, shown beside it once a question is checked: right or wrong, where
 * it belonged, and its note. Pure and framework-free like the scorers, which still own the
 * points; these marks only say which part earned them.
 */
export type ItemMark = {
  /** `right`: earned its point; `wrong`: placed or chosen wrongly; `missed`: a right option left unselected. */
  verdict: 'right' | 'wrong' | 'missed';
  /** Where it belonged, for a wrong one, e.g. `"Belongs in: Microservices"` or `"Belongs at position 2"`. */
  belongs: string | null;
  /** The author's note on this item, e.g. the misconception a wrong choice reveals. */
  note: string | null;
};

/** Item id (card, pair, ordering item or choice) → its mark. */
export type ItemMarks = Record<string, ItemMark>;

/**
 * The marks for a graded response, keyed by the ids the widget shows; null for types whose
 * feedback is one verdict (single choice, true-false, numeric, scenario) or without a response.
 * `question` must be the authored one (its order is the ordering key), not the shuffled copy.
 */
export function markItems(question: Question, response: unknown): ItemMarks | null {
  if (!response) return null;
  switch (question.type) {
    case 'categorize': {
      const { placements } = response as CategorizeResponse;
      const label = (id: string) => question.categories.find((c) => c.id === id)?.label ?? id;
      return Object.fromEntries(
        question.items.map((item) => {
          const right = placements[item.id] === item.category;
          return [item.id, { verdict: right ? 'right' : 'wrong', belongs: right ? null : `Belongs in: ${label(item.category)}`, note: right ? null : (item.feedback ?? null) }];
        }),
      );
    }
    case 'matching': {
      const { matches } = response as MatchingResponse;
      const text = (id: string) => question.targets.find((t) => t.id === id)?.text ?? id;
      return Object.fromEntries(
        question.pairs.map((pair) => {
          const right = matches[pair.id] === pair.answer;
          return [pair.id, { verdict: right ? 'right' : 'wrong', belongs: right ? null : `Right match: ${text(pair.answer)}`, note: right ? null : (pair.feedback ?? null) }];
        }),
      );
    }
    case 'ordering': {
      const { order } = response as OrderingResponse;
      return Object.fromEntries(
        question.items.map((item, position) => {
          const right = order[position] === item.id;
          return [item.id, { verdict: right ? 'right' : 'wrong', belongs: right ? null : `Belongs at position ${position + 1}`, note: right ? null : (item.feedback ?? null) }];
        }),
      );
    }
    case 'multiple': {
      const selected = new Set((response as MultipleResponse).selected);
      const key = new Set(question.answer);
      const marks: ItemMarks = {};
      for (const choice of question.choices) {
        if (selected.has(choice.id)) marks[choice.id] = key.has(choice.id) ? { verdict: 'right', belongs: null, note: null } : { verdict: 'wrong', belongs: 'Does not apply', note: choice.feedback ?? null };
        else if (key.has(choice.id)) marks[choice.id] = { verdict: 'missed', belongs: 'Also applies', note: choice.feedback ?? null };
      }
      return marks;
    }
    default:
      return null;
  }
}

/** The words a mark is read out with, e.g. `"Wrong. Belongs in: Microservices."`. */
export function markLabel(mark: ItemMark): string {
  const verdict = mark.verdict === 'right' ? 'Right' : mark.verdict === 'missed' ? 'Missed' : 'Wrong';
  return mark.belongs ? `${verdict}. ${mark.belongs}.` : `${verdict}.`;
}
