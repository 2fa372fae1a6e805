import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handoutParts, splitSlides, type SlideSource } from './split-slides';

const lines = (...parts: string[]) => parts.join('\n\n');
const sources = (slides: SlideSource[]) => slides.map((s) => (s.kind === 'content' ? s.source : `quiz:${s.quizId}`));

describe('splitSlides', () => {
  it('starts a slide at every h2 and keeps the text before the first one as a slide of its own', () => {
    const slides = splitSlides(lines('Intro.', '## One', 'First.', '### Detail', 'More.', '## Two', 'Second.'));
    expect(sources(slides)).toEqual(['Intro.', '## One\n\nFirst.\n\n### Detail\n\nMore.', '## Two\n\nSecond.']);
    expect(slides.map((s) => s.section?.id ?? null)).toEqual([null, 'one', 'two']);
  });

  it('starts a slide at <SlideBreak /> and marks it as continuing the section', () => {
    const slides = splitSlides(lines('## Long part', 'A.', '<SlideBreak />', 'B.'));
    expect(sources(slides)).toEqual(['## Long part\n\nA.', 'B.']);
    expect(slides[1]).toMatchObject({ section: { id: 'long-part', text: 'Long part' }, continued: true });
  });

  it('keeps an h2 on the slide before when <NoSlideBreak /> stands just before it', () => {
    const slides = splitSlides(lines('## Setup', 'A.', '<NoSlideBreak />', '## Short aside', 'B.', '## Next', 'C.'));
    expect(sources(slides)).toEqual(['## Setup\n\nA.\n\n## Short aside\n\nB.', '## Next\n\nC.']);
  });

  it('moves speaker notes out of the slide and onto it as notes', () => {
    const slides = splitSlides(lines('## One', 'Shown.', '<SpeakerNotes>\n  Ask the room first.\n</SpeakerNotes>', 'Also shown.'));
    expect(slides).toHaveLength(1);
    const [slide] = slides;
    expect(slide).toMatchObject({ kind: 'content', source: '## One\n\nShown.\n\nAlso shown.' });
    expect(slide?.kind === 'content' && slide.notes).toEqual(['<SpeakerNotes>\n  Ask the room first.\n</SpeakerNotes>']);
  });

  it('gives notes on an otherwise empty slide to the slide before, and notes before anything to the first slide', () => {
    const early = splitSlides(lines('<SpeakerNotes>Welcome.</SpeakerNotes>', '## One', 'A.'));
    expect(early).toHaveLength(1);
    expect(early[0]?.kind === 'content' && early[0].notes).toEqual(['<SpeakerNotes>Welcome.</SpeakerNotes>']);
    const late = splitSlides(lines('## One', 'A.', '<SlideBreak />', '<SpeakerNotes>Wrap up.</SpeakerNotes>'));
    expect(late).toHaveLength(1);
    expect(late[0]?.kind === 'content' && late[0].notes).toEqual(['<SpeakerNotes>Wrap up.</SpeakerNotes>']);
  });

  it('turns a top-level <Quiz id> into a quiz slide between the content around it', () => {
    const slides = splitSlides(lines('## Check', 'Before.', '<Quiz id="migration-strategies" />', 'After.'));
    expect(sources(slides)).toEqual(['## Check\n\nBefore.', 'quiz:migration-strategies', 'After.']);
    expect(slides[1]).toMatchObject({ kind: 'quiz', section: { id: 'check' } });
  });

  it('leaves break tags inside other tags alone and never splits inside a code fence', () => {
    const slides = splitSlides(lines('## One', '<Note>\n\n<SlideBreak />\n\n</Note>', '```md\n## Not a heading\n```'));
    expect(slides).toHaveLength(1);
  });

  it('numbers repeated headings as the lesson page does (github-slugger, counting every level)', () => {
    const slides = splitSlides(lines('## Example', 'A.', '### Example', 'B.', '## Example', 'C.'));
    expect(slides.map((s) => s.section?.id)).toEqual(['example', 'example-2']);
  });

  it('reduces inline Markdown in a heading to its text for the section title', () => {
    const [slide] = splitSlides('## Why `fetch` is *slow*\n\nText.');
    expect(slide?.section).toEqual({ id: 'why-fetch-is-slow', text: 'Why fetch is slow' });
  });

  it('cuts every real lesson into slides that each start at its sections, losing no heading', () => {
    const dir = path.join(process.cwd(), 'content', 'lessons');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const body = readFileSync(path.join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const slides = splitSlides(body);
      // Headings inside fenced code (an ADR shown as Markdown, say) are code, not sections.
      const prose = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
      const h2s = prose.split('\n').filter((l) => /^## /.test(l)).length;
      const started = slides.filter((s) => s.kind === 'content' && /^## /.test(s.source)).length;
      expect(slides.length, name).toBeGreaterThan(1);
      expect(started, `${name}: every h2 starts a slide unless kept with <NoSlideBreak />`).toBe(h2s - (body.match(/<NoSlideBreak \/>/g)?.length ?? 0));
    }
  });
});

describe('handoutParts', () => {
  it('finds every diagram, nested ones included, and the takeaways block', () => {
    const body = lines('## A', '```mermaid\nflowchart LR\n  a --> b\n```', '<Note>\n\n```mermaid\nflowchart LR\n  c --> d\n```\n\n</Note>', '<Takeaways>\n\n- One.\n\n</Takeaways>');
    const parts = handoutParts(body);
    expect(parts.diagrams).toEqual(['```mermaid\nflowchart LR\n  a --> b\n```', '```mermaid\nflowchart LR\n  c --> d\n```']);
    expect(parts.takeaways).toBe('<Takeaways>\n\n- One.\n\n</Takeaways>');
  });

  it('returns no takeaways for a lesson without the block', () => {
    expect(handoutParts('## A\n\nText.')).toEqual({ diagrams: [], takeaways: null });
  });
});
