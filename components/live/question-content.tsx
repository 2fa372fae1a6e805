import type { PublicQuestion } from '@/lib/live/question-round';

/** The question as the projector shows it before the reveal: prompt and options, no key. */
export function QuestionContent({ question }: { question: PublicQuestion }) {
  const list = (title: string, items: { id: string; text: string }[]) => (
    <div key={title}>
      <h3 className="mb-1 text-sm font-semibold tracking-wide text-[var(--muted)] uppercase">{title}</h3>
      <ul className="grid gap-1 sm:grid-cols-2">
        {items.map((o) => (
          <li key={o.id} className="rounded border border-[var(--line)] px-3 py-2">
            {o.text}
          </li>
        ))}
      </ul>
    </div>
  );
  const parts = (() => {
    switch (question.type) {
      case 'single':
      case 'multiple':
        return [list(question.type === 'multiple' ? 'Choose every one that applies' : 'Choices', question.choices)];
      case 'true-false':
        return [list('True or false, and why?', question.reasons)];
      case 'ordering':
        return [list('Put in order', question.items)];
      case 'matching':
        return [list('Match each', question.pairs.map((p) => ({ id: p.id, text: p.prompt }))), list('To', question.targets)];
      case 'categorize':
        return [list('Sort', question.items), list('Into', question.categories.map((c) => ({ id: c.id, text: c.label })))];
      case 'numeric':
        return [<p key="n">Type a number{question.unit ? ` (${question.unit})` : ''}.</p>];
      case 'scenario':
        return [
          <dl key="facts" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {question.facts.map((f) => (
              <div key={f.label} className="contents">
                <dt className="font-semibold">{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>,
          list('Architecture', question.choices),
          list('Why?', question.reasons),
        ];
    }
  })();
  return (
    <div className="grid gap-4">
      <p className="text-2xl leading-snug font-semibold">{question.prompt}</p>
      {parts}
    </div>
  );
}
