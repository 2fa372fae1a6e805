import { encode } from 'uqr';

/** A QR code as SVG squares, drawn in the page's ink on its background (so both themes scan). */
export function QrCode({ value, label, size = 220 }: { value: string; label: string; size?: number }) {
  const { data, size: n } = encode(value, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => row.forEach((on, x) => (path += on ? `M${x} ${y}h1v1h-1z` : '')));
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${n} ${n}`} width={size} height={size} shapeRendering="crispEdges" className="rounded bg-white">
      <path d={path} fill="#000" />
    </svg>
  );
}
