import { Button, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { ResidenceAddBedsDocument } from '@bridgeway/web-graphql';
import { ProblemAlert, errorsAfterChange, focusFirstInvalid, submissionFailureOf, type ApiProblem } from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardResidence } from '../residence-types';
import { NEW_ROOM, maxBedsToAdd, roomOf, roomsOf, validateAddBeds, type AddBedsDraft, type AddBedsErrors, type AddBedsField } from './bed-changes';
import { nextRoomName } from './residence-draft';
import { residenceLimits } from './residence-limits';
import { useResidenceMessage } from './use-residence-message';

const fields: readonly AddBedsField[] = ['room', 'count'];

/** Adds beds to one room of a residence: an existing room (the first by default) or a new one. */
export function AddBedsForm({ residence, onSaved, onCancel }: { residence: BoardResidence; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation('residences');
  const formRef = useRef<HTMLFormElement>(null);
  const rooms = roomsOf(residence);
  const [draft, setDraft] = useState<AddBedsDraft>(() => ({
    room: rooms[0] ?? NEW_ROOM,
    newRoom: nextRoomName(rooms.map((name) => ({ name }))),
    count: '1',
  }));
  const [errors, setErrors] = useState<AddBedsErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [addBeds, { loading }] = useMutation(ResidenceAddBedsDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const message = useResidenceMessage();
  const max = maxBedsToAdd(residence);

  const change = (patch: Partial<AddBedsDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setErrors((current) => errorsAfterChange(current, validateAddBeds(next, residence), fields));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateAddBeds(draft, residence);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return requestAnimationFrame(() => focusFirstInvalid(formRef.current));
    try {
      await addBeds({ variables: { input: { residenceId: residence.id, room: roomOf(draft), count: Number(draft.count) } } });
      onSaved();
    } catch (error) {
      const failure = submissionFailureOf(error, fields);
      if (failure.kind === 'fields') setErrors(failure.errors);
      else setProblem(failure.problem);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined} />}
        <NativeSelect
          label={t('addBeds.room')}
          value={draft.room}
          onChange={(event) => change({ room: event.currentTarget.value })}
          error={draft.room === NEW_ROOM ? undefined : message(errors.room)}
        >
          {rooms.map((room) => (
            <option key={room} value={room}>
              {t('addBeds.existingRoom', { room })}
            </option>
          ))}
          <option value={NEW_ROOM}>{t('addBeds.newRoomOption')}</option>
        </NativeSelect>
        {draft.room === NEW_ROOM && (
          <TextInput
            label={t('addBeds.newRoom')}
            required
            withAsterisk
            autoComplete="off"
            value={draft.newRoom}
            onChange={(event) => change({ newRoom: event.currentTarget.value })}
            error={message(errors.room, residenceLimits.roomName)}
          />
        )}
        <NumberInput
          label={t('addBeds.count')}
          description={t('addBeds.countDescription', { max })}
          required
          withAsterisk
          min={1}
          max={Math.max(1, max)}
          allowDecimal={false}
          clampBehavior="none"
          value={draft.count}
          onChange={(value) => change({ count: String(value) })}
          error={message(errors.count, max)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('addBeds.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
