import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { useSession } from '@bridgeway/web-auth';
import { HelplineMyDepartmentDocument } from '@bridgeway/web-graphql';
import { PageHeader } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { GriefFollowUpsSection } from './grief/grief-follow-ups-section';
import { HelplineLog } from './log/helpline-log';
import { QuickEntryForm } from './quick-entry/quick-entry-form';

/**
 * The relatives' helpline: the quick-entry form first (it is filled in during a call), the
 * contact log below; managers and counsellors also follow up bereaved relatives here.
 */
export function HelplinePage() {
  const { t } = useTranslation('helpline');
  const { user } = useSession();
  const caseWorker = CASE_WORKER_ROLES.some((role) => role === user?.role);
  // New contacts and plans are counted under the caller's department (if they have one).
  const { data } = useQuery(HelplineMyDepartmentDocument, { fetchPolicy: 'cache-first' });
  const departmentId = data?.me.department?.id ?? null;

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={caseWorker ? t('description') : t('descriptionGroupLeader')} />
      <QuickEntryForm canLinkRelative={caseWorker} departmentId={departmentId} />
      <HelplineLog caseWorker={caseWorker} />
      {caseWorker && <GriefFollowUpsSection departmentId={departmentId} />}
    </Stack>
  );
}
