'use client';
import { useState } from 'react';
import type { Design, Scenario } from '@/lib/builder/model';
import { builderRecord, openSavedDesign } from '@/lib/builder/saved-designs';
import { useStoredRecord } from '@/lib/storage/use-stored-record';
import { api } from '../api';

type Props = {
  code: string;
  roundId: string;
  scenario: Scenario;
  /** The cut the server holds for this learner, if any. */
  submitted: Design | null;
  /** The score the server gave it (after the reveal only; before, the learner sees their own evaluation). */
  open: boolean;
};

/** The design to send: what scoring needs, without canvas positions (they are layout only). */
function designToSubmit(design: Design): Design {
  return { scenarioId: design.scenarioId, services: design.services, placement: design.placement, modes: design.modes };
}

const same = (a: Design | null, b: Design) => a !== null && JSON.stringify(designToSubmit(a)) === JSON.stringify(designToSubmit(b));

/**
 * "Submit my cut": sends the design the builder on this page holds (it lives in this browser's
 * saved designs, where the builder writes every change), says whether the server has the latest
 * version, and shows the server's refusal in words when it refuses.
 */
export function SubmitCut({ code, roundId, scenario, submitted: fromServer, open }: Props) {
  const [saved] = useStoredRecord(builderRecord);
  const design = openSavedDesign(saved.data, scenario).design;
  const [state, setState] = useState<{ busy: boolean; error: string | null; done: string | null }>({ busy: false, error: null, done: null });
  // What this page last sent wins over the view from the server, which only learns of it on the next sync.
  const [sent, setSent] = useState<Design | null>(null);
  const submitted = sent ?? fromServer;
  const placed = Object.keys(design.placement).length;
  const upToDate = same(submitted, design);

  const submit = async () => {
    setState({ busy: true, error: null, done: null });
    const body = designToSubmit(design);
    const r = await api<{ accepted: true; changed: boolean }>(`/sessions/${code}/rounds/${roundId}/responses`, { method: 'POST', body: { response: body } });
    if (r.ok) setSent(body);
    if (r.ok) setState({ busy: false, error: null, done: submitted ? 'Your new cut replaced the earlier one.' : 'Your cut is in. You can change it and submit again until the round closes.' });
    else setState({ busy: false, error: r.message, done: null });
  };

  if (!open) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-[var(--line)] bg-[var(--panel)] p-3">
      <button
        type="button"
        onClick={submit}
        disabled={state.busy || placed === 0}
        className="min-h-11 rounded-md bg-[var(--accent)] px-4 font-semibold text-[var(--accent-ink)] disabled:opacity-60"
      >
        {submitted ? 'Submit my cut again' : 'Submit my cut'}
      </button>
      <p role="status" className="text-sm">
        {state.busy
          ? 'Sending…'
          : state.done && upToDate
            ? state.done
            : placed === 0
              ? 'Place capabilities into services, then submit.'
              : submitted
                ? upToDate
                  ? 'The instructor has your latest cut.'
                  : 'You changed your cut since you submitted it: submit again to replace it.'
                : 'Not submitted yet.'}
      </p>
      <p role="alert" className={state.error ? 'w-full rounded-md border-2 border-[#b4234a] p-2 text-sm dark:border-[#ff8fa8]' : 'sr-only'}>
        {state.error ? `Not submitted: ${state.error}` : ''}
      </p>
    </div>
  );
}
