'use client';
import type { ComponentType } from 'react';
import type { RoundKind } from '@/lib/live/types';
import type { PublicRound } from '@/lib/live/room';
import type { RoomView } from '@/lib/live/view';
import { BuilderRoundHost } from './builder/builder-round-host';
import { BuilderRoundLearner } from './builder/builder-round-learner';
import { QuestionStage } from './host/question-stage';
import { QuestionAnswer } from './learner/question-answer';

/** What the projector shows for a round of one kind. */
type HostStageProps = { round: PublicRound; view: RoomView; clockOffset: number };
/** What a learner's device shows for a round of one kind. */
export type LearnerStageProps = { code: string; round: PublicRound; view: RoomView; clockOffset: number };

function QuestionHostStage({ round, view, clockOffset }: HostStageProps) {
  return <QuestionStage round={round} answered={view.answered ?? 0} present={view.present} clockOffset={clockOffset} />;
}

function BuilderHostStage({ round, view }: HostStageProps) {
  return <BuilderRoundHost code={view.code} round={round} view={view} />;
}

function BuilderLearnerStage({ code, round, view }: LearnerStageProps) {
  return <BuilderRoundLearner code={code} round={round} mine={view.mine} />;
}

/** Round kind → its projector view. */
export const hostStages: Partial<Record<RoundKind, ComponentType<HostStageProps>>> = { question: QuestionHostStage, builder: BuilderHostStage };

/** Round kind → its learner view. */
export const learnerStages: Partial<Record<RoundKind, ComponentType<LearnerStageProps>>> = { question: QuestionAnswer, builder: BuilderLearnerStage };
