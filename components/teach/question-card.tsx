import { answerLines, correctLetters, placedLetters, pollLayout } from '@/lib/teach/answer-key';
import type { Question } from '@/lib/quiz/schema';

type Props = {
  question: Question;
  /** Show the answer and the explanation under the question. */
  answer: boolean;
  /** The heading level the question's prompt takes on this page. */
  level?: 2 | 3;
  /** Leave room to write (the printed worksheet). */
  worksheet?: boolean;
};

/**
 * A quiz question as a room reads it: the prompt, any facts, lettered options in the order every
 * class surface shares (`lib/teach/answer-key.ts`), and, when asked, the answer in words.
 * No interaction here: the poll, the handout and its answer key all render it.
 */
export function QuestionCard({ question, answer, level = 2, worksheet = false }: Props) {
  const layout = pollLayout(question);
  // Once revealed, the answer is marked on the lists themselves, where the room is looking: the
  // right options of a pick, or where each numbered item of a mapping goes.
  const marks = answer ? correctLetters(question) : [];
  const placed = answer ? placedLetters(question) : null;
  // Everything the answer lines would say is then on the lists (a true-false verdict and a number are not).
  const allInPlace = placed !== null || (marks.length > 0 && marks.every((m) => m.length > 0) && question.type !== 'true-false');
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="question-card">
      <Heading className="question-prompt">{question.prompt}</Heading>
      {layout.facts.length ? (
        <dl className="question-facts">
          {layout.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p className="question-instruction">{layout.instruction}</p>
      <div className="question-lists" data-type={question.type}>
        {layout.lists.map((list, i) => (
          <div key={list.title ?? i}>
            {list.title ? <p className="question-list-title">{list.title}</p> : null}
            <ul className="question-options" data-marked={marks[i]?.length ? '' : undefined}>
              {list.items.map((item, n) => {
                const right = marks[i]?.includes(item.letter);
                const goes = i === 0 ? placed?.[n] : undefined;
                return (
                  <li key={item.letter} data-correct={marks[i]?.length ? String(!!right) : undefined}>
                    <span className="question-letter" aria-hidden="true">
                      {right ? '✓' : item.letter}
                    </span>
                    <span className="sr-only">{item.letter}. </span>
                    {item.text}
                    {right ? <span className="question-right-mark"> (right answer)</span> : null}
                    {goes ? (
                      <span className="question-placed">
                        <span aria-hidden="true">{question.type === 'ordering' ? `→ step ${goes}` : `→ ${goes}`}</span>
                        <span className="sr-only">: {question.type === 'ordering' ? `step ${goes}` : `goes with ${goes}`}</span>
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      {worksheet ? <div className="worksheet-space" aria-hidden="true" /> : null}
      {answer ? (
        <div className="question-answer" tabIndex={-1}>
          <p className="question-answer-title">Answer</p>
          {allInPlace ? null : (
            <ul>
              {answerLines(question).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <p className="question-explanation">{question.explanation}</p>
        </div>
      ) : null}
    </div>
  );
}
