import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { useSession } from '@bridgeway/web-auth';
import { HandoutMyDepartmentDocument } from '@bridgeway/web-graphql';
import { PageHeader } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { HandoutLog } from './log/handout-log';
import { RecordHandoutForm } from './record/record-handout-form';

/** Material support: record a handout (food parcel, clothing …), and the log of handouts. */
export function MaterialSupportPage() {
  const { t } = useTranslation('material-support');
  const { user } = useSession();
  const caseWorker = CASE_WORKER_ROLES.some((role) => role === user?.role);
  const { data } = useQuery(HandoutMyDepartmentDocument, { fetchPolicy: 'cache-first' });
  const departmentId = data?.me.department?.id ?? null;

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={caseWorker ? t('description') : t('descriptionGroupLeader')} />
      <RecordHandoutForm caseWorker={caseWorker} departmentId={departmentId} />
      <HandoutLog caseWorker={caseWorker} />
    </Stack>
  );
}
