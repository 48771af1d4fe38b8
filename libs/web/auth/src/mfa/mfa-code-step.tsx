import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../session/session-context';
import type { SignInResult } from '../session/session-store';
import { SignInProblemAlert } from '../sign-in/sign-in-problem-alert';
import { signInProblemFrom, type SignInProblem } from '../sign-in/sign-in-problem';
import { signInWithCode, signInWithRecoveryCode } from './mfa-sign-in';
import { OneTimeCodeField, looksLikeTotpCode } from './one-time-code-field';

interface MfaCodeStepProps {
  ticket: string;
  onSignedIn(result: SignInResult): void;
  /** Back to e-mail and password (also when the challenge has expired). */
  onRestart(): void;
}

/** Second sign-in step: the authenticator app's code, or one of the recovery codes. */
export function MfaCodeStep({ ticket, onSignedIn, onRestart }: MfaCodeStepProps) {
  const { t } = useTranslation('auth');
  const session = useSessionStore();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const valid = recovery ? code.replace(/[\s-]/g, '').length >= 16 : looksLikeTotpCode(code);
    setFieldError(valid ? undefined : recovery ? t('mfa.validation.recoveryCode') : t('mfa.validation.code'));
    if (!valid) return;
    setSubmitting(true);
    try {
      onSignedIn(await (recovery ? signInWithRecoveryCode(session, ticket, code) : signInWithCode(session, ticket, code.replace(/\s/g, ''))));
    } catch (error) {
      setProblem(signInProblemFrom(error));
      setCode('');
    } finally {
      setSubmitting(false);
    }
  };

  const switchMode = () => {
    setRecovery(!recovery);
    setCode('');
    setFieldError(undefined);
    setProblem(null);
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={submitting}>
      <Stack gap="md">
        <Text>{recovery ? t('mfa.recoveryIntro') : t('mfa.codeIntro')}</Text>
        {problem && <SignInProblemAlert problem={problem} />}
        <OneTimeCodeField recovery={recovery} value={code} onChange={setCode} error={fieldError} />
        <Button type="submit" loading={submitting} fullWidth>
          {t('mfa.verify')}
        </Button>
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={switchMode}>
            {recovery ? t('mfa.useApp') : t('mfa.useRecoveryCode')}
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={onRestart}>
            {t('mfa.startAgain')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
