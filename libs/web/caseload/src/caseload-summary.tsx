import { Group, Paper, Text } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from './caseload-row';

/** Headline figures of the caseload as shown (all of it, or the search result). */
export function CaseloadSummary({ rows, totalCount }: { rows: readonly CaseloadRow[]; totalCount: number }) {
  const { t } = useTranslation('caseload');
  const format = useFormatters();
  const minutes = rows.reduce((sum, row) => sum + row.minutesThisMonth, 0);
  const openGoals = rows.reduce((sum, row) => sum + row.openGoals, 0);
  const figures = [
    { id: 'residents', label: t('summary.residents'), value: format.number(totalCount) },
    { id: 'open-goals', label: t('summary.openGoals'), value: format.number(openGoals) },
    { id: 'hours', label: t('summary.hoursThisMonth'), value: format.hours(minutes) },
  ];
  return (
    <Group component="dl" gap="md" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.id} withBorder p="sm" miw={160}>
          <Text component="dt" size="sm" c="gray.7">
            {figure.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl" data-testid={`caseload-total-${figure.id}`}>
            {figure.value}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
