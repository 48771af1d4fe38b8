import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, NativeSelect, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MfaStaffMembersDocument, ResetUserMfaDocument, SetOrganisationMfaPolicyDocument, type MfaPolicy } from '@bridgeway/web-graphql';
import { SignInProblemAlert } from '../sign-in/sign-in-problem-alert';

const POLICIES: readonly MfaPolicy[] = ['PRIVILEGED', 'EVERYONE', 'NOT_ENFORCED'];

/** A manager's part of the page: who in the organisation must use two-step sign-in, and resetting a staff member's. */
export function OrganisationMfaSettings({ policy, onPolicyChanged }: { policy: MfaPolicy; onPolicyChanged(): void }) {
  const { t } = useTranslation('auth');
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="lg">
        <Title order={2} size="h3">
          {t('security.organisation.heading')}
        </Title>
        <PolicyForm policy={policy} onSaved={onPolicyChanged} />
        <ResetForm />
      </Stack>
    </Paper>
  );
}

function PolicyForm({ policy, onSaved }: { policy: MfaPolicy; onSaved(): void }) {
  const { t } = useTranslation('auth');
  const [chosen, setChosen] = useState<MfaPolicy>(policy);
  const [save, { loading, error }] = useMutation(SetOrganisationMfaPolicyDocument);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    await save({ variables: { policy: chosen } });
    setSaved(true);
    onSaved();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)} aria-busy={loading}>
      <Stack gap="sm">
        <Radio.Group label={t('security.organisation.policyLabel')} value={chosen} onChange={(value) => setChosen(value as MfaPolicy)}>
          <Stack gap="xs" mt="xs">
            {POLICIES.map((value) => (
              <Radio key={value} value={value} label={t(`security.organisation.policies.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {error && <SignInProblemAlert problem={{ kind: 'unexpected' }} />}
        {saved && (
          <Alert color="green" role="status">
            {t('security.organisation.policySaved')}
          </Alert>
        )}
        <Button type="submit" loading={loading} w="fit-content">
          {t('security.organisation.savePolicy')}
        </Button>
      </Stack>
    </form>
  );
}

function ResetForm() {
  const { t } = useTranslation('auth');
  const { data } = useQuery(MfaStaffMembersDocument, { fetchPolicy: 'cache-and-network' });
  const [reset, { loading, error }] = useMutation(ResetUserMfaDocument);
  const [userId, setUserId] = useState('');
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const staff = data?.staff ?? [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDoneFor(null);
    if (!userId) return;
    await reset({ variables: { input: { userId } } });
    setDoneFor(staff.find((member) => member.id === userId)?.displayName ?? '');
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)} aria-busy={loading}>
      <Stack gap="sm">
        <Text fw={600}>{t('security.organisation.resetHeading')}</Text>
        <Text size="sm" c="gray.7">
          {t('security.organisation.resetHint')}
        </Text>
        <NativeSelect
          label={t('security.organisation.staffLabel')}
          value={userId}
          onChange={(event) => setUserId(event.currentTarget.value)}
          data={[{ value: '', label: t('security.organisation.choose') }, ...staff.map((member) => ({ value: member.id, label: member.displayName }))]}
        />
        {error && <SignInProblemAlert problem={{ kind: 'unexpected' }} />}
        {doneFor !== null && (
          <Alert color="green" role="status">
            {t('security.organisation.resetDone', { name: doneFor })}
          </Alert>
        )}
        <Button type="submit" color="red" variant="light" loading={loading} disabled={!userId} w="fit-content">
          {t('security.organisation.reset')}
        </Button>
      </Stack>
    </form>
  );
}
