import { Group, NativeSelect } from '@mantine/core';
import { PROGRAMME_KINDS, ProgrammeStatus } from '@bridgeway/shared-domain';
import type { ProgrammeKind } from '@bridgeway/web-graphql';
import { DepartmentFilter } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

export interface ProgrammeFilterValues {
  departmentId: string | null;
  kind: ProgrammeKind | null;
  status: ProgrammeStatus | null;
}

const statuses = Object.values(ProgrammeStatus);
const isKind = (value: string | null): value is ProgrammeKind => PROGRAMME_KINDS.some((kind) => kind === value);
const isStatus = (value: string | null): value is ProgrammeStatus => statuses.some((status) => status === value);

function filtersOf(params: URLSearchParams): ProgrammeFilterValues {
  const status = params.get('status');
  const kind = params.get('kind');
  return {
    departmentId: params.get('department'),
    kind: isKind(kind) ? kind : null,
    status: status === 'all' ? null : isStatus(status) ? status : ProgrammeStatus.ACTIVE,
  };
}

/** The filters live in the address (shareable, kept on back): department, kind, status (active unless chosen). */
export function useProgrammeFilters(): [ProgrammeFilterValues, (change: Partial<ProgrammeFilterValues>) => void] {
  const [params, setParams] = useSearchParams();
  const values = filtersOf(params);
  // The address as last set, not as last rendered: two quick changes (status, then kind) must both
  // stay when the router has not re-rendered in between (seen on a loaded machine).
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const update = (change: Partial<ProgrammeFilterValues>) => {
    const next = { ...filtersOf(latest.current), ...change };
    const search = new URLSearchParams();
    if (next.departmentId) search.set('department', next.departmentId);
    if (next.kind) search.set('kind', next.kind);
    if (next.status !== ProgrammeStatus.ACTIVE) search.set('status', next.status ?? 'all');
    latest.current = search;
    setParams(search, { replace: true });
  };
  return [values, update];
}

/** Department, kind and status of the programmes listed. */
export function ProgrammeFilters({
  values,
  onChange,
}: {
  values: ProgrammeFilterValues;
  onChange(change: Partial<ProgrammeFilterValues>): void;
}) {
  const { t } = useTranslation('programmes');
  return (
    <Group gap="md" align="flex-end" role="search" aria-label={t('filters.label')}>
      <DepartmentFilter value={values.departmentId} onChange={(departmentId) => onChange({ departmentId })} />
      <NativeSelect
        label={t('filters.kind')}
        value={values.kind ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ kind: isKind(value) ? value : null });
        }}
      >
        <option value="">{t('filters.allKinds')}</option>
        {PROGRAMME_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kind.${kind}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('filters.status')}
        value={values.status ?? 'all'}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ status: isStatus(value) ? value : null });
        }}
      >
        <option value="all">{t('filters.allStatuses')}</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </NativeSelect>
    </Group>
  );
}
