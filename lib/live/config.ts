import path from 'node:path';

/** Settings from the environment, read once. Every one is optional. */
export type LiveConfig = {
  /** `DATABASE_URL`: a PostgreSQL server shared by every instance; unset = the embedded store. */
  databaseUrl: string | null;
  /** `LIVE_DATA_DIR`: the embedded store's folder (default `.data/live`, git-ignored). */
  dataDir: string;
  /** `LIVE_HOST_KEY`: when set, creating a session requires it. */
  hostKey: string | null;
  /** `LIVE_MAX_PARTICIPANTS`: the cap per session (default 500). */
  maxParticipants: number;
  /** `LIVE_RETENTION_HOURS`: a session's data is deleted this long after it ends or goes idle (default 24). */
  retentionHours: number;
  /** `LIVE_PUBLIC_URL`: the address learners should use, e.g. `https://live.school.example`. */
  publicUrl: string | null;
};

const int = (value: string | undefined, fallback: number, min: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export function readConfig(env: Record<string, string | undefined> = process.env): LiveConfig {
  return {
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.LIVE_DATA_DIR || path.join(process.cwd(), '.data', 'live')),
    hostKey: env.LIVE_HOST_KEY || null,
    maxParticipants: int(env.LIVE_MAX_PARTICIPANTS, 500, 1, 10_000),
    retentionHours: int(env.LIVE_RETENTION_HOURS, 24, 1, 24 * 365),
    publicUrl: env.LIVE_PUBLIC_URL || null,
  };
}
