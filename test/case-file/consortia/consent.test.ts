import { graphql, ok, refused } from '../../support/api.js';
import { auditOf } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { insertResident } from '../../support/factories.js';

const RECORD = graphql(`mutation RecordConsortiumConsent($input: RecordConsortiumConsentInput!) {
  recordConsortiumConsent(input: $input) { given decidedOn history { given decidedOn recordedById } }
}`);
const CONSENT = graphql(`query ResidentConsortiumConsent($id: ID!) { resident(id: $id) { id consortiumConsent { given decidedOn history { given decidedOn } } } }`);

describe('consent to consortium statistics', () => {
  let { owner, api, a, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('consent', (s) => ({ owner, api, a, ta, tb } = s));

  it('counts a resident with no decision, keeps the history, and the latest decision counts', async () => {
    const residentId = await insertResident(owner, a.id);
    expect(ok(await api.gql(CONSENT, { id: residentId }, { token: ta.MANAGER })).resident.consortiumConsent).toEqual({ given: true, decidedOn: null, history: [] });
    ok(await api.gql(RECORD, { input: { residentId, given: false, decidedOn: '2026-01-10' } }, { token: ta.COUNSELLOR }));
    const answer = ok(await api.gql(RECORD, { input: { residentId, given: true, decidedOn: '2026-02-01' } }, { token: ta.MANAGER })).recordConsortiumConsent;
    expect(answer).toEqual({
      given: true,
      decidedOn: '2026-02-01',
      history: [
        { given: true, decidedOn: '2026-02-01', recordedById: a.users.MANAGER.id },
        { given: false, decidedOn: '2026-01-10', recordedById: a.users.COUNSELLOR.id },
      ],
    });
    const audit = await auditOf(owner, a.id, { action: 'UPDATE', entityType: 'Resident', entityId: residentId });
    expect(audit.map((r) => r.details)).toEqual([
      expect.objectContaining({ consortiumConsent: false, decidedOn: '2026-01-10' }),
      expect.objectContaining({ consortiumConsent: true, decidedOn: '2026-02-01' }),
    ]);
  });

  it("refuses another tenant's resident (NOT_FOUND), group leaders and coordinators (FORBIDDEN), and a future date", async () => {
    const residentId = await insertResident(owner, a.id);
    const input = { residentId, given: false, decidedOn: '2026-01-10' };
    refused(await api.gql(RECORD, { input }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(RECORD, { input }, { token: ta.GROUP_LEADER }), 'FORBIDDEN');
    refused(await api.gql(RECORD, { input }, { token: ta.CONSORTIUM_COORDINATOR }), 'FORBIDDEN');
    expect(refused(await api.gql(RECORD, { input: { ...input, decidedOn: '2999-01-01' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('decidedOn');
    expect(await auditOf(owner, a.id, { action: 'UPDATE', entityId: residentId })).toEqual([]);
  });
});
