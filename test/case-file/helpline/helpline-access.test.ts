import { Role } from '@bridgeway/shared-domain';
import { graphql, type GqlResult } from '../../support/api.js';
import { insertRelative, insertResident, logHelplineContact, startGriefFollowUp } from '../../support/factories.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const CONTACTS = graphql(`query AccessHelplineContacts { helplineContacts(first: 5) { id department { id } recordedBy { id } } }`);
const CONTACT_PERSONS = graphql(`query AccessHelplineContactPersons { helplineContacts(first: 5) { id relative { id } resident { id } } }`);
const LOG = graphql(`mutation AccessLogHelplineContact($input: LogHelplineContactInput!) { logHelplineContact(input: $input) { id } }`);
const UPDATE = graphql(`mutation AccessUpdateHelplineContact($input: UpdateHelplineContactInput!) { updateHelplineContact(input: $input) { id } }`);
const PLANS = graphql(`query AccessGriefFollowUps { griefFollowUps(first: 5) { id relative { id } responsible { id } department { id } contacts { id } } }`);
const RELATIVE_PLANS = graphql(`query AccessRelativeGriefFollowUps($id: ID!) { relative(id: $id) { griefFollowUps { id } } }`);
const START = graphql(`mutation AccessStartGriefFollowUp($input: StartGriefFollowUpInput!) { startGriefFollowUp(input: $input) { id } }`);
const UPDATE_PLAN = graphql(`mutation AccessUpdateGriefFollowUp($input: UpdateGriefFollowUpInput!) { updateGriefFollowUp(input: $input) { id } }`);
const ADD = graphql(`mutation AccessAddPlannedContact($followUpId: ID!, $plannedOn: Date!) { addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) { id } }`);
const UPDATE_CONTACT = graphql(`mutation AccessUpdatePlannedContact($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id } }`);
const FIGURES = graphql(`query AccessHelplineFigures { helplineFigures(from: "2025-01-01", to: "2025-12-31") { contacts counts { month } } }`);

const { MANAGER, COUNSELLOR, GROUP_LEADER, CONSORTIUM_COORDINATOR } = Role;
const ROLES = [CONSORTIUM_COORDINATOR, MANAGER, COUNSELLOR, GROUP_LEADER] as const;
const QUICK = { durationMinutes: 5, channel: 'PHONE', callerKind: 'OTHER', outcome: 'OTHER' } as const;

/** Each role against each helpline operation and guarded field: allowed ones answer, the others are FORBIDDEN (docs/access-rules.md). */
describe('helpline access per role', () => {
  let { owner, api, a, ta } = {} as CaseFileSuite;
  caseFileSuite('helpline-access', (suite) => ({ owner, api, a, ta } = suite));
  let relative: string;
  let resident: string;

  beforeAll(async () => {
    relative = await insertRelative(owner, a.id);
    resident = await insertResident(owner, a.id);
    // Every role that may log has a contact of its own, one linked to a person.
    for (const role of [MANAGER, COUNSELLOR, GROUP_LEADER]) await logHelplineContact(api, ta[role], QUICK);
    await logHelplineContact(api, ta.COUNSELLOR, { ...QUICK, relativeId: relative });
  });

  /** A fresh plan made by a counsellor, for the operations that change one. */
  const plan = () => startGriefFollowUp(api, ta.COUNSELLOR, { relativeId: relative, startedOn: '2025-01-01', plannedOn: ['2025-01-08'] });
  /** The role's own contact where it may log one (a group leader corrects only theirs), else a counsellor's. */
  const contactFor = async (role: Role) => (await logHelplineContact(api, ta[[MANAGER, COUNSELLOR, GROUP_LEADER].includes(role) ? role : COUNSELLOR], QUICK)).id;

  const OPERATIONS: Record<string, { allowed: Role[]; run: (role: Role) => Promise<GqlResult<unknown>> }> = {
    'Query.helplineContacts': { allowed: [MANAGER, COUNSELLOR, GROUP_LEADER], run: (role) => api.gql(CONTACTS, {}, { token: ta[role] }) },
    'HelplineContact.relative/resident': { allowed: [MANAGER, COUNSELLOR], run: (role) => api.gql(CONTACT_PERSONS, {}, { token: ta[role] }) },
    'Mutation.logHelplineContact': { allowed: [MANAGER, COUNSELLOR, GROUP_LEADER], run: (role) => api.gql(LOG, { input: QUICK }, { token: ta[role] }) },
    'Mutation.logHelplineContact (linked)': { allowed: [MANAGER, COUNSELLOR], run: (role) => api.gql(LOG, { input: { ...QUICK, residentId: resident } }, { token: ta[role] }) },
    'Mutation.updateHelplineContact': { allowed: [MANAGER, COUNSELLOR, GROUP_LEADER], run: async (role) => api.gql(UPDATE, { input: { id: await contactFor(role), durationMinutes: 9 } }, { token: ta[role] }) },
    'Query.griefFollowUps': { allowed: [MANAGER, COUNSELLOR], run: (role) => api.gql(PLANS, {}, { token: ta[role] }) },
    'Relative.griefFollowUps': { allowed: [MANAGER, COUNSELLOR], run: (role) => api.gql(RELATIVE_PLANS, { id: relative }, { token: ta[role] }) },
    'Mutation.startGriefFollowUp': { allowed: [MANAGER, COUNSELLOR], run: (role) => api.gql(START, { input: { relativeId: relative, startedOn: '2025-01-01', plannedOn: [] } }, { token: ta[role] }) },
    'Mutation.updateGriefFollowUp': { allowed: [MANAGER, COUNSELLOR], run: async (role) => api.gql(UPDATE_PLAN, { input: { id: (await plan()).id, version: 1, status: 'COMPLETED' } }, { token: ta[role] }) },
    'Mutation.addPlannedContact': { allowed: [MANAGER, COUNSELLOR], run: async (role) => api.gql(ADD, { followUpId: (await plan()).id, plannedOn: '2025-02-01' }, { token: ta[role] }) },
    'Mutation.updatePlannedContact': { allowed: [MANAGER, COUNSELLOR], run: async (role) => api.gql(UPDATE_CONTACT, { input: { id: (await plan()).contacts[0].id, status: 'MISSED' } }, { token: ta[role] }) },
    'Query.helplineFigures': { allowed: [MANAGER], run: (role) => api.gql(FIGURES, {}, { token: ta[role] }) },
  };

  it.each(Object.keys(OPERATIONS))('%s', async (name) => {
    const { allowed, run } = OPERATIONS[name];
    const outcome: Record<string, string> = {};
    for (const role of ROLES) {
      const result = await run(role);
      outcome[role] = result.errors?.length ? [...new Set(result.errors.map((e) => e.extensions?.code))].join(',') : 'ok';
    }
    expect(outcome).toEqual(Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? 'ok' : 'FORBIDDEN'])));
  });
});
