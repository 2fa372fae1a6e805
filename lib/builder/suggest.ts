import { acceleratorOf, analyse, listNames, modeOf } from './analysis';
import { evaluate } from './evaluate';
import type { Capability, Design, Evaluation, Scenario, ScalingProfile } from './model';
import { designFromReference, SERVICE_COLORS } from './reference-design';

/** Weights of the coupling graph, in "calls per request" units. */
const TIE_WEIGHTS = { async: 0.5, sharedData: 2, changesWith: 2 } as const;

/** How much a difference in scaling profile weakens a tie: a split signal (Service Cutter's "scalability" criterion). */
export function scalingFactor(p: ScalingProfile, q: ScalingProfile): number {
  if (p === q) return 1;
  if (p === 'gpu' || q === 'gpu') return 0.2;
  return 0.5;
}

/** One weighted, undirected tie between two capabilities, with the reasons that make it up. */
type Tie = { a: string; b: string; weight: number; reasons: string[] };

/** Builds the coupling graph: calls, shared data and change coupling, weakened across scaling profiles. */
export function couplingGraph(scenario: Scenario): Tie[] {
  const byId = new Map(scenario.capabilities.map((c) => [c.id, c]));
  const ties = new Map<string, Tie>();
  const add = (x: string, y: string, w: number, reason: string) => {
    const [a, b] = [x, y].sort() as [string, string];
    const key = `${a}|${b}`;
    const tie = ties.get(key) ?? { a, b, weight: 0, reasons: [] };
    tie.weight += w;
    tie.reasons.push(reason);
    ties.set(key, tie);
  };
  for (const x of scenario.interactions) {
    const w = x.weight * (x.kind === 'async' ? TIE_WEIGHTS.async : 1);
    add(x.from, x.to, w, `${x.weight} ${x.kind} call${x.weight === 1 ? '' : 's'} per request (${x.label.toLowerCase()})`);
  }
  const writers = new Map<string, string[]>();
  for (const c of scenario.capabilities) for (const d of c.writes) writers.set(d, [...(writers.get(d) ?? []), c.id]);
  for (const [d, ws] of writers) {
    const name = scenario.data.find((e) => e.id === d)?.name ?? d;
    for (let i = 0; i < ws.length; i++) for (let j = i + 1; j < ws.length; j++) add(ws[i]!, ws[j]!, TIE_WEIGHTS.sharedData, `both write ${name.toLowerCase()}`);
  }
  const seen = new Set<string>();
  for (const c of scenario.capabilities) {
    for (const o of c.changesWith ?? []) {
      const key = [c.id, o].sort().join('|');
      if (seen.has(key) || !byId.has(o)) continue;
      seen.add(key);
      add(c.id, o, TIE_WEIGHTS.changesWith, 'they change together');
    }
  }
  return [...ties.values()].map((t) => {
    const f = scalingFactor(byId.get(t.a)!.scaling, byId.get(t.b)!.scaling);
    if (f === 1) return t;
    const [p, q] = [byId.get(t.a)!.scaling, byId.get(t.b)!.scaling];
    return { ...t, weight: t.weight * f, reasons: [...t.reasons, `weakened ×${f}: ${p} and ${q} scale differently`] };
  });
}

/** A weighted graph over integer nodes, as Louvain works on it (self-loops hold merged inner weight). */
type Graph = { n: number; adj: Map<number, number>[] };

/** Gain of joining a community; the resolution γ > 1 favours more, smaller communities. */
function modularityGain(kIn: number, tot: number, k: number, m: number, resolution: number): number {
  return kIn / m - (resolution * tot * k) / (2 * m * m);
}

/**
 * One Louvain level: move each node to the neighbouring community with the best modularity
 * gain until nothing moves. Visits nodes in index order so results are deterministic.
 */
