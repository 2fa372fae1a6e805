'use client';
import { useEffect, useId, useState } from 'react';
import { primaryButton } from '@/components/quiz/styles';
import { CODE_LENGTH } from '@/lib/live/code-format';
import type { RoomView } from '@/lib/live/view';
import { api } from '../api';
import { LearnerRoom } from './learner-room';

type Info = { code: string; joinable: boolean; reason: string | null; retentionHours: number };
type Step = { name: 'code' } | { name: 'checking'; code: string } | { name: 'nickname'; info: Info } | { name: 'room'; code: string };

const LAST_CODE = 'sb-live-code';
const input = 'min-h-12 w-full rounded-md border border-[var(--line)] bg-[var(--page)] px-3 text-lg';
const REASONS: Record<string, string> = {
  locked: 'The instructor has closed this session to new learners.',
  ended: 'This session has ended.',
  removed: 'The instructor removed you from this session.',
};

/** /join: the code (from the QR code's link or typed), then an optional nickname, then the room. */
export function JoinFlow() {
  const [step, setStep] = useState<Step>({ name: 'code' });
  const [error, setError] = useState('');

  async function check(raw: string, resumeOnly = false) {
    const code = raw.toUpperCase().replace(/[\s-]/g, '');
    if (code.length !== CODE_LENGTH) return setError(`A code has ${CODE_LENGTH} letters and digits, like K7Q X2M.`);
    setError('');
    setStep({ name: 'checking', code });
    const r = await api<RoomView | Info>(`/sessions/${code}?as=participant`);
    if (resumeOnly && !(r.ok && 'role' in r.data)) return setStep({ name: 'code' });
    if (!r.ok) {
      setStep({ name: 'code' });
      return setError(r.status === 404 ? 'No session has this code. Check it on the big screen.' : r.message);
    }
    if ('role' in r.data) return enter(code);
    const info = r.data as Info;
    if (!info.joinable) {
      setStep({ name: 'code' });
      return setError(REASONS[info.reason ?? ''] ?? 'This session cannot be joined.');
    }
    setStep({ name: 'nickname', info });
  }

  // A reload, or coming back to /join later, returns to the session this device joined.
  function enter(code: string) {
    const url = new URL(window.location.href);
    url.searchParams.set('code', code);
    window.history.replaceState(null, '', url);
    try {
      window.localStorage.setItem(LAST_CODE, code);
    } catch {
      // storage refused: the address still carries the code
    }
    setStep({ name: 'room', code });
  }

  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get('code');
    let saved: string | null = null;
    try {
      saved = window.localStorage.getItem(LAST_CODE);
    } catch {
      // no storage
    }
    const code = fromUrl ?? saved;
    if (!code) return;
    const t = setTimeout(() => void check(code, !fromUrl), 0);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);

  if (step.name === 'room') return <LearnerRoom code={step.code} onLeft={(message) => (setStep({ name: 'code' }), setError(message))} />;
  if (step.name === 'nickname') return <NicknameForm info={step.info} onJoined={() => enter(step.info.code)} onBack={(m) => (setStep({ name: 'code' }), setError(m))} />;
  return <CodeForm busy={step.name === 'checking'} error={error} onSubmit={check} />;
}

function CodeForm({ busy, error, onSubmit }: { busy: boolean; error: string; onSubmit: (code: string) => void }) {
  const id = useId();
  const [code, setCode] = useState('');
  return (
    <form
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(code);
      }}
      noValidate
    >
      <label htmlFor={`${id}-code`} className="text-lg font-semibold">
        Session code
      </label>
      <input
        id={`${id}-code`}
        className={`${input} font-mono tracking-widest uppercase`}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        inputMode="text"
        aria-describedby={`${id}-err`}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" className={`${primaryButton} min-h-12 text-base`} disabled={busy}>
        {busy ? 'Checking…' : 'Next'}
      </button>
      <p id={`${id}-err`} role="alert" className="min-h-6 font-semibold">
        {error}
      </p>
    </form>
  );
}

function NicknameForm({ info, onJoined, onBack }: { info: Info; onJoined: () => void; onBack: (message: string) => void }) {
  const id = useId();
  const [nickname, setNickname] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function join() {
    setBusy(true);
    const r = await api<{ nickname: string }>(`/sessions/${info.code}/participants`, { method: 'POST', body: { nickname: nickname.trim() || undefined } });
    setBusy(false);
    if (r.ok) return onJoined();
    if (r.status === 404 || r.status === 410 || r.error === 'locked') return onBack(r.message);
    setError(r.message);
  }
  return (
    <form
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        void join();
      }}
    >
      <p className="text-lg">
        Session <strong className="font-mono tracking-widest">{info.code}</strong>
      </p>
      <label htmlFor={`${id}-nick`} className="text-lg font-semibold">
        Nickname <span className="font-normal text-[var(--muted)]">(optional)</span>
      </label>
      <input id={`${id}-nick`} className={input} value={nickname} onChange={(e) => setNickname(e.target.value)} maxLength={40} autoComplete="off" aria-describedby={`${id}-hint ${id}-err`} />
      <p id={`${id}-hint`} className="text-sm text-[var(--muted)]">
        Leave it empty for a generated one. No account, no personal data: answers are deleted {info.retentionHours} hours after the session ends.
      </p>
      <button type="submit" className={`${primaryButton} min-h-12 text-base`} disabled={busy}>
        {busy ? 'Joining…' : 'Join'}
      </button>
      <p id={`${id}-err`} role="alert" className="min-h-6 font-semibold">
        {error}
      </p>
    </form>
  );
}
