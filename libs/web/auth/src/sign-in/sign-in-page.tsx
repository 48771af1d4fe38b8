import { Paper, Stack, Text, Title } from '@mantine/core';
import { PageLoader, usePageTitle } from '@bridgeway/web-ui';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../session/session-context';
import { safeReturnPath } from './safe-return-path';
import { SignInSteps } from './sign-in-steps';

export function SignInPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('pageTitle'));
  const { status } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('returnTo'));

  if (status === 'restoring') return <PageLoader label={t('session.restoring')} />;
  if (status === 'signedIn') return <Navigate to={returnTo} replace />;

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" maw={420} mx="auto" mt="xl">
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {t('heading')}
          </Title>
          <Text c="gray.7" mt={4}>
            {t('tagline')}
          </Text>
        </div>
        <SignInSteps onSignedIn={() => navigate(returnTo, { replace: true })} />
      </Stack>
    </Paper>
  );
}
