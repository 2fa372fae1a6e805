import type { ReadResult } from '@/lib/storage/versioned';

type LabelledRead = { label: string; read: ReadResult<unknown> };

/** Why a record counts as empty: damaged or from a newer site. Nothing when every record read fine. */
export function RecordNotices({ reads }: { reads: LabelledRead[] }) {
  const notes = reads.flatMap(({ label, read }) => {
    if (read.status === 'corrupt') {
      const kept = read.backupKey ? ` A copy of the old data was kept in this browser under “${read.backupKey}”.` : '';
      const why = read.message.replace(/\.$/, '');
      return [`Your saved ${label} could not be loaded (${why.charAt(0).toLowerCase()}${why.slice(1)}), so they count as empty here.${kept} Importing an exported file brings them back.`];
    }
    if (read.status === 'future') return [`Your saved ${label} are not shown here. ${read.message}`];
    return [];
  });
  if (notes.length === 0) return null;
  return (
    <div className="no-print grid gap-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950/40">
      <h2 className="font-semibold">Some saved progress could not be read</h2>
      <ul className="ml-5 list-disc">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
