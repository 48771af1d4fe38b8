import { ResidentDetailsDocument, UpdateResidentDocument } from '@bridgeway/web-graphql';
import { apiError, renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { EditResidentForm } from '../src/resident-details/edit-resident-form';

const resident = {
  __typename: 'Resident' as const,
  id: 'r1',
  firstName: 'Ana',
  lastName: 'Novak',
  dateOfBirth: '1990-04-01',
  intakeDate: '2026-01-15',
  phone: null,
  email: null,
  version: 2,
};
const details = { request: { query: ResidentDetailsDocument, variables: { id: 'r1' } }, result: { data: { __typename: 'Query' as const, resident } } };
const update = (extra: Record<string, unknown>) => ({
  query: UpdateResidentDocument,
  variables: {
    input: { id: 'r1', expectedVersion: 2, firstName: 'Ana', lastName: 'Novak', phone: null, email: null, dateOfBirth: '1990-04-01', intakeDate: '2026-01-15', ...extra },
  },
});

describe('EditResidentForm', () => {
  it('saves the changed details with the version it was opened at', async () => {
    const onDone = spy();
    renderWithProviders(<EditResidentForm residentId="r1" onDone={onDone} />, {
      mocks: [
        details,
        { request: update({ lastName: 'Kovač' }), result: { data: { __typename: 'Mutation' as const, updateResident: { ...resident, lastName: 'Kovač', version: 3 } } } },
      ],
    });
    const lastName = await screen.findByLabelText('Last name', { exact: false });
    await userEvent.clear(lastName);
    await userEvent.type(lastName, 'Kovač');
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(onDone.calls).toHaveLength(1));
  });

  it('refuses an intake before the date of birth at the field, sending nothing', async () => {
    const onDone = spy();
    renderWithProviders(<EditResidentForm residentId="r1" onDone={onDone} />, { mocks: [details] });
    const intake = await screen.findByLabelText('Intake date', { exact: false });
    await userEvent.clear(intake);
    await userEvent.type(intake, '1980-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(screen.getByText('The intake cannot be before the date of birth.')).toBeInTheDocument();
    expect(onDone.calls).toHaveLength(0);
  });

  it("shows the API's refusal of the phone at the phone field", async () => {
    renderWithProviders(<EditResidentForm residentId="r1" onDone={() => undefined} />, {
      mocks: [details, { request: update({ phone: 'call me' }), result: { errors: [apiError('BAD_USER_INPUT', { fields: { 'input.phone': 'Enter a phone number' } })] } }],
    });
    await userEvent.type(await screen.findByLabelText('Phone'), 'call me');
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Bridgeway did not accept this value. Check it.')).toBeInTheDocument();
    expect(screen.getByLabelText('Phone')).toHaveAttribute('aria-invalid', 'true');
  });
});
