import type { ItemMark } from '@/lib/quiz/marks';

const LOOK = {
  right: { icon: '✓', word: 'Right', tone: 'text-emerald-800 dark:text-emerald-300' },
  wrong: { icon: '✗', word: 'Wrong', tone: 'text-rose-800 dark:text-rose-300' },
  missed: { icon: '!', word: 'Missed', tone: 'text-amber-800 dark:text-amber-300' },
} as const;

/** The border a marked row or card takes: `data-mark` on the row, see `MarkNote`. */
export const markedRow =
  'data-[mark=right]:border-solid data-[mark=right]:border-emerald-600 data-[mark=wrong]:border-solid data-[mark=wrong]:border-rose-600 data-[mark=missed]:border-solid data-[mark=missed]:border-amber-600 dark:data-[mark=right]:border-emerald-400 dark:data-[mark=wrong]:border-rose-400 dark:data-[mark=missed]:border-amber-400';

/** A checked row's verdict beside it: right or wrong (by word and sign, not colour alone), where it belonged, its note. */
export function MarkNote({ mark }: { mark: ItemMark | undefined }) {
  if (!mark) return null;
  const look = LOOK[mark.verdict];
  return (
    <span className={`block text-sm ${look.tone}`} data-mark-note={mark.verdict}>
      <span aria-hidden="true">{look.icon} </span>
      <strong>{look.word}</strong>
      {mark.belongs ? <> · {mark.belongs}</> : null}
      {mark.note ? <span className="mt-0.5 block text-[var(--ink)]">{mark.note}</span> : null}
    </span>
  );
}
