/** The key under which the learner's explicit theme choice is kept. */
export const THEME_KEY = 'sb-theme';
/** The class on <html> that turns the dark palette on (Tailwind's `dark:` variant reads it too). */
export const DARK_CLASS = 'dark';

export type Theme = 'light' | 'dark';

/**
 * Runs inline in <head> before the first paint, so the page never flashes the wrong theme:
 * an explicit choice wins, else the system preference.
 */
export const THEME_SCRIPT = `(function(){try{var s=localStorage.getItem('${THEME_KEY}');var d=s?s==='dark':window.matchMedia('(prefers-color-scheme: dark)').matches;var e=document.documentElement;e.classList.toggle('${DARK_CLASS}',d);e.style.colorScheme=d?'dark':'light'}catch(_){}})()`;

/** The theme on the page now (browser only). */
export function currentTheme(): Theme {
  return document.documentElement.classList.contains(DARK_CLASS) ? 'dark' : 'light';
}

/** Applies and remembers a theme; storage may be unavailable, the switch still happens. */
export function setTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle(DARK_CLASS, theme === 'dark');
  root.style.colorScheme = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private mode or a full quota: the choice lasts for this page only.
  }
}

/** Calls back whenever the page's theme changes, from any source. Returns the unsubscribe. */
export function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
