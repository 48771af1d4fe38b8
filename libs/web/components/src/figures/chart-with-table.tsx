import { Button, Group, Stack, Title } from '@mantine/core';
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBox } from './chart-box';
import { chartInitialSize } from './chart-colours';
import { FiguresTable, type FiguresColumn } from './figures-table';
import { ResponsiveContainer } from 'recharts';

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
  /** Shown in the table when there are no rows. */
  emptyText: string;
}

/**
 * A figures block: an (optional) heading, a chart, and the figures behind it as a table. The table is
 * shown at first (it is what keyboard and screen-reader users read) and can be folded away.
 */
export function ChartWithTable<Row>({ title, intro, chartDescription, chartHeight, chart, caption, columns, rows, rowKey, emptyText }: ChartWithTableProps<Row>) {
  const { t } = useTranslation('components');
  const tableId = useId();
  const [tableShown, setTableShown] = useState(true);
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
      <Group justify="flex-end">
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={tableShown}
          aria-controls={tableId}
          aria-label={t(tableShown ? 'actions.hideTableOf' : 'actions.showTableOf', { caption })}
          onClick={() => setTableShown((shown) => !shown)}
        >
          {t(tableShown ? 'actions.hideTable' : 'actions.showTable')}
        </Button>
      </Group>
      <div id={tableId} hidden={!tableShown}>
        {tableShown && <FiguresTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} emptyText={emptyText} />}
      </div>
    </Stack>
  );
}
