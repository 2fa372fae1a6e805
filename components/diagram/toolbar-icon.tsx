/**
 * The diagram toolbar's buttons are words on wide screens and icons on phones (below 768 px),
 * so the row fits a 360 px screen. The words stay in the accessible name at every width.
 */
const PATHS = {
  edit: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5M9 12h6',
  fullscreen: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
} as const;

export type ToolbarIconName = keyof typeof PATHS;

/** `label` is always read; on a phone only the icon is seen. */
export function ToolbarLabel({ icon, label }: { icon: ToolbarIconName; label: string }) {
  return (
    <>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className="md:hidden">
        <path d={PATHS[icon]} />
      </svg>
      <span className="sr-only md:not-sr-only">{label}</span>
    </>
  );
}
