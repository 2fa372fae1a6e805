'use client';
import { useEffect, useRef, useState } from 'react';
import { actions, type DesignAction } from '@/lib/builder/design-actions';
import type { Design, Scenario } from '@/lib/builder/model';
import { builderRecord, forgetKept, keepAside, keptDesign } from '@/lib/builder/saved-designs';
import { decodeDesign, payloadFromHash } from '@/lib/builder/share';
import { useStoredRecord } from '@/lib/storage/use-stored-record';
import { buttonClass } from './ui';

type Props = {
  scenario: Scenario;
  design: Design;
  dispatch: (action: DesignAction) => void;
  announce: (message: string) => void;
  onError: (message: string | null) => void;
};

const isBlank = (d: Design) => d.services.length === 0 && Object.keys(d.placement).length === 0 && Object.keys(d.modes).length === 0;

/**
 * A design from a share link (`#design=…`) never silently replaces the learner's own: when the
 * canvas holds work, the page asks first; opening it sets the learner's design aside in storage,
 * and one button swaps the two back and forth until the learner forgets the kept one.
 */
export function SharedDesign({ scenario, design, dispatch, announce, onError }: Props) {
  const [offer, setOffer] = useState<Design | null>(null);
  const [saved, record] = useStoredRecord(builderRecord);
  const kept = keptDesign(saved.data, scenario);
  const current = useRef(design);
  useEffect(() => {
    current.current = design;
  }, [design]);

  useEffect(() => {
    const payload = payloadFromHash(window.location.hash);
    if (payload === null) return;
    let live = true;
    void decodeDesign(scenario, payload).then((result) => {
      if (!live) return;
      if (!result.success) {
        clearHash();
        onError(result.error);
      } else if (isBlank(current.current)) {
        // Nothing of the learner's own on the canvas: nothing to ask about, the shared design opens.
        clearHash();
        dispatch(actions.replace(result.data));
        announce('Opened the design from the share link.');
      } else setOffer(result.data);
    });
    return () => {
      live = false;
    };
    // Only on first load: a later change to the callbacks must not re-open the link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const open = () => {
    if (!offer || !record) return;
    const result = record.update((s) => keepAside(s, design, 'own'));
    clearHash();
    setOffer(null);
    dispatch(actions.replace(offer));
    announce(
      result.ok
        ? 'Opened the shared design. Your own design is kept: “Switch to your own design” brings it back.'
        : 'Opened the shared design. Your own design is kept for this visit only, because the browser would not save it.',
    );
  };
  const decline = () => {
    clearHash();
    setOffer(null);
    announce('Kept your design. The shared one was not opened.');
  };
  const swap = () => {
    if (!kept || !record) return;
    record.update((s) => keepAside(s, design, kept.whose === 'own' ? 'shared' : 'own'));
    dispatch(actions.replace(kept.design));
    announce(kept.whose === 'own' ? 'Back to your own design. The shared one is kept.' : 'Switched to the shared design. Your own is kept.');
  };
  const forget = () => {
    record?.update((s) => forgetKept(s, scenario.id));
    announce('The kept design was removed.');
  };

  if (offer) {
    return (
      <section aria-label="Shared design" className="flex flex-wrap items-center gap-2 rounded-md border-2 border-[var(--accent)] bg-[var(--panel)] p-3 text-sm">
        <p className="min-w-0 flex-1 basis-72">
          This link holds a design someone shared for this scenario. Opening it puts it on the canvas in place of yours; your own design is kept, and one
          button brings it back.
        </p>
        <button type="button" className={`${buttonClass} border-[var(--accent)] font-semibold`} onClick={open}>
          Open the shared design
        </button>
        <button type="button" className={buttonClass} onClick={decline}>
          Keep my design
        </button>
      </section>
    );
  }
  if (!kept) return null;
  return (
    <section aria-label="Kept design" className="flex flex-wrap items-center gap-2 rounded-md border border-[var(--line)] bg-[var(--panel)] p-3 text-sm">
      <p className="min-w-0 flex-1 basis-72">
        {kept.whose === 'own' ? 'You are looking at a shared design. Your own design is kept.' : 'You are back on your own design. The shared design is kept.'}
      </p>
      <button type="button" className={`${buttonClass} border-[var(--accent)] font-semibold`} onClick={swap}>
        {kept.whose === 'own' ? 'Switch to your own design' : 'Switch to the shared design'}
      </button>
      <button type="button" className={buttonClass} onClick={forget}>
        {kept.whose === 'own' ? 'Forget my old design' : 'Forget the shared design'}
      </button>
    </section>
  );
}

function clearHash() {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
