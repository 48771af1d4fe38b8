import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FiguresColumn<Row> {
  key: string;
  header: string;
  /** Right-aligned, for figures. */
  numeric?: boolean;
  cell(row: Row): ReactNode;
}

interface FiguresTableProps<Row> {
  caption: string;
  columns: ReadonlyArray<FiguresColumn<Row>>;
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** Shown in one row when there are no rows. */
  emptyText: string;
}

/** A plain, screen-reader friendly table: the figures behind a chart, or any small list. */
export function FiguresTable<Row>({ caption, columns, rows, rowKey, emptyText }: FiguresTableProps<Row>) {
  return (
    <Table.ScrollContainer minWidth={320} type="native" tabIndex={0}>
      <Table striped highlightOnHover captionSide="top" verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col" ta={column.numeric ? 'right' : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{emptyText}</Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.key} ta={column.numeric ? 'right' : undefined}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
