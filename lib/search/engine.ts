import MiniSearch, { type SearchResult } from 'minisearch';

/** What a search result is: a whole lesson, one of its sections, a glossary term, a quiz question. */
export type SearchKind = 'lesson' | 'section' | 'term' | 'quiz';

/** One searchable thing: a lesson, a lesson section, a glossary term or a quiz question. */
export type SearchDoc = {
  /** Unique, e.g. `"s:data-ownership-and-sagas#sagas"`. */
  id: string;
  kind: SearchKind;
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

type SearchHit = Pick<SearchDoc, 'id' | 'kind' | 'title' | 'context' | 'href'> & {
  snippet: string;
  score: number;
  /** The words of the title and snippet that matched, as typed in the index, e.g. `["sagas"]`. */
  terms: string[];
};

/** Results of one kind, best first; `total` counts them all, `hits` holds those asked for. */
type SearchGroup = { kind: SearchKind; label: string; hits: SearchHit[]; total: number };

/**
 * How each kind is named above its results, in the order the groups come: a learner looking up
 * "saga" wants the lesson on sagas before the twelve quiz questions that mention one.
 */
const KIND_LABEL: Record<SearchKind, string> = { lesson: 'Lessons', section: 'Lesson sections', term: 'Glossary', quiz: 'Quiz questions' };

/** A title or alias that is the query itself ("HPA") outranks one that merely contains it. */
const EXACT_TITLE = 4;
/** Every query word begins a word of the title or the aliases. */
const IN_TITLE = 2;

/**
 * The search engine (MiniSearch): titles weigh most; prefix matching as the learner types; fuzzy
 * matching tolerates a misspelling of about one letter in five ("microservise", "stranglr").
 */
export function createIndex(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'keywords', 'text', 'context'],
    storeFields: ['kind', 'title', 'context', 'href', 'text', 'keywords'],
    searchOptions: { boost: { title: 4, keywords: 3, context: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(docs);
  return index;
}

/** The best hits for a query in the order the dialog shows them, with a snippet around the first matching word. */
export function searchIndex(index: MiniSearch<SearchDoc>, query: string, limit = 12): SearchHit[] {
  return searchGroups(index, query, Infinity).flatMap((g) => g.hits).slice(0, limit);
}

/**
 * The hits grouped by kind, lessons, then sections, the glossary and quiz questions, except that
 * a group holding a title or alias that is exactly the query ("HPA") comes first when no
 * lesson's title matches it (a lesson named for the query, "sagas", stays first). Each group
 * holds its first `perGroup` hits, best first (all of them for the kinds in `expanded`).
 */
export function searchGroups(index: MiniSearch<SearchDoc>, query: string, perGroup = 4, expanded: SearchKind[] = []): SearchGroup[] {
  const hits = rankedHits(index, query);
  const lessonNamed = hits.some((h) => h.kind === 'lesson' && h.inTitle);
  const exactKinds = new Set<SearchKind>(lessonNamed ? [] : hits.filter((h) => h.exact).map((h) => h.kind));
  const order = (Object.keys(KIND_LABEL) as SearchKind[]).sort((a, b) => Number(exactKinds.has(b)) - Number(exactKinds.has(a)));
  return order.flatMap((kind) => {
    const all: SearchHit[] = hits.filter((h) => h.kind === kind);
    if (!all.length) return [];
    return [{ kind, label: KIND_LABEL[kind], hits: expanded.includes(kind) ? all : all.slice(0, perGroup), total: all.length }];
  });
}

function rankedHits(index: MiniSearch<SearchDoc>, query: string): (SearchHit & { exact: boolean; inTitle: boolean })[] {
  const q = query.trim();
  if (q.length < 2) return [];
  let results: SearchResult[] = index.search(q);
  if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
  const words = q.toLowerCase().split(/\s+/);
  return results
    .map((r) => {
      const kind = r.kind as SearchKind;
      const names = [r.title as string, ...((r.keywords as string | undefined)?.split(',').map((k) => k.trim()) ?? [])].map((n) => n.toLowerCase());
      const nameWords = names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u));
      const exact = names.includes(q.toLowerCase());
      const inTitle = words.every((w) => nameWords.some((n) => n.startsWith(w)));
      const score = r.score * (exact ? EXACT_TITLE : inTitle ? IN_TITLE : 1);
      return {
        exact,
        inTitle,
        id: String(r.id),
        kind,
        title: r.title as string,
        context: r.context as string,
        href: r.href as string,
        snippet: snippet(r.text as string, r.terms),
        score,
        terms: r.terms,
      };
    })
    .sort((a, b) => b.score - a.score);
}

/** A text cut into runs, each marked when it is (the start of) a matched word, for highlighting. */
export function highlight(text: string, terms: string[]): { text: string; match: boolean }[] {
  const words = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length) return [{ text, match: false }];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole words only: "api" marks "API", not the middle of "rapid".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: words.includes(part.toLowerCase()) }));
}

function snippet(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const at = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - 60);
  const cut = text.slice(start, start + 180).trim();
  return `${start > 0 ? '…' : ''}${cut}${start + 180 < text.length ? '…' : ''}`;
}
