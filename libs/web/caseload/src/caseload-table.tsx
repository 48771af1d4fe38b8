import { Anchor, Table, Text } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseloadRow } from './caseload-row';

export function CaseloadTable({ rows }: { rows: readonly CaseloadRow[] }) {
  const { t } = useTranslation('caseload');
  const format = useFormatters();
  return (
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption>{t('tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.resident')}</Table.Th>
            <Table.Th scope="col">{t('columns.residence')}</Table.Th>
            <Table.Th scope="col">{t('columns.lastContact')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('columns.openGoals')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('columns.hoursThisMonth')}
            </Table.Th>
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
                {row.lastContact ? (
                  format.date(row.lastContact)
                ) : (
                  <Text span c="gray.7">
                    {t('noContactYet')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{format.number(row.openGoals)}</Table.Td>
              <Table.Td ta="right" data-testid="hours-this-month">
                {format.hours(row.minutesThisMonth)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
