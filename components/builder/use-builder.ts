'use client';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { DesignAction } from '@/lib/builder/design-actions';
import { describeAction } from '@/lib/builder/describe-action';
import { lastEvaluation } from '@/lib/builder/evaluate';
import type { Scenario } from '@/lib/builder/model';
import { builderRecord, openSavedDesign, saveDesign } from '@/lib/builder/saved-designs';
import { BuilderStore } from '@/lib/builder/store';
import { getRecord } from '@/lib/storage/use-stored-record';

/** A notice about saved data, shown once above the builder. */
export type StorageNotice = { tone: 'warning' | 'error'; text: string } | null;

/**
 * One builder's store for one scenario (browser only: the workspace never renders on the
 * server). It opens the saved design, saves every change with the best score so far, and
 * announces what each change did.
 */
export function useBuilder(scenario: Scenario, announce: (message: string) => void) {
  const [{ store, notice, evaluate }] = useState(() => {
    // One evaluation per change, shared by the saver and the panel.
    const evaluate = lastEvaluation();
    const record = getRecord(builderRecord);
    const read = record.read();
    const opened = openSavedDesign(read.data, scenario);
    let notice: StorageNotice = null;
    if (read.status === 'corrupt') notice = { tone: 'warning', text: `${read.message} It was kept aside, and you start from an empty canvas.` };
    if (read.status === 'future') notice = { tone: 'error', text: `${read.message} Changes you make here will not be saved.` };
    if (opened.problem) notice = { tone: 'warning', text: opened.problem };
    const store = new BuilderStore(scenario, opened.design, (design) => {
      const result = record.update((saved) => saveDesign(saved, design, evaluate(scenario, design).score));
      if (!result.ok) announce(result.message);
    });
    return { store, notice, evaluate };
  });
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);

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
