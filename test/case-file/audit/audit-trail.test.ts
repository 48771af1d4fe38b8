import type { MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { startApi, type TestApi } from '../../support/api.js';
import { appOrm, ownerOrm } from '../../support/orm.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';
import { ok, refused } from '../../support/case-file.js';

const TRAIL = 'query($id: ID!) { residentAuditTrail(residentId: $id) { occurredAt action entityType entityId userDisplayName requestId } }';

describe('audit trail', () => {
  let owner: MikroORM;
  let app: MikroORM;
  let api: TestApi;
  let tenant: TestTenant;
  let manager: string;
  let counsellor: string;
  let residentId: string;

  beforeAll(async () => {
    owner = await ownerOrm();
    app = await appOrm(1);
    tenant = await createTestTenant(owner, 'audit');
    api = await startApi();
    manager = (await api.login(tenant.users.MANAGER.email)).token;
    counsellor = (await api.login(tenant.users.COUNSELLOR.email)).token;
    residentId = ok(await api.gql('mutation { createResident(input: { firstName: "Eva", lastName: "Audit" }) { id } }', {}, { token: counsellor })).createResident.id;
    ok(await api.gql('query($id: ID!) { resident(id: $id) { id } }', { id: residentId }, { token: counsellor }));
    ok(await api.gql('mutation($i: LogCounsellingSessionInput!) { logCounsellingSession(input: $i) { id } }', { i: { residentId, occurredOn: '2026-03-01', durationMinutes: 45, kind: 'INDIVIDUAL', notes: 'n' } }, { token: counsellor }));
  });

  afterAll(async () => {
    await api.close();
    await app.close(true);
    await owner.close(true);
  });

  it('shows managers who read and changed a resident’s record, newest first', async () => {
    const trail = ok(await api.gql(TRAIL, { id: residentId }, { token: manager })).residentAuditTrail;
    const summary = trail.map((e: any) => `${e.action} ${e.entityType} by ${e.userDisplayName}`);
    const who = `COUNSELLOR ${tenant.id.slice(0, 8)}`;
    expect(summary).toEqual(expect.arrayContaining([`CREATE Resident by ${who}`, `READ Resident by ${who}`, `CREATE CounsellingSession by ${who}`]));
    const times = trail.map((e: any) => Date.parse(e.occurredAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(trail.every((e: any) => e.requestId.length > 0)).toBe(true);
  });

  it('records that a manager read the trail', async () => {
    await api.gql(TRAIL, { id: residentId }, { token: manager });
    const trail = ok(await api.gql(TRAIL, { id: residentId }, { token: manager })).residentAuditTrail;
    expect(trail.some((e: any) => e.action === 'READ' && e.entityType === 'AuditTrail' && e.userDisplayName === `MANAGER ${tenant.id.slice(0, 8)}`)).toBe(true);
  });

  it('is for managers only, and NOT_FOUND for an unknown resident', async () => {
    refused(await api.gql(TRAIL, { id: residentId }, { token: counsellor }), 'FORBIDDEN');
    refused(await api.gql(TRAIL, { id: '00000000-0000-4000-8000-000000000000' }, { token: manager }), 'NOT_FOUND');
  });

  it('lets the application role insert and read audit rows but never update or delete them', async () => {
    const em = forkForTenant(app.em, tenant.id);
    const [{ n }] = await em.execute<{ n: number }[]>('select count(*)::int as n from audit_event where resident_id = ?', [residentId]);
    expect(n).toBeGreaterThan(0);
    await expect(em.execute(`update audit_event set action = 'FORGED' where resident_id = ?`, [residentId])).rejects.toThrow(/permission denied/);
    await expect(em.execute('delete from audit_event where resident_id = ?', [residentId])).rejects.toThrow(/permission denied/);
    await expect(em.execute('truncate audit_event')).rejects.toThrow(/permission denied/);
    const [{ after }] = await forkForTenant(owner.em, tenant.id).execute<{ after: number }[]>(`select count(*)::int as after from audit_event where resident_id = ? and action <> 'FORGED'`, [residentId]);
    expect(after).toBeGreaterThanOrEqual(n);
  });
});
