import { QrCode } from '../qr-code';

type Props = { code: string; joinUrl: string; present: number; locked: boolean; retentionHours: number; compact?: boolean };

/** What the room needs to join: the QR code, the address, the code, and how many are in. */
export function JoinPanel({ code, joinUrl, present, locked, retentionHours, compact = false }: Props) {
  const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
  const address = joinUrl.replace(/\?code=.*$/, '');
  return (
    <section aria-labelledby="join-title" className={`flex flex-wrap items-center gap-6 ${compact ? '' : 'justify-center py-4'}`}>
      <QrCode value={joinUrl} label={`QR code for ${joinUrl}`} size={compact ? 120 : 240} />
      <div className="grid gap-2">
        <h2 id="join-title" className={compact ? 'text-lg font-bold' : 'text-2xl font-bold'}>
          Join on your phone
        </h2>
        <p className={compact ? '' : 'text-xl'}>
          Go to <strong className="break-all">{address}</strong>
        </p>
        <p className={compact ? '' : 'text-xl'}>
          and enter the code{' '}
          <strong className={`font-mono tracking-widest ${compact ? 'text-2xl' : 'text-5xl'}`} aria-label={code.split('').join(' ')}>
            {spaced}
          </strong>
        </p>
        <p className="text-lg" role="status">
          <strong className="tabular-nums">{present}</strong> {present === 1 ? 'learner' : 'learners'} in the room{locked ? ' · closed to new learners' : ''}
        </p>
        {compact ? null : <p className="text-sm text-[var(--muted)]">No accounts and no personal data: answers are deleted {retentionHours} hours after the session ends.</p>}
      </div>
    </section>
  );
}
