import { Button } from '@mantine/core';
import { useSession } from '@bridgeway/web-auth';
import { FormDialog } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NewResidentForm } from './new-resident-form';

/** "New resident" on the caseload: the form in a dialog; the new case file opens when saved. */
export function NewResidentButton() {
  const { t } = useTranslation('caseload');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('newResident.open')}</Button>
      <FormDialog opened={open} onClose={() => setOpen(false)} title={t('newResident.title')}>
        {open && <SignedInNewResidentForm onClose={() => setOpen(false)} />}
      </FormDialog>
    </>
  );
}

/** Reads the session only once the dialog is open (the caseload itself needs none). */
function SignedInNewResidentForm({ onClose }: { onClose(): void }) {
  const navigate = useNavigate();
  const { user } = useSession();
  return (
    <NewResidentForm
      myUserId={user?.id ?? null}
      onCreated={(residentId) => {
        onClose();
        void navigate(`/residents/${residentId}`);
      }}
      onCancel={onClose}
    />
  );
}
