import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmMfaEnrolmentDocument, DisableMfaDocument, MyMfaStatusDocument, RegenerateMfaRecoveryCodesDocument, StartMfaEnrolmentDocument } from '@bridgeway/web-graphql';
import { PageLoader, usePageTitle } from '@bridgeway/web-ui';
import { SignInProblemAlert } from '../sign-in/sign-in-problem-alert';
import { signInProblemFrom, type SignInProblem } from '../sign-in/sign-in-problem';
import { MfaEnrolment } from './mfa-enrolment';
import { OneTimeCodeField, looksLikeTotpCode } from './one-time-code-field';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import { OrganisationMfaSettings } from './organisation-mfa-settings';
import { useSessionRole } from '../session/session-context';

type Mode = { kind: 'status' } | { kind: 'enrolling' } | { kind: 'codes'; codes: string[] };

/** The signed-in user's two-step sign-in: turn it on (QR code, recovery codes) or off where allowed. */
export function SecurityPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('security.pageTitle'));
  const { data, loading, error, refetch } = useQuery(MyMfaStatusDocument, { fetchPolicy: 'network-only' });
  const [startEnrolment] = useMutation(StartMfaEnrolmentDocument);
  const [confirmEnrolment] = useMutation(ConfirmMfaEnrolmentDocument);
  const [mode, setMode] = useState<Mode>({ kind: 'status' });
  const role = useSessionRole();

  if (loading && !data) return <PageLoader label={t('security.loading')} />;
  const status = data?.mfaStatus;

  return (
    <Stack gap="lg" maw={640}>
      <div>
        <Title order={1}>{t('security.heading')}</Title>
        <Text c="gray.7" mt={4}>
          {t('security.intro')}
        </Text>
      </div>
      {error && !status && <SignInProblemAlert problem={{ kind: 'unexpected' }} />}
      {status && mode.kind === 'status' && (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Group gap="sm">
              <Text fw={600}>{t('security.statusLabel')}</Text>
              <Badge color={status.enrolled ? 'teal.9' : 'gray.8'} variant={status.enrolled ? 'filled' : 'outline'}>
                {status.enrolled ? t('security.on') : t('security.off')}
              </Badge>
            </Group>
            {status.required && <Text>{t('security.required')}</Text>}
            {status.enrolled ? (
              <>
                <Text>{t('security.codesLeft', { count: status.recoveryCodesLeft })}</Text>
                <NewRecoveryCodesForm onReplaced={(codes) => setMode({ kind: 'codes', codes })} />
                {status.required ? null : <DisableForm onDisabled={() => void refetch()} />}
              </>
            ) : (
              <Button onClick={() => setMode({ kind: 'enrolling' })} w="fit-content">
                {t('security.turnOn')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      {mode.kind === 'enrolling' && (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Title order={2} size="h3">
              {t('security.enrolHeading')}
            </Title>
            <MfaEnrolment
              start={async () => {
                const { data: started } = await startEnrolment();
                if (!started) throw new Error('No enrolment');
                return started.startMfaEnrolment;
              }}
              confirm={async (code) => {
                const { data: confirmed } = await confirmEnrolment({ variables: { input: { code } } });
                if (!confirmed) throw new Error('No recovery codes');
                setMode({ kind: 'codes', codes: confirmed.confirmMfaEnrolment.recoveryCodes });
              }}
            />
            <Button variant="subtle" w="fit-content" onClick={() => setMode({ kind: 'status' })}>
              {t('security.cancel')}
            </Button>
          </Stack>
        </Paper>
      )}
      {mode.kind === 'codes' && (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Title order={2} size="h3">
              {t('mfa.codes.heading')}
            </Title>
            <RecoveryCodesPanel
              codes={mode.codes}
              onDone={() => {
                setMode({ kind: 'status' });
                void refetch();
              }}
            />
          </Stack>
        </Paper>
      )}
      {status && role === 'MANAGER' && mode.kind === 'status' && <OrganisationMfaSettings policy={status.policy} onPolicyChanged={() => void refetch()} />}
    </Stack>
  );
}

/** Turning it off asks for a current code, so a session left open is not enough. */
function DisableForm({ onDisabled }: { onDisabled(): void }) {
  const { t } = useTranslation('auth');
  const [disable, { loading }] = useMutation(DisableMfaDocument);
  const [done, setDone] = useState(false);
  if (done) return <Alert color="green" role="status">{t('security.turnedOff')}</Alert>;
  return (
    <CodeConfirmedForm
      heading={t('security.turnOffHeading')}
      submitLabel={t('security.turnOff')}
      danger
      loading={loading}
      onCode={async (code) => {
        await disable({ variables: { input: { code } } });
        setDone(true);
        onDisabled();
      }}
    />
  );
}

/** New recovery codes (the old ones stop working) also take a current code; they are then shown once. */
function NewRecoveryCodesForm({ onReplaced }: { onReplaced(codes: string[]): void }) {
  const { t } = useTranslation('auth');
  const [regenerate, { loading }] = useMutation(RegenerateMfaRecoveryCodesDocument);
  return (
    <CodeConfirmedForm
      heading={t('security.newCodesHeading')}
      hint={t('security.newCodesHint')}
      submitLabel={t('security.newCodes')}
      loading={loading}
      onCode={async (code) => {
        const { data } = await regenerate({ variables: { input: { code } } });
        if (!data) throw new Error('No recovery codes');
        onReplaced(data.regenerateMfaRecoveryCodes.recoveryCodes);
      }}
    />
  );
}

interface CodeConfirmedFormProps {
  heading: string;
  hint?: string;
  submitLabel: string;
  danger?: boolean;
  loading: boolean;
  onCode(code: string): Promise<void>;
}

/** An action that needs a current code of the authenticator: the code field, its problems, one button. */
function CodeConfirmedForm({ heading, hint, submitLabel, danger, loading, onCode }: CodeConfirmedFormProps) {
  const { t } = useTranslation('auth');
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<SignInProblem | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const valid = looksLikeTotpCode(code);
    setFieldError(valid ? undefined : t('mfa.validation.code'));
    if (!valid) return;
    try {
      await onCode(code.replace(/\s/g, ''));
    } catch (error) {
      setProblem(signInProblemFrom(error));
      setCode('');
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={loading} aria-label={heading}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {heading}
        </Title>
        {hint && <Text size="sm">{hint}</Text>}
        {problem && <SignInProblemAlert problem={problem} />}
        <OneTimeCodeField value={code} onChange={setCode} error={fieldError} />
        <Button type="submit" color={danger ? 'red' : undefined} variant="light" loading={loading} w="fit-content">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
