import pg from 'pg';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { PERSONAL_DATA_CATALOG } from '@bridgeway/api-registry';
import { PersonalDataService, type DataSubject, type PersonalDataSection } from '@bridgeway/api-privacy';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { DataSubjectKind } from '@bridgeway/shared-domain';
import { graphql, ok } from '../support/api.js';
import { insertPersonRecords, type PersonRecords } from '../support/factories.js';
import { adminUrl, appOrm } from '../support/orm.js';
import { caseFileSuite, type CaseFileSuite } from '../support/suites.js';

const FIGURES = graphql(`query PrivacyErasureFigures($from: Date!, $to: Date!) {
  counsellingTotals(from: $from, to: $to) { totalMinutes sessions residents }
  goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total }
  occupancyOverTime(from: $from, to: $to) { date residents beds rate }
  helplineFigures(from: $from, to: $to) { contacts contactMinutes anonymousContacts bereavedFollowedUp }
  programmeFigures(from: $from, to: $to) { attendances namedAttendances namedParticipants meetingsHeld trainingHours }
  materialSupportFigures(from: $from, to: $to) { handouts parcels }
}`);

const KINDS = [DataSubjectKind.RESIDENT, DataSubjectKind.RELATIVE, DataSubjectKind.MEMBER] as const;
const subjectOf = (p: PersonRecords, kind: DataSubjectKind): DataSubject => ({ kind, id: { RESIDENT: p.residentId, RELATIVE: p.relativeId, MEMBER: p.memberId }[kind] });
/** Row ids per table of what collect returned. */
const idsOf = (sections: PersonalDataSection[]) => Object.fromEntries(sections.map((s) => [s.table, s.rows.map((r) => String(r.id)).sort()]));

/**
 * Art. 15 and 17 through the libraries' declarations: collect returns exactly a person's rows,
 * anonymise leaves nothing that identifies them in any column of any table while every figure of
 * the organisation stays the same, and neither reaches another tenant's person.
 */
