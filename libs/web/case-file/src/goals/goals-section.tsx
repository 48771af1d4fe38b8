import { Button, Stack, Text, Title } from '@mantine/core';
import type { GoalDetailsFragment } from '@bridgeway/web-graphql';
import { FormDialog, SectionCard } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResidentId } from '../forms/use-resident-id';
import { GoalCard } from './goal-card';
import { GoalForm } from './goal-form';
import { goalsByDomain } from './goal-domains';

/** The resident's reintegration goals, grouped by life domain. */
export function GoalsSection({ goals }: { goals: readonly GoalDetailsFragment[] }) {
  const { t } = useTranslation('case-file');
  const residentId = useResidentId();
  const [saved, setSaved] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const groups = goalsByDomain(goals);
  return (
    <SectionCard
      title={t('goals.title')}
      actions={
        <Button size="xs" onClick={() => setCreating(true)}>
          {t('forms.goal.new')}
        </Button>
      }
    >
      <Text role="status" size="sm" c="teal.9" mb={saved ? 'sm' : 0}>
        {saved ?? ''}
      </Text>
      <FormDialog opened={creating} onClose={() => setCreating(false)} title={t('forms.goal.newTitle')}>
        <GoalForm
          residentId={residentId}
          onSaved={(title) => {
            setCreating(false);
            setSaved(t('forms.goal.created', { title }));
          }}
          onCancel={() => setCreating(false)}
        />
      </FormDialog>
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
