import { Role } from '@bridgeway/shared-domain';
import { graphql, ok } from '../../support/api.js';
import { insertRelative, insertResident, insertStaff, signInAll, type Tokens } from '../../support/factories.js';
import { auditOf } from '../../support/stored.js';
import { apiSuite, type ApiSuite } from '../../support/suites.js';

const LOG = graphql(`mutation NotesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }`);
const LOG_RELATIVE = graphql(`mutation NotesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }`);
const READ = graphql(`
  query SessionNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes ...Confidential } }
  fragment Confidential on CounsellingSession { notes hopes resources usefulExperience nextStep notesVisible }
`);
const READ_LIST = graphql(`query SessionNotesInList($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions { id ...Confidential } } } }`);
const NOT_CONFIDENTIAL = graphql(`query SessionWithoutNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes notesVisible } }`);

const TEXT = { notes: 'Relapse last weekend; ashamed.', hopes: 'Custody of my daughter', resources: 'Sponsor', usefulExperience: 'Meetings on Tuesdays', nextStep: 'Call the sponsor daily' };
const HIDDEN = { notes: null, hopes: null, resources: null, usefulExperience: null, nextStep: null, notesVisible: false };
const SHOWN = { ...TEXT, notesVisible: true };

/**
 * Notes and the solution-focused fields are a field-level rule: visible to the session's
 * author, the resident's key worker and managers; null for any other case worker. Every
 * disclosure is audited as READ.
 */
describe('counselling session notes visibility', () => {
  let { owner, api, t } = {} as ApiSuite;
  apiSuite('cs-notes', {}, (suite) => ({ owner, api, t } = suite));
  let tokens: Tokens;
  let author: { id: string; token: string };
  let keyWorker: { id: string; token: string };
  let other: { id: string; token: string };
  let residentId: string;
  let sessionId: string;

  const read = (token: string, id = sessionId) => api.gql(READ, { id }, { token });

  beforeAll(async () => {
    tokens = await signInAll(api, t);
    const staff = async (label: string) => {
      const user = await insertStaff(owner, t, Role.COUNSELLOR, label);
      return { id: user.id, token: (await api.login(user.email)).token };
    };
    author = { id: t.users.COUNSELLOR.id, token: tokens.COUNSELLOR };
    keyWorker = await staff('key-worker');
    other = await staff('other-counsellor');
    residentId = await insertResident(owner, t.id, keyWorker.id);
    sessionId = ok(await api.gql(LOG, { input: { residentId, occurredOn: '2025-05-05', durationMinutes: 55, kind: 'INDIVIDUAL', ...TEXT } }, { token: author.token })).logCounsellingSession.id;
  });

  it('shows the notes to the author', async () => {
    expect(ok(await read(author.token)).counsellingSession).toMatchObject(SHOWN);
  });

  it('shows the notes to the resident\'s key worker', async () => {
    expect(ok(await read(keyWorker.token)).counsellingSession).toMatchObject(SHOWN);
  });

  it('shows the notes to a manager', async () => {
    expect(ok(await read(tokens.MANAGER)).counsellingSession).toMatchObject(SHOWN);
  });

  it('gives another counsellor (not the author, not the key worker) the session without its notes', async () => {
    expect(ok(await read(other.token)).counsellingSession).toEqual({ id: sessionId, durationMinutes: 55, ...HIDDEN });
  });

  it('applies the same rule in lists (Resident.counsellingSessions)', async () => {
    const otherView = ok(await api.gql(READ_LIST, { id: sessionId }, { token: other.token }));
    expect(otherView.counsellingSession.resident.counsellingSessions).toEqual([{ id: sessionId, ...HIDDEN }]);
    const keyWorkerView = ok(await api.gql(READ_LIST, { id: sessionId }, { token: keyWorker.token }));
    expect(keyWorkerView.counsellingSession.resident.counsellingSessions).toEqual([{ id: sessionId, ...SHOWN }]);
  });

  it('audits each disclosure as one READ row per session and request, and nothing when the notes stay hidden', async () => {
    const readsBy = (userId: string) => auditOf(owner, t.id, { entityId: sessionId, action: 'READ', userId });
    const before = { keyWorker: (await readsBy(keyWorker.id)).length, other: (await readsBy(other.id)).length };
    await read(keyWorker.token); // five confidential fields in one request
    await read(other.token);
    const after = { keyWorker: await readsBy(keyWorker.id), other: await readsBy(other.id) };
    expect(after.keyWorker).toHaveLength(before.keyWorker + 1);
    // One READ entry for the resident per request, listing the session whose notes it disclosed.
    expect(after.keyWorker.at(-1)).toMatchObject({ entityType: 'Resident', entityId: residentId, residentId, details: { sessionNotes: [sessionId] } });
    expect(after.other).toHaveLength(before.other);
  });

  it('does not audit a read that asks for no confidential field', async () => {
    const count = async () => (await auditOf(owner, t.id, { entityId: sessionId, action: 'READ' })).length;
    const before = await count();
    ok(await api.gql(NOT_CONFIDENTIAL, { id: sessionId }, { token: keyWorker.token }));
    expect(await count()).toBe(before);
  });

  it('keeps a relative-only session\'s notes to its author and managers', async () => {
    const relativeId = await insertRelative(owner, t.id);
    const input = { relativeId, occurredOn: '2025-05-06', durationMinutes: 30, kind: 'FAMILY', notes: 'Father feels guilty' } as const;
    const { id } = ok(await api.gql(LOG_RELATIVE, { input }, { token: other.token })).logRelativeSession;
    expect(ok(await read(other.token, id)).counsellingSession.notes).toBe('Father feels guilty');
    expect(ok(await read(tokens.MANAGER, id)).counsellingSession.notes).toBe('Father feels guilty');
    expect(ok(await read(keyWorker.token, id)).counsellingSession).toMatchObject({ notes: null, notesVisible: false });
  });
});
