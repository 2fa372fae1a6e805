import type { NextConfig } from 'next';

const isDev = process.env.NODE_ENV !== 'production';
// Lets a second build or dev server (a helper, the benchmark) use its own folder.
const distDir = process.env.NEXT_DIST_DIR || '.next';

/**
 * A static Content-Security-Policy: every page is prerendered, so a per-request nonce would
 * force dynamic rendering. Inline scripts carry Next's bootstrap and the no-flash theme script;
 * inline styles are needed by Mermaid's SVG and React Flow.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The test gate runs `tsc --noEmit` as its own step; checking types again inside every build
  // would double the build time on a 2-core machine.
  // A build in another folder reads tsconfig.other-builds.json, so it never rewrites tsconfig.json.
  typescript: { ignoreBuildErrors: true, tsconfigPath: distDir === '.next' ? 'tsconfig.json' : 'tsconfig.other-builds.json' },
  reactStrictMode: true,
  distDir,
  // The drag benchmark's fixture (app/builder/bench/page.bench.tsx) is a route only in the
  // benchmark's own build (scripts/bench/run.mjs sets SB_BENCH_FIXTURES=1), never in production.
  pageExtensions: process.env.SB_BENCH_FIXTURES === '1' ? ['bench.tsx', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
