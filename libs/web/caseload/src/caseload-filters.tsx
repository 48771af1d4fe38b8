import { Group, NativeSelect, NumberInput } from '@mantine/core';
import type { ResidentStatus } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from './caseload-row';
import { noResidence, type CaseloadFilter } from './caseload-view';

const statuses: readonly ResidentStatus[] = ['IN_RESIDENCE', 'FOLLOW_UP', 'CLOSED'];
const all = '';

interface CaseloadFiltersProps {
  rows: readonly CaseloadRow[];
  filter: CaseloadFilter;
  onFilterChange(filter: CaseloadFilter): void;
  threshold: number;
  onThresholdChange(days: number): void;
}

/** Filter by status and residence, and the per-device "days without contact" threshold. */
export function CaseloadFilters({ rows, filter, onFilterChange, threshold, onThresholdChange }: CaseloadFiltersProps) {
  const { t } = useTranslation(['caseload', 'components']);
  const residences = new Map<string, string>();
  for (const row of rows) if (row.residenceId && row.residenceName) residences.set(row.residenceId, row.residenceName);
  return (
    <Group align="flex-end" gap="md">
      <NativeSelect
        name="status"
        label={t('attention.status')}
        value={filter.status ?? all}
        onChange={(event) =>
          onFilterChange({ ...filter, status: (event.currentTarget.value || null) as ResidentStatus | null })
        }
      >
        <option value={all}>{t('attention.allStatuses')}</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {t(`components:residentStatus.${status}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        name="residence"
        label={t('attention.residence')}
        value={filter.residence ?? all}
        onChange={(event) => onFilterChange({ ...filter, residence: event.currentTarget.value || null })}
      >
        <option value={all}>{t('attention.allResidences')}</option>
        {[...residences].map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
        <option value={noResidence}>{t('attention.noResidence')}</option>
      </NativeSelect>
      <NumberInput
        name="contactThreshold"
        label={t('attention.threshold')}
        description={t('attention.thresholdDescription')}
        min={1}
        max={365}
        allowDecimal={false}
        w={220}
        value={threshold}
        onChange={(value) => {
          if (typeof value === 'number' && Number.isInteger(value) && value > 0) onThresholdChange(value);
        }}
      />
    </Group>
  );
}
