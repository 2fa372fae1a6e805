import { applyAction, type DesignAction } from './design-actions';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from './history';
import type { Design, Scenario } from './model';

/** What the store publishes: the design with its history. */
type BuilderState = History<Design> & { canUndo: boolean; canRedo: boolean };

/** Why the design changed, so the page can announce it and decide whether to save. */
export type Change = { kind: 'action'; action: DesignAction } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'received' };

/**
 * The builder's store: named actions in, snapshots out, undo and redo built in. Framework-free
 * (a `subscribe`/`getState` pair that `useSyncExternalStore` reads), so it is tested without React.
 */
export class BuilderStore {
  private state: BuilderState;
  private listeners = new Set<() => void>();

  constructor(
    readonly scenario: Scenario,
    initial: Design,
    private readonly onChange?: (design: Design, change: Change) => void,
  ) {
    this.state = withFlags(startHistory(initial));
  }

  getState = (): BuilderState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies an action; returns false when it changed nothing. */
  dispatch = (action: DesignAction): boolean => {
    const next = applyAction(this.state.present, action, this.scenario);
    return this.set(record(this.state, next), { kind: 'action', action });
  };

  /**
   * Takes a design saved elsewhere (another tab) as the new present, one undoable step, without
   * saving it back: it is already stored.
   */
  receive = (design: Design): boolean => this.set(record(this.state, design), { kind: 'received' });

  undo = (): boolean => this.set(undo(this.state), { kind: 'undo' });

  redo = (): boolean => this.set(redo(this.state), { kind: 'redo' });

  private set(history: History<Design>, change: Change): boolean {
    if (history.present === this.state.present) return false;
    this.state = withFlags(history);
    this.onChange?.(this.state.present, change);
    for (const l of this.listeners) l();
    return true;
  }
}

function withFlags(history: History<Design>): BuilderState {
  return { past: history.past, present: history.present, future: history.future, canUndo: canUndo(history), canRedo: canRedo(history) };
}
