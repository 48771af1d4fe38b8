import { SimpleGrid } from '@mantine/core';
import type { IndicatorProgressRowFragment } from '@bridgeway/web-graphql';
import { ChartWithTable, chartColours, useFormatters } from '@bridgeway/web-components';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useFigureText } from '../shared/figures';

interface TrendPoint {
  month: string;
  label: string;
  value: number | null;
}

const axisTick = { fontSize: 11, fill: chartColours.axis };

/** Small multiples: each indicator's figure month by month, with the same figures as a table. */
export function TrendCharts({ rows }: { rows: readonly IndicatorProgressRowFragment[] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {rows.map((row) => (
        <TrendChart key={row.indicator.id} row={row} />
      ))}
    </SimpleGrid>
  );
}

function TrendChart({ row }: { row: IndicatorProgressRowFragment }) {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  const figureText = useFigureText();
  const { indicator } = row;
  const points: TrendPoint[] = row.trend.map((point) => ({ month: point.month, label: format.month(point.month), value: point.value }));
  return (
    <ChartWithTable
      title={indicator.name}
      chartDescription={t('report.trend.chart', { name: indicator.name })}
      chartHeight={200}
      chart={
        // A month without a figure (hidden or not measurable) draws no bar; the table says so.
        <BarChart data={points} accessibilityLayer={false}>
          <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" />
          <YAxis tick={axisTick} width={48} allowDecimals={indicator.unit !== 'PEOPLE' && indicator.unit !== 'COUNT'} />
          <Bar dataKey="value" fill={chartColours.primary} isAnimationActive={false} />
        </BarChart>
      }
      caption={t('report.trend.caption', { name: indicator.name })}
      columns={[
        { key: 'month', header: t('report.trend.month'), cell: (point) => point.label },
        {
          key: 'value',
          header: t('report.trend.value'),
          numeric: true,
          cell: (point) => (point.value === null ? t('report.noFigure') : figureText(indicator.unit, point.value)),
        },
      ]}
      rows={points}
      rowKey={(point) => point.month}
      emptyText={t('report.trend.none')}
    />
  );
}
