import { lazy } from 'react';

export { SessionStore, type SessionState, type SessionStatus, type SessionUser } from './session/session-store';
export { SessionProvider, useSession, useSessionFetch, useSessionRole, useSessionStore } from './session/session-context';
export { RequireSession } from './guards/require-session';
export { RequireRole } from './guards/require-role';

// Loaded on demand, each in its own chunk.
export const SessionExpiredDialog = lazy(() =>
  import('./session/session-expired-dialog').then((m) => ({ default: m.SessionExpiredDialog })),
);

/** The sign-in page's code, loaded on demand; its texts are the `auth` namespace (the app loads both together). */
export const loadSignInPage = () => import('./sign-in/sign-in-page').then((m) => m.SignInPage);

/** The signed-in user's "Two-step sign-in" page (texts: `auth`), loaded on demand; the app routes it (apps/web). */
export const loadSecurityPage = () => import('./mfa/security-page').then((m) => m.SecurityPage);
