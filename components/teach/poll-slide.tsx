'use client';
import { useEffect, useRef, useState } from 'react';
import type { Question } from '@/lib/quiz/schema';
import { useDeckContext } from './deck-context';
import { QuestionCard } from './question-card';

type Props = {
  question: Question;
  /** Where it comes from, e.g. `"Quiz: Migration strategies · question 2 of 6"`. */
  source: string;
  /** Its index in the deck, so the reveal travels to the audience window; absent on the poll page. */
  slide?: number;
};

/**
 * A class poll: one question alone, large, with "Reveal answer" for the instructor. In a deck the
 * reveal is part of the presentation's state (so the audience window shows it too); on the poll
 * page it is local.
 */
export function PollSlide({ question, source, slide }: Props) {
  const deck = useDeckContext();
  const [local, setLocal] = useState(false);
  const inDeck = deck !== null && slide !== undefined;
  const revealed = inDeck ? deck.isRevealed(slide) : local;
  const controls = inDeck ? deck.controls : true;
  const box = useRef<HTMLDivElement>(null);
  const [clicked, setClicked] = useState(false);
  // The button goes away once pressed: focus moves to the answer it revealed.
  useEffect(() => {
    if (clicked && revealed) box.current?.querySelector<HTMLElement>('.question-answer')?.focus();
  }, [clicked, revealed]);
  // Every window (the audience's too) brings the answer into view should the slide still scroll.
  useEffect(() => {
    if (revealed) box.current?.querySelector<HTMLElement>('.question-answer')?.scrollIntoView({ block: 'nearest' });
  }, [revealed]);
  const onReveal = () => {
    setClicked(true);
    if (inDeck) deck.reveal(slide);
    else setLocal(true);
  };
  return (
    <div className="poll" ref={box}>
      <p className="poll-source">{source}</p>
      <QuestionCard question={question} answer={revealed} />
      {controls && !revealed ? (
        <button type="button" className="presenter-button poll-reveal" onClick={onReveal}>
          Reveal answer
        </button>
      ) : null}
      <p role="status" className="sr-only">
        {revealed ? 'Answer revealed.' : ''}
      </p>
    </div>
  );
}
