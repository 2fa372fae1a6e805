#!/usr/bin/env node
// npm run bench:live: N simulated participants over the HTTP API (join, listen by SSE, answer)
// against one instance on the embedded store, and two instances on one PostgreSQL. Loopback
// only; every server it starts is stopped at the end. Writes bench/live-results.json.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const SIZES = (process.env.LIVE_BENCH_SIZES ?? '300,1000').split(',').map(Number);
const PORT = Number(process.env.LIVE_BENCH_PORT ?? 3390);
const QUESTION = process.env.LIVE_BENCH_QUESTION ?? firstSingleQuestion();
const servers = [];

function firstSingleQuestion() {
  const dir = path.join(root, 'content', 'quizzes');
  const text = readFileSync(path.join(dir, 'monoliths-and-microservices.yaml'), 'utf8');
  const m = /- id: ([a-z0-9-]+)\n\s+type: single/.exec(text);
  return `monoliths-and-microservices/${m[1]}`;
}

async function startServer(port, env) {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  servers.push(child);
  for (let i = 0; i < 480; i++) {
    try {
      // A live API call opens the store first (PGlite takes seconds on a busy machine).
      if ((await fetch(`http://127.0.0.1:${port}/api/live/sessions/ZZZZZZ`)).status === 404) return { child, url: `http://127.0.0.1:${port}` };
    } catch {}
    await sleep(250);
  }
  throw new Error(`server on ${port} did not start`);
}

async function stopAll() {
  await Promise.all(servers.splice(0).map((c) => new Promise((r) => (c.exitCode !== null ? r() : (c.once('exit', r), c.kill('SIGTERM'))))));
}

/** Resident memory of a server process and its children, in MB. */
function rssMb(pid) {
  const pids = [pid];
  try {
    pids.push(...execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').filter(Boolean).map(Number));
  } catch {}
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))[1]);
    } catch {}
  }
  return Math.round(kb / 1024);
}

const pct = (xs, p) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]);
};

async function post(url, body, token) {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body ?? {}) });
  return { status: res.status, data: await res.json().catch(() => null) };
}

/** An SSE listener: calls onEvent(type, data, receivedAt) for each message. */
function listen(url, token, onEvent) {
  const ctrl = new AbortController();
  const ready = (async () => {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: ctrl.signal });
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buf += decoder.decode(value, { stream: true });
          let i;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const type = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (type && data) onEvent(type, JSON.parse(data), performance.now());
          }
        }
      } catch {}
    })();
  })();
  return { ready, close: () => ctrl.abort() };
}

async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  }));
  return out;
}

async function run(label, hostUrl, learnerUrls, n, pids) {
  const created = await post(`${hostUrl}/api/live/sessions`, { maxParticipants: n });
  const { code, hostToken } = created.data;
  const tallies = [];
  const host = listen(`${hostUrl}/api/live/sessions/${code}/events`, hostToken, (type, data, at) => {
    if (type === 'tally') tallies.push({ at, answered: data.answered });
  });
  await host.ready;

  const joins = [];
  const people = await pool(Array.from({ length: n }, (_, i) => i), 50, async (i) => {
    const base = learnerUrls[i % learnerUrls.length];
    const t = performance.now();
    const r = await post(`${base}/api/live/sessions/${code}/participants`, { nickname: `Bench ${i}` });
    joins.push(performance.now() - t);
    if (r.status !== 201) throw new Error(`join ${i}: ${r.status} ${JSON.stringify(r.data)}`);
    return { base, token: r.data.participantToken, revealedAt: null };
  });
  const streams = await pool(people, 100, async (p) => {
    const s = listen(`${p.base}/api/live/sessions/${code}/events`, p.token, (type, _d, at) => {
      if (type === 'round-revealed' && p.revealedAt === null) p.revealedAt = at;
    });
    await s.ready;
    return s;
  });
  await sleep(500);
  const opened = await post(`${hostUrl}/api/live/sessions/${code}/rounds`, { question: QUESTION }, hostToken);
  const roundId = opened.data.roundId;
  await sleep(300);

  const v = await (await fetch(`${hostUrl}/api/live/sessions/${code}`, { headers: { Authorization: `Bearer ${hostToken}` } })).json();
  const ids = v.round.content.choices.map((c) => c.id);
  const sent = [];
  let accepted = 0;
  await pool(people, 50, async (p, i) => {
    const t = performance.now();
    const r = await post(`${p.base}/api/live/sessions/${code}/rounds/${roundId}/responses`, { response: { selected: ids[i % ids.length] } }, p.token);
    if (r.status === 200) accepted++;
    sent.push({ at: t, done: performance.now(), status: r.status });
  });
  // Answer-to-tally: from sending the k-th accepted answer to the first tally counting k.
  const deadline = performance.now() + 10_000;
  while ((tallies.at(-1)?.answered ?? 0) < accepted && performance.now() < deadline) await sleep(50);
  const byDone = sent.filter((s) => s.status === 200).sort((a, b) => a.done - b.done);
  const toTally = byDone.map((s, k) => {
    const t = tallies.find((x) => x.answered >= k + 1 && x.at >= s.at);
    return t ? t.at - s.at : null;
  }).filter((x) => x !== null);

  const load = loadavg()[0];
  const t0 = performance.now();
  await post(`${hostUrl}/api/live/sessions/${code}/rounds/${roundId}/reveal`, {}, hostToken);
  // Where the reveal's time goes: the command itself (store transaction and HTTP), then the fan-out.
  const revealCommand = performance.now() - t0;
  const revealDeadline = performance.now() + 15_000;
  while (people.some((p) => p.revealedAt === null) && performance.now() < revealDeadline) await sleep(20);
  const reveal = people.filter((p) => p.revealedAt !== null).map((p) => p.revealedAt - t0);
  const memory = pids.reduce((sum, pid) => sum + rssMb(pid), 0);

  const results = await (await fetch(`${hostUrl}/api/live/sessions/${code}/results`, { headers: { Authorization: `Bearer ${hostToken}` } })).json();
  const stored = results.rounds[0].answered;
  for (const s of streams) s.close();
  host.close();
  await fetch(`${hostUrl}/api/live/sessions/${code}`, { method: 'DELETE', headers: { Authorization: `Bearer ${hostToken}` } });
  return {
    store: label,
    participants: n,
    joinP50: pct(joins, 50),
    joinP99: pct(joins, 99),
    tallyP50: pct(toTally, 50),
    tallyP99: pct(toTally, 99),
    revealCommandMs: Math.round(revealCommand),
    revealFirst: pct(reveal, 0.001),
    revealP50: pct(reveal, 50),
    revealP99: pct(reveal, 99),
    loadAverage: Math.round(load * 10) / 10,
    revealMissing: n - reveal.length,
    accepted,
    answersLost: accepted - stored,
    serverMemoryMb: memory,
  };
}

