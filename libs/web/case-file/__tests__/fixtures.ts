import type { GoalDetailsFragment, SessionDetailsFragment } from '@bridgeway/web-graphql';

export const session = (overrides: Partial<SessionDetailsFragment> = {}): SessionDetailsFragment => ({
  __typename: 'CounsellingSession',
  id: 'c-new',
  occurredOn: '2026-11-20',
  durationMinutes: 45,
  kind: 'INDIVIDUAL',
  domains: [],
  notes: null,
  notesVisible: true,
  counsellor: { __typename: 'User', id: 'u-maja', displayName: 'Maja Novak' },
  version: 1,
  withdrawn: false,
  changeable: false,
  withdrawal: null,
  hopes: null,
  resources: null,
  usefulExperience: null,
  nextStep: null,
  ...overrides,
});

export const goal = (overrides: Partial<GoalDetailsFragment> = {}): GoalDetailsFragment => ({
  __typename: 'Goal',
  id: 'g-work',
  domain: 'WORK',
  title: 'Find a part-time job',
  description: null,
  targetDate: null,
  status: 'IN_PROGRESS',
  progress: 40,
  version: 3,
  history: [],
  ...overrides,
});
