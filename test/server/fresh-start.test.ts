import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The documents only: support/api.js would load the whole API into this process, which tests the built one.
import { graphql } from '../support/gql/index.js';
import type { TypedDocumentString } from '../support/gql/graphql.js';

/**
 * `npm start` on a machine with nothing set up: the built server (dist/, built by `npm test`)
 * starts its own embedded PostgreSQL in an empty data folder, migrates, loads the demo
 * organisations and serves; SIGTERM shuts everything down cleanly.
 */
const MAIN = path.resolve('dist/apps/api/src/main.js');
const SIGN_IN = graphql(`mutation FreshStartSignIn($input: LoginInput!) { login(input: $input) { accessToken user { email role } } }`);
const ME = graphql(`query FreshStartMe { me { email } }`);
const READY_TIMEOUT_MS = 60_000;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

describe('fresh start of the built server (embedded PostgreSQL)', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let output = '';
  let port: number;
  let postmaster: { pid: number; port: number } | undefined;

  type Answer<T> = { status: number; body: { data?: T | null; errors?: unknown[]; refused?: string } };
  const gql = async <T, V>(document: TypedDocumentString<T, V>, variables: V, token?: string): Promise<Answer<T>> => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: String(document), variables }),
    });
    return { status: res.status, body: (await res.json()) as Answer<T>['body'] };
  };
  const signIn = () => gql(SIGN_IN, { input: { email: 'manager.a@most.demo', password: 'bridgeway-demo' } });

  beforeAll(async () => {
    expect(existsSync(MAIN)).toBe(true); // run `node tools/build-api.mjs` (npm test does) first
    dataDir = await mkdtemp(path.join(tmpdir(), 'bridgeway-fresh-'));
    await chmod(dataDir, 0o755); // the embedded server may run as the `postgres` OS user
    port = await freePort();
    // Nothing configured, as on a new machine: no DATABASE_URL, no NODE_ENV, no JWT_SECRET.
    const { DATABASE_URL: _db, DATABASE_APP_URL: _app, NODE_ENV: _env, NODE_OPTIONS: _opts, JWT_SECRET: _jwt, ...env } = process.env;
    const started = performance.now();
    child = spawn(process.execPath, [MAIN], { cwd: process.cwd(), env: { ...env, BRIDGEWAY_DATA_DIR: dataDir, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    exited = new Promise((resolve) => child!.once('exit', (code, signal) => resolve({ code, signal })));
    const ready = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "ready" line within ${READY_TIMEOUT_MS} ms:\n${output}`)), READY_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const line = /^Bridgeway is ready on .*$/m.exec(output);
        if (line) {
          clearTimeout(timer);
          resolve(line[0]);
        }
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`server exited (code ${code}, signal ${signal}) before ready:\n${output}`));
      });
    });
    const line = await ready;
    console.log(`fresh start: spawn → ready in ${Math.round(performance.now() - started)} ms (server says: "${line}")`);
    const pid = (await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n');
    postmaster = { pid: Number(pid[0]), port: Number(pid[3]) };
  }, READY_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    // Only if the server failed to stop it: the embedded cluster it started from this data folder.
    if (postmaster && alive(postmaster.pid)) process.kill(postmaster.pid, 'SIGINT');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('runs its own PostgreSQL from the data folder', async () => {
    expect(postmaster!.pid).toBeGreaterThan(0);
    expect(await listening(postmaster!.port)).toBe(true);
  });

  it('reports healthy with the database up', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('lets a demo account sign in', async () => {
    const login = await signIn();
    expect(login.status).toBe(200);
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data?.login.user).toEqual({ email: 'manager.a@most.demo', role: 'MANAGER' });
    const me = await gql(ME, {}, login.body.data?.login.accessToken);
    expect(me.body).toEqual({ data: { me: { email: 'manager.a@most.demo' } } });
  });

  it('stops on SIGTERM with exit code 0, finishing requests in flight, and takes its PostgreSQL down with it', async () => {
    // Sign-ins take tens of milliseconds (argon2id): several are still running when the signal lands.
    const inFlight = Array.from({ length: 6 }, () => signIn().catch((error: Error): Answer<never> => ({ status: 0, body: { refused: String((error.cause as Error)?.message ?? error) } })));
    await new Promise((resolve) => setTimeout(resolve, 25));
    const stopping = performance.now();
    child!.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    // A request may be refused at the door once closing started, but none that got in may fail half-way.
    expect(answers.filter((a) => a.status !== 0 && !a.body.data?.login?.accessToken)).toEqual([]);
    expect(answers.some((a) => a.body.data?.login?.accessToken)).toBe(true);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
    const result = await Promise.race([exited, timeout]);
    console.log(`fresh start: SIGTERM → exit in ${Math.round(performance.now() - stopping)} ms`);
    expect(result).toEqual({ code: 0, signal: null });
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(alive(postmaster!.pid)).toBe(false);
    expect(await listening(postmaster!.port)).toBe(false);
    expect(await listening(port)).toBe(false);
  }, 20_000);
});
