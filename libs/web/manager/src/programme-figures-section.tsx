import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { OverviewProgrammeFiguresDocument, type OverviewProgrammeFiguresQuery } from '@bridgeway/web-graphql';
import { QueryState, SectionCard, chartColours, useFormatters, type FiguresColumn, ChartWithTable, type Period } from '@bridgeway/web-components';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';

type Figures = OverviewProgrammeFiguresQuery['programmeFigures'];
interface FigureRow {
  key: keyof Omit<Figures, '__typename'>;
  label: string;
  value: number;
  shown: string;
}

/** The counts drawn in the chart; training hours (another unit) is in the table only. */
const chartedKeys: ReadonlyArray<FigureRow['key']> = [
  'meetingsHeld',
  'attendances',
  'namedParticipants',
  'guests',
  'trainingsHeld',
];

/** Groups, courses and meeting places in the period (and department): the API's figures as a chart and a table. */
export function ProgrammeFiguresSection({ period, departmentId }: { period: Period; departmentId: string | null }) {
  const { t } = useTranslation('manager');
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(OverviewProgrammeFiguresDocument, {
    variables: { ...period, departmentId },
    fetchPolicy: 'cache-and-network',
  });
  const columns: FiguresColumn<FigureRow>[] = [
    { key: 'figure', header: t('programmes.figure'), cell: (row) => row.label },
    {
      key: 'value',
      header: t('programmes.value'),
      numeric: true,
      cell: (row) => <span data-testid={`programme-figure-${row.key}`}>{row.shown}</span>,
    },
  ];

  return (
    <SectionCard title={t('programmes.title')}>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ programmeFigures: figures }) => {
          const count = (key: FigureRow['key'], value: number): FigureRow => ({
            key,
            label: t(`programmes.${key}`),
            value,
            shown: format.number(value),
          });
          const rows: FigureRow[] = [
            count('programmesActive', figures.programmesActive),
            count('meetingsHeld', figures.meetingsHeld),
            count('attendances', figures.attendances),
            count('namedAttendances', figures.namedAttendances),
            count('namedParticipants', figures.namedParticipants),
            count('guests', figures.guests),
            count('trainingsHeld', figures.trainingsHeld),
            {
              key: 'trainingHours',
              label: t('programmes.trainingHours'),
              value: figures.trainingHours,
              shown: format.hours(figures.trainingHours * 60),
            },
          ];
          return (
            <ChartWithTable
              emptyText={t('noData')}
              intro={
                <Text size="sm" c="gray.7">
                  {t('programmes.scope')}
                </Text>
              }
              chartDescription={t('programmes.chart')}
              chart={
                <BarChart
                  layout="vertical"
                  data={rows
                    .filter((row) => chartedKeys.includes(row.key))
                    .map((row) => ({ name: row.label, value: row.value }))}
                  accessibilityLayer={false}
                  margin={{ left: 16, right: 16 }}
                >
                  <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: chartColours.axis }} />
                  <YAxis type="category" dataKey="name" tick={{ fontSize: 11, fill: chartColours.axis }} width={140} />
                  <Bar dataKey="value" fill={chartColours.primary} isAnimationActive={false} />
                </BarChart>
              }
              caption={t('programmes.caption')}
              columns={columns}
              rows={rows}
              rowKey={(row) => row.key}
            />
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
