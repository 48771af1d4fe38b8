import { Stack, Text, Title } from '@mantine/core';
import type { GoalDetailsFragment } from '@bridgeway/web-graphql';
import { SectionCard } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GoalCard } from './goal-card';
import { goalsByDomain } from './goal-domains';

/** The resident's reintegration goals, grouped by life domain. */
export function GoalsSection({ goals }: { goals: readonly GoalDetailsFragment[] }) {
  const { t } = useTranslation('case-file');
  const [saved, setSaved] = useState<string | null>(null);
  const groups = goalsByDomain(goals);
  return (
    <SectionCard title={t('goals.title')}>
      <Text role="status" size="sm" c="teal.9" mb={saved ? 'sm' : 0}>
        {saved ? t('goals.saved', { title: saved }) : ''}
      </Text>
      {groups.length === 0 ? (
        <Text c="gray.7">{t('goals.empty')}</Text>
      ) : (
        <Stack gap="lg">
          {groups.map((group) => (
            <Stack key={group.domain} gap="xs" component="section" aria-label={t(`goalDomain.${group.domain}`)}>
              <Title order={3} size="h4">
                {t(`goalDomain.${group.domain}`)}
              </Title>
              {group.goals.map((goal) => (
                <GoalCard key={goal.id} goal={goal} onSaved={setSaved} />
              ))}
            </Stack>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
