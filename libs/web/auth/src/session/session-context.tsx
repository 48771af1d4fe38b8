import type { Role } from '@bridgeway/web-graphql';
import { createContext, use, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionState, SessionStore } from './session-store';

const SessionContext = createContext<SessionStore | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext value={store}>{children}</SessionContext>;
}

export function useSessionStore(): SessionStore {
  const store = use(SessionContext);
  if (!store) throw new Error('useSessionStore must be used inside <SessionProvider>');
  return store;
}

/** The current session state; re-renders on sign-in, expiry and sign-out. */
export function useSession(): SessionState {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/**
 * fetch() for the API's HTTP routes with the session's access token (SessionStore.fetchWithSession).
 * Outside a SessionProvider (component tests of pages) it is plain fetch, which the API refuses.
 */
export function useSessionFetch(): (url: string, init?: RequestInit) => Promise<Response> {
  const store = use(SessionContext);
  return store ? store.fetchWithSession : (url, init) => fetch(url, init);
}

const noSubscription = () => () => undefined;
const noSession = () => null;

/**
 * The signed-in person's role, or null: signed out, or outside a SessionProvider (component tests of
 * pages). For what a page offers (a link only some roles can follow), never for access: the API decides.
 */
export function useSessionRole(): Role | null {
  const store = use(SessionContext);
  const state = useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? noSession);
  return state?.user?.role ?? null;
}
