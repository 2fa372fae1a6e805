import 'server-only';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { parse } from 'yaml';
import { glossaryFileSchema, type GlossaryEntry } from './glossary-schema';

const GLOSSARY_DIR = path.join(process.cwd(), 'content', 'glossary');

/** A glossary entry with a stable id for anchors, e.g. `saga`. */
export type GlossaryTerm = GlossaryEntry & { id: string };

/** Every glossary term, sorted by term. A malformed file fails the build naming file and item. */
export const loadGlossary = cache((): GlossaryTerm[] => {
  if (!existsSync(GLOSSARY_DIR)) return [];
  const terms: GlossaryTerm[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(GLOSSARY_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    let data: unknown;
    try {
      data = parse(readFileSync(path.join(GLOSSARY_DIR, file), 'utf8'));
    } catch (err) {
      problems.push(`content/glossary/${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = glossaryFileSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`content/glossary/${file}: item ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    terms.push(...result.data.map((entry) => ({ ...entry, id: termId(entry.term) })));
  }
  if (problems.length) throw new Error(`Invalid glossary:\n  ${problems.join('\n  ')}`);
  return terms.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
});

function termId(term: string): string {
  return term
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
