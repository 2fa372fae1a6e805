import 'server-only';
import Link from 'next/link';
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { mdxComponents } from '@/components/mdx/registry';
import { getScenario } from '@/lib/builder/scenarios';
import type { Lesson } from '@/lib/content/lessons';
import { compileLesson } from '@/lib/content/mdx';
import { loadGuides } from '@/lib/teach/guides';
import { loadPrerendered } from '@/lib/diagram/prerendered';
import { CONTINUED_HEADING, paginate, type DrawingSize } from '@/lib/teach/paginate';
import { lessonBudget } from '@/lib/teach/plan';
import { splitSlides } from '@/lib/teach/split-slides';
import { loadQuizData } from '@/lib/quiz/load';
import { PollSlide } from './poll-slide';
import { SlideDiagram } from './slide-diagram';

/** One slide as the presenter islands receive it: server-rendered content and notes. */
type DeckSlide = {
  kind: 'title' | 'content' | 'poll';
  /** For the slide list and the slide's accessible name, e.g. `"The big bang (continued)"`. */
  title: string;
  /** The lesson heading id Esc returns to, e.g. `"the-big-bang"`; null for the top of the lesson. */
  section: string | null;
  content: ReactNode;
  notes: ReactNode | null;
  /** A poll's question, `"<quiz-id>/<question-id>"`, which "Ask the room" opens in the live session; null otherwise. */
  question: string | null;
};

/** The lesson tags as slides show them: diagrams fitted to the slide, builders as a big-screen link, notes visible. */
const slideComponents: MDXComponents = {
  ...mdxComponents,
  Diagram: SlideDiagram,
  Builder: BuilderOnSlide,
  SpeakerNotes: ({ children }: { children?: ReactNode }) => <>{children}</>,
};

const decks = new Map<string, Promise<DeckSlide[]>>();

/** The lesson as slides, made once per build and shared by the presenter and the console. */
export function getDeck(lesson: Lesson): Promise<DeckSlide[]> {
  let deck = decks.get(lesson.slug);
  if (!deck) {
    deck = buildDeck(lesson);
    decks.set(lesson.slug, deck);
  }
  return deck;
}

async function buildDeck(lesson: Lesson): Promise<DeckSlide[]> {
  const file = `content/lessons/${lesson.slug}.mdx`;
  const compile = async (source: string) => (await compileLesson(file, source, slideComponents)).content;
  const slides: DeckSlide[] = [titleSlide(lesson)];
  for (const part of splitSlides(lesson.body)) {
    if (part.kind === 'quiz') {
      const quiz = loadQuizData(part.quizId);
      quiz.items.forEach((item, i) => {
        const index = slides.length;
        slides.push({
          kind: 'poll',
          title: `Poll: ${item.question.prompt}`,
          section: part.section?.id ?? null,
          content: <PollSlide question={item.question} slide={index} source={`Quiz: ${quiz.title} · question ${i + 1} of ${quiz.items.length}`} />,
          notes: <p>{item.question.explanation}</p>,
          question: item.key,
        });
      });
      continue;
    }
    // A section runs over as many slides as its content needs (lib/teach/paginate.ts).
    const pages = paginate(part.source, { diagramSize, reserved: CONTINUED_HEADING, continued: part.continued });
    const notes = part.notes.length ? await compile(part.notes.join('\n\n')) : null;
    for (const [i, page] of pages.entries()) {
      const continued = part.continued || i > 0;
      const takeaways = /^<Takeaways>[\s\S]*<\/Takeaways>$/.test(page.trim());
      const title = takeaways ? 'Key takeaways' : part.section ? `${part.section.text}${continued ? ' (continued)' : ''}` : 'Introduction';
      const content = await compile(page);
      slides.push({
        kind: 'content',
        title,
        section: part.section?.id ?? null,
        content:
          continued && part.section && !takeaways ? (
            <>
              <h2 className="slide-continued">{part.section.text}</h2>
              {content}
            </>
          ) : (
            content
          ),
        // The speaker's notes for a section go with its first slide.
        notes: i === 0 ? notes : null,
        question: null,
      });
    }
  }
  return slides;
}

/** The opening slide: what the lesson is and what the room will be able to do; the plan's notes for it. */
function titleSlide(lesson: Lesson): DeckSlide {
  const budget = lessonBudget(loadGuides(), lesson.slug);
  return {
    kind: 'title',
    title: lesson.title,
    section: null,
    content: (
      <div className="title-slide">
        <p className="title-slide-kicker">
          {lesson.moduleTitle} · Lesson {lesson.number}
        </p>
        <h2>{lesson.title}</h2>
        <p className="title-slide-summary">{lesson.summary}</p>
        <p className="title-slide-label">By the end you can:</p>
        <ul>
          {lesson.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </div>
    ),
    notes: budget ? (
      <>
        <p>
          The session plan gives this lesson {budget.minutes} minutes (<Link href={`/teach/${budget.module}`}>open the plan</Link>):
        </p>
        <ul>
          {budget.items.map((item) => (
            <li key={`${item.start}-${item.activity}`}>
              <strong>
                {item.start}–{item.end} {item.activity}.
              </strong>{' '}
              {item.detail}
            </li>
          ))}
        </ul>
      </>
    ) : null,
    question: null,
  };
}

/** The drawing size of a diagram's build-time SVG (its viewBox), for fitting it on a slide. */
function diagramSize(source: string): DrawingSize | null {
  const svg = loadPrerendered(source)?.light;
  const box = svg ? /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg) : null;
  return box ? { width: Number(box[1]), height: Number(box[2]) } : null;
}

/** `<Builder scenario>` on a slide: the exercise and a link to open it on the big screen. */
function BuilderOnSlide({ scenario: id }: { scenario: string }) {
  const scenario = getScenario(id);
  if (!scenario) throw new Error(`<Builder scenario="${id}" />: there is no content/scenarios/${id}.yaml`);
  return (
    <div className="slide-builder not-prose">
      <p className="slide-builder-title">Exercise: {scenario.title}</p>
      <p>{scenario.summary}</p>
      <Link className="presenter-button" href={`/teach/builder/${scenario.id}`}>
        Open {scenario.title} on the big screen
      </Link>
    </div>
  );
}
