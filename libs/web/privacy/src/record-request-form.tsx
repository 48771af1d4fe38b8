import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { ERASURE_TEXT_MAX } from '@bridgeway/shared-domain';
import { ErasureMemberSearchDocument, ErasureRelativeSearchDocument, ErasureRequestRecordDocument, ErasureResidentSearchDocument, type DataSubjectKind, type ErasureRequestChannel } from '@bridgeway/web-graphql';
import { ProblemAlert, submissionFailureOf, todayIsoDate, useValidationMessage, type ApiProblem, type FieldErrors } from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { channels, requestFields, requestInputOf, subjectKinds, validateRequest, type ChosenPerson, type RequestDraft, type RequestField } from './erasure-draft';

interface RecordRequestFormProps {
  /** The person, when the manager started from the retention review; none: find them here. */
  person: ChosenPerson | null;
  onSaved(): void;
  onCancel(): void;
}

/** Records an erasure request: whose (found by name), when and how it came in, an optional short note. */
export function RecordRequestForm({ person, onSaved, onCancel }: RecordRequestFormProps) {
  const { t } = useTranslation('privacy');
  const [draft, setDraft] = useState<RequestDraft>({ kind: person?.kind ?? 'RESIDENT', person, receivedOn: todayIsoDate(), channel: '', staffNote: '' });
  const [errors, setErrors] = useState<FieldErrors<RequestField>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // The lists it changes (not the person search, which stays as typed).
  const [record, { loading }] = useMutation(ErasureRequestRecordDocument, { refetchQueries: ['ErasureRequestsList', 'RetentionReviewList'], awaitRefetchQueries: true });
  const validationMessage = useValidationMessage();
  const change = (patch: Partial<RequestDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateRequest(draft, todayIsoDate());
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0 || !draft.person) return;
    try {
      await record({ variables: { input: requestInputOf(draft, draft.person) } });
      onSaved();
    } catch (error) {
      const failure = submissionFailureOf(error, requestFields);
      if (failure.kind === 'fields') setErrors(failure.errors);
      else setProblem(failure.problem);
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} />}
        {person ? (
          <Text fw={500}>{t('recordForm.chosen', { name: person.name })}</Text>
        ) : (
          <PersonFinder draft={draft} onChange={change} error={validationMessage(errors.person)} />
        )}
        <TextInput
          type="date"
          label={t('recordForm.receivedOn')}
          required
          withAsterisk
          max={todayIsoDate()}
          value={draft.receivedOn}
          onChange={(event) => change({ receivedOn: event.currentTarget.value })}
          error={validationMessage(errors.receivedOn)}
        />
        <NativeSelect
          label={t('recordForm.channel')}
          required
          withAsterisk
          value={draft.channel}
          onChange={(event) => change({ channel: event.currentTarget.value as ErasureRequestChannel | '' })}
          error={validationMessage(errors.channel)}
        >
          <option value="">{t('recordForm.chooseChannel')}</option>
          {channels.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </option>
          ))}
        </NativeSelect>
        <Textarea
          label={t('recordForm.staffNote')}
          description={t('recordForm.staffNoteDescription')}
          autosize
          minRows={2}
          value={draft.staffNote}
          onChange={(event) => change({ staffNote: event.currentTarget.value })}
          error={validationMessage(errors.staffNote, { max: ERASURE_TEXT_MAX.staffNote })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('recordForm.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('recordForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface Match {
  id: string;
  name: string;
}

/** Whose data (resident, relative, member) and a search by name; the match chosen is the request's person. */
function PersonFinder({ draft, onChange, error }: { draft: RequestDraft; onChange(patch: Partial<RequestDraft>): void; error: string | undefined }) {
  const { t } = useTranslation('privacy');
  const [search, setSearch] = useState('');
  const term = search.trim();
  const skip = term.length < 2;
  const residents = useQuery(ErasureResidentSearchDocument, { variables: { search: term }, skip: skip || draft.kind !== 'RESIDENT' });
  const relatives = useQuery(ErasureRelativeSearchDocument, { variables: { search: term }, skip: skip || draft.kind !== 'RELATIVE' });
  const members = useQuery(ErasureMemberSearchDocument, { variables: { search: term }, skip: skip || draft.kind !== 'MEMBER' });
  const full = (p: { id: string; firstName: string; lastName: string }): Match => ({ id: p.id, name: `${p.firstName} ${p.lastName}` });
  const matches: Match[] =
    draft.kind === 'RESIDENT'
      ? (residents.data?.residents.edges.map((edge) => full(edge.node)) ?? [])
      : draft.kind === 'RELATIVE'
        ? (relatives.data?.relatives.map(full) ?? [])
        : (members.data?.members.map(full) ?? []);
  const searched = !skip && !(residents.loading || relatives.loading || members.loading);

  return (
    <Stack gap="sm">
      <NativeSelect label={t('recordForm.kind')} required withAsterisk value={draft.kind} onChange={(event) => onChange({ kind: event.currentTarget.value as DataSubjectKind, person: null })}>
        {subjectKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kind.${kind}`)}
          </option>
        ))}
      </NativeSelect>
      <TextInput
        type="search"
        label={t('recordForm.search')}
        description={t('recordForm.searchDescription')}
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        error={!draft.person ? error : undefined}
      />
      {searched && matches.length === 0 && (
        <Text size="sm" role="status">
          {t('recordForm.noMatches')}
        </Text>
      )}
      {matches.length > 0 && (
        <Radio.Group
          label={t('recordForm.person')}
          value={draft.person?.id ?? null}
          onChange={(id) => {
            const match = matches.find((m) => m.id === id);
            if (match) onChange({ person: { kind: draft.kind, id: match.id, name: match.name } });
          }}
        >
          <Stack gap={6} mt={4}>
            {matches.map((match) => (
              <Radio key={match.id} value={match.id} label={match.name} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {draft.person && (
        <Text size="sm" fw={500}>
          {t('recordForm.chosen', { name: draft.person.name })}
        </Text>
      )}
    </Stack>
  );
}
