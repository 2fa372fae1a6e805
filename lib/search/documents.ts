import 'server-only';
import { loadGlossary } from '@/lib/content/glossary';
import { lessonHeadings } from '@/lib/content/headings';
import { getLesson, loadCourse } from '@/lib/content/lessons';
import { quizIds, readQuiz } from '@/lib/quiz/load';
import type { SearchDoc } from './engine';
import { mdxToPlainText, splitSections } from './plain-text';

/** Every searchable thing in the course, built once at build time. */
export async function buildSearchDocuments(): Promise<SearchDoc[]> {
  const docs: SearchDoc[] = [];
  for (const lesson of loadCourse().lessons) {
    // The h2 and h3 headings, one per section splitSections finds.
    const headings = lessonHeadings(lesson.body).filter((h) => h.depth === 2 || h.depth === 3);
    const sections = splitSections(lesson.body);
    // The part before the first heading belongs to the lesson itself.
    docs.push({
      id: `l:${lesson.slug}`,
      kind: 'lesson',
      title: lesson.title,
      context: `${lesson.moduleTitle} · lesson ${lesson.number}`,
      href: `/lessons/${lesson.slug}`,
      text: `${lesson.summary} ${lesson.objectives.join(' ')} ${mdxToPlainText(sections[0]?.content ?? '')}`,
    });
    sections.slice(1).forEach((section, i) => {
      const id = headings[i]?.id;
      if (!id) return;
      docs.push({
        id: `s:${lesson.slug}#${id}`,
        kind: 'section',
        title: headings[i]!.text,
        context: lesson.title,
        href: `/lessons/${lesson.slug}#${id}`,
        text: mdxToPlainText(section.content),
      });
    });
  }
  for (const term of loadGlossary()) {
    docs.push({
      id: `t:${term.id}`,
      kind: 'term',
      title: term.term,
      context: `taught in ${getLesson(term.lesson)?.title ?? term.lesson}`,
      href: `/glossary#${term.id}`,
      text: term.definition,
      keywords: term.aliases?.join(', '),
    });
  }
  for (const quizId of quizIds()) {
    const quiz = readQuiz(quizId);
    for (const question of quiz.questions) {
      const [slug] = question.section.split('#');
      docs.push({
        id: `q:${quizId}/${question.id}`,
        kind: 'quiz',
        title: question.prompt.length > 90 ? `${question.prompt.slice(0, 87)}…` : question.prompt,
        context: getLesson(slug!)?.title ?? slug!,
        href: `/lessons/${question.section}`,
        text: `${question.prompt} ${question.explanation}`,
      });
    }
  }
  return docs;
}
