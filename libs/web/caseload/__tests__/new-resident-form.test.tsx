import { CreateResidentDocument, PossibleDuplicatesDocument } from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { apiError, renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { NewResidentForm } from '../src/new-resident/new-resident-form';

const input = {
  firstName: 'Ana',
  lastName: 'Novak',
  dateOfBirth: '1990-04-01',
  intakeDate: todayIsoDate(),
  phone: null,
  email: null,
  keyWorkerId: 'u-me',
};

const duplicatesAnswer = (found: { id: string; firstName: string; lastName: string }[]) => ({
  request: { query: PossibleDuplicatesDocument, variables: { firstName: 'Ana', lastName: 'Novak', dateOfBirth: '1990-04-01' } },
  result: {
    data: { __typename: 'Query' as const, possibleDuplicates: found.map((d) => ({ __typename: 'PossibleDuplicate' as const, ...d })) },
  },
});

const created = (extra: Partial<typeof input> = {}) => ({
  request: { query: CreateResidentDocument, variables: { input: { ...input, ...extra } } },
  result: {
    data: { __typename: 'Mutation' as const, createResident: { __typename: 'Resident' as const, id: 'r-new', firstName: 'Ana', lastName: 'Novak' } },
  },
});

async function fillIn(email = '') {
  await userEvent.type(screen.getByLabelText('First name', { exact: false }), 'Ana');
  await userEvent.type(screen.getByLabelText('Last name', { exact: false }), 'Novak');
  await userEvent.type(screen.getByLabelText('Date of birth'), '1990-04-01');
  if (email) await userEvent.type(screen.getByLabelText('E-mail'), email);
}

describe('NewResidentForm', () => {
  it('refuses empty names at the fields, sends nothing, and drops a message as soon as the field is valid', async () => {
    const onCreated = spy<[string]>();
    renderWithProviders(<NewResidentForm myUserId="u-me" onCreated={onCreated} onCancel={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save resident' }));
    expect(screen.getAllByText('Fill in this field.')).toHaveLength(2);
    await userEvent.type(screen.getByLabelText('First name', { exact: false }), 'A');
    expect(screen.getAllByText('Fill in this field.')).toHaveLength(1);
    expect(onCreated.calls).toHaveLength(0);
  });

  it('warns of a resident with the same name and date of birth, links to them, and saves only when asked', async () => {
    const onCreated = spy<[string]>();
    renderWithProviders(<NewResidentForm myUserId="u-me" onCreated={onCreated} onCancel={() => undefined} />, {
      mocks: [duplicatesAnswer([{ id: 'r-old', firstName: 'Ana', lastName: 'Novak' }]), created()],
    });
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Save resident' }));
    expect(await screen.findByText('This person may already be recorded')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Ana Novak' })).toHaveAttribute('href', '/residents/r-old');
    expect(onCreated.calls).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onCreated.calls).toEqual([['r-new']]));
  });

  it('saves straight away when nobody matches', async () => {
    const onCreated = spy<[string]>();
    renderWithProviders(<NewResidentForm myUserId="u-me" onCreated={onCreated} onCancel={() => undefined} />, {
      mocks: [duplicatesAnswer([]), created()],
    });
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Save resident' }));
    await waitFor(() => expect(onCreated.calls).toEqual([['r-new']]));
  });

  it("shows the API's refusal of the e-mail at the e-mail field", async () => {
    renderWithProviders(<NewResidentForm myUserId="u-me" onCreated={() => undefined} onCancel={() => undefined} />, {
      mocks: [
        duplicatesAnswer([]),
        {
          request: { query: CreateResidentDocument, variables: { input: { ...input, email: 'ana@x' } } },
          result: { errors: [apiError('BAD_USER_INPUT', { fields: { 'input.email': 'Enter an e-mail address' } })] },
        },
      ],
    });
    await fillIn('ana@x');
    await userEvent.click(screen.getByRole('button', { name: 'Save resident' }));
    expect(await screen.findByText('Bridgeway did not accept this value. Check it.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail')).toHaveAttribute('aria-invalid', 'true');
  });
});
