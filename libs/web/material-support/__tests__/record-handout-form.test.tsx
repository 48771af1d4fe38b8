import {
  DepartmentFilterOptionsDocument,
  HandoutsDocument,
  RecordHandoutDocument,
  type HandoutRowFragment,
} from '@bridgeway/web-graphql';
import { monthStartIsoDate, todayIsoDate } from '@bridgeway/web-components';
import { renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { HandoutLog, handoutLogSize } from '../src/log/handout-log';
import { handoutInputOf, newHandoutDraft, validateHandout } from '../src/record/handout-draft';
import { RecordHandoutForm } from '../src/record/record-handout-form';

const today = todayIsoDate();

const handout = (overrides: Partial<HandoutRowFragment> = {}): HandoutRowFragment => ({
  __typename: 'Handout',
  id: 'h-1',
  handedOutOn: today,
  kind: 'FOOD_PARCEL',
  quantity: 1,
  anonymousRecipients: 3,
  note: null,
  createdAt: `${today}T10:00:00.000Z`,
  department: { __typename: 'Department', id: 'd-hamar', name: 'Hamar' },
  recordedBy: { __typename: 'User', id: 'u-1', displayName: 'Ingrid Berg' },
  ...overrides,
});

const departments = {
  request: { query: DepartmentFilterOptionsDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      __typename: 'Query' as const,
      departments: [
        { __typename: 'Department' as const, id: 'd-hamar', name: 'Hamar', status: 'ACTIVE' as const },
        { __typename: 'Department' as const, id: 'd-old', name: 'Skien', status: 'CLOSED' as const },
      ],
    },
  },
};

/** Answers every recordHandout and records what was sent, so "nothing sent" is checked, not assumed. */
function recordingMock() {
  const sent = spy<[Record<string, unknown>]>();
  const mock = {
    request: { query: RecordHandoutDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, unknown>) => {
      sent(variables);
      return { data: { __typename: 'Mutation' as const, recordHandout: handout() } };
    },
  };
  return { sent, mock };
}

const field = (name: string) => screen.getByLabelText(name, { exact: false });

describe('handout draft', () => {
  it('sends exactly one kind of recipient', () => {
    const draft = { ...newHandoutDraft('2026-11-20', false, 'd-1'), anonymousRecipients: 4, residentId: 'r-1' };
    expect(validateHandout(draft, '2026-11-20')).toEqual({ recipientKind: 'chooseRecipient' });
    expect(handoutInputOf({ ...draft, recipientKind: 'RESIDENT' })).toEqual({
      handedOutOn: '2026-11-20',
      kind: 'FOOD_PARCEL',
      quantity: 1,
      residentId: 'r-1',
      departmentId: 'd-1',
    });
    expect(handoutInputOf({ ...draft, recipientKind: 'ANONYMOUS' })).toMatchObject({ anonymousRecipients: 4 });
    expect(handoutInputOf({ ...draft, recipientKind: 'ANONYMOUS' })).not.toHaveProperty('residentId');
  });

  it('refuses a future date, a quantity of 0 and a named recipient not chosen', () => {
    const draft = {
      ...newHandoutDraft('2026-11-20', false, null),
      handedOutOn: '2026-11-21',
      quantity: 0,
      recipientKind: 'RELATIVE' as const,
    };
    expect(validateHandout(draft, '2026-11-20')).toEqual({
      handedOutOn: 'dateInFuture',
      quantity: 'countRange',
      relativeId: 'chooseOne',
    });
  });
});

describe('RecordHandoutForm', () => {
  it('refuses a handout without a recipient and sends nothing', async () => {
    const { sent, mock } = recordingMock();
    renderWithProviders(<RecordHandoutForm caseWorker departmentId={null} />, { mocks: [departments, mock] });

    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByText('Choose who received it.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'A resident' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(screen.getByRole('combobox', { name: 'Resident' })).toHaveAccessibleDescription(/Choose one\./);

    await userEvent.click(screen.getByRole('radio', { name: 'Anonymous' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(field('Number of recipients')).toHaveAccessibleDescription(/Enter a whole number from 1 to 10/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.calls).toEqual([]);

    // The control: with a count of recipients, the same form sends (once).
    await userEvent.type(field('Number of recipients'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(sent.calls).toHaveLength(1));
    expect(sent.calls[0]?.[0]).toEqual({
      input: { handedOutOn: today, kind: 'FOOD_PARCEL', quantity: 1, anonymousRecipients: 2 },
      caseWorker: true,
    });
  });

  it("records a group leader's anonymous handout under their department", async () => {
    const { sent, mock } = recordingMock();
    renderWithProviders(<RecordHandoutForm caseWorker={false} departmentId="d-hamar" />, {
      mocks: [departments, mock],
    });

    expect(screen.queryByRole('radio', { name: 'A resident' })).not.toBeInTheDocument();
    await screen.findByRole('option', { name: 'Hamar' });
    expect(screen.queryByRole('option', { name: 'Skien' })).not.toBeInTheDocument();
    await userEvent.clear(field('Quantity'));
    await userEvent.type(field('Quantity'), '5');
    await userEvent.type(field('Number of recipients'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));

    await waitFor(() =>
      expect(screen.getByTestId('handout-recorded')).toHaveTextContent(/Recorded: 5 × Food parcel on/),
    );
    expect(sent.calls[0]?.[0]).toEqual({
      input: { handedOutOn: today, kind: 'FOOD_PARCEL', quantity: 5, anonymousRecipients: 5, departmentId: 'd-hamar' },
      caseWorker: false,
    });
  });
});

describe('HandoutLog', () => {
  it('filters by kind and shows the recipients', async () => {
    const period = { from: monthStartIsoDate(new Date(), 2), to: today };
    const answer = (kind: string | null, handouts: HandoutRowFragment[]) => ({
      request: {
        query: HandoutsDocument,
        variables: { ...period, kind, departmentId: null, first: handoutLogSize, caseWorker: true },
      },
      result: { data: { __typename: 'Query' as const, handouts } },
    });
    renderWithProviders(<HandoutLog caseWorker />, {
      mocks: [
        departments,
        answer(null, [
          handout({
            id: 'h-2',
            kind: 'CLOTHING',
            anonymousRecipients: null,
            relative: { __typename: 'Relative', id: 'rel-1', firstName: 'Eva', lastName: 'Strand' },
            resident: null,
          }),
          handout({ resident: null, relative: null }),
        ]),
        answer('CLOTHING', [
          handout({
            id: 'h-2',
            kind: 'CLOTHING',
            anonymousRecipients: null,
            relative: { __typename: 'Relative', id: 'rel-1', firstName: 'Eva', lastName: 'Strand' },
            resident: null,
          }),
        ]),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Handouts, newest first' });
    expect(within(table).getByText('Eva Strand')).toBeInTheDocument();
    expect(within(table).getByText('3 anonymous recipients')).toBeInTheDocument();
    expect(screen.getByTestId('handout-log-total')).toHaveTextContent('2 handouts in the period, total quantity 2.');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'CLOTHING');
    await waitFor(() =>
      expect(screen.getByTestId('handout-log-total')).toHaveTextContent('1 handout in the period, total quantity 1.'),
    );
  });
});
