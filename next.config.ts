import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security/headers';

/**
 * Security headers on every response. The Content-Security-Policy is set per page by `proxy.ts`
 * (hashes of each prerendered page's inline scripts, so `script-src` needs no 'unsafe-inline').
 */
export { securityHeaders };

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The test gate runs `tsc --noEmit` as its own step; checking types again inside every build
  // would double the build time on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Lets a second build or dev server (a helper, the benchmark) use its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
