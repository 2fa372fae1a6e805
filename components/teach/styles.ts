/** Shared classes for the teach pages (plain pages in the site's own look). */
export const primaryLink =
  'inline-flex min-h-11 items-center rounded-md bg-[var(--accent)] px-4 font-semibold text-[var(--accent-ink)] hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]';
export const secondaryLink =
  'inline-flex min-h-11 items-center rounded-md border border-[var(--line)] px-3 font-medium hover:bg-[var(--panel)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]';
export const textLink = 'font-medium text-[var(--accent)] underline underline-offset-2';
export const sectionHeading = 'mt-10 mb-3 text-2xl font-bold';
