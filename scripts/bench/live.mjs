#!/usr/bin/env node
// npm run bench:live: N simulated participants over the HTTP API (join, listen by SSE, answer)
// against one instance on the embedded store, and two instances on one PostgreSQL; then a
// builder round of 300 submitted cuts with a projector that refetches the class picture on every
// event, as the real one does. Loopback only; every server it starts is stopped at the end.
// Writes bench/live-results.json.
//   LIVE_BENCH_PARTS=questions,builder   which parts to run (default both)
//   LIVE_BENCH_STORES=embedded,postgres  which stores (default both)
//   LIVE_BENCH_SIZES=300,1000            learners in the question part
// Quick builder figures only: LIVE_BENCH_PARTS=builder LIVE_BENCH_STORES=embedded npm run bench:live
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const SIZES = (process.env.LIVE_BENCH_SIZES ?? '300,1000').split(',').map(Number);
const PORT = Number(process.env.LIVE_BENCH_PORT ?? 3390);
const QUESTION = process.env.LIVE_BENCH_QUESTION ?? firstSingleQuestion();
const PARTS = new Set((process.env.LIVE_BENCH_PARTS ?? 'questions,builder').split(','));
const STORES = new Set((process.env.LIVE_BENCH_STORES ?? 'embedded,postgres').split(','));
/** The largest scenario (13 capabilities), 300 cuts, and 40 recomputes of the picture at 300. */
const SCENARIO = process.env.LIVE_BENCH_SCENARIO ?? 'retail-shop';
const BUILDER_SIZE = Number(process.env.LIVE_BENCH_BUILDER_SIZE ?? 300);
const RECOMPUTES = 40;
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
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

/** 300 plausible cuts: a few popular cuts with noise, so common cuts have something to group. */
function plausibleCuts(scenarioId, capabilityIds, n) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, (_, k) => {
    const count = 2 + (k % 4);
    const services = Array.from({ length: count }, (_, i) => ({ id: `s${i}`, name: `Service ${i + 1}`, color: 'teal' }));
    const placement = {};
    capabilityIds.forEach((c, i) => (placement[c] = `s${rand() < 0.8 ? i % count : Math.floor(rand() * count)}`));
    return { scenarioId, services, placement, modes: {} };
  });
}

/** `store;dur=1.2, recompute;dur=8.4` → `{ store: 1.2, recompute: 8.4 }`. */
function serverTiming(header) {
  const out = {};
  for (const part of (header ?? '').split(',')) {
    const m = /^\s*([a-z]+)(?:;dur=([\d.]+))?/.exec(part);
    if (m) out[m[1]] = m[2] === undefined ? true : Number(m[2]);
  }
  return out;
}

/**
 * A builder round: n learners join and listen, each submits one cut; the projector refetches the
 * summary on every event it receives (one request in flight, one queued, like
 * components/live/builder/use-round-summary.ts). Then one learner resubmits RECOMPUTES times,
 * each followed by a summary read, for the server's recompute time at n submissions.
 */
