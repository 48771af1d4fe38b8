import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { ConsortiaDocument, CreateStrategicPlanDocument } from '@bridgeway/web-graphql';
import { ProblemAlert, submissionFailureOf, type ApiProblem } from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid, useErrorText } from '../shared/error-text';
import { useIsCoordinator } from '../shared/plan-access';
import { PlanFields } from '../plan/plan-fields';
import {
  createPlanInputOf,
  emptyPlanDraft,
  planFields,
  validatePlan,
  type PlanDraft,
  type PlanErrors,
} from '../plan/plan-draft';

/** A new plan: name, period, description; a coordinator also picks the consortium it is for. */
export function NewPlanForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const { t } = useTranslation('plans');
  const coordinator = useIsCoordinator();
  const errorText = useErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<PlanDraft>(emptyPlanDraft);
  const [errors, setErrors] = useState<PlanErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const consortia = useQuery(ConsortiaDocument, { skip: !coordinator });
  const [create, { loading }] = useMutation(CreateStrategicPlanDocument, { refetchQueries: 'active' });
  const set = (patch: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const choices = consortia.data?.consortia ?? [];
  // One consortium: it is the one (nothing to choose).
  const chosen = coordinator && !draft.consortiumId && choices.length === 1 ? { ...draft, consortiumId: choices[0]?.id ?? '' } : draft;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validatePlan(chosen, { needsConsortium: coordinator });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    try {
      const { data } = await create({ variables: { input: createPlanInputOf(chosen) } });
      if (data) onCreated(data.createStrategicPlan.id);
    } catch (error) {
      const failure = submissionFailureOf(error, planFields);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        {coordinator && (
          <NativeSelect
            label={t('form.consortium')}
            required
            withAsterisk
            value={chosen.consortiumId}
            onChange={(event) => set({ consortiumId: event.currentTarget.value })}
            error={errorText(errors.consortiumId)}
          >
            <option value="">{t('form.chooseConsortium')}</option>
            {choices.map((consortium) => (
              <option key={consortium.id} value={consortium.id}>
                {consortium.name}
              </option>
            ))}
          </NativeSelect>
        )}
        <PlanFields draft={chosen} errors={errors} onChange={set} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('list.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
