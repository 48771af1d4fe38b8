import axe from 'axe-core';
import type { MockLink } from '@apollo/client/testing';
import {
  CreateProgrammeDocument,
  DepartmentFilterOptionsDocument,
  LeaderCandidatesDocument,
  SetProgrammeLeadersDocument,
} from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { leaderIdsOf, leaderKeysOf } from '../src/shared/leader-choice';
import { NewProgrammeForm } from '../src/list/new-programme-form';
import { createProgrammeInputOf, newProgrammeDraft } from '../src/list/programme-draft';
import { EditLeadersForm } from '../src/programme/edit-leaders-form';

/** Serious and critical axe-core violations inside `container` (jsdom: no colour contrast). */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const candidates: MockLink.MockedResponse = {
  request: { query: LeaderCandidatesDocument, variables: { search: null } },
  result: {
    data: {
      __typename: 'Query' as const,
      staff: [
        { __typename: 'User' as const, id: 'u-ingrid', displayName: 'Ingrid Berg' },
        { __typename: 'User' as const, id: 'u-per', displayName: 'Per Lund' },
      ],
      members: [
        { __typename: 'Member' as const, id: 'm-kari', kind: 'VOLUNTEER' as const, firstName: 'Kari', lastName: 'Nordmann' },
        { __typename: 'Member' as const, id: 'm-ola', kind: 'MEMBER' as const, firstName: 'Ola', lastName: 'Olsen' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const departments: MockLink.MockedResponse = {
  request: { query: DepartmentFilterOptionsDocument },
  result: { data: { __typename: 'Query' as const, departments: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Opens the leader picker and chooses these names (jsdom never ends Mantine's dropdown transition: hidden). */
async function chooseLeaders(within_: HTMLElement, names: string[]) {
  const picker = within(within_).getByRole('combobox', { name: 'Leaders' });
  for (const name of names) {
    await userEvent.click(picker);
    await userEvent.click(await screen.findByRole('option', { name, hidden: true }));
  }
}

describe('leader keys', () => {
  it('splits the chosen leaders into staff and volunteer ids', () => {
    const keys = leaderKeysOf([
      { userId: 'u1', memberId: null },
      { userId: null, memberId: 'm1' },
    ]);
    expect(keys).toEqual(['user:u1', 'member:m1']);
    expect(leaderIdsOf([...keys, 'user:u2'])).toEqual({ userIds: ['u1', 'u2'], memberIds: ['m1'] });
  });
});

describe('NewProgrammeForm', () => {
  it('offers staff and volunteers (not other members) as leaders and sends the chosen ids', async () => {
    const expected = {
      ...createProgrammeInputOf({ ...newProgrammeDraft(todayIsoDate()), name: 'Evening group' }),
      leaderUserIds: ['u-ingrid'],
      leaderMemberIds: ['m-kari'],
    };
    const created = spy<[string]>();
    const { container } = renderWithProviders(<NewProgrammeForm onCreated={created} onCancel={() => undefined} />, {
      mocks: [
        departments,
        candidates,
        {
          request: { query: CreateProgrammeDocument, variables: { input: expected } },
          result: {
            data: {
              __typename: 'Mutation' as const,
              createProgramme: {
                __typename: 'Programme' as const,
                id: 'p-new',
                name: 'Evening group',
                kind: 'SUPPORT_GROUP' as const,
                audience: 'RESIDENTS' as const,
                mode: 'IN_PERSON' as const,
                status: 'ACTIVE' as const,
                department: null,
                schedule: null,
                nextMeetings: [],
              },
            },
          },
        },
      ],
    });

    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Evening group');
    await userEvent.click(screen.getByRole('combobox', { name: 'Leaders' }));
    expect(await screen.findByRole('option', { name: 'Kari Nordmann', hidden: true })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Ola Olsen', hidden: true })).not.toBeInTheDocument();
    await chooseLeaders(container, ['Ingrid Berg', 'Kari Nordmann']);
    expect(await seriousViolations(container)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Create programme' }));
    await waitFor(() => expect(created.calls).toEqual([['p-new']]));
  });
});

describe('EditLeadersForm', () => {
  it('starts from the current leaders and saves the chosen ones with setProgrammeLeaders', async () => {
    const saved = spy<[Record<string, unknown>]>();
    const done = spy();
    const { container } = renderWithProviders(
      <EditLeadersForm
        programme={{
          id: 'p-academy',
          leaders: [
            {
              __typename: 'ProgrammeLeader',
              id: 'l1',
              kind: 'STAFF',
              displayName: 'Ingrid Berg',
              userId: 'u-ingrid',
              memberId: null,
            },
          ],
        }}
        onDone={done}
      />,
      {
        mocks: [
          candidates,
          {
            request: {
              query: SetProgrammeLeadersDocument,
              variables: { programmeId: 'p-academy', userIds: ['u-ingrid', 'u-per'], memberIds: ['m-kari'] },
            },
            result: (variables) => {
              saved(variables);
              return {
                data: {
                  __typename: 'Mutation' as const,
                  setProgrammeLeaders: { __typename: 'Programme' as const, id: 'p-academy', leaders: [] },
                },
              };
            },
          },
        ],
      },
    );

    // The current leader is chosen already.
    await userEvent.click(screen.getByRole('combobox', { name: 'Leaders' }));
    expect(await screen.findByRole('option', { name: 'Ingrid Berg', selected: true, hidden: true })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Per Lund', selected: false, hidden: true })).toBeInTheDocument();
    await chooseLeaders(container, ['Per Lund', 'Kari Nordmann']);
    expect(await seriousViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Save leaders' }));

    await waitFor(() => expect(done.calls).toHaveLength(1));
    expect(saved.calls).toEqual([[{ programmeId: 'p-academy', userIds: ['u-ingrid', 'u-per'], memberIds: ['m-kari'] }]]);
  });
});
