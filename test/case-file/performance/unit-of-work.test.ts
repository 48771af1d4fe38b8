import { Role } from '@bridgeway/shared-domain';
import { caseFileSuite, ok, statementsDuring } from '../../support/case-file.js';
import { createResident } from '../counselling/fixtures.js';

const CASE_FILE = `query($id: ID!) {
  resident(id: $id) {
    id firstName keyWorker { id } counsellingMinutes currentStay { id bed { id } residence { id occupancy } }
    goals { id history { id } } counsellingSessions(first: 20) { id notes } relatives { relative { id } } assessments { id }
  }
}`;

const isBegin = (s: string) => /^(begin|start transaction)/i.test(s.trim());
const isCommit = (s: string) => /^commit/i.test(s.trim());

/**
 * One unit of work per request: every statement of a request — the user lookup, every loader,
 * the READ audit rows — runs in one transaction on one connection, with the tenant settings
 * applied once after its BEGIN.
 */
describe('one transaction per request', () => {
  const suite = caseFileSuite('uow');

  it('runs a case-file read in one BEGIN … COMMIT, audit rows included', async () => {
    const { api, owner, a, ta } = suite;
    const residentId = await createResident(owner, a.id, a.users.COUNSELLOR.id);
    ok(await api.gql('mutation($i: LogCounsellingSessionInput!) { logCounsellingSession(input: $i) { id } }', { i: { residentId, occurredOn: '2026-01-05', durationMinutes: 30, kind: 'INDIVIDUAL', notes: 'x' } }, { token: ta[Role.COUNSELLOR] }));
    const statements = await statementsDuring(api, async () => ok(await api.gql(CASE_FILE, { id: residentId }, { token: ta[Role.COUNSELLOR] })));
    expect(statements.filter(isBegin)).toHaveLength(1);
    expect(statements.filter(isCommit)).toHaveLength(1);
    expect(isBegin(statements[0])).toBe(true);
    expect(isCommit(statements.at(-1)!)).toBe(true);
    expect(statements.filter((s) => s.includes('set_config'))).toHaveLength(1);
    expect(statements.some((s) => /insert into "audit_event"/.test(s))).toBe(true);
  });

  it('keeps a mutation atomic inside the request transaction: a refused one leaves nothing, its savepoint rolled back', async () => {
    const { api, ta } = suite;
    const statements = await statementsDuring(api, async () => {
      const res = await api.gql('mutation { createResidence(input: { name: "", capacity: 2 }) { id } }', {}, { token: ta[Role.MANAGER] });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
    // Validation refused it before any work: at most the request's own BEGIN/lookup/COMMIT ran.
    expect(statements.filter((s) => /insert into "residence"/.test(s))).toEqual([]);
    const ok2 = await statementsDuring(api, async () => ok(await api.gql('mutation { createResidence(input: { name: "Unit of work", capacity: 2 }) { id } }', {}, { token: ta[Role.MANAGER] })));
    expect(ok2.filter(isBegin)).toHaveLength(1);
    expect(ok2.filter(isCommit)).toHaveLength(1);
    expect(isCommit(ok2.at(-1)!)).toBe(true);
  });
});
