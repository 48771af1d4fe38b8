import { Chip, Fieldset, Group, Text } from '@mantine/core';
import { useId } from 'react';

interface Choice<Value extends string> {
  value: Value;
  label: string;
}

interface SingleChoiceProps<Value extends string> {
  legend: string;
  name: string;
  choices: ReadonlyArray<Choice<Value>>;
  value: Value;
  onChange(value: Value): void;
  size?: 'md' | 'lg';
}

/**
 * One of a few values as big toggle buttons: radio inputs under the hood (arrow keys move
 * between them), grouped by a fieldset whose legend names them.
 */
export function SingleChoiceChips<Value extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  size = 'lg',
}: SingleChoiceProps<Value>) {
  return (
    <Fieldset legend={legend} variant="unstyled" p={0}>
      <Chip.Group value={value} onChange={(next) => onChange(next as Value)}>
        <Group gap="xs" mt={4}>
          {choices.map((choice) => (
            <Chip key={choice.value} value={choice.value} type="radio" name={name} size={size} variant="outline">
              {choice.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Fieldset>
  );
}

interface MultipleChoiceProps<Value extends string> {
  legend: string;
  description?: string;
  choices: ReadonlyArray<Choice<Value>>;
  value: readonly Value[];
  onChange(value: Value[]): void;
}

/** Any number of values as toggle chips (checkboxes under the hood). */
export function MultipleChoiceChips<Value extends string>({
  legend,
  description,
  choices,
  value,
  onChange,
}: MultipleChoiceProps<Value>) {
  const descriptionId = useId();
  return (
    <Fieldset legend={legend} variant="unstyled" p={0} aria-describedby={description ? descriptionId : undefined}>
      {description && (
        <Text size="sm" c="gray.7" id={descriptionId}>
          {description}
        </Text>
      )}
      <Chip.Group multiple value={[...value]} onChange={(next) => onChange(next as Value[])}>
        <Group gap="xs" mt={4}>
          {choices.map((choice) => (
            <Chip key={choice.value} value={choice.value} size="md" variant="outline">
              {choice.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Fieldset>
  );
}
