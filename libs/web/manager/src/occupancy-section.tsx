import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { OccupancyOverTimeDocument, type OccupancyOverTimeQuery } from '@bridgeway/web-graphql';
import { QueryState, SectionCard, chartColours, useFormatters, type FiguresColumn, ChartWithTable, type Period } from '@bridgeway/web-components';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { occupancyPeriod } from './occupancy-period';

type Point = OccupancyOverTimeQuery['occupancyOverTime'][number];

/** Occupancy of all residences at each month-end of the period (and its last day): a line chart and the table behind it. */
export function OccupancySection({ period }: { period: Period }) {
  const { t } = useTranslation('manager');
  const format = useFormatters();
  const { clamped, ...asked } = occupancyPeriod(period);
  const { data, loading, error, refetch } = useQuery(OccupancyOverTimeDocument, {
    variables: asked,
    fetchPolicy: 'cache-and-network',
  });
  const columns: FiguresColumn<Point>[] = [
    { key: 'date', header: t('occupancy.date'), cell: (row) => format.date(row.date) },
    { key: 'occupied', header: t('occupancy.occupied'), numeric: true, cell: (row) => format.number(row.residents) },
    { key: 'beds', header: t('occupancy.capacity'), numeric: true, cell: (row) => format.number(row.beds) },
    { key: 'share', header: t('occupancy.share'), numeric: true, cell: (row) => (row.beds > 0 ? format.percent(row.rate * 100) : '—') },
  ];
  return (
    <SectionCard title={t('occupancy.title')}>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ occupancyOverTime: points }) =>
          // No beds at all in the period (e.g. no residence yet): a flat 0 % line would say nothing.
          points.length > 0 && points.every((point) => point.beds === 0) ? (
            <NoBeds />
          ) : (
            <ChartWithTable
              emptyText={t('noData')}
              intro={
                clamped && (
                  <Text size="sm" c="gray.7" data-testid="occupancy-clamped">
                    {t('occupancy.clamped')}
                  </Text>
                )
              }
              chartDescription={t('occupancy.chart')}
              chart={
                <LineChart
                  data={points.map((row) => ({ label: format.date(row.date), share: Math.round(row.rate * 1000) / 10 }))}
                  accessibilityLayer={false}
                  margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
                >
                  <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 11, fill: chartColours.axis }} minTickGap={24} />
                  <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11, fill: chartColours.axis }} width={44} />
                  <Line type="monotone" dataKey="share" stroke={chartColours.primary} strokeWidth={2} dot isAnimationActive={false} />
                </LineChart>
              }
              caption={t('occupancy.caption')}
              columns={columns}
              rows={points}
              rowKey={(row) => row.date}
            />
          )
        }
      </QueryState>
    </SectionCard>
  );
}

/** Said instead of the chart when the period has no beds, with the way to add them. */
function NoBeds() {
  const { t } = useTranslation('manager');
  return (
    <Stack gap="xs" data-testid="occupancy-no-beds">
      <Text>{t('occupancy.noBeds')}</Text>
      <Anchor component={Link} to="/residences">
        {t('occupancy.residencesLink')}
      </Anchor>
    </Stack>
  );
}
