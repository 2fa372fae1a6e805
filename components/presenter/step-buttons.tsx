import type { DeckAction, DeckState } from '@/lib/presenter/deck-state';
import type { NotReadyProps } from './not-ready';

type Props = {
  state: DeckState;
  count: number;
  act: (action: DeckAction) => void;
  onGoto: () => void;
  /** Extra attributes for every button, e.g. `aria-disabled` until hydrated (`useNotReady`). */
  waiting?: NotReadyProps;
};

/** Previous, Next, Go to and Blank: the controls the presenter view and the speaker console share. */
export function StepButtons({ state, count, act, onGoto, waiting }: Props) {
  return (
    <>
      <button type="button" className="presenter-button" {...waiting} onClick={() => act({ type: 'prev' })} disabled={state.slide === 0}>
        Previous slide
      </button>
      <button type="button" className="presenter-button" {...waiting} onClick={() => act({ type: 'next' })} disabled={state.slide === count - 1}>
        Next slide
      </button>
      <button type="button" className="presenter-button" {...waiting} onClick={onGoto} aria-keyshortcuts="G">
        Go to slide
      </button>
      <button type="button" className="presenter-button" {...waiting} aria-pressed={state.blank} onClick={() => act({ type: 'blank' })} aria-keyshortcuts="B">
        Blank screen
      </button>
    </>
  );
}
