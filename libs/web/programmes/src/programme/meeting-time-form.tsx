import { Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import { AddMeetingDocument, MoveMeetingDocument, type MeetingSummaryFragment } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  isIsoDate,
  submissionFailureOf,
  todayIsoDate,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeOf, localPartsOf } from '../shared/meeting-time';

interface MeetingTimeFormProps {
  programmeId: string;
  /** Moving this meeting; without it a one-off meeting is added. */
  meeting?: MeetingSummaryFragment;
  defaultPlace?: string | null;
  onDone(): void;
  onCancel(): void;
}

type Field = 'date' | 'startTime' | 'endTime' | 'place' | 'note';
type Code = 'dateRequired' | 'dateInvalid' | 'required' | 'tooLong' | 'serverRejected' | 'endNotAfterStart';

/** The API names startsAt/endsAt; the form shows them as a date and two times. */
const serverFields = ['startsAt', 'endsAt', 'place', 'note'] as const;

/** Adds a one-off meeting or moves one: a day, from–to, and where (if not the usual place). */
export function MeetingTimeForm({ programmeId, meeting, defaultPlace, onDone, onCancel }: MeetingTimeFormProps) {
  const { t } = useTranslation('programmes');
  const validationMessage = useValidationMessage();
  const start = meeting ? localPartsOf(meeting.startsAt) : { date: todayIsoDate(), time: '18:00' };
  const [draft, setDraft] = useState({
    date: start.date,
    startTime: start.time,
    endTime: meeting ? localPartsOf(meeting.endsAt).time : '19:30',
    place: meeting?.place ?? defaultPlace ?? '',
    note: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, Code>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const mutationOptions = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [add, adding] = useMutation(AddMeetingDocument, mutationOptions);
  const [move, moving] = useMutation(MoveMeetingDocument, mutationOptions);
  const set = (field: Field, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const errorOf = (field: Field) => {
    const code = errors[field];
    if (code === 'endNotAfterStart') return t('form.errors.endNotAfterStart');
    return validationMessage(code, { max: field === 'note' ? PROGRAMME_TEXT_MAX.note : PROGRAMME_TEXT_MAX.place });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, Code>> = {};
    if (!draft.date) found.date = 'dateRequired';
    else if (!isIsoDate(draft.date)) found.date = 'dateInvalid';
    if (!draft.startTime) found.startTime = 'required';
    if (!draft.endTime) found.endTime = 'required';
    else if (draft.startTime && draft.endTime <= draft.startTime) found.endTime = 'endNotAfterStart';
    if (draft.place.trim().length > PROGRAMME_TEXT_MAX.place) found.place = 'tooLong';
    if (draft.note.trim().length > PROGRAMME_TEXT_MAX.note) found.note = 'tooLong';
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    const times = { startsAt: dateTimeOf(draft.date, draft.startTime), endsAt: dateTimeOf(draft.date, draft.endTime) };
    const place = draft.place.trim() || null;
    try {
      if (meeting) await move({ variables: { input: { id: meeting.id, version: meeting.version, ...times, place } } });
      else await add({ variables: { input: { programmeId, ...times, place, note: draft.note.trim() || null } } });
      onDone();
    } catch (error) {
      const failure = submissionFailureOf(error, serverFields);
      if (failure.kind === 'fields') {
        setErrors({
          date: failure.errors.startsAt ? 'serverRejected' : undefined,
          endTime: failure.errors.endsAt ? 'serverRejected' : undefined,
          place: failure.errors.place,
          note: failure.errors.note,
        } as Partial<Record<Field, Code>>);
      } else setProblem(failure.problem);
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={adding.loading || moving.loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <TextInput
          type="date"
          label={t('meetings.fields.date')}
          required
          withAsterisk
          value={draft.date}
          onChange={(event) => set('date', event.currentTarget.value)}
          error={errorOf('date')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            type="time"
            label={t('meetings.fields.startTime')}
            required
            withAsterisk
            value={draft.startTime}
            onChange={(event) => set('startTime', event.currentTarget.value)}
            error={errorOf('startTime')}
          />
          <TextInput
            type="time"
            label={t('meetings.fields.endTime')}
            required
            withAsterisk
            value={draft.endTime}
            onChange={(event) => set('endTime', event.currentTarget.value)}
            error={errorOf('endTime')}
          />
        </SimpleGrid>
        <TextInput
          label={t('meetings.fields.place')}
          value={draft.place}
          onChange={(event) => set('place', event.currentTarget.value)}
          error={errorOf('place')}
        />
        {!meeting && (
          <Textarea
            label={t('meetings.fields.note')}
            autosize
            minRows={2}
            value={draft.note}
            onChange={(event) => set('note', event.currentTarget.value)}
            error={errorOf('note')}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={adding.loading || moving.loading}>
            {meeting ? t('meetings.moveSubmit') : t('meetings.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
