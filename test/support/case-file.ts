import { MikroORM } from '@mikro-orm/core';
import type { MikroORM as PgMikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { Role } from '@bridgeway/shared-domain';
import { startApi, type GqlResult, type TestApi } from './api.js';
import { ownerOrm } from './orm.js';
import { createTestTenant, type TestTenant } from './tenants.js';

/** Shared by the case-file suites (residences, residents, stays, relatives, and others under test/case-file). */

export type Tokens = Record<Role, string>;

export async function signInAll(api: TestApi, tenant: TestTenant): Promise<Tokens> {
  const tokens = {} as Tokens;
  for (const role of Object.values(Role)) tokens[role] = (await api.login(tenant.users[role].email)).token;
  return tokens;
}

/** What a case-file suite works with: the owner ORM, the API, two tenants and a token per role in each. */
export interface CaseFileSuite {
  owner: PgMikroORM;
  api: TestApi;
  a: TestTenant;
  b: TestTenant;
  ta: Tokens;
  tb: Tokens;
}

/**
 * Registers the usual beforeAll/afterAll of a case-file suite (call it inside `describe`): the owner ORM,
 * tenants `<label>-a` and `<label>-b`, the API started and every role of both tenants signed in.
 * Returns the handles, filled in once beforeAll has run; `ready` gets them at that point too.
 */
export function caseFileSuite(label: string, ready?: (suite: CaseFileSuite) => void): CaseFileSuite {
  const suite = {} as CaseFileSuite;
  beforeAll(async () => {
    suite.owner = await ownerOrm();
    suite.a = await createTestTenant(suite.owner, `${label}-a`);
    suite.b = await createTestTenant(suite.owner, `${label}-b`);
    suite.api = await startApi({ LOGIN_THROTTLE_LIMIT: '1000' });
    suite.ta = await signInAll(suite.api, suite.a);
    suite.tb = await signInAll(suite.api, suite.b);
    ready?.(suite);
  });
  afterAll(async () => {
    await suite.api?.close();
    await suite.owner?.close(true);
  });
  return suite;
}

/** The data of a successful operation; fails the test with the errors otherwise. */
export function ok<T = Record<string, any>>(result: GqlResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The single error of a refused operation, after checking its code. */
export function refused(result: GqlResult, code: string): { message: string; extensions?: Record<string, any> } {
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  return result.errors![0];
}

export const CREATE_RESIDENCE = 'mutation($input: CreateResidenceInput!) { createResidence(input: $input) { id name capacity occupancy freeBeds closedOn } }';
export const CREATE_RESIDENT = 'mutation($input: CreateResidentInput!) { createResident(input: $input) { id firstName lastName status version intakeDate } }';
export const ADMIT = 'mutation($input: AdmitResidentInput!) { admitResident(input: $input) { id admittedOn dischargedOn bed { id room label } resident { id status } residence { id occupancy } } }';
export const DISCHARGE = 'mutation($input: DischargeResidentInput!) { dischargeResident(input: $input) { id admittedOn dischargedOn dischargeReason dischargeNote resident { id status } } }';

export async function createResidence(api: TestApi, token: string, input: Record<string, unknown>): Promise<{ id: string; name: string }> {
  return ok(await api.gql(CREATE_RESIDENCE, { input }, { token })).createResidence;
}

export async function createResident(api: TestApi, token: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  return ok(await api.gql(CREATE_RESIDENT, { input }, { token })).createResident;
}

export async function admit(api: TestApi, token: string, input: Record<string, unknown>): Promise<{ id: string; bed: { id: string } }> {
  return ok(await api.gql(ADMIT, { input }, { token })).admitResident;
}

/** Runs SQL as the owner in the tenant's context (row-level security applies as for the API). */
export async function ownerQuery<T = Record<string, any>>(owner: PgMikroORM, tenantId: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return forkForTenant(owner.em, tenantId).execute<T[]>(sql, params);
}

/** Row counts of the case-file tables of one tenant, to prove a refused mutation wrote nothing. */
export async function tableCounts(owner: PgMikroORM, tenantId: string): Promise<Record<string, number>> {
  const tables = ['residence', 'bed', 'resident', 'stay', 'relative', 'resident_relative', 'audit_event'];
  const [row] = await ownerQuery<Record<string, number>>(
    owner,
    tenantId,
    `select ${tables.map((t) => `(select count(*)::int from ${t} where tenant_id = ?) as ${t}`).join(', ')}`,
    tables.map(() => tenantId),
  );
  return row;
}

export async function auditRows(owner: PgMikroORM, tenantId: string, where: { action?: string; entityType?: string; entityId?: string; residentId?: string }) {
  const clauses = ['tenant_id = ?'];
  const params: unknown[] = [tenantId];
  for (const [key, column] of [['action', 'action'], ['entityType', 'entity_type'], ['entityId', 'entity_id'], ['residentId', 'resident_id']] as const) {
    if (where[key]) {
      clauses.push(`${column} = ?`);
      params.push(where[key]);
    }
  }
  return ownerQuery<{ action: string; entity_type: string; entity_id: string; resident_id: string | null; user_id: string }>(
    owner,
    tenantId,
    `select action, entity_type, entity_id, resident_id, user_id from audit_event where ${clauses.join(' and ')} order by occurred_at`,
    params,
  );
}

/** Records every SQL statement the API sends (BEGIN, set_config and COMMIT included) while `fn` runs. */
export async function statementsDuring(api: TestApi, fn: () => Promise<unknown>): Promise<string[]> {
  const logger = api.app.get(MikroORM).config.getLogger();
  const original = logger.logQuery;
  const statements: string[] = [];
  logger.logQuery = (context) => {
    statements.push(context.query ?? '');
    original.call(logger, context);
  };
  try {
    await fn();
  } finally {
    logger.logQuery = original;
  }
  return statements;
}
