import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { MeetingSummaryFragment } from '@bridgeway/web-graphql';
import { FormDialog, SectionCard } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canTakeAttendanceAt, useMeetingTime } from '../shared/meeting-time';
import { CancelMeetingForm } from './cancel-meeting-form';
import { MeetingTimeForm } from './meeting-time-form';
import type { ProgrammeDetails } from './programme-page';

type Dialog =
  | { kind: 'add' }
  | { kind: 'move'; meeting: MeetingSummaryFragment }
  | { kind: 'cancel'; meeting: MeetingSummaryFragment }
  | null;

interface MeetingsSectionProps {
  programme: ProgrammeDetails;
  /** Managers and the programme's leaders: cancel, move, add one-off meetings. */
  canPlan: boolean;
  /** Case workers and the programme's leaders. */
  canTakeAttendance: boolean;
}

/** The next meetings (with planning actions) and the recent ones (attendance taken or still to take). */
export function MeetingsSection({ programme, canPlan, canTakeAttendance }: MeetingsSectionProps) {
  const { t } = useTranslation('programmes');
  const time = useMeetingTime();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const now = new Date();
  const upcomingIds = new Set(programme.nextMeetings.map((meeting) => meeting.id));
  const recent = programme.recentMeetings
    .filter((meeting) => !upcomingIds.has(meeting.id) && new Date(meeting.startsAt) <= now)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  const row = (meeting: MeetingSummaryFragment, upcoming: boolean) => (
    <Paper
      component="li"
      key={meeting.id}
      withBorder
      p="sm"
      radius="md"
      data-testid={upcoming ? 'next-meeting' : 'recent-meeting'}
    >
      <Group justify="space-between" gap="xs" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{time.span(meeting.startsAt, meeting.endsAt)}</Text>
          {meeting.place && <Text size="sm">{meeting.place}</Text>}
          <Group gap={6}>
            <Badge variant="outline" color="gray.8" size="sm">
              {t(`meetingStatus.${meeting.status}`)}
            </Badge>
            {meeting.oneOff && (
              <Badge variant="outline" color="indigo.9" size="sm">
                {t('meetings.oneOff')}
              </Badge>
            )}
            {meeting.status === 'HELD' && (
              <Text size="sm" c="gray.7">
                {t('meetings.guests', { count: meeting.guestCount })}
              </Text>
            )}
          </Group>
          {meeting.status === 'CANCELLED' && meeting.cancelReason && (
            <Text size="sm" c="gray.7">
              {t('meetings.cancelReason', { reason: meeting.cancelReason })}
            </Text>
          )}
          {meeting.note && (
            <Text size="sm" c="gray.7">
              {meeting.note}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {canTakeAttendance && meeting.status !== 'CANCELLED' && canTakeAttendanceAt(meeting.startsAt) && (
            <Button
              component={Link}
              to={`/meetings/${meeting.id}/attendance`}
              size="xs"
              variant={meeting.status === 'HELD' ? 'default' : 'filled'}
              aria-label={t(meeting.status === 'HELD' ? 'meetings.correctAttendanceOf' : 'meetings.takeAttendanceOf', {
                when: time.start(meeting.startsAt),
              })}
            >
              {meeting.status === 'HELD' ? t('meetings.correctAttendance') : t('meetings.takeAttendance')}
            </Button>
          )}
          {canPlan && upcoming && meeting.status === 'SCHEDULED' && (
            <>
              <Button
                size="xs"
                variant="default"
                onClick={() => setDialog({ kind: 'move', meeting })}
                aria-label={t('meetings.moveOf', { when: time.start(meeting.startsAt) })}
              >
                {t('meetings.move')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => setDialog({ kind: 'cancel', meeting })}
                aria-label={t('meetings.cancelOf', { when: time.start(meeting.startsAt) })}
              >
                {t('meetings.cancel')}
              </Button>
            </>
          )}
        </Group>
      </Group>
    </Paper>
  );

  return (
    <SectionCard
      title={t('meetings.title')}
      actions={
        canPlan && (
          <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'add' })}>
            {t('meetings.add')}
          </Button>
        )
      }
    >
      <Stack gap="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('meetings.next')}
          </Title>
          {programme.nextMeetings.length === 0 ? (
            <Text c="gray.7">{t('meetings.noneNext')}</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {programme.nextMeetings.map((meeting) => row(meeting, true))}
            </Stack>
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('meetings.recent')}
          </Title>
          {recent.length === 0 ? (
            <Text c="gray.7">{t('meetings.noneRecent')}</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {recent.map((meeting) => row(meeting, false))}
            </Stack>
          )}
        </Stack>
      </Stack>
      <FormDialog opened={dialog?.kind === 'add'} onClose={close} title={t('meetings.addTitle')}>
        <MeetingTimeForm programmeId={programme.id} defaultPlace={programme.place} onDone={close} onCancel={close} />
      </FormDialog>
      <FormDialog
        opened={dialog?.kind === 'move'}
        onClose={close}
        title={dialog?.kind === 'move' ? t('meetings.moveTitle', { when: time.start(dialog.meeting.startsAt) }) : ''}
      >
        {dialog?.kind === 'move' && (
          <MeetingTimeForm programmeId={programme.id} meeting={dialog.meeting} onDone={close} onCancel={close} />
        )}
      </FormDialog>
      <FormDialog
        opened={dialog?.kind === 'cancel'}
        onClose={close}
        title={
          dialog?.kind === 'cancel' ? t('meetings.cancelTitle', { when: time.start(dialog.meeting.startsAt) }) : ''
        }
      >
        {dialog?.kind === 'cancel' && <CancelMeetingForm meeting={dialog.meeting} onDone={close} onCancel={close} />}
      </FormDialog>
    </SectionCard>
  );
}
