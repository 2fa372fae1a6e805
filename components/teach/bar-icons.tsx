import type { ReactNode } from 'react';

/** The control bar's glyphs: 20 px line icons in the text colour, hidden from assistive technology (the button carries the name). */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="presenter-icon" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const PreviousIcon = () => (
  <Icon>
    <path d="M15 5l-7 7 7 7" />
  </Icon>
);
export const NextIcon = () => (
  <Icon>
    <path d="M9 5l7 7-7 7" />
  </Icon>
);
export const GotoIcon = () => (
  <Icon>
    <path d="M9 4L7 20M17 4l-2 16M4 9h16M3 15h16" />
  </Icon>
);
export const BlankIcon = () => (
  <Icon>
    <rect x="3" y="5" width="18" height="13" rx="1.5" fill="currentColor" />
    <path d="M9 21h6" />
  </Icon>
);
export const FullscreenIcon = () => (
  <Icon>
    <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
  </Icon>
);
export const MoreIcon = () => (
  <Icon>
    <path d="M6 15l6-6 6 6" />
  </Icon>
);
