import { Stack } from '@mantine/core';
import { FormDialog, PageHeader } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenPerson } from './erasure-draft';
import { ErasureRequestsSection } from './erasure-requests-section';
import { RecordRequestForm } from './record-request-form';
import { RetentionPolicySection } from './retention-policy-section';
import { RetentionReviewSection } from './retention-review-section';

/** The "record a request" dialog: empty, or for a person picked in the retention review. */
type Recording = { person: ChosenPerson | null } | null;

/** A manager's data protection page: erasure requests, the retention period, the retention review. */
export function DataProtectionPage() {
  const { t } = useTranslation('privacy');
  const [recording, setRecording] = useState<Recording>(null);
  const close = () => setRecording(null);
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <ErasureRequestsSection onRecord={() => setRecording({ person: null })} />
      <RetentionPolicySection />
      <RetentionReviewSection onStart={(person) => setRecording({ person })} />
      <FormDialog opened={!!recording} onClose={close} title={recording ? t('recordForm.title') : ''}>
        {recording && <RecordRequestForm person={recording.person} onSaved={close} onCancel={close} />}
      </FormDialog>
    </Stack>
  );
}
