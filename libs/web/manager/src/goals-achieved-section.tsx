import { Text } from '@mantine/core';
import { QueryState, SectionCard, chartColours, useFormatters, type FiguresColumn } from '@bridgeway/web-components';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartWithTable } from './chart-with-table';
import { goalFiguresByDomain, type DomainGoalFigures } from './goals-by-domain';
import { useAllGoals } from './use-all-goals';

/** Goals achieved (and still open) per life domain, over all residents. */
export function GoalsAchievedSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { goals, loading, error, retry } = useAllGoals();
  const columns: FiguresColumn<DomainGoalFigures>[] = [
    { key: 'domain', header: t('manager.goals.domain'), cell: (row) => t(`goalDomain.${row.domain}`) },
    { key: 'achieved', header: t('manager.goals.achieved'), numeric: true, cell: (row) => format.number(row.achieved) },
    { key: 'open', header: t('manager.goals.open'), numeric: true, cell: (row) => format.number(row.open) },
    { key: 'total', header: t('manager.goals.total'), numeric: true, cell: (row) => format.number(row.total) },
  ];
  return (
    <SectionCard title={t('manager.goals.title')}>
      <QueryState data={goals} loading={loading} error={error} onRetry={retry}>
        {(all) => {
          const rows = goalFiguresByDomain(all);
          return (
            <ChartWithTable
              intro={
                <Text size="sm" c="gray.7">
                  {t('manager.goals.scope')}
                </Text>
              }
              chartDescription={t('manager.goals.chart')}
              chartHeight={300}
              chart={
                <BarChart
                  data={rows.map((row) => ({ ...row, label: t(`goalDomain.${row.domain}`) }))}
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
                  <Bar dataKey="achieved" name={t('manager.goals.achieved')} fill={chartColours.secondary} isAnimationActive={false} />
                  <Bar dataKey="open" name={t('manager.goals.open')} fill={chartColours.primary} isAnimationActive={false} />
                </BarChart>
              }
              caption={t('manager.goals.caption')}
              columns={columns}
              rows={rows}
              rowKey={(row) => row.domain}
            />
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
