import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { GOAL_DOMAINS, SESSION_KINDS } from '@bridgeway/shared-domain';
import {
  AddIndicatorDocument,
  DepartmentFilterOptionsDocument,
  UpdateIndicatorDocument,
  type CounsellingAudience,
  type GoalDomain,
  type Metric,
  type PlanIndicatorFragment,
  type SessionKind,
} from '@bridgeway/web-graphql';
import { ProblemAlert, apiProblemFrom } from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../shared/error-text';
import { FigureInput } from '../shared/figure-input';
import { takesFilter, useMetricDefinitions } from '../shared/metrics';
import { refetchPlan, useSubmission } from '../shared/submission';
import {
  addIndicatorInputOf,
  emptyIndicatorDraft,
  indicatorDraftOf,
  indicatorFields,
  updateIndicatorInputOf,
  validateIndicator,
  withMetric,
  type IndicatorDraft,
  type IndicatorErrors,
} from './indicator-draft';
import { PLAN_TEXT_MAX } from './plan-draft';

interface IndicatorFormProps {
  objectiveId: string;
  /** The indicator to edit as the page holds it now; none: a new indicator. */
  indicator?: PlanIndicatorFragment;
  organisationPlan: boolean;
  /** The calendar years of the plan: one optional target each. */
  planYears: readonly number[];
  onSaved(): void;
  onCancel(): void;
}

/** Who a counselling session was with (CounsellingAudience): the audience filter's choices. */
const audiences: readonly CounsellingAudience[] = ['RESIDENTS', 'RELATIVES'];

