import type { ReactNode } from 'react';
import { loadGlossary } from '@/lib/content/glossary';
import { TermPopover } from './term-popover';

/** What the glossary marker puts around the first use of a term in a lesson (server side). */
export function GlossaryTerm({ id, children }: { id: string; children: ReactNode }) {
  const entry = loadGlossary().find((t) => t.id === id);
  if (!entry) return <>{children}</>;
  return <TermPopover definition={`${entry.term}: ${entry.definition}`}>{children}</TermPopover>;
}
