import { Stack, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { ChartBox, FiguresTable, chartInitialSize, type FiguresColumn } from '@bridgeway/web-components';
import { ResponsiveContainer } from 'recharts';
import { useTranslation } from 'react-i18next';

interface ChartWithTableProps<Row> {
  title: string;
  /** The chart's accessible description (it is a picture, role="img"). */
  chartDescription: string;
  chart: ReactElement;
  /** The same figures as a table, for keyboard and screen-reader users. */
  caption: string;
  columns: ReadonlyArray<FiguresColumn<Row>>;
  rows: readonly Row[];
  rowKey(row: Row): string;
}

/** A heading, a chart, and the figures behind it as a table (as on the manager's overview). */
export function ChartWithTable<Row>({ title, chartDescription, chart, caption, columns, rows, rowKey }: ChartWithTableProps<Row>) {
  const { t } = useTranslation('consortium');
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {title}
      </Title>
      <ChartBox description={chartDescription}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={chartInitialSize}>
          {chart}
        </ResponsiveContainer>
      </ChartBox>
      <FiguresTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} emptyText={t('partners.none')} />
    </Stack>
  );
}
