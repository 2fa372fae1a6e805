import type { WidgetProps } from './types';
import { ChoiceGroup } from './choice-group';

export function SingleChoice({ question, response, onChange, disabled }: WidgetProps<'single'>) {
  return (
    <ChoiceGroup
      legend={question.prompt}
      options={question.choices}
      selected={response?.selected ? [response.selected] : []}
      onSelect={(id) => onChange({ selected: id })}
      disabled={disabled}
    />
  );
}
