import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { UpdateStrategicPlanDocument, type PlanEditorFragment } from '@bridgeway/web-graphql';
import { ProblemAlert } from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { refetchPlan, useSubmission } from '../shared/submission';
import { planDraftOf, planFields, updatePlanInputOf, validatePlan, type PlanDraft, type PlanErrors } from './plan-draft';
import { PlanFields } from './plan-fields';

/** The plan's name, period and description (with the version the editor showed). */
export function EditPlanForm({ plan, onSaved, onCancel }: { plan: PlanEditorFragment; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation('plans');
  const [draft, setDraft] = useState<PlanDraft>(() => planDraftOf(plan));
  // Someone else saved the plan meanwhile (CONFLICT, then read again): show their values.
  const [shownVersion, setShownVersion] = useState(plan.version);
  if (plan.version !== shownVersion) {
    setShownVersion(plan.version);
    setDraft(planDraftOf(plan));
  }
  const { formRef, errors, problem, submit } = useSubmission<PlanErrors>(planFields);
  const [update, { loading }] = useMutation(UpdateStrategicPlanDocument, refetchPlan);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await submit(validatePlan(draft), () => update({ variables: { input: updatePlanInputOf(plan, draft) } }))) onSaved();
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <PlanFields draft={draft} errors={errors} onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))} />
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
