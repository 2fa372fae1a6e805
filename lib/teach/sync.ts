import * as v from 'valibot';
import { deckStateSchema, type DeckState } from './deck-state';

/**
 * What the speaker console and the audience window say to each other over a BroadcastChannel
 * (same browser, no server). The console leads: it announces its state whenever it changes and
 * answers every `hello`. An audience window says `hello` when it loads and whenever it becomes
 * visible again (browsers throttle hidden windows, so it may have missed messages), and follows.
 * Keys pressed in the audience window travel back as `state`, so either window can drive.
 */
const role = v.picklist(['console', 'audience']);

const syncMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('hello'), from: role }),
  v.strictObject({ type: v.literal('state'), from: role, state: deckStateSchema }),
]);
export type SyncMessage = v.InferOutput<typeof syncMessageSchema>;
export type SyncRole = SyncMessage['from'];

/** The channel one lesson's windows share, e.g. `"sb-present:real-time-ml"`. */
export const channelName = (slug: string) => `sb-present:${slug}`;

/** Messages come from another window: anything malformed is ignored rather than trusted. */
export function readMessage(data: unknown): SyncMessage | null {
  const parsed = v.safeParse(syncMessageSchema, data);
  return parsed.success ? parsed.output : null;
}

/** What a window does with a message: adopt a state, answer with its own, or nothing. */
type SyncReply = { adopt: DeckState } | { answer: SyncMessage } | null;

export function respond(role: SyncRole, own: DeckState, message: SyncMessage): SyncReply {
  if (message.type === 'state') return { adopt: message.state };
  // Only the console answers a hello: audience windows would otherwise answer each other.
  if (role === 'console') return { answer: { type: 'state', from: 'console', state: own } };
  return null;
}
