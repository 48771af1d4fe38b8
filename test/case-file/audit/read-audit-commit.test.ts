import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AuditEvent } from '@bridgeway/api-audit';
import { commitWith } from '@bridgeway/api-database';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { ok, startApi, withStatements, type TestApi } from '../../support/api.js';
import { createRelative, createResident } from '../../support/factories.js';
import { appOrm, ownerOrm } from '../../support/orm.js';
import { ownerQuery, tableCounts } from '../../support/stored.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';

// A plain string (typed here), so the suite does not depend on test/codegen.ts's output.
const RENAME = `mutation ReadAuditCommitRename($input: UpdateResidentInput!) {
  updateResident(input: $input) { id firstName relatives { relative { id firstName } } }
}`;
interface Renamed {
  updateResident: { id: string; firstName: string; relatives: { relative: { id: string; firstName: string } }[] };
}

const FOLDED = /^insert into "audit_event" .*; commit$/s;

/**
 * The request's READ audit rows go in the COMMIT's round trip (`insert …; commit`, one query:
 * libs/api/audit AuditService → libs/api/tenancy sendWithCommit → libs/api/database commitWith).
 * Fail-closed: if the audit table refuses the insert, PostgreSQL skips the COMMIT of the same
 * message, the request rolls back (its mutation included) and the response is withheld. On a pool
 * of ONE connection, so a connection left in the aborted transaction would fail the next request.
 */
describe('the READ audit insert sent with the COMMIT', () => {
  let owner: MikroORM;
  let api: TestApi;
  let tenant: TestTenant;
  let token: string;
  let residentId: string;
  let relativeId: string;

  beforeAll(async () => {
    owner = await ownerOrm();
    tenant = await createTestTenant(owner, 'audit-commit');
    api = await startApi({ LOGIN_THROTTLE_LIMIT: '1000' }, { poolMax: 1 });
    token = (await api.login(tenant.users.MANAGER.email)).token;
    residentId = (await createResident(api, token, { firstName: 'Ada', lastName: 'Commit' })).id;
    relativeId = (await createRelative(api, token, { firstName: 'Rea', lastName: 'Commit', residentId, relationship: 'PARENT' })).id;
  }, 120_000);

  afterAll(async () => {
    await api.close();
    await owner.close(true);
  });

  const readRowsOfRelative = async () =>
    (await ownerQuery<{ n: number }>(owner, tenant.id, `select count(*)::int as n from audit_event where tenant_id = ? and entity_id = ? and action = 'READ'`, [tenant.id, relativeId]))[0].n;
  const firstName = async () => (await ownerQuery<{ first_name: string }>(owner, tenant.id, 'select first_name from resident where tenant_id = ? and id = ?', [tenant.id, residentId]))[0].first_name;

  it('writes the READ rows in the same query as the COMMIT, after the mutation and its own audit row', async () => {
    const before = await readRowsOfRelative();
    const { result, statements } = await withStatements(api, async () => ok(await api.gql<Renamed>(RENAME, { input: { id: residentId, firstName: 'Ada' } }, { token })));
    expect(result.updateResident.relatives).toEqual([{ relative: { id: relativeId, firstName: 'Rea' } }]);
    // The mutation's UPDATE row is its own statement, as before; the relative it disclosed is read-audited with the commit.
    expect(statements.filter((s) => /^insert into "audit_event"/.test(s))).toHaveLength(2);
    expect(statements.at(-1)).toMatch(FOLDED);
    expect(statements.at(-1)).toContain(`'READ', 'Relative', '${relativeId}'`);
    expect(statements.filter((s) => /^commit$/i.test(s))).toEqual([]);
    expect(await readRowsOfRelative()).toBe(before + 1);
  });

  it('fails closed when the audit table refuses the folded insert: nothing commits, the response is withheld, the connection comes back clean', async () => {
    const constraint = `refuses_${randomUUID().replaceAll('-', '')}`;
    // A row the table refuses: any audit row about this relative (the owner alters the table; the API's role cannot).
    await owner.em.getConnection().execute(`alter table audit_event add constraint ${constraint} check (entity_id <> '${relativeId}') not valid`);
    try {
      const before = await tableCounts(owner, tenant.id);
      const { result, statements } = await withStatements(api, () => api.gql<Renamed>(RENAME, { input: { id: residentId, firstName: 'Changed' } }, { token }));
      expect(result.status).toBe(500);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      // The update and its UPDATE row ran; the insert failed inside the COMMIT's query, so the COMMIT never ran and the request rolled back.
      expect(statements.some((s) => /^update "resident"/.test(s))).toBe(true);
      expect(statements.at(-2)).toMatch(FOLDED);
      expect(statements.at(-1)).toBe('rollback');
      expect(await tableCounts(owner, tenant.id)).toEqual(before);
      expect(await firstName()).toBe('Ada');
    } finally {
      await owner.em.getConnection().execute(`alter table audit_event drop constraint ${constraint}`);
    }
    // The next request takes the pool's only connection: not left in the aborted transaction, and it commits.
    const next = ok(await api.gql<Renamed>(RENAME, { input: { id: residentId, firstName: 'Changed' } }, { token }));
    expect(next.updateResident.firstName).toBe('Changed');
    expect(await firstName()).toBe('Changed');
  });
});

