import { Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ProgrammeDetailsDocument, type ProgrammeDetailsQuery } from '@bridgeway/web-graphql';
import { FormDialog, PageHeader, QueryState, todayIsoDate } from '@bridgeway/web-components';
import { usePageTitle } from '@bridgeway/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProgrammeAccess } from '../shared/roles';
import { StatusBadge } from '../shared/status-badge';
import { AttendanceHistorySection } from './attendance-history-section';
import { EditLeadersForm } from './edit-leaders-form';
import { MeetingsSection } from './meetings-section';
import { ParticipantsSection } from './participants-section';
import { ProgrammeFacts } from './programme-facts';

export type ProgrammeDetails = NonNullable<ProgrammeDetailsQuery['programme']>;

/** One programme: what it is, when it meets, its meetings, participants and attendance over time. */
export function ProgrammePage() {
  const { programmeId = '' } = useParams();
  // "Today" as of opening the page: the recent meetings are the newest up to it.
  const [today] = useState(() => todayIsoDate());
  const { data, loading, error, refetch } = useQuery(ProgrammeDetailsDocument, {
    variables: { id: programmeId, today },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
      {(result) => (result.programme ? <Programme programme={result.programme} /> : <ProgrammeNotFound />)}
    </QueryState>
  );
}

function Programme({ programme }: { programme: ProgrammeDetails }) {
  const { t } = useTranslation('programmes');
  const access = useProgrammeAccess();
  const leads = access.leads(programme.leaders);
  const [editingLeaders, setEditingLeaders] = useState(false);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/programmes" size="sm">
          {t('backToProgrammes')}
        </Anchor>
        <PageHeader
          title={programme.name}
          description={t(`kind.${programme.kind}`)}
          actions={
            <Group gap="sm">
              <StatusBadge status={programme.status} />
              {access.manager && (
                <Button size="xs" variant="light" onClick={() => setEditingLeaders(true)}>
                  {t('leaders.edit')}
                </Button>
              )}
            </Group>
          }
        />
      </Stack>
      {access.manager && (
        <FormDialog
          opened={editingLeaders}
          onClose={() => setEditingLeaders(false)}
          title={t('leaders.editTitle', { name: programme.name })}
        >
          <EditLeadersForm programme={programme} onDone={() => setEditingLeaders(false)} />
        </FormDialog>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <MeetingsSection
              programme={programme}
              canPlan={access.manager || leads}
              canTakeAttendance={access.caseWorker || leads}
            />
            <ParticipantsSection
              programmeId={programme.id}
              training={programme.kind === 'COURSE' || programme.kind === 'SEMINAR'}
              caseWorker={access.caseWorker}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <ProgrammeFacts programme={programme} />
            <AttendanceHistorySection programme={programme} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ProgrammeNotFound() {
  const { t } = useTranslation('programmes');
  usePageTitle(t('notFound.title'));
  return (
    <Stack gap="sm">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Anchor component={Link} to="/programmes">
        {t('backToProgrammes')}
      </Anchor>
    </Stack>
  );
}