async function runBuilder(label, hostUrl, learnerUrls, n, pids) {
  const created = await post(`${hostUrl}/api/live/sessions`, { maxParticipants: n });
  const { code, hostToken } = created.data;
  const auth = { Authorization: `Bearer ${hostToken}` };
  let summaryUrl = null;
  const tallies = [];
  const pictures = [];
  let inFlight = false;
  let again = false;
  const refresh = async () => {
    if (!summaryUrl) return;
    if (inFlight) return void (again = true);
    inFlight = true;
    try {
      const res = await fetch(summaryUrl, { headers: auth });
      const body = await res.json();
      if (res.ok) pictures.push({ at: performance.now(), submissions: body.summary.submissions, timing: serverTiming(res.headers.get('server-timing')) });
    } catch {}
    inFlight = false;
    if (again) {
      again = false;
      void refresh();
    }
  };
  const host = listen(`${hostUrl}/api/live/sessions/${code}/events`, hostToken, (type, data, at) => {
    if (type === 'tally') tallies.push({ at, answered: data.answered });
    void refresh();
  });
  await host.ready;

  const people = await pool(Array.from({ length: n }, (_, i) => i), 50, async (i) => {
    const base = learnerUrls[i % learnerUrls.length];
    const r = await post(`${base}/api/live/sessions/${code}/participants`, { nickname: `Bench ${i}` });
    if (r.status !== 201) throw new Error(`join ${i}: ${r.status} ${JSON.stringify(r.data)}`);
    return { base, token: r.data.participantToken };
  });
  const streams = await pool(people, 100, async (p) => {
    const s = listen(`${p.base}/api/live/sessions/${code}/events`, p.token, () => {});
    await s.ready;
    return s;
  });
  await sleep(500);
  const opened = await post(`${hostUrl}/api/live/sessions/${code}/rounds`, { scenario: SCENARIO }, hostToken);
  if (opened.status !== 201 && opened.status !== 200) throw new Error(`open builder round: ${opened.status} ${JSON.stringify(opened.data)}`);
  const roundId = opened.data.roundId;
  summaryUrl = `${hostUrl}/api/live/sessions/${code}/rounds/${roundId}/summary`;
  await sleep(300);
  const v = await (await fetch(`${hostUrl}/api/live/sessions/${code}`, { headers: auth })).json();
  const capabilityIds = v.round.content.scenario.capabilities.map((c) => c.id);
  const designs = plausibleCuts(SCENARIO, capabilityIds, n);

  const sent = [];
  await pool(people, 50, async (p, i) => {
    const t = performance.now();
    const r = await post(`${p.base}/api/live/sessions/${code}/rounds/${roundId}/responses`, { response: designs[i] }, p.token);
    sent.push({ at: t, done: performance.now(), status: r.status });
    if (r.status !== 200 && sent.filter((s) => s.status !== 200).length === 1) console.log(`a cut was refused: ${r.status} ${JSON.stringify(r.data)}`);
  });
  const accepted = sent.filter((s) => s.status === 200).length;
  const deadline = performance.now() + 20_000;
  while ((pictures.at(-1)?.submissions ?? 0) < accepted && performance.now() < deadline) await sleep(50);
  // From sending the k-th accepted cut to the first count (tally) and the first picture (summary)
  // on the projector that include k cuts.
  const byDone = sent.filter((s) => s.status === 200).sort((a, b) => a.done - b.done);
  const until = (list, field) =>
    byDone
      .map((s, k) => {
        const hit = list.find((x) => x[field] >= k + 1 && x.at >= s.at);
        return hit ? hit.at - s.at : null;
      })
      .filter((x) => x !== null);
  const toCount = until(tallies, 'answered');
  const toPicture = until(pictures, 'submissions');
  const floodRecomputes = pictures.map((p) => p.timing.recompute).filter((x) => typeof x === 'number');

  // Repeated recomputes at n cuts: one learner changes their cut, then the picture is read (the
  // emulated projector is stopped first, so its own reads do not take the recompute).
  summaryUrl = null;
  while (inFlight) await sleep(20);
  const summaryAt = `${hostUrl}/api/live/sessions/${code}/rounds/${roundId}/summary`;
  const recompute = [];
  const roundTrip = [];
  const store = [];
  for (let r = 0; r < RECOMPUTES; r++) {
    const p = people[r % people.length];
    const res = await post(`${p.base}/api/live/sessions/${code}/rounds/${roundId}/responses`, { response: designs[(r + 1 + (r % people.length)) % designs.length] }, p.token);
    if (res.status !== 200) continue;
    const t = performance.now();
    const s = await fetch(summaryAt, { headers: auth });
    await s.json();
    roundTrip.push(performance.now() - t);
    const timing = serverTiming(s.headers.get('server-timing'));
    if (typeof timing.recompute === 'number') recompute.push(timing.recompute);
    if (typeof timing.store === 'number') store.push(timing.store);
  }
  const memory = pids.reduce((sum, pid) => sum + rssMb(pid), 0);
  for (const s of streams) s.close();
  host.close();
  await fetch(`${hostUrl}/api/live/sessions/${code}`, { method: 'DELETE', headers: auth });
  const p1 = (xs, q) => (xs.length ? Math.round([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((q / 100) * xs.length) - 1)] * 10) / 10 : null);
  return {
    store: label,
    scenario: SCENARIO,
    capabilities: capabilityIds.length,
    submissions: n,
    accepted,
    submitP50: pct(sent.map((s) => s.done - s.at), 50),
    submitP99: pct(sent.map((s) => s.done - s.at), 99),
    toCountP50: pct(toCount, 50),
    toCountP99: pct(toCount, 99),
    toPictureP50: pct(toPicture, 50),
    toPictureP99: pct(toPicture, 99),
    pictureMissing: accepted - toPicture.length,
    recomputes: recompute.length,
    recomputeP50: p1(recompute, 50),
    recomputeP99: p1(recompute, 99),
    storeReadP50: p1(store, 50),
    summaryRoundTripP50: p1(roundTrip, 50),
    summaryRoundTripP99: p1(roundTrip, 99),
    floodRecomputes: floodRecomputes.length,
    floodRecomputeP99: p1(floodRecomputes, 99),
    serverMemoryMb: memory,
  };
}

