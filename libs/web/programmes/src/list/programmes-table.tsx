import { Anchor, Badge, Table } from '@mantine/core';
import type { ProgrammeListItemFragment } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeetingTime } from '../shared/meeting-time';
import { useScheduleWords } from '../shared/schedule-words';
import { StatusBadge } from '../shared/status-badge';

/** The programmes with what tells them apart: kind, department, when they meet, the next meeting. */
export function ProgrammesTable({ programmes }: { programmes: readonly ProgrammeListItemFragment[] }) {
  const { t } = useTranslation('programmes');
  const scheduleWords = useScheduleWords();
  const time = useMeetingTime();
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped highlightOnHover captionSide="top" verticalSpacing="sm">
        <Table.Caption>{t('list.caption', { count: programmes.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.department')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.schedule')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.nextMeeting')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programmes.map((programme) => (
            <Table.Tr key={programme.id} data-testid="programme-row">
              <Table.Td>
                <Anchor component={Link} to={`/programmes/${programme.id}`} fw={600}>
                  {programme.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {t(`kind.${programme.kind}`)}
                {programme.mode === 'VIDEO' && (
                  <Badge ml="xs" variant="outline" color="gray.8" size="sm">
                    {t('mode.VIDEO')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{programme.department?.name ?? t('noDepartment')}</Table.Td>
              <Table.Td>{scheduleWords(programme.schedule)}</Table.Td>
              <Table.Td>{programme.nextMeetings[0] ? time.start(programme.nextMeetings[0].startsAt) : '—'}</Table.Td>
              <Table.Td>
                <StatusBadge status={programme.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
