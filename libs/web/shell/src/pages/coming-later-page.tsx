import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@bridgeway/web-ui';
import { useTranslation } from 'react-i18next';

export type ComingLaterFeature = 'consortium';

/** A clearly marked placeholder for a page that is not built yet; shows no data. */
export function ComingLaterPage({ feature }: { feature: ComingLaterFeature }) {
  const { t } = useTranslation();
  const title = t(`nav.${feature}`);
  usePageTitle(title);
  return (
    <Stack gap="md" maw={720}>
      <Group gap="sm">
        <Title order={1}>{title}</Title>
        <Badge variant="outline" color="gray.7">
          {t('comingLater.badge')}
        </Badge>
      </Group>
      <Text>{t(`comingLater.${feature}`)}</Text>
    </Stack>
  );
}

export function ConsortiumComingLaterPage() {
  return <ComingLaterPage feature="consortium" />;
}
