import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { MeetingMode, PROGRAMME_AUDIENCES, PROGRAMME_KINDS, SCHEDULE_INTERVAL_WEEKS } from '@bridgeway/shared-domain';
import { CreateProgrammeDocument, DepartmentFilterOptionsDocument } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  submissionFailureOf,
  todayIsoDate,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingTime } from '../shared/meeting-time';
import { LeaderPicker } from '../shared/leader-picker';
import { GoalDomainCheckboxes } from './goal-domain-checkboxes';
import {
  createProgrammeInputOf,
  newProgrammeDraft,
  programmeFields,
  validateProgramme,
  type ProgrammeDraft,
  type ProgrammeErrors,
  type ProgrammeField,
  type Repeats,
} from './programme-draft';

const weekdays = [1, 2, 3, 4, 5, 6, 7];
const ownCodes = ['endNotAfterStart', 'linkInvalid', 'intervalRange'] as const;
const maxLengths: Partial<Record<ProgrammeField, number>> = {
  name: 200,
  place: 300,
  meetingLink: 500,
  description: 4000,
};

interface NewProgrammeFormProps {
  onCreated(id: string): void;
  onCancel(): void;
}

/** A manager's "New programme": what it is, for whom, where, and when it meets (meetings are generated). */
export function NewProgrammeForm({ onCreated, onCancel }: NewProgrammeFormProps) {
  const { t } = useTranslation('programmes');
  const time = useMeetingTime();
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<ProgrammeDraft>(() => newProgrammeDraft(todayIsoDate()));
  const [errors, setErrors] = useState<ProgrammeErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const departments = useQuery(DepartmentFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const [create, { loading }] = useMutation(CreateProgrammeDocument, { refetchQueries: 'active' });

  const set = <Field extends keyof ProgrammeDraft>(field: Field, value: ProgrammeDraft[Field]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const errorOf = (field: ProgrammeField) => {
    const code = errors[field];
    if (!code) return undefined;
    return (ownCodes as readonly string[]).includes(code)
      ? t(`form.errors.${code as (typeof ownCodes)[number]}`)
      : validationMessage(code as Exclude<typeof code, (typeof ownCodes)[number]>, { max: maxLengths[field] });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateProgramme(draft);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    try {
      const { data } = await create({ variables: { input: createProgrammeInputOf(draft) } });
      if (data) onCreated(data.createProgramme.id);
    } catch (error) {
      const failure = submissionFailureOf(error, programmeFields);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  const video = draft.mode === MeetingMode.VIDEO;
  const openDepartments = (departments.data?.departments ?? []).filter((department) => department.status !== 'CLOSED');

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <TextInput
          label={t('form.name')}
          required
          withAsterisk
          value={draft.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errorOf('name')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label={t('form.kind')}
            value={draft.kind}
            onChange={(event) => set('kind', event.currentTarget.value as ProgrammeDraft['kind'])}
            error={errorOf('kind')}
          >
            {PROGRAMME_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('form.audience')}
            value={draft.audience}
            onChange={(event) => set('audience', event.currentTarget.value as ProgrammeDraft['audience'])}
            error={errorOf('audience')}
          >
            {PROGRAMME_AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`audience.${audience}`)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('form.mode')}
            value={draft.mode}
            onChange={(event) => set('mode', event.currentTarget.value as ProgrammeDraft['mode'])}
            error={errorOf('mode')}
          >
            {Object.values(MeetingMode).map((mode) => (
              <option key={mode} value={mode}>
                {t(`mode.${mode}`)}
              </option>
            ))}
          </NativeSelect>
          {video ? (
            <TextInput
              type="url"
              label={t('form.meetingLink')}
              required
              withAsterisk
              placeholder="https://"
              value={draft.meetingLink}
              onChange={(event) => set('meetingLink', event.currentTarget.value)}
              error={errorOf('meetingLink')}
            />
          ) : (
            <TextInput
              label={t('form.place')}
              value={draft.place}
              onChange={(event) => set('place', event.currentTarget.value)}
              error={errorOf('place')}
            />
          )}
          <NativeSelect
            label={t('form.department')}
            value={draft.departmentId}
            onChange={(event) => set('departmentId', event.currentTarget.value)}
            error={errorOf('departmentId')}
          >
            <option value="">{t('noDepartment')}</option>
            {openDepartments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            type="date"
            label={t('form.startsOn')}
            required
            withAsterisk
            value={draft.startsOn}
            onChange={(event) => set('startsOn', event.currentTarget.value)}
            error={errorOf('startsOn')}
          />
        </SimpleGrid>
        <Textarea
          label={t('form.description')}
          autosize
          minRows={2}
          value={draft.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errorOf('description')}
        />
        <GoalDomainCheckboxes value={draft.goalDomains} onChange={(goalDomains) => set('goalDomains', goalDomains)} />
        <LeaderPicker
          value={draft.leaders}
          onChange={(leaders) => set('leaders', leaders)}
          error={errorOf('leaderUserIds') ?? errorOf('leaderMemberIds')}
        />
        <NativeSelect
          label={t('form.repeats')}
          value={draft.repeats}
          onChange={(event) => set('repeats', event.currentTarget.value as Repeats)}
          error={errorOf('schedule')}
        >
          <option value="weekly">{t('form.repeatsWeekly')}</option>
          <option value="everyNWeeks">{t('form.repeatsEveryNWeeks')}</option>
          <option value="none">{t('form.repeatsNone')}</option>
        </NativeSelect>
        {draft.repeats !== 'none' && (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            {draft.repeats === 'everyNWeeks' && (
              <NumberInput
                label={t('form.intervalWeeks')}
                min={SCHEDULE_INTERVAL_WEEKS.min}
                max={SCHEDULE_INTERVAL_WEEKS.max}
                allowDecimal={false}
                clampBehavior="none"
                value={draft.intervalWeeks}
                onChange={(value) => set('intervalWeeks', value)}
                error={errorOf('intervalWeeks')}
              />
            )}
            <NativeSelect
              label={t('form.weekday')}
              value={draft.weekday}
              onChange={(event) => set('weekday', event.currentTarget.value)}
              error={errorOf('weekday')}
            >
              {weekdays.map((weekday) => (
                <option key={weekday} value={String(weekday)}>
                  {time.weekday(weekday)}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              type="time"
              label={t('form.startTime')}
              value={draft.startTime}
              onChange={(event) => set('startTime', event.currentTarget.value)}
              error={errorOf('startTime')}
            />
            <TextInput
              type="time"
              label={t('form.endTime')}
              value={draft.endTime}
              onChange={(event) => set('endTime', event.currentTarget.value)}
              error={errorOf('endTime')}
            />
          </SimpleGrid>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  // Mantine sets aria-invalid on the next render.
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
