import { errorOf, graphql, ok, refused } from '../../support/api.js';
import { createDepartment, insertRelative, insertResident, logHelplineContact } from '../../support/factories.js';
import type { LogHelplineContactInput } from '../../support/gql/graphql.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const LOG = graphql(`mutation HelplineLogContact($input: LogHelplineContactInput!) {
  logHelplineContact(input: $input) {
    id occurredAt durationMinutes channel callerKind topics outcome referredTo notes anonymous createdAt department { id } recordedBy { id }
  }
}`);
const LOG_LINKED = graphql(`mutation HelplineLogLinkedContact($input: LogHelplineContactInput!) {
  logHelplineContact(input: $input) { id anonymous relative { id } resident { id } }
}`);
const UPDATE = graphql(`mutation HelplineUpdateContact($input: UpdateHelplineContactInput!) {
  updateHelplineContact(input: $input) { id durationMinutes outcome referredTo notes topics anonymous department { id } }
}`);
const UPDATE_LINKED = graphql(`mutation HelplineUpdateLinkedContact($input: UpdateHelplineContactInput!) {
  updateHelplineContact(input: $input) { id anonymous relative { id } resident { id } }
}`);
const LIST = graphql(`query HelplineContactList($from: Date, $to: Date, $departmentId: ID, $first: Int) {
  helplineContacts(from: $from, to: $to, departmentId: $departmentId, first: $first) { id occurredAt anonymous recordedBy { id } department { id } }
}`);
const LIST_PERSONS = graphql(`query HelplineContactPersons($from: Date, $to: Date) { helplineContacts(from: $from, to: $to) { id relative { id } resident { id } } }`);

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
/** The four choices of a call: all logHelplineContact needs. */
const QUICK: LogHelplineContactInput = { durationMinutes: 12, channel: 'PHONE', callerKind: 'RELATIVE', outcome: 'INFORMATION_GIVEN' };

/** The helpline log: fast anonymous entry, linked contacts, validation, the group leader's limits, lists and audit. */
describe('helpline contacts', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('helpline', (suite) => ({ owner, api, a, b, ta, tb } = suite));
  let relativeA: string;
  let residentA: string;
  let relativeB: string;
  let residentB: string;

  const contactsOf = async (tenantId: string) => (await ownerQuery<{ n: number }>(owner, tenantId, 'select count(*)::int as n from helpline_contact where tenant_id = ?', [tenantId]))[0].n;

  beforeAll(async () => {
    relativeA = await insertRelative(owner, a.id);
    residentA = await insertResident(owner, a.id);
    relativeB = await insertRelative(owner, b.id);
    residentB = await insertResident(owner, b.id);
  });

  describe('logging', () => {
    it('logs an anonymous call from the four choices alone: now, no topics, recorded by me, audited CREATE', async () => {
      const before = Date.now();
      const contact = ok(await api.gql(LOG, { input: QUICK }, { token: ta.GROUP_LEADER })).logHelplineContact;
      expect(contact).toMatchObject({ durationMinutes: 12, channel: 'PHONE', callerKind: 'RELATIVE', outcome: 'INFORMATION_GIVEN', topics: [], referredTo: null, notes: null, anonymous: true, department: null, recordedBy: { id: a.users.GROUP_LEADER.id } });
      expect(Date.parse(contact.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(contact.occurredAt)).toBeLessThanOrEqual(Date.now() + 1000);
      expect(await auditOf(owner, a.id, { entityId: contact.id })).toEqual([expect.objectContaining({ action: 'CREATE', entityType: 'HelplineContact', userId: a.users.GROUP_LEADER.id, residentId: null })]);
    });

    it('stores every optional field, a referral and a department', async () => {
      const department = await createDepartment(api, ta.MANAGER, { name: 'Helpline desk' });
      const input: LogHelplineContactInput = { ...QUICK, occurredAt: '2025-02-03T18:45:00.000Z', channel: 'CHAT', callerKind: 'BEREAVED', topics: ['GRIEF_AFTER_OVERDOSE', 'MENTAL_HEALTH'], outcome: 'REFERRED', referredTo: '  Grief group  ', notes: 'Mother of a son who died in May.', departmentId: department.id };
      const contact = ok(await api.gql(LOG, { input }, { token: ta.COUNSELLOR })).logHelplineContact;
      expect(contact).toMatchObject({ occurredAt: '2025-02-03T18:45:00.000Z', channel: 'CHAT', callerKind: 'BEREAVED', topics: ['GRIEF_AFTER_OVERDOSE', 'MENTAL_HEALTH'], outcome: 'REFERRED', referredTo: 'Grief group', notes: 'Mother of a son who died in May.', department: { id: department.id } });
    });

    it('links a case worker\'s contact to a relative or a resident; the audit row names the person', async () => {
      const withRelative = ok(await api.gql(LOG_LINKED, { input: { ...QUICK, relativeId: relativeA } }, { token: ta.COUNSELLOR })).logHelplineContact;
      expect(withRelative).toEqual({ id: withRelative.id, anonymous: false, relative: { id: relativeA }, resident: null });
      expect(await auditOf(owner, a.id, { entityId: withRelative.id, action: 'CREATE' })).toEqual([expect.objectContaining({ residentId: null, details: { relativeId: relativeA } })]);
      const withResident = ok(await api.gql(LOG_LINKED, { input: { ...QUICK, callerKind: 'PERSON_WITH_ADDICTION', residentId: residentA } }, { token: ta.MANAGER })).logHelplineContact;
      expect(withResident).toMatchObject({ anonymous: false, relative: null, resident: { id: residentA } });
      expect(await auditOf(owner, a.id, { entityId: withResident.id, action: 'CREATE' })).toEqual([expect.objectContaining({ residentId: residentA })]);
    });

    it('accepts a clock a few minutes fast', async () => {
      ok(await api.gql(LOG, { input: { ...QUICK, occurredAt: minutesFromNow(3) } }, { token: ta.GROUP_LEADER }));
    });
  });

  describe('validation', () => {
    const cases: [string, Partial<LogHelplineContactInput>, string][] = [
      ['a duration above 600 minutes', { durationMinutes: 601 }, 'durationMinutes'],
      ['a negative duration', { durationMinutes: -1 }, 'durationMinutes'],
      ['REFERRED without where to', { outcome: 'REFERRED' }, 'referredTo'],
      ['REFERRED to a blank', { outcome: 'REFERRED', referredTo: '   ' }, 'referredTo'],
      ['a referral too long', { outcome: 'REFERRED', referredTo: 'x'.repeat(301) }, 'referredTo'],
      ['a time an hour ahead', { occurredAt: minutesFromNow(60) }, 'occurredAt'],
      ['a topic twice', { topics: ['OTHER', 'OTHER'] }, 'topics'],
      ['notes too long', { notes: 'x'.repeat(2001) }, 'notes'],
      ['a malformed department id', { departmentId: 'nope' }, 'departmentId'],
      ['a relative and a resident at once', { relativeId: 'RELATIVE', residentId: 'RESIDENT' }, 'residentId'],
    ];
    it.each(cases)('refuses %s with BAD_USER_INPUT on its field and writes nothing', async (_label, change, field) => {
      const input = { ...QUICK, ...change };
      if (input.relativeId === 'RELATIVE') Object.assign(input, { relativeId: relativeA, residentId: residentA });
      const before = await contactsOf(a.id);
      const error = refused(await api.gql(LOG, { input }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT');
      expect(Object.keys(error.fields)).toEqual([field]);
      expect(await contactsOf(a.id)).toBe(before);
    });

    it('refuses an update that leaves a referral without where to', async () => {
      const { id } = await logHelplineContact(api, ta.COUNSELLOR, QUICK);
      expect(refused(await api.gql(UPDATE, { input: { id, outcome: 'REFERRED' } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ referredTo: expect.any(String) });
      const referred = ok(await api.gql(UPDATE, { input: { id, outcome: 'REFERRED', referredTo: 'GP' } }, { token: ta.COUNSELLOR })).updateHelplineContact;
      expect(referred).toMatchObject({ outcome: 'REFERRED', referredTo: 'GP' });
      expect(refused(await api.gql(UPDATE, { input: { id, referredTo: null } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ referredTo: expect.any(String) });
    });
  });

  describe('a group leader (helpline volunteer)', () => {
    it('may not link a contact to a person record: FORBIDDEN, nothing written', async () => {
      const before = await contactsOf(a.id);
      expect(refused(await api.gql(LOG_LINKED, { input: { ...QUICK, relativeId: relativeA } }, { token: ta.GROUP_LEADER }), 'FORBIDDEN')).toBeTruthy();
      expect(refused(await api.gql(LOG_LINKED, { input: { ...QUICK, residentId: residentA } }, { token: ta.GROUP_LEADER }), 'FORBIDDEN')).toBeTruthy();
      expect(await contactsOf(a.id)).toBe(before);
    });

    it('lists only the contacts they logged, never who a contact was with (no read audit either)', async () => {
      const own = await logHelplineContact(api, ta.GROUP_LEADER, { ...QUICK, occurredAt: '2023-03-01T10:00:00.000Z' });
      const counsellors = await logHelplineContact(api, ta.COUNSELLOR, { ...QUICK, occurredAt: '2023-03-01T11:00:00.000Z' });
      // A counsellor links the volunteer's contact to the relative afterwards.
      ok(await api.gql(UPDATE, { input: { id: own.id, relativeId: relativeA } }, { token: ta.COUNSELLOR }));
      const list = ok(await api.gql(LIST, { from: '2023-03-01', to: '2023-03-01' }, { token: ta.GROUP_LEADER })).helplineContacts;
      expect(list.map((c) => c.id)).toEqual([own.id]);
      expect(list[0]).toMatchObject({ anonymous: false, recordedBy: { id: a.users.GROUP_LEADER.id } });
      expect(await auditOf(owner, a.id, { action: 'READ', entityId: relativeA, userId: a.users.GROUP_LEADER.id })).toEqual([]);
      const persons = await api.gql(LIST_PERSONS, { from: '2023-03-01', to: '2023-03-01' }, { token: ta.GROUP_LEADER });
      expect(persons.errors?.map((e) => [e.extensions?.code, e.path?.at(-1)])).toEqual([['FORBIDDEN', 'relative'], ['FORBIDDEN', 'resident']]);
      // The case workers see both, with the person.
      const all = ok(await api.gql(LIST_PERSONS, { from: '2023-03-01', to: '2023-03-01' }, { token: ta.MANAGER })).helplineContacts;
      expect(all).toEqual([{ id: counsellors.id, relative: null, resident: null }, { id: own.id, relative: { id: relativeA }, resident: null }]);
    });

    it('corrects their own contact for 24 hours; another volunteer\'s is NOT_FOUND; no linking', async () => {
      const own = await logHelplineContact(api, ta.GROUP_LEADER, QUICK);
      expect(ok(await api.gql(UPDATE, { input: { id: own.id, durationMinutes: 25, topics: ['SUBSTANCE_USE'] } }, { token: ta.GROUP_LEADER })).updateHelplineContact).toMatchObject({ durationMinutes: 25, topics: ['SUBSTANCE_USE'] });
      expect(refused(await api.gql(UPDATE_LINKED, { input: { id: own.id, residentId: residentA } }, { token: ta.GROUP_LEADER }), 'FORBIDDEN')).toBeTruthy();
      const counsellors = await logHelplineContact(api, ta.COUNSELLOR, QUICK);
      expect(refused(await api.gql(UPDATE, { input: { id: counsellors.id, durationMinutes: 1 } }, { token: ta.GROUP_LEADER }), 'NOT_FOUND')).toBeTruthy();
      await ownerQuery(owner, a.id, `update helpline_contact set created_at = now() - interval '25 hours' where tenant_id = ? and id = ?`, [a.id, own.id]);
      expect(refused(await api.gql(UPDATE, { input: { id: own.id, durationMinutes: 30 } }, { token: ta.GROUP_LEADER }), 'FORBIDDEN').message).toMatch(/24 hours/);
      // A case worker still corrects it, and every change is audited.
      ok(await api.gql(UPDATE, { input: { id: own.id, durationMinutes: 30 } }, { token: ta.COUNSELLOR }));
      expect((await auditOf(owner, a.id, { entityId: own.id })).map((r) => [r.action, r.userId])).toEqual([
        ['CREATE', a.users.GROUP_LEADER.id],
        ['UPDATE', a.users.GROUP_LEADER.id],
        ['UPDATE', a.users.COUNSELLOR.id],
      ]);
    });
  });

  describe('case workers', () => {
    it('relink, unlink and move a contact; at most one person', async () => {
      const department = await createDepartment(api, ta.MANAGER, { name: 'Relink desk' });
      const { id } = await logHelplineContact(api, ta.COUNSELLOR, { ...QUICK, relativeId: relativeA });
      expect(refused(await api.gql(UPDATE_LINKED, { input: { id, residentId: residentA } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ residentId: expect.any(String) });
      expect(ok(await api.gql(UPDATE_LINKED, { input: { id, relativeId: null, residentId: residentA } }, { token: ta.COUNSELLOR })).updateHelplineContact).toMatchObject({ anonymous: false, relative: null, resident: { id: residentA } });
      expect(ok(await api.gql(UPDATE, { input: { id, residentId: null, departmentId: department.id, notes: 'n' } }, { token: ta.MANAGER })).updateHelplineContact).toMatchObject({ anonymous: true, department: { id: department.id }, notes: 'n' });
      // The unlinking stays in the former resident's audit trail.
      expect((await auditOf(owner, a.id, { entityId: id, action: 'UPDATE' })).map((r) => r.residentId)).toEqual([residentA, residentA]);
    });

    it('audit a READ of the linked person whenever a contact is listed', async () => {
      const { id } = await logHelplineContact(api, ta.COUNSELLOR, { ...QUICK, occurredAt: '2023-05-05T10:00:00.000Z', residentId: residentA });
      const reads = async () => (await auditOf(owner, a.id, { action: 'READ', entityType: 'Resident', entityId: residentA, userId: a.users.MANAGER.id })).length;
      const before = await reads();
      expect(ok(await api.gql(LIST, { from: '2023-05-05', to: '2023-05-05' }, { token: ta.MANAGER })).helplineContacts.map((c) => c.id)).toEqual([id]);
      expect(await reads()).toBe(before + 1);
    });
  });

  describe('lists', () => {
    it('newest first, cut at `first`, by period in the organisation\'s days (Europe/Oslo) and by department', async () => {
      const north = await createDepartment(api, ta.MANAGER, { name: 'North desk' });
      // 2024-05-31T22:30Z is 1 June 00:30 in Oslo: it belongs to June.
      const times = ['2024-05-31T21:30:00.000Z', '2024-05-31T22:30:00.000Z', '2024-06-10T08:00:00.000Z', '2024-06-30T21:59:00.000Z', '2024-06-30T22:00:00.000Z'];
      const ids: string[] = [];
      for (const [i, occurredAt] of times.entries()) ids.push((await logHelplineContact(api, ta.MANAGER, { ...QUICK, occurredAt, ...(i % 2 ? { departmentId: north.id } : {}) })).id);
      const list = (vars: { from?: string; to?: string; departmentId?: string; first?: number }) => api.gql(LIST, vars, { token: ta.COUNSELLOR }).then((r) => ok(r).helplineContacts.map((c) => c.id));
      expect(await list({ from: '2024-06-01', to: '2024-06-30' })).toEqual([ids[3], ids[2], ids[1]]);
      expect(await list({ from: '2024-05-31', to: '2024-05-31' })).toEqual([ids[0]]);
      expect(await list({ from: '2024-07-01', to: '2024-07-01' })).toEqual([ids[4]]);
      expect(await list({ from: '2024-05-01', to: '2024-07-31', first: 2 })).toEqual([ids[4], ids[3]]);
      expect(await list({ from: '2024-05-01', to: '2024-07-31', departmentId: north.id })).toEqual([ids[3], ids[1]]);
      expect(await list({ departmentId: north.id })).toEqual([ids[3], ids[1]]);
      expect(refused(await api.gql(LIST, { first: 201 }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ first: expect.any(String) });
      expect(refused(await api.gql(LIST, { from: '2024-07-01', to: '2024-06-01' }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ to: expect.any(String) });
    });
  });

  describe("another organisation's ids", () => {
    it('are NOT_FOUND for every id a contact operation takes, and change nothing', async () => {
      const departmentA = await createDepartment(api, ta.MANAGER, { name: 'Only in A' });
      const contactA = await logHelplineContact(api, ta.COUNSELLOR, QUICK);
      const before = await contactsOf(b.id);
      const cases = [
        api.gql(LOG_LINKED, { input: { ...QUICK, relativeId: relativeA } }, { token: tb.COUNSELLOR }),
        api.gql(LOG_LINKED, { input: { ...QUICK, residentId: residentA } }, { token: tb.MANAGER }),
        api.gql(LOG, { input: { ...QUICK, departmentId: departmentA.id } }, { token: tb.GROUP_LEADER }),
        api.gql(UPDATE, { input: { id: contactA.id, durationMinutes: 1 } }, { token: tb.MANAGER }),
        api.gql(LIST, { departmentId: departmentA.id }, { token: tb.MANAGER }),
      ];
      for (const result of await Promise.all(cases)) expect(errorOf(result).code).toBe('NOT_FOUND');
      expect(await contactsOf(b.id)).toBe(before);
      const stored = await ownerQuery<{ duration_minutes: number }>(owner, a.id, 'select duration_minutes from helpline_contact where tenant_id = ? and id = ?', [a.id, contactA.id]);
      expect(stored).toEqual([{ duration_minutes: 12 }]);
      // Their own records still work for them.
      ok(await api.gql(LOG_LINKED, { input: { ...QUICK, relativeId: relativeB } }, { token: tb.COUNSELLOR }));
      ok(await api.gql(LOG_LINKED, { input: { ...QUICK, residentId: residentB } }, { token: tb.COUNSELLOR }));
    });
  });
});