async function main() {
  if (!existsSync(path.join(root, DIST_DIR, 'BUILD_ID'))) execFileSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
  const rows = [];
  const builderRows = [];
  const measure = async (label, host, learnerUrls, pids) => {
    if (PARTS.has('questions')) {
      for (const n of SIZES) {
        console.log(`${label}, ${n} participants…`);
        rows.push(await run(label, host.url, learnerUrls, n, pids));
        console.log(rows.at(-1));
      }
    }
    if (PARTS.has('builder')) {
      console.log(`${label}, builder round, ${BUILDER_SIZE} cuts of ${SCENARIO}…`);
      builderRows.push(await runBuilder(label, host.url, learnerUrls, BUILDER_SIZE, pids));
      console.log(builderRows.at(-1));
    }
  };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sb-live-bench-'));
  try {
    if (STORES.has('embedded')) {
      const one = await startServer(PORT, { LIVE_DATA_DIR: dataDir, DATABASE_URL: '', LIVE_MAX_PARTICIPANTS: '5000' });
      await measure('embedded (1 instance)', one, [one.url], [one.child.pid]);
      await stopAll();
    }

    if (STORES.has('postgres')) {
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
        await measure('PostgreSQL (2 instances)', a, [a.url, b.url], [a.child.pid, b.child.pid]);
        await stopAll();
        if (started) execFileSync('bash', [path.join(root, 'scripts/live-postgres.sh'), 'stop', started]);
      }
    }
  } finally {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  const out = path.join(root, 'bench', 'live-results.json');
  // A partial run keeps the other part's last figures.
  let previous = {};
  try {
    previous = JSON.parse(readFileSync(out, 'utf8'));
  } catch {}
  const now = new Date().toISOString();
  const result = {
    at: now,
    load: loadavg()[0],
    question: QUESTION,
    rowsAt: PARTS.has('questions') ? now : (previous.rowsAt ?? previous.at ?? null),
    rows: PARTS.has('questions') ? rows : (previous.rows ?? []),
    builderAt: PARTS.has('builder') ? now : (previous.builderAt ?? null),
    builder: PARTS.has('builder') ? builderRows : (previous.builder ?? []),
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  if (rows.length) {
    console.log('\n| Store | Learners | Join p50 / p99 | Answer→tally p50 / p99 | Reveal: command / first / p50 / p99 | Answers lost | Server memory | Load average |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      const reveal = `${r.revealCommandMs} / ${r.revealFirst} / ${r.revealP50} / **${r.revealP99}** ms${r.revealMissing ? ` (${r.revealMissing} missed)` : ''}`;
      console.log(`| ${r.store} | ${r.participants} | ${r.joinP50} / ${r.joinP99} ms | ${r.tallyP50} / ${r.tallyP99} ms | ${reveal} | ${r.answersLost} of ${r.accepted} | ${r.serverMemoryMb} MB | ${r.loadAverage} |`);
    }
  }
  if (builderRows.length) {
    console.log(`\n| Store | Cuts | Recompute at ${BUILDER_SIZE} cuts, p50 / p99 (target ≤ 50 ms) | Submit→count p50 / p99 | Submit→picture p50 / p99 | Server memory |`);
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of builderRows) console.log(`| ${r.store} | ${r.accepted} of ${r.submissions} | ${r.recomputeP50} / ${r.recomputeP99} ms | ${r.toCountP50} / ${r.toCountP99} ms | ${r.toPictureP50} / ${r.toPictureP99} ms${r.pictureMissing ? ` (${r.pictureMissing} missed)` : ''} | ${r.serverMemoryMb} MB |`);
  }
}

main().catch(async (err) => {
  console.error(err);
  await stopAll();
  process.exit(1);
});
