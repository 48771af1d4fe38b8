import { NativeSelect } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { DepartmentFilterOptionsDocument } from '@bridgeway/web-graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface DepartmentFilterProps {
  /** The chosen department's id; null = all departments. */
  value: string | null;
  onChange: (id: string | null) => void;
  id?: string;
}

/** "All departments" or one of the tenant's departments, for filtering lists and figures. */
export function DepartmentFilter({ value, onChange, id }: DepartmentFilterProps) {
  const { t } = useTranslation('components');
  const generatedId = useId();
  const { data, loading } = useQuery(DepartmentFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const departments = data?.departments ?? [];
  // A chosen id that is not (yet) among the loaded options stays selectable, so the select never lies.
  const unknownChoice = value !== null && !departments.some((department) => department.id === value);
  return (
    <NativeSelect
      id={id ?? generatedId}
      label={t('departmentFilter.label')}
      maw={320}
      value={value ?? ''}
      aria-busy={loading}
      onChange={(event) => onChange(event.currentTarget.value || null)}
    >
      <option value="">{t('departmentFilter.all')}</option>
      {departments.map((department) => (
        <option key={department.id} value={department.id}>
          {department.status === 'CLOSED' ? t('departmentFilter.closed', { name: department.name }) : department.name}
        </option>
      ))}
      {unknownChoice && <option value={value}>{loading ? t('departmentFilter.loading') : t('departmentFilter.unknown')}</option>}
    </NativeSelect>
  );
}
