import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { AdmissionOptionsDocument, AdmitResidentDocument } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  apiProblemFrom,
  errorsAfterChange,
  submissionFailureOf,
  todayIsoDate,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlacePicker } from './place-picker';
import { ResidentPicker } from './resident-picker';
import { validateAdmission, type AdmitDraft, type AdmitErrors, type AdmitField } from './admit-validation';

export interface AdmitFormProps {
  /** Set when admitting from the case file: the resident is known. */
  residentId?: string;
  /** Set when admitting from the residences board: the free bed is known. */
  place?: { residenceId: string; bedId: string; description: string };
  onAdmitted(): void;
  onCancel(): void;
}

const fields: readonly AdmitField[] = ['residentId', 'residenceId', 'bedId', 'admittedOn'];

/** Admits a resident to a free bed; everything on one screen, today by default. */
export function AdmitForm({ residentId, place, onAdmitted, onCancel }: AdmitFormProps) {
  const { t } = useTranslation('stays');
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIsoDate();
  const [draft, setDraft] = useState<AdmitDraft>({
    residentId: residentId ?? '',
    residenceId: place?.residenceId ?? '',
    bedId: place?.bedId ?? '',
    admittedOn: today,
  });
  const [errors, setErrors] = useState<AdmitErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const options = useQuery(AdmissionOptionsDocument, { skip: Boolean(place), fetchPolicy: 'network-only' });
  const [admit, { loading }] = useMutation(AdmitResidentDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const validationMessage = useValidationMessage();
  const message = (field: AdmitField) => validationMessage(errors[field]);
  /** A shown error goes as soon as its field is valid. */
  const change = (changes: Partial<AdmitDraft>) => {
    const next = { ...draft, ...changes };
    setDraft(next);
    setErrors((current) => errorsAfterChange(current, validateAdmission(next, today), Object.keys(changes) as AdmitField[]));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateAdmission(draft, today);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    try {
      await admit({ variables: { input: { ...draft } } });
      onAdmitted();
    } catch (error) {
      const shownFields = fields.filter((field) =>
        field === 'residentId' ? !residentId : field === 'admittedOn' || !place,
      );
      const failure = submissionFailureOf(error, shownFields);
      if (failure.kind === 'fields') setErrors(failure.errors);
      else setProblem(failure.problem);
    }
  };

  const optionsProblem = options.error ? apiProblemFrom(options.error) : null;

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="md">
        {problem && (
          <ProblemAlert
            problem={problem}
            onRetry={
              problem.kind === 'unavailable' || problem.kind === 'conflict'
                ? () => formRef.current?.requestSubmit()
                : undefined
            }
          />
        )}
        {problem?.kind === 'conflict' && !problem.reason && <Text size="sm">{t('admit.conflictHint')}</Text>}
        {!residentId && (
          <ResidentPicker
            value={draft.residentId}
            onChange={(residentId) => change({ residentId })}
            error={message('residentId')}
          />
        )}
        {place ? (
          <Text>
            <Text span fw={600}>
              {t('admit.place')}:
            </Text>{' '}
            {place.description}
          </Text>
        ) : optionsProblem ? (
          <ProblemAlert problem={optionsProblem} onRetry={() => void options.refetch()} />
        ) : (
          <PlacePicker
            residences={options.data?.residences ?? []}
            residenceId={draft.residenceId}
            bedId={draft.bedId}
            onChange={(chosen) => change(chosen)}
            errors={{ residenceId: message('residenceId'), bedId: message('bedId') }}
          />
        )}
        <TextInput
          type="date"
          label={t('admit.admittedOn')}
          required
          withAsterisk
          max={today}
          value={draft.admittedOn}
          onChange={(event) => change({ admittedOn: event.currentTarget.value })}
          error={message('admittedOn')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('admit.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
