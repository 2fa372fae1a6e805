'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { deckReducer, slideFromUrl, startDeck, urlWithSlide, type DeckAction, type DeckState } from '@/lib/teach/deck-state';
import { channelName, readMessage, respond, type SyncMessage, type SyncRole } from '@/lib/teach/sync';

/**
 * A presentation's state in one window: read from the URL on load (`?slide=N`), written back to
 * it on every move (a reload or a shared link keeps the place), and kept in step with the
 * lesson's other windows over a BroadcastChannel (`lib/teach/sync.ts`).
 */
export function useDeck(slug: string, count: number, role: SyncRole) {
  const reduce = useMemo(() => deckReducer(count), [count]);
  const [state, setState] = useState<DeckState>(startDeck);
  const [ready, setReady] = useState(false);
  const current = useRef(state);
  const channel = useRef<BroadcastChannel | null>(null);

  const apply = useCallback((next: DeckState) => {
    current.current = next;
    setState(next);
  }, []);

  const act = useCallback(
    (action: DeckAction) => {
      const next = reduce(current.current, action);
      if (next === current.current) return;
      apply(next);
      channel.current?.postMessage({ type: 'state', from: role, state: next } satisfies SyncMessage);
    },
    [reduce, apply, role],
  );

  useEffect(() => {
    const initial = startDeck(slideFromUrl(window.location.search, window.location.hash, count));
    // The URL is only known after hydration (the page is static); adopting it here is the sync.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    apply(initial);
    setReady(true);
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(channelName(slug));
    channel.current = ch;
    const send = (message: SyncMessage) => ch.postMessage(message);
    ch.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (!message) return;
      const reply = respond(role, current.current, message);
      if (reply && 'adopt' in reply) apply(reduce(current.current, { type: 'replace', state: reply.adopt }));
      else if (reply) send(reply.answer);
    };
    // The console leads from wherever it (re)loaded; a follower asks where the console is.
    if (role === 'console') send({ type: 'state', from: 'console', state: initial });
    else send({ type: 'hello', from: 'audience' });
    // A hidden or minimised window may have been throttled: ask again when it is seen.
    const resync = () => {
      if (role === 'audience' && document.visibilityState === 'visible') send({ type: 'hello', from: 'audience' });
    };
    document.addEventListener('visibilitychange', resync);
    window.addEventListener('pageshow', resync);
    window.addEventListener('focus', resync);
    return () => {
      document.removeEventListener('visibilitychange', resync);
      window.removeEventListener('pageshow', resync);
      window.removeEventListener('focus', resync);
      ch.close();
      channel.current = null;
    };
  }, [slug, count, role, reduce, apply]);

  useEffect(() => {
    if (ready) window.history.replaceState(null, '', urlWithSlide(window.location.href, state.slide));
  }, [ready, state.slide]);

  return { state, ready, act };
}
