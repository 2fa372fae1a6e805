/**
 * The course order: modules, then lessons by slug (the file name in `content/lessons/`).
 * Adding a lesson is one MDX file and one line here.
 */
export type CourseModule = {
  /** Kebab-case id that lessons name in their `module` field, e.g. `"foundations"`. */
  id: string;
  title: string;
  /** One sentence on what the module is for. */
  summary: string;
  lessons: string[];
};

export const COURSE_TITLE = 'Service Boundaries';

export const COURSE_PROMISE =
  'After this course you can explain how monoliths, modular monoliths, megaservices and microservices differ, ' +
  'decide which one a team and a workload actually need, draw service boundaries that keep coupling low and data owned, ' +
  'and plan a migration in either direction without a big-bang rewrite, including for AI platforms built on OPEA.';

export const COURSE: CourseModule[] = [
  {
    id: 'foundations',
    title: 'Foundations',
    summary: 'Monoliths, modular monoliths and microservices: what they are, how they compare, and why it matters for real-time ML.',
    lessons: ['monoliths-and-microservices', 'modular-monolith-and-evolution', 'comparing-the-architectures', 'real-time-ml'],
  },
  {
    id: 'spectrum',
    title: 'The spectrum and megaservices',
    summary: 'From monolith to nano-services, the ways to slice a system, and megaservices as OPEA and the course use the word.',
    lessons: ['the-architecture-spectrum', 'microservices-vs-megaservices', 'opea-and-megaservices'],
  },
  {
    id: 'inside',
    title: 'Inside a microservices system',
    summary: 'The characteristics, the supporting components, how services talk, and how they keep their data consistent.',
    lessons: ['characteristics-and-components', 'communication-patterns', 'data-ownership-and-sagas', 'event-sourcing-and-cqrs'],
  },
  {
    id: 'running',
    title: 'Running microservices',
    summary: 'Scaling, deploying, securing, observing and tuning services, with the core services of an OPEA platform.',
    lessons: ['scaling-and-autoscaling', 'deployment-and-security', 'observability-and-performance', 'opea-core-services'],
  },
  {
    id: 'deciding',
    title: 'Deciding',
    summary: 'When microservices pay and when they do not: red flags, the decision framework, teams, costs and three case studies.',
    lessons: ['when-microservices-pay', 'decision-framework', 'drawing-service-boundaries', 'teams-and-conways-law', 'costs-and-tco', 'opea-case-studies'],
  },
  {
    id: 'migrating',
    title: 'Migrating',
    summary: 'Moving between monolith, megaservices and microservices in any direction, step by step, and the worked interview questions.',
    lessons: ['migration-strategies', 'strangler-and-migration-paths', 'hybrid-architectures', 'interview-questions', 'future-and-takeaways'],
  },
  {
    id: 'capstone',
    title: 'Capstone',
    summary: 'One system carried through the whole course: boundaries, a saga, observability, cost and the record of the decision.',
    lessons: ['capstone-showtime'],
  },
];
