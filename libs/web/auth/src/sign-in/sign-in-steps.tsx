import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MfaCodeStep } from '../mfa/mfa-code-step';
import { MfaEnrolment } from '../mfa/mfa-enrolment';
import { completeRequiredEnrolment, startRequiredEnrolment } from '../mfa/mfa-sign-in';
import { RecoveryCodesPanel } from '../mfa/recovery-codes-panel';
import { useSessionStore } from '../session/session-context';
import type { SignInResult } from '../session/session-store';
import { SignInForm, type SignInChallenge } from './sign-in-form';

type Step =
  | { kind: 'password' }
  | { kind: 'code'; ticket: string }
  | { kind: 'enrol'; ticket: string }
  | { kind: 'recoveryCodes'; codes: string[]; begin: () => Promise<SignInResult> };

interface SignInStepsProps {
  initialEmail?: string;
  onSignedIn(result: SignInResult): void;
}

/**
 * Sign-in with its optional second step: e-mail and password; then, if `login` answers with a
 * challenge, the authenticator's code (or a recovery code), or setting up an authenticator when
 * the organisation requires one (then the recovery codes, shown once, before the session starts).
 */
export function SignInSteps({ initialEmail, onSignedIn }: SignInStepsProps) {
  const { t } = useTranslation('auth');
  const session = useSessionStore();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const email = useRef(initialEmail);
  const restart = () => setStep({ kind: 'password' });
  const challenged = (challenge: SignInChallenge) => setStep({ kind: challenge.kind === 'mfaRequired' ? 'code' : 'enrol', ticket: challenge.ticket });

  switch (step.kind) {
    case 'password':
      return <SignInForm initialEmail={email.current} onSignedIn={onSignedIn} onChallenge={challenged} />;
    case 'code':
      return (
        <StepHeading title={t('mfa.codeHeading')}>
          <MfaCodeStep ticket={step.ticket} onSignedIn={onSignedIn} onRestart={restart} />
        </StepHeading>
      );
    case 'enrol':
      return (
        <StepHeading title={t('mfa.enrol.requiredHeading')} intro={t('mfa.enrol.requiredIntro')}>
          <MfaEnrolment
            start={() => startRequiredEnrolment(session, step.ticket)}
            confirm={async (code) => {
              const { recoveryCodes, begin } = await completeRequiredEnrolment(session, step.ticket, code);
              setStep({ kind: 'recoveryCodes', codes: recoveryCodes, begin });
            }}
          />
          <Anchor component="button" type="button" size="sm" onClick={restart} w="fit-content">
            {t('mfa.startAgain')}
          </Anchor>
        </StepHeading>
      );
    case 'recoveryCodes':
      return (
        <StepHeading title={t('mfa.codes.heading')}>
          <RecoveryCodesPanel codes={step.codes} onDone={async () => onSignedIn(await step.begin())} />
        </StepHeading>
      );
  }
}

function StepHeading({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) {
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {title}
      </Title>
      {intro && <Text>{intro}</Text>}
      {children}
    </Stack>
  );
}
