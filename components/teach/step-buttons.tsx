import type { ReactNode } from 'react';
import type { DeckAction, DeckState } from '@/lib/teach/deck-state';
import { BlankIcon, GotoIcon, NextIcon, PreviousIcon } from './bar-icons';
import type { NotReadyProps } from './not-ready';

type Props = {
  state: DeckState;
  count: number;
  act: (action: DeckAction) => void;
  onGoto: () => void;
  /** Icons with the label as their accessible name and tooltip (the presenter's one-row bar); words otherwise (the console). */
  compact?: boolean;
  /** Extra attributes for every button, e.g. `aria-disabled` until hydrated (`useNotReady`). */
  waiting?: NotReadyProps;
};

/** Previous, Next, Go to and Blank: the controls the presenter view and the speaker console share. */
export function StepButtons({ state, count, act, onGoto, compact = false, waiting }: Props) {
  const label = (icon: ReactNode, text: string) =>
    compact ? (
      <>
        {icon}
        <span className="sr-only">{text}</span>
      </>
    ) : (
      text
    );
  const className = compact ? 'presenter-button presenter-icon-button' : 'presenter-button';
  const tip = (text: string, key?: string) => (compact ? `${text}${key ? ` (${key})` : ''}` : undefined);
  return (
    <>
      <button type="button" className={className} {...waiting} title={tip('Previous slide', '←')} onClick={() => act({ type: 'prev' })} disabled={state.slide === 0}>
        {label(<PreviousIcon />, 'Previous slide')}
      </button>
      <button type="button" className={className} {...waiting} title={tip('Next slide', '→')} onClick={() => act({ type: 'next' })} disabled={state.slide === count - 1}>
        {label(<NextIcon />, 'Next slide')}
      </button>
      <button type="button" className={className} {...waiting} title={tip('Go to slide', 'G')} onClick={onGoto} aria-keyshortcuts="G">
        {label(<GotoIcon />, 'Go to slide')}
      </button>
      <button type="button" className={className} {...waiting} title={tip('Blank screen', 'B')} aria-pressed={state.blank} onClick={() => act({ type: 'blank' })} aria-keyshortcuts="B">
        {label(<BlankIcon />, 'Blank screen')}
      </button>
    </>
  );
}
