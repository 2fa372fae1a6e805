'use client';
import './slide.css';
import './question-card.css';
import './controls.css';
import './presenter.css';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { FullscreenIcon } from './bar-icons';
import { BarMenu } from './bar-menu';
import { DeckContext } from './deck-context';
import { GotoDialog } from './goto-dialog';
import { AskTheRoom, StartLiveLink } from './live-buttons';
import { NotReadyCue, useNotReady } from './not-ready';
import { SlideView } from './slide-view';
import { StepButtons } from './step-buttons';
import { toggleFullscreen, usePresenterKeys } from './use-presenter-keys';
import { useDeck } from './use-deck';
import { useIdle } from './use-idle';
import { useReserve } from './use-reserve';

const noSubscribe = () => () => {};
/** Opened by the console as the audience window (`?audience=1`): slides only. */
const isAudienceWindow = () => new URLSearchParams(window.location.search).get('audience') === '1';

/** A slide as the audience sees it (no notes). */
type AudienceSlide = {
  title: string;
  section: string | null;
  content: ReactNode;
  /** A poll's question, `"<quiz-id>/<question-id>"`, for "Ask the room"; null on other slides. */
  question: string | null;
};

type Props = { slug: string; lessonTitle: string; slides: AudienceSlide[] };

/**
 * The slides on the projector. Alone, with a slim control bar; opened by the speaker console
 * (`?audience=1`), slides only, following the console. Keys work in both.
 */
export function Presenter({ slug, lessonTitle, slides }: Props) {
  const router = useRouter();
  const count = slides.length;
  const { state, ready, act } = useDeck(slug, count, 'audience');
  const audience = useSyncExternalStore(noSubscribe, isAudienceWindow, () => false);
  const [goto, setGoto] = useState(false);
  const idle = useIdle();
  const waiting = useNotReady();
  const { host, bar } = useReserve<HTMLElement, HTMLElement>('--presenter-bar');

  const slide = slides[state.slide]!;
  const exit = () => router.push(`/lessons/${slug}${slide.section ? `#${slide.section}` : ''}`);
  usePresenterKeys((command) => {
    if (command.type === 'fullscreen') toggleFullscreen();
    else if (command.type === 'goto-dialog') setGoto(true);
    else if (command.type === 'exit') exit();
    else act(command);
  });

  const context = useMemo(
    () => ({ isRevealed: (i: number) => state.revealed.includes(i), reveal: (i: number) => act({ type: 'reveal', slide: i }), controls: !audience }),
    [state.revealed, act, audience],
  );

  return (
    <main ref={host} id="main" className="presenter" data-ready={ready || undefined} data-audience={audience || undefined} data-idle={(idle && !goto) || undefined}>
      <h1 className="sr-only">{lessonTitle}: slides</h1>
      <DeckContext.Provider value={context}>
        <SlideView index={state.slide} count={count} title={slide.title} blank={state.blank}>
          {slide.content}
        </SlideView>
      </DeckContext.Provider>
      <p role="status" className="sr-only">
        {state.blank ? 'The screen is blank. Press B to show the slide again.' : ''}
      </p>
      <footer ref={bar} className="presenter-bar" data-blank={state.blank || undefined}>
        <p className="presenter-counter" aria-live="polite">
          Slide {state.slide + 1} of {count}
        </p>
        {audience ? null : (
          <nav aria-label="Presentation" className="presenter-controls">
            <StepButtons compact state={state} count={count} act={act} onGoto={() => setGoto(true)} waiting={waiting} />
            <button type="button" className="presenter-button presenter-icon-button" title="Full screen (F)" {...waiting} onClick={toggleFullscreen} aria-keyshortcuts="F">
              <FullscreenIcon />
              <span className="sr-only">Full screen</span>
            </button>
            <AskTheRoom slug={slug} question={slide.question} waiting={waiting} />
            <BarMenu label="More">
              {[
                <Link key="console" className="presenter-button" href={`/lessons/${slug}/present/console?slide=${state.slide + 1}`}>
                  Speaker console
                </Link>,
                <StartLiveLink key="live" slug={slug} />,
                <Link key="lesson" className="presenter-button" href={`/lessons/${slug}${slide.section ? `#${slide.section}` : ''}`} aria-keyshortcuts="Escape">
                  Back to the lesson
                </Link>,
              ]}
            </BarMenu>
            <NotReadyCue waiting={waiting} />
          </nav>
        )}
      </footer>
      <GotoDialog open={goto} count={count} current={state.slide} titles={slides.map((s) => s.title)} onGo={(n) => act({ type: 'go', slide: n })} onClose={() => setGoto(false)} />
    </main>
  );
}
