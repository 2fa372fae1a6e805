'use client';
import { useEffect, useState } from 'react';
import { BuilderEditor } from '@/components/builder/builder-editor';
import { ScenarioBrief } from '@/components/builder/scenario-brief';
import { evaluate } from '@/lib/builder/evaluate';
import type { Design } from '@/lib/builder/model';
import type { BuilderRoundContent, PublicBuilderSummary } from '@/lib/live/builder-round';
import type { PublicRound } from '@/lib/live/room';
import type { RoomView } from '@/lib/live/view';
import { api } from '../api';
import { ClassComparison } from './class-comparison';
import { SubmitCut } from './submit-cut';
import { useNarrow } from './use-narrow';


/**
 * The learner's own submitted cut. The room's events do not repeat it, so once the round is
 * closed or revealed and the view does not hold it, it is read back from the server once.
 */
function useOwnCut(code: string, round: PublicRound, mine: RoomView['mine']): Design | null {
  const [fetched, setFetched] = useState<{ roundId: string; design: Design | null } | null>(null);
  const fromView = (mine?.response as Design | undefined) ?? null;
  const settled = round.status !== 'open';
  useEffect(() => {
    if (!settled || fromView) return;
    let live = true;
    void api<RoomView>(`/sessions/${code}?as=participant`).then((r) => {
      if (live && r.ok && r.data.round?.id === round.id) setFetched({ roundId: round.id, design: (r.data.mine?.response as Design | undefined) ?? null });
    });
    return () => {
      live = false;
    };
  }, [code, round.id, settled, fromView]);
  return fromView ?? (fetched?.roundId === round.id ? fetched.design : null);
}

type Props = { code: string; round: PublicRound; mine: RoomView['mine'] };

/**
 * A builder round on a learner's device. While it runs: the scenario, the builder (the canvas on
 * a laptop, the table on a phone; "Move to…" in both), the evaluation as the builder shows it,
 * and "Submit my cut". The design is the one this browser keeps for the scenario, so the work
 * stays in the learner's own progress. After the reveal: their cut beside the class.
 */
export function BuilderRoundLearner({ code, round, mine }: Props) {
  const narrow = useNarrow();
  const ownCut = useOwnCut(code, round, mine);
  const content = round.content as BuilderRoundContent | null;
  if (!content) return <p>This scenario is no longer in the course; wait for the next round.</p>;
  const { scenario } = content;
  const submitted = ownCut;

  if (round.status === 'revealed') {
    const summary = (round.reveal?.summary as PublicBuilderSummary | undefined) ?? null;
    return (
      <div className="flex flex-col gap-3">
        <h2 className="text-2xl font-bold">{scenario.title}: the class picture</h2>
        {summary ? <ClassComparison scenario={scenario} summary={summary} design={submitted} /> : <p>The class picture is not available.</p>}
      </div>
    );
  }
  if (round.status === 'closed') {
    return (
      <div className="flex flex-col gap-2">
        <h2 className="text-2xl font-bold">{scenario.title}: submissions are closed</h2>
        <p>{submitted ? `Your cut is in (score ${evaluate(scenario, submitted).score} / 100).` : 'You did not submit a cut in this round.'} The comparison with the class appears when the instructor shows it.</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-2xl font-bold">Cut: {scenario.title}</h2>
      <ScenarioBrief scenario={scenario} />
      <SubmitCut code={code} roundId={round.id} scenario={scenario} submitted={submitted} open />
      <BuilderEditor key={narrow ? 'table' : 'canvas'} scenario={scenario} initialView={narrow ? 'table' : 'canvas'} hideAnswers />
    </div>
  );
}
