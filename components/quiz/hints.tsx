import { secondaryButton } from './styles';

type Props = { hints: readonly string[] | undefined; shown: number; onMore: () => void; locked: boolean };

/** Hints revealed one at a time, before checking. The button stays in place so focus is never lost. */
export function Hints({ hints, shown, onMore, locked }: Props) {
  if (!hints?.length) return null;
  const more = shown < hints.length && !locked;
  return (
    <div className="grid gap-2">
      {shown > 0 ? (
        <ul className="grid gap-1 text-sm">
          {hints.slice(0, shown).map((hint) => (
            <li key={hint} className="rounded-md bg-[var(--panel)] px-3 py-2">
              <span className="font-semibold">Hint: </span>
              {hint}
            </li>
          ))}
        </ul>
      ) : null}
      {locked && shown === 0 ? null : (
        <div>
          <button type="button" className={secondaryButton} aria-disabled={!more} onClick={() => more && onMore()}>
            {!more ? 'No more hints' : shown === 0 ? 'Show a hint' : 'Show another hint'}
          </button>
        </div>
      )}
    </div>
  );
}
