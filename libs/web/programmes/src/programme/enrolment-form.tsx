import { Button, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { ENROLMENT_HOURS, EnrolmentStatus } from '@bridgeway/shared-domain';
import { UpdateEnrolmentDocument, type EnrolmentRowFragment } from '@bridgeway/web-graphql';
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

const fields = ['status', 'completedOn', 'hours'] as const;
type Field = (typeof fields)[number];
type Code = 'dateRequired' | 'dateInvalid' | 'serverRejected' | 'hoursRange';

/** Completion and hours of one participant of a course or seminar. */
export function EnrolmentForm({ enrolment, onDone }: { enrolment: EnrolmentRowFragment; onDone(): void }) {
  const { t } = useTranslation('programmes');
  const validationMessage = useValidationMessage();
  const [status, setStatus] = useState<EnrolmentStatus>(enrolment.status as EnrolmentStatus);
  const [completedOn, setCompletedOn] = useState(enrolment.completedOn ?? todayIsoDate());
  const [hours, setHours] = useState<number | string>(enrolment.hours ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, Code>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(UpdateEnrolmentDocument);
  const completed = status === EnrolmentStatus.COMPLETED;
  const errorOf = (field: Field) => {
    const code = errors[field];
    return code === 'hoursRange' ? t('form.errors.hoursRange', ENROLMENT_HOURS) : validationMessage(code);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, Code>> = {};
    if (completed && !completedOn) found.completedOn = 'dateRequired';
    else if (completed && !isIsoDate(completedOn)) found.completedOn = 'dateInvalid';
    const hoursValue = hours === '' ? null : Number(hours);
    if (
      hoursValue !== null &&
      (Number.isNaN(hoursValue) || hoursValue < ENROLMENT_HOURS.min || hoursValue > ENROLMENT_HOURS.max)
    ) {
      found.hours = 'hoursRange';
    }
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    try {
      await update({
        variables: {
          input: {
            id: enrolment.id,
            version: enrolment.version,
            status,
            completedOn: completed ? completedOn : null,
            hours: hoursValue,
          },
        },
      });
      onDone();
    } catch (error) {
      const failure = submissionFailureOf(error, fields);
      if (failure.kind === 'fields') setErrors(failure.errors as Partial<Record<Field, Code>>);
      else setProblem(failure.problem);
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <NativeSelect
          label={t('register.status')}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as EnrolmentStatus)}
        >
          {Object.values(EnrolmentStatus).map((value) => (
            <option key={value} value={value}>
              {t(`enrolmentStatus.${value}`)}
            </option>
          ))}
        </NativeSelect>
        {completed && (
          <TextInput
            type="date"
            label={t('register.completedOn')}
            required
            withAsterisk
            value={completedOn}
            onChange={(event) => setCompletedOn(event.currentTarget.value)}
            error={errorOf('completedOn')}
          />
        )}
        <NumberInput
          label={t('register.hours')}
          min={ENROLMENT_HOURS.min}
          max={ENROLMENT_HOURS.max}
          step={0.5}
          decimalScale={1}
          clampBehavior="none"
          value={hours}
          onChange={setHours}
          error={errorOf('hours')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('register.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
