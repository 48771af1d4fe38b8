import { Stack, Text, Title } from '@mantine/core';
import type { Role } from '@bridgeway/web-graphql';
import { usePageTitle } from '@bridgeway/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';

/** Renders its children only for the given roles. The API enforces roles too; this only keeps the UI honest. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  if (!user || !roles.includes(user.role)) return <NotAvailableForRole />;
  return children;
}

function NotAvailableForRole() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Stack gap="sm">
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{t('forbidden.body')}</Text>
    </Stack>
  );
}
