import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import {
  OverviewMaterialSupportFiguresDocument,
  type OverviewMaterialSupportFiguresQuery,
} from '@bridgeway/web-graphql';
import { QueryState, SectionCard, chartColours, useFormatters, type FiguresColumn, ChartWithTable, type Period } from '@bridgeway/web-components';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { HeadlineFigures } from './headline-figures';

type KindFigure = OverviewMaterialSupportFiguresQuery['materialSupportFigures']['byKind'][number];

/** Material support in the period (and department): parcels, and handouts by kind as a chart and a table. */
export function MaterialSupportFiguresSection({
  period,
  departmentId,
}: {
  period: Period;
  departmentId: string | null;
}) {
  const { t } = useTranslation('manager');
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(OverviewMaterialSupportFiguresDocument, {
    variables: { ...period, departmentId },
    fetchPolicy: 'cache-and-network',
  });
  const columns: FiguresColumn<KindFigure>[] = [
    { key: 'kind', header: t('materialSupport.kind'), cell: (row) => t(`materialSupport.handoutKind.${row.kind}`) },
    {
      key: 'handouts',
      header: t('materialSupport.handouts'),
      numeric: true,
      cell: (row) => format.number(row.handouts),
    },
    {
      key: 'quantity',
      header: t('materialSupport.quantity'),
      numeric: true,
      cell: (row) => format.number(row.quantity),
    },
    {
      key: 'named',
      header: t('materialSupport.namedRecipients'),
      numeric: true,
      cell: (row) => format.number(row.namedRecipients),
    },
    {
      key: 'anonymous',
      header: t('materialSupport.anonymousRecipients'),
      numeric: true,
      cell: (row) => format.number(row.anonymousRecipients),
    },
  ];

  return (
    <SectionCard title={t('materialSupport.title')}>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ materialSupportFigures: figures }) => (
          <Stack gap="lg">
            <HeadlineFigures
              testIdPrefix="material-support-figure"
              figures={[
                { id: 'parcels', label: t('materialSupport.parcels'), value: format.number(figures.parcels) },
                { id: 'handouts', label: t('materialSupport.handoutRecords'), value: format.number(figures.handouts) },
              ]}
            />
            <ChartWithTable
              emptyText={t('noData')}
              chartDescription={t('materialSupport.chart')}
              chart={
                <BarChart
                  data={figures.byKind.map((row) => ({
                    label: t(`materialSupport.handoutKind.${row.kind}`),
                    quantity: row.quantity,
                  }))}
                  accessibilityLayer={false}
                >
                  <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 11, fill: chartColours.axis }} />
                  <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: chartColours.axis }} width={40} />
                  <Bar
                    dataKey="quantity"
                    name={t('materialSupport.quantity')}
                    fill={chartColours.secondary}
                    isAnimationActive={false}
                  />
                </BarChart>
              }
              caption={t('materialSupport.caption')}
              columns={columns}
              rows={figures.byKind}
              rowKey={(row) => row.kind}
            />
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
