import GithubSlugger from 'github-slugger';

/** A heading a quiz question can link to, e.g. `{ id: "the-big-bang", title: "The big bang", depth: 2 }`. */
export type Heading = { id: string; title: string; depth: number };

/**
 * The headings of a lesson body with the ids rehype-slug gives them (github-slugger over the
 * heading's text, in document order, counting every level so duplicates number the same way).
 * Inline Markdown is reduced to its text, as the rendered heading would read.
 */
export function lessonHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? null : marker;
      continue;
    }
    if (fence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const title = plainText(match[2]!);
    headings.push({ id: slugger.slug(title), title, depth: match[1]!.length });
  }
  return headings;
}

function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^[\]]*)\]\([^()[\]]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(.+?)\1/g, '$2')
    .trim();
}

/** Splits `"<lesson-slug>#<heading-id>"`. */
export function splitSection(section: string): { slug: string; anchor: string } {
  const [slug = '', anchor = ''] = section.split('#');
  return { slug, anchor };
}

/** The lesson a quiz belongs to: `"<slug>"` for the end-of-lesson quiz, `"<slug>-check-<n>"` for a quick check. */
export function lessonOfQuiz(quizId: string): string {
  return quizId.replace(/-check-\d+$/, '');
}
