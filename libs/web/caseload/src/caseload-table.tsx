import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LastContact, OverdueGoals } from './caseload-facts';
import type { CaseloadRow } from './caseload-row';
import type { Sort, SortColumn } from './caseload-view';

interface CaseloadTableProps {
  rows: readonly CaseloadRow[];
  threshold: number;
  sort: Sort;
  onSort(column: SortColumn): void;
}

export function CaseloadTable({ rows, threshold, sort, onSort }: CaseloadTableProps) {
  const { t } = useTranslation('caseload');
  const format = useFormatters();
  const header = (column: SortColumn, label: string, align?: 'right') => (
    <Table.Th scope="col" ta={align} aria-sort={sort.column === column ? sort.direction : 'none'}>
      <SortButton active={sort.column === column} direction={sort.direction} onClick={() => onSort(column)}>
        {label}
      </SortButton>
    </Table.Th>
  );
  return (
    <Table.ScrollContainer minWidth={760} type="native" tabIndex={0}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption>{t('tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('name', t('columns.resident'))}
            {header('residence', t('columns.residence'))}
            {header('lastContact', t('columns.lastContact'))}
            {header('openGoals', t('columns.openGoals'), 'right')}
            {header('minutesThisMonth', t('columns.hoursThisMonth'), 'right')}
            {header('overdueGoals', t('attention.overdueColumn'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid="caseload-row">
              <Table.Th scope="row" fw={600}>
                <Anchor component={Link} to={`/residents/${row.id}`}>
                  {row.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                {row.residenceName ?? (
                  <Text span c="gray.7">
                    {t('notInResidence')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <LastContact row={row} threshold={threshold} />
              </Table.Td>
              <Table.Td ta="right">{format.number(row.openGoals)}</Table.Td>
              <Table.Td ta="right" data-testid="hours-this-month">
                {format.hours(row.minutesThisMonth)}
              </Table.Td>
              <Table.Td>
                <OverdueGoals row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The column's name is the button's name; th[aria-sort] tells the current order. */
function SortButton(props: { active: boolean; direction: Sort['direction']; onClick(): void; children: ReactNode }) {
  const arrow = props.active ? (props.direction === 'ascending' ? '▲' : '▼') : '↕';
  return (
    <UnstyledButton onClick={props.onClick} fw={700} fz="sm" style={{ textAlign: 'inherit' }}>
      {props.children}{' '}
      <span aria-hidden="true">{arrow}</span>
    </UnstyledButton>
  );
}
