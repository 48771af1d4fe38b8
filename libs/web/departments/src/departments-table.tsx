import { Button, Stack, Table, Text } from '@mantine/core';
import type { DepartmentRowFragment } from '@bridgeway/web-graphql';
import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';

interface DepartmentsTableProps {
  departments: readonly DepartmentRowFragment[];
  onEdit(department: DepartmentRowFragment): void;
}

/** The departments with place and status; each row offers "Edit". */
export function DepartmentsTable({ departments, onEdit }: DepartmentsTableProps) {
  const { t } = useTranslation('departments');
  return (
    <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
      <Table striped verticalSpacing="sm" captionSide="top">
        <Table.Caption>{t('tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.name')}</Table.Th>
            <Table.Th scope="col">{t('columns.place')}</Table.Th>
            <Table.Th scope="col">{t('columns.status')}</Table.Th>
            <Table.Th scope="col">{t('columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {departments.map((department) => (
            <Table.Tr key={department.id} data-testid="department-row">
              <Table.Th scope="row" fw={600}>
                {department.name}
              </Table.Th>
              <Table.Td>
                {department.place ?? (
                  <Text span c="gray.7">
                    {t('noPlace')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <DepartmentStatusText department={department} />
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" aria-label={t('edit.open', { name: department.name })} onClick={() => onEdit(department)}>
                  {t('edit.button')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Active", or "Paused since 15 Aug 2025" with the reason under it. */
function DepartmentStatusText({ department }: { department: DepartmentRowFragment }) {
  const { t } = useTranslation('departments');
  const format = useFormatters();
  const { status, statusSince, statusReason } = department;
  if (status === 'ACTIVE' || !statusSince) return <Text span>{t(`status.${status}`)}</Text>;
  return (
    <Stack gap={2}>
      <Text span fw={500}>
        {t(status === 'PAUSED' ? 'pausedSince' : 'closedSince', { date: format.date(statusSince) })}
      </Text>
      {statusReason && (
        <Text span size="sm" c="gray.7">
          {statusReason}
        </Text>
      )}
    </Stack>
  );
}
