import { MULTIPLE_CREDIT_RULE } from '@/lib/quiz/score-multiple';
import type { WidgetProps } from './types';
import { ChoiceGroup } from './choice-group';

export function MultipleChoice({ question, response, onChange, disabled, marks }: WidgetProps<'multiple'>) {
  const selected = response?.selected ?? [];
  return (
    <ChoiceGroup
      multiple
      legend={question.prompt}
      note={<>Select all that apply. {MULTIPLE_CREDIT_RULE}</>}
      options={question.choices}
      selected={selected}
      onSelect={(id, checked) => onChange({ selected: checked ? [...selected, id] : selected.filter((s) => s !== id) })}
      disabled={disabled}
      marks={marks}
    />
  );
}
