import { Alert, Box, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import {
  RecordAttendanceDocument,
  type AttendanceMeetingFragment,
  type ParticipantNameFragment,
} from '@bridgeway/web-graphql';
import { ProblemAlert, apiProblemFrom, type ApiProblem } from '@bridgeway/web-components';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canTakeAttendanceAt, useMeetingTime } from '../shared/meeting-time';
import { AddParticipant } from './add-participant';
import { attendanceRows, changedEntries, keyOf, savedPresent } from './attendance-draft';
import { GuestStepper } from './guest-stepper';
import { ParticipantTicks } from './participant-ticks';

interface Saved {
  present: number;
  guests: number;
}

/**
 * Tick who came, count the guests, save: one mutation. Opens with what is saved (a correction
 * is the same screen); sends only what this person changed, so nobody else's ticks are lost.
 */
export function AttendanceForm({ meeting }: { meeting: AttendanceMeetingFragment }) {
  const { t, i18n } = useTranslation('programmes');
  const time = useMeetingTime();
  const [ticked, setTicked] = useState<Set<string>>(() => savedPresent(meeting));
  const [guests, setGuests] = useState(meeting.guestCount);
  const [added, setAdded] = useState<ParticipantNameFragment[]>([]);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [record, { loading }] = useMutation(RecordAttendanceDocument);

  const rows = useMemo(() => attendanceRows(meeting, added, i18n.language), [meeting, added, i18n.language]);
  const listed = useMemo(() => new Set(rows.map(keyOf)), [rows]);

  if (meeting.status === 'CANCELLED') {
    return (
      <Alert role="status" color="orange" variant="light" title={t('attendance.cancelled.title')}>
        {meeting.cancelReason ?? t('attendance.cancelled.noReason')}
      </Alert>
    );
  }
  if (!canTakeAttendanceAt(meeting.startsAt)) {
    return <Text>{t('attendance.tooEarly')}</Text>;
  }

  const toggle = (key: string) => {
    setSaved(null);
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved(null);
    try {
      const { data } = await record({
        variables: {
          input: {
            meetingId: meeting.id,
            entries: changedEntries(rows, ticked, savedPresent(meeting)),
            // Unchanged guests are left out, so a count someone else saved meanwhile stays.
            ...(guests !== meeting.guestCount ? { guestCount: guests } : {}),
          },
        },
      });
      const now = data?.recordAttendance;
      if (!now) return;
      setTicked(savedPresent(now));
      setGuests(now.guestCount);
      setAdded([]);
      setSaved({ present: now.attendance.filter((entry) => entry.present).length, guests: now.guestCount });
    } catch (error) {
      setProblem(apiProblemFrom(error));
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={loading} aria-label={t('attendance.formLabel')}>
      <Stack gap="lg">
        {meeting.attendanceTakenAt && (
          <Text size="sm" c="gray.7">
            {t('attendance.takenAt', { when: time.start(meeting.attendanceTakenAt) })}
          </Text>
        )}
        <Stack gap="xs" component="section" aria-labelledby="attendance-people">
          <Title order={2} size="h3" id="attendance-people">
            {t('attendance.people', { count: ticked.size })}
          </Title>
          <ParticipantTicks rows={rows} ticked={ticked} onToggle={toggle} />
        </Stack>
        <AddParticipant
          programmeId={meeting.programme.id}
          listed={listed}
          onAdd={(participant) => {
            setSaved(null);
            setAdded((current) => [...current, participant]);
            setTicked((current) => new Set(current).add(keyOf(participant)));
          }}
        />
        <GuestStepper
          value={guests}
          onChange={(value) => {
            setSaved(null);
            setGuests(value);
          }}
        />
        <Box
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 1 }}
        >
          <Stack gap="sm">
            {problem && <ProblemAlert problem={problem} />}
            <div role="status">
              {saved && (
                <Alert role="group" color="teal" variant="light" title={t('attendance.saved.title')}>
                  {t('attendance.saved.body', {
                    present: t('attendance.saved.present', { count: saved.present }),
                    guests: t('attendance.saved.guests', { count: saved.guests }),
                  })}
                </Alert>
              )}
            </div>
            <Button type="submit" size="lg" fullWidth loading={loading}>
              {t('attendance.save')}
            </Button>
          </Stack>
        </Box>
      </Stack>
    </form>
  );
}
