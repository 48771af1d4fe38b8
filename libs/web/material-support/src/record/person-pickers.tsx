import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { HandoutRelativeSearchDocument, HandoutResidentSearchDocument } from '@bridgeway/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PickerProps {
  value: string;
  onChange(id: string): void;
  error?: string;
}

interface Person {
  id: string;
  firstName: string;
  lastName: string;
}

const searchSize = 20;

/** A search is asked from two letters on: the list finds someone, it is not for browsing. */
function useSearch() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  return { search, setSearch, debounced, skip: debounced.length < 2 };
}

/** Finds a resident of the organisation by name. */
export function ResidentPicker(props: PickerProps) {
  const { t } = useTranslation('material-support');
  const { search, setSearch, debounced, skip } = useSearch();
  const { data, previousData, loading } = useQuery(HandoutResidentSearchDocument, {
    variables: { search: debounced, first: searchSize },
    skip,
  });
  const people = skip ? [] : ((data ?? previousData)?.residents.edges.map((edge) => edge.node) ?? []);
  return (
    <PersonSelect
      {...props}
      label={t('record.resident')}
      people={people}
      search={search}
      onSearchChange={setSearch}
      nothingFound={skip ? t('picker.typeMore') : loading ? t('app.loading') : t('picker.noResident')}
    />
  );
}

/** Finds a relative of the organisation by name. */
export function RelativePicker(props: PickerProps) {
  const { t } = useTranslation('material-support');
  const { search, setSearch, debounced, skip } = useSearch();
  const { data, previousData, loading } = useQuery(HandoutRelativeSearchDocument, {
    variables: { search: debounced, first: searchSize },
    skip,
  });
  const people = skip ? [] : ((data ?? previousData)?.relatives ?? []);
  return (
    <PersonSelect
      {...props}
      label={t('record.relative')}
      people={people}
      search={search}
      onSearchChange={setSearch}
      nothingFound={skip ? t('picker.typeMore') : loading ? t('app.loading') : t('picker.noRelative')}
    />
  );
}

interface PersonSelectProps extends PickerProps {
  label: string;
  people: readonly Person[];
  search: string;
  onSearchChange(search: string): void;
  nothingFound: string;
}

function PersonSelect({
  label,
  people,
  search,
  onSearchChange,
  nothingFound,
  value,
  onChange,
  error,
}: PersonSelectProps) {
  const { t } = useTranslation('material-support');
  return (
    <Select
      label={label}
      placeholder={t('picker.placeholder')}
      searchable
      required
      withAsterisk
      data={people.map((person) => ({ value: person.id, label: `${person.firstName} ${person.lastName}` }))}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchValue={search}
      onSearchChange={onSearchChange}
      nothingFoundMessage={nothingFound}
      filter={({ options }) => options} // the API searched already
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
