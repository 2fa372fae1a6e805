'use client';
import { useState } from 'react';
import type { Design } from '@/lib/builder/model';
import type { BuilderRoundContent } from '@/lib/live/builder-round';
import type { PublicRound } from '@/lib/live/room';
import type { RoomView } from '@/lib/live/view';
import { api } from '../api';
import { BuilderRoundBoard } from '../cohort/builder-round-board';
import { SubmissionView } from '../cohort/submission-view';
import { useRoundSummary } from './use-round-summary';

type Props = { code: string; round: PublicRound; view: RoomView };

/**
 * A builder round on the projector: the class picture, live (count, scores, heat map, common
 * cuts, consensus beside the references), and any submission opened full-screen, anonymised.
 */
export function BuilderRoundHost({ code, round, view }: Props) {
  const content = round.content as BuilderRoundContent | null;
  const { data, error } = useRoundSummary(code, round.id, view.seq);
  const [opened, setOpened] = useState<{ index: number; design: Design } | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  if (!content) return <p>This scenario is no longer in the course.</p>;
  const { scenario } = content;
  const subs = data?.submissions ?? [];

  const open = async (index: number) => {
    const sub = subs[(index + subs.length) % subs.length];
    if (!sub) return;
    const r = await api<{ design: Design }>(`/sessions/${code}/rounds/${round.id}/submissions/${sub.participant}`);
    if (r.ok) {
      setOpenError(null);
      setOpened({ index: (index + subs.length) % subs.length, design: r.data.design });
    } else setOpenError(r.message);
  };

  if (opened) {
    const sub = subs[opened.index];
    const nickname = view.participants?.find((p) => p.id === sub?.participant)?.nickname ?? null;
    return (
      <SubmissionView
        key={sub?.participant}
        scenario={scenario}
        design={opened.design}
        label={`Submission ${opened.index + 1} of ${subs.length}`}
        nickname={nickname}
        onClose={() => setOpened(null)}
        onStep={subs.length > 1 ? (d) => void open(opened.index + d) : undefined}
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-3xl font-bold">Cut: {scenario.title}</h2>
      <p role="alert" className={error || openError ? 'rounded-md border-2 border-[#b4234a] p-2 dark:border-[#ff8fa8]' : 'sr-only'}>
        {openError ?? error ?? ''}
      </p>
      {data ? (
        <>
          <BuilderRoundBoard scenario={scenario} summary={data.summary} present={view.present} onOpen={(p) => void open(subs.findIndex((s) => s.participant === p))} idPrefix={`round-${round.index}`} />
          {subs.length ? (
            <button type="button" className="min-h-11 self-start rounded-md border border-[var(--line)] px-3 font-medium" onClick={() => void open(0)}>
              Open the submissions one by one
            </button>
          ) : null}
        </>
      ) : (
        <p>Loading the class picture…</p>
      )}
    </div>
  );
}
