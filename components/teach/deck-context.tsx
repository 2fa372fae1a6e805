'use client';
import { createContext, useContext } from 'react';

/** What a slide needs from the presentation it is shown in: the reveal state of polls. */
type DeckContextValue = {
  isRevealed: (slide: number) => boolean;
  reveal: (slide: number) => void;
  /** False in the audience window: it shows slides only, and follows the console's reveals. */
  controls: boolean;
};

export const DeckContext = createContext<DeckContextValue | null>(null);

export const useDeckContext = () => useContext(DeckContext);
