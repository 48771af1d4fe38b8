import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { AddObjectiveDocument, UpdateObjectiveDocument } from '@bridgeway/web-graphql';
import { ProblemAlert } from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, type PlanErrorCode } from '../shared/error-text';
import { refetchPlan, useSubmission } from '../shared/submission';
import { PLAN_TEXT_MAX } from './plan-draft';

type ObjectiveErrors = Partial<Record<'title', PlanErrorCode>>;

/** Adds an objective to the plan, or renames one. */
export function ObjectiveForm({
  planId,
  objective,
  onSaved,
  onCancel,
}: {
  planId: string;
  objective?: { id: string; title: string };
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('plans');
  const errorText = useErrorText();
  const [title, setTitle] = useState(objective?.title ?? '');
  const { formRef, errors, problem, submit } = useSubmission<ObjectiveErrors>(['title']);
  const [add, adding] = useMutation(AddObjectiveDocument, refetchPlan);
  const [update, updating] = useMutation(UpdateObjectiveDocument, refetchPlan);
  const loading = adding.loading || updating.loading;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = title.trim();
    const found: ObjectiveErrors = !trimmed ? { title: 'required' } : trimmed.length > PLAN_TEXT_MAX.title ? { title: 'tooLong' } : {};
    const saved = await submit(found, () =>
      objective
        ? update({ variables: { input: { objectiveId: objective.id, title: trimmed } } })
        : add({ variables: { input: { planId, title: trimmed } } }),
    );
    if (saved) onSaved();
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <TextInput
          label={t('objective.title')}
          required
          withAsterisk
          autoComplete="off"
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errorText(errors.title, PLAN_TEXT_MAX.title)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