/** commitWith on the ORM itself (one pooled connection): escaping, and the rollback after a refused statement. */
describe('commitWith', () => {
  let owner: MikroORM;
  let app: MikroORM;
  let tenant: TestTenant;

  beforeAll(async () => {
    owner = await ownerOrm();
    app = await appOrm(1);
    tenant = await createTestTenant(owner, 'commit-with');
    await app.em.fork().getConnection().execute('select 1'); // the first use also checks the database: not counted below
  });

  afterAll(async () => {
    await app.close(true);
    await owner.close(true);
  });

  const auditInsert = (em: EntityManager, entityId: string, details: Record<string, unknown>) =>
    em
      .createQueryBuilder(AuditEvent)
      .insert({ id: randomUUID(), tenant: em.getReference(Tenant, tenant.id), userId: tenant.users.MANAGER.id, action: 'READ', entityType: 'Probe', entityId, requestId: 'commit-with', details, occurredAt: new Date() })
      .getFormattedQuery();

  it('sends the statements and COMMIT as one query; quotes, backslashes, semicolons and question marks arrive as sent', async () => {
    const probe = `x'); delete from audit_event; select ('? \\ \\' ;`;
    const entityId = `probe-${randomUUID()}`;
    const em = forkForTenant(app.em, tenant.id, tenant.users.MANAGER.id);
    const logger = app.config.getLogger();
    const original = logger.logQuery;
    const queries: string[] = [];
    logger.logQuery = (context) => (queries.push(context.query ?? ''), original.call(logger, context));
    try {
      await em.begin();
      await commitWith(em, [auditInsert(em, entityId, { probe })]);
    } finally {
      logger.logQuery = original;
    }
    expect(queries).toHaveLength(2);
    expect(queries[1]).toMatch(FOLDED);
    const rows = await ownerQuery<{ details: unknown }>(owner, tenant.id, 'select details from audit_event where tenant_id = ? and entity_id = ?', [tenant.id, entityId]);
    expect(rows).toEqual([{ details: { probe } }]);
  });

  it('leaves nothing committed when a statement fails, and the rollback returns the connection clean', async () => {
    const em = forkForTenant(app.em, tenant.id, tenant.users.MANAGER.id);
    await em.begin();
    await em.getConnection().execute(`select set_config('app.probe', 'left over', true)`, [], 'all', em.getTransactionContext());
    const entityId = `refused-${randomUUID()}`;
    // The second row repeats the first one's key: the insert fails, so the COMMIT after it in the same query never runs.
    const refused = auditInsert(em, entityId, {}).replace(/values \((.*)\)/s, (_, row: string) => `values (${row}), (${row})`);
    await expect(commitWith(em, [refused])).rejects.toThrow(/duplicate key/);
    await em.rollback();
    const [row] = await app.em.fork().getConnection().execute<{ probe: string; tenant: string }[]>(
      `select coalesce(current_setting('app.probe', true), '') as probe, coalesce(current_setting('app.tenant_id', true), '') as tenant`,
    );
    expect(row).toEqual({ probe: '', tenant: '' });
    expect(await ownerQuery(owner, tenant.id, 'select 1 from audit_event where tenant_id = ? and entity_id = ?', [tenant.id, entityId])).toEqual([]);
  });
});
