import * as v from 'valibot';

/**
 * Where a presentation is: the slide, whether the screen is blanked, which polls show their
 * answer. Pure, so the console, the audience window and the tests share one set of rules.
 */
const index = v.pipe(v.number(), v.integer(), v.minValue(0));

export const deckStateSchema = v.strictObject({
  /** 0-based slide index, e.g. `3` for "Slide 4 of 12". */
  slide: index,
  /** The screen shows nothing (key B), e.g. while the room discusses. */
  blank: v.boolean(),
  /** The indexes of poll slides whose answer is revealed, e.g. `[7]`. */
  revealed: v.pipe(v.array(index), v.maxLength(200)),
});
export type DeckState = v.InferOutput<typeof deckStateSchema>;

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; slide: number }
  | { type: 'blank' }
  | { type: 'reveal'; slide: number }
  | { type: 'replace'; state: DeckState };

export const startDeck = (slide = 0): DeckState => ({ slide, blank: false, revealed: [] });

const clamp = (n: number, count: number) => Math.min(Math.max(0, Math.trunc(n)), Math.max(0, count - 1));

/** Moving to a slide also lifts a blank screen: the presenter clearly wants to show something. */
export function deckReducer(count: number) {
  return (state: DeckState, action: DeckAction): DeckState => {
    const go = (slide: number): DeckState => {
      const next = clamp(slide, count);
      return next === state.slide && !state.blank ? state : { ...state, slide: next, blank: false };
    };
    switch (action.type) {
      case 'next':
        return go(state.slide + 1);
      case 'prev':
        return go(state.slide - 1);
      case 'first':
        return go(0);
      case 'last':
        return go(count - 1);
      case 'go':
        return Number.isFinite(action.slide) ? go(action.slide) : state;
      case 'blank':
        return { ...state, blank: !state.blank };
      case 'reveal':
        return state.revealed.includes(action.slide) ? state : { ...state, revealed: [...state.revealed, action.slide] };
      case 'replace':
        return { ...action.state, slide: clamp(action.state.slide, count) };
    }
  };
}

/**
 * The slide a URL points at, 0-based: `?slide=4` or `#/4` (1-based, as people count), else the
 * first. Out-of-range numbers land on the nearest real slide.
 */
export function slideFromUrl(search: string, hash: string, count: number): number {
  const raw = new URLSearchParams(search).get('slide') ?? /^#\/(\d+)$/.exec(hash)?.[1] ?? null;
  const n = raw !== null && /^\d+$/.test(raw) ? Number(raw) : 1;
  return clamp(n - 1, count);
}

/** The URL with the slide in it (`?slide=N`, 1-based), other parameters kept, any `#/N` dropped. */
export function urlWithSlide(href: string, slide: number): string {
  const url = new URL(href);
  url.searchParams.set('slide', String(slide + 1));
  if (/^#\/\d+$/.test(url.hash)) url.hash = '';
  return url.pathname + url.search + url.hash;
}
