import { ActionIcon, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { StartGriefFollowUpDocument } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  submissionFailureOf,
  todayIsoDate,
  useFormatters,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RelativePicker } from '../relative-picker';
import {
  followUpFields,
  followUpInputOf,
  hasFollowUpErrors,
  maxFollowUpNoteLength,
  newFollowUpDraft,
  validateFollowUp,
  type FollowUpDraft,
  type FollowUpErrorCode,
  type FollowUpErrors,
} from './follow-up-draft';

interface StartFollowUpFormProps {
  departmentId: string | null;
  onStarted(): void;
  onCancel(): void;
}

/** A follow-up plan for a bereaved relative: who, from when, and the planned contacts' dates. */
export function StartFollowUpForm({ departmentId, onStarted, onCancel }: StartFollowUpFormProps) {
  const { t } = useTranslation('helpline');
  const format = useFormatters();
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const plannedLabelId = useId();
  const [draft, setDraft] = useState<FollowUpDraft>(() => newFollowUpDraft(todayIsoDate()));
  const [errors, setErrors] = useState<FollowUpErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [start, { loading }] = useMutation(StartGriefFollowUpDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const messageOf = (code: FollowUpErrorCode | undefined): string | undefined => {
    if (code === 'noPlannedContact') return t('grief.form.noPlannedContact');
    if (code === 'plannedBeforeStart') return t('grief.form.plannedBeforeStart');
    return validationMessage(code, { max: maxFollowUpNoteLength });
  };
  const setDate = (index: number, value: string) =>
    setDraft((current) => ({
      ...current,
      plannedOn: current.plannedOn.map((date, at) => (at === index ? value : date)),
    }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateFollowUp(draft);
    setErrors(found);
    setProblem(null);
    if (hasFollowUpErrors(found)) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    try {
      await start({ variables: { input: followUpInputOf(draft, departmentId) } });
      onStarted();
    } catch (error) {
      const failure = submissionFailureOf(error, followUpFields);
      if (failure.kind === 'fields') setErrors(failure.errors);
      else setProblem(failure.problem);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <RelativePicker
          label={t('grief.form.relative')}
          required
          value={draft.relativeId}
          onChange={(relativeId) => setDraft((current) => ({ ...current, relativeId }))}
          error={messageOf(errors.relativeId)}
        />
        <TextInput
          type="date"
          label={t('grief.form.startedOn')}
          required
          withAsterisk
          value={draft.startedOn}
          onChange={(event) => setDraft((current) => ({ ...current, startedOn: event.currentTarget.value }))}
          error={messageOf(errors.startedOn)}
        />
        <Stack gap={4} role="group" aria-labelledby={plannedLabelId}>
          <Text id={plannedLabelId} size="sm" fw={500}>
            {t('grief.form.plannedOn')}
          </Text>
          {draft.plannedOn.map((date, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                type="date"
                aria-label={t('grief.form.plannedDate', { number: index + 1 })}
                min={draft.startedOn}
                value={date}
                onChange={(event) => setDate(index, event.currentTarget.value)}
                error={messageOf(errors.dates?.[index])}
              />
              {draft.plannedOn.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={
                    date
                      ? t('grief.form.removeDate', { date: format.date(date) })
                      : t('grief.form.removeDateNumber', { number: index + 1 })
                  }
                  onClick={() =>
                    setDraft((current) => ({
                      ...current,
                      plannedOn: current.plannedOn.filter((_, at) => at !== index),
                    }))
                  }
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
          {errors.plannedOn && (
            <Text size="sm" c="red.8" role="alert">
              {messageOf(errors.plannedOn)}
            </Text>
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            onClick={() => setDraft((current) => ({ ...current, plannedOn: [...current.plannedOn, ''] }))}
          >
            {t('grief.form.addDate')}
          </Button>
        </Stack>
        <Textarea
          label={t('grief.form.note')}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(event) => setDraft((current) => ({ ...current, note: event.currentTarget.value }))}
          error={messageOf(errors.note)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('grief.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
