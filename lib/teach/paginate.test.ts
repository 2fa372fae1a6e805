import { describe, expect, it } from 'vitest';
import { paginate, SLIDE_GEOMETRY } from './paginate';

const lines = (...parts: string[]) => parts.join('\n\n');
/** A paragraph that takes about `n` lines of slide text. */
const para = (n: number, word = 'word') => Array.from({ length: Math.floor((n * SLIDE_GEOMETRY.width) / SLIDE_GEOMETRY.charWidth / (word.length + 1)) - 1 }, () => word).join(' ') + '.';

describe('paginate', () => {
  it('keeps a section that fits as one slide, unchanged', () => {
    const source = lines('## Short', 'One paragraph.', '- a\n- b');
    expect(paginate(source)).toEqual([source]);
  });

  it('splits a long section between its blocks, in order, losing nothing', () => {
    const blocks = ['## Long', para(4, 'alpha'), para(4, 'beta'), para(4, 'gamma'), para(4, 'delta'), para(4, 'omega')];
    const pages = paginate(lines(...blocks));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join('\n\n')).toBe(lines(...blocks));
    expect(pages[0]!.startsWith('## Long')).toBe(true);
  });

  it('never ends a slide on a heading or on a lead-in ending in a colon', () => {
    const pages = paginate(lines('## Part', para(10, 'a'), '### Next thing', 'It introduces this:', para(6, 'b')));
    for (const page of pages) {
      const last = page.split('\n\n').at(-1)!;
      expect(last.startsWith('#')).toBe(false);
      expect(last.endsWith(':')).toBe(false);
    }
    expect(pages.some((p) => p.startsWith('### Next thing\n\nIt introduces this:'))).toBe(true);
  });

  it('splits a list too long for one slide between its items, keeping the numbering', () => {
    const items = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${para(2, `item${i}`)}`);
    const pages = paginate(lines('## Steps', items.join('\n')));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join('\n')).toContain(items[11]);
    // The second slide's list starts where the first stopped, so Markdown numbers it on from there.
    const second = pages[1]!;
    expect(/^\d+\. /.test(second)).toBe(true);
    expect(second.startsWith('1. ')).toBe(false);
  });

  it('splits a long table between rows and repeats the header on every slide', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `| row ${i} | ${para(0.6, 'x')} |`);
    const table = ['| Name | Detail |', '| --- | --- |', ...rows].join('\n');
    const pages = paginate(lines('## Table', table));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('| Name | Detail |\n| --- | --- |');
    expect(pages.join('\n')).toContain('| row 29 |');
  });

  it('gives a tall diagram the room of a slide and lets a short one share', () => {
    const diagram = '```mermaid\nflowchart TB\n  a --> b\n```';
    const tall = paginate(lines('## D', para(5), diagram, para(5)), { diagramSize: () => ({ width: 300, height: 900 }) });
    expect(tall.length).toBeGreaterThanOrEqual(2);
    const wide = paginate(lines('## D', para(2), diagram), { diagramSize: () => ({ width: 1200, height: 200 }) });
    expect(wide).toHaveLength(1);
  });

  it('leaves room on later slides for the repeated heading', () => {
    const blocks = ['## R', ...Array.from({ length: 8 }, (_, i) => para(3, `p${i}`))];
    const without = paginate(lines(...blocks));
    const withRoom = paginate(lines(...blocks), { reserved: 6 });
    expect(withRoom.length).toBeGreaterThanOrEqual(without.length);
  });

  it('splits a long list inside <Takeaways> into several takeaways blocks, the tag around each', () => {
    const items = Array.from({ length: 9 }, (_, i) => `- ${para(2.5, `point${i}`)}`);
    const pages = paginate(`<Takeaways>\n\n${items.join('\n')}\n\n</Takeaways>`);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toMatch(/^<Takeaways>\n\n- [\s\S]*\n\n<\/Takeaways>$/);
    expect(pages.join('\n')).toContain(items[8]);
  });

  it('splits a long table inside <CompareTable>, keeping its caption on every slide', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `| row ${i} | ${para(1.5, 'y')} |`);
    const pages = paginate(`<CompareTable caption="Costs">\n\n| A | B |\n| --- | --- |\n${rows.join('\n')}\n\n</CompareTable>`);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toMatch(/^<CompareTable caption="Costs">\n\n\| A \| B \|\n\| --- \| --- \|\n\| row/);
  });
});
