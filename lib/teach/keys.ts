import type { DeckAction } from './deck-state';

/** What a key does in the presenter; `null` leaves the key to the browser. */
export type KeyCommand = DeckAction | { type: 'fullscreen' } | { type: 'goto-dialog' } | { type: 'exit' };

/** The key event fields the mapping reads (a KeyboardEvent has them all). */
export type KeyInput = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: { tagName?: string; isContentEditable?: boolean } | null };

const CONTROLS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

/**
 * → / Space / PageDown: next; ← / PageUp: previous (a presentation clicker sends PageUp and
 * PageDown); Home / End; F: full screen; B or "." (the clicker's blank key): blank screen;
 * G: go to a slide; Esc: back to the lesson. Typing in a field is never taken over, and Space
 * on a focused button presses the button.
 */
export function keyCommand(e: KeyInput): KeyCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const tag = e.target?.tagName?.toUpperCase() ?? '';
  if (CONTROLS.has(tag) || e.target?.isContentEditable) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return PRESSABLE.has(tag) ? null : { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'g':
    case 'G':
      return { type: 'goto-dialog' };
    case 'Escape':
      return { type: 'exit' };
    default:
      return null;
  }
}
