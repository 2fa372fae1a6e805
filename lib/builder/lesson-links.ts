import type { RuleId } from './model';

/** Where the course teaches something: a lesson slug, a heading anchor in it, and link text. */
export type LessonLink = { slug: string; anchor: string; label: string };

/**
 * The one table of lesson links that evaluation findings use, rule → lesson section.
 * Anchors are heading ids as the lesson pages give them (lib/content/headings.ts); a test in
 * lesson-links.test.ts checks each against its lesson file. Fix them here, nowhere else.
 */
export const RULE_LESSONS: Record<RuleId, LessonLink> = {
  coupling: { slug: 'drawing-service-boundaries', anchor: 'what-a-good-boundary-does', label: 'What a good boundary does' },
  'sync-chain': { slug: 'communication-patterns', anchor: 'synchronous-request-chains', label: 'Synchronous request chains' },
  'data-ownership': { slug: 'data-ownership-and-sagas', anchor: 'database-per-service', label: 'Database per service' },
  'sync-cycle': { slug: 'communication-patterns', anchor: 'cascading-failure', label: 'Cascading failure' },
  'scaling-mismatch': { slug: 'when-microservices-pay', anchor: 'scaling-inefficiency', label: 'Scaling inefficiency' },
  'split-cohesion': { slug: 'migration-strategies', anchor: 'keep-business-responsibilities-together', label: 'Keep business responsibilities together' },
  'team-size': { slug: 'teams-and-conways-law', anchor: 'sizing-teams-and-services', label: 'Sizing teams and services' },
  'ops-overhead': { slug: 'costs-and-tco', anchor: 'infrastructure-costs', label: 'Infrastructure costs' },
  'reference-distance': { slug: 'decision-framework', anchor: 'the-decision-matrix', label: 'The decision matrix' },
  unplaced: { slug: 'drawing-service-boundaries', anchor: 'the-method-in-four-steps', label: 'The method in four steps' },
};

/** The lesson section that explains suggest-a-cut's clustering (Service Cutter's idea). */
export const SUGGEST_LESSON: LessonLink = {
  slug: 'drawing-service-boundaries',
  anchor: 'find-the-bounded-contexts',
  label: 'Find the bounded contexts',
};
