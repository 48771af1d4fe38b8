import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ResidenceCreateDocument,
  ResidenceDepartmentOptionsDocument,
  ResidenceSetDepartmentDocument,
  ResidenceUpdateDocument,
} from '@bridgeway/web-graphql';
import { ProblemAlert, errorsAfterChange, focusFirstInvalid, submissionFailureOf, type ApiProblem } from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardResidence } from '../residence-types';
import {
  apiFields,
  createInputOf,
  emptyResidenceDraft,
  fieldsOf,
  newRoom,
  nextRoomName,
  residenceDraftOf,
  updateInputOf,
  validateResidence,
  type ResidenceDraft,
  type ResidenceErrors,
  type RoomDraft,
} from './residence-draft';
import { residenceLimits } from './residence-limits';
import { RoomsFields } from './rooms-fields';
import { useResidenceMessage } from './use-residence-message';

export interface ResidenceFormProps {
  /** The residence to edit; none: a new residence with its rooms and beds. */
  residence?: BoardResidence;
  onSaved(): void;
  onCancel(): void;
}

/** Creates a residence (name, address, opening date, department, rooms with beds) or edits its details. */
export function ResidenceForm({ residence, onSaved, onCancel }: ResidenceFormProps) {
  const { t } = useTranslation('residences');
  const creating = !residence;
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<ResidenceDraft>(() => (residence ? residenceDraftOf(residence) : emptyResidenceDraft()));
  const [errors, setErrors] = useState<ResidenceErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [create, created] = useMutation(ResidenceCreateDocument, options);
  const [update, updated] = useMutation(ResidenceUpdateDocument, options);
  const [setDepartment, departmentSet] = useMutation(ResidenceSetDepartmentDocument, options);
  const departments = useQuery(ResidenceDepartmentOptionsDocument, { fetchPolicy: 'cache-and-network' }).data?.departments ?? [];
  const saving = created.loading || updated.loading || departmentSet.loading;
  const message = useResidenceMessage();

  /** A shown error goes as soon as its field is valid (also after a room line is added or removed). */
  const change = (next: ResidenceDraft) => {
    setDraft(next);
    setErrors((current) => errorsAfterChange(current, validateResidence(next, creating), fieldsOf(next)));
  };
  const changeRoom = (index: number, patch: Partial<RoomDraft>) =>
    change({ ...draft, rooms: draft.rooms.map((room, i) => (i === index ? { ...room, ...patch } : room)) });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateResidence(draft, creating);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return requestAnimationFrame(() => focusFirstInvalid(formRef.current));
    try {
      const departmentId = draft.departmentId || null;
      if (residence) {
        await update({ variables: { input: updateInputOf(residence.id, draft) } });
        if (departmentId !== (residence.department?.id ?? null)) await setDepartment({ variables: { residenceId: residence.id, departmentId } });
      } else {
        const result = await create({ variables: { input: createInputOf(draft) } });
        const id = result.data?.createResidence.id;
        if (id && departmentId) await setDepartment({ variables: { residenceId: id, departmentId } });
      }
      onSaved();
    } catch (error) {
      const failure = submissionFailureOf(error, apiFields);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      } else setProblem(failure.problem);
    }
  };

  // A department no longer open (closed since) stays choosable for the residence that is in it.
  const current = residence?.department;
  const departmentOptions = current && !departments.some((d) => d.id === current.id) ? [...departments, current] : departments;

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={saving}>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined} />}
        <TextInput
          label={t('form.name')}
          required
          withAsterisk
          autoComplete="off"
          value={draft.name}
          onChange={(event) => change({ ...draft, name: event.currentTarget.value })}
          error={message(errors.name, residenceLimits.name)}
        />
        <TextInput
          label={t('form.address')}
          autoComplete="off"
          value={draft.address}
          onChange={(event) => change({ ...draft, address: event.currentTarget.value })}
          error={message(errors.address, residenceLimits.address)}
        />
        <TextInput
          type="date"
          label={t('form.openedOn')}
          description={t('form.openedOnDescription')}
          value={draft.openedOn}
          onChange={(event) => change({ ...draft, openedOn: event.currentTarget.value })}
          error={message(errors.openedOn)}
        />
        {departmentOptions.length > 0 && (
          <NativeSelect
            label={t('form.department')}
            value={draft.departmentId}
            onChange={(event) => change({ ...draft, departmentId: event.currentTarget.value })}
          >
            <option value="">{t('form.noDepartment')}</option>
            {departmentOptions.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </NativeSelect>
        )}
        {creating && (
          <RoomsFields
            rooms={draft.rooms}
            errors={errors}
            onChange={changeRoom}
            onAdd={() => change({ ...draft, rooms: [...draft.rooms, newRoom(nextRoomName(draft.rooms))] })}
            onRemove={(index) => change({ ...draft, rooms: draft.rooms.filter((_, i) => i !== index) })}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {creating ? t('create.submit') : t('edit.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
