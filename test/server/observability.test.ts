import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort } from '@bridgeway/api-database';

/**
 * The built server's own log of a working session: one JSON line per API request with request id,
 * tenant, user, operation, duration and outcome — and no person's name, note or contact detail
 * anywhere in the whole output. /metrics is Prometheus text, and not public.
 */
const MAIN = path.resolve('dist/apps/api/src/main.js');
const TOKEN = 'metrics-test-token-9f3b1c';
const UNIQUE = { first: 'Quennevilla', last: 'Zdravkovska', email: 'quennevilla.zdravkovska@example.org', note: 'Sleeps badly since the funeral of an uncle in Borgund' };

type Json = Record<string, unknown>;

describe('structured logs and metrics of the built server', () => {
  let dataDir: string;
  let port: number;
  let server: ChildProcess;
  let stdout = '';
  let stderr = '';
  const seenPeople = new Set<string>();

  const gql = async (query: string, variables: Json = {}, token?: string, operationName?: string) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return (await res.json()) as { data?: Json; errors?: { extensions?: { code?: string } }[] };
  };
  const signIn = async (email: string, password = 'bridgeway-demo') =>
    ((await gql(`mutation ObsSignIn($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password } })).data?.login as { accessToken: string } | undefined)?.accessToken;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'bridgeway-logs-'));
    await chmod(dataDir, 0o755);
    port = await findFreePort();
    const { DATABASE_URL: _db, DATABASE_APP_URL: _app, NODE_OPTIONS: _opts, ...env } = process.env;
    server = spawn(process.execPath, [MAIN], {
      env: { ...env, BRIDGEWAY_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', METRICS_TOKEN: TOKEN, LOGIN_THROTTLE_LIMIT: '1000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    for (let waited = 0; !/Bridgeway is ready on/.test(stdout); waited += 100) {
      if (waited > 90_000 || server.exitCode !== null) throw new Error(`server not ready:\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // A counsellor's morning: the caseload, a case file with notes, a new resident, a session, a mistake.
    const token = await signIn('counsellor.a@most.demo');
    await signIn('counsellor.a@most.demo', 'not-the-password');
    const caseload = await gql(`query ObsCaseload { residents(first: 50) { edges { node { id firstName lastName email phone } } } }`, {}, token);
    const residents = (caseload.data?.residents as { edges: { node: { id: string; firstName: string; lastName: string; email: string | null; phone: string | null } }[] }).edges.map((e) => e.node);
    for (const r of residents) [r.firstName, r.lastName, r.email, r.phone].forEach((v) => v && v.length >= 4 && seenPeople.add(v));
    const file = await gql(`query ObsCaseFile($id: ID!) { resident(id: $id) { firstName counsellingSessions(first: 20) { notes } } }`, { id: residents[0]?.id }, token);
    for (const session of (file.data?.resident as { counsellingSessions: { notes: string | null }[] }).counsellingSessions) {
      if (session.notes && session.notes.length >= 12) seenPeople.add(session.notes);
    }
    const created = await gql(
      `mutation ObsNewResident($input: CreateResidentInput!) { createResident(input: $input) { id } }`,
      { input: { firstName: UNIQUE.first, lastName: UNIQUE.last, email: UNIQUE.email, intakeDate: '2026-11-02' } },
      token,
    );
    const newId = (created.data?.createResident as { id: string }).id;
    await gql(
      `mutation ObsLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }`,
      { input: { residentId: newId, occurredOn: '2026-11-20', durationMinutes: 45, kind: 'INDIVIDUAL', notes: UNIQUE.note } },
      token,
    );
    await gql(`mutation ObsNewResident($input: CreateResidentInput!) { createResident(input: $input) { id } }`, { input: { firstName: UNIQUE.first, lastName: '' } }, token);
    Object.values(UNIQUE).forEach((value) => seenPeople.add(value));
  }, 150_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps /metrics from the public and serves Prometheus text with the token', async () => {
    const url = `http://127.0.0.1:${port}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^bridgeway_request_duration_seconds_count\{operation="ObsCaseload",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^bridgeway_request_duration_seconds_count\{operation="ObsNewResident",outcome="BAD_USER_INPUT"\} 1$/m);
    expect(text).toMatch(/^bridgeway_graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/m);
    expect(text).toMatch(/^bridgeway_db_pool_connections\{state="in_use"\} \d+$/m);
    expect(text).toMatch(/^bridgeway_db_pool_connections\{state="waiting"\} \d+$/m);
    for (const person of seenPeople) expect({ person, inMetrics: text.includes(person) }).toEqual({ person, inMetrics: false });
  });

  it('logs each API request as one JSON line with request id, tenant, user, operation, duration and outcome', () => {
    const lines = stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Json);
    const requests = lines.filter((line) => line.msg === 'request completed' || line.msg === 'request failed');
    const byOperation = new Map(requests.map((line) => [line.operation, line]));
    expect(byOperation.get('ObsCaseload')).toEqual(
      expect.objectContaining({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), tenantId: expect.any(String), userId: expect.any(String), outcome: 'ok', durationMs: expect.any(Number) }),
    );
    expect(byOperation.get('ObsLogSession')).toEqual(expect.objectContaining({ outcome: 'ok', tenantId: expect.any(String) }));
    expect(requests.filter((line) => line.operation === 'ObsNewResident').map((line) => line.outcome)).toEqual(['ok', 'BAD_USER_INPUT']);
    expect(requests.filter((line) => line.operation === 'ObsSignIn').map((line) => line.outcome)).toEqual(['ok', 'UNAUTHENTICATED']);
  });

  it('writes no name, note, e-mail or phone number of anyone anywhere in its output', () => {
    expect(seenPeople.size).toBeGreaterThan(20);
    const output = `${stdout}\n${stderr}`;
    const leaked = [...seenPeople].filter((value) => output.includes(value));
    expect(leaked).toEqual([]);
  });
});
