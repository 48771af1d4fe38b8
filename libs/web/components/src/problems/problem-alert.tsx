import { Alert, Button, Group, Text } from '@mantine/core';
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
  const { t } = useTranslation();
  const { kind } = problem;
  return (
    <Alert color="red" variant="light" title={t(`problems.${kind}.title`)} role="alert">
      <Text size="sm">{t(`problems.${kind}.body`)}</Text>
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
