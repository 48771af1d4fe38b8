import { Role } from '@bridgeway/shared-domain';
import { graphql, ok, refused } from '../../support/api.js';
import { insertResident, insertStaff, signInAll, type Tokens } from '../../support/factories.js';
import { auditOf, ownerQuery, tableCounts } from '../../support/stored.js';
import type { LogCounsellingSessionInput } from '../../support/gql/graphql.js';
import { apiSuite, type ApiSuite } from '../../support/suites.js';

const LOG = graphql(`mutation KeyWorkerLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }`);
const NOTES = graphql(`query KeyWorkerNotes($id: ID!) { resident(id: $id) { counsellingSessions { id notes notesVisible } } }`);
const UPDATE = graphql(`mutation KeyWorkerUpdateResident($input: UpdateResidentInput!) { updateResident(input: $input) { id } }`);
const ASSIGN = graphql(`mutation AssignKeyWorker($input: AssignKeyWorkerInput!) { assignKeyWorker(input: $input) { id version keyWorker { id } } }`);
const CREATE = graphql(`mutation KeyWorkerCreateResident($input: CreateResidentInput!) { createResident(input: $input) { id keyWorker { id } } }`);
const TRAIL = graphql(`query KeyWorkerTrail($id: ID!) { residentAuditTrail(residentId: $id) { action details { key value } } }`);

/**
 * Who is key worker decides who reads a resident's notes, so no input a counsellor sends may
 * make them (or anyone) key worker: that is assignKeyWorker, a manager's act with its own audit
 * action. The same holds for the author of a session (it reads the notes and gets the hours).
 */