function localMoves(g: Graph, m: number, resolution: number, onMove: (node: number, to: number, gain: number) => void): number[] {
  const community = Array.from({ length: g.n }, (_, i) => i);
  const degree = g.adj.map((nbrs) => [...nbrs.values()].reduce((s, w) => s + w, 0));
  const tot = [...degree];
  let moved = true;
  for (let round = 0; moved && round < 100; round++) {
    moved = false;
    for (let i = 0; i < g.n; i++) {
      const own = community[i]!;
      const links = new Map<number, number>();
      for (const [j, w] of g.adj[i]!) if (j !== i) links.set(community[j]!, (links.get(community[j]!) ?? 0) + w);
      tot[own]! -= degree[i]!;
      let best = own;
      let bestGain = modularityGain(links.get(own) ?? 0, tot[own]!, degree[i]!, m, resolution);
      for (const [c, kIn] of [...links].sort((x, y) => x[0] - y[0])) {
        const gain = modularityGain(kIn, tot[c]!, degree[i]!, m, resolution);
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      tot[best]! += degree[i]!;
      if (best !== own) {
        community[i] = best;
        moved = true;
        onMove(i, best, bestGain - modularityGain(links.get(own) ?? 0, tot[own]!, degree[i]!, m, resolution));
      }
    }
  }
  return community;
}

/** Q of a partition: the share of weight inside communities minus what random wiring would put there. */
export function modularity(ties: Tie[], groupOf: Map<string, number>): number {
  const m = ties.reduce((s, t) => s + t.weight, 0);
  if (m === 0) return 0;
  const inner = new Map<number, number>();
  const tot = new Map<number, number>();
  for (const t of ties) {
    const ga = groupOf.get(t.a)!;
    const gb = groupOf.get(t.b)!;
    if (ga === gb) inner.set(ga, (inner.get(ga) ?? 0) + t.weight);
    tot.set(ga, (tot.get(ga) ?? 0) + t.weight);
    tot.set(gb, (tot.get(gb) ?? 0) + t.weight);
  }
  let q = 0;
  for (const [g, d] of tot) q += (inner.get(g) ?? 0) / m - (d / (2 * m)) ** 2;
  return q;
}

/** Louvain: local moves, then aggregate communities into nodes, until nothing changes. */
function louvain(caps: Capability[], index: Map<string, number>, ties: Tie[], m: number, resolution: number): { groups: Capability[][]; steps: string[] } {
  const steps: string[] = [];
  // members[k] lists the original capability indices inside aggregated node k.
  let members: number[][] = caps.map((_, i) => [i]);
  let graph: Graph = { n: caps.length, adj: caps.map(() => new Map<number, number>()) };
  for (const t of ties) {
    const a = index.get(t.a)!;
    const b = index.get(t.b)!;
    graph.adj[a]!.set(b, (graph.adj[a]!.get(b) ?? 0) + t.weight);
    graph.adj[b]!.set(a, (graph.adj[b]!.get(a) ?? 0) + t.weight);
  }
  const label = (node: number) => listCaps(members[node]!.map((i) => caps[i]!));
  for (let pass = 1; m > 0 && pass <= 10; pass++) {
    const moves: string[] = [];
    const community = localMoves(graph, m, resolution, (node, to, gain) => {
      if (moves.length < 12) moves.push(`${label(node)} joins ${label(to)} (modularity +${gain.toFixed(3)})`);
    });
    const ids = [...new Set(community)];
    if (ids.length === graph.n) break;
    const renumber = new Map(ids.map((c, k) => [c, k]));
    const nextMembers = ids.map((c) => community.flatMap((cc, node) => (cc === c ? members[node]! : [])));
    const next: Graph = { n: ids.length, adj: ids.map(() => new Map<number, number>()) };
    graph.adj.forEach((nbrs, i) => {
      for (const [j, w] of nbrs) {
        const a = renumber.get(community[i]!)!;
        const b = renumber.get(community[j]!)!;
        next.adj[a]!.set(b, (next.adj[a]!.get(b) ?? 0) + w);
      }
    });
    steps.push(`Pass ${pass}: ${moves.join('; ')}${moves.length === 12 ? '; …' : ''}. ${ids.length} groups remain.`);
    members = nextMembers;
    graph = next;
  }
  return { groups: members.map((g) => g.map((i) => caps[i]!)), steps };
}

function listCaps(cs: Capability[]): string {
  const names = cs.map((c) => c.name);
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} (+${names.length - 3})`;
}

/** What "Suggest a cut" returns: the design, why each service holds what it holds, and how it compares. */
type Suggestion = {
  design: Design;
  evaluation: Evaluation;
  /** One sentence per service, in a learner's words. */
  reasons: string[];
  /** How the cut was found and how it compares with the references. */
  steps: string[];
  /** Modularity of the cut on the coupling graph, for the curious. */
  modularity: number;
};

/** Scenarios with at most this many capabilities are searched exhaustively (203 partitions at 6). */
const EXHAUSTIVE_UP_TO = 6;

type Groups = number[][];

/** Every partition of 0..n-1 into groups (restricted growth strings). */
function* partitions(n: number): Generator<Groups> {
  const a = new Array<number>(n).fill(0);
  function* rec(i: number, max: number): Generator<Groups> {
    if (i === n) {
      const groups: Groups = [];
      a.forEach((g, k) => (groups[g] ??= []).push(k));
      yield groups;
      return;
    }
    for (let g = 0; g <= max + 1; g++) {
      a[i] = g;
      yield* rec(i + 1, Math.max(max, g));
    }
  }
  if (n > 0) {
    a[0] = 0;
    yield* rec(1, 0);
  }
}

const key = (groups: Groups) => groups.map((g) => [...g].sort((x, y) => x - y).join(',')).sort().join('|');

/**
 * Proposes the cut the evaluation itself judges best: every partition when the scenario is small,
 * else clustering of the coupling graph as seeds and a local search (move a capability, merge two
 * services, make a call an event) until nothing improves. A cut with a problem finding is never
 * proposed while one without exists.
 */
export function suggestCut(scenario: Scenario): Suggestion {
  const caps = scenario.capabilities;
  const ties = couplingGraph(scenario);
  const switchable = scenario.interactions.filter((x) => x.switchable);
  let checked = 0;
  const cache = new Map<string, { design: Design; evaluation: Evaluation; rank: number }>();

  const build = (groups: Groups, modes: Design['modes']): Design => {
    const design: Design = { scenarioId: scenario.id, services: [], placement: {}, modes };
    groups.forEach((g, k) => {
      const id = `svc-${k + 1}`;
      design.services.push({ id, name: id, color: SERVICE_COLORS[k % SERVICE_COLORS.length]! });
      for (const i of g) design.placement[caps[i]!.id] = id;
    });
    return design;
  };
  /** Higher is better: no problem first, then score, then fewer services. */
  const rankOf = (e: Evaluation, services: number) => (e.findings.some((f) => f.severity === 'problem') ? 0 : 1000) + e.score - services * 0.01;
  /** A grouping judged with every switchable call that crosses a boundary made an event, the course's default for a new boundary. */
  const judge = (groups: Groups) => {
    const k = key(groups);
    const hit = cache.get(k);
    if (hit) return hit;
    const placement = build(groups, {}).placement;
    const modes: Design['modes'] = {};
    for (const x of switchable) if (x.kind === 'sync' && placement[x.from] !== placement[x.to]) modes[x.id] = 'async';
    const design = build(groups, modes);
    const evaluation = evaluate(scenario, design);
    checked++;
    const result = { design, evaluation, rank: rankOf(evaluation, groups.length) };
    cache.set(k, result);
    return result;
  };
  /** Then each crossing call of the chosen cut is tried the other way, kept when that judges better. */
  const tuneModes = (groups: Groups) => {
    let { design, evaluation } = judge(groups);
    for (const x of switchable) {
      if (design.placement[x.from] === design.placement[x.to]) continue;
      const modes = { ...design.modes, [x.id]: modeOf(x, design) === 'sync' ? 'async' : 'sync' } as Design['modes'];
      const d = { ...design, modes };
      const e = evaluate(scenario, d);
      checked++;
      if (rankOf(e, groups.length) > rankOf(evaluation, groups.length)) [design, evaluation] = [d, e];
    }
    return { design, evaluation };
  };

  let best: { groups: Groups; rank: number } | undefined;
  const consider = (groups: Groups) => {
    const groupsClean = groups.filter((g) => g.length > 0);
    const r = judge(groupsClean);
    if (!best || r.rank > best.rank) best = { groups: groupsClean, rank: r.rank };
    return r.rank;
  };

  const steps: string[] = [];
  if (caps.length <= EXHAUSTIVE_UP_TO) {
    for (const groups of partitions(caps.length)) consider(groups);
    steps.push(`With ${caps.length} capabilities there are few enough ways to group them to try every one.`);
  } else {
    const index = new Map(caps.map((c, i) => [c.id, i]));
    const m = ties.reduce((s, t) => s + t.weight, 0);
    const seeds: Groups[] = [[caps.map((_, i) => i)], caps.map((_, i) => [i])];
    for (const resolution of [1, 2]) {
      seeds.push(louvain(caps, index, ties, m, resolution).groups.map((g) => g.map((c) => index.get(c.id)!)));
    }
    for (const seed of seeds) {
      let cur = seed.map((g) => [...g]);
      let curRank = consider(cur);
      for (let improved = true; improved; ) {
        improved = false;
        const candidates: Groups[] = [];
        for (let i = 0; i < caps.length; i++) {
          const from = cur.findIndex((g) => g.includes(i));
          for (let to = 0; to <= cur.length; to++) {
            if (to === from) continue;
            const next = cur.map((g) => g.filter((k) => k !== i));
            if (to === cur.length) next.push([i]);
            else next[to]!.push(i);
            candidates.push(next.filter((g) => g.length > 0));
          }
        }
        for (let x = 0; x < cur.length; x++)
          for (let y = x + 1; y < cur.length; y++) candidates.push([...cur.filter((_, k) => k !== x && k !== y), [...cur[x]!, ...cur[y]!]]);
        for (const c of candidates) {
          const r = consider(c);
          if (r > curRank + 1e-9) {
            cur = c;
            curRank = r;
            improved = true;
          }
        }
      }
    }
    steps.push(
      'Clustering the coupling graph (calls per request, shared data, capabilities that change together, weakened between different scaling needs) gave the starting cuts; ' +
        'then capabilities were moved and services merged, one change at a time, while the evaluation improved. Calls that cross a new boundary start as events.',
    );
  }
  const chosen = tuneModes(best!.groups);
  const groups = best!.groups.map((g) => g.map((i) => caps[i]!));
  const names = uniqueNames(scenario, groups, ties);
  const design: Design = { ...chosen.design, services: chosen.design.services.map((s, k) => ({ ...s, name: names[k]! })) };
  const evaluation = evaluate(scenario, design);
  steps.push(`${checked.toLocaleString('en-GB')} cuts were judged; this one scores ${evaluation.score}${evaluation.findings.some((f) => f.severity === 'problem') ? ', though no cut of this scenario avoids every problem' : ' with no problem finding'}.`);
  steps.push(...compareWithReferences(scenario, evaluation));
  const groupOf = new Map(groups.flatMap((g, k) => g.map((c) => [c.id, k] as [string, number])));
  return { design, evaluation, reasons: reasonsFor(scenario, design, groups, ties), steps, modularity: modularity(ties, groupOf) };
}

function compareWithReferences(scenario: Scenario, e: Evaluation): string[] {
  const scores = scenario.references.map((r) => ({ r, score: evaluate(scenario, designFromReference(scenario, r.id)!).score }));
  const near = e.closestReference;
  const list = listNames(scores.map(({ r, score }) => `"${r.title}" ${score}`));
  if (near && near.moves === 0) return [`It is the reference "${near.title}". The references score ${list}.`];
  return [`The references score ${list}.${near ? ` The nearest, "${near.title}", is ${near.moves === 1 ? 'one move' : `${near.moves} moves`} away: compare their reasons under "Show a reference design".` : ''}`];
}

/** A name a person would give the group: its own name, the data it owns, what its members share, or its main capability. */
function nameFor(scenario: Scenario, g: Capability[], ties: Tie[]): string {
  if (g.length === 1) return g[0]!.name;
  if (g.length === scenario.capabilities.length) return 'Application';
  const writes = new Map<string, number>();
  for (const c of g) for (const d of c.writes) writes.set(d, (writes.get(d) ?? 0) + 1);
  const shared = [...writes].find(([, n]) => n >= 2);
  if (shared) return scenario.data.find((d) => d.id === shared[0])?.name ?? shared[0];
  const acc = new Set(g.map(acceleratorOf));
  if (acc.size === 1 && acc.has('small')) return 'Small models';
  if (!acc.has('none')) return 'Models';
  if (g.every((c) => c.scaling === 'batch')) return 'Background jobs';
  const team = scenario.context.teams?.find((t) => g.every((c) => t.owns.includes(c.id)));
  if (team) return team.name;
  const degree = new Map<string, number>();
  const ids = new Set(g.map((c) => c.id));
  for (const t of ties) if (ids.has(t.a) && ids.has(t.b)) for (const id of [t.a, t.b]) degree.set(id, (degree.get(id) ?? 0) + t.weight);
  // The capability users reach first (a critical request starts there), else the most tied one.
  const entry = (c: Capability) => (scenario.criticalRequests.some((r) => r.path[0] === c.id) ? 1 : 0);
  const main = [...g].sort((x, y) => entry(y) - entry(x) || (degree.get(y.id) ?? 0) - (degree.get(x.id) ?? 0) || x.name.localeCompare(y.name))[0]!;
  return g.length === 2 ? `${main.name} and ${g.find((c) => c !== main)!.name}` : `${main.name} service`;
}

function uniqueNames(scenario: Scenario, groups: Capability[][], ties: Tie[]): string[] {
  const used = new Map<string, number>();
  return groups.map((g) => {
    const name = nameFor(scenario, g, ties);
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    return n === 1 ? name : `${name} ${n}`;
  });
}

const PROFILE: Record<ScalingProfile, string> = { steady: 'steady load', spiky: 'spiky load', gpu: 'accelerators', batch: 'batch work' };

/** One sentence per service: why its capabilities belong together, or why it stands alone. */
function reasonsFor(scenario: Scenario, design: Design, groups: Capability[][], ties: Tie[]): string[] {
  const a = analyse(scenario, design);
  return groups.map((g, k) => {
    const name = design.services[k]!.name;
    const names = listNames(g.map((c) => c.name));
    if (g.length === 1) {
      const c = g[0]!;
      const acc = acceleratorOf(c);
      if (acc !== 'none') return `${name} stands alone: it needs ${acc} accelerators, so it scales on its own machines.`;
      if (c.scaling !== 'steady') return `${name} stands alone: it has ${PROFILE[c.scaling]} of its own, so it scales on its own.`;
      return `${name} stands alone: ${aloneBecause(scenario, design, k, ties)}`;
    }
    const ids = new Set(g.map((c) => c.id));
    const inner = ties.filter((t) => ids.has(t.a) && ids.has(t.b));
    const calls = scenario.interactions.filter((x) => ids.has(x.from) && ids.has(x.to));
    const perRequest = calls.reduce((s, x) => s + x.weight, 0);
    const bits: string[] = [];
    const acc = new Set(g.map(acceleratorOf));
    if (acc.size === 1 && !acc.has('none')) bits.push(`${acc.has('small') ? 'use small accelerators' : 'use large accelerators'}`);
    else if (new Set(g.map((c) => a.profileOf(c.id))).size === 1) bits.push(`share ${PROFILE[a.profileOf(g[0]!.id)]}`);
    const times = Math.round(perRequest);
    if (calls.length) bits.push(`call each other ${perRequest < 1 ? 'now and then' : times === 1 ? 'once a request' : `about ${times} times a request`}`);
    if (inner.some((t) => t.reasons.some((r) => r.startsWith('both write')))) bits.push('write the same data');
    if (inner.some((t) => t.reasons.includes('they change together'))) bits.push('change together');
    return `${name}: ${names} ${bits.length ? listNames(bits) : 'fit the team best together'}, so they share a service.`;
  });
}

/** Why a steady capability is kept apart: what merging it with its closest partner would cost. */
function aloneBecause(scenario: Scenario, design: Design, k: number, ties: Tie[]): string {
  const own = design.services[k]!.id;
  const capId = Object.keys(design.placement).find((c) => design.placement[c] === own)!;
  const partner = ties
    .filter((t) => t.a === capId || t.b === capId)
    .sort((x, y) => y.weight - x.weight)
    .map((t) => (t.a === capId ? t.b : t.a))[0];
  if (!partner) return 'nothing calls it and it calls nothing, so there is no reason to merge it.';
  const target = design.placement[partner]!;
  const merged: Design = { ...design, placement: { ...design.placement, [capId]: target } };
  const before = evaluate(scenario, design);
  const after = evaluate(scenario, merged);
  const worst = after.findings.find((f) => f.severity === 'problem' || f.severity === 'warning');
  const into = design.services.find((s) => s.id === target)!.name;
  if (after.score >= before.score) return `merging it into ${into} would score the same, so it keeps its own release cycle.`;
  return `merging it into ${into}, its closest partner, would lower the score from ${before.score} to ${after.score}${worst ? `: ${worst.title}` : ''}.`;
}
