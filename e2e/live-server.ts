import { spawn, type ChildProcess } from 'node:child_process';

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
        const res = await fetch(`${this.url}/join`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`next start on ${this.port} did not answer within 60 s`);
  }

  /** Stops the process group (npx and next) and waits until it has exited. */
  async stop() {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    // The group's last process (next's server) may outlive npx by a moment.
    for (let i = 0; i < 40; i++) {
      try {
        process.kill(-child.pid!, 0);
        await new Promise((r) => setTimeout(r, 100));
      } catch {
        return;
      }
    }
  }
}
