import pg from 'pg';
import { Role } from '@bridgeway/shared-domain';
import { graphql, ok, statementsDuring } from '../../support/api.js';
import { insertResident, logSession } from '../../support/factories.js';
import { caseFileSuite } from '../../support/suites.js';

const CASE_FILE = graphql(`query UnitOfWorkCaseFile($id: ID!) {
  resident(id: $id) {
    id firstName keyWorker { id } counsellingMinutes currentStay { id bed { id } residence { id occupancy } }
    goals { id history { id } } counsellingSessions(first: 20) { id notes } relatives { relative { id } } assessments { id }
  }
}`);
const CREATE_RESIDENCE = graphql(`mutation UnitOfWorkCreateResidence($name: String!) { createResidence(input: { name: $name, capacity: 2 }) { id } }`);

const isBegin = (s: string) => /^(begin|start transaction)/i.test(s.trim());
// COMMIT alone, or with the request's READ audit insert before it in the same query (`insert …; commit`).
const isCommit = (s: string) => /(^|; )commit$/i.test(s.trim());

/**
 * One unit of work per request: every statement of a request — the user lookup, every loader,
 * the READ audit rows — runs in one transaction on one connection, with the tenant settings
 * applied once after its BEGIN.
 */
describe('one transaction per request', () => {
  const suite = caseFileSuite('uow');

  it('runs a case-file read in one BEGIN … COMMIT, audit rows included', async () => {
    const { api, owner, a, ta } = suite;
    const residentId = await insertResident(owner, a.id, a.users.COUNSELLOR.id);
    await logSession(api, ta[Role.COUNSELLOR], { residentId, occurredOn: '2026-01-05', durationMinutes: 30, kind: 'INDIVIDUAL', notes: 'x' });
    // Every connection the API takes from its pool during the request (the ORM's pool is a pg.Pool).
    let checkouts = 0;
    const connect = pg.Pool.prototype.connect;
    pg.Pool.prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
      checkouts++;
      return (connect as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof connect;
    let statements: string[];
    try {
      statements = await statementsDuring(api, async () => ok(await api.gql(CASE_FILE, { id: residentId }, { token: ta[Role.COUNSELLOR] })));
    } finally {
      pg.Pool.prototype.connect = connect;
    }
    expect(checkouts).toBe(1);
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
      const res = await api.gql(CREATE_RESIDENCE, { name: '' }, { token: ta[Role.MANAGER] });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
    // Validation refused it before any work: at most the request's own BEGIN/lookup/COMMIT ran.
    expect(statements.filter((s) => /insert into "residence"/.test(s))).toEqual([]);
    const ok2 = await statementsDuring(api, async () => ok(await api.gql(CREATE_RESIDENCE, { name: 'Unit of work' }, { token: ta[Role.MANAGER] })));
    expect(ok2.filter(isBegin)).toHaveLength(1);
    expect(ok2.filter(isCommit)).toHaveLength(1);
    expect(isCommit(ok2.at(-1)!)).toBe(true);
  });
});
