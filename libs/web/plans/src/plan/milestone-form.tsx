import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { AddMilestoneDocument, UpdateMilestoneDocument, type MilestoneStatus, type PlanMilestoneFragment } from '@bridgeway/web-graphql';
import { ProblemAlert, todayIsoDate } from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../shared/error-text';
import { refetchPlan, useSubmission } from '../shared/submission';
import {
  addMilestoneInputOf,
  emptyMilestoneDraft,
  milestoneDraftOf,
  milestoneFields,
  milestoneStatuses,
  updateMilestoneInputOf,
  validateMilestone,
  type MilestoneDraft,
  type MilestoneErrors,
} from './milestone-draft';
import { PLAN_TEXT_MAX } from './plan-draft';

/** A milestone: title, due date, status (with the date it was done), note. */
export function MilestoneForm({
  planId,
  milestone,
  onSaved,
  onCancel,
}: {
  planId: string;
  milestone?: PlanMilestoneFragment;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('plans');
  const errorText = useErrorText();
  const [draft, setDraft] = useState<MilestoneDraft>(() => (milestone ? milestoneDraftOf(milestone) : emptyMilestoneDraft));
  const { formRef, errors, problem, submit } = useSubmission<MilestoneErrors>(milestoneFields);
  const [add, adding] = useMutation(AddMilestoneDocument, refetchPlan);
  const [update, updating] = useMutation(UpdateMilestoneDocument, refetchPlan);
  const loading = adding.loading || updating.loading;
  const set = (patch: Partial<MilestoneDraft>) => setDraft((current) => ({ ...current, ...patch }));
  // Marking it done starts from today; the manager may pick another day.
  const changeStatus = (status: MilestoneStatus) =>
    set({ status, doneOn: status === 'DONE' && !draft.doneOn ? todayIsoDate() : draft.doneOn });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await submit(validateMilestone(draft, todayIsoDate()), () =>
      milestone
        ? update({ variables: { input: updateMilestoneInputOf(milestone.id, draft) } })
        : add({ variables: { input: addMilestoneInputOf(planId, draft) } }),
    );
    if (saved) onSaved();
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <TextInput
          label={t('milestone.title')}
          required
          withAsterisk
          autoComplete="off"
          value={draft.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
          error={errorText(errors.title, PLAN_TEXT_MAX.title)}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('milestone.dueOn')}
            required
            withAsterisk
            value={draft.dueOn}
            onChange={(event) => set({ dueOn: event.currentTarget.value })}
            error={errorText(errors.dueOn)}
          />
          <NativeSelect
            label={t('milestone.status')}
            value={draft.status}
            onChange={(event) => changeStatus(event.currentTarget.value as MilestoneStatus)}
            error={errorText(errors.status)}
          >
            {milestoneStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`milestoneStatus.${status}`)}
              </option>
            ))}
          </NativeSelect>
          {draft.status === 'DONE' && (
            <TextInput
              type="date"
              label={t('milestone.doneOn')}
              required
              withAsterisk
              value={draft.doneOn}
              onChange={(event) => set({ doneOn: event.currentTarget.value })}
              error={errorText(errors.doneOn)}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('milestone.note')}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(event) => set({ note: event.currentTarget.value })}
          error={errorText(errors.note, PLAN_TEXT_MAX.note)}
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
