import type { GriefFollowUpCardFragment, HelplineContactRowFragment } from '@bridgeway/web-graphql';

export const contact = (overrides: Partial<HelplineContactRowFragment> = {}): HelplineContactRowFragment => ({
  __typename: 'HelplineContact',
  id: 'hc-1',
  occurredAt: '2026-11-20T09:30:00.000Z',
  durationMinutes: 12,
  channel: 'PHONE',
  callerKind: 'RELATIVE',
  topics: [],
  outcome: 'INFORMATION_GIVEN',
  referredTo: null,
  notes: null,
  anonymous: true,
  department: null,
  recordedBy: { __typename: 'User', id: 'u-gl', displayName: 'Kristin Lie' },
  ...overrides,
});

export const followUp = (overrides: Partial<GriefFollowUpCardFragment> = {}): GriefFollowUpCardFragment => ({
  __typename: 'GriefFollowUp',
  id: 'f-1',
  startedOn: '2026-10-01',
  status: 'ACTIVE',
  note: null,
  version: 1,
  relative: { __typename: 'Relative', id: 'rel-1', firstName: 'Eva', lastName: 'Strand' },
  responsible: { __typename: 'User', id: 'u-lars', displayName: 'Lars Nilsen' },
  department: null,
  contacts: [
    { __typename: 'PlannedContact', id: 'pc-2', plannedOn: '2026-11-01', status: 'PLANNED', doneOn: null, note: null },
    {
      __typename: 'PlannedContact',
      id: 'pc-1',
      plannedOn: '2026-10-15',
      status: 'DONE',
      doneOn: '2026-10-15',
      note: null,
    },
  ],
  ...overrides,
});
