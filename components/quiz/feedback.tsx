import Link from 'next/link';
import type { QuizItem } from '@/lib/quiz/load';
import { isCorrect, type Score } from '@/lib/quiz/score';

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/**
 * What a check says: the verdict first ("Correct" / "Not quite"), the misconceptions (beside
 * each row instead when the widget marks its rows), the explanation, the section.
 */
export function Feedback({ score, item, marked = false }: { score: Score | null; item: Pick<QuizItem, 'question' | 'href' | 'sectionTitle'>; marked?: boolean }) {
  if (!score) return null;
  if (score.type === 'incomplete') return <p className="font-medium">{score.message}</p>;
  const right = isCorrect(score);
  return (
    <div
      className={`grid gap-2 rounded-md border-l-4 px-4 py-3 ${right ? 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40' : 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40'}`}
    >
      <p className="font-semibold">
        {right ? 'Correct' : 'Not quite'}: {score.earned} of {points(score.total)}.
      </p>
      {marked ? (
        <p>{right ? 'Every row is marked right above.' : 'Each row above is marked right or wrong, with where it belongs and a note.'}</p>
      ) : score.feedback.length > 0 ? (
        <ul className="ml-5 list-disc">
          {score.feedback.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <p>{item.question.explanation}</p>
      <p>
        <Link href={item.href} className="font-medium text-[var(--accent)] underline underline-offset-2">
          {right ? 'Read more' : 'Review'}: {item.sectionTitle}
        </Link>
      </p>
    </div>
  );
}
