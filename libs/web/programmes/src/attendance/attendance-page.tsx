import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { MeetingAttendanceDocument } from '@bridgeway/web-graphql';
import { QueryState } from '@bridgeway/web-components';
import { usePageTitle } from '@bridgeway/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AttendanceForm } from './attendance-form';
import { MeetingHeading } from './meeting-heading';

/** Taking attendance for one meeting: phone first, tick names, add guests, save. */
export function AttendancePage() {
  const { meetingId = '' } = useParams();
  // Always from the server: the ticks must show what is saved now, not what this tab saw earlier.
  const { data, loading, error, refetch } = useQuery(MeetingAttendanceDocument, {
    variables: { id: meetingId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
      {(result) =>
        result.meeting ? (
          <Stack gap="md" maw={560}>
            <MeetingHeading meeting={result.meeting} />
            <AttendanceForm key={result.meeting.id} meeting={result.meeting} />
          </Stack>
        ) : (
          <MeetingNotFound />
        )
      }
    </QueryState>
  );
}

function MeetingNotFound() {
  const { t } = useTranslation('programmes');
  usePageTitle(t('attendance.notFound.title'));
  return (
    <Stack gap="sm">
      <Title order={1}>{t('attendance.notFound.title')}</Title>
      <Text>{t('attendance.notFound.body')}</Text>
      <Anchor component={Link} to="/programmes">
        {t('backToProgrammes')}
      </Anchor>
    </Stack>
  );
}
