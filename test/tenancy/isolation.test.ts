import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { RefreshToken } from '@bridgeway/api-auth';
import { appOrm, ownerOrm } from '../support/orm.js';
import { createTestTenant, type TestTenant } from '../support/tenants.js';

/**
 * Isolation enforced by PostgreSQL itself, observed as the application role the API
 * uses: the ORM, the query builder and raw SQL all see only the context's tenant.
 */
describe('tenant isolation (row-level security, application role)', () => {
  let owner: MikroORM;
  let app: MikroORM;
  let a: TestTenant;
  let b: TestTenant;

  beforeAll(async () => {
    owner = await ownerOrm();
    app = await appOrm(1); // one pooled connection: consecutive contexts share it
    a = await createTestTenant(owner, 'iso-a');
    b = await createTestTenant(owner, 'iso-b');
  });

  afterAll(async () => {
    await app.close(true);
    await owner.close(true);
  });

  it('ORM find and count see only the context tenant', async () => {
    const em = forkForTenant(app.em, a.id);
    const users = await em.find(UserAccount, {});
    expect(users.length).toBe(4);
    expect(users.every((u) => u.tenant.id === a.id)).toBe(true);
    expect(await em.count(UserAccount, { tenant: b.id })).toBe(0);
    expect(await em.findOne(UserAccount, { tenant: b.id, id: b.users.MANAGER.id })).toBeNull();
  });

  it('query builder sees only the context tenant', async () => {
    const em = forkForTenant(app.em, a.id);
    const rows = await em.createQueryBuilder(UserAccount, 'u').select(['u.tenant', 'u.id']).execute<{ tenant_id: string }[]>('all', false);
    expect(rows.length).toBe(4);
    expect(new Set(rows.map((r) => r.tenant_id))).toEqual(new Set([a.id]));
  });

  it('raw SQL sees only the context tenant', async () => {
    const em = forkForTenant(app.em, a.id);
    const rows = await em.transactional((tx) => tx.getConnection().execute<{ tenant_id: string }[]>('select tenant_id from user_account', [], 'all', tx.getTransactionContext()));
    expect(rows.length).toBe(4);
    expect(rows.every((r) => r.tenant_id === a.id)).toBe(true);
  });

  it('refuses to insert a row carrying another tenant id', async () => {
    const em = forkForTenant(app.em, a.id);
    em.create(UserAccount, { tenant: em.getReference(Tenant, b.id), email: `intruder-${randomUUID()}@x.test`, displayName: 'x', role: 'MANAGER' as never, passwordHash: 'x' });
    await expect(em.flush()).rejects.toThrow(/row-level security/);
    const check = forkForTenant(owner.em, b.id);
    expect(await check.count(UserAccount, { tenant: b.id })).toBe(4);
  });

  it('refuses to move a row to another tenant and cannot touch another tenant rows', async () => {
    const em = forkForTenant(app.em, a.id);
    const moved = em.nativeUpdate(UserAccount, { id: a.users.MANAGER.id }, { tenant: b.id } as never);
    await expect(moved).rejects.toThrow(/row-level security/);
    const touched = await em.nativeUpdate(UserAccount, { id: b.users.MANAGER.id }, { displayName: 'hijacked' });
    expect(touched).toBe(0);
    const raw = await em.transactional((tx) =>
      tx.getConnection().execute(`update user_account set display_name = 'hijacked' where id = ?`, [b.users.COUNSELLOR.id], 'run', tx.getTransactionContext()),
    );
    expect((raw as unknown as { affectedRows: number }).affectedRows).toBe(0);
    const deleted = await em.nativeDelete(RefreshToken, { tenant: b.id });
    expect(deleted).toBe(0);
    const check = forkForTenant(owner.em, b.id);
    const manager = await check.findOneOrFail(UserAccount, { tenant: b.id, id: b.users.MANAGER.id });
    expect(manager.displayName).not.toBe('hijacked');
  });

  it('fails closed without a tenant context: no rows, and writes are refused', async () => {
    const em = app.em.fork();
    expect(await em.find(UserAccount, {})).toEqual([]);
    const raw = await em.getConnection().execute('select count(*)::int as n from user_account');
    expect(raw[0].n).toBe(0);
    em.create(UserAccount, { tenant: em.getReference(Tenant, a.id), email: `nocontext-${randomUUID()}@x.test`, displayName: 'x', role: 'MANAGER' as never, passwordHash: 'x' });
    await expect(em.flush()).rejects.toThrow(/row-level security/);
  });

  it('does not leak context between consecutive requests on one pooled connection', async () => {
    const first = forkForTenant(app.em, a.id);
    expect(await first.count(UserAccount, {})).toBe(4);
    const second = app.em.fork();
    expect(await second.count(UserAccount, {})).toBe(0);
    const third = forkForTenant(app.em, b.id);
    const seen = await third.find(UserAccount, {});
    expect(seen.map((u) => u.tenant.id)).toEqual(Array(4).fill(b.id));
    const setting = await app.em.fork().getConnection().execute(`select coalesce(current_setting('app.tenant_id', true), '') as t`);
    expect(setting[0].t).toBe('');
  });

  it('keeps nested transactions in the tenant context', async () => {
    const em = forkForTenant(app.em, a.id);
    await em.transactional(async (outer) => {
      await outer.transactional(async (inner) => {
        expect(await inner.count(UserAccount, {})).toBe(4);
      });
    });
  });

  it('rejects a foreign key that points at another tenant row (composite keys)', async () => {
    const em = forkForTenant(app.em, a.id);
    em.create(RefreshToken, {
      tenant: em.getReference(Tenant, a.id),
      user: em.getReference(UserAccount, [a.id, b.users.MANAGER.id]),
      familyId: randomUUID(),
      secretHash: 'x',
      expiresAt: new Date(Date.now() + 60_000),
    });
    await expect(em.flush()).rejects.toThrow(/foreign key/);
  });
});
