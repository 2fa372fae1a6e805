import { describe, expect, it } from 'vitest';
import { readPastedLink } from './share-link';

describe('readPastedLink', () => {
  it('takes the design out of a share link for this scenario, from any host', () => {
    expect(readPastedLink('  https://example.org/builder/retail-shop#design=abc_-1 ', 'retail-shop')).toEqual({ kind: 'design', payload: 'abc_-1' });
    expect(readPastedLink('/teach/builder/retail-shop#design=xyz', 'retail-shop')).toEqual({ kind: 'design', payload: 'xyz' });
  });

  it('names the scenario of a link made for another one', () => {
    expect(readPastedLink('https://x.test/builder/order-saga#design=abc', 'retail-shop')).toEqual({ kind: 'other-scenario', scenario: 'order-saga', payload: 'abc' });
  });

  it('explains an empty paste, a link without a design and a link to another page', () => {
    expect(readPastedLink('', 'retail-shop')).toMatchObject({ kind: 'invalid', message: 'Paste a share link first.' });
    expect(readPastedLink('https://x.test/builder/retail-shop', 'retail-shop')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/no design/) });
    expect(readPastedLink('https://x.test/lessons/a#design=abc', 'retail-shop')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/not a builder share link/) });
    expect(readPastedLink('https://x.test/builder/<script>#design=abc', 'retail-shop')).toMatchObject({ kind: 'invalid' });
  });
});
