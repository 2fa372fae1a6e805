'use client';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { DesignAction } from '@/lib/builder/design-actions';
import { describeAction } from '@/lib/builder/describe-action';
import { lastEvaluation } from '@/lib/builder/evaluate';
import type { Design, Scenario } from '@/lib/builder/model';
import { builderRecord, openSavedDesign, saveDesign } from '@/lib/builder/saved-designs';
import { BuilderStore } from '@/lib/builder/store';
import { getRecord } from '@/lib/storage/use-stored-record';

/** A notice about saved data, shown once above the builder. */
export type StorageNotice = { tone: 'warning' | 'error'; text: string } | null;

/**
 * One builder's store for one scenario (browser only: the workspace never renders on the
 * server). It opens the saved design, saves every change with the best score so far (merged
 * into what storage holds now, so other scenarios and other tabs are never overwritten), follows
 * other tabs' changes to this scenario, and announces what each change did.
 */
export function useBuilder(scenario: Scenario, announce: (message: string) => void) {
  const [{ store, notice, evaluate, record }] = useState(() => {
    // One evaluation per change, shared by the saver and the panel.
    const evaluate = lastEvaluation();
    const record = getRecord(builderRecord);
    const read = record.read();
    const opened = openSavedDesign(read.data, scenario);
    let notice: StorageNotice = null;
    if (read.status === 'corrupt') {
      notice = {
        tone: 'warning',
        text: read.backupKey
          ? `${read.message} A copy was kept in this browser under “${read.backupKey}”, and you start from an empty canvas.`
          : `${read.message} There was no room in the browser to keep a copy, so your next change replaces it. You start from an empty canvas.`,
      };
    }
    if (read.status === 'future') notice = { tone: 'error', text: `${read.message} Changes you make here will not be saved, so the newer data stays safe.` };
    if (opened.problem) notice = { tone: 'warning', text: opened.problem };
    const store = new BuilderStore(scenario, opened.design, (design, change) => {
      if (change.kind === 'received') return;
      const result = record.update((saved) => saveDesign(saved, design, evaluate(scenario, design).score));
      if (!result.ok) announce(result.message);
    });
    return { store, notice, evaluate, record };
  });
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);

  // Another tab saved: take its design for this scenario when it differs from the one shown.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== builderRecord.key && e.key !== null) return;
      record.reload();
      const read = record.read();
      if (read.status !== 'ok' || read.data.designs[scenario.id] === undefined) return;
      const theirs = openSavedDesign(read.data, scenario);
      if (theirs.problem || sameDesign(theirs.design, store.getState().present)) return;
      store.receive(theirs.design);
      announce('Updated with the changes you made in another tab.');
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [announce, record, scenario, store]);

  const dispatch = useCallback(
    (action: DesignAction) => {
      const before = store.getState().present;
      if (store.dispatch(action)) announce(describeAction(scenario, action, before, store.getState().present));
      else if (action.type === 'moveCapability' || action.type === 'dropCapability') announce('Nothing changed.');
    },
    [announce, scenario, store],
  );
  const undo = useCallback(() => announce(store.undo() ? 'Undone.' : 'Nothing to undo.'), [announce, store]);
  const redo = useCallback(() => announce(store.redo() ? 'Redone.' : 'Nothing to redo.'), [announce, store]);
  const evaluation = useMemo(() => evaluate(scenario, state.present), [evaluate, scenario, state.present]);

  return { design: state.present, canUndo: state.canUndo, canRedo: state.canRedo, dispatch, undo, redo, evaluation, notice };
}

function sameDesign(a: Design, b: Design): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
