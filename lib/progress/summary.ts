import type { SavedBuilder } from '@/lib/builder/saved-designs';
import type { QuizProgress } from '@/lib/quiz/progress';
import type { ReadingProgress } from './record';

/**
 * Selectors that combine the three stored records with the course as built, for the progress
 * page, the course map and "Continue where you left off". Pure: the course comes in as data.
 */

/** The course as the progress views need it, built at build time (`catalogue.ts`). */
export type Catalogue = {
  modules: { id: string; title: string; lessons: { slug: string; title: string; number: number }[] }[];
  /** Every quiz; `lesson === id` for an end-of-lesson quiz, else a quick check inside the lesson. */
  quizzes: { id: string; lesson: string; questions: CatalogueQuestion[] }[];
  scenarios: { id: string; title: string }[];
};

/** One question's topic, e.g. `{ id: "big-bang-risk", section: "migration-strategies#the-big-bang", href: "/lessons/migration-strategies#the-big-bang", sectionTitle: "The big bang", lessonTitle: "Migration strategies" }`. */
export type CatalogueQuestion = { id: string; section: string; href: string; sectionTitle: string; lessonTitle: string };

/** A score as a fraction, e.g. `{ earned: 7, total: 10 }`. */
export type Score = { earned: number; total: number };

type LessonStatus = { slug: string; title: string; number: number; readAt: string | null; quiz: Score | null };
export type ModuleStatus = { id: string; title: string; read: number; total: number; lessons: LessonStatus[] };

/** Each module with how many of its lessons are read, and each lesson's end-of-lesson quiz best. */
export function moduleCompletion(cat: Catalogue, reading: ReadingProgress, quiz: QuizProgress): ModuleStatus[] {
  return cat.modules.map((mod) => {
    const lessons = mod.lessons.map((l) => ({ ...l, readAt: reading.lessons[l.slug]?.readAt ?? null, quiz: quiz.quizzes[l.slug]?.best ?? null }));
    return { id: mod.id, title: mod.title, read: lessons.filter((l) => l.readAt).length, total: lessons.length, lessons };
  });
}

/** A section the learner keeps missing, e.g. 2 of the 3 questions on "The big bang". */
export type WeakTopic = {
  section: string;
  href: string;
  sectionTitle: string;
  lessonTitle: string;
  /** Questions on it whose latest answer was not fully right. */
  missed: number;
  /** Of those, answered "Sure": the misconceptions most worth fixing. */
  sureButWrong: number;
  /** Questions on it the learner has answered at all. */
  answered: number;
};

/**
 * The sections behind the most missed questions, worst first: most misses, then most
 * sure-but-wrong, then the lowest share right. A question counts by its latest answer, so
 * answering it right again takes the topic off the list. Questions no longer in a quiz are skipped.
 */
export function weakestTopics(cat: Catalogue, quiz: QuizProgress, limit = 5): WeakTopic[] {
  const topics = new Map<string, WeakTopic>();
  for (const q of cat.quizzes) {
    const saved = quiz.quizzes[q.id]?.questions ?? {};
    for (const question of q.questions) {
      const attempt = saved[question.id]?.last;
      if (!attempt) continue;
      const topic = topics.get(question.section) ?? { ...pick(question), missed: 0, sureButWrong: 0, answered: 0 };
      topic.answered++;
      if (attempt.earned < attempt.total) {
        topic.missed++;
        if (attempt.certainty === 'high') topic.sureButWrong++;
      }
      topics.set(question.section, topic);
    }
  }
  return [...topics.values()]
    .filter((t) => t.missed > 0)
    .sort((a, b) => b.missed - a.missed || b.sureButWrong - a.sureButWrong || b.missed / b.answered - a.missed / a.answered)
    .slice(0, limit);
}

const pick = ({ section, href, sectionTitle, lessonTitle }: CatalogueQuestion) => ({ section, href, sectionTitle, lessonTitle });

export type Completion = {
  lessons: { done: number; total: number };
  /** End-of-lesson quizzes finished (the results reached at least once). */
  quizzes: { done: number; total: number };
  complete: boolean;
  /** When the last requirement was met (ISO), once complete. */
  completedAt: string | null;
};

/** What the certificate asks for: every lesson read and every end-of-lesson quiz finished. */
export function completion(cat: Catalogue, reading: ReadingProgress, quiz: QuizProgress): Completion {
  const slugs = cat.modules.flatMap((m) => m.lessons.map((l) => l.slug));
  const finals = cat.quizzes.filter((q) => q.id === q.lesson).map((q) => q.id);
  const readTimes = slugs.map((s) => reading.lessons[s]?.readAt).filter((t): t is string => !!t);
  const quizTimes = finals.map((id) => quiz.quizzes[id]?.last?.at).filter((t): t is string => !!t);
  const complete = slugs.length > 0 && readTimes.length === slugs.length && quizTimes.length === finals.length;
  const latest = [...readTimes, ...quizTimes].sort().at(-1) ?? null;
  return {
    lessons: { done: readTimes.length, total: slugs.length },
    quizzes: { done: quizTimes.length, total: finals.length },
    complete,
    completedAt: complete ? latest : null,
  };
}

type ContinueTarget = { href: string; lessonTitle: string; number: number; heading: string | null; started: boolean };

/**
 * Where "Continue where you left off" goes: the section the learner last had on screen, or,
 * when that lesson is finished, the next lesson not yet read (wrapping round to earlier gaps).
 * Null before any visit, or when every lesson is read.
 */
export function continueTarget(cat: Pick<Catalogue, 'modules'>, reading: ReadingProgress): ContinueTarget | null {
  const last = reading.last;
  if (!last) return null;
  const lessons = cat.modules.flatMap((m) => m.lessons);
  const index = lessons.findIndex((l) => l.slug === last.slug);
  if (index === -1) return null;
  const here = lessons[index]!;
  if (!reading.lessons[here.slug]) {
    const href = last.section ? `/lessons/${here.slug}#${last.section}` : `/lessons/${here.slug}`;
    return { href, lessonTitle: here.title, number: here.number, heading: last.section ? last.heading : null, started: true };
  }
  const next = [...lessons.slice(index + 1), ...lessons.slice(0, index)].find((l) => !reading.lessons[l.slug]);
  return next ? { href: `/lessons/${next.slug}`, lessonTitle: next.title, number: next.number, heading: null, started: false } : null;
}

export type ScenarioScore = { id: string; title: string; best: number | null };

/** Each builder scenario with the learner's best score out of 100, or null if not tried. */
export function builderScores(cat: Catalogue, saved: SavedBuilder): ScenarioScore[] {
  return cat.scenarios.map((s) => ({ ...s, best: saved.best[s.id] ?? null }));
}
