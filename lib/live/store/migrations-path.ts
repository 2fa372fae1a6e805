import path from 'node:path';

/** The migrations folder. Resolved from the project root, where `next start` and the tests run. */
export const MIGRATIONS = path.join(process.cwd(), 'lib', 'live', 'store', 'migrations');
