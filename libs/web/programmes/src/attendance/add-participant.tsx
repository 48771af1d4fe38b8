import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { ParticipantSearchDocument, type ParticipantNameFragment } from '@bridgeway/web-graphql';
import { ProblemAlert, apiProblemFrom } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyOf } from './attendance-draft';

interface AddParticipantProps {
  programmeId: string;
  /** Already on the list: not offered again. */
  listed: ReadonlySet<string>;
  onAdd(participant: ParticipantNameFragment): void;
  /** The button text of a result, e.g. "Add" or "Enrol". */
  actionLabel?: (name: string) => string;
}

/** The API answers from 2 characters on. */
const minSearchLength = 2;

/** Finds someone not on the list by name (whom the API lets this person add) and adds them. */
export function AddParticipant({ programmeId, listed, onAdd, actionLabel }: AddParticipantProps) {
  const { t } = useTranslation('programmes');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const skip = debounced.length < minSearchLength;
  const { data, loading, error, refetch } = useQuery(ParticipantSearchDocument, {
    variables: { programmeId, search: debounced },
    skip,
    fetchPolicy: 'network-only',
  });
  const found = skip ? [] : (data?.participantSearch ?? []).filter((participant) => !listed.has(keyOf(participant)));
  const label = actionLabel ?? ((name: string) => t('attendance.add.add', { name }));

  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('attendance.add.label')}
        description={t('attendance.add.description')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        size="md"
      />
      {error && <ProblemAlert problem={apiProblemFrom(error)} onRetry={() => void refetch()} />}
      {!skip && !loading && !error && found.length === 0 && (
        <Text role="status" c="gray.7">
          {t('attendance.add.noMatches', { search: debounced })}
        </Text>
      )}
      {found.length > 0 && (
        <Stack
          component="ul"
          gap={4}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('attendance.add.results')}
        >
          {found.map((participant) => (
            <li key={keyOf(participant)}>
              <Button
                variant="light"
                fullWidth
                justify="flex-start"
                size="md"
                onClick={() => {
                  onAdd(participant);
                  setSearch('');
                }}
              >
                {label(participant.displayName)}
              </Button>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
