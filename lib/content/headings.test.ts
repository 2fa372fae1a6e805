import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { lessonHeadings, remarkHeadingIds } from './headings';
import { rehypeCollectHeadings, type TocEntry } from './mdx-plugins';

describe('lessonHeadings', () => {
  it('numbers a repeated heading across every level, in document order', () => {
    expect(lessonHeadings('## Setup\n\n### Setup\n\n## Setup\n').map((h) => h.id)).toEqual(['setup', 'setup-1', 'setup-2']);
  });

  it('skips headings inside ``` and ~~~ fences', () => {
    const body = '## One\n\n```md\n## Not a heading\n```\n\n~~~md\n## Not one either\n~~~\n\n## Two\n';
    expect(lessonHeadings(body)).toEqual([
      { id: 'one', text: 'One', depth: 2 },
      { id: 'two', text: 'Two', depth: 2 },
    ]);
  });

  it('reads a heading as its rendered text, through inline code, emphasis and links', () => {
    expect(lessonHeadings('## The `code` and **bold** [way](/x)\n')).toEqual([{ id: 'the-code-and-bold-way', text: 'The code and bold way', depth: 2 }]);
  });

  it('keeps headings inside course tags and counts every depth', () => {
    expect(lessonHeadings('<Note>\n\n#### Inside\n\n</Note>\n\n# Top\n').map((h) => [h.id, h.depth])).toEqual([
      ['inside', 4],
      ['top', 1],
    ]);
  });
});

describe('remarkHeadingIds', () => {
  it('gives the page the same ids lessonHeadings reports', async () => {
    const body = '## Sagas\n\nText.\n\n### Sagas\n\n## Why `fetch` is *slow*\n';
    const toc: TocEntry[] = [];
    const html = String(await compile(body, { remarkPlugins: [remarkHeadingIds], rehypePlugins: [rehypeCollectHeadings(toc)] }));
    expect(toc.map((t) => t.id)).toEqual(lessonHeadings(body).map((h) => h.id));
    expect(toc.map((t) => t.id)).toEqual(['sagas', 'sagas-1', 'why-fetch-is-slow']);
    expect(html).toContain('id: "sagas-1"');
  });
});
