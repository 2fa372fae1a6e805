import 'server-only';
import type { EventBus } from './bus';
import type { LiveEvent, Viewer } from './types';
import type { RoomView } from './view';

/** `Cache-Control: no-transform` keeps Next from gzipping (and so buffering) the stream. */
const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
};

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

/**
 * Each event's message, serialised and encoded once however many streams send it: the bus hands
 * every stream the same event object, and a reveal goes to the whole room at once.
 */
const encoded = new WeakMap<LiveEvent, Uint8Array>();
function eventBytes(e: LiveEvent): Uint8Array {
  let bytes = encoded.get(e);
  if (!bytes) encoded.set(e, (bytes = encoder.encode(sseMessage(e.seq, e.type, e.data))));
  return bytes;
}

/** One SSE message: `id`, `event` and `data` lines, then a blank line. */
export const sseMessage = (id: number, event: string, data: unknown): string => `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

type Options = { signal: AbortSignal; bus: EventBus; code: string; viewer: Viewer; lastEventId: number | null; state: () => Promise<RoomView> };

/**
 * The stream for one browser or script: `retry`, then its state (or a replay after
 * `Last-Event-ID`), then every new event it may see, with a comment heartbeat every 15 s.
 */
export function openEventStream({ signal, bus, code, viewer, lastEventId, state }: Options): Response {
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (chunk: string | Uint8Array) => {
        if (!open) return;
        try {
          controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
        } catch {
          close();
        }
      };
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      let unsubscribe = () => {};
      const heartbeat = setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS);
      cleanup = close;
      signal.addEventListener('abort', close);
      write('retry: 2000\n\n');
      let after = lastEventId;
      if (after === null) {
        const v = await state();
        after = v.seq;
        write(sseMessage(v.seq, 'state', v));
      }
      const send = (e: LiveEvent) => write(eventBytes(e));
      unsubscribe = bus.subscribe(code, viewer, after, send);
      if (signal.aborted) close();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