describe('personal data: collect and anonymise through the catalog', () => {
  let { owner, api, a, b, ta } = {} as CaseFileSuite;
  caseFileSuite('pd-erasure', (s) => ({ owner, api, a, b, ta } = s));
  let app: MikroORM;
  let client: pg.Client;
  let service: PersonalDataService;
  let one: PersonRecords;
  let two: PersonRecords;
  let other: PersonRecords;

  beforeAll(async () => {
    app = await appOrm(2);
    client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    service = new PersonalDataService(PERSONAL_DATA_CATALOG, app.em);
    one = await insertPersonRecords(owner, a, '1957-11-23');
    two = await insertPersonRecords(owner, a, '1962-04-17');
    other = await insertPersonRecords(owner, b, '1949-08-30');
  });
  afterAll(async () => {
    await client?.end();
    await app?.close(true);
  });

  /** Runs `fn` as the application role in one transaction of the tenant (as a request does). */
  const inTenant = <T>(tenantId: string, fn: (em: EntityManager) => Promise<T>) => forkForTenant(app.em, tenantId).transactional((tx) => fn(tx));
  const collect = (tenantId: string, subject: DataSubject) => inTenant(tenantId, (em) => service.collect(subject, em));

  /** Every text, varchar, jsonb and array column of every table (as the owner: all tenants) holding one of `needles`; dates compared to `date`. */
  async function search(needles: string[], date?: string): Promise<string[]> {
    const { rows: columns } = await client.query<{ table: string; column: string; type: string }>(
      `select table_name as table, column_name as column, data_type as type from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'date')
        order by 1, 2`,
    );
    const hits: string[] = [];
    for (const c of columns) {
      if (c.type === 'date' && !date) continue;
      const sql = c.type === 'date' ? `select count(*)::int as n from "${c.table}" where "${c.column}" = $1::date` : `select count(*)::int as n from "${c.table}" where "${c.column}"::text ilike any($1::text[])`;
      const param = c.type === 'date' ? date : needles.map((n) => `%${n}%`);
      const [{ n }] = (await client.query<{ n: number }>(sql, [param])).rows;
      if (n > 0) hits.push(`${c.table}.${c.column}: ${n}`);
    }
    return hits;
  }
  const needlesOf = (p: PersonRecords) => [p.marker, ...KINDS.flatMap((k) => [p.identifying[k].phone, p.identifying[k].email])];
  const searchFor = async (p: PersonRecords) => [...(await search(needlesOf(p))), ...(await search([], p.identifying.RESIDENT.dateOfBirth))];

  /** The organisation's figures for 2025, through the API and the consortium metric function. */
  async function figures(tenantId: string, token: string) {
    const viaApi = ok(await api.gql(FIGURES, { from: '2025-01-01', to: '2025-12-31' }, { token }));
    const metrics = async (consentedOnly: boolean) =>
      (await client.query(`select * from tenant_metrics_periods($1, array[daterange('2025-01-01', '2026-01-01')], $2)`, [tenantId, consentedOnly])).rows;
    return { viaApi, metrics: await metrics(false), consented: await metrics(true) };
  }

  it("(a) collects exactly a person's rows of every declared table, and nothing of anyone else", async () => {
    for (const kind of KINDS) {
      const tables = service.tablesOf(kind).map((d) => d.table);
      // The factory writes a row of each kind's person in every table the catalog declares for that kind.
      expect({ kind, tables: [...tables].sort() }).toEqual({ kind, tables: Object.keys(one.rows[kind]).sort() });
      for (const p of [one, two]) {
        const sections = await collect(a.id, subjectOf(p, kind));
        expect(sections.map((s) => s.table)).toEqual(tables);
        const expected = Object.fromEntries(Object.entries(p.rows[kind]).map(([table, ids]) => [table, [...ids].sort()]));
        expect(idsOf(sections)).toEqual(expected);
        const text = JSON.stringify(sections);
        const others = p === one ? two : one;
        expect({ kind, mentionsOther: [others.marker, others.residentId, others.relativeId, others.memberId].filter((s) => text.includes(s)) }).toEqual({ kind, mentionsOther: [] });
        expect(sections.every((s) => s.rows.every((r) => !('tenant_id' in r)))).toBe(true);
      }
    }
    // The resident's own row holds what identifies them.
    const [resident] = (await collect(a.id, subjectOf(one, DataSubjectKind.RESIDENT))).find((s) => s.table === 'resident')?.rows ?? [];
    expect(resident).toMatchObject({ first_name: `Ana${one.marker}`, phone: one.identifying.RESIDENT.phone, email: one.identifying.RESIDENT.email });
  });

  it('(b, c) anonymise leaves nothing that identifies the person in any column of any table, keeps the others as they were and every figure the same', async () => {
    const before = await figures(a.id, ta.MANAGER);
    const beforeB = await figures(b.id, (await api.login(b.users.MANAGER.email)).token);
    expect(before.viaApi.counsellingTotals?.totalMinutes).toBeGreaterThanOrEqual(2 * (60 + 45));
    const kept = { two: await Promise.all(KINDS.map((k) => collect(a.id, subjectOf(two, k)))), other: await Promise.all(KINDS.map((k) => collect(b.id, subjectOf(other, k)))) };
    const rowsBefore = await Promise.all(KINDS.map((k) => collect(a.id, subjectOf(one, k))));
    // The search finds what it looks for: names, free text (the marker), phones, e-mails and the birth date.
    const found = await searchFor(one);
    for (const where of ['resident.first_name', 'relative.last_name', 'member.email', 'counselling_session.notes', 'counselling_session_revision.previous', 'goal_event.note', 'planned_contact.note', 'resident.date_of_birth']) {
      expect(found.some((h) => h.startsWith(`${where}:`))).toBe(true);
    }

    const erased = await inTenant(a.id, async (em) => [
      ...(await service.anonymise(subjectOf(one, DataSubjectKind.RESIDENT), em)),
      ...(await service.anonymise(subjectOf(one, DataSubjectKind.RELATIVE), em)),
      ...(await service.anonymise(subjectOf(one, DataSubjectKind.MEMBER), em)),
    ]);
    expect(erased.find((e) => e.table === 'resident_relative')).toEqual({ table: 'resident_relative', rows: 1, action: 'DELETED' });
    expect(erased.filter((e) => e.table === 'counselling_session')).toEqual([
      { table: 'counselling_session', rows: 2, action: 'ANONYMISED' },
      { table: 'counselling_session', rows: 1, action: 'ANONYMISED' },
    ]);

    expect(await searchFor(one)).toEqual([]);
    // Rows stay (but the deleted link), so the figures that count them stay true.
    const rowsAfter = await Promise.all(KINDS.map((k) => collect(a.id, subjectOf(one, k))));
    rowsAfter.forEach((sections, i) => {
      const expected = idsOf(rowsBefore[i]);
      if (expected.resident_relative) expected.resident_relative = [];
      expect(idsOf(sections)).toEqual(expected);
    });
    const [resident] = rowsAfter[0].find((s) => s.table === 'resident')?.rows ?? [];
    expect(resident).toMatchObject({ first_name: 'Anonymised', last_name: 'Anonymised', date_of_birth: null, phone: null, email: null });
    const [revision] = rowsAfter[0].find((s) => s.table === 'counselling_session_revision')?.rows ?? [];
    expect(revision).toMatchObject({ reason: 'Anonymised', previous: { occurredOn: '2025-02-03', durationMinutes: 50, kind: 'INDIVIDUAL', domains: ['HOUSING'], notes: null } });
    const consent = rowsAfter[0].find((s) => s.table === 'audit_event')?.rows.find((r) => (r.details as Record<string, unknown> | null)?.decisionId);
    expect(consent?.details).toEqual({ consortiumConsent: null, decidedOn: null, decisionId: expect.any(String) });
    const [contact] = rowsAfter[0].find((s) => s.table === 'helpline_contact')?.rows ?? [];
    expect(contact).toMatchObject({ notes: null, referred_to: 'Anonymised', duration_minutes: 20, outcome: 'REFERRED' });

    // Everyone else as they were: the other resident, relative and member of the tenant, and another tenant's.
    expect(await Promise.all(KINDS.map((k) => collect(a.id, subjectOf(two, k))))).toEqual(kept.two);
    expect(await Promise.all(KINDS.map((k) => collect(b.id, subjectOf(other, k))))).toEqual(kept.other);
    expect((await search([two.marker])).length).toBeGreaterThan(5);

    expect(await figures(a.id, ta.MANAGER)).toEqual(before);
    expect(await figures(b.id, (await api.login(b.users.MANAGER.email)).token)).toEqual(beforeB);
    expect(before.metrics[0]).toMatchObject({ counselling_minutes: 2 * (60 + 45), people_counselled: 2, goals_achieved: 2, people_housed: 2, relatives_supported: 2, attendances: 6, barc10_people: 2 });
  });

  it("(d) reaches no other tenant's person: collect finds nothing, anonymise changes nothing", async () => {
    const kept = await Promise.all(KINDS.map((k) => collect(a.id, subjectOf(two, k))));
    const hits = await search([two.marker]);
    for (const kind of KINDS) {
      const sections = await collect(b.id, subjectOf(two, kind));
      expect({ kind, rows: sections.flatMap((s) => s.rows) }).toEqual({ kind, rows: [] });
      const erased = await inTenant(b.id, (em) => service.anonymise(subjectOf(two, kind), em));
      expect({ kind, rows: erased.filter((e) => e.rows > 0) }).toEqual({ kind, rows: [] });
    }
    expect(await Promise.all(KINDS.map((k) => collect(a.id, subjectOf(two, k))))).toEqual(kept);
    expect(await search([two.marker])).toEqual(hits);
  });

  describe('append-only tables: the application role can erase their personal columns, never rewrite them', () => {
    const ids = (table: string) => other.rows.RESIDENT[table][0];
    const asApp = (sql: string, params: Record<string, unknown>) => forkForTenant(app.em, b.id).execute(sql, params);
    const history = async () =>
      (
        await client.query(
          `select (select to_jsonb(g) from goal_event g where g.id = $1) as goal_event, (select to_jsonb(r) from counselling_session_revision r where r.id = $2) as revision,
                  (select jsonb_agg(to_jsonb(e) order by e.id) from audit_event e where e.tenant_id = $3) as audit`,
          [ids('goal_event'), ids('counselling_session_revision'), b.id],
        )
      ).rows[0];

    it('refuses another column (no privilege), and a personal column set to anything but its erased value (trigger), even for the owner', async () => {
      const before = await history();
      const id = ids('goal_event');
      await expect(asApp(`update goal_event set to_status = 'ABANDONED' where id = :id`, { id })).rejects.toThrow(/permission denied/);
      await expect(asApp(`update audit_event set action = 'FORGED' where resident_id = :id`, { id: other.residentId })).rejects.toThrow(/permission denied/);
      await expect(asApp(`update counselling_session_revision set change = 'WITHDRAWN' where id = :id`, { id: ids('counselling_session_revision') })).rejects.toThrow(/permission denied/);
      await expect(asApp(`delete from goal_event where id = :id`, { id })).rejects.toThrow(/permission denied/);
      await expect(asApp(`update goal_event set note = 'Rewritten history' where id = :id`, { id })).rejects.toThrow(/append-only/);
      await expect(asApp(`update audit_event set details = cast(:details as jsonb) where resident_id = :id`, { id: other.residentId, details: '{"consortiumConsent": false}' })).rejects.toThrow(/append-only/);
      await expect(asApp(`update counselling_session_revision set previous = previous || cast(:patch as jsonb) where id = :id`, { id: ids('counselling_session_revision'), patch: '{"durationMinutes": 600}' })).rejects.toThrow(/append-only/);
      await expect(asApp(`update counselling_session_revision set reason = 'Another reason' where id = :id`, { id: ids('counselling_session_revision') })).rejects.toThrow(/append-only/);
      await expect(client.query(`update goal_event set to_status = 'ABANDONED' where id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(client.query(`update goal_event set note = null, to_progress = 0 where id = $1`, [id])).rejects.toThrow(/append-only/);
      expect(await history()).toEqual(before);
    });

    it('lets erasure set those columns to their erased values, and nothing else changes', async () => {
      const before = await history();
      await inTenant(b.id, (em) => service.anonymise(subjectOf(other, DataSubjectKind.RESIDENT), em));
      const after = await history();
      expect(after.goal_event).toEqual({ ...before.goal_event, note: null });
      expect(after.revision).toEqual({ ...before.revision, reason: 'Anonymised', previous: { ...before.revision.previous, notes: null } });
      const erasedDetails = (e: { resident_id: string | null; details: Record<string, unknown> | null }) =>
        e.resident_id === other.residentId && e.details ? { ...e, details: { ...e.details, ...Object.fromEntries(['consortiumConsent', 'decidedOn', 'status'].filter((k) => k in (e.details ?? {})).map((k) => [k, null])) } } : e;
      expect(after.audit).toEqual(before.audit.map(erasedDetails));
    });
  });
});
