import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { HelplineRelativeSearchDocument } from '@bridgeway/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RelativePickerProps {
  label: string;
  description?: string;
  value: string;
  onChange(relativeId: string): void;
  required?: boolean;
  error?: string;
}

/** Finds a relative of the organisation by name (managers and counsellors; the API checks). */
export function RelativePicker({ label, description, value, onChange, required = false, error }: RelativePickerProps) {
  const { t } = useTranslation('helpline');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  // Nothing is asked until two letters are typed: the list is for finding someone, not browsing.
  const skip = debouncedSearch.length < 2;
  const { data, previousData, loading } = useQuery(HelplineRelativeSearchDocument, {
    variables: { search: debouncedSearch, first: 20 },
    skip,
  });
  const shown = skip ? undefined : (data ?? previousData);
  const options = (shown?.relatives ?? []).map((relative) => ({
    value: relative.id,
    label: `${relative.firstName} ${relative.lastName}`,
  }));

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('relativePicker.placeholder')}
      searchable
      clearable
      required={required}
      withAsterisk={required}
      data={options}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={skip ? t('relativePicker.typeMore') : loading ? t('app.loading') : t('relativePicker.none')}
      filter={({ options: all }) => all} // the API searched already
      error={error}
      comboboxProps={{ withinPortal: true }}
      clearButtonProps={{ 'aria-label': t('relativePicker.clear') }}
    />
  );
}
