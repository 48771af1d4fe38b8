import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  opened: boolean;
  onClose(): void;
  title: string;
  children: ReactNode;
}

/** A modal dialog for a short form: titled, focus kept inside, a named close button, Escape closes. */
export function FormDialog({ opened, onClose, title, children }: FormDialogProps) {
  const { t } = useTranslation('components');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {children}
    </Modal>
  );
}
