import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignInProblem } from './sign-in-problem';

/** The message for a failed sign-in; announced by screen readers (role="alert"). */
export function SignInProblemAlert({ problem }: { problem: SignInProblem }) {
  const { t } = useTranslation('auth');
  // Field errors are shown at the fields; a challenge is the next step, not a problem.
  if (problem.kind === 'invalidInput' || problem.kind === 'mfaRequired' || problem.kind === 'mfaEnrolmentRequired') return null;
  const { kind } = problem;
  return (
    <Alert color="red" variant="light" title={t(`errors.${kind}.title`)} role="alert">
      {t(`errors.${kind}.body`)}
      {'retryAfterMinutes' in problem && problem.retryAfterMinutes !== null && (
        <> {t('retryIn', { count: problem.retryAfterMinutes })}</>
      )}
    </Alert>
  );
}
