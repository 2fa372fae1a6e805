'use client';
import { useRef, useState, type ChangeEvent } from 'react';
import { download } from '@/components/ui/download';
import { primaryButton, secondaryButton } from '@/components/quiz/styles';
import { bundleFileName, MAX_BUNDLE_BYTES, parseBundle, type ImportPlan } from '@/lib/progress/bundle';
import { KNOWN_RECORDS } from '@/lib/progress/records';
import { applyImport, exportRecords, isEmpty, resetAll, type GetRecord } from '@/lib/progress/transfer';
import { getRecord } from '@/lib/storage/use-stored-record';
import { ConfirmDialog } from './confirm-dialog';
import { formatDay } from './format';

const get: GetRecord = getRecord;
const labels = KNOWN_RECORDS.map((r) => r.label);
/** "a", "a and b", "a, b, and c" (the serial comma keeps labels that contain "and" apart). */
const listed = (items: string[]) =>
  items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;

type Outcome = { message: string; notes: string[] };

/** Export to a file, import from one (validated, explained, confirmed before replacing), and reset. */
export function TransferPanel() {
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState('');
  const [pending, setPending] = useState<ImportPlan | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const report = (message: string, notes: string[] = []) => {
    setError('');
    setOutcome({ message, notes });
  };

  const exportNow = () => {
    const now = new Date();
    const { text, left } = exportRecords(KNOWN_RECORDS, get, now);
    const name = bundleFileName(now);
    download(name, text, 'application/json');
    report(`Saved “${name}” to your downloads. On your other device, open this page and choose “Import progress from a file”.`, left);
  };

  const restore = (plan: ImportPlan) => {
    setPending(null);
    const failures = applyImport(plan, get);
    const when = plan.exportedAt ? ` exported on ${formatDay(plan.exportedAt)}` : '';
    report(`Progress restored from the file${when}.`, [...plan.problems, ...failures]);
    importButton.current?.focus();
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOutcome(null);
    if (file.size > MAX_BUNDLE_BYTES) {
      setError(`“${file.name}” is too large to be a progress file. Your progress in this browser is unchanged.`);
      return;
    }
    const result = parseBundle(await file.text(), KNOWN_RECORDS);
    if (!result.success) {
      setError(`“${file.name}” could not be imported. ${result.error}`);
      return;
    }
    setError('');
    if (isEmpty(KNOWN_RECORDS, get)) restore(result.data);
    else setPending(result.data);
  };

  const reset = () => {
    setConfirmReset(false);
    resetAll(KNOWN_RECORDS, get);
    report('Progress reset. This browser now holds none of your lessons read, quiz answers or builder designs.');
    resetButton.current?.focus();
  };

  return (
    <div className="grid gap-4">
      <p>
        Your progress lives only in this browser. To carry on elsewhere, export it to a file and import that file on the other
        device. The file holds your {listed(labels)}, and the name on your certificate.
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={primaryButton} onClick={exportNow}>
          Export progress
        </button>
        <button ref={importButton} type="button" className={secondaryButton} onClick={() => fileInput.current?.click()}>
          Import progress from a file
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={onFile} />
        <button ref={resetButton} type="button" className={secondaryButton} onClick={() => setConfirmReset(true)}>
          Reset progress
        </button>
      </div>
      <div role="alert" className={error ? 'rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 dark:border-red-400 dark:bg-red-950/40' : undefined}>
        {error}
      </div>
      <div role="status" className={outcome ? 'grid gap-2 rounded-md border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 dark:border-emerald-400 dark:bg-emerald-950/40' : undefined}>
        {outcome ? <p>{outcome.message}</p> : null}
        {outcome?.notes.length ? (
          <ul className="ml-5 list-disc">
            {outcome.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
      </div>

      <ConfirmDialog
        open={pending !== null}
        title="Replace your progress with the file’s?"
        confirmLabel="Replace my progress"
        onConfirm={() => pending && restore(pending)}
        onCancel={() => {
          setPending(null);
          importButton.current?.focus();
        }}
      >
        <p>
          This browser already holds progress. Importing replaces it with the progress in the file
          {pending?.exportedAt ? `, exported on ${formatDay(pending.exportedAt)}` : ''}: your {listed((pending?.restore ?? []).map((r) => r.label))}.
        </p>
        {pending?.problems.length ? (
          <ul className="ml-5 list-disc">
            {pending.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </ConfirmDialog>

      <ConfirmDialog
        open={confirmReset}
        title="Reset all your progress?"
        confirmLabel="Reset progress"
        tone="danger"
        onConfirm={reset}
        onCancel={() => {
          setConfirmReset(false);
          resetButton.current?.focus();
        }}
      >
        <p>This erases, in this browser, your {listed(labels)}. It cannot be undone.</p>
        <p>If you might want them back, cancel and export your progress first.</p>
      </ConfirmDialog>
    </div>
  );
}
