import { lazy } from 'react';

export { SessionStore, type SessionState, type SessionStatus, type SessionUser } from './session/session-store';
export { SessionProvider, useSession, useSessionStore } from './session/session-context';
export { RequireSession } from './guards/require-session';
export { RequireRole } from './guards/require-role';

// Loaded on demand, each in its own chunk.
export const SessionExpiredDialog = lazy(() =>
  import('./session/session-expired-dialog').then((m) => ({ default: m.SessionExpiredDialog })),
);
export const SignInPage = lazy(() => import('./sign-in/sign-in-page').then((m) => ({ default: m.SignInPage })));
