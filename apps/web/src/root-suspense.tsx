import { PageLoader } from '@bridgeway/web-ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

/** Shows a loader while a lazily loaded layout's code arrives. */
export function RootSuspense() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<PageLoader label={t('app.loading')} />}>
      <Outlet />
    </Suspense>
  );
}
