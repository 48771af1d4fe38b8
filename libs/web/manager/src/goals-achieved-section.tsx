import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { GoalsByDomainDocument, type GoalsByDomainQuery } from '@bridgeway/web-graphql';
import { QueryState, SectionCard, chartColours, useFormatters, type FiguresColumn, ChartWithTable, type Period } from '@bridgeway/web-components';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';

type Summary = GoalsByDomainQuery['goalsByDomain'][number];

/** Open goals are planned or in progress. */
const openOf = (row: Summary) => row.planned + row.inProgress;

/**
 * Goals per life domain (counted by the API): open ones as they are now; achieved and abandoned
 * ones whose latest status change falls in the page's period.
 */
export function GoalsAchievedSection({ period }: { period: Period }) {
  const { t } = useTranslation('manager');
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(GoalsByDomainDocument, {
    variables: { from: period.from, to: period.to },
    fetchPolicy: 'cache-and-network',
  });
  const columns: FiguresColumn<Summary>[] = [
    { key: 'domain', header: t('goals.domain'), cell: (row) => t(`goalDomain.${row.domain}`) },
    { key: 'achieved', header: t('goals.achieved'), numeric: true, cell: (row) => format.number(row.achieved) },
    { key: 'open', header: t('goals.open'), numeric: true, cell: (row) => format.number(openOf(row)) },
    { key: 'abandoned', header: t('goals.abandoned'), numeric: true, cell: (row) => format.number(row.abandoned) },
    { key: 'total', header: t('goals.total'), numeric: true, cell: (row) => format.number(row.total) },
  ];
  return (
    <SectionCard title={t('goals.title')}>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ goalsByDomain: rows }) => (
          <ChartWithTable
            emptyText={t('noData')}
            intro={
              <Text size="sm" c="gray.7">
                {t('goals.scope')}
              </Text>
            }
            chartDescription={t('goals.chart')}
            chartHeight={300}
            chart={
              <BarChart
                data={rows.map((row) => ({ label: t(`goalDomain.${row.domain}`), achieved: row.achieved, open: openOf(row) }))}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" vertical={false} />
                <XAxis
                  dataKey="label"
                  tick={{ fontSize: 11, fill: chartColours.axis }}
                  interval={0}
                  angle={-30}
                  textAnchor="end"
                  height={70}
                />
                <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: chartColours.axis }} width={32} />
                <Legend />
                <Bar dataKey="achieved" name={t('goals.achieved')} fill={chartColours.secondary} isAnimationActive={false} />
                <Bar dataKey="open" name={t('goals.open')} fill={chartColours.primary} isAnimationActive={false} />
              </BarChart>
            }
            caption={t('goals.caption')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.domain}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}
