'use client';
import { builderRecord } from '@/lib/builder/saved-designs';
import { useStoredRecord } from '@/lib/storage/use-stored-record';

/** The learner's best score for a scenario, from this browser's saved designs. */
export function BestScore({ scenarioId }: { scenarioId: string }) {
  const [saved] = useStoredRecord(builderRecord);
  const best = saved.data.best[scenarioId];
  return <span className="text-sm font-semibold">{best === undefined ? 'Not tried yet' : `Your best: ${best} / 100`}</span>;
}
