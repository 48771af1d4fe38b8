import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { FollowUpStatus } from '@bridgeway/shared-domain';
import { GriefFollowUpsDocument, type FollowUpStatus as FollowUpStatusValue } from '@bridgeway/web-graphql';
import { DepartmentFilter, FormDialog, QueryState, SectionCard } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowUpCard } from './follow-up-card';
import { StartFollowUpForm } from './start-follow-up-form';

const followUpStatuses = Object.values(FollowUpStatus);
/** The plans shown at once; the API's page maximum. */
const followUpListSize = 200;

/** Grief follow-ups of bereaved relatives (managers and counsellors): the plans, and starting one. */
export function GriefFollowUpsSection({ departmentId: ownDepartmentId }: { departmentId: string | null }) {
  const { t } = useTranslation('helpline');
  const [status, setStatus] = useState<FollowUpStatusValue | ''>(FollowUpStatus.ACTIVE);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [started, setStarted] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(GriefFollowUpsDocument, {
    variables: { status: status || null, departmentId, first: followUpListSize },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  return (
    <SectionCard
      title={t('grief.title')}
      actions={
        <Button
          onClick={() => {
            setStarted(false);
            setStarting(true);
          }}
        >
          {t('grief.start')}
        </Button>
      }
    >
      <Stack gap="md">
        <Text size="sm" c="gray.7">
          {t('grief.description')}
        </Text>
        <Group gap="sm" align="flex-start">
          <NativeSelect
            label={t('grief.statusFilter')}
            maw={220}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as FollowUpStatusValue | '')}
          >
            {followUpStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`followUpStatus.${value}`)}
              </option>
            ))}
            <option value="">{t('grief.allStatuses')}</option>
          </NativeSelect>
          <DepartmentFilter value={departmentId} onChange={setDepartmentId} />
        </Group>
        <Text role="status" size="sm" c="teal.9">
          {started ? t('grief.started') : ''}
        </Text>
        <QueryState data={shown} loading={loading} error={error} onRetry={() => void refetch()}>
          {({ griefFollowUps: followUps }) =>
            followUps.length === 0 ? (
              <Text c="gray.7">{t('grief.empty')}</Text>
            ) : (
              <Stack gap="sm" aria-busy={loading}>
                {followUps.map((followUp) => (
                  <FollowUpCard key={followUp.id} followUp={followUp} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
      <FormDialog opened={starting} onClose={() => setStarting(false)} title={t('grief.form.title')}>
        <StartFollowUpForm
          departmentId={ownDepartmentId}
          onStarted={() => {
            setStarting(false);
            setStarted(true);
          }}
          onCancel={() => setStarting(false)}
        />
      </FormDialog>
    </SectionCard>
  );
}
