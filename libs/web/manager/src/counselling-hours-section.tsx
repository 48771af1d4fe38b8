import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CounsellingTotalsDocument, type CounsellingTotalsQuery } from '@bridgeway/web-graphql';
import { QueryState, SectionCard, chartColours, useFormatters, type FiguresColumn, ChartWithTable, type Period } from '@bridgeway/web-components';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';

type Totals = NonNullable<CounsellingTotalsQuery['counsellingTotals']>;
type ByCounsellor = Totals['byCounsellor'][number];
type ByMonth = Totals['byMonth'][number];

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** Counselling hours in the period, by month and by counsellor: charts with the same figures as tables. */
export function CounsellingHoursSection({ period }: { period: Period }) {
  const { t } = useTranslation('manager');
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(CounsellingTotalsDocument, {
    variables: period,
    fetchPolicy: 'cache-and-network',
  });

  const monthColumns: FiguresColumn<ByMonth>[] = [
    { key: 'month', header: t('hours.month'), cell: (row) => format.month(row.month) },
    { key: 'hours', header: t('hours.hours'), numeric: true, cell: (row) => format.hours(row.minutes) },
    { key: 'sessions', header: t('hours.sessions'), numeric: true, cell: (row) => format.number(row.sessions) },
  ];
  const counsellorColumns: FiguresColumn<ByCounsellor>[] = [
    {
      key: 'counsellor',
      header: t('hours.counsellor'),
      cell: (row) => row.counsellor?.displayName ?? t('unknownUser'),
    },
    { key: 'hours', header: t('hours.hours'), numeric: true, cell: (row) => format.hours(row.minutes) },
    { key: 'sessions', header: t('hours.sessions'), numeric: true, cell: (row) => format.number(row.sessions) },
  ];

  return (
    <SectionCard title={t('hours.title')}>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ counsellingTotals: totals }) => {
          if (!totals) return <Text c="gray.7">{t('noData')}</Text>;
          const byMonth = [...totals.byMonth].sort((a, b) => a.month.localeCompare(b.month));
          const byCounsellor = [...totals.byCounsellor].sort((a, b) => b.minutes - a.minutes);
          return (
            <Stack gap="lg">
              <Text size="lg" data-testid="manager-total-hours">
                {t('hours.total', { hours: format.hours(totals.totalMinutes) })}
              </Text>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                <ChartWithTable
                  emptyText={t('noData')}
                  title={t('hours.byMonth')}
                  chartDescription={t('hours.byMonthChart')}
                  chart={
                    <BarChart
                      data={byMonth.map((row) => ({ label: format.month(row.month), hours: hoursOf(row.minutes) }))}
                      accessibilityLayer={false}
                    >
                      <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" vertical={false} />
                      <XAxis dataKey="label" tick={{ fontSize: 11, fill: chartColours.axis }} />
                      <YAxis tick={{ fontSize: 11, fill: chartColours.axis }} width={40} />
                      <Bar dataKey="hours" fill={chartColours.primary} isAnimationActive={false} />
                    </BarChart>
                  }
                  caption={t('hours.byMonthCaption')}
                  columns={monthColumns}
                  rows={byMonth}
                  rowKey={(row) => row.month}
                />
                <ChartWithTable
                  emptyText={t('noData')}
                  title={t('hours.byCounsellor')}
                  chartDescription={t('hours.byCounsellorChart')}
                  chart={
                    <BarChart
                      layout="vertical"
                      data={byCounsellor.map((row) => ({
                        name: row.counsellor?.displayName ?? t('unknownUser'),
                        hours: hoursOf(row.minutes),
                      }))}
                      accessibilityLayer={false}
                      margin={{ left: 16 }}
                    >
                      <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" horizontal={false} />
                      <XAxis type="number" tick={{ fontSize: 11, fill: chartColours.axis }} />
                      <YAxis type="category" dataKey="name" tick={{ fontSize: 11, fill: chartColours.axis }} width={110} />
                      <Bar dataKey="hours" fill={chartColours.secondary} isAnimationActive={false} />
                    </BarChart>
                  }
                  caption={t('hours.byCounsellorCaption')}
                  columns={counsellorColumns}
                  rows={byCounsellor}
                  rowKey={(row) => row.counsellor?.id ?? 'unknown'}
                />
              </SimpleGrid>
            </Stack>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
