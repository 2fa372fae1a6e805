'use client';
import { useState } from 'react';
import { LIVE_TAB, liveHref, openLiveTab } from '@/components/live/live-tab';

type Props = {
  slug: string;
  /** The current slide's question, `"<quiz-id>/<question-id>"`, or null when it carries none. */
  question: string | null;
};

/**
 * The presenter's way into the live class. Both go to one named tab (`LIVE_TAB`), so the
 * instructor keeps one live session however often they press: "Start live session" shows it,
 * "Ask the room" (on a poll slide) opens that slide's question in it, starting one if needed.
 */
export function LiveButtons({ slug, question }: Props) {
  const [blocked, setBlocked] = useState(false);
  const href = liveHref(slug, question ?? undefined);
  return (
    <>
      <a className="presenter-button" href={liveHref(slug)} target={LIVE_TAB}>
        Start live session
      </a>
      {question ? (
        <button type="button" className="presenter-button presenter-button-primary" onClick={() => setBlocked(!openLiveTab(href))}>
          Ask the room
        </button>
      ) : null}
      {blocked && question ? (
        <p role="alert" className="presenter-counter">
          The browser blocked the live tab.{' '}
          <a href={href} target={LIVE_TAB}>
            Ask the room
          </a>{' '}
          from here instead.
        </p>
      ) : null}
    </>
  );
}
