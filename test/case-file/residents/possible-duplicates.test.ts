import { graphql, ok, refused } from '../../support/api.js';
import { createResident } from '../../support/factories.js';
import { auditOf } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const DUPLICATES = graphql(`query PossibleDuplicates($firstName: String!, $lastName: String!, $dateOfBirth: Date!) { possibleDuplicates(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth) { id firstName lastName } }`);

describe('possibleDuplicates (warning before a new resident)', () => {
  let { owner, api, a, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('duplicates', (suite) => ({ owner, api, a, ta, tb } = suite));

  it('finds residents with the same name (any case, spaces trimmed) and date of birth, and nobody else', async () => {
    const same = await createResident(api, ta.MANAGER, { firstName: 'Mojca', lastName: 'Dvojnik', dateOfBirth: '1988-03-14' });
    await createResident(api, ta.MANAGER, { firstName: 'Mojca', lastName: 'Dvojnik', dateOfBirth: '1988-03-15' });
    await createResident(api, ta.MANAGER, { firstName: 'Mojca', lastName: 'Dvojnikova', dateOfBirth: '1988-03-14' });
    await createResident(api, ta.MANAGER, { firstName: 'Mojca', lastName: 'Dvojnik' });
    const found = ok(await api.gql(DUPLICATES, { firstName: ' mojca ', lastName: 'DVOJNIK', dateOfBirth: '1988-03-14' }, { token: ta.COUNSELLOR })).possibleDuplicates;
    expect(found).toEqual([{ id: same.id, firstName: 'Mojca', lastName: 'Dvojnik' }]);
    expect(ok(await api.gql(DUPLICATES, { firstName: 'Mojca', lastName: 'Dvojnik', dateOfBirth: '1970-01-01' }, { token: ta.MANAGER })).possibleDuplicates).toEqual([]);
  });

  it('audits naming an existing resident as a READ of that person', async () => {
    const existing = await createResident(api, ta.MANAGER, { firstName: 'Audit', lastName: 'Twin', dateOfBirth: '1991-06-02' });
    const readsOf = () => auditOf(owner, a.id, { action: 'READ', residentId: existing.id, userId: a.users.COUNSELLOR.id });
    expect(await readsOf()).toEqual([]);
    ok(await api.gql(DUPLICATES, { firstName: 'Audit', lastName: 'Twin', dateOfBirth: '1991-06-02' }, { token: ta.COUNSELLOR }));
    expect((await readsOf()).length).toBeGreaterThan(0);
  });

  it("never finds another organisation's residents", async () => {
    await createResident(api, ta.MANAGER, { firstName: 'Other', lastName: 'House', dateOfBirth: '1980-01-01' });
    expect(ok(await api.gql(DUPLICATES, { firstName: 'Other', lastName: 'House', dateOfBirth: '1980-01-01' }, { token: tb.MANAGER })).possibleDuplicates).toEqual([]);
  });

  it('is for counsellors and managers only, and refuses a blank name at the field', async () => {
    refused(await api.gql(DUPLICATES, { firstName: 'A', lastName: 'B', dateOfBirth: '1980-01-01' }, { token: ta.GROUP_LEADER }), 'FORBIDDEN');
    const blank = refused(await api.gql(DUPLICATES, { firstName: '  ', lastName: 'B', dateOfBirth: '1980-01-01' }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(blank.fields)).toEqual(['firstName']);
  });
});
