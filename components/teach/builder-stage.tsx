'use client';
import '@/components/teach/controls.css';
import './builder-stage.css';
import Link from 'next/link';
import { useId, useState } from 'react';
import { BuilderEditor } from '@/components/builder/builder-editor';
import type { Scenario } from '@/lib/builder/model';
import { SHARE_PARAM } from '@/lib/builder/share';
import { readPastedLink } from '@/lib/teach/share-link';
import { toggleFullscreen } from '@/components/teach/use-presenter-keys';
import { ReferencePanel } from './reference-panel';

type Props = { scenario: Scenario };

/**
 * The builder on the big screen: the scenario (or a learner's design from a pasted share link)
 * beside a reference design, full screen for discussion. The builder itself is the site's own
 * (`components/builder/`): a pasted link is handed to it through the URL fragment, the same way
 * opening the link would, so it is validated by the same code.
 */
export function BuilderStage({ scenario }: Props) {
  const id = useId();
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<{ text: string; scenario?: string; payload?: string } | null>(null);
  const [opened, setOpened] = useState(0);
  const [showReference, setShowReference] = useState(true);

  const open = (e: React.FormEvent) => {
    e.preventDefault();
    const result = readPastedLink(link, scenario.id);
    if (result.kind === 'invalid') return setProblem({ text: result.message });
    if (result.kind === 'other-scenario') {
      return setProblem({ text: `That link is a design for another scenario (${result.scenario}).`, scenario: result.scenario, payload: result.payload });
    }
    setProblem(null);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${SHARE_PARAM}=${result.payload}`);
    // A fresh builder reads the fragment on load, checks it and opens the design (undo returns to the previous one).
    setOpened((n) => n + 1);
    setLink('');
  };

  return (
    <div className="builder-stage">
      <div className="builder-stage-bar">
        <form onSubmit={open} className="builder-stage-form">
          <label htmlFor={`${id}-link`} className="block text-sm font-semibold">
            Learner&apos;s share link
          </label>
          <div className="flex gap-2">
            <input
              id={`${id}-link`}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://…/builder/…#design=…"
              value={link}
              onChange={(e) => setLink(e.target.value)}
              aria-describedby={`${id}-problem`}
              aria-invalid={problem ? true : undefined}
              className="builder-stage-input"
            />
            <button type="submit" className="presenter-button">
              Open design
            </button>
          </div>
        </form>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="presenter-button" aria-pressed={showReference} onClick={() => setShowReference((s) => !s)}>
            Reference design
          </button>
          <button type="button" className="presenter-button" onClick={toggleFullscreen}>
            Full screen
          </button>
        </div>
      </div>
      <div id={`${id}-problem`} role="alert" className={problem ? 'console-alert' : 'sr-only'}>
        {problem?.text}{' '}
        {problem?.scenario ? (
          <Link className="underline" href={`/teach/builder/${problem.scenario}#${SHARE_PARAM}=${problem.payload}`}>
            Open it with its own scenario
          </Link>
        ) : null}
      </div>
      <div className={`builder-stage-grid ${showReference ? 'with-reference' : ''}`}>
        <div className="flex min-h-0 min-w-0 flex-col">
          <BuilderEditor key={opened} scenario={scenario} />
        </div>
        {showReference ? (
          <div className="builder-stage-reference">
            <ReferencePanel scenario={scenario} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
