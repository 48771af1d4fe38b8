import { Alert, Anchor, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  CreateResidentDocument,
  PossibleDuplicatesDocument,
  type PossibleDuplicatesQuery,
} from '@bridgeway/web-graphql';
import {
  PersonFields,
  ResidentDateFields,
  ProblemAlert,
  apiProblemFrom,
  errorsAfterChange,
  focusFirstInvalid,
  submissionFailureOf,
  todayIsoDate,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  createResidentInputOf,
  newResidentDraft,
  newResidentFields,
  validateNewResident,
  type NewResidentDraft,
  type NewResidentErrors,
  type NewResidentField,
} from './new-resident-draft';

type Duplicate = PossibleDuplicatesQuery['possibleDuplicates'][number];

interface NewResidentFormProps {
  /** The signed-in counsellor, named key worker when "I am the key worker" is ticked. */
  myUserId: string | null;
  onCreated(residentId: string): void;
  onCancel(): void;
}

/**
 * A new resident: name, date of birth, intake date, contact and key worker. With a date of
 * birth, the API is asked first whether someone of that name and birth date exists; then the
 * person opens the existing record or saves anyway.
 */
export function NewResidentForm({ myUserId, onCreated, onCancel }: NewResidentFormProps) {
  const { t } = useTranslation('caseload');
  const validationMessage = useValidationMessage();
  const client = useApolloClient();
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIsoDate();
  const [draft, setDraft] = useState<NewResidentDraft>(() => newResidentDraft(today));
  const [errors, setErrors] = useState<NewResidentErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [duplicates, setDuplicates] = useState<readonly Duplicate[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [createResident, { loading }] = useMutation(CreateResidentDocument, { refetchQueries: ['Caseload'] });

  const change = <Field extends keyof NewResidentDraft>(field: Field, value: NewResidentDraft[Field]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // A warning is about the name and date of birth it was given for.
    if (field === 'firstName' || field === 'lastName' || field === 'dateOfBirth') setDuplicates(null);
    // An error goes as soon as the field is valid again (intake depends on the date of birth too).
    const touched: NewResidentField[] = field === 'dateOfBirth' ? ['dateOfBirth', 'intakeDate'] : field === 'meAsKeyWorker' ? ['keyWorkerId'] : [field as NewResidentField];
    setErrors((current) => errorsAfterChange(current, validateNewResident(next, today), touched));
  };

  const messageOf = (field: NewResidentField) => {
    const code = errors[field];
    if (code === 'beforeBirth') return t('newResident.intakeBeforeBirth');
    return validationMessage(code);
  };

  const save = async () => {
    setProblem(null);
    try {
      const { data } = await createResident({ variables: { input: createResidentInputOf(draft, myUserId) } });
      if (data) onCreated(data.createResident.id);
    } catch (error) {
      const failure = submissionFailureOf(error, newResidentFields);
      if (failure.kind === 'fields') setErrors(failure.errors);
      else setProblem(failure.problem);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateNewResident(draft, today);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    // Without a date of birth there is nothing reliable to compare; the name alone is too common.
    if (draft.dateOfBirth && duplicates === null) {
      setChecking(true);
      try {
        const { data } = await client.query({
          query: PossibleDuplicatesDocument,
          variables: { firstName: draft.firstName.trim(), lastName: draft.lastName.trim(), dateOfBirth: draft.dateOfBirth },
          fetchPolicy: 'network-only',
        });
        const found = data?.possibleDuplicates ?? [];
        if (found.length > 0) {
          setDuplicates(found);
          return;
        }
      } catch (error) {
        setProblem(apiProblemFrom(error));
        return;
      } finally {
        setChecking(false);
      }
    }
    await save();
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading || checking} aria-label={t('newResident.title')}>
      <Stack gap="sm">
        {problem && (
          <ProblemAlert
            problem={problem}
            onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined}
          />
        )}
        {/* Name and contact as on the case file's "Edit details"; the dates between them. */}
        <PersonFields draft={draft} errors={errors} onChange={change}>
          <ResidentDateFields dateOfBirth={draft.dateOfBirth} intakeDate={draft.intakeDate} today={today} onChange={change} messageOf={messageOf} />
        </PersonFields>
        <Checkbox
          label={t('newResident.meAsKeyWorker')}
          checked={draft.meAsKeyWorker}
          onChange={(event) => change('meAsKeyWorker', event.currentTarget.checked)}
          error={messageOf('keyWorkerId')}
        />
        {duplicates && (
          <Alert color="yellow" variant="light" title={t('newResident.duplicates.title')} role="alert">
            <Stack gap="xs">
              <Text size="sm">{t('newResident.duplicates.body')}</Text>
              <List spacing={4}>
                {duplicates.map((duplicate) => (
                  <List.Item key={duplicate.id}>
                    <Anchor component={Link} to={`/residents/${duplicate.id}`} c="indigo.9" underline="always">
                      {t('newResident.duplicates.open', { name: `${duplicate.firstName} ${duplicate.lastName}` })}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('newResident.cancel')}
          </Button>
          {duplicates ? (
            <Button type="button" color="red.9" loading={loading} onClick={() => void save()}>
              {t('newResident.saveAnyway')}
            </Button>
          ) : (
            <Button type="submit" loading={loading || checking}>
              {t('newResident.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
