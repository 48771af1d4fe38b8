import { ActorCache } from '@bridgeway/api-auth';
import { SIGN_IN, type GqlResult, type TestApi } from '../support/api.js';

/** Shared by the auth suites: a sign-in attempt, an answer's comparable shape, password hashes, waiting for NOTIFY. */
export const attemptLogin = (api: TestApi, email: string, password: string, headers?: Record<string, string>) => api.gql(SIGN_IN, { input: { email, password } }, { headers });

/** What a client can compare between two answers: status, message, code, reason and which extensions exist. */
export function answerShape({ status, errors }: GqlResult<unknown>) {
  const { stacktrace: _stack, ...extensions } = errors?.[0]?.extensions ?? {};
  return { status, count: errors?.length, message: errors?.[0]?.message, code: extensions.code, reason: extensions.reason, keys: Object.keys(extensions).sort() };
}

/** argon2id, version 19, 19 MiB, 2 iterations, 1 lane (OWASP's minimum). */
export const OWASP_ARGON2 = { algorithm: 'argon2id', v: 19, m: 19456, t: 2, p: 1 };

/** The parameters a PHC-format hash records (`$argon2id$v=19$m=…,p=…,t=…$salt$hash`; the library writes them in any order). */
export function argon2Params(hash: string) {
  const [, algorithm, version, params, salt, digest] = hash.split('$');
  if (!salt || !digest) throw new Error(`not a PHC hash: ${hash}`);
  const numbers = Object.fromEntries([version, ...params.split(',')].map((pair) => pair.split('=')).map(([k, v]) => [k, Number(v)]));
  return { algorithm, ...numbers };
}

/**
 * Runs a change made in the database by hand (as another instance or an administrator would) and
 * waits until this API instance has heard its notification, so the caller can assert on the very
 * next request. Without the wait the assertion would race the NOTIFY (a millisecond or so).
 */
export async function changeAndAwaitNotification(api: TestApi, change: () => Promise<unknown>): Promise<void> {
  const cache = api.app.get(ActorCache);
  const before = cache.epoch();
  await change();
  const until = Date.now() + 5_000;
  while (cache.epoch() === before) {
    if (Date.now() > until) throw new Error('The API never heard the actor-changed notification');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
