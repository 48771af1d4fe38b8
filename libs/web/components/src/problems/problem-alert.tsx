import { Alert, Button, Group, Text } from '@mantine/core';
import { ConflictReason } from '@bridgeway/shared-domain';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from './api-problem';

interface ProblemAlertProps {
  problem: ApiProblem;
  /** Shown as a "Try again" button; leave out when trying again cannot help. */
  onRetry?: () => void;
  retrying?: boolean;
}

/** Says what went wrong and offers to try again; announced by screen readers. */
export function ProblemAlert({ problem, onRetry, retrying = false }: ProblemAlertProps) {
  const { t } = useTranslation('components');
  const { kind } = problem;
  // A CONFLICT other than a concurrent change says why the API refused (its ConflictReason).
  const refusal =
    problem.kind === 'conflict' && problem.reason && problem.reason !== ConflictReason.VERSION_MISMATCH
      ? problem.reason
      : null;
  return (
    <Alert
      color="red"
      variant="light"
      title={refusal ? t('problems.conflict.refusedTitle') : t(`problems.${kind}.title`)}
      role="alert"
    >
      <Text size="sm">{refusal ? t(`conflictReasons.${refusal}`) : t(`problems.${kind}.body`)}</Text>
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={onRetry} loading={retrying}>
            {t('actions.tryAgain')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
