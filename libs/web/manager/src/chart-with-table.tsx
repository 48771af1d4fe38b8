import { Stack, Title } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';
import { ChartBox, FiguresTable, chartInitialSize, type FiguresColumn } from '@bridgeway/web-components';
import { ResponsiveContainer } from 'recharts';
import { useTranslation } from 'react-i18next';

interface ChartWithTableProps<Row> {
  /** A level-3 heading over the chart, for sections that show more than one. */
  title?: string;
  /** Shown above the chart (after the heading). */
  intro?: ReactNode;
  /** The chart's accessible description (it is a picture, role="img"). */
  chartDescription: string;
  chartHeight?: number;
  /** The recharts chart, drawn in a responsive container. */
  chart: ReactElement;
  /** The same figures as a table, for keyboard and screen-reader users. */
  caption: string;
  columns: ReadonlyArray<FiguresColumn<Row>>;
  rows: readonly Row[];
  rowKey(row: Row): string;
}

/** One block of the manager's overview: an (optional) heading, a chart, and the figures behind it as a table. */
export function ChartWithTable<Row>({ title, intro, chartDescription, chartHeight, chart, caption, columns, rows, rowKey }: ChartWithTableProps<Row>) {
  const { t } = useTranslation('manager');
  return (
    <Stack gap="xs">
      {title !== undefined && (
        <Title order={3} size="h4">
          {title}
        </Title>
      )}
      {intro}
      <ChartBox description={chartDescription} height={chartHeight}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={chartInitialSize}>
          {chart}
        </ResponsiveContainer>
      </ChartBox>
      <FiguresTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} emptyText={t('noData')} />
    </Stack>
  );
}
