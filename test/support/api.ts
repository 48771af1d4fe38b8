import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type ApiConfig } from '../../apps/api/src/config.js';
import { createApp } from '../../apps/api/src/create-app.js';
import type { OrmConfigOptions } from '@bridgeway/api-database';
import { appUrl } from './orm.js';
import { TEST_PASSWORD } from './tenants.js';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
  status: number;
  setCookie: string[];
}

export interface TestApi {
  app: NestExpressApplication;
  config: ApiConfig;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { token?: string; cookie?: string; headers?: Record<string, string> }): Promise<GqlResult<T>>;
  login(email: string, password?: string): Promise<{ token: string; cookie: string }>;
  close(): Promise<void>;
}

/** Starts the real API (as the application role) on a free port. */
export async function startApi(env: Record<string, string> = {}, orm: Partial<OrmConfigOptions> = {}, extraModules: Type[] = []): Promise<TestApi> {
  const config = loadConfig({ NODE_ENV: 'test', BRIDGEWAY_WEB_DIR: '/nonexistent', ...env });
  const app = await createApp(config, appUrl(), orm, extraModules);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as import("node:net").AddressInfo;
  const url = `http://127.0.0.1:${address.port}`;
  const api: TestApi = {
    app,
    config,
    url,
    async gql(query, variables, options = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return { ...body, status: res.status, setCookie: res.headers.getSetCookie() };
    },
    async login(email, password = TEST_PASSWORD) {
      const result = await api.gql<{ login: { accessToken: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email, password } },
      );
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
