import { payloadFromHash } from '@/lib/builder/share';

/** What a pasted learner link turned out to be. */
type PastedLink =
  | { kind: 'design'; payload: string }
  | { kind: 'other-scenario'; scenario: string; payload: string }
  | { kind: 'invalid'; message: string };

/**
 * Reads a share link a learner pasted into chat (`https://…/builder/<scenario>#design=…`) before
 * the builder decodes and validates the design itself. Only the path and the fragment are read:
 * the link's host is never visited, and nothing in it becomes HTML or an href except a
 * scenario id that matches the site's own id pattern.
 */
export function readPastedLink(text: string, scenarioId: string): PastedLink {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'invalid', message: 'Paste a share link first.' };
  let url: URL;
  try {
    url = new URL(trimmed, 'https://course.invalid');
  } catch {
    return { kind: 'invalid', message: 'That is not a link. Copy the whole share link from the learner, starting with https://.' };
  }
  const payload = payloadFromHash(url.hash);
  if (!payload) return { kind: 'invalid', message: 'That link carries no design: a share link ends with #design= followed by the design.' };
  const scenario = /^\/(?:teach\/)?builder\/([a-z0-9-]+)\/?$/.exec(url.pathname)?.[1];
  if (!scenario) return { kind: 'invalid', message: 'That is not a builder share link: its path should be /builder/ and a scenario name.' };
  return scenario === scenarioId ? { kind: 'design', payload } : { kind: 'other-scenario', scenario, payload };
}
