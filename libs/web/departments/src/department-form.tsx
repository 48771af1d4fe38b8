import { Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { DepartmentCreateDocument, DepartmentUpdateDocument, type DepartmentRowFragment, type DepartmentStatus } from '@bridgeway/web-graphql';
import { ProblemAlert, submissionFailureOf, todayIsoDate, useValidationMessage, type ApiProblem, type FieldErrors } from '@bridgeway/web-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  departmentFields,
  departmentStatuses,
  draftOf,
  emptyDraft,
  maxLength,
  updateInputOf,
  validateDepartment,
  type DepartmentDraft,
  type DepartmentField,
} from './department-draft';

export interface DepartmentFormProps {
  /** The department to edit (its current values); none: a new department. */
  department?: DepartmentRowFragment;
  onSaved(): void;
  onCancel(): void;
}

/** Creates a department (name, place) or edits one (also its status, with since and reason). */
export function DepartmentForm({ department, onSaved, onCancel }: DepartmentFormProps) {
  const { t } = useTranslation('departments');
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<DepartmentDraft>(() => (department ? draftOf(department) : emptyDraft));
  const [errors, setErrors] = useState<FieldErrors<DepartmentField>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const client = useApolloClient();
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [create, creating] = useMutation(DepartmentCreateDocument, options);
  const [update, updating] = useMutation(DepartmentUpdateDocument, options);
  const loading = creating.loading || updating.loading;

  // Someone else saved the department meanwhile (CONFLICT, then the list was read again): show
  // their values, so the next save starts from what is stored now.
  const version = department?.version;
  const [shownVersion, setShownVersion] = useState(version);
  useEffect(() => {
    if (department && version !== shownVersion) {
      setShownVersion(version);
      setDraft(draftOf(department));
    }
  }, [department, version, shownVersion]);

  const validationMessage = useValidationMessage();
  const message = (field: DepartmentField) => validationMessage(errors[field], { max: maxLength[field] });
  const change = (patch: Partial<DepartmentDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const changeStatus = (status: DepartmentStatus) =>
    // Pausing or closing starts from today; the manager may pick another day.
    setDraft((current) => ({ ...current, status, statusSince: status !== 'ACTIVE' && !current.statusSince ? todayIsoDate() : current.statusSince }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateDepartment(draft);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    try {
      if (department) await update({ variables: { input: updateInputOf(department, draft) } });
      else await create({ variables: { input: { name: draft.name.trim(), place: draft.place.trim() || null } } });
      onSaved();
    } catch (error) {
      const failure = submissionFailureOf(error, departmentFields);
      if (failure.kind === 'fields') setErrors(failure.errors);
      else setProblem(failure.problem);
      // A concurrent change: read the list again, which brings its values into this form.
      if (failure.kind === 'problem' && failure.problem.kind === 'conflict') void client.refetchQueries({ include: 'active' });
    }
  };

  const inactive = draft.status !== 'ACTIVE';
  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined} />}
        <TextInput
          label={t('form.name')}
          required
          withAsterisk
          autoComplete="off"
          value={draft.name}
          onChange={(event) => change({ name: event.currentTarget.value })}
          error={message('name')}
        />
        <TextInput
          label={t('form.place')}
          description={t('form.placeDescription')}
          autoComplete="off"
          value={draft.place}
          onChange={(event) => change({ place: event.currentTarget.value })}
          error={message('place')}
        />
        {department && (
          <>
            <NativeSelect
              label={t('form.status')}
              value={draft.status}
              onChange={(event) => changeStatus(event.currentTarget.value as DepartmentStatus)}
              error={message('status')}
            >
              {departmentStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </NativeSelect>
            {inactive && (
              <TextInput
                type="date"
                label={t(draft.status === 'PAUSED' ? 'form.pausedSince' : 'form.closedSince')}
                required
                withAsterisk
                value={draft.statusSince}
                onChange={(event) => change({ statusSince: event.currentTarget.value })}
                error={message('statusSince')}
              />
            )}
            {inactive && (
              <Textarea
                label={t('form.statusReason')}
                description={t(draft.status === 'PAUSED' ? 'form.pausedReasonDescription' : 'form.closedReasonDescription')}
                required={draft.status === 'PAUSED'}
                withAsterisk={draft.status === 'PAUSED'}
                autosize
                minRows={2}
                value={draft.statusReason}
                onChange={(event) => change({ statusReason: event.currentTarget.value })}
                error={message('statusReason')}
              />
            )}
          </>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {department ? t('edit.submit') : t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
