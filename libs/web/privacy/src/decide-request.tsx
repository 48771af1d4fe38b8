import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { ErasureRequestCarryOutDocument, ErasureRequestRefuseDocument, type ErasureRefusalReason, type ErasureRequestRowFragment } from '@bridgeway/web-graphql';
import { ProblemAlert, apiProblemFrom, useFormatters, useValidationMessage, type ApiProblem } from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const reasons: readonly ErasureRefusalReason[] = ['LEGAL_RETENTION', 'LEGAL_CLAIMS', 'IDENTITY_NOT_CONFIRMED', 'MANIFESTLY_UNFOUNDED', 'WITHDRAWN'];
const options = { refetchQueries: ['ErasureRequestsList', 'RetentionReviewList'], awaitRefetchQueries: true };

interface DecideProps {
  request: ErasureRequestRowFragment;
  onDone(): void;
  onCancel(): void;
}

/** A refusal by the API (retention period running, decided by someone else): said in words, and the lists read again. */
function useProblem() {
  const client = useApolloClient();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const fail = (error: unknown) => {
    const found = apiProblemFrom(error);
    setProblem(found);
    if (found.kind === 'conflict') void client.refetchQueries({ include: 'active' });
  };
  return { problem, setProblem, fail };
}

/** Asks before erasing: what erasure does, that it cannot be undone, and (if so) that the law says to keep the record. */
export function CarryOutConfirm({ request, onDone, onCancel }: DecideProps) {
  const { t } = useTranslation('privacy');
  const format = useFormatters();
  const { problem, setProblem, fail } = useProblem();
  const [carryOut, { loading }] = useMutation(ErasureRequestCarryOutDocument, options);
  const confirm = async () => {
    setProblem(null);
    try {
      await carryOut({ variables: { input: { id: request.id, expectedVersion: request.version } } });
      onDone();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <Stack gap="md" aria-busy={loading}>
      {problem && <ProblemAlert problem={problem} />}
      <Text size="sm">{t('carryOutDialog.body')}</Text>
      {request.retainedUntil && (
        <Text size="sm" c="orange.9" fw={500}>
          {t('requests.retainedUntil', { date: format.date(request.retainedUntil) })}
        </Text>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('carryOutDialog.cancel')}
        </Button>
        <Button color="red" loading={loading} onClick={() => void confirm()}>
          {t('carryOutDialog.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Refuses the request with one of the reasons the law allows. */
export function RefuseForm({ request, onDone, onCancel }: DecideProps) {
  const { t } = useTranslation('privacy');
  const validationMessage = useValidationMessage();
  const { problem, setProblem, fail } = useProblem();
  // A request the law says to keep starts with that reason chosen.
  const [reason, setReason] = useState<ErasureRefusalReason | ''>(request.retainedUntil ? 'LEGAL_RETENTION' : '');
  const [missing, setMissing] = useState(false);
  const [refuse, { loading }] = useMutation(ErasureRequestRefuseDocument, options);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setMissing(!reason);
    if (!reason) return;
    try {
      await refuse({ variables: { input: { id: request.id, expectedVersion: request.version, reason } } });
      onDone();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} />}
        <NativeSelect
          label={t('refuseDialog.reason')}
          required
          withAsterisk
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value as ErasureRefusalReason | '')}
          error={missing ? validationMessage('chooseOne') : undefined}
        >
          <option value="">{t('refuseDialog.chooseReason')}</option>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {t(`reason.${r}`)}
            </option>
          ))}
        </NativeSelect>
        <Text size="sm">{t('refuseDialog.body')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('refuseDialog.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('refuseDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
