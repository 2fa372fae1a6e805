'use client';
import './slide.css';
import './question-card.css';
import './controls.css';
import './console.css';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { DeckContext } from './deck-context';
import { GotoDialog } from './goto-dialog';
import { LiveButtons } from './live-buttons';
import { NotReadyCue, useNotReady } from './not-ready';
import { SessionTimer } from './session-timer';
import { SlideView } from './slide-view';
import { StepButtons } from './step-buttons';
import { toggleFullscreen, usePresenterKeys } from './use-presenter-keys';
import { useDeck } from './use-deck';

/** A slide as the console receives it: with its notes. */
type ConsoleSlide = { title: string; section: string | null; content: ReactNode; notes: ReactNode | null; question: string | null };

type Props = { slug: string; lessonTitle: string; slides: ConsoleSlide[]; budgetMinutes: number | null };

/**
 * The speaker console: the current slide, the next one, the notes and the clock, with the
 * audience window one button away. It leads; every audience window of this lesson follows.
 */
export function SpeakerConsole({ slug, lessonTitle, slides, budgetMinutes }: Props) {
  const router = useRouter();
  const ids = useId();
  const count = slides.length;
  const { state, ready, act } = useDeck(slug, count, 'console');
  const [goto, setGoto] = useState(false);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const waiting = useNotReady();
  const slide = slides[state.slide]!;
  const next = slides[state.slide + 1];
  const lessonHref = `/lessons/${slug}${slide.section ? `#${slide.section}` : ''}`;

  usePresenterKeys((command) => {
    if (command.type === 'fullscreen') toggleFullscreen();
    else if (command.type === 'goto-dialog') setGoto(true);
    else if (command.type === 'exit') router.push(lessonHref);
    else act(command);
  });

  const openAudience = () => {
    const win = window.open(`/lessons/${slug}/present?audience=1&slide=${state.slide + 1}`, `sb-audience-${slug}`, 'popup,width=1280,height=720');
    setPopupBlocked(win === null);
  };

  const context = useMemo(
    () => ({ isRevealed: (i: number) => state.revealed.includes(i), reveal: (i: number) => act({ type: 'reveal', slide: i }), controls: true }),
    [state.revealed, act],
  );
  const previewContext = useMemo(() => ({ ...context, controls: false }), [context]);

  return (
    <main id="main" className="console" data-ready={ready || undefined}>
      <header className="console-header">
        <h1>
          <span className="console-kicker">Speaker console</span> {lessonTitle}
        </h1>
        <p className="presenter-counter" aria-live="polite">
          Slide {state.slide + 1} of {count}
          {state.blank ? ' · screen blank' : ''}
        </p>
        <SessionTimer slug={slug} budgetMinutes={budgetMinutes} />
      </header>
      <nav aria-label="Presentation" className="presenter-controls console-controls">
        <button type="button" className="presenter-button presenter-button-primary" {...waiting} onClick={openAudience}>
          Open audience window
        </button>
        <StepButtons state={state} count={count} act={act} onGoto={() => setGoto(true)} waiting={waiting} />
        <LiveButtons slug={slug} question={slide.question} waiting={waiting} />
        <Link className="presenter-button" href={lessonHref} aria-keyshortcuts="Escape">
          Back to the lesson
        </Link>
        <NotReadyCue waiting={waiting} />
      </nav>
      {popupBlocked ? (
        <p role="alert" className="console-alert">
          The browser blocked the audience window. Allow pop-ups for this site, or open{' '}
          <a href={`/lessons/${slug}/present?audience=1`} target="_blank" rel="noopener">
            the audience view
          </a>{' '}
          in a new window yourself: it follows this console either way.
        </p>
      ) : null}
      <div className="console-grid">
        <section aria-labelledby={`${ids}-now`} className="console-current">
          <h2 id={`${ids}-now`} className="console-label">
            Now: {slide.title}
          </h2>
          <DeckContext.Provider value={context}>
            <SlideView index={state.slide} count={count} title={slide.title} blank={state.blank}>
              {slide.content}
            </SlideView>
          </DeckContext.Provider>
        </section>
        <div className="console-side">
          <section aria-labelledby={`${ids}-next`} className="console-next">
            <h2 id={`${ids}-next`} className="console-label">
              {next ? `Next: ${next.title}` : 'Next: end of the lesson'}
            </h2>
            {next ? (
              <DeckContext.Provider value={previewContext}>
                <SlideView index={state.slide + 1} count={count} title={next.title} preview>
                  {next.content}
                </SlideView>
              </DeckContext.Provider>
            ) : (
              <p className="console-empty">This is the last slide.</p>
            )}
          </section>
          <section aria-labelledby={`${ids}-notes`} className="console-notes" tabIndex={0}>
            <h2 id={`${ids}-notes`} className="console-label">
              Speaker notes
            </h2>
            <div className="prose prose-slate dark:prose-invert max-w-none">{slide.notes ?? <p className="console-empty">No notes for this slide.</p>}</div>
          </section>
        </div>
      </div>
      <GotoDialog open={goto} count={count} current={state.slide} titles={slides.map((s) => s.title)} onGo={(n) => act({ type: 'go', slide: n })} onClose={() => setGoto(false)} />
    </main>
  );
}
