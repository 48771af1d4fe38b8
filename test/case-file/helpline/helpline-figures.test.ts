import type { LogHelplineContactInput } from '../../support/gql/graphql.js';
import { errorOf, graphql, ok } from '../../support/api.js';
import { createDepartment, insertRelative, insertResident, logHelplineContact, startGriefFollowUp } from '../../support/factories.js';
import { ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const FIGURES = graphql(`query HelplineFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {
  helplineFigures(from: $from, to: $to, departmentId: $departmentId) { contacts contactMinutes anonymousContacts bereavedFollowedUp counts { month channel topic contacts } }
}`);
const DONE = graphql(`mutation HelplineFiguresContactDone($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id } }`);

const FROM = '2025-01-01';
const TO = '2025-03-31';
const ZONE = 'Europe/Oslo';

type Channel = LogHelplineContactInput['channel'];
type Topic = NonNullable<LogHelplineContactInput['topics']>[number];
const CHANNELS: Channel[] = ['PHONE', 'CHAT', 'EMAIL', 'IN_PERSON', 'VIDEO'];
const TOPICS: Topic[] = ['SUBSTANCE_USE', 'GRIEF_AFTER_OVERDOSE', 'MENTAL_HEALTH', 'PRACTICAL_LEGAL', 'OTHER'];

/**
 * helplineFigures against counts the test makes itself: an independent SQL count over the stored
 * rows (days taken in Oslo with `timezone()`, topics by subscript; not the function's own query) and
 * the fixture as the test logged it, for the whole organisation and for one department.
 */
describe('helplineFigures', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('helpline-figures', (suite) => ({ owner, api, a, b, ta, tb } = suite));
  let department: string;
  const logged: { occurredAt: string; minutes: number; channel: Channel; topics: Topic[]; anonymous: boolean; department: string | null }[] = [];

  /** The SQL the test trusts: written apart from helpline_figures / helpline_contact_counts. */
  async function independent(departmentId: string | null) {
    const inPeriod = `tenant_id = ? and (timezone('${ZONE}', occurred_at))::date between ?::date and ?::date and (?::uuid is null or department_id = ?::uuid)`;
    const params = [a.id, FROM, TO, departmentId, departmentId];
    const [totals] = await ownerQuery<{ contacts: number; minutes: number; anonymous: number }>(
      owner, a.id,
      `select count(*)::int as contacts, coalesce(sum(duration_minutes), 0)::int as minutes,
              count(*) filter (where num_nulls(relative_id, resident_id) = 2)::int as anonymous
         from helpline_contact where ${inPeriod}`,
      params,
    );
    const counts = await ownerQuery<{ month: string; channel: string; topic: string | null; contacts: number }>(
      owner, a.id,
      `select month, channel, topic, count(*)::int as contacts from (
         select to_char(timezone('${ZONE}', occurred_at), 'YYYY-MM') as month, channel::text, (topics[i])::text as topic
           from helpline_contact, generate_subscripts(topics, 1) as i where ${inPeriod}
         union all
         select to_char(timezone('${ZONE}', occurred_at), 'YYYY-MM'), channel::text, null from helpline_contact where cardinality(topics) = 0 and ${inPeriod}
       ) cells group by month, channel, topic`,
      [...params, ...params],
    );
    const [bereaved] = await ownerQuery<{ n: number }>(
      owner, a.id,
      `select count(*)::int as n from relative r where r.tenant_id = ? and r.id in (
         select f.relative_id from grief_follow_up f where f.tenant_id = r.tenant_id and (?::uuid is null or f.department_id = ?::uuid)
            and exists (select 1 from planned_contact p where p.tenant_id = f.tenant_id and p.follow_up_id = f.id and p.status = 'DONE' and p.done_on >= ?::date and p.done_on <= ?::date))`,
      [a.id, departmentId, departmentId, FROM, TO],
    );
    return { ...totals, counts, bereaved: bereaved.n };
  }

  /** The fixture as logged, counted in JS (month in Oslo from the instant). */
  function expectedFromFixture(departmentId: string | null) {
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
    const rows = logged.filter((c) => day.format(new Date(c.occurredAt)) >= FROM && day.format(new Date(c.occurredAt)) <= TO && (!departmentId || c.department === departmentId));
    const cells = new Map<string, number>();
    for (const c of rows) for (const topic of c.topics.length ? c.topics : [null]) {
      const key = `${month.format(new Date(c.occurredAt))}|${c.channel}|${topic}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    return { contacts: rows.length, minutes: rows.reduce((s, c) => s + c.minutes, 0), anonymous: rows.filter((c) => c.anonymous).length, cells };
  }

  const sortCells = <T extends { month: string; channel: string; topic: string | null }>(rows: T[]) =>
    [...rows].sort((x, y) => `${x.month}|${x.channel}|${x.topic ?? ''}`.localeCompare(`${y.month}|${y.channel}|${y.topic ?? ''}`));

  beforeAll(async () => {
    department = (await createDepartment(api, ta.MANAGER, { name: 'Figures desk' })).id;
    const relative = await insertRelative(owner, a.id);
    const resident = await insertResident(owner, a.id);
    // 2024-12-31T23:30Z is already 1 January in Oslo; 2025-03-31T22:30Z is 1 April (summer time).
    const instants = ['2024-12-31T22:30:00Z', '2024-12-31T23:30:00Z', '2025-01-15T09:00:00Z', '2025-01-31T23:15:00Z', '2025-02-14T12:00:00Z', '2025-02-28T22:59:00Z', '2025-03-15T08:00:00Z', '2025-03-31T21:30:00Z', '2025-03-31T22:30:00Z'];
    let n = 0;
    for (const instant of instants) {
      for (let k = 0; k < 3; k++, n++) {
        const topics = TOPICS.filter((_t, i) => (n + i) % 4 === 0).slice(0, n % 3);
        const link = n % 7 === 0 ? { relativeId: relative } : n % 11 === 0 ? { residentId: resident } : {};
        const inDepartment = n % 3 === 1 ? department : null;
        const occurredAt = new Date(Date.parse(instant) + k * 60_000).toISOString();
        const input: LogHelplineContactInput = {
          occurredAt,
          durationMinutes: (n * 13) % 61,
          channel: CHANNELS[n % CHANNELS.length],
          callerKind: 'RELATIVE',
          topics,
          outcome: 'INFORMATION_GIVEN',
          departmentId: inDepartment,
          ...link,
        };
        await logHelplineContact(api, n % 2 ? ta.COUNSELLOR : ta.MANAGER, input);
        logged.push({ occurredAt, minutes: input.durationMinutes, channel: input.channel, topics, anonymous: !('relativeId' in link || 'residentId' in link), department: inDepartment });
      }
    }
    // Grief follow-ups: done in the period (twice for one relative), done outside it, missed, and one in the department.
    const bereaved = [await insertRelative(owner, a.id), await insertRelative(owner, a.id), await insertRelative(owner, a.id), await insertRelative(owner, a.id), await insertRelative(owner, a.id)];
    const done = async (relativeId: string, doneOn: (string | null)[], departmentId: string | null = null) => {
      const plan = await startGriefFollowUp(api, ta.COUNSELLOR, { relativeId, startedOn: '2024-11-01', plannedOn: doneOn.map((_d, i) => `2024-12-0${i + 1}`), departmentId });
      for (const [i, day] of doneOn.entries()) {
        ok(await api.gql(DONE, { input: day ? { id: plan.contacts[i].id, status: 'DONE', doneOn: day } : { id: plan.contacts[i].id, status: 'MISSED' } }, { token: ta.COUNSELLOR }));
      }
    };
    await done(bereaved[0], ['2025-01-10', '2025-02-10']);
    await done(bereaved[1], ['2024-12-31', '2025-04-01']);
    await done(bereaved[2], [null, null]);
    await done(bereaved[3], ['2025-03-31'], department);
    await done(bereaved[4], ['2025-01-01', null], department);
    // Another organisation's records in the same period never count.
    await logHelplineContact(api, tb.COUNSELLOR, { occurredAt: '2025-02-01T10:00:00Z', durationMinutes: 600, channel: 'PHONE', callerKind: 'OTHER', outcome: 'OTHER' });
    await startGriefFollowUp(api, tb.COUNSELLOR, { relativeId: await insertRelative(owner, b.id), startedOn: '2025-01-01', plannedOn: ['2025-01-02'] });
  });

  it.each([
    ['the whole organisation', null],
    ['one department', 'DEPARTMENT'],
  ])('equals the independent counts for %s', async (_label, which) => {
    const departmentId = which ? department : null;
    const figures = ok(await api.gql(FIGURES, { from: FROM, to: TO, departmentId }, { token: ta.MANAGER })).helplineFigures;
    const sql = await independent(departmentId);
    const fixture = expectedFromFixture(departmentId);
    expect({ contacts: figures.contacts, minutes: figures.contactMinutes, anonymous: figures.anonymousContacts, bereaved: figures.bereavedFollowedUp }).toEqual({
      contacts: sql.contacts,
      minutes: sql.minutes,
      anonymous: sql.anonymous,
      bereaved: sql.bereaved,
    });
    expect(sortCells(figures.counts)).toEqual(sortCells(sql.counts));
    // The SQL agrees with what the test logged, so neither can be empty or wrong the same way.
    expect({ contacts: sql.contacts, minutes: sql.minutes, anonymous: sql.anonymous }).toEqual({ contacts: fixture.contacts, minutes: fixture.minutes, anonymous: fixture.anonymous });
    expect(new Map(sql.counts.map((c) => [`${c.month}|${c.channel}|${c.topic}`, c.contacts]))).toEqual(fixture.cells);
    expect(sql.bereaved).toBe(which ? 2 : 3);
    expect(fixture.contacts).toBeGreaterThan(which ? 4 : 15);
    // Months come in order, and a contact at 23:30 UTC on 31 December is January's.
    expect(figures.counts.map((c) => c.month)).toEqual([...figures.counts.map((c) => c.month)].sort());
    expect(figures.counts.map((c) => c.month)).not.toContain('2024-12');
    expect(figures.counts.map((c) => c.month)).not.toContain('2025-04');
  });

  it('is zero for a period without records, and NOT_FOUND for another organisation\'s department', async () => {
    expect(ok(await api.gql(FIGURES, { from: '2010-01-01', to: '2010-12-31' }, { token: ta.MANAGER })).helplineFigures).toEqual({ contacts: 0, contactMinutes: 0, anonymousContacts: 0, bereavedFollowedUp: 0, counts: [] });
    expect(errorOf(await api.gql(FIGURES, { from: FROM, to: TO, departmentId: department }, { token: tb.MANAGER })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(FIGURES, { from: TO, to: FROM }, { token: ta.MANAGER })).fields).toEqual({ to: expect.any(String) });
  });
});
