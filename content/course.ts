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
    summary: 'Monoliths, modular monoliths and microservices: what they are and what each costs.',
    lessons: ['monoliths-and-microservices', 'migration-strategies'],
  },
];
