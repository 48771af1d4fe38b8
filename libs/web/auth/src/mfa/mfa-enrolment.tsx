import { Button, Code, Image, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaEnrolmentDetailsFragment } from '@bridgeway/web-graphql';
import { SignInProblemAlert } from '../sign-in/sign-in-problem-alert';
import { signInProblemFrom, type SignInProblem } from '../sign-in/sign-in-problem';
import { OneTimeCodeField, looksLikeTotpCode } from './one-time-code-field';

interface MfaEnrolmentProps {
  /** Creates the pending authenticator (called once, when shown). */
  start(): Promise<MfaEnrolmentDetailsFragment>;
  /** Turns it on with its first code. */
  confirm(code: string): Promise<void>;
}

/** Setting up an authenticator app: scan the QR code (or type the key), then confirm with a code. */
export function MfaEnrolment({ start, confirm }: MfaEnrolmentProps) {
  const { t } = useTranslation('auth');
  const [enrolment, setEnrolment] = useState<MfaEnrolmentDetailsFragment | null>(null);
  const [startProblem, setStartProblem] = useState<SignInProblem | null>(null);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    let current = true;
    start().then(
      (details) => current && setEnrolment(details),
      (error: unknown) => current && setStartProblem(signInProblemFrom(error)),
    );
    return () => {
      current = false;
    };
    // Once per mount (`start` is left out on purpose): a new secret each time would invalidate the QR code just scanned.
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const valid = looksLikeTotpCode(code);
    setFieldError(valid ? undefined : t('mfa.validation.code'));
    if (!valid) return;
    setSubmitting(true);
    try {
      await confirm(code.replace(/\s/g, ''));
    } catch (error) {
      setProblem(signInProblemFrom(error));
      setCode('');
    } finally {
      setSubmitting(false);
    }
  };

  if (startProblem) return <SignInProblemAlert problem={startProblem.kind === 'invalidInput' ? { kind: 'unexpected' } : startProblem} />;
  if (!enrolment) return <Loader aria-label={t('mfa.enrol.loading')} />;

  return (
    <form noValidate onSubmit={submit} aria-busy={submitting}>
      <Stack gap="md">
        <Text>{t('mfa.enrol.scan')}</Text>
        <Image src={enrolment.qrCodeDataUrl} alt={t('mfa.enrol.qrAlt')} w={200} h={200} fit="contain" />
        <div>
          <Text size="sm" id="mfa-setup-key-label">
            {t('mfa.enrol.manualKey')}
          </Text>
          <Code block aria-labelledby="mfa-setup-key-label" data-testid="mfa-secret" style={{ wordBreak: 'break-all' }}>
            {enrolment.secret}
          </Code>
        </div>
        <Text>{t('mfa.enrol.enterCode')}</Text>
        {problem && <SignInProblemAlert problem={problem} />}
        <OneTimeCodeField value={code} onChange={setCode} error={fieldError} />
        <Button type="submit" loading={submitting}>
          {t('mfa.enrol.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
