import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function CaseloadSearch({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation('caseload');
  return (
    <TextInput
      type="search"
      name="search"
      label={t('search.label')}
      description={t('search.description')}
      autoComplete="off"
      spellCheck={false}
      maw={420}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
