import type { MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { graphql, ok, refused } from '../../support/api.js';
import { createResident, logSession } from '../../support/factories.js';
import { appOrm } from '../../support/orm.js';
import { apiSuite, type ApiSuite } from '../../support/suites.js';

const TRAIL = graphql(`query AuditTrail($id: ID!) { residentAuditTrail(residentId: $id) { occurredAt action entityType entityId userDisplayName requestId } }`);
const READ = graphql(`query AuditTrailReadResident($id: ID!) { resident(id: $id) { id } }`);

describe('audit trail', () => {
  let { owner, api, t: tenant } = {} as ApiSuite;
  apiSuite('audit', {}, (suite) => ({ owner, api, t: tenant } = suite));
  let app: MikroORM;
  let manager: string;
  let counsellor: string;
  let residentId: string;

  beforeAll(async () => {
    app = await appOrm(1);
    manager = (await api.login(tenant.users.MANAGER.email)).token;
    counsellor = (await api.login(tenant.users.COUNSELLOR.email)).token;
    residentId = (await createResident(api, counsellor, { firstName: 'Eva', lastName: 'Audit', intakeDate: '2026-01-01' })).id;
    ok(await api.gql(READ, { id: residentId }, { token: counsellor }));
    await logSession(api, counsellor, { residentId, occurredOn: '2026-03-01', durationMinutes: 45, kind: 'INDIVIDUAL', notes: 'n' });
  });

  afterAll(async () => {
    await app?.close(true);
  });

  it('shows managers who read and changed a resident’s record, newest first', async () => {
    const trail = ok(await api.gql(TRAIL, { id: residentId }, { token: manager })).residentAuditTrail;
    const summary = trail.map((e) => `${e.action} ${e.entityType} by ${e.userDisplayName}`);
    const who = `COUNSELLOR ${tenant.id.slice(0, 8)}`;
    expect(summary).toEqual(expect.arrayContaining([`CREATE Resident by ${who}`, `READ Resident by ${who}`, `CREATE CounsellingSession by ${who}`]));
    const times = trail.map((e) => Date.parse(e.occurredAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(trail.every((e) => e.requestId.length > 0)).toBe(true);
  });

  it('records that a manager read the trail', async () => {
    await api.gql(TRAIL, { id: residentId }, { token: manager });
    const trail = ok(await api.gql(TRAIL, { id: residentId }, { token: manager })).residentAuditTrail;
    expect(trail.some((e) => e.action === 'READ' && e.entityType === 'AuditTrail' && e.userDisplayName === `MANAGER ${tenant.id.slice(0, 8)}`)).toBe(true);
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
