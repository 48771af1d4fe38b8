import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { PlanEditorFragment, PlanIndicatorFragment } from '@bridgeway/web-graphql';
import { SectionCard } from '@bridgeway/web-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFigureText } from '../shared/figures';
import type { EditorDialog } from './plan-page';

type Objective = PlanEditorFragment['objectives'][number];

/** The plan's objectives, each with its indicators (metric, filters, baseline, targets). */
export function ObjectivesSection({ plan, onDialog }: { plan: PlanEditorFragment; onDialog(dialog: EditorDialog): void }) {
  const { t } = useTranslation('plans');
  return (
    <SectionCard
      title={t('objective.sectionTitle')}
      actions={
        <Button size="xs" onClick={() => onDialog({ kind: 'objective' })}>
          {t('objective.add')}
        </Button>
      }
    >
      {plan.objectives.length === 0 ? (
        <Text c="gray.7">{t('objective.none')}</Text>
      ) : (
        <Stack gap="md">
          {plan.objectives.map((objective) => (
            <ObjectiveBlock key={objective.id} objective={objective} onDialog={onDialog} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

function ObjectiveBlock({ objective, onDialog }: { objective: Objective; onDialog(dialog: EditorDialog): void }) {
  const { t } = useTranslation('plans');
  const headingId = useId();
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={headingId} data-testid="objective">
      <Group justify="space-between" align="center" gap="xs" mb="xs">
        <Title order={3} size="h4" id={headingId}>
          {objective.title}
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="default" aria-label={t('objective.editOf', { name: objective.title })} onClick={() => onDialog({ kind: 'objective', id: objective.id })}>
            {t('actions.edit')}
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-label={t('objective.removeOf', { name: objective.title })}
            onClick={() => onDialog({ kind: 'remove', what: 'objective', id: objective.id, name: objective.title })}
          >
            {t('actions.remove')}
          </Button>
          <Button size="xs" onClick={() => onDialog({ kind: 'indicator', objectiveId: objective.id })}>
            {t('indicator.add')}
          </Button>
        </Group>
      </Group>
      {objective.indicators.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('indicator.none')}
        </Text>
      ) : (
        <IndicatorsTable objective={objective} onDialog={onDialog} />
      )}
    </Paper>
  );
}

function IndicatorsTable({ objective, onDialog }: { objective: Objective; onDialog(dialog: EditorDialog): void }) {
  const { t } = useTranslation('plans');
  const figureText = useFigureText();
  return (
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
      <Table striped verticalSpacing="xs" captionSide="top">
        <Table.Caption ta="start">{t('indicator.caption', { objective: objective.title })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicator.name')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('indicator.baseline')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('indicator.target')}
            </Table.Th>
            <Table.Th scope="col">{t('indicator.yearTargets')}</Table.Th>
            <Table.Th scope="col">{t('columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {objective.indicators.map((indicator) => (
            <Table.Tr key={indicator.id} data-testid="indicator-row">
              <Table.Th scope="row" fw="normal">
                <Text fw={600} size="sm">
                  {indicator.name}
                </Text>
                <IndicatorMetricText indicator={indicator} />
              </Table.Th>
              <Table.Td ta="right">{figureText(indicator.unit, indicator.baseline)}</Table.Td>
              <Table.Td ta="right" data-testid="indicator-target">
                {figureText(indicator.unit, indicator.target)}
              </Table.Td>
              <Table.Td>
                {indicator.yearTargets.length === 0
                  ? '—'
                  : indicator.yearTargets.map((yearTarget) => `${yearTarget.year}: ${figureText(indicator.unit, yearTarget.target)}`).join(', ')}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('indicator.editOf', { name: indicator.name })}
                    onClick={() => onDialog({ kind: 'indicator', objectiveId: objective.id, id: indicator.id })}
                  >
                    {t('actions.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('indicator.removeOf', { name: indicator.name })}
                    onClick={() => onDialog({ kind: 'remove', what: 'indicator', id: indicator.id, name: indicator.name })}
                  >
                    {t('actions.remove')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The metric in words, with its filters: "Counselling hours · Individual · Residents". */
export function IndicatorMetricText({
  indicator,
}: {
  indicator: Pick<PlanIndicatorFragment, 'metric' | 'goalDomain' | 'department' | 'sessionKind' | 'audience'>;
}) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation('components');
  const parts = [
    t(`metric.${indicator.metric}`),
    indicator.goalDomain && tc(`goalDomain.${indicator.goalDomain}`),
    indicator.department?.name,
    indicator.sessionKind && tc(`sessionKind.${indicator.sessionKind}`),
    indicator.audience && t(`audience.${indicator.audience}`),
  ];
  return (
    <Text size="sm" c="gray.7">
      {parts.filter(Boolean).join(' · ')}
    </Text>
  );
}