/** An indicator: a metric of the registry, its optional filters, baseline, the plan target and targets per year. */
export function IndicatorForm({ objectiveId, indicator, organisationPlan, planYears, onSaved, onCancel }: IndicatorFormProps) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation('components');
  const errorText = useErrorText();
  const [draft, setDraft] = useState<IndicatorDraft>(() => (indicator ? indicatorDraftOf(indicator) : emptyIndicatorDraft));
  // Someone else saved the indicator meanwhile (CONFLICT, then read again): show their values.
  const [shownVersion, setShownVersion] = useState(indicator?.version);
  if (indicator && indicator.version !== shownVersion) {
    setShownVersion(indicator.version);
    setDraft(indicatorDraftOf(indicator));
  }
  const { formRef, errors, problem, submit } = useSubmission<IndicatorErrors>(indicatorFields);
  const registry = useMetricDefinitions();
  const definitionOf = (metric: Metric | '') => registry.definitions?.find((definition) => definition.metric === metric);
  const definition = definitionOf(draft.metric);
  const withDepartment = takesFilter(definition, 'department', organisationPlan);
  const withGoalDomain = takesFilter(definition, 'goalDomain', organisationPlan);
  const withSessionKind = takesFilter(definition, 'sessionKind', organisationPlan);
  const withAudience = takesFilter(definition, 'audience', organisationPlan);
  const departments = useQuery(DepartmentFilterOptionsDocument, { skip: !withDepartment, fetchPolicy: 'cache-first' });
  const [add, adding] = useMutation(AddIndicatorDocument, refetchPlan);
  const [update, updating] = useMutation(UpdateIndicatorDocument, refetchPlan);
  const loading = adding.loading || updating.loading;
  const set = (patch: Partial<IndicatorDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const unitText = definition ? t(`unit.${definition.unit}`) : undefined;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Without the registry the filters to send are unknown: saving waits for it (the button is disabled).
    if (!registry.definitions) return;
    const scope = { organisationPlan, planYears, definition };
    const saved = await submit(validateIndicator(draft, planYears), () =>
      indicator
        ? update({ variables: { input: updateIndicatorInputOf(indicator, draft, scope) } })
        : add({ variables: { input: addIndicatorInputOf(objectiveId, draft, scope) } }),
    );
    if (saved) onSaved();
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        {registry.error && <ProblemAlert problem={apiProblemFrom(registry.error)} onRetry={() => void registry.refetch()} />}
        <TextInput
          label={t('indicator.name')}
          required
          withAsterisk
          autoComplete="off"
          value={draft.name}
          onChange={(event) => set({ name: event.currentTarget.value })}
          error={errorText(errors.name, PLAN_TEXT_MAX.name)}
        />
        <NativeSelect
          label={t('indicator.metric')}
          description={t('indicator.metricDescription')}
          required
          withAsterisk
          value={draft.metric}
          onChange={(event) => {
            const metric = event.currentTarget.value as Metric | '';
            setDraft((current) => withMetric(current, metric, definitionOf(metric), organisationPlan));
          }}
          error={errorText(errors.metric)}
        >
          <option value="">{t('indicator.chooseMetric')}</option>
          {(registry.definitions ?? []).map(({ metric }) => (
            <option key={metric} value={metric}>
              {t(`metric.${metric}`)}
            </option>
          ))}
        </NativeSelect>
        {withGoalDomain && (
          <NativeSelect
            label={t('indicator.goalDomain')}
            value={draft.goalDomain}
            onChange={(event) => set({ goalDomain: event.currentTarget.value as GoalDomain | '' })}
            error={errorText(errors.goalDomain)}
          >
            <option value="">{t('indicator.allGoalDomains')}</option>
            {GOAL_DOMAINS.map((domain) => (
              <option key={domain} value={domain}>
                {tc(`goalDomain.${domain}`)}
              </option>
            ))}
          </NativeSelect>
        )}
        {withDepartment && (
          <NativeSelect
            label={t('indicator.department')}
            value={draft.departmentId}
            onChange={(event) => set({ departmentId: event.currentTarget.value })}
            error={errorText(errors.departmentId)}
          >
            <option value="">{t('indicator.allDepartments')}</option>
            {(departments.data?.departments ?? []).map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </NativeSelect>
        )}
        {withSessionKind && (
          <NativeSelect
            label={t('indicator.sessionKind')}
            value={draft.sessionKind}
            onChange={(event) => set({ sessionKind: event.currentTarget.value as SessionKind | '' })}
            error={errorText(errors.sessionKind)}
          >
            <option value="">{t('indicator.allSessionKinds')}</option>
            {SESSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tc(`sessionKind.${kind}`)}
              </option>
            ))}
          </NativeSelect>
        )}
        {withAudience && (
          <NativeSelect
            label={t('indicator.audience')}
            value={draft.audience}
            onChange={(event) => set({ audience: event.currentTarget.value as CounsellingAudience | '' })}
            error={errorText(errors.audience)}
          >
            <option value="">{t('indicator.allAudiences')}</option>
            {audiences.map((audience) => (
              <option key={audience} value={audience}>
                {t(`audience.${audience}`)}
              </option>
            ))}
          </NativeSelect>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <FigureInput
            label={t('indicator.baseline')}
            description={unitText}
            value={draft.baseline}
            onChange={(value) => set({ baseline: value })}
            error={errorText(errors.baseline)}
          />
          <FigureInput
            label={t('indicator.target')}
            description={unitText}
            required
            withAsterisk
            value={draft.target}
            onChange={(value) => set({ target: value })}
            error={errorText(errors.target)}
          />
        </SimpleGrid>
        {planYears.length > 0 && (
          <Fieldset legend={t('indicator.yearTargets')} variant="unstyled" p={0}>
            <Text size="sm" c="gray.7" mb="xs">
              {t('indicator.yearTargetsDescription')}
            </Text>
            <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm">
              {planYears.map((year) => (
                <FigureInput
                  key={year}
                  label={t('indicator.yearTarget', { year })}
                  value={draft.yearTargets[year] ?? ''}
                  onChange={(value) => set({ yearTargets: { ...draft.yearTargets, [year]: value } })}
                  error={errorText(errors[`year${year}`])}
                />
              ))}
            </SimpleGrid>
            {errors.yearTargets && (
              <Text size="sm" c="red.8" mt="xs" role="alert">
                {errorText(errors.yearTargets)}
              </Text>
            )}
          </Fieldset>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading || registry.loading} disabled={!registry.definitions}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
