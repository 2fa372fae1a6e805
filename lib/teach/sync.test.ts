import { describe, expect, it } from 'vitest';
import { startDeck } from './deck-state';
import { channelName, readMessage, respond } from './sync';

describe('presenter sync', () => {
  it('reads well-formed messages and ignores anything else', () => {
    expect(readMessage({ type: 'hello', from: 'audience' })).toEqual({ type: 'hello', from: 'audience' });
    expect(readMessage({ type: 'state', from: 'console', state: startDeck(2) })).toMatchObject({ state: { slide: 2 } });
    expect(readMessage({ type: 'state', from: 'console', state: { slide: -1, blank: false, revealed: [] } })).toBeNull();
    expect(readMessage('hello')).toBeNull();
    expect(readMessage({ type: 'hello', from: 'console', extra: 1 })).toBeNull();
  });

  it('has the console answer a hello with its state, and an audience window stay quiet', () => {
    const own = { slide: 5, blank: true, revealed: [] };
    expect(respond('console', own, { type: 'hello', from: 'audience' })).toEqual({ answer: { type: 'state', from: 'console', state: own } });
    expect(respond('audience', startDeck(), { type: 'hello', from: 'audience' })).toBeNull();
  });

  it('has every window adopt a state it is sent', () => {
    const state = { slide: 2, blank: false, revealed: [2] };
    expect(respond('audience', startDeck(), { type: 'state', from: 'console', state })).toEqual({ adopt: state });
    expect(respond('console', startDeck(), { type: 'state', from: 'audience', state })).toEqual({ adopt: state });
  });

  it('gives each lesson its own channel', () => {
    expect(channelName('real-time-ml')).not.toBe(channelName('costs-and-tco'));
  });
});