describe('key worker and session author: access-granting fields', () => {
  let { owner, api, t } = {} as ApiSuite;
  apiSuite('key-worker', { LOGIN_THROTTLE_LIMIT: '1000' }, (suite) => ({ owner, api, t } = suite));
  let tokens: Tokens;
  let outsider: { id: string; token: string };
  let residentId: string;

  const keyWorkerOf = async (id: string) => (await ownerQuery<{ key_worker_id: string | null }>(owner, t.id, 'select key_worker_id from resident where tenant_id = ? and id = ?', [t.id, id]))[0].key_worker_id;

  beforeAll(async () => {
    tokens = await signInAll(api, t);
    const staff = await insertStaff(owner, t, Role.COUNSELLOR, 'outsider');
    outsider = { id: staff.id, token: (await api.login(staff.email)).token };
    residentId = await insertResident(owner, t.id, t.users.COUNSELLOR.id);
    ok(await api.gql(LOG, { input: { residentId, occurredOn: '2026-01-10', durationMinutes: 50, kind: 'INDIVIDUAL', notes: 'Confidential: family conflict' } }, { token: tokens.COUNSELLOR }));
  });

  it('does not let a counsellor make themselves key worker through updateResident (the notes stay hidden)', async () => {
    const attempt = refused(await api.gql(UPDATE, { input: { id: residentId, keyWorkerId: outsider.id } }, { token: outsider.token }), 'BAD_USER_INPUT');
    expect(attempt.message).toMatch(/keyWorkerId/);
    expect(await keyWorkerOf(residentId)).toBe(t.users.COUNSELLOR.id);
    const sessions = ok(await api.gql(NOTES, { id: residentId }, { token: outsider.token })).resident.counsellingSessions;
    expect(sessions).toEqual([expect.objectContaining({ notes: null, notesVisible: false })]);
  });

  it('refuses assignKeyWorker to counsellors (FORBIDDEN) and changes nothing', async () => {
    const before = await auditOf(owner, t.id, { residentId });
    refused(await api.gql(ASSIGN, { input: { residentId, keyWorkerId: outsider.id } }, { token: outsider.token }), 'FORBIDDEN');
    refused(await api.gql(ASSIGN, { input: { residentId, keyWorkerId: outsider.id } }, { token: tokens.COUNSELLOR }), 'FORBIDDEN');
    expect(await keyWorkerOf(residentId)).toBe(t.users.COUNSELLOR.id);
    expect(await auditOf(owner, t.id, { residentId })).toEqual(before);
  });

  it('lets a manager assign the key worker, audited as ASSIGN_KEY_WORKER with the old and the new key worker', async () => {
    const assigned = ok(await api.gql(ASSIGN, { input: { residentId, keyWorkerId: outsider.id } }, { token: tokens.MANAGER })).assignKeyWorker;
    expect(assigned.keyWorker).toEqual({ id: outsider.id });
    const [row] = await auditOf(owner, t.id, { action: 'ASSIGN_KEY_WORKER', entityId: residentId });
    expect(row).toMatchObject({ userId: t.users.MANAGER.id, details: { from: t.users.COUNSELLOR.id, to: outsider.id } });
    const trail = ok(await api.gql(TRAIL, { id: residentId }, { token: tokens.MANAGER })).residentAuditTrail;
    const [{ details }] = trail.filter((e) => e.action === 'ASSIGN_KEY_WORKER');
    expect([...details].sort((x, y) => x.key.localeCompare(y.key))).toEqual([{ key: 'from', value: t.users.COUNSELLOR.id }, { key: 'to', value: outsider.id }]);
    // Now the new key worker reads the notes; a stale version is a CONFLICT; null removes the key worker.
    const sessions = ok(await api.gql(NOTES, { id: residentId }, { token: outsider.token })).resident.counsellingSessions;
    expect(sessions).toEqual([expect.objectContaining({ notes: 'Confidential: family conflict', notesVisible: true })]);
    refused(await api.gql(ASSIGN, { input: { residentId, keyWorkerId: null, expectedVersion: assigned.version - 1 } }, { token: tokens.MANAGER }), 'CONFLICT');
    ok(await api.gql(ASSIGN, { input: { residentId, keyWorkerId: null, expectedVersion: assigned.version } }, { token: tokens.MANAGER }));
    expect(await keyWorkerOf(residentId)).toBeNull();
  });

  it('refuses a key worker who is not an active case worker of the organisation', async () => {
    const error = refused(await api.gql(ASSIGN, { input: { residentId, keyWorkerId: t.users.GROUP_LEADER.id } }, { token: tokens.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(error.fields)).toEqual(['keyWorkerId']);
  });

  it('lets a counsellor name only themselves as key worker of a new resident', async () => {
    const before = await tableCounts(owner, t.id);
    refused(await api.gql(CREATE, { input: { firstName: 'Nina', lastName: 'Novak', keyWorkerId: outsider.id } }, { token: tokens.COUNSELLOR }), 'FORBIDDEN');
    expect((await tableCounts(owner, t.id)).resident).toBe(before.resident);
    const mine = ok(await api.gql(CREATE, { input: { firstName: 'Nina', lastName: 'Novak', keyWorkerId: t.users.COUNSELLOR.id } }, { token: tokens.COUNSELLOR })).createResident;
    expect(mine.keyWorker).toEqual({ id: t.users.COUNSELLOR.id });
    const theirs = ok(await api.gql(CREATE, { input: { firstName: 'Nik', lastName: 'Novak', keyWorkerId: outsider.id } }, { token: tokens.MANAGER })).createResident;
    expect(theirs.keyWorker).toEqual({ id: outsider.id });
  });

  it('lets only a manager log a session held by someone else (the author reads the notes)', async () => {
    const input: LogCounsellingSessionInput = { residentId, occurredOn: '2026-01-11', durationMinutes: 30, kind: 'INDIVIDUAL', notes: 'x', counsellorId: outsider.id };
    const count = async () => (await tableCounts(owner, t.id)).counselling_session;
    const before = await count();
    refused(await api.gql(LOG, { input }, { token: tokens.COUNSELLOR }), 'FORBIDDEN');
    expect(await count()).toBe(before);
    ok(await api.gql(LOG, { input }, { token: tokens.MANAGER }));
    ok(await api.gql(LOG, { input: { ...input, counsellorId: t.users.COUNSELLOR.id } }, { token: tokens.COUNSELLOR }));
    expect(await count()).toBe(before + 2);
  });
});
