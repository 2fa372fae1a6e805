import { describe, expect, it } from 'vitest';
import { menuPlacement } from './menu-placement';

const button = (left: number, top: number) => ({ left, top, bottom: top + 40 });

describe('menuPlacement', () => {
  it('opens below the button, left-aligned, when there is room', () => {
    expect(menuPlacement(button(100, 100), 208, 200, 1280, 800)).toEqual({ left: 100, top: 144 });
  });

  it('moves left so the menu ends inside the right edge (the 87 px overflow of a button near the edge)', () => {
    const place = menuPlacement(button(1160, 100), 208, 200, 1280, 800);
    expect(Number(place.left) + 208).toBeLessThanOrEqual(1280 - 8);
  });

  it('stays inside a phone screen whatever the button', () => {
    const place = menuPlacement(button(300, 100), 208, 200, 360, 740);
    expect(place.left).toBe(360 - 208 - 8);
  });

  it('opens above the button when there is no room below', () => {
    expect(menuPlacement(button(100, 700), 208, 200, 1280, 800).top).toBe(700 - 200 - 4);
  });

  it('stays below when there is no room above either', () => {
    expect(menuPlacement(button(100, 150), 208, 700, 1280, 800).top).toBe(194);
  });
});
