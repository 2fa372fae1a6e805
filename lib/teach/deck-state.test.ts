import { describe, expect, it } from 'vitest';
import { deckReducer, slideFromUrl, startDeck, urlWithSlide } from './deck-state';

const reduce = deckReducer(5);

describe('deckReducer', () => {
  it('moves forward and back and stops at either end', () => {
    expect(reduce(startDeck(0), { type: 'next' }).slide).toBe(1);
    expect(reduce(startDeck(4), { type: 'next' }).slide).toBe(4);
    expect(reduce(startDeck(0), { type: 'prev' }).slide).toBe(0);
    expect(reduce(startDeck(2), { type: 'first' }).slide).toBe(0);
    expect(reduce(startDeck(2), { type: 'last' }).slide).toBe(4);
  });

  it('returns the same state when nothing changes, so no message is sent', () => {
    const end = startDeck(4);
    expect(reduce(end, { type: 'next' })).toBe(end);
  });

  it('clamps a go-to outside the deck to the nearest slide and ignores a non-number', () => {
    expect(reduce(startDeck(1), { type: 'go', slide: 99 }).slide).toBe(4);
    expect(reduce(startDeck(1), { type: 'go', slide: -3 }).slide).toBe(0);
    expect(reduce(startDeck(1), { type: 'go', slide: Number.NaN }).slide).toBe(1);
  });

  it('toggles the blank screen, and moving to a slide lifts it', () => {
    const blank = reduce(startDeck(1), { type: 'blank' });
    expect(blank.blank).toBe(true);
    expect(reduce(blank, { type: 'blank' }).blank).toBe(false);
    expect(reduce(blank, { type: 'next' })).toMatchObject({ slide: 2, blank: false });
    expect(reduce(startDeck(4), { type: 'blank' }).blank).toBe(true);
  });

  it('remembers revealed polls once each', () => {
    const once = reduce(startDeck(), { type: 'reveal', slide: 3 });
    expect(reduce(once, { type: 'reveal', slide: 3 }).revealed).toEqual([3]);
  });

  it('adopts a state from another window but keeps it inside this deck', () => {
    expect(reduce(startDeck(), { type: 'replace', state: { slide: 9, blank: true, revealed: [1] } })).toEqual({ slide: 4, blank: true, revealed: [1] });
  });
});

describe('slide numbers in the URL', () => {
  it('reads ?slide=N or #/N, 1-based, and falls back to the first slide', () => {
    expect(slideFromUrl('?slide=3', '', 5)).toBe(2);
    expect(slideFromUrl('', '#/4', 5)).toBe(3);
    expect(slideFromUrl('?slide=abc', '', 5)).toBe(0);
    expect(slideFromUrl('', '', 5)).toBe(0);
    expect(slideFromUrl('?slide=0', '', 5)).toBe(0);
    expect(slideFromUrl('?slide=50', '', 5)).toBe(4);
  });

  it('writes ?slide=N, keeping other parameters and replacing a #/N', () => {
    expect(urlWithSlide('http://x/lessons/a/present?audience=1#/2', 4)).toBe('/lessons/a/present?audience=1&slide=5');
    expect(urlWithSlide('http://x/lessons/a/present?slide=2', 0)).toBe('/lessons/a/present?slide=1');
  });
});
