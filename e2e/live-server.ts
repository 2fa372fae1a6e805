import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';

/**
 * A `next start` the live-class spec controls itself (to restart it mid-question, or to run two
 * instances on one PostgreSQL), on its own port, with its own environment.
 */
export class LiveServer {
  private child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    const child = spawn('npx', ['next', 'start', '-p', String(this.port), '-H', '127.0.0.1'], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...this.env },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    this.child = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`next start on ${this.port} exited: ${stderr.slice(-500)}`);
      try {
        // Any live API call opens the store (PGlite starts in a second or two): do it before the tests.
        const res = await fetch(`${this.url}/api/live/sessions/ZZZZZZ`);
        if (res.status === 404) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`next start on ${this.port} did not answer within 60 s`);
  }

  /**
   * Stops the process group (npx and next) and waits until every process in it has gone. Next
   * waits for open event streams on SIGTERM, so after 3 s the group is killed outright, as a
   * crash would.
   */
  async stop() {
    const child = this.child;
    this.child = null;
    if (!child?.pid) return;
    const group = -child.pid;
    const alive = () => {
      try {
        process.kill(group, 0);
        return true;
      } catch {
        return false;
      }
    };
    const signal = (s: NodeJS.Signals) => {
      try {
        process.kill(group, s);
      } catch {
        // gone
      }
    };
    signal('SIGTERM');
    for (let i = 0; i < 30 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive()) signal('SIGKILL');
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A server on the embedded store in a throw-away folder, for the spec file that calls it: started
 * before the file's tests and stopped, its folder removed, after them.
 */
export function embeddedLiveServer(port: number, name: string): LiveServer {
  const dataDir = mkdtempSync(path.join(tmpdir(), `sb-${name}-`));
  const server = new LiveServer(port, { LIVE_DATA_DIR: dataDir, DATABASE_URL: '' });
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    await server.start();
  });
  test.afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return server;
}
