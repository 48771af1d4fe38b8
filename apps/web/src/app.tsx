import { ApolloProvider } from '@apollo/client/react';
import { SessionProvider, type SessionStore } from '@bridgeway/web-auth';
import { ShellProviders } from '@bridgeway/web-shell';
import type { i18n as I18n } from 'i18next';
import { RouterProvider } from 'react-router/dom';
import type { createAppRouter } from './router';

export function App({
  i18n,
  session,
  router,
}: {
  i18n: I18n;
  session: SessionStore;
  router: ReturnType<typeof createAppRouter>;
}) {
  return (
    <ShellProviders i18n={i18n}>
      <ApolloProvider client={session.client}>
        <SessionProvider store={session}>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </ShellProviders>
  );
}
