import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import { CancelMeetingDocument, type MeetingSummaryFragment } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  submissionFailureOf,
  useValidationMessage,
  type ApiProblem,
  type ValidationCode,
} from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface CancelMeetingFormProps {
  meeting: MeetingSummaryFragment;
  onDone(): void;
  onCancel(): void;
}

/** Cancels a planned meeting, with the reason participants will be told. */
export function CancelMeetingForm({ meeting, onDone, onCancel }: CancelMeetingFormProps) {
  const { t } = useTranslation('programmes');
  const validationMessage = useValidationMessage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ValidationCode | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [cancel, { loading }] = useMutation(CancelMeetingDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const found: ValidationCode | undefined = !trimmed
      ? 'required'
      : trimmed.length > PROGRAMME_TEXT_MAX.reason
        ? 'tooLong'
        : undefined;
    setError(found);
    setProblem(null);
    if (found) return;
    try {
      await cancel({ variables: { id: meeting.id, version: meeting.version, reason: trimmed } });
      onDone();
    } catch (failed) {
      const failure = submissionFailureOf(failed, ['reason'] as const);
      if (failure.kind === 'fields') setError(failure.errors.reason);
      else setProblem(failure.problem);
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <Textarea
          label={t('meetings.fields.cancelReason')}
          required
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={validationMessage(error, { max: PROGRAMME_TEXT_MAX.reason })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('meetings.keep')}
          </Button>
          <Button type="submit" color="red.9" loading={loading}>
            {t('meetings.cancelSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
