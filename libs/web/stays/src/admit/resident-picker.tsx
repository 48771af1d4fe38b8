import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { AdmissionCandidatesDocument } from '@bridgeway/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ResidentPickerProps {
  value: string;
  onChange(residentId: string): void;
  error?: string;
}

/** Finds a resident who is not in a residence now, by name. */
export function ResidentPicker({ value, onChange, error }: ResidentPickerProps) {
  const { t } = useTranslation('stays');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const { data, previousData, loading } = useQuery(AdmissionCandidatesDocument, {
    variables: { search: debouncedSearch || null },
  });
  const shown = data ?? previousData;
  const options = (shown?.residents.edges ?? [])
    .map((edge) => edge.node)
    .filter((resident) => !resident.currentStay)
    .map((resident) => ({ value: resident.id, label: `${resident.firstName} ${resident.lastName}` }));

  return (
    <Select
      label={t('admit.resident')}
      placeholder={t('admit.residentPlaceholder')}
      searchable
      required
      withAsterisk
      data={options}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={loading ? t('app.loading') : t('admit.noCandidates')}
      filter={({ options: all }) => all} // the API searched already
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
