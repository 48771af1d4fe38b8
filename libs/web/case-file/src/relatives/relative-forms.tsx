import { NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Relationship } from '@bridgeway/shared-domain';
import {
  CreateRelativeDocument,
  LinkRelativeDocument,
  LinkableRelativesDocument,
  RelativeDetailsDocument,
  UpdateRelativeDocument,
  type Relationship as RelationshipValue,
} from '@bridgeway/web-graphql';
import {
  PersonFields,
  ProblemAlert,
  QueryState,
  personDraftOf,
  submissionFailureOf,
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

const relationships: readonly RelationshipValue[] = Object.values(Relationship);

interface DoneProps {
  onSaved(message: string): void;
  onCancel(): void;
}

/** Saves with the case file refetched, so the list shows the change when the dialog closes. */
const refetch = { refetchQueries: ['ResidentCaseFile'], awaitRefetchQueries: true };

function RelationshipSelect({ value, error, onChange }: { value: string; error?: string; onChange(value: string): void }) {
  const { t } = useTranslation('case-file');
  return (
    <NativeSelect
      label={t('forms.relatives.relationship')}
      required
      withAsterisk
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    >
      <option value="">{t('forms.relatives.chooseRelationship')}</option>
      {relationships.map((relationship) => (
        <option key={relationship} value={relationship}>
          {t(`relationship.${relationship}`)}
        </option>
      ))}
    </NativeSelect>
  );
}

type AddField = PersonField | 'relationship';

/** A new relative, linked to this resident in the same step. */
export function AddRelativeForm({ residentId, onSaved, onCancel }: DoneProps & { residentId: string }) {
  const { t } = useTranslation('case-file');
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<PersonDraft & { relationship: string }>({ firstName: '', lastName: '', phone: '', email: '', relationship: '' });
  const [errors, setErrors] = useState<FormErrors<AddField>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [create, { loading }] = useMutation(CreateRelativeDocument, refetch);
  const validate = (value: typeof draft): FormErrors<AddField> => ({
    ...validatePerson(value),
    ...(value.relationship ? {} : { relationship: 'chooseOne' as const }),
  });
  const change = (field: AddField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setErrors((current) => errorsAfterChange(current, validate(next), [field]));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    try {
      await create({
        variables: {
          input: {
            residentId,
            relationship: draft.relationship as RelationshipValue,
            firstName: draft.firstName.trim(),
            lastName: draft.lastName.trim(),
            phone: draft.phone.trim() || null,
            email: draft.email.trim() || null,
          },
        },
      });
      onSaved(t('forms.relatives.added', { name: `${draft.firstName.trim()} ${draft.lastName.trim()}` }));
    } catch (error) {
      const failure = submissionFailureOf<AddField>(error, ['firstName', 'lastName', 'phone', 'email', 'relationship']);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading} aria-label={t('forms.relatives.addTitle')}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <PersonFields draft={draft} errors={errors} onChange={change} />
        <RelationshipSelect
          value={draft.relationship}
          onChange={(value) => change('relationship', value)}
          error={validationMessage(errors.relationship === 'beforeBirth' ? undefined : errors.relationship)}
        />
        <FormButtons submitLabel={t('forms.relatives.submitAdd')} saving={loading} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

type LinkField = 'relativeId' | 'relationship';

/** Links a relative already recorded (e.g. a sibling's parent): found by name, then how they are related. */
export function LinkRelativeForm({ residentId, onSaved, onCancel }: DoneProps & { residentId: string }) {
  const { t } = useTranslation('case-file');
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [relativeId, setRelativeId] = useState('');
  const [relationship, setRelationship] = useState('');
  const [errors, setErrors] = useState<FormErrors<LinkField>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const found = useQuery(LinkableRelativesDocument, { variables: { search: debounced }, skip: debounced.length < 2 });
  const [link, { loading }] = useMutation(LinkRelativeDocument, refetch);
  const candidates = debounced.length < 2 ? [] : (found.data ?? found.previousData)?.relatives ?? [];
  const chosen = candidates.find((candidate) => candidate.id === relativeId);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FormErrors<LinkField> = {};
    if (!relativeId) missing.relativeId = 'chooseOne';
    if (!relationship) missing.relationship = 'chooseOne';
    setErrors(missing);
    setProblem(null);
    if (Object.keys(missing).length > 0) return focusFirstInvalid(formRef.current);
    try {
      await link({ variables: { input: { residentId, relativeId, relationship: relationship as RelationshipValue } } });
      onSaved(t('forms.relatives.linked', { name: chosen ? `${chosen.firstName} ${chosen.lastName}` : '' }));
    } catch (error) {
      const failure = submissionFailureOf<LinkField>(error, ['relativeId', 'relationship']);
      if (failure.kind === 'fields') setErrors(failure.errors);
      else setProblem(failure.problem);
    }
  };
  const messageOf = (field: LinkField) => validationMessage(errors[field] === 'beforeBirth' ? undefined : errors[field]);

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading} aria-label={t('forms.relatives.linkTitle')}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <TextInput
          type="search"
          label={t('forms.relatives.search')}
          description={t('forms.relatives.searchHint')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        {debounced.length >= 2 && !found.loading && candidates.length === 0 && (
          <Text size="sm" role="status">
            {t('forms.relatives.noMatches', { search: debounced })}
          </Text>
        )}
        {candidates.length > 0 && (
          <Radio.Group
            label={t('forms.relatives.relative')}
            required
            withAsterisk
            value={relativeId || null}
            onChange={(value) => {
              setRelativeId(value);
              setErrors((current) => errorsAfterChange(current, {}, ['relativeId']));
            }}
            error={messageOf('relativeId')}
          >
            <Stack gap={6} mt={4}>
              {candidates.map((candidate) => (
                <Radio key={candidate.id} value={candidate.id} label={`${candidate.firstName} ${candidate.lastName}`} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {candidates.length === 0 && errors.relativeId && (
          <Text size="sm" c="red.8" role="alert">
            {messageOf('relativeId')}
          </Text>
        )}
        <RelationshipSelect
          value={relationship}
          onChange={(value) => {
            setRelationship(value);
            if (value) setErrors((current) => errorsAfterChange(current, {}, ['relationship']));
          }}
          error={messageOf('relationship')}
        />
        <FormButtons submitLabel={t('forms.relatives.submitLink')} saving={loading} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** A relative's name and contact details, read fresh when the dialog opens. */
export function EditRelativeForm({ relativeId, onSaved, onCancel }: DoneProps & { relativeId: string }) {
  const { data, loading, error, refetch: reload } = useQuery(RelativeDetailsDocument, { variables: { id: relativeId }, fetchPolicy: 'network-only' });
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void reload()}>
      {(result) =>
        result.relative ? (
          <EditRelativeFields relative={result.relative} onSaved={onSaved} onCancel={onCancel} />
        ) : null
      }
    </QueryState>
  );
}

function EditRelativeFields({
  relative,
  onSaved,
  onCancel,
}: DoneProps & { relative: { id: string; firstName: string; lastName: string; phone: string | null; email: string | null } }) {
  const { t } = useTranslation('case-file');
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<PersonDraft>(() => personDraftOf(relative));
  const [errors, setErrors] = useState<FormErrors<PersonField>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(UpdateRelativeDocument, refetch);
  const change = (field: PersonField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setErrors((current) => errorsAfterChange(current, validatePerson(next), [field]));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validatePerson(draft);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    try {
      await update({
        variables: {
          input: {
            id: relative.id,
            firstName: draft.firstName.trim(),
            lastName: draft.lastName.trim(),
            phone: draft.phone.trim() || null,
            email: draft.email.trim() || null,
          },
        },
      });
      onSaved(t('forms.relatives.edited', { name: `${draft.firstName.trim()} ${draft.lastName.trim()}` }));
    } catch (error) {
      const failure = submissionFailureOf<PersonField>(error, ['firstName', 'lastName', 'phone', 'email']);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-busy={loading}
      aria-label={t('forms.relatives.editTitle', { name: `${relative.firstName} ${relative.lastName}` })}
    >
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <PersonFields draft={draft} errors={errors} onChange={change} />
        <FormButtons submitLabel={t('forms.relatives.submitEdit')} saving={loading} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
