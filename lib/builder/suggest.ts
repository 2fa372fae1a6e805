import { COMFORTABLE_SERVICES, TEAM_RULES } from './facts';
import type { Capability, Design, Scenario, ScalingProfile } from './model';
import { SERVICE_COLORS } from './reference-design';

/** Weights of the coupling graph, in "calls per request" units. */
export const TIE_WEIGHTS = { async: 0.5, sharedData: 2, changesWith: 2 } as const;

/** How much a difference in scaling profile weakens a tie: a split signal (Service Cutter's "scalability" criterion). */
export function scalingFactor(p: ScalingProfile, q: ScalingProfile): number {
  if (p === q) return 1;
  if (p === 'gpu' || q === 'gpu') return 0.2;
  return 0.5;
}

/** One weighted, undirected tie between two capabilities, with the reasons that make it up. */
export type Tie = { a: string; b: string; weight: number; reasons: string[] };

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

/** What "Suggest a cut" returns: a design, the steps that led to it, and the final modularity. */
export type Suggestion = { design: Design; steps: string[]; modularity: number };

function nameGroup(members: Capability[], degree: Map<string, number>): string {
  const sorted = [...members].sort((x, y) => (degree.get(y.id) ?? 0) - (degree.get(x.id) ?? 0) || x.name.localeCompare(y.name));
  if (sorted.length === 1) return sorted[0]!.name;
  if (sorted.length === 2) return `${sorted[0]!.name} & ${sorted[1]!.name}`;
  return `${sorted[0]!.name} +${sorted.length - 1}`;
}

/**
 * Proposes service boundaries by clustering the weighted coupling graph with the Louvain method
 * (in the spirit of the Service Cutter tool), then merges groups while the team has more
 * services than its DevOps capacity runs comfortably. Every step is explained in words.
 */
export function suggestCut(scenario: Scenario): Suggestion {
  const caps = scenario.capabilities;
  const index = new Map(caps.map((c, i) => [c.id, i]));
  const ties = couplingGraph(scenario);
  const m = ties.reduce((s, t) => s + t.weight, 0);
  const steps: string[] = [
    `Build the coupling graph: ${caps.length} capabilities, ${ties.length} ties weighted by calls per request (asynchronous calls count ${TIE_WEIGHTS.async}), ` +
      `${TIE_WEIGHTS.sharedData} for each data entity two capabilities both write, ${TIE_WEIGHTS.changesWith} when they change together; ties between different scaling profiles are weakened (GPU ×0.2, others ×0.5).`,
    'Start with every capability in a group of its own, then move each to the neighbouring group that raises modularity most (Louvain method).',
  ];
  const limits = serviceLimits(scenario);
  let resolution = 1;
  let result = louvain(caps, index, ties, m, resolution);
  while (result.groups.length < limits.min && resolution < 16 && result.groups.length < caps.length) {
    resolution *= 2;
    result = louvain(caps, index, ties, m, resolution);
  }
  steps.push(...result.steps);
  if (resolution > 1) {
    steps.push(
      `A ${scenario.context.stage} organisation of ${scenario.context.teamSize} wants at most ${TEAM_RULES.largeMaxPeoplePerService} people per service, so at least ${limits.min} services: ` +
        `clustering was rerun with resolution ${resolution}, which favours smaller groups.`,
    );
  }
  let groups = result.groups;
  const groupOf = () => new Map(groups.flatMap((g, k) => g.map((c) => [c.id, k] as [string, number])));
  steps.push(`Clustering settles on ${groups.length} groups with modularity ${modularity(ties, groupOf()).toFixed(2)}: ${groups.map(listCaps).join(' | ')}.`);

  const split: Capability[][] = [];
  for (const g of groups) {
    const gpu = g.filter((c) => c.scaling === 'gpu');
    if (gpu.length > 0 && gpu.length < g.length) {
      steps.push(`${listCaps(gpu)} ${gpu.length === 1 ? 'needs' : 'need'} GPUs, unlike ${listCaps(g.filter((c) => c.scaling !== 'gpu'))}: split ${gpu.length === 1 ? 'it' : 'them'} off so each side scales on its own.`);
      split.push(gpu, g.filter((c) => c.scaling !== 'gpu'));
    } else split.push(g);
  }
  groups = split;

  while (groups.length > limits.max) {
    const gOf = groupOf();
    const between = new Map<string, number>();
    for (const t of ties) {
      const [x, y] = [gOf.get(t.a)!, gOf.get(t.b)!].sort((p, q) => p - q) as [number, number];
      if (x !== y) between.set(`${x}|${y}`, (between.get(`${x}|${y}`) ?? 0) + t.weight);
    }
    const pick = [...between].sort((p, q) => q[1] - p[1])[0];
    const [x, y] = pick
      ? (pick[0].split('|').map(Number) as [number, number])
      : (groups.map((g, k) => [g.length, k] as const).sort((p, q) => p[0] - q[0]).slice(0, 2).map(([, k]) => k).sort((p, q) => p - q) as [number, number]);
    steps.push(
      `${limits.why}, so merge ${listCaps(groups[x]!)} with ${listCaps(groups[y]!)}` +
        (pick ? `, the pair with the strongest remaining tie (${pick[1].toFixed(1)}).` : ', the two smallest groups, which have no ties.'),
    );
    groups = groups.filter((_, k) => k !== y).map((g, k) => (k === x ? [...g, ...groups[y]!] : g));
  }

  const degree = new Map<string, number>();
  for (const t of ties) for (const id of [t.a, t.b]) degree.set(id, (degree.get(id) ?? 0) + t.weight);
  const design: Design = { scenarioId: scenario.id, services: [], placement: {}, modes: {} };
  groups.forEach((g, k) => {
    const id = `svc-${k + 1}`;
    design.services.push({ id, name: nameGroup(g, degree), color: SERVICE_COLORS[k % SERVICE_COLORS.length]! });
    for (const c of g) design.placement[c.id] = id;
  });
  steps.push(`Result: ${plural(groups.length)}. Check the evaluation: clustering sees coupling and scaling, not your latency budget.`);
  return { design, steps, modularity: modularity(ties, groupOf()) };
}

/** How many services the context allows: team-size rules and DevOps capacity (max), and at scale 2–4 people per service (min). */
export function serviceLimits(scenario: Scenario): { min: number; max: number; why: string } {
  const { teamSize, stage, devopsCapacity } = scenario.context;
  const comfortable = COMFORTABLE_SERVICES[devopsCapacity];
  const byTeam = stage === 'startup' ? TEAM_RULES.startupMaxServicesPerPerson * teamSize : stage === 'medium' ? teamSize : Infinity;
  const max = Math.max(1, Math.min(comfortable, byTeam, scenario.capabilities.length));
  const min = stage === 'large' ? Math.min(max, Math.ceil(teamSize / TEAM_RULES.largeMaxPeoplePerService)) : 1;
  const why =
    byTeam < comfortable
      ? `A ${stage} team of ${teamSize} should run at most ${max} services`
      : `The team's ${devopsCapacity} DevOps capacity runs about ${comfortable} services comfortably`;
  return { min, max, why };
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

function plural(n: number): string {
  return `${n} service${n === 1 ? '' : 's'}`;
}
