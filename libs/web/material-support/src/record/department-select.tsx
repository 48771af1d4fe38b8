import { NativeSelect } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { DepartmentStatus } from '@bridgeway/shared-domain';
import { DepartmentFilterOptionsDocument } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';

/**
 * The department a handout is counted under (the same choices as the shared department filter,
 * closed departments left out): a form field, so "none" instead of "all departments".
 */
export function DepartmentSelect({ value, onChange }: { value: string; onChange(id: string): void }) {
  const { t } = useTranslation('material-support');
  const { data } = useQuery(DepartmentFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const departments = (data?.departments ?? []).filter(
    (department) => department.status !== DepartmentStatus.CLOSED || department.id === value,
  );
  return (
    <NativeSelect
      label={t('record.department')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      <option value="">{t('record.noDepartment')}</option>
      {departments.map((department) => (
        <option key={department.id} value={department.id}>
          {department.name}
        </option>
      ))}
      {value && !departments.some((department) => department.id === value) && (
        <option value={value}>{t('record.ownDepartment')}</option>
      )}
    </NativeSelect>
  );
}
