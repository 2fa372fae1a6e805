import { compile } from '@mdx-js/mdx';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeCollectHeadings, remarkMermaid, type TocEntry } from './mdx-plugins';

/**
 * The h2/h3 headings of an MDX body with the ids the site gives them, computed by the same
 * plugins the page uses, so links like `/lessons/x#sagas` can be checked without a browser.
 */
export async function lessonHeadings(body: string): Promise<TocEntry[]> {
  const toc: TocEntry[] = [];
  await compile(body, { remarkPlugins: [remarkGfm, remarkMermaid], rehypePlugins: [rehypeSlug, rehypeCollectHeadings(toc)] });
  return toc;
}
