import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname), 'server-only': path.resolve(__dirname, 'lib/test/server-only-stub.ts') } },
  test: {
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'content/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Content tests parse every lesson; on a busy 2-core machine that can take more than the defaults.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
