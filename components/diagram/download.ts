import { download } from '@/components/ui/download';
import { PALETTE, type DiagramTheme } from '@/lib/diagram/theme';

/** A file name from the diagram's title, e.g. `a-retail-monolith.svg`. */
export function svgFileName(title: string | undefined): string {
  const slug = (title ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'diagram'}.svg`;
}

/**
 * A standalone SVG file of a drawing: the XML prolog, and the theme's page colour painted behind
 * it so light text stays readable in a viewer with a white background.
 */
export function standaloneSvg(svg: string, theme: DiagramTheme): string {
  const withBackground = svg.replace(/^<svg\b([^>]*?)\sstyle="([^"]*)"/, (_m, attrs: string, style: string) => `<svg${attrs} style="${style}; background-color: ${PALETTE[theme].page};"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withBackground}\n`;
}

export function downloadSvg(svg: string, theme: DiagramTheme, title: string | undefined): void {
  download(svgFileName(title), standaloneSvg(svg, theme), 'image/svg+xml');
}
