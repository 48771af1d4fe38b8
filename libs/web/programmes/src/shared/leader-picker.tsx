import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { LeaderCandidatesDocument } from '@bridgeway/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberKey, userKey } from './leader-choice';

interface LeaderPickerProps {
  value: string[];
  onChange(value: string[]): void;
  /** Names of leaders chosen before (e.g. the programme's current ones), shown before any search. */
  knownNames?: Readonly<Record<string, string>>;
  error?: string;
}

/**
 * Chooses a programme's leaders: staff who can lead (group leaders, counsellors, managers) and
 * volunteers. Staff come at once; volunteers are searched by name on the API (there may be many members).
 */
export function LeaderPicker({ value, onChange, knownNames = {}, error }: LeaderPickerProps) {
  const { t } = useTranslation('programmes');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Names of everyone chosen so far, so a chosen volunteer keeps its pill when a new search drops them.
  const [names, setNames] = useState<Record<string, string>>(knownNames);
  const { data, previousData } = useQuery(LeaderCandidatesDocument, {
    variables: { search: debounced || null },
  });
  const shown = data ?? previousData;
  const staff = (shown?.staff ?? []).map((user) => ({ value: userKey(user.id), label: user.displayName }));
  const volunteers = (shown?.members ?? [])
    .filter((member) => member.kind === 'VOLUNTEER')
    .map((member) => ({ value: memberKey(member.id), label: `${member.firstName} ${member.lastName}` }));
  const listed = new Set<string>([...staff, ...volunteers].map((option) => option.value));
  const chosenElsewhere = value
    .filter((key) => !listed.has(key))
    .map((key) => ({ value: key, label: names[key] ?? t('leaders.unknown') }));
  const byGroup = [
    { group: t('leaders.staff'), items: [...staff, ...chosenElsewhere.filter((o) => o.value.startsWith('user:'))] },
    {
      group: t('leaders.volunteers'),
      items: [...volunteers, ...chosenElsewhere.filter((o) => o.value.startsWith('member:'))],
    },
  ].filter((group) => group.items.length > 0);

  const change = (next: string[]) => {
    const labels = Object.fromEntries([...staff, ...volunteers].map((option) => [option.value, option.label]));
    const picked = next.filter((key) => labels[key]).map((key) => [key, labels[key]]);
    setNames((current) => ({ ...current, ...Object.fromEntries(picked) }));
    onChange(next);
  };

  return (
    <MultiSelect
      label={t('leaders.label')}
      description={t('leaders.description')}
      placeholder={value.length ? undefined : t('leaders.placeholder')}
      searchable
      data={byGroup}
      value={value}
      onChange={change}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('leaders.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
