'use client';
import { useEffect, useRef, useState } from 'react';
import type { RoomView } from '@/lib/live/view';
import { api } from '../api';
import { rememberedHostSession } from '../live-tab';
import { StartSession } from './start-session';

type Props = {
  /** The slide's question, `"<quiz-id>/<question-id>"`; null to only find the tab's running session. */
  question: string | null;
  /** The session it is open in, and a message when it could not be opened. */
  onDone: (code: string, problem: string | null) => void;
};

/** The tab's session, when it is still running and this browser holds its host token. */
async function runningSession(): Promise<RoomView | null> {
  const code = rememberedHostSession();
  if (!code) return null;
  const r = await api<RoomView>(`/sessions/${code}`);
  return r.ok && r.data.role === 'host' && !r.data.ended ? r.data : null;
}

/**
 * The live tab arriving without a code (live-tab.ts). From "Ask the room" (`/teach/live?ask=…`)
 * the slide's question opens in this tab's running session, or in a new one when none is
 * running (a server that wants a host key gets the start form first). From "Start live
 * session" the tab goes back to its running session, or shows the start form.
 */
export function AskTheRoom({ question, onDone }: Props) {
  const [needsStart, setNeedsStart] = useState(false);
  const [problem, setProblem] = useState('');
  const once = useRef(false);

  async function ask(code: string, current: RoomView | null) {
    if (!question) return onDone(code, null);
    const round = current?.round;
    // Pressed again while that question is still open: leave it open, answers and all.
    if (round && round.ref === question && round.status === 'open') return onDone(code, null);
    const r = await api(`/sessions/${code}/rounds`, { method: 'POST', body: { question } });
    onDone(code, r.ok ? null : r.message);
  }

  useEffect(() => {
    if (once.current) return;
    once.current = true;
    void (async () => {
      const running = await runningSession();
      if (running) return ask(running.code, running);
      if (!question) return setNeedsStart(true);
      const created = await api<{ code: string }>('/sessions', { method: 'POST', body: {} });
      if (created.ok) return ask(created.data.code, null);
      if (created.error === 'host-key') setNeedsStart(true);
      else setProblem(created.message);
    })();
    // Runs once per arrival: the question comes from the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (needsStart) return <StartSession onStarted={(code) => void ask(code, null)} />;
  if (problem) return <p role="alert">{problem}</p>;
  return <p role="status">{question ? 'Opening the question for the room…' : 'Looking for this tab’s live session…'}</p>;
}
