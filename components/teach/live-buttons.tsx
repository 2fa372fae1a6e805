'use client';
import { useState } from 'react';
import { LIVE_TAB, liveHref, openLiveTab } from '@/components/live/live-tab';
import type { NotReadyProps } from './not-ready';

type Props = {
  slug: string;
  /** The current slide's question, `"<quiz-id>/<question-id>"`, or null when it carries none. */
  question: string | null;
  /** `aria-disabled` until hydrated (`useNotReady`): "Ask the room" needs the page's script. */
  waiting?: NotReadyProps;
};

/**
 * The presenter's way into the live class. Both go to one named tab (`LIVE_TAB`), so the
 * instructor keeps one live session however often they press: "Start live session" shows it,
 * "Ask the room" (on a poll slide) opens that slide's question in it, starting one if needed.
 */
export function LiveButtons({ slug, question, waiting }: Props) {
  return (
    <>
      <StartLiveLink slug={slug} />
      <AskTheRoom slug={slug} question={question} waiting={waiting} />
    </>
  );
}

/** "Start live session": shows the lesson's live session in the named live tab. */
export function StartLiveLink({ slug }: { slug: string }) {
  return (
    <a className="presenter-button" href={liveHref(slug)} target={LIVE_TAB}>
      Start live session
    </a>
  );
}

/** "Ask the room" on a slide that carries a question (nothing on other slides). */
export function AskTheRoom({ slug, question, waiting }: Props) {
  const [blocked, setBlocked] = useState(false);
  if (!question) return null;
  const href = liveHref(slug, question);
  return (
    <>
      <button type="button" className="presenter-button presenter-button-primary" {...waiting} onClick={() => setBlocked(!openLiveTab(href))}>
        Ask the room
      </button>
      {blocked ? (
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
