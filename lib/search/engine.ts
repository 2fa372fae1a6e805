import MiniSearch, { type SearchResult } from 'minisearch';

/** One searchable thing: a lesson section, a glossary term or a quiz topic. */
export type SearchDoc = {
  /** Unique, e.g. `"s:data-ownership-and-sagas#sagas"`. */
  id: string;
  kind: 'section' | 'term' | 'quiz';
  /** The heading, term or question topic, e.g. `"Sagas"`. */
  title: string;
  /** Where it lives, e.g. the lesson title. */
  context: string;
  /** Where the result jumps to, e.g. `/lessons/data-ownership-and-sagas#sagas`. */
  href: string;
  text: string;
  /** Indexed but never shown, e.g. a term's aliases. */
  keywords?: string;
};

export type SearchHit = Pick<SearchDoc, 'id' | 'kind' | 'title' | 'context' | 'href'> & { snippet: string; score: number };

/**
 * The search engine (MiniSearch): titles weigh most; prefix matching as the learner types; fuzzy
 * matching tolerates a misspelling of about one letter in five ("microservise", "stranglr").
 */
export function createIndex(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'keywords', 'text', 'context'],
    storeFields: ['kind', 'title', 'context', 'href', 'text'],
    searchOptions: { boost: { title: 4, keywords: 3, context: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(docs);
  return index;
}

/** The best hits for a query, with a snippet around the first matching word. */
export function searchIndex(index: MiniSearch<SearchDoc>, query: string, limit = 12): SearchHit[] {
  const q = query.trim();
  if (q.length < 2) return [];
  let results: SearchResult[] = index.search(q);
  if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
  return results.slice(0, limit).map((r) => ({
    id: String(r.id),
    kind: r.kind as SearchDoc['kind'],
    title: r.title as string,
    context: r.context as string,
    href: r.href as string,
    snippet: snippet(r.text as string, r.terms),
    score: r.score,
  }));
}

function snippet(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const at = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - 60);
  const cut = text.slice(start, start + 180).trim();
  return `${start > 0 ? '…' : ''}${cut}${start + 180 < text.length ? '…' : ''}`;
}
