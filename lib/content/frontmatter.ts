import { parse } from 'yaml';

type SplitResult =
  | { success: true; data: { frontmatter: unknown; body: string; bodyLine: number } }
  | { success: false; error: string };

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a `---`-fenced YAML block off the top of an MDX file and parses it. */
export function splitFrontmatter(raw: string): SplitResult {
  const match = FENCE.exec(raw);
  if (!match) return { success: false, error: 'no frontmatter: the file must start with a --- block' };
  try {
    const frontmatter: unknown = parse(match[1] ?? '');
    const bodyLine = match[0].split('\n').length;
    return { success: true, data: { frontmatter, body: raw.slice(match[0].length), bodyLine } };
  } catch (err) {
    return { success: false, error: `frontmatter is not valid YAML: ${(err as Error).message.split('\n')[0]}` };
  }
}
