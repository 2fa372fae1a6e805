/**
 * The instructor's one live tab. The presenter and the speaker console open it by a fixed
 * window name, so every "Start live session" and "Ask the room" reuses the same tab (and the
 * session it runs) instead of opening a new one each time. The tab remembers its session's code
 * in sessionStorage, which belongs to the tab and survives its navigations and reloads.
 */
export const LIVE_TAB = 'sb-live-session';
const CODE_KEY = 'sb-live-host-code';

/** The live screen's address, e.g. `/teach/live?lesson=migration-strategies&ask=migration-strategies/strangler-first`. */
export function liveHref(lesson: string, ask?: string) {
  const q = new URLSearchParams({ lesson });
  if (ask) q.set('ask', ask);
  return `/teach/live?${q}`;
}

/** Opens (or navigates) the live tab. No `noopener`: a tab opened with it cannot be found by name again. */
export function openLiveTab(href: string) {
  const win = window.open(href, LIVE_TAB);
  win?.focus();
  return win !== null;
}

export function rememberHostSession(code: string) {
  try {
    window.sessionStorage.setItem(CODE_KEY, code);
  } catch {
    // Storage refused: the next "Ask the room" starts a new session instead.
  }
}

export function rememberedHostSession(): string | null {
  try {
    return window.sessionStorage.getItem(CODE_KEY);
  } catch {
    return null;
  }
}

export function forgetHostSession() {
  try {
    window.sessionStorage.removeItem(CODE_KEY);
  } catch {
    // nothing kept
  }
}
