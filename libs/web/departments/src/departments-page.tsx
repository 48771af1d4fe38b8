import { Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { DepartmentsListDocument } from '@bridgeway/web-graphql';
import { FormDialog, PageHeader, QueryState } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DepartmentForm } from './department-form';
import { DepartmentsTable } from './departments-table';

/** Which dialog is open: creating, or editing the department with this id. */
type Dialog = { kind: 'create' } | { kind: 'edit'; id: string } | null;

/** The manager's list of the organisation's departments: create, rename, move, pause, close, reopen. */
export function DepartmentsPage() {
  const { t } = useTranslation('departments');
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, loading, error, refetch } = useQuery(DepartmentsListDocument, { fetchPolicy: 'cache-and-network' });
  const close = () => setDialog(null);
  // The edited department as the list holds it now (read again after a CONFLICT).
  const editing = dialog?.kind === 'edit' ? data?.departments.find((department) => department.id === dialog.id) : undefined;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<Button onClick={() => setDialog({ kind: 'create' })}>{t('create.open')}</Button>}
      />
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {(result) =>
          result.departments.length === 0 ? (
            <Text role="status">{t('empty')}</Text>
          ) : (
            <DepartmentsTable departments={result.departments} onEdit={(department) => setDialog({ kind: 'edit', id: department.id })} />
          )
        }
      </QueryState>
      <FormDialog opened={dialog?.kind === 'create'} onClose={close} title={t('create.title')}>
        <DepartmentForm onSaved={close} onCancel={close} />
      </FormDialog>
      <FormDialog opened={!!editing} onClose={close} title={editing ? t('edit.title', { name: editing.name }) : ''}>
        {editing && <DepartmentForm department={editing} onSaved={close} onCancel={close} />}
      </FormDialog>
    </Stack>
  );
}
