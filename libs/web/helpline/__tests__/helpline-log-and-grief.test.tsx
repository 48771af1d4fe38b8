import {
  DepartmentFilterOptionsDocument,
  GriefFollowUpsDocument,
  HelplineContactsDocument,
  UpdatePlannedContactDocument,
} from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { followUpInputOf, newFollowUpDraft, validateFollowUp } from '../src/grief/follow-up-draft';
import { FollowUpCard } from '../src/grief/follow-up-card';
import { HelplineLog, helplineLogSize } from '../src/log/helpline-log';
import { defaultLogPeriod, isValidLogPeriod, logPeriodVariables } from '../src/log/log-period';
import { contact, followUp } from './fixtures';

const departments = {
  request: { query: DepartmentFilterOptionsDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      __typename: 'Query' as const,
      departments: [{ __typename: 'Department' as const, id: 'd-hamar', name: 'Hamar', status: 'ACTIVE' as const }],
    },
  },
};

describe('HelplineLog', () => {
  it('looks back 30 days, up to now (the end left open)', () => {
    expect(defaultLogPeriod(new Date(2026, 10, 23))).toEqual({ from: '2026-10-24', to: '' });
    expect(defaultLogPeriod(new Date(2026, 2, 1))).toEqual({ from: '2026-01-30', to: '' });
    expect(logPeriodVariables({ from: '2026-09-01', to: '' })).toEqual({ from: '2026-09-01', to: null });
    expect(isValidLogPeriod({ from: '2026-09-01', to: '' })).toBe(true);
    expect(isValidLogPeriod({ from: '2026-09-01', to: '2026-08-31' })).toBe(false);
    expect(isValidLogPeriod({ from: '', to: '' })).toBe(false);
  });

  it("shows a group leader's own contacts, newest first, without asking for person records", async () => {
    const period = logPeriodVariables(defaultLogPeriod());
    renderWithProviders(<HelplineLog caseWorker={false} />, {
      mocks: [
        departments,
        {
          request: {
            query: HelplineContactsDocument,
            variables: { ...period, departmentId: null, first: helplineLogSize, caseWorker: false },
          },
          result: {
            data: {
              __typename: 'Query' as const,
              helplineContacts: [
                contact({ id: 'hc-2', channel: 'CHAT', topics: ['GRIEF_AFTER_OVERDOSE', 'MENTAL_HEALTH'] }),
                contact({ id: 'hc-1', outcome: 'REFERRED', referredTo: 'the GP' }),
              ],
            },
          },
        },
      ],
    });

    expect(screen.getByRole('heading', { name: 'Contacts you logged' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Helpline contacts, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Chat')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Grief after an overdose death, Mental health')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Referred to the GP')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Anonymous')).toBeInTheDocument();
    expect(screen.getByTestId('helpline-log-count')).toHaveTextContent('2 contacts in the period.');
  });
});

describe('grief follow-ups', () => {
  it('needs a relative and at least one planned date on or after the start', () => {
    const draft = newFollowUpDraft('2026-11-20');
    expect(validateFollowUp(draft)).toEqual({ relativeId: 'chooseOne', plannedOn: 'noPlannedContact' });
    expect(validateFollowUp({ ...draft, relativeId: 'rel-1', plannedOn: ['2026-11-19', ''] })).toEqual({
      dates: { 0: 'plannedBeforeStart' },
    });
    expect(
      followUpInputOf(
        { ...draft, relativeId: 'rel-1', plannedOn: ['2027-01-20', '', '2026-12-01', '2027-01-20'] },
        null,
      ),
    ).toEqual({
      relativeId: 'rel-1',
      startedOn: '2026-11-20',
      plannedOn: ['2026-12-01', '2027-01-20'],
    });
  });

  it('lists the planned contacts in date order and marks one done today', async () => {
    const sent = spy<[Record<string, unknown>]>();
    renderWithProviders(<FollowUpCard followUp={followUp()} />, {
      mocks: [
        {
          request: { query: UpdatePlannedContactDocument, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            sent(variables);
            return {
              data: {
                __typename: 'Mutation' as const,
                updatePlannedContact: {
                  __typename: 'PlannedContact' as const,
                  id: 'pc-2',
                  plannedOn: '2026-11-01',
                  status: 'DONE' as const,
                  doneOn: todayIsoDate(),
                  note: null,
                },
              },
            };
          },
        },
      ],
    });

    const list = screen.getByRole('list', { name: 'Planned contacts with Eva Strand' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('15 Oct 2026');
    expect(items[0]).toHaveTextContent('Done 15 Oct 2026');
    expect(within(items[0]).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Done: the contact on 1 Nov 2026' }));

    await waitFor(() =>
      expect(sent.calls).toEqual([[{ input: { id: 'pc-2', status: 'DONE', doneOn: todayIsoDate() } }]]),
    );
  });

  it('asks the API for the active plans first', async () => {
    const { GriefFollowUpsSection } = await import('../src/grief/grief-follow-ups-section');
    renderWithProviders(<GriefFollowUpsSection departmentId={null} />, {
      mocks: [
        departments,
        {
          request: { query: GriefFollowUpsDocument, variables: { status: 'ACTIVE', departmentId: null, first: 200 } },
          result: { data: { __typename: 'Query' as const, griefFollowUps: [followUp()] } },
        },
      ],
    });
    expect(await screen.findByRole('article', { name: 'Eva Strand' })).toBeInTheDocument();
    expect(screen.getByText('Started 1 Oct 2026, responsible: Lars Nilsen')).toBeInTheDocument();
  });
});
