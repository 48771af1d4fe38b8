import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSessionStore } from '@bridgeway/web-auth';

export function SignOutButton() {
  const { t } = useTranslation();
  const session = useSessionStore();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  return (
    <Button
      variant="default"
      // On a 390 px phone the header is full: the brand may shrink, this label must stay whole.
      style={{ flexShrink: 0 }}
      loading={signingOut}
      onClick={async () => {
        setSigningOut(true);
        await session.signOut();
        navigate('/sign-in', { replace: true });
      }}
    >
      {t('session.signOut')}
    </Button>
  );
}
