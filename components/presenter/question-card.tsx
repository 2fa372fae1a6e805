import { answerLines, correctLetters, pollLayout } from '@/lib/presenter/answer-key';
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
 * class surface shares (`lib/presenter/answer-key.ts`), and, when asked, the answer in words.
 * No interaction here: the poll, the handout and its answer key all render it.
 */
export function QuestionCard({ question, answer, level = 2, worksheet = false }: Props) {
  const layout = pollLayout(question);
  // Once revealed, the right options are marked on the list itself, where the room is looking.
  const marks = answer ? correctLetters(question) : [];
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
              {list.items.map((item) => {
                const right = marks[i]?.includes(item.letter);
                return (
                  <li key={item.letter} data-correct={marks[i]?.length ? String(!!right) : undefined}>
                    <span className="question-letter" aria-hidden="true">
                      {right ? '✓' : item.letter}
                    </span>
                    <span className="sr-only">{item.letter}. </span>
                    {item.text}
                    {right ? <span className="question-right-mark"> (right answer)</span> : null}
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
          <ul>
            {answerLines(question).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="question-explanation">{question.explanation}</p>
        </div>
      ) : null}
    </div>
  );
}
