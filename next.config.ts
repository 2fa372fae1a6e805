import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security/headers';

// Lets a second build or dev server (a helper, the benchmark) use its own folder.
const distDir = process.env.NEXT_DIST_DIR || '.next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Static pages are generated at build time; on a busy 2-core machine a few take over the default 60 s.
  staticPageGenerationTimeout: 300,
  // The test gate runs `tsc --noEmit` as its own step; checking types again inside every build
  // would double the build time on a 2-core machine.
  // A build in another folder reads tsconfig.other-builds.json, so it never rewrites tsconfig.json.
  typescript: { ignoreBuildErrors: true, tsconfigPath: distDir === '.next' ? 'tsconfig.json' : 'tsconfig.other-builds.json' },
  reactStrictMode: true,
  // The live class's embedded database ships WebAssembly and data files it loads at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  distDir,
  // The drag benchmark's fixture (app/builder/bench/page.bench.tsx) is a route only in the
  // benchmark's own build (scripts/bench/run.mjs sets SB_BENCH_FIXTURES=1), never in production.
  pageExtensions: process.env.SB_BENCH_FIXTURES === '1' ? ['bench.tsx', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
  // Security headers on every response. The Content-Security-Policy is set per page by `proxy.ts`
  // (hashes of each prerendered page's inline scripts, so `script-src` needs no 'unsafe-inline').
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
