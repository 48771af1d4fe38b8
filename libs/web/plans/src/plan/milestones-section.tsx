import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { MilestoneStatus, PlanMilestoneFragment } from '@bridgeway/web-graphql';
import { SectionCard, useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import type { EditorDialog } from './plan-page';

/** Dark filled badges keep white text above 4.5:1; the status is always written out too. */
const statusColours: Record<MilestoneStatus, string> = {
  PLANNED: 'gray.7',
  IN_PROGRESS: 'blue.8',
  DONE: 'teal.9',
  MISSED: 'red.9',
  CANCELLED: 'gray.8',
};

export function MilestoneStatusBadge({ status }: { status: MilestoneStatus }) {
  const { t } = useTranslation('plans');
  return (
    <Badge color={statusColours[status]} variant="filled">
      {t(`milestoneStatus.${status}`)}
    </Badge>
  );
}

/** The plan's milestones by due date, each with its status and (when done) the day it was done. */
export function MilestonesSection({
  milestones,
  onDialog,
}: {
  milestones: readonly PlanMilestoneFragment[];
  onDialog?(dialog: EditorDialog): void;
}) {
  const { t } = useTranslation('plans');
  return (
    <SectionCard
      title={t('milestone.sectionTitle')}
      actions={
        onDialog && (
          <Button size="xs" onClick={() => onDialog({ kind: 'milestone' })}>
            {t('milestone.add')}
          </Button>
        )
      }
    >
      {milestones.length === 0 ? (
        <Text c="gray.7">{t('milestone.none')}</Text>
      ) : (
        <MilestonesTable milestones={milestones} caption={t('milestone.caption')} onDialog={onDialog} />
      )}
    </SectionCard>
  );
}

export function MilestonesTable({
  milestones,
  caption,
  onDialog,
}: {
  milestones: readonly PlanMilestoneFragment[];
  caption: string;
  onDialog?(dialog: EditorDialog): void;
}) {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  const sorted = [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
      <Table striped verticalSpacing="xs" captionSide="top">
        <Table.Caption ta="start">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('milestone.title')}</Table.Th>
            <Table.Th scope="col">{t('milestone.dueOn')}</Table.Th>
            <Table.Th scope="col">{t('milestone.status')}</Table.Th>
            <Table.Th scope="col">{t('milestone.note')}</Table.Th>
            {onDialog && <Table.Th scope="col">{t('columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((milestone) => (
            <Table.Tr key={milestone.id} data-testid="milestone-row">
              <Table.Th scope="row" fw={600}>
                {milestone.title}
              </Table.Th>
              <Table.Td>{format.date(milestone.dueOn)}</Table.Td>
              <Table.Td>
                <MilestoneStatusBadge status={milestone.status} />
                {milestone.doneOn && (
                  <Text size="sm" mt={2}>
                    {t('milestone.doneOnText', { date: format.date(milestone.doneOn) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{milestone.note ?? '—'}</Table.Td>
              {onDialog && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('milestone.editOf', { name: milestone.title })}
                      onClick={() => onDialog({ kind: 'milestone', id: milestone.id })}
                    >
                      {t('actions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('milestone.removeOf', { name: milestone.title })}
                      onClick={() => onDialog({ kind: 'remove', what: 'milestone', id: milestone.id, name: milestone.title })}
                    >
                      {t('actions.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
