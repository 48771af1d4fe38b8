import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSession } from '@bridgeway/web-auth';
import { usePageTitle } from '@bridgeway/web-ui';
import { useTranslation } from 'react-i18next';

/** The signed-in start page: who you are, in which role and organisation. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  usePageTitle(t('nav.home'));
  if (!user) return null;

  const facts = [
    { term: t('home.name'), value: user.displayName },
    { term: t('home.role'), value: t(`roles.${user.role}`) },
    { term: t('home.organisation'), value: user.organisation.name },
    { term: t('home.email'), value: user.email },
  ];

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('home.heading', { name: user.displayName })}</Title>
      <Card withBorder padding="lg" component="section" aria-labelledby="account-heading">
        <Title order={2} size="h3" id="account-heading" mb="sm">
          {t('home.accountHeading')}
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
      <Text>{t('home.comingLaterNote')}</Text>
    </Stack>
  );
}
