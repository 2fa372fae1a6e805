import type { CSSProperties } from 'react';

const EDGE = 8;

/**
 * Where a menu of `width`×`height` opens beside its button (`anchor`, viewport coordinates): below
 * it, left-aligned, moved left as far as the viewport's right edge needs, above the button when
 * there is no room below. Fixed positioning, so no scrolling container clips it.
 */
export function menuPlacement(anchor: { left: number; top: number; bottom: number }, width: number, height: number, viewportWidth: number, viewportHeight: number): CSSProperties {
  const left = Math.max(EDGE, Math.min(anchor.left, viewportWidth - width - EDGE));
  const below = anchor.bottom + 4;
  const top = below + height > viewportHeight - EDGE && anchor.top - height - 4 >= EDGE ? anchor.top - height - 4 : below;
  return { left, top };
}
