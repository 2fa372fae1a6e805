'use client';
import { secondaryButton } from '@/components/quiz/styles';

type Props = { participants: { id: string; nickname: string }[]; locked: boolean; busy: boolean; onLock: (locked: boolean) => void; onRemove: (id: string, nickname: string) => void };

/** Who is in the room (nicknames rendered as text), lock to new joiners, remove one. */
export function PeoplePanel({ participants, locked, busy, onLock, onRemove }: Props) {
  return (
    <section aria-labelledby="people-h" className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="people-h" className="text-lg font-bold">
          In the room ({participants.length})
        </h2>
        <button type="button" className={secondaryButton} aria-pressed={locked} disabled={busy} onClick={() => onLock(!locked)}>
          {locked ? 'Let new learners join' : 'Lock to new learners'}
        </button>
      </div>
      {participants.length === 0 ? (
        <p className="text-sm text-[var(--muted)]">Nobody yet.</p>
      ) : (
        <ul className="grid max-h-80 gap-1 overflow-auto">
          {participants.map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-2 rounded px-2 py-1 odd:bg-[var(--panel)]">
              <span className="truncate" dir="auto">
                {p.nickname}
              </span>
              <button type="button" className={`${secondaryButton} min-h-8 px-2 py-1`} disabled={busy} onClick={() => onRemove(p.id, p.nickname)} aria-label={`Remove ${p.nickname}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
