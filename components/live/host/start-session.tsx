'use client';
import { useState } from 'react';
import { primaryButton } from '@/components/quiz/styles';
import { api } from '../api';

/** "Start live session": creates one (asking for the host key only when the server wants one). */
export function StartSession({ onStarted }: { onStarted: (code: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [needsKey, setNeedsKey] = useState(false);
  const [key, setKey] = useState('');

  async function start() {
    setBusy(true);
    const r = await api<{ code: string }>('/sessions', { method: 'POST', body: needsKey ? { hostKey: key } : {} });
    setBusy(false);
    if (r.ok) return onStarted(r.data.code);
    if (r.error === 'host-key') setNeedsKey(true);
    setError(r.message);
  }

  return (
    <form
      className="grid max-w-prose gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <p className="text-lg leading-relaxed">
        Learners answer from their own phones: they open the address on the screen (or scan the QR code) and type the code. You pick
        questions from any quiz, open them, close answers and reveal how the room answered.
      </p>
      {needsKey ? (
        <label className="grid gap-1 font-semibold">
          Host key
          <input type="password" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" className="min-h-10 rounded-md border border-[var(--line)] bg-[var(--page)] px-2 font-normal" />
        </label>
      ) : null}
      <div>
        <button type="submit" className={primaryButton} disabled={busy}>
          {busy ? 'Starting…' : 'Start live session'}
        </button>
      </div>
      <p role="alert" className="min-h-6 text-sm">
        {error}
      </p>
    </form>
  );
}
