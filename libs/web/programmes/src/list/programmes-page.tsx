import { Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ProgrammesListDocument } from '@bridgeway/web-graphql';
import { FormDialog, PageHeader, QueryState, SectionCard } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useProgrammeAccess } from '../shared/roles';
import { MyMeetings } from './my-meetings';
import { NewProgrammeForm } from './new-programme-form';
import { ProgrammeCards } from './programme-cards';
import { ProgrammeFilters, useProgrammeFilters } from './programme-filters';
import { ProgrammesTable } from './programmes-table';

/**
 * Groups, courses and meeting places. A group leader's start page: their next meetings (one tap
 * from taking attendance) and their programmes. Case workers filter all of them; managers add new ones.
 */
export function ProgrammesPage() {
  const { t } = useTranslation('programmes');
  const access = useProgrammeAccess();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={access.groupLeader ? t('list.leaderTitle') : t('list.title')}
        description={access.groupLeader ? t('list.leaderDescription') : t('list.description')}
        actions={access.manager && <Button onClick={() => setCreating(true)}>{t('form.open')}</Button>}
      />
      <MyMeetings always={access.groupLeader} />
      {access.groupLeader ? <LeaderProgrammes /> : <AllProgrammes />}
      <FormDialog opened={creating} onClose={() => setCreating(false)} title={t('form.title')}>
        <NewProgrammeForm
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/programmes/${id}`);
          }}
        />
      </FormDialog>
    </Stack>
  );
}

/** A group leader's own programmes (the API gives them no others). */
function LeaderProgrammes() {
  const { t } = useTranslation('programmes');
  const { data, loading, error, refetch } = useQuery(ProgrammesListDocument, {
    variables: { mine: true, status: 'ACTIVE' },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <SectionCard title={t('list.mine')}>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ programmes }) =>
          programmes.length === 0 ? (
            <Text c="gray.7">{t('list.noneMine')}</Text>
          ) : (
            <ProgrammeCards programmes={programmes} />
          )
        }
      </QueryState>
    </SectionCard>
  );
}

/** Every programme of the organisation, filtered by department, kind and status. */
function AllProgrammes() {
  const { t } = useTranslation('programmes');
  const [filters, setFilters] = useProgrammeFilters();
  const { data, previousData, loading, error, refetch } = useQuery(ProgrammesListDocument, {
    variables: { ...filters, mine: false },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return (
    <Stack gap="md">
      <ProgrammeFilters values={filters} onChange={setFilters} />
      <QueryState data={shown} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ programmes }) => (
          <div aria-busy={loading}>
            {programmes.length === 0 ? (
              <Text role="status">{t('list.noMatches')}</Text>
            ) : (
              <ProgrammesTable programmes={programmes} />
            )}
          </div>
        )}
      </QueryState>
    </Stack>
  );
}
