import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { americanSpellings, mermaidText, proseOnly, yamlProse } from './spelling';

const root = path.resolve(__dirname, '../..');
const DIRS = ['lessons', 'glossary', 'guides', 'quizzes', 'scenarios'];

describe('one spelling', () => {
  it('finds American forms in prose', () => {
    expect(americanSpellings('A centralized store.\nBehavior and colors.').map((h) => `${h.line}:${h.word}`)).toEqual([
      '1:centralized',
      '2:Behavior',
      '2:colors',
    ]);
  });

  it('finds prefixed and doubled-consonant forms', () => {
    expect(americanSpellings('We re-organize, reorganize and leave it unrecognized.\nModeling, labeled data, a gray zone.').map((h) => h.word)).toEqual([
      're-organize',
      'reorganize',
      'unrecognized',
      'Modeling',
      'labeled',
      'gray',
    ]);
  });

  it('checks the labels a Mermaid drawing shows, not its ids', () => {
    const block = [
      '```mermaid',
      'flowchart LR',
      '  accTitle: How we organize',
      '  catalog[Catalog service] -- canceled --> color{Behavior?}',
      '  catalog -->|labeled| optimizer',
      '  classDef x color:#fff',
      '```',
    ].join('\n');
    expect(americanSpellings(block).map((h) => `${h.line}:${h.word}`).sort()).toEqual(['3:organize', '4:Behavior', '4:Catalog', '4:canceled', '5:labeled']);
    expect(mermaidText('  A->>B: authorize the card')).toBe(`${' '.repeat(9)}authorize the card`);
  });

  it('leaves code, inline code, links and YAML identifiers alone', () => {
    const text = '```ts\nconst optimizer = 1;\n```\nUse `averageUtilization` and [a](https://x.org/optimize).';
    expect(americanSpellings(text)).toEqual([]);
    expect(proseOnly('`color`')).toBe('       ');
    const doc = { type: 'categorize', services: ['catalog'], links: [{ from: 'catalog', label: 'The product catalog' }] };
    expect(yamlProse(doc)).toEqual([{ path: 'links.0.label', text: 'The product catalog' }]);
  });

  it('the course writes British forms everywhere a learner reads', () => {
    const hits = DIRS.flatMap((d) => {
      const dir = path.join(root, 'content', d);
      return readdirSync(dir)
        .filter((f) => /\.(mdx|ya?ml)$/.test(f))
        .flatMap((f) => {
          const raw = readFileSync(path.join(dir, f), 'utf8');
          if (f.endsWith('.mdx')) return americanSpellings(raw).map((h) => `content/${d}/${f}:${h.line}: "${h.word}"`);
          return yamlProse(parse(raw)).flatMap((s) => americanSpellings(s.text).map((h) => `content/${d}/${f} at ${s.path}: "${h.word}"`));
        });
    });
    expect(hits, hits.join('\n')).toEqual([]);
  });
});
