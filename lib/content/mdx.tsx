import 'server-only';
import { evaluate } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import type { MDXComponents } from 'mdx/types';
import type { ReactElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import { remarkHidePrelude } from './code-samples';
import { loadGlossary } from './glossary';
import { remarkHeadingIds } from './headings';
import { rehypeCollectHeadings, rehypeGlossary, rehypeTableLabels, remarkMermaid, type TocEntry } from './mdx-plugins';

type CompiledLesson = { content: ReactElement; toc: TocEntry[] };

/**
 * Compiles a lesson body on the server at build time. Code is highlighted here (Shiki, light
 * and dark colours as CSS variables), so no highlighter reaches the browser.
 */
export async function compileLesson(file: string, body: string, components: MDXComponents): Promise<CompiledLesson> {
  const toc: TocEntry[] = [];
  const terms = loadGlossary().map((t) => ({ id: t.id, names: [t.term, ...(t.aliases ?? [])] }));
  try {
    const { default: Content } = await evaluate(body, {
      ...runtime,
      remarkPlugins: [remarkGfm, remarkHeadingIds, remarkMermaid, remarkHidePrelude],
      rehypePlugins: [
        rehypeCollectHeadings(toc),
        rehypeTableLabels,
        rehypeGlossary(terms),
        [rehypeShiki, { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false }],
      ],
    });
    return { content: <Content components={components} />, toc };
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
}
