import type { ApolloClient } from '@apollo/client';
import {
  RefreshSessionDocument,
  SignInDocument,
  SignOutDocument,
  createApolloClient,
  isUnauthenticatedError,
  sessionOperationContext,
  type SessionUserFragment,
} from '@bridgeway/web-graphql';
import { openSessionChannel, withCrossTabLock, type SessionBroadcast } from './cross-tab';

export type SessionUser = SessionUserFragment;

/**
 * restoring: checking the refresh cookie on app load.
 * signedIn:  an access token is held in memory.
 * expired:   was signed in, the session could not be refreshed; the page stays
 *            (so typed input is kept) and the person is asked to sign in again.
 * signedOut: no session.
 */
export type SessionStatus = 'restoring' | 'signedIn' | 'expired' | 'signedOut';

export interface SessionState {
  readonly status: SessionStatus;
  /** The signed-in person; kept while `expired` to prefill the email. */
  readonly user: SessionUser | null;
}

export interface SignInResult {
  /** True when someone other than the previous (expired) user signed in: their data was cleared. */
  readonly switchedUser: boolean;
}

export interface AuthPayload {
  accessToken: string;
  user: SessionUser;
}

/**
 * The session: the access token (memory only, never storage), the current
 * user, and the Apollo client that sends the token. The refresh token is an
 * httpOnly cookie the browser sends to /graphql on its own.
 */
export class SessionStore {
  readonly client: ApolloClient;
  #accessToken: string | null = null;
  #state: SessionState = { status: 'restoring', user: null };
  readonly #listeners = new Set<() => void>();
  #refreshInFlight: Promise<boolean> | null = null;
  #restoring: Promise<boolean> | null = null;
  #signingOut = false;
  readonly #broadcast: (message: SessionBroadcast) => void;

  constructor(graphqlUri = '/graphql') {
    this.client = createApolloClient(
      { getAccessToken: () => this.#accessToken, refreshAccessToken: () => this.refresh() },
      graphqlUri,
    );
    this.#broadcast = openSessionChannel((message) => this.#onOtherTab(message));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionState => this.#state;

  /** Restores a session from the refresh cookie, silently; runs once per page load. */
  restore(): Promise<boolean> {
    this.#restoring ??= this.refresh();
    return this.#restoring;
  }

  /** Gets a new access token; concurrent callers share one request. True on success. */
  refresh(): Promise<boolean> {
    this.#refreshInFlight ??= withCrossTabLock('bridgeway:refresh-session', () => this.#requestRefresh()).finally(
      () => {
        this.#refreshInFlight = null;
      },
    );
    return this.#refreshInFlight;
  }

  /**
   * fetch() with the access token the Apollo client sends (`Authorization: Bearer`), for the
   * API's plain HTTP routes (export downloads). A 401 refreshes the session once and retries.
   */
  readonly fetchWithSession = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const send = () => {
      const headers = new Headers(init.headers);
      if (this.#accessToken) headers.set('authorization', `Bearer ${this.#accessToken}`);
      return fetch(url, { ...init, headers, credentials: 'same-origin' });
    };
    const response = await send();
    if (response.status !== 401 || !(await this.refresh())) return response;
    return send();
  };

  /** Signs in; rejects with the API error for the form to explain. */
  async signIn(email: string, password: string): Promise<SignInResult> {
    const { data } = await this.client.mutate({
      mutation: SignInDocument,
      variables: { input: { email, password } },
      context: sessionOperationContext,
      fetchPolicy: 'no-cache',
    });
    if (!data) throw new Error('Sign-in returned no data');
    return this.acceptSignIn(data.login);
  }

  /**
   * Starts the session a sign-in step answered with: the password alone, or the second factor
   * after a challenge (mfa/mfa-sign-in.ts), which then sets the refresh cookie the same way.
   */
  async acceptSignIn(payload: AuthPayload): Promise<SignInResult> {
    const previous = this.#state;
    const switchedUser = previous.user !== null && previous.user.id !== payload.user.id;
    if (switchedUser) await this.client.clearStore();
    this.#startSession(payload);
    this.#broadcast('signedIn');
    if (previous.status === 'expired' && !switchedUser) void this.client.refetchObservableQueries();
    return { switchedUser };
  }

  /**
   * Revokes the refresh token family on the server and forgets everything held
   * locally. Goes through refresh-and-retry, so an expired access token does
   * not leave the refresh cookie valid behind the person's back.
   */
  async signOut(): Promise<void> {
    this.#signingOut = true;
    try {
      await this.client.mutate({ mutation: SignOutDocument, fetchPolicy: 'no-cache' });
    } catch {
      // Offline or already revoked: still sign out here.
    } finally {
      this.#signingOut = false;
    }
    await this.#forget();
    this.#broadcast('signedOut');
  }

  async #requestRefresh(): Promise<boolean> {
    try {
      const { data } = await this.client.mutate({
        mutation: RefreshSessionDocument,
        context: sessionOperationContext,
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('Session refresh returned no data');
      if (this.#state.user && this.#state.user.id !== data.refreshSession.user.id) await this.client.clearStore();
      this.#startSession(data.refreshSession);
      return true;
    } catch (error) {
      const { status } = this.#state;
      if (status === 'restoring') {
        this.#setState({ status: 'signedOut', user: null });
      } else if (status === 'signedIn' && !this.#signingOut && isUnauthenticatedError(error)) {
        // The refresh token is gone (expired or revoked). A network failure
        // leaves the session as it is: the failed operation reports it.
        this.#accessToken = null;
        this.#setState({ status: 'expired', user: this.#state.user });
      }
      return false;
    }
  }

  #startSession({ accessToken, user }: AuthPayload): void {
    this.#accessToken = accessToken;
    this.#setState({ status: 'signedIn', user });
  }

  async #forget(): Promise<void> {
    this.#accessToken = null;
    this.#setState({ status: 'signedOut', user: null });
    await this.client.clearStore();
  }

  #onOtherTab(message: SessionBroadcast): void {
    const { status } = this.#state;
    if (message === 'signedOut' && status !== 'signedOut') void this.#forget();
    if (message === 'signedIn' && (status === 'expired' || status === 'signedOut')) void this.refresh();
  }

  #setState(state: SessionState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}
