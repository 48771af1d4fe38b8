import { Fieldset, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isValidPeriod, type Period } from './period';

/** From and to dates of a figures page; the legend says what the period applies to. */
export function PeriodPicker({ legend, value, onChange }: { legend: string; value: Period; onChange(period: Period): void }) {
  const { t } = useTranslation('components');
  const invalid = !isValidPeriod(value);
  return (
    <Fieldset legend={legend} variant="unstyled" p={0}>
      <Group gap="sm" align="flex-start">
        <TextInput
          type="date"
          label={t('period.from')}
          value={value.from}
          max={value.to}
          onChange={(event) => onChange({ ...value, from: event.currentTarget.value })}
          error={invalid ? t('period.invalid') : undefined}
        />
        <TextInput
          type="date"
          label={t('period.to')}
          value={value.to}
          min={value.from}
          onChange={(event) => onChange({ ...value, to: event.currentTarget.value })}
        />
      </Group>
    </Fieldset>
  );
}
