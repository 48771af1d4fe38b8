import { Modal } from '@mantine/core';
import { useState, type ReactNode } from 'react';
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
  // Callers often clear the title with the state that closes the dialog; the dialog fades out for a
  // moment after that and must keep its name meanwhile (an unnamed dialog fails WCAG; axe saw it).
  const [shownTitle, setShownTitle] = useState(title);
  if (title && title !== shownTitle) setShownTitle(title);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title || shownTitle}
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {children}
    </Modal>
  );
}
