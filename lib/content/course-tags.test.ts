import { describe, expect, it } from 'vitest';
import { unknownTags } from './course-tags';

describe('unknownTags', () => {
  it('accepts course tags and lower-case HTML', () => {
    expect(unknownTags('<Note>\n\nText<br />more.\n\n</Note>\n\n<Quiz id="x" />\n')).toEqual([]);
  });

  it('names a tag that is not a course tag, with its line', () => {
    expect(unknownTags('Intro.\n\n<Warning>\n\nCareful.\n\n</Warning>\n', 5)).toEqual([{ name: 'Warning', line: 7 }]);
  });

  it('ignores tags inside code', () => {
    expect(unknownTags('```ts\nconst x: Array<OrderRef> = [];\n```\n\nUse `<Fake />` here.\n')).toEqual([]);
  });

  it('refuses the glossary marker, which only the site inserts', () => {
    expect(unknownTags('A <GlossaryTerm id="saga">saga</GlossaryTerm>.')).toEqual([{ name: 'GlossaryTerm', line: 1 }]);
  });
});
