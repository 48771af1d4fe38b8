import { PageLoader } from '@bridgeway/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session/session-context';

/** Renders its children for a signed-in (or just-expired) session; otherwise sends the person to sign in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();

  if (status === 'restoring') return <PageLoader label={t('session.restoring')} />;
  if (status === 'signedOut') {
    const returnTo = `${location.pathname}${location.search}`;
    const query = returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
    return <Navigate to={`/sign-in${query}`} replace />;
  }
  return children;
}
