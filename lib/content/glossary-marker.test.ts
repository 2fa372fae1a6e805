import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { rehypeGlossary } from './mdx-plugins';

async function mark(mdx: string, terms = [{ id: 'saga', names: ['Saga', 'sagas'] }, { id: 'api-gateway', names: ['API gateway'] }]) {
  const out = await compile(mdx, { rehypePlugins: [rehypeGlossary(terms)], jsx: true });
  return String(out);
}

describe('rehypeGlossary', () => {
  it('marks the first use of a term in prose', async () => {
    const js = await mark('A saga undoes work. Another saga follows.');
    expect(js.match(/GlossaryTerm id=/g)?.length).toBe(1);
    expect(js).toContain('<GlossaryTerm id="saga">{"saga"}</GlossaryTerm>');
  });

  it('matches aliases and ignores case', async () => {
    expect(await mark('Two Sagas run.')).toContain('id="saga">{"Sagas"}');
  });

  it('leaves headings, links and code alone', async () => {
    const js = await mark('## Saga\n\n[saga](/x) and `saga`');
    expect(js).not.toContain('GlossaryTerm id');
  });

  it('does not match inside longer words', async () => {
    expect(await mark('The sagaciousness of it.')).not.toContain('GlossaryTerm id');
  });

  it('marks terms inside callouts', async () => {
    expect(await mark('<Note>\n\nAn API gateway routes.\n\n</Note>')).toContain('id="api-gateway"');
  });
});
