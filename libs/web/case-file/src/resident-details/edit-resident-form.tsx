import { Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { ResidentDetailsDocument, UpdateResidentDocument, type ResidentDetailsQuery } from '@bridgeway/web-graphql';
import {
  FormDialog,
  PersonFields,
  ResidentDateFields,
  ProblemAlert,
  QueryState,
  apiProblemFrom,
  dateFieldCode,
  optionalPastDateCode,
  personDraftOf,
  submissionFailureOf,
  todayIsoDate,
  useValidationMessage,
  validatePerson,
  type ApiProblem,
  type PersonDraft,
  type PersonField,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAfterChange, focusFirstInvalid, type FormErrors } from '../forms/field-errors';
import { FormButtons } from '../forms/form-buttons';

type Details = NonNullable<ResidentDetailsQuery['resident']>;
type Draft = PersonDraft & { dateOfBirth: string; intakeDate: string };
type Field = PersonField | 'dateOfBirth' | 'intakeDate';
const fields: readonly Field[] = ['firstName', 'lastName', 'phone', 'email', 'dateOfBirth', 'intakeDate'];

function validate(draft: Draft, today: string): FormErrors<Field> {
  const errors: FormErrors<Field> = { ...validatePerson(draft) };
  const birth = optionalPastDateCode(draft.dateOfBirth, today);
  if (birth) errors.dateOfBirth = birth;
  const intake = dateFieldCode(draft.intakeDate, today);
  if (intake) errors.intakeDate = intake;
  else if (draft.dateOfBirth && !birth && draft.intakeDate < draft.dateOfBirth) errors.intakeDate = 'beforeBirth';
  return errors;
}

interface EditResidentDialogProps {
  residentId: string;
  name: string;
  opened: boolean;
  onClose(): void;
}

/** "Edit details" of the case file's header: the resident's name, dates and contact, read fresh when opened. */
export function EditResidentDialog({ residentId, name, opened, onClose }: EditResidentDialogProps) {
  const { t } = useTranslation('case-file');
  return (
    <FormDialog opened={opened} onClose={onClose} title={t('forms.resident.title', { name })}>
      {opened && <EditResidentForm residentId={residentId} onDone={onClose} />}
    </FormDialog>
  );
}

export function EditResidentForm({ residentId, onDone }: { residentId: string; onDone(): void }) {
  const { data, loading, error, refetch } = useQuery(ResidentDetailsDocument, { variables: { id: residentId }, fetchPolicy: 'network-only' });
  // Kept here: after a conflict the form starts again from the version now saved, and still says why.
  const [conflict, setConflict] = useState(false);
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
      {(result) =>
        result.resident ? (
          <DetailsForm
            key={result.resident.version}
            resident={result.resident}
            conflict={conflict}
            onConflict={() => {
              setConflict(true);
              void refetch();
            }}
            onDone={onDone}
          />
        ) : null
      }
    </QueryState>
  );
}

interface DetailsFormProps {
  resident: Details;
  conflict: boolean;
  onConflict(): void;
  onDone(): void;
}

function DetailsForm({ resident, conflict, onConflict, onDone }: DetailsFormProps) {
  const { t } = useTranslation('case-file');
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIsoDate();
  const [draft, setDraft] = useState<Draft>(() => ({
    ...personDraftOf(resident),
    dateOfBirth: resident.dateOfBirth ?? '',
    intakeDate: resident.intakeDate,
  }));
  const [errors, setErrors] = useState<FormErrors<Field>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(UpdateResidentDocument, { refetchQueries: ['ResidentCaseFile'], awaitRefetchQueries: true });

  const change = (field: Field, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const touched: Field[] = field === 'dateOfBirth' ? ['dateOfBirth', 'intakeDate'] : [field];
    setErrors((current) => errorsAfterChange(current, validate(next, today), touched));
  };
  const messageOf = (field: Field) =>
    errors[field] === 'beforeBirth' ? t('forms.person.intakeBeforeBirth') : validationMessage(errors[field]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(draft, today);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    try {
      await update({
        variables: {
          input: {
            id: resident.id,
            expectedVersion: resident.version,
            firstName: draft.firstName.trim(),
            lastName: draft.lastName.trim(),
            phone: draft.phone.trim() || null,
            email: draft.email.trim() || null,
            dateOfBirth: draft.dateOfBirth || null,
            intakeDate: draft.intakeDate,
          },
        },
      });
      onDone();
    } catch (error) {
      if (apiProblemFrom(error).kind === 'conflict') {
        // Someone else saved meanwhile: nothing is written over their change; the form reloads with it.
        onConflict();
        return;
      }
      const failure = submissionFailureOf(error, fields);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading} aria-label={t('forms.resident.edit')}>
      <Stack gap="sm">
        {conflict && (
          <Text role="alert" c="red.8" size="sm">
            {t('forms.resident.conflict')}
          </Text>
        )}
        {problem && <ProblemAlert problem={problem} />}
        <PersonFields draft={draft} errors={errors} onChange={change}>
          <ResidentDateFields dateOfBirth={draft.dateOfBirth} intakeDate={draft.intakeDate} today={today} onChange={change} messageOf={messageOf} />
        </PersonFields>
        <FormButtons submitLabel={t('forms.resident.submit')} saving={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}
