import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { StrategicPlansListDocument, type PlanListItemFragment } from '@bridgeway/web-graphql';
import { FormDialog, PageHeader, QueryState, useFormatters } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NewPlanForm } from './new-plan-form';

/** A manager's organisation plans, a coordinator's consortium plans; "New plan" opens the form. */
export function PlansPage() {
  const { t } = useTranslation('plans');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(StrategicPlansListDocument, { fetchPolicy: 'cache-and-network' });

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={<Button onClick={() => setCreating(true)}>{t('list.new')}</Button>}
      />
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ strategicPlans }) =>
          strategicPlans.length === 0 ? <Text role="status">{t('list.none')}</Text> : <PlanCards plans={strategicPlans} />
        }
      </QueryState>
      <FormDialog opened={creating} onClose={() => setCreating(false)} title={t('list.newTitle')}>
        <NewPlanForm
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/plans/${id}`);
          }}
        />
      </FormDialog>
    </Stack>
  );
}

/** One card per plan (reads well on a phone): name, period, whose plan, and the way to its report. */
function PlanCards({ plans }: { plans: readonly PlanListItemFragment[] }) {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.caption')}>
      {plans.map((plan) => (
        <Paper component="li" key={plan.id} withBorder p="md" radius="md" data-testid="plan-card">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={4}>
              <Anchor component={Link} to={`/plans/${plan.id}`} fw={700} size="lg">
                {plan.name}
              </Anchor>
              <Text size="sm">{t('period', { from: format.date(plan.periodStart), to: format.date(plan.periodEnd) })}</Text>
              <Group gap="xs">
                <Badge variant="outline" color="gray.8">
                  {t(`level.${plan.level}`)}
                </Badge>
                {plan.consortium && <Text size="sm">{plan.consortium.name}</Text>}
              </Group>
            </Stack>
            <Anchor component={Link} to={`/plans/${plan.id}/report`} aria-label={t('list.reportOf', { name: plan.name })}>
              {t('list.report')}
            </Anchor>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
