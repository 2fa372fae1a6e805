'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyEvent, type RoomView } from '@/lib/live/view';
import { api } from './api';

export type Connection = 'connecting' | 'live' | 'reconnecting';
type RoomState = { view: RoomView | null; connection: Connection; error: { status: number; message: string } | null; clockOffset: number };

const EVENT_TYPES = ['participant-joined', 'participant-removed', 'session-locked', 'round-opened', 'tally', 'round-closed', 'round-revealed', 'session-ended'];

/**
 * One session's live view for a screen: one EventSource per page (closed on unmount), the
 * state from its first message, each event applied with the shared reducer. It reconnects by
 * itself (the browser resends `Last-Event-ID`; after a hard failure a fresh stream starts), and
 * re-reads the whole view when the tab becomes visible again (background tabs are throttled).
 */
export function useLiveRoom(code: string | null, as?: 'participant', extraEvents: string[] = []) {
  const [state, setState] = useState<RoomState>({ view: null, connection: 'connecting', error: null, clockOffset: 0 });
  const source = useRef<EventSource | null>(null);
  const extra = extraEvents.join(',');

  const resync = useCallback(async (): Promise<number> => {
    if (!code) return 0;
    const r = await api<RoomView>(`/sessions/${code}${as ? '?as=participant' : ''}`);
    if (r.ok && 'role' in r.data) {
      const v = r.data;
      setState((s) => ({ ...s, view: s.view && s.view.seq > v.seq ? s.view : v, clockOffset: v.serverNow - Date.now(), error: null }));
      return 200;
    }
    if (!r.ok && r.status !== 0) setState((s) => ({ ...s, error: { status: r.status, message: r.message } }));
    return r.ok ? 200 : r.status;
  }, [code, as]);

  useEffect(() => {
    if (!code) return;
    let stopped = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      if (stopped) return;
      const es = new EventSource(`/api/live/sessions/${code}/events${as ? '?as=participant' : ''}`);
      source.current = es;
      es.addEventListener('open', () => setState((s) => ({ ...s, connection: 'live' })));
      es.addEventListener('state', (e) => {
        const v = JSON.parse((e as MessageEvent).data) as RoomView;
        setState((s) => ({ ...s, view: v, connection: 'live', error: null, clockOffset: v.serverNow - Date.now() }));
      });
      for (const type of [...EVENT_TYPES, ...extra.split(',').filter(Boolean)]) {
        es.addEventListener(type, (e) => {
          const m = e as MessageEvent;
          const event = { seq: Number(m.lastEventId), type, data: JSON.parse(m.data) as Record<string, unknown> };
          setState((s) => (s.view ? { ...s, view: applyEvent(s.view, event) } : s));
        });
      }
      es.addEventListener('error', () => {
        setState((s) => ({ ...s, connection: 'reconnecting' }));
        if (es.readyState === EventSource.CLOSED) {
          // The server refused the stream (restarting, or we are no longer allowed): find out why, then retry.
          es.close();
          void resync().then((status) => {
            // Not allowed (removed, never joined, no such session, ended): retrying cannot help.
            if (status >= 400 && status < 500 && status !== 429) return;
            retryTimer = setTimeout(open, 2000);
          });
        }
      });
    };
    open();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void resync();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source.current?.close();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
    };
  }, [code, as, extra, resync]);

  return { ...state, resync };
}

/** Milliseconds left until a server deadline, by the server's clock; updates 4 times a second. */
export function useCountdown(deadline: number | null | undefined, clockOffset: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!deadline) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [deadline]);
  if (!deadline) return null;
  return Math.max(0, deadline - (now + clockOffset));
}
