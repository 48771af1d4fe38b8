import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '@bridgeway/shared-domain';
import { ownerOrm } from '../../support/orm.js';
import { startApi, type TestApi } from '../../support/api.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';
import { auditOf, createRelative, createResident, createStaff, tokensFor } from './fixtures.js';

const LOG = `mutation($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }`;
const CONFIDENTIAL = 'notes hopes resources usefulExperience nextStep notesVisible';
const READ = `query($id: ID!) { counsellingSession(id: $id) { id durationMinutes ${CONFIDENTIAL} } }`;
const READ_LIST = `query($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions { id ${CONFIDENTIAL} } } } }`;

const TEXT = { notes: 'Relapse last weekend; ashamed.', hopes: 'Custody of my daughter', resources: 'Sponsor', usefulExperience: 'Meetings on Tuesdays', nextStep: 'Call the sponsor daily' };
const HIDDEN = { notes: null, hopes: null, resources: null, usefulExperience: null, nextStep: null, notesVisible: false };
const SHOWN = { ...TEXT, notesVisible: true };

/**
 * Notes and the solution-focused fields are a field-level rule: visible to the session's
 * author, the resident's key worker and managers; null for any other case worker. Every
 * disclosure is audited as READ.
 */
describe('counselling session notes visibility', () => {
  let owner: MikroORM;
  let api: TestApi;
  let t: TestTenant;
  let tokens: Record<Role, string>;
  let author: { id: string; token: string };
  let keyWorker: { id: string; token: string };
  let other: { id: string; token: string };
  let residentId: string;
  let sessionId: string;

  const read = (token: string, id = sessionId) => api.gql(READ, { id }, { token });

  beforeAll(async () => {
    owner = await ownerOrm();
    t = await createTestTenant(owner, 'cs-notes');
    api = await startApi();
    tokens = await tokensFor(api, t);
    const staff = async (label: string) => {
      const user = await createStaff(owner, t, Role.COUNSELLOR, label);
      return { id: user.id, token: (await api.login(user.email)).token };
    };
    author = { id: t.users.COUNSELLOR.id, token: tokens.COUNSELLOR };
    keyWorker = await staff('key-worker');
    other = await staff('other-counsellor');
    residentId = await createResident(owner, t.id, keyWorker.id);
    const res = await api.gql(LOG, { input: { residentId, occurredOn: '2025-05-05', durationMinutes: 55, kind: 'INDIVIDUAL', ...TEXT } }, { token: author.token });
    expect(res.errors).toBeUndefined();
    sessionId = res.data!.logCounsellingSession.id;
  });

  afterAll(async () => {
    await api?.close();
    await owner?.close(true);
  });

  it('shows the notes to the author', async () => {
    expect((await read(author.token)).data!.counsellingSession).toMatchObject(SHOWN);
  });

  it('shows the notes to the resident\'s key worker', async () => {
    expect((await read(keyWorker.token)).data!.counsellingSession).toMatchObject(SHOWN);
  });

  it('shows the notes to a manager', async () => {
    expect((await read(tokens.MANAGER)).data!.counsellingSession).toMatchObject(SHOWN);
  });

  it('gives another counsellor (not the author, not the key worker) the session without its notes', async () => {
    const res = await read(other.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.counsellingSession).toEqual({ id: sessionId, durationMinutes: 55, ...HIDDEN });
  });

  it('applies the same rule in lists (Resident.counsellingSessions)', async () => {
    const otherView = await api.gql(READ_LIST, { id: sessionId }, { token: other.token });
    expect(otherView.data!.counsellingSession.resident.counsellingSessions).toEqual([{ id: sessionId, ...HIDDEN }]);
    const keyWorkerView = await api.gql(READ_LIST, { id: sessionId }, { token: keyWorker.token });
    expect(keyWorkerView.data!.counsellingSession.resident.counsellingSessions).toEqual([{ id: sessionId, ...SHOWN }]);
  });

  it('audits each disclosure as one READ row per session and request, and nothing when the notes stay hidden', async () => {
    const readsBy = async (userId: string) => (await auditOf(owner, t.id, sessionId)).filter((e) => e.action === 'READ' && e.userId === userId);
    const before = { keyWorker: (await readsBy(keyWorker.id)).length, other: (await readsBy(other.id)).length };
    await read(keyWorker.token); // five confidential fields in one request
    await read(other.token);
    const after = { keyWorker: await readsBy(keyWorker.id), other: await readsBy(other.id) };
    expect(after.keyWorker).toHaveLength(before.keyWorker + 1);
    expect(after.keyWorker.at(-1)).toMatchObject({ entityType: 'CounsellingSession', residentId });
    expect(after.other).toHaveLength(before.other);
  });

  it('does not audit a read that asks for no confidential field', async () => {
    const count = async () => (await auditOf(owner, t.id, sessionId)).filter((e) => e.action === 'READ').length;
    const before = await count();
    await api.gql(`query($id: ID!) { counsellingSession(id: $id) { id durationMinutes notesVisible } }`, { id: sessionId }, { token: keyWorker.token });
    expect(await count()).toBe(before);
  });

  it('keeps a relative-only session\'s notes to its author and managers', async () => {
    const relativeId = await createRelative(owner, t.id);
    const res = await api.gql(
      `mutation($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }`,
      { input: { relativeId, occurredOn: '2025-05-06', durationMinutes: 30, kind: 'FAMILY', notes: 'Father feels guilty' } },
      { token: other.token },
    );
    const id = res.data!.logRelativeSession.id;
    expect((await read(other.token, id)).data!.counsellingSession.notes).toBe('Father feels guilty');
    expect((await read(tokens.MANAGER, id)).data!.counsellingSession.notes).toBe('Father feels guilty');
    expect((await read(keyWorker.token, id)).data!.counsellingSession).toMatchObject({ notes: null, notesVisible: false });
  });
});
