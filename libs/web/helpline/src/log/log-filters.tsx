import { Group, TextInput } from '@mantine/core';
import { DepartmentFilter } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { isValidLogPeriod, type LogPeriod } from './log-period';

interface LogFiltersProps {
  period: LogPeriod;
  onPeriodChange(period: LogPeriod): void;
  departmentId: string | null;
  onDepartmentChange(departmentId: string | null): void;
}

/** The log's period and department. */
export function LogFilters({ period, onPeriodChange, departmentId, onDepartmentChange }: LogFiltersProps) {
  const { t } = useTranslation('helpline');
  const invalid = !isValidLogPeriod(period);
  return (
    <Group gap="sm" align="flex-start">
      <TextInput
        type="date"
        label={t('log.from')}
        value={period.from}
        max={period.to || undefined}
        onChange={(event) => onPeriodChange({ ...period, from: event.currentTarget.value })}
        error={invalid ? t('log.invalidPeriod') : undefined}
      />
      <TextInput
        type="date"
        label={t('log.to')}
        description={t('log.toDescription')}
        inputWrapperOrder={['label', 'input', 'description']}
        value={period.to}
        min={period.from}
        onChange={(event) => onPeriodChange({ ...period, to: event.currentTarget.value })}
      />
      <DepartmentFilter value={departmentId} onChange={onDepartmentChange} />
    </Group>
  );
}
