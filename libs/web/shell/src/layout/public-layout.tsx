import { Box, Container, Group, Text } from '@mantine/core';
import { PageLoader } from '@bridgeway/web-ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitcher } from '../i18n/language-switcher';

/** The frame for pages shown before sign-in. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <Box component="header" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between">
          <Text fw={700} size="lg">
            Bridgeway
          </Text>
          <LanguageSwitcher hideLabel />
        </Group>
      </Box>
      <Container component="main" size="sm" py="xl">
        <Suspense fallback={<PageLoader label={t('app.loading')} />}>
          <Outlet />
        </Suspense>
      </Container>
    </>
  );
}