async function main() {
  // NEXT_DIST_DIR picks another build folder (next.config.ts reads it too, for the servers started here).
  if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) execFileSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
  const rows = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sb-live-bench-'));
  try {
    const one = await startServer(PORT, { LIVE_DATA_DIR: dataDir, DATABASE_URL: '', LIVE_MAX_PARTICIPANTS: '5000' });
    for (const n of SIZES) {
      console.log(`embedded store, ${n} participants…`);
      rows.push(await run('embedded (1 instance)', one.url, [one.url], n, [one.child.pid]));
      console.log(rows.at(-1));
    }
    await stopAll();

    let db = process.env.LIVE_BENCH_DATABASE_URL ?? process.env.LIVE_TEST_DATABASE_URL;
    let started = null;
    if (!db) {
      const out = execFileSync('bash', [path.join(root, 'scripts/live-postgres.sh'), 'start', String(PORT + 50)], { encoding: 'utf8' });
      const m = /LIVE_TEST_DATABASE_URL=(\S+) LIVE_TEST_PG_DIR='([^']+)'/.exec(out);
      if (m) [, db, started] = m;
    }
    if (!db) console.log('No PostgreSQL available: the two-instance figures are skipped.');
    else {
      const a = await startServer(PORT + 1, { DATABASE_URL: db, LIVE_MAX_PARTICIPANTS: '5000' });
      const b = await startServer(PORT + 2, { DATABASE_URL: db, LIVE_MAX_PARTICIPANTS: '5000' });
      for (const n of SIZES) {
        rows.push(await run('PostgreSQL (2 instances)', a.url, [a.url, b.url], n, [a.child.pid, b.child.pid]));
        console.log(rows.at(-1));
      }
      await stopAll();
      if (started) execFileSync('bash', [path.join(root, 'scripts/live-postgres.sh'), 'stop', started]);
    }
  } finally {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'live-results.json'), `${JSON.stringify({ at: new Date().toISOString(), question: QUESTION, rows }, null, 2)}\n`);
  console.log('\n| Store | Learners | Join p50 / p99 | Answer→tally p50 / p99 | Reveal: command / first / p50 / p99 | Answers lost | Server memory | Load average |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const reveal = `${r.revealCommandMs} / ${r.revealFirst} / ${r.revealP50} / **${r.revealP99}** ms${r.revealMissing ? ` (${r.revealMissing} missed)` : ''}`;
    console.log(`| ${r.store} | ${r.participants} | ${r.joinP50} / ${r.joinP99} ms | ${r.tallyP50} / ${r.tallyP99} ms | ${reveal} | ${r.answersLost} of ${r.accepted} | ${r.serverMemoryMb} MB | ${r.loadAverage} |`);
  }
}

main().catch(async (err) => {
  console.error(err);
  await stopAll();
  process.exit(1);
});
