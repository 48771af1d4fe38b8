import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { MikroORM } from '@mikro-orm/core';
import { loadConfig, type ApiConfig } from '../../apps/api/src/config.js';
import { createApp } from '../../apps/api/src/create-app.js';
import type { OrmConfigOptions } from '@bridgeway/api-database';
import { graphql } from './gql/gql.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { appUrl } from './orm.js';
import { TEST_PASSWORD } from './tenants.js';

/** Tests write their operations as graphql(`…`), typed by test/codegen.ts (test/support/gql, generated). */
export { graphql };

/** `extensions` of an error as the API's contract names them (libs/api/common/src/errors.ts), plus any detail. */
export interface GqlErrorExtensions {
  code?: string;
  reason?: string;
  fields?: Record<string, string>;
  [detail: string]: unknown;
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: GqlErrorExtensions;
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
  status: number;
  setCookie: string[];
}

export interface GqlOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export interface TestApi {
  app: NestExpressApplication;
  config: ApiConfig;
  url: string;
  /**
   * Posts one operation. A typed document (`graphql(`…`)` from ./gql, see test/codegen.ts) types the
   * variables and the answer; a plain string is for what codegen cannot type (invalid or generated
   * queries, fields of test-only modules), its data `unknown` unless the caller names a type.
   */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResult<T>>;
  gql<T, V>(document: TypedDocumentString<T, V>, variables?: V, options?: GqlOptions): Promise<GqlResult<T>>;
  login(email: string, password?: string): Promise<{ token: string; cookie: string }>;
  close(): Promise<void>;
}

export const SIGN_IN = graphql(`mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken } }`);

/** Starts the real API (as the application role) on a free port. */
export async function startApi(env: Record<string, string> = {}, orm: Partial<OrmConfigOptions> = {}, extraModules: Type[] = []): Promise<TestApi> {
  const config = loadConfig({ NODE_ENV: 'test', BRIDGEWAY_WEB_DIR: '/nonexistent', ...env });
  const app = await createApp(config, appUrl(), orm, extraModules);
  await app.listen(0, '127.0.0.1');
  // Idle keep-alive sockets outlive the test client's (fetch keeps them 4 s): otherwise, on a loaded
  // machine, the server may close one just as the client reuses it (ECONNRESET, seen in CI).
  app.getHttpServer().keepAliveTimeout = 30_000;
  const address = app.getHttpServer().address() as import('node:net').AddressInfo;
  const url = `http://127.0.0.1:${address.port}`;
  const api: TestApi = {
    app,
    config,
    url,
    // A typed document is a String: sent as its text.
    async gql(query: string | TypedDocumentString<unknown, never>, variables?: unknown, options: GqlOptions = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query: String(query), variables }),
      });
      const body = (await res.json()) as Omit<GqlResult<never>, 'status' | 'setCookie'>;
      return { ...body, status: res.status, setCookie: res.headers.getSetCookie() };
    },
    async login(email, password = TEST_PASSWORD) {
      const result = await api.gql(SIGN_IN, { input: { email, password } });
      if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return { token: result.data.login.accessToken, cookie: cookieFrom(result.setCookie) };
    },
    close: () => app.close(),
  };
  return api;
}

/** The `name=value` part of the refresh cookie from Set-Cookie headers. */
export function cookieFrom(setCookie: string[]): string {
  const line = setCookie.find((c) => c.startsWith('bw_refresh='));
  return line ? line.split(';')[0] : '';
}

/**
 * An answer as a test reads it after `ok`: null left out of every field type. A test states what
 * it expects a field to hold, so a null where it expected a value fails there (at the assertion, or
 * reading a property of it) instead of every read needing `!`.
 */
export type Answer<T> = T extends readonly (infer E)[] ? Answer<E>[] : T extends object ? { [K in keyof T]: Answer<NonNullable<T[K]>> } : NonNullable<T>;

/** The data of a successful operation; fails the test with the errors otherwise. */
export function ok<T>(result: GqlResult<T>): Answer<T> {
  if (result.errors?.length || !result.data) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.data as Answer<T>;
}

/** The one error of a refused operation: its code, message, field messages (`{}` when none) and all extensions. */
export interface RefusedError {
  code: string | undefined;
  message: string;
  fields: Record<string, string>;
  extensions: GqlErrorExtensions;
}

/** The one error of a refused operation (fails the test unless there is exactly one). */
export function errorOf(result: GqlResult<unknown>): RefusedError {
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  const extensions = error.extensions ?? {};
  return { code: extensions.code, message: error.message, fields: extensions.fields ?? {}, extensions };
}

/** The one error of a refused operation, after checking its code. */
export function refused(result: GqlResult<unknown>, code: string): RefusedError {
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  return errorOf(result);
}

/** Runs `fn` and records every SQL statement the API sends meanwhile (BEGIN, set_config and COMMIT included). */
export async function withStatements<T>(api: TestApi, fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const logger = api.app.get(MikroORM).config.getLogger();
  const original = logger.logQuery;
  const statements: string[] = [];
  logger.logQuery = (context) => {
    statements.push(context.query ?? '');
    original.call(logger, context);
  };
  try {
    return { result: await fn(), statements };
  } finally {
    logger.logQuery = original;
  }
}

/** The SQL statements the API sends while `fn` runs. */
export async function statementsDuring(api: TestApi, fn: () => Promise<unknown>): Promise<string[]> {
  return (await withStatements(api, fn)).statements;
}
