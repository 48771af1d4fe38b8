import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { ProblemAlert, focusFirstInvalid, submissionFailureOf, todayIsoDate, type ApiProblem } from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateCode } from './bed-changes';
import type { ResidenceCode } from './residence-limits';
import { useResidenceMessage } from './use-residence-message';

interface DatedActionFormProps {
  /** What happens, said before the date field. */
  explanation: string;
  dateLabel: string;
  submitLabel: string;
  /** The API field the date is sent as (so its BAD_USER_INPUT lands at the field). */
  dateField: string;
  saving: boolean;
  /** Runs the mutation; throws what Apollo throws. */
  onSubmit(date: string): Promise<unknown>;
  onDone(): void;
  onCancel(): void;
}

/** A one-date confirmation (retire a bed, close a residence): today by default; a refusal (CONFLICT) is said above the form. */
export function DatedActionForm({ explanation, dateLabel, submitLabel, dateField, saving, onSubmit, onDone, onCancel }: DatedActionFormProps) {
  const { t } = useTranslation('residences');
  const formRef = useRef<HTMLFormElement>(null);
  const [date, setDate] = useState(todayIsoDate);
  const [error, setError] = useState<ResidenceCode | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const message = useResidenceMessage();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = dateCode(date);
    setError(found);
    setProblem(null);
    if (found) return requestAnimationFrame(() => focusFirstInvalid(formRef.current));
    try {
      await onSubmit(date);
      onDone();
    } catch (failed) {
      const failure = submissionFailureOf(failed, [dateField]);
      if (failure.kind === 'fields') setError('serverRejected');
      else setProblem(failure.problem);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={saving}>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined} />}
        <Text size="sm">{explanation}</Text>
        <TextInput
          type="date"
          label={dateLabel}
          required
          withAsterisk
          value={date}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setDate(value);
            // A shown error goes as soon as the date is valid.
            if (error && !dateCode(value)) setError(undefined);
          }}
          error={message(error)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
