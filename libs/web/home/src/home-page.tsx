import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSession } from '@bridgeway/web-auth';
import { usePageTitle } from '@bridgeway/web-ui';
import { useTranslation } from 'react-i18next';

/** The signed-in start page: who you are, in which role and organisation. */
export function HomePage() {
  const { t } = useTranslation('home');
  const { user } = useSession();
  usePageTitle(t('title'));
  if (!user) return null;

  const facts = [
    { term: t('name'), value: user.displayName },
    { term: t('role'), value: t(`roles.${user.role}`) },
    { term: t('organisation'), value: user.organisation.name },
    { term: t('email'), value: user.email },
  ];

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('heading', { name: user.displayName })}</Title>
      <Card withBorder padding="lg" component="section" aria-labelledby="account-heading">
        <Title order={2} size="h3" id="account-heading" mb="sm">
          {t('accountHeading')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" m={0}>
          {facts.map(({ term, value }) => (
            <div key={term}>
              <Text component="dt" size="sm" c="gray.7">
                {term}
              </Text>
              <Text component="dd" fw={600} m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Card>
      <Text>{t('comingLaterNote')}</Text>
    </Stack>
  );
}
