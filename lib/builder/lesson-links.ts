import type { RuleId } from './model';

/** Where the course teaches something: a lesson slug, a heading anchor in it, and link text. */
export type LessonLink = { slug: string; anchor: string; label: string };

/**
 * Every lesson the course plans, by slug. Scenarios may only name these. Once all of them are
 * listed in `content/course.ts` this list can be replaced by the course order itself.
 */
export const PLANNED_LESSON_SLUGS = [
  'monoliths-and-microservices',
  'modular-monolith-and-evolution',
  'comparing-the-architectures',
  'real-time-ml',
  'the-architecture-spectrum',
  'microservices-vs-megaservices',
  'opea-and-megaservices',
  'characteristics-and-components',
  'communication-patterns',
  'data-ownership-and-sagas',
  'event-sourcing-and-cqrs',
  'scaling-and-autoscaling',
  'deployment-and-security',
  'observability-and-performance',
  'opea-core-services',
  'when-microservices-pay',
  'decision-framework',
  'drawing-service-boundaries',
  'teams-and-conways-law',
  'costs-and-tco',
  'opea-case-studies',
  'migration-strategies',
  'strangler-and-migration-paths',
  'hybrid-architectures',
  'interview-questions',
  'future-and-takeaways',
] as const;

/**
 * The one table of lesson links that evaluation findings use, rule → lesson section.
 * Anchors are heading ids (github-slugger) that the lessons had when this was written; a test
 * in lesson-links.test.ts checks them against the lesson files. Fix them here, nowhere else.
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
