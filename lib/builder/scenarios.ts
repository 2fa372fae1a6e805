import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COURSE } from '@/content/course';
import type { Scenario } from './model';
import { parseScenarioSource } from './scenario-schema';

export const SCENARIOS_DIR = path.join(process.cwd(), 'content', 'scenarios');

/** Lessons a scenario may name: those in the course order, so a deleted lesson is refused. */
export function knownLessonSlugs(): Set<string> {
  return new Set<string>(COURSE.flatMap((m) => m.lessons));
}

let cached: Scenario[] | undefined;

/**
 * Reads and validates every `content/scenarios/*.yaml` (server and build only). Throws one error
 * listing every problem, each naming the file and field, so a malformed scenario fails the build.
 */
export function loadScenarios(dir: string = SCENARIOS_DIR): Scenario[] {
  if (dir === SCENARIOS_DIR && cached) return cached;
  const known = knownLessonSlugs();
  const problems: string[] = [];
  const scenarios: Scenario[] = [];
  const files = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  for (const name of files) {
    const result = parseScenarioSource(`content/scenarios/${name}`, readFileSync(path.join(dir, name), 'utf8'), known);
    if (result.success) scenarios.push(result.data);
    else problems.push(result.error);
  }
  if (problems.length) throw new Error(`Invalid builder scenarios:\n  ${problems.join('\n  ')}`);
  if (dir === SCENARIOS_DIR) cached = scenarios;
  return scenarios;
}

export function getScenario(id: string): Scenario | undefined {
  return loadScenarios().find((s) => s.id === id);
}
