'use client';
import { actions, nextServiceId, type DesignAction } from '@/lib/builder/design-actions';
import type { Design } from '@/lib/builder/model';
import { buttonClass } from './ui';

type Props = {
  design: Design;
  dispatch: (action: DesignAction) => void;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
  onZoomToFit?: () => void;
};

/** Editing commands. Undo and redo also answer Ctrl+Z and Ctrl+Shift+Z (see the workspace). */
export function Toolbar({ design, dispatch, canUndo, canRedo, undo, redo, onZoomToFit }: Props) {
  return (
    <>
      <button type="button" className={buttonClass} onClick={() => dispatch(actions.createService(nextServiceId(design)))}>
        New service
      </button>
      <button type="button" className={buttonClass} onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" className={buttonClass} onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        Redo
      </button>
      <button type="button" className={buttonClass} onClick={() => {
          dispatch(actions.tidy());
          // Refit once the canvas has drawn the tidied positions (the next frames), so the whole design shows.
          if (onZoomToFit) requestAnimationFrame(() => requestAnimationFrame(onZoomToFit));
        }}
        disabled={design.services.length === 0}
      >
        Tidy layout
      </button>
      {onZoomToFit ? (
        <button type="button" className={buttonClass} onClick={onZoomToFit}>
          Zoom to fit
        </button>
      ) : null}
      <button
        type="button"
        className={buttonClass}
        onClick={() => dispatch(actions.reset())}
        title="Every capability goes back to the palette (Undo brings the design back)"
      >
        Reset
      </button>
    </>
  );
}
