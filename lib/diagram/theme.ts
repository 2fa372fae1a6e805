import type { MermaidConfig } from 'mermaid';

/** The two site themes a diagram is drawn for. */
export type DiagramTheme = 'light' | 'dark';

export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark'];

/**
 * The site palette (app/globals.css) in hex: Mermaid's theme engine rejects OKLCH and var().
 * `ink` is body text, `page` the background, `node` the default node fill.
 */
export const PALETTE = {
  light: { page: '#ffffff', ink: '#1c2330', muted: '#4a5568', line: '#9aa5b4', panel: '#f5f7fa', accent: '#0b5cad', node: '#e7f0fa', note: '#fff8d6', noteLine: '#b08800' },
  dark: { page: '#0f141b', ink: '#e6e9ee', muted: '#a9b3c1', line: '#4b5a6e', panel: '#161d27', accent: '#7cb7ff', node: '#1a2a3f', note: '#2d2a17', noteLine: '#8a7a2e' },
} as const satisfies Record<DiagramTheme, Record<string, string>>;

/**
 * Arial's metrics everywhere: the build machine draws with Liberation Sans (metric-compatible with
 * Arial), so labels measured there fit their boxes on Windows, macOS and Linux alike.
 */
const DIAGRAM_FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/**
 * Keys a diagram's own `%%{init}%%` or front matter may not change: the theme follows the site,
 * and learner-typed source must not inject CSS or loosen the security level.
 */
const LOCKED_KEYS = [
  'secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges',
  'theme', 'themeVariables', 'themeCSS', 'darkMode', 'fontFamily', 'altFontFamily', 'look', 'htmlLabels',
];

/** The one Mermaid configuration, for the build-time renderer and the live editor alike. */
export function mermaidConfig(theme: DiagramTheme): MermaidConfig {
  const p = PALETTE[theme];
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    suppressErrorRendering: true,
    secure: LOCKED_KEYS,
    theme: 'base',
    look: 'classic',
    // Some shapes (stadiums, cylinders) are drawn with seeded randomness: a fixed seed makes the
    // light and dark drawings share their geometry, and rebuilds reproducible.
    handDrawnSeed: 1,
    darkMode: theme === 'dark',
    fontFamily: DIAGRAM_FONT,
    themeVariables: {
      darkMode: theme === 'dark',
      fontFamily: DIAGRAM_FONT,
      fontSize: '16px',
      background: p.page,
      primaryColor: p.node,
      primaryTextColor: p.ink,
      primaryBorderColor: p.accent,
      secondaryColor: p.panel,
      secondaryTextColor: p.ink,
      secondaryBorderColor: p.muted,
      tertiaryColor: p.panel,
      tertiaryTextColor: p.ink,
      tertiaryBorderColor: p.line,
      lineColor: p.muted,
      textColor: p.ink,
      titleColor: p.ink,
      nodeTextColor: p.ink,
      clusterBkg: p.panel,
      clusterBorder: p.line,
      edgeLabelBackground: p.page,
      noteBkgColor: p.note,
      noteTextColor: p.ink,
      noteBorderColor: p.noteLine,
      actorTextColor: p.ink,
      labelTextColor: p.ink,
      signalColor: p.ink,
      signalTextColor: p.ink,
    },
  };
}
