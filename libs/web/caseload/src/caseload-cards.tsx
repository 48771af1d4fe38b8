import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LastContact, OverdueGoals } from './caseload-facts';
import type { CaseloadRow } from './caseload-row';

/** The caseload on a phone: one card per resident with the same facts as the table's row. */
export function CaseloadCards({ rows, threshold }: { rows: readonly CaseloadRow[]; threshold: number }) {
  const { t } = useTranslation(['caseload', 'components']);
  const format = useFormatters();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('attention.cardsLabel')}>
      {rows.map((row) => (
        <Paper component="li" key={row.id} withBorder p="sm" data-testid="caseload-card" style={{ overflowWrap: 'anywhere' }}>
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/residents/${row.id}`} fw={700} style={{ overflowWrap: 'anywhere' }}>
                {row.name}
              </Anchor>
              <Badge variant="outline" color="gray.8">
                {t(`components:residentStatus.${row.status}`)}
              </Badge>
            </Group>
            <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px' }}>
              <Text component="dt" size="sm" c="gray.7">
                {t('columns.residence')}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {row.residenceName ?? t('notInResidence')}
              </Text>
              <Text component="dt" size="sm" c="gray.7">
                {t('columns.lastContact')}
              </Text>
              <dd style={{ margin: 0 }}>
                <LastContact row={row} threshold={threshold} />
              </dd>
              <Text component="dt" size="sm" c="gray.7">
                {t('columns.openGoals')}
              </Text>
              <dd style={{ margin: 0 }}>
                <Group gap={6}>
                  <Text span size="sm">
                    {format.number(row.openGoals)}
                  </Text>
                  <OverdueGoals row={row} />
                </Group>
              </dd>
              <Text component="dt" size="sm" c="gray.7">
                {t('columns.hoursThisMonth')}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {format.hours(row.minutesThisMonth)}
              </Text>
            </dl>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
