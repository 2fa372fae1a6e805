import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { lessonHeadings } from '@/lib/content/headings';
import { getLesson } from '@/lib/content/lessons';
import { issueMessage, type ParseResult } from '@/lib/content/parse';
import { quizFileSchema, type Question, type QuizFile } from './schema';
import { lessonOfQuiz, splitSection } from './sections';

export const QUIZZES_DIR = path.join(process.cwd(), 'content', 'quizzes');

/**
 * Parses one quiz file. Every problem is listed, each naming the file and the question, e.g.
 * `content/quizzes/x.yaml: question "big-bang" (questions.2.answer): "zzz" is not among the options (a, b)`.
 */
export function parseQuizSource(file: string, raw: string): ParseResult<QuizFile> {
  let data: unknown;
  try {
    data = parse(raw);
  } catch (err) {
    return { success: false, error: `${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}` };
  }
  const result = quizFileSchema.safeParse(data ?? {});
  if (result.success) return { success: true, data: result.data };
  const questions = (data as { questions?: { id?: unknown }[] } | null)?.questions;
  const problems = result.error.issues.map((issue) => {
    const [top, index] = issue.path;
    const where = issue.path.join('.') || '(file)';
    const message = issueMessage(issue);
    if (top === 'questions' && typeof index === 'number') {
      const id = Array.isArray(questions) ? questions[index]?.id : undefined;
      const name = typeof id === 'string' ? `question "${id}"` : `question ${index + 1}`;
      return `${name} (${where}): ${message}`;
    }
    return `field "${where}": ${message}`;
  });
  return { success: false, error: `${file}: ${problems.join('; ')}` };
}

/** Reads and validates one quiz; throws (failing the build) with the file and question named. */
export function readQuiz(id: string): QuizFile {
  const file = `content/quizzes/${id}.yaml`;
  const full = path.join(QUIZZES_DIR, `${id}.yaml`);
  if (!/^[a-z0-9-]+$/.test(id) || !existsSync(full)) throw new Error(`<Quiz id="${id}" />: there is no ${file}`);
  const result = parseQuizSource(file, readFileSync(full, 'utf8'));
  if (!result.success) throw new Error(`Invalid quiz: ${result.error}`);
  return result.data;
}

/** The ids of every quiz file, sorted. */
export function quizIds(): string[] {
  if (!existsSync(QUIZZES_DIR)) return [];
  return readdirSync(QUIZZES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** One question as the browser receives it, with what its feedback links to. */
export type QuizItem = {
  /** `"<quiz-id>/<question-id>"` */
  key: string;
  quizId: string;
  question: Question;
  /** e.g. `"/lessons/migration-strategies#the-big-bang"` */
  href: string;
  /** The heading text of the linked section, e.g. `"The big bang"`. */
  sectionTitle: string;
  lessonTitle: string;
};

/** A quiz ready for the `Quiz` island. */
export type QuizData = {
  id: string;
  title: string;
  /** The lesson it belongs to, e.g. `"migration-strategies"`. */
  lesson: string;
  items: QuizItem[];
};

/** Loads a quiz with its section links resolved to heading titles (build time). */
export function loadQuizData(id: string): QuizData {
  const file = readQuiz(id);
  const lesson = lessonOfQuiz(id);
  const title = file.title ?? (lesson !== id ? 'Quick check' : 'Check your understanding');
  return { id, title, lesson, items: file.questions.map((q) => toItem(id, q)) };
}

function toItem(quizId: string, question: Question): QuizItem {
  const { slug, anchor } = splitSection(question.section);
  const lesson = getLesson(slug);
  const heading = lesson ? lessonHeadings(lesson.body).find((h) => h.id === anchor) : undefined;
  return {
    key: `${quizId}/${question.id}`,
    quizId,
    question,
    href: `/lessons/${slug}#${anchor}`,
    sectionTitle: heading?.text ?? lesson?.title ?? 'the lesson',
    lessonTitle: lesson?.title ?? slug,
  };
}

/** Every quiz, for practice on the review page and the class poll (build time). */
export function loadAllQuizData(): QuizData[] {
  return quizIds().map(loadQuizData);
}

/** What the review list shows of a question; the question itself is fetched to practise it. */
type QuestionSummary = Pick<QuizItem, 'key' | 'href' | 'sectionTitle' | 'lessonTitle'> & { prompt: string };

/** A quiz as the review list needs it: about a tenth of its full data. */
export type QuizIndex = { id: string; lesson: string; lessonTitle: string; items: QuestionSummary[] };

export function loadQuizIndex(): QuizIndex[] {
  return loadAllQuizData().map((quiz) => ({
    id: quiz.id,
    lesson: quiz.lesson,
    lessonTitle: quiz.items[0]?.lessonTitle ?? quiz.id,
    items: quiz.items.map(({ key, href, sectionTitle, lessonTitle, question }) => ({ key, href, sectionTitle, lessonTitle, prompt: question.prompt })),
  }));
}
