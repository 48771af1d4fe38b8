import { Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { DischargeResidentDocument } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  errorsAfterChange,
  submissionFailureOf,
  todayIsoDate,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dischargeReasons,
  maxDischargeNoteLength,
  validateDischarge,
  type DischargeDraft,
  type DischargeErrors,
  type DischargeField,
} from './discharge-validation';

export interface DischargeFormProps {
  stayId: string;
  /** `YYYY-MM-DD`: a discharge cannot come before it. */
  admittedOn: string | null;
  onDischarged(): void;
  onCancel(): void;
}

const fields: readonly DischargeField[] = ['dischargedOn', 'reason', 'note'];

/** Ends a stay: date (today by default), reason and an optional note. */
export function DischargeForm({ stayId, admittedOn, onDischarged, onCancel }: DischargeFormProps) {
  const { t } = useTranslation('stays');
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIsoDate();
  const [draft, setDraft] = useState<DischargeDraft>({ dischargedOn: today, reason: '', note: '' });
  const [errors, setErrors] = useState<DischargeErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [discharge, { loading }] = useMutation(DischargeResidentDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const validationMessage = useValidationMessage();
  const message = (field: DischargeField) => validationMessage(errors[field], { max: maxDischargeNoteLength });
  /** A shown error goes as soon as its field is valid. */
  const change = (changes: Partial<DischargeDraft>) => {
    const next = { ...draft, ...changes };
    setDraft(next);
    setErrors((current) => errorsAfterChange(current, validateDischarge(next, admittedOn, today), Object.keys(changes) as DischargeField[]));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateDischarge(draft, admittedOn, today);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0 || !draft.reason) return;
    try {
      await discharge({
        variables: {
          input: { stayId, dischargedOn: draft.dischargedOn, reason: draft.reason, note: draft.note.trim() || null },
        },
      });
      onDischarged();
    } catch (error) {
      const failure = submissionFailureOf(error, fields);
      if (failure.kind === 'fields') setErrors(failure.errors);
      else setProblem(failure.problem);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="md">
        {problem && (
          <ProblemAlert
            problem={problem}
            onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined}
          />
        )}
        <TextInput
          type="date"
          label={t('discharge.dischargedOn')}
          required
          withAsterisk
          min={admittedOn ?? undefined}
          max={today}
          value={draft.dischargedOn}
          onChange={(event) => change({ dischargedOn: event.currentTarget.value })}
          error={message('dischargedOn')}
        />
        <NativeSelect
          label={t('discharge.reason')}
          required
          withAsterisk
          value={draft.reason}
          onChange={(event) => change({ reason: event.currentTarget.value as DischargeDraft['reason'] })}
          error={message('reason')}
        >
          <option value="">{t('admit.choose')}</option>
          {dischargeReasons.map((reason) => (
            <option key={reason} value={reason}>
              {t(`dischargeReasons.${reason}`)}
            </option>
          ))}
        </NativeSelect>
        <Textarea
          label={t('discharge.note')}
          description={t('discharge.noteDescription')}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(event) => change({ note: event.currentTarget.value })}
          error={message('note')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={loading}>
            {t('discharge.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
