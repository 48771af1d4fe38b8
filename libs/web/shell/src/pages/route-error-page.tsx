import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Shown when a route fails to render, e.g. its code chunk could not be loaded
 * after a deploy. Part of the first bundle, so it must stay light.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Container component="main" size="sm" py="xl">
      <Stack gap="sm">
        <Title order={1}>{t('routeError.title')}</Title>
        <Text>{t('routeError.body')}</Text>
        {/* A plain link to this address: following it reloads the page with fresh code. */}
        <Anchor href={window.location.href}>{t('routeError.reload')}</Anchor>
      </Stack>
    </Container>
  );
}
