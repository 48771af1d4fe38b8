import { Button, Collapse, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { LogCounsellingSessionDocument, type SessionKind } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  SectionCard,
  errorsAfterChange,
  submissionFailureOf,
  todayIsoDate,
  useFormatters,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DomainCheckboxes } from './domain-checkboxes';
import {
  maxSessionFieldLength,
  maxSessionNotesLength,
  newSessionDraft,
  sessionFields,
  sessionInputOf,
  sessionMinutes,
  validateSession,
  type SessionDraft,
  type SessionErrors,
  type SessionField,
} from './session-draft';
import { sessionKinds } from './session-kinds';
import { StructuredNotesFields } from './structured-notes-fields';

/**
 * "Log a session" on one screen: date (today), minutes (45), kind (individual),
 * domains and notes. Messages appear next to the fields; if saving fails, what
 * was typed stays in the form.
 */
export function LogSessionForm({
  residentId,
  onLogged,
}: {
  residentId: string;
  /** Called with the new session, e.g. for the case file's "Undo" toast. */
  onLogged?: (session: { id: string; occurredOn: string; durationMinutes: number }) => void;
}) {
  const { t } = useTranslation('case-file');
  const format = useFormatters();
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIsoDate();
  const [draft, setDraft] = useState<SessionDraft>(() => newSessionDraft(today));
  const [errors, setErrors] = useState<SessionErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [logged, setLogged] = useState<string | null>(null);
  const [structuredOpen, setStructuredOpen] = useState(false);
  const [logSession, { loading }] = useMutation(LogCounsellingSessionDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const set = <Field extends SessionField>(field: Field, value: SessionDraft[Field]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // A field's message goes as soon as it is valid (notes and domains answer one rule together).
    const changed: readonly SessionField[] = field === 'notes' || field === 'domains' ? ['notes', 'domains'] : [field];
    if (changed.some((name) => errors[name])) setErrors((current) => errorsAfterChange(current, validateSession(next, today), changed));
  };
  const errorOf = (field: SessionField) =>
    validationMessage(errors[field], { max: field === 'notes' ? maxSessionNotesLength : maxSessionFieldLength });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateSession(draft, today);
    setErrors(found);
    setProblem(null);
    setLogged(null);
    if (Object.keys(found).length > 0) {
      if (structuredFieldNames.some((field) => found[field])) setStructuredOpen(true);
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      const result = await logSession({ variables: { input: sessionInputOf(residentId, draft) } });
      if (result.data) onLogged?.(result.data.logCounsellingSession);
      setLogged(
        t('sessions.log.logged', {
          date: format.date(draft.occurredOn),
          duration: format.minutes(Number(draft.durationMinutes)),
        }),
      );
      setDraft(newSessionDraft(todayIsoDate()));
      setStructuredOpen(false);
    } catch (error) {
      const failure = submissionFailureOf(error, sessionFields);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        if (structuredFieldNames.some((field) => failure.errors[field])) setStructuredOpen(true);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  return (
    <SectionCard title={t('sessions.log.title')}>
      <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading} aria-label={t('sessions.log.title')}>
        <Stack gap="sm">
          {problem && (
            <ProblemAlert
              problem={problem}
              onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined}
            />
          )}
          <Group grow align="flex-start" gap="sm">
            <TextInput
              type="date"
              name="occurredOn"
              label={t('sessions.fields.occurredOn')}
              required
              withAsterisk
              max={today}
              value={draft.occurredOn}
              onChange={(event) => set('occurredOn', event.currentTarget.value)}
              error={errorOf('occurredOn')}
            />
            <NumberInput
              name="durationMinutes"
              label={t('sessions.fields.durationMinutes')}
              required
              withAsterisk
              min={sessionMinutes.min}
              max={sessionMinutes.max}
              step={5}
              clampBehavior="none"
              allowDecimal={false}
              value={draft.durationMinutes}
              onChange={(value) => set('durationMinutes', value)}
              error={errorOf('durationMinutes')}
            />
          </Group>
          <NativeSelect
            name="kind"
            label={t('sessions.fields.kind')}
            value={draft.kind}
            onChange={(event) => set('kind', event.currentTarget.value as SessionKind)}
            error={errorOf('kind')}
          >
            {sessionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`sessionKind.${kind}`)}
              </option>
            ))}
          </NativeSelect>
          <DomainCheckboxes value={draft.domains} onChange={(domains) => set('domains', domains)} />
          <Textarea
            name="notes"
            label={t('sessions.fields.notes')}
            description={t('sessions.log.notesDescription')}
            autosize
            minRows={3}
            value={draft.notes}
            onChange={(event) => set('notes', event.currentTarget.value)}
            error={errorOf('notes')}
          />
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            aria-expanded={structuredOpen}
            aria-controls="structured-notes"
            onClick={() => setStructuredOpen((open) => !open)}
          >
            {structuredOpen ? t('sessions.log.hideStructured') : t('sessions.log.showStructured')}
          </Button>
          <Collapse expanded={structuredOpen} id="structured-notes">
            <StructuredNotesFields draft={draft} onChange={(field, value) => set(field, value)} errorOf={errorOf} />
          </Collapse>
          <Group justify="space-between" align="center">
            <Text role="status" size="sm" c="teal.9">
              {logged ?? ''}
            </Text>
            <Button type="submit" loading={loading}>
              {t('sessions.log.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}

const structuredFieldNames = ['hopes', 'resources', 'usefulExperience', 'nextStep'] as const;

function focusFirstInvalid(form: HTMLFormElement | null): void {
  // Mantine sets aria-invalid on the next render.
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
