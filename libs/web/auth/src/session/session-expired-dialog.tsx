import { Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SignInSteps } from '../sign-in/sign-in-steps';
import { useSession, useSessionStore } from './session-context';

/**
 * Asks for the password again when the session could not be refreshed. The
 * page underneath stays mounted, so whatever was typed there is kept.
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const { status, user } = useSession();
  const session = useSessionStore();
  const navigate = useNavigate();

  return (
    <Modal
      opened={status === 'expired'}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('session.expired.title')}
      overlayProps={{ backgroundOpacity: 0.6, blur: 4 }}
      centered
    >
      <Stack gap="md">
        <Text>{t('session.expired.body')}</Text>
        <SignInSteps
          initialEmail={user?.email}
          onSignedIn={({ switchedUser }) => {
            if (switchedUser) navigate('/', { replace: true });
          }}
        />
        <Button
          variant="subtle"
          onClick={async () => {
            await session.signOut();
            navigate('/sign-in', { replace: true });
          }}
        >
          {t('session.signOut')}
        </Button>
      </Stack>
    </Modal>
  );
}
