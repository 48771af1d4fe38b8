import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { OccupancyNowDocument, type OccupancyNowQuery } from '@bridgeway/web-graphql';
import { QueryState, SectionCard, chartColours, useFormatters, type FiguresColumn } from '@bridgeway/web-components';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartWithTable } from './chart-with-table';

type Residence = OccupancyNowQuery['residences'][number];

/**
 * Occupancy per residence today. The API has no occupancy history yet, so the
 * section says so instead of drawing a trend.
 */
export function OccupancySection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(OccupancyNowDocument, { fetchPolicy: 'cache-and-network' });
  const columns: FiguresColumn<Residence>[] = [
    { key: 'name', header: t('manager.occupancy.residence'), cell: (row) => row.name },
    {
      key: 'occupied',
      header: t('manager.occupancy.occupied'),
      numeric: true,
      cell: (row) => format.number(row.occupancy),
    },
    {
      key: 'capacity',
      header: t('manager.occupancy.capacity'),
      numeric: true,
      cell: (row) => format.number(row.capacity),
    },
    {
      key: 'share',
      header: t('manager.occupancy.share'),
      numeric: true,
      cell: (row) => (row.capacity > 0 ? format.percent((row.occupancy / row.capacity) * 100) : '—'),
    },
  ];
  return (
    <SectionCard title={t('manager.occupancy.title')}>
      <Stack gap="sm">
        <Alert color="gray" variant="light" data-testid="occupancy-history-note">
          {t('manager.occupancy.noHistory')}
        </Alert>
        <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
          {({ residences }) => (
            <ChartWithTable
              chartDescription={t('manager.occupancy.chart')}
              chart={
                <BarChart
                  data={residences.map((row) => ({
                    name: row.name,
                    occupied: row.occupancy,
                    free: Math.max(0, row.capacity - row.occupancy),
                  }))}
                  accessibilityLayer={false}
                >
                  <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="name" tick={{ fontSize: 11, fill: chartColours.axis }} />
                  <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: chartColours.axis }} width={32} />
                  <Legend />
                  <Bar dataKey="occupied" name={t('manager.occupancy.occupied')} stackId="beds" fill={chartColours.primary} isAnimationActive={false} />
                  <Bar dataKey="free" name={t('manager.occupancy.free')} stackId="beds" fill={chartColours.accent} isAnimationActive={false} />
                </BarChart>
              }
              caption={t('manager.occupancy.caption')}
              columns={columns}
              rows={residences}
              rowKey={(row) => row.id}
            />
          )}
        </QueryState>
      </Stack>
    </SectionCard>
  );
}
