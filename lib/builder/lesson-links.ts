import type { DimensionId } from './model';

/** Where the course teaches something: a lesson slug, a heading anchor in it, and link text. */
type LessonLink = { slug: string; anchor: string; label: string };

/**
 * The one table of lesson links that evaluation findings use, dimension → lesson section.
 * Anchors are heading ids as the lesson pages give them (lib/content/headings.ts); a test in
 * lesson-links.test.ts checks each against its lesson file. Fix them here, nowhere else.
 */
export const RULE_LESSONS: Record<DimensionId, LessonLink> = {
  latency: { slug: 'communication-patterns', anchor: 'synchronous-request-chains', label: 'Synchronous request chains' },
  availability: { slug: 'communication-patterns', anchor: 'cascading-failure', label: 'Cascading failure' },
  consistency: { slug: 'data-ownership-and-sagas', anchor: 'sagas', label: 'Sagas' },
  'data-ownership': { slug: 'data-ownership-and-sagas', anchor: 'database-per-service', label: 'Database per service' },
  'change-coupling': { slug: 'drawing-service-boundaries', anchor: 'what-a-good-boundary-does', label: 'What a good boundary does' },
  'resource-fit': { slug: 'when-microservices-pay', anchor: 'scaling-inefficiency', label: 'Scaling inefficiency' },
  'team-fit': { slug: 'teams-and-conways-law', anchor: 'sizing-teams-and-services', label: 'Sizing teams and services' },
  operations: { slug: 'costs-and-tco', anchor: 'operational-overhead', label: 'Operational overhead' },
  compliance: { slug: 'deployment-and-security', anchor: 'security-in-a-system-of-services', label: 'Security in a system of services' },
  reference: { slug: 'decision-framework', anchor: 'the-decision-matrix', label: 'The decision matrix' },
  unplaced: { slug: 'drawing-service-boundaries', anchor: 'the-method-in-four-steps', label: 'The method in four steps' },
};

/** The lesson section that explains suggest-a-cut's clustering (Service Cutter's idea). */
export const SUGGEST_LESSON: LessonLink = {
  slug: 'drawing-service-boundaries',
  anchor: 'find-the-bounded-contexts',
  label: 'Find the bounded contexts',
};
