import { Button, Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import {
  CALLER_KINDS,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  ContactOutcome,
  HELPLINE_TOPICS,
} from '@bridgeway/shared-domain';
import { LogHelplineContactDocument } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  SectionCard,
  submissionFailureOf,
  useFormatters,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RelativePicker } from '../relative-picker';
import { MultipleChoiceChips, SingleChoiceChips } from './choice-chips';
import {
  contactFields,
  contactInputOf,
  contactMinutes,
  maxNotesLength,
  maxReferredToLength,
  newContactDraft,
  validateContact,
  type ContactDraft,
  type ContactErrors,
  type ContactField,
} from './contact-draft';

interface QuickEntryFormProps {
  /** Managers and counsellors may link the contact to a relative's record. */
  canLinkRelative: boolean;
  /** The department the contact is counted under (the caller's own), if any. */
  departmentId: string | null;
}

/**
 * Logging a contact during a call: channel and caller preselected (phone, a relative), the
 * minutes, topics as chips, the outcome, Save. An anonymous call takes three or four
 * interactions; the time is "now" unless another time is set.
 */
export function QuickEntryForm({ canLinkRelative, departmentId }: QuickEntryFormProps) {
  const { t } = useTranslation('helpline');
  const format = useFormatters();
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<ContactDraft>(newContactDraft);
  const [otherTime, setOtherTime] = useState(false);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [logContact, { loading }] = useMutation(LogHelplineContactDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const set = <Field extends ContactField>(field: Field, value: ContactDraft[Field]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const errorOf = (field: ContactField): string | undefined => {
    const code = errors[field];
    if (code === 'contactMinutes') return t('quickEntry.minutesRange', contactMinutes);
    if (code === 'timeInFuture') return t('quickEntry.timeInFuture');
    return validationMessage(code, { max: field === 'notes' ? maxNotesLength : maxReferredToLength });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateContact(draft);
    setErrors(found);
    setProblem(null);
    setSaved(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await logContact({ variables: { input: contactInputOf(draft, departmentId), caseWorker: canLinkRelative } });
      setSaved(
        t('quickEntry.saved', {
          channel: t(`channel.${draft.channel}`),
          duration: format.minutes(Number(draft.durationMinutes)),
        }),
      );
      setDraft(newContactDraft());
      setOtherTime(false);
    } catch (error) {
      const failure = submissionFailureOf(error, contactFields);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  return (
    <SectionCard title={t('quickEntry.title')}>
      <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading} aria-label={t('quickEntry.title')}>
        <Stack gap="md">
          {problem && (
            <ProblemAlert
              problem={problem}
              onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined}
            />
          )}
          <SingleChoiceChips
            legend={t('quickEntry.channel')}
            name="channel"
            choices={CONTACT_CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
            value={draft.channel}
            onChange={(value) => set('channel', value)}
          />
          <SingleChoiceChips
            legend={t('quickEntry.callerKind')}
            name="callerKind"
            choices={CALLER_KINDS.map((value) => ({ value, label: t(`callerKind.${value}`) }))}
            value={draft.callerKind}
            onChange={(value) => set('callerKind', value)}
          />
          <NumberInput
            name="durationMinutes"
            label={t('quickEntry.duration')}
            required
            withAsterisk
            maw={220}
            min={contactMinutes.min}
            max={contactMinutes.max}
            step={5}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            inputMode="numeric"
            value={draft.durationMinutes}
            onChange={(value) => set('durationMinutes', value)}
            error={errorOf('durationMinutes')}
          />
          <MultipleChoiceChips
            legend={t('quickEntry.topics')}
            choices={HELPLINE_TOPICS.map((value) => ({ value, label: t(`topic.${value}`) }))}
            value={draft.topics}
            onChange={(value) => set('topics', value)}
          />
          <SingleChoiceChips
            legend={t('quickEntry.outcome')}
            name="outcome"
            size="md"
            choices={CONTACT_OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
            value={draft.outcome}
            onChange={(value) => set('outcome', value)}
          />
          {draft.outcome === ContactOutcome.REFERRED && (
            <TextInput
              name="referredTo"
              label={t('quickEntry.referredTo')}
              required
              withAsterisk
              value={draft.referredTo}
              onChange={(event) => set('referredTo', event.currentTarget.value)}
              error={errorOf('referredTo')}
            />
          )}
          {canLinkRelative && (
            <RelativePicker
              label={t('quickEntry.relative')}
              description={t('quickEntry.relativeDescription')}
              value={draft.relativeId}
              onChange={(relativeId) => set('relativeId', relativeId)}
              error={errorOf('relativeId')}
            />
          )}
          <Textarea
            name="notes"
            label={t('quickEntry.notes')}
            description={t('quickEntry.notesDescription')}
            autosize
            minRows={2}
            value={draft.notes}
            onChange={(event) => set('notes', event.currentTarget.value)}
            error={errorOf('notes')}
          />
          {otherTime ? (
            <TextInput
              type="datetime-local"
              name="occurredAt"
              label={t('quickEntry.occurredAt')}
              description={t('quickEntry.occurredAtDescription')}
              maw={320}
              value={draft.occurredAt}
              onChange={(event) => set('occurredAt', event.currentTarget.value)}
              error={errorOf('occurredAt')}
            />
          ) : (
            <Group gap="xs">
              <Text size="sm">{t('quickEntry.timeIsNow')}</Text>
              <Button variant="subtle" size="compact-sm" onClick={() => setOtherTime(true)}>
                {t('quickEntry.setOtherTime')}
              </Button>
            </Group>
          )}
          <Group justify="space-between" align="center">
            <Text role="status" size="sm" c="teal.9" data-testid="helpline-saved">
              {saved ?? ''}
            </Text>
            <Button type="submit" size="md" loading={loading}>
              {t('quickEntry.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  // Mantine sets aria-invalid on the next render.
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
