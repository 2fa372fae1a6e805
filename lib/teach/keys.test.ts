import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyInput } from './keys';

const press = (key: string, over: Partial<KeyInput> = {}) => keyCommand({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' }, ...over });

describe('keyCommand', () => {
  it('moves with the arrows, Space and the clicker keys PageUp/PageDown', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(press(key), key).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(press(key), key).toEqual({ type: 'prev' });
    expect(press('Home')).toEqual({ type: 'first' });
    expect(press('End')).toEqual({ type: 'last' });
  });

  it('maps F, B (and the clicker\'s "."), G and Esc', () => {
    expect(press('f')).toEqual({ type: 'fullscreen' });
    expect(press('B')).toEqual({ type: 'blank' });
    expect(press('.')).toEqual({ type: 'blank' });
    expect(press('g')).toEqual({ type: 'goto-dialog' });
    expect(press('Escape')).toEqual({ type: 'exit' });
  });

  it('leaves typing in a field, browser shortcuts and other keys alone', () => {
    expect(press('ArrowRight', { target: { tagName: 'INPUT' } })).toBeNull();
    expect(press('b', { target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('ArrowDown')).toBeNull();
    expect(press('x')).toBeNull();
  });

  it('lets Space press a focused button instead of moving on', () => {
    expect(press(' ', { target: { tagName: 'BUTTON' } })).toBeNull();
    expect(press('ArrowRight', { target: { tagName: 'BUTTON' } })).toEqual({ type: 'next' });
  });
});
