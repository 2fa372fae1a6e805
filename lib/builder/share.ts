import { checkDesign } from './design-schema';
import type { Design, Scenario } from './model';

/**
 * Share links carry a design in the URL fragment (`#design=…`): deflate-compressed with the
 * browser's own CompressionStream (no library), then base64url. Everything coming back is
 * untrusted: the length is capped before and after decompressing (a small link must not inflate
 * into megabytes), and the result goes through the same checks as any saved design.
 */
export const SHARE_PARAM = 'design';
/** Longest fragment accepted, in characters: well under what browsers and chat apps keep. */
export const MAX_LINK_CHARS = 8_000;
/** Largest decompressed design accepted, in bytes. */
export const MAX_JSON_BYTES = 64_000;

type ShareResult = { success: true; data: Design } | { success: false; error: string };

/** The payload of a share link: the design with whole-pixel positions. */
async function encodeDesign(design: Design): Promise<string> {
  const positions = design.positions
    ? Object.fromEntries(Object.entries(design.positions).map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]))
    : undefined;
  const json = JSON.stringify({ ...design, positions });
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The full link to the scenario's editor with the design in it. */
export async function shareUrl(base: string, design: Design): Promise<string> {
  const url = new URL(base);
  url.search = '';
  url.hash = `${SHARE_PARAM}=${await encodeDesign(design)}`;
  return url.toString();
}

/** Reads the payload out of a location hash, e.g. `"#design=abc"`; null when there is none. */
export function payloadFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}

/** Decodes and validates a share payload against the scenario it was opened in. */
export async function decodeDesign(scenario: Scenario, payload: string): Promise<ShareResult> {
  const broken = (why: string): ShareResult => ({ success: false, error: `This share link could not be opened: ${why} The scenario opened unchanged.` });
  if (payload.length === 0) return broken('it carries no design.');
  if (payload.length > MAX_LINK_CHARS) return broken(`it is too long (${payload.length} characters; the limit is ${MAX_LINK_CHARS}).`);
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) return broken('it contains characters a share link never has, so it was probably cut or edited.');
  const bytes = fromBase64Url(payload);
  if (!bytes) return broken('it is not valid base64url, so it was probably cut or edited.');
  const json = await inflateCapped(bytes, MAX_JSON_BYTES);
  if (json === 'too-big') return broken('the design inside is larger than any real design.');
  if (json === null) return broken('the design inside is damaged (it could not be decompressed).');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return broken('the design inside is damaged (it is not valid JSON).');
  }
  const checked = checkDesign(scenario, value);
  return checked.success ? checked : broken(checked.error);
}

/** Inflates raw-deflate bytes, stopping as soon as the output passes `limit` bytes. */
async function inflateCapped(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<string | 'too-big' | null> {
  try {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return 'too-big';
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let offset = 0;
    for (const c of chunks) {
      all.set(c, offset);
      offset += c.byteLength;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    return null;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/(?<!=)=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
