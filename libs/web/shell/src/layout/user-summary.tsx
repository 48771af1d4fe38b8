import { Stack, Text } from '@mantine/core';
import type { SessionUser } from '@bridgeway/web-auth';
import { useTranslation } from 'react-i18next';

export function UserSummary({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} visibleFrom="sm" ta="right">
      <Text size="sm" fw={600}>
        {user.displayName}
      </Text>
      <Text size="xs" c="gray.7">
        {t(`roles.${user.role}`)} · {user.organisation.name}
      </Text>
    </Stack>
  );
}
