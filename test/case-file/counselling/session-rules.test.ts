import { Resident } from '@bridgeway/api-residents';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { errorOf, graphql, ok } from '../../support/api.js';
import { createResident, daysFromToday, insertRelative } from '../../support/factories.js';
import type { LogCounsellingSessionInput } from '../../support/gql/graphql.js';
import { tableCounts } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const LOG = graphql(`mutation RulesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id occurredOn domains notes } }`);
const LOG_RELATIVE = graphql(`mutation RulesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }`);

/** The record rules of a session: it says something, and its date is neither in the future nor before the resident. */
describe('session record rules', () => {
  let { owner, api, a, ta } = {} as CaseFileSuite;
  caseFileSuite('cs-rules', (suite) => ({ owner, api, a, ta } = suite));
  let resident: string;
  let born: string;

  const sessions = async () => (await tableCounts(owner, a.id)).counselling_session;
  const input = (residentId: string, extra: Partial<LogCounsellingSessionInput> = {}): LogCounsellingSessionInput => ({ residentId, occurredOn: '2025-06-02', durationMinutes: 45, kind: 'INDIVIDUAL', notes: 'Talked', ...extra });
  const log = (i: LogCounsellingSessionInput) => api.gql(LOG, { input: i }, { token: ta.COUNSELLOR });

  beforeAll(async () => {
    resident = (await createResident(api, ta.MANAGER, { firstName: 'Rule', lastName: 'Intake', intakeDate: '2025-05-01' })).id;
    // An intake before the birth date (older rows; the API refuses it now): the later of the two bounds the sessions.
    const em = forkForTenant(owner.em, a.id);
    const row = em.create(Resident, { tenant: em.getReference(Tenant, a.id), firstName: 'Rule', lastName: 'Born', intakeDate: '2025-01-01', dateOfBirth: '2025-03-01' });
    await em.flush();
    born = row.id;
  });

  it('refuses a session with neither notes nor a domain, naming notes, and writes nothing', async () => {
    const before = await sessions();
    for (const extra of [{ notes: null }, { notes: '   ', domains: [] }]) {
      const error = errorOf(await log(input(resident, extra)));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: { notes: 'Write notes or choose at least one life domain' } });
    }
    expect(await sessions()).toBe(before);
  });

  it('accepts notes alone or a domain alone', async () => {
    expect(ok(await log(input(resident, { notes: 'Only notes' }))).logCounsellingSession).toMatchObject({ notes: 'Only notes', domains: [] });
    expect(ok(await log(input(resident, { notes: null, domains: ['HOUSING'] }))).logCounsellingSession).toMatchObject({ notes: null, domains: ['HOUSING'] });
  });

  it('refuses a date before the intake (the intake day itself is fine) and in the future, on occurredOn, writing nothing', async () => {
    ok(await log(input(resident, { occurredOn: '2025-05-01' })));
    const before = await sessions();
    expect(errorOf(await log(input(resident, { occurredOn: '2025-04-30' })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { occurredOn: "The session date cannot be before the resident's intake date (2025-05-01)" },
    });
    expect(errorOf(await log(input(resident, { occurredOn: daysFromToday(2) })))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { occurredOn: 'The session date cannot be in the future' } });
    expect(await sessions()).toBe(before);
  });

  it('bounds by the date of birth when it is later than the intake', async () => {
    const before = await sessions();
    expect(errorOf(await log(input(born, { occurredOn: '2025-02-01' }))).fields).toEqual({ occurredOn: "The session date cannot be before the resident's date of birth (2025-03-01)" });
    expect(await sessions()).toBe(before);
    ok(await log(input(born, { occurredOn: '2025-03-01' })));
  });

  it('applies the same rules to a relative session about a resident, and names both fields at once', async () => {
    const relativeId = await insertRelative(owner, a.id);
    const before = await sessions();
    const error = errorOf(await api.gql(LOG_RELATIVE, { input: { relativeId, occurredOn: '2025-06-01', durationMinutes: 30, kind: 'FAMILY' } }, { token: ta.COUNSELLOR }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: { notes: expect.any(String) } });
    expect(await sessions()).toBe(before);
    ok(await api.gql(LOG_RELATIVE, { input: { relativeId, occurredOn: '2025-06-01', durationMinutes: 30, kind: 'FAMILY', domains: ['FAMILY'] } }, { token: ta.COUNSELLOR }));
    const both = errorOf(await log(input(resident, { occurredOn: '2025-01-01', notes: null })));
    expect(Object.keys(both.fields).sort()).toEqual(['notes', 'occurredOn']);
  });
});
