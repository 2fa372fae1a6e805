'use client';
import { useEffect, useRef, useState } from 'react';
import type { BuilderRoundSummary } from '@/lib/live/cohort/round-summary';
import { api } from '../api';

/** The host's view of a builder round: the class picture and the submissions in order (ids and scores, no designs). */
export type HostRoundSummary = { summary: BuilderRoundSummary; submissions: { participant: string; score: number }[] };

/**
 * Keeps the class picture current on the projector: refetches whenever `version` changes (every
 * room event, so each coalesced tally), with at most one request in flight and one queued behind it.
 */
export function useRoundSummary(code: string, roundId: string, version: number) {
  const [data, setData] = useState<HostRoundSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  // The newest effect's load: a request queued behind one from an older effect must run as the
  // newest (the older one's result is dropped), or the last change never reaches the screen.
  const latest = useRef<() => void>(() => {});

  useEffect(() => {
    let live = true;
    const load = async () => {
      if (inFlight.current) {
        again.current = true;
        return;
      }
      inFlight.current = true;
      const r = await api<HostRoundSummary>(`/sessions/${code}/rounds/${roundId}/summary`);
      inFlight.current = false;
      if (live) {
        if (r.ok) {
          setData(r.data);
          setError(null);
        } else setError(r.message);
      }
      if (again.current) {
        again.current = false;
        latest.current();
      }
    };
    latest.current = () => void load();
    void load();
    return () => {
      live = false;
    };
  }, [code, roundId, version]);

  return { data, error };
}
