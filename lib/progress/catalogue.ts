import 'server-only';
import { loadScenarios } from '@/lib/builder/scenarios';
import { loadCourse } from '@/lib/content/lessons';
import { loadAllQuizData } from '@/lib/quiz/load';
import type { Catalogue } from './summary';

/** The course, its quizzes and builder scenarios, reduced to what the progress views show (build time). */
export function loadCatalogue(): Catalogue {
  return {
    modules: loadCourse().modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.items.map((l) => ({ slug: l.slug, title: l.title, number: l.number })),
    })),
    quizzes: loadAllQuizData().map((q) => ({
      id: q.id,
      lesson: q.lesson,
      questions: q.items.map((i) => ({ id: i.question.id, section: i.question.section, href: i.href, sectionTitle: i.sectionTitle, lessonTitle: i.lessonTitle })),
    })),
    scenarios: loadScenarios().map((s) => ({ id: s.id, title: s.title })),
  };
}
