import { SessionStore } from '../src/session/session-store';

/** jsdom has no Response: just what Apollo's HttpLink and the test read of one. */
function response(status: number, body: string, contentType = 'text/plain'): Response {
  return { ok: status < 300, status, headers: new Headers({ 'content-type': contentType }), text: async () => body, json: async () => JSON.parse(body) } as Response;
}

interface Call {
  url: string;
  authorization: string | null;
}

/**
 * A stand-in server: /graphql answers the refresh with a new token; the file route accepts only
 * `Bearer fresh` (a stale token gets 401, as an expired access token does).
 */
function stubServer(calls: Call[]) {
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const authorization = new Headers(init?.headers).get('authorization');
    calls.push({ url, authorization });
    if (url.endsWith('/graphql')) {
      const user = { __typename: 'User', id: 'u1', email: 'a@b.c', displayName: 'A', role: 'MANAGER', organisation: { __typename: 'Organisation', id: 'o1', name: 'O' } };
      const token = calls.filter((c) => c.url.endsWith('/graphql')).length === 1 ? 'stale' : 'fresh';
      return response(200, JSON.stringify({ data: { refreshSession: { __typename: 'AuthPayload', accessToken: token, user } } }), 'application/json');
    }
    return authorization === 'Bearer fresh' ? response(200, 'file') : response(401, 'no');
  }) as typeof fetch;
}

describe('SessionStore.fetchWithSession', () => {
  const original = globalThis.fetch;
  afterEach(() => {
    // jsdom has no fetch of its own: put back what was there (nothing).
    globalThis.fetch = original;
  });

  it('sends the access token, and on a 401 refreshes the session once and retries', async () => {
    const calls: Call[] = [];
    stubServer(calls);
    const store = new SessionStore('/graphql');
    expect(await store.restore()).toBe(true);
    const response = await store.fetchWithSession('/api/exports/j1/file');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('file');
    expect(calls.map((c) => [c.url, c.authorization])).toEqual([
      ['/graphql', null],
      ['/api/exports/j1/file', 'Bearer stale'],
      ['/graphql', null],
      ['/api/exports/j1/file', 'Bearer fresh'],
    ]);
  });
});
