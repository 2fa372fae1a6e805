/** The newest source file a build is made from, relative to root. */
export function newestSource(root: string): { file: string; mtimeMs: number } | null;
/** Whether the build in distDir exists and is newer than every source file. */
export function buildFreshness(root: string, distDir?: string): { buildId: string | null; fresh: boolean; reason: string };
