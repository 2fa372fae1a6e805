'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { primaryButton } from '@/components/quiz/styles';
import { COURSE_TITLE } from '@/content/course';
import { setCertificateName, type ReadingProgress } from '@/lib/progress/record';
import type { Completion } from '@/lib/progress/summary';
import type { StoredRecord } from '@/lib/storage/browser-store';
import { formatDay } from './format';

type Props = { done: Completion; name: string; record: StoredRecord<ReadingProgress> | null };

/**
 * The certificate, once every lesson is read and every end-of-lesson quiz finished. The name is
 * typed here and kept in this browser only. While it is on screen, printing prints only it.
 */
export function Certificate({ done, name, record }: Props) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [hint, setHint] = useState('');

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.print = 'certificate';
    return () => void delete root.dataset.print;
  }, []);

  const print = () => {
    if (!name.trim()) {
      setHint('Type the name to print on the certificate first.');
      input.current?.focus();
      return;
    }
    setHint('');
    window.print();
  };

  return (
    <>
      <p className="text-lg font-semibold">Congratulations: you have finished the course.</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <label htmlFor={inputId} className="font-medium">
            Your name, as it should appear
          </label>
          <input
            ref={input}
            id={inputId}
            value={name}
            maxLength={120}
            autoComplete="name"
            aria-describedby={`${inputId}-note`}
            onChange={(e) => record?.update((p) => setCertificateName(p, e.target.value))}
            className="min-h-10 w-72 max-w-full rounded-md border border-[var(--muted)] bg-[var(--page)] px-3"
          />
        </div>
        <button type="button" className={primaryButton} onClick={print}>
          Print certificate
        </button>
      </div>
      <p id={`${inputId}-note`} className="text-sm text-[var(--muted)]">
        The name stays in this browser; nothing is sent anywhere. Printing prints the certificate alone (choose “Save as PDF” to keep a file).
      </p>
      <p role="status" className="font-medium">
        {hint}
      </p>
      <div className="sb-certificate" aria-label="Certificate of completion" role="group">
        <p className="sb-certificate-kicker">Certificate of completion</p>
        <p className="sb-certificate-name">{name.trim() || 'Your name'}</p>
        <p>has completed</p>
        <p className="sb-certificate-course">{COURSE_TITLE}</p>
        <p className="sb-certificate-detail">
          an interactive course on monoliths, modular monoliths, megaservices and microservices: where to draw a service
          boundary, and when not to draw one.
        </p>
        <p className="sb-certificate-detail">
          {done.lessons.total} lessons read · {done.quizzes.total} end-of-lesson quizzes finished
          {done.completedAt ? ` · completed on ${formatDay(done.completedAt)}` : ''}
        </p>
      </div>
    </>
  );
}
