import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { MyMeetingsDocument, type LeaderMeetingFragment } from '@bridgeway/web-graphql';
import { QueryState, SectionCard, isoDate } from '@bridgeway/web-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canTakeAttendanceAt, useMeetingTime } from '../shared/meeting-time';

/** How far back a meeting without attendance still asks for it. */
const lookBackDays = 14;

/** Meetings of the last two weeks (and today) that were not cancelled and whose attendance is not taken. */
export function waitingForAttendance(
  recent: readonly LeaderMeetingFragment[],
  now: Date = new Date(),
): LeaderMeetingFragment[] {
  return recent
    .filter((meeting) => meeting.status === 'SCHEDULED' && new Date(meeting.startsAt) <= now)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

/**
 * A leader's start: meetings waiting for attendance and the next meetings, each one tap from
 * the attendance screen. `always`: shown even when empty (group leaders have nothing else).
 */
export function MyMeetings({ always }: { always: boolean }) {
  const { t } = useTranslation('programmes');
  const [period] = useState(() => {
    const today = new Date();
    const from = new Date(today);
    from.setDate(today.getDate() - lookBackDays);
    return { from: isoDate(from), to: isoDate(today) };
  });
  const { data, loading, error, refetch } = useQuery(MyMeetingsDocument, {
    variables: period,
    fetchPolicy: 'cache-and-network',
  });
  const waiting = waitingForAttendance((data?.programmes ?? []).flatMap((programme) => programme.recentMeetings));
  const next = (data?.myNextMeetings ?? []).filter((meeting) => !waiting.some((w) => w.id === meeting.id));
  if (!always && data && waiting.length === 0 && next.length === 0) return null;

  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
      {() => (
        <Stack gap="lg">
          {waiting.length > 0 && (
            <SectionCard title={t('myMeetings.waiting')}>
              <MeetingLinks meetings={waiting} testId="meeting-waiting" />
            </SectionCard>
          )}
          <SectionCard title={t('myMeetings.next')}>
            {next.length === 0 ? (
              <Text c="gray.7">{t('myMeetings.noneNext')}</Text>
            ) : (
              <MeetingLinks meetings={next} testId="meeting-next" />
            )}
          </SectionCard>
        </Stack>
      )}
    </QueryState>
  );
}

function MeetingLinks({ meetings, testId }: { meetings: readonly LeaderMeetingFragment[]; testId: string }) {
  const { t } = useTranslation('programmes');
  const time = useMeetingTime();
  const idPrefix = useId();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {meetings.map((meeting) => {
        const place = meeting.place ?? (meeting.programme.mode === 'VIDEO' ? t('mode.VIDEO') : meeting.programme.place);
        const describedBy = `${idPrefix}-${meeting.id}`;
        return (
          <Paper component="li" key={meeting.id} withBorder p="sm" radius="md" data-testid={testId}>
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Stack gap={0} id={describedBy}>
                <Text fw={700} size="lg">
                  {meeting.programme.name}
                </Text>
                <Text>{time.span(meeting.startsAt, meeting.endsAt)}</Text>
                {place && (
                  <Text size="sm" c="gray.7">
                    {place}
                  </Text>
                )}
              </Stack>
              {canTakeAttendanceAt(meeting.startsAt) && (
                <Button
                  component={Link}
                  to={`/meetings/${meeting.id}/attendance`}
                  size="md"
                  aria-describedby={describedBy}
                >
                  {t('myMeetings.takeAttendance')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
