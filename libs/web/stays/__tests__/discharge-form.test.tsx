import { DischargeResidentDocument } from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { apiError, renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { DischargeForm } from '../src/discharge/discharge-form';
import { validateDischarge } from '../src/discharge/discharge-validation';

const today = todayIsoDate();

describe('validateDischarge', () => {
  it('needs a date not in the future and not before the admission, and a reason', () => {
    expect(validateDischarge({ dischargedOn: '', reason: '', note: '' }, null, '2026-11-23')).toEqual({
      dischargedOn: 'dateRequired',
      reason: 'chooseOne',
    });
    expect(
      validateDischarge({ dischargedOn: '2026-12-01', reason: 'COMPLETED', note: '' }, null, '2026-11-23'),
    ).toEqual({ dischargedOn: 'dateInFuture' });
    expect(
      validateDischarge({ dischargedOn: '2026-01-01', reason: 'COMPLETED', note: '' }, '2026-02-01', '2026-11-23'),
    ).toEqual({ dischargedOn: 'beforeAdmission' });
    expect(
      validateDischarge({ dischargedOn: '2026-02-31', reason: 'COMPLETED', note: '' }, null, '2026-11-23'),
    ).toEqual({ dischargedOn: 'dateInvalid' });
    expect(
      validateDischarge({ dischargedOn: '2026-11-23', reason: 'MOVED_ON', note: '' }, '2026-02-01', '2026-11-23'),
    ).toEqual({});
  });
});

describe('DischargeForm', () => {
  const mutation = {
    request: {
      query: DischargeResidentDocument,
      variables: { input: { stayId: 's1', dischargedOn: today, reason: 'COMPLETED', note: null } },
    },
  };

  it('asks for a reason before sending', async () => {
    renderWithProviders(
      <DischargeForm stayId="s1" admittedOn="2026-01-01" onDischarged={() => undefined} onCancel={() => undefined} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Discharge' }));
    expect(screen.getByLabelText('Reason', { exact: false })).toHaveAccessibleDescription('Choose one.');
    // The message goes as soon as a reason is chosen, before the next submit.
    await userEvent.selectOptions(screen.getByLabelText('Reason', { exact: false }), 'COMPLETED');
    expect(screen.getByLabelText('Reason', { exact: false })).not.toHaveAccessibleDescription('Choose one.');
    expect(screen.queryByText('Choose one.')).not.toBeInTheDocument();
  });

  it('discharges today with the chosen reason', async () => {
    const onDischarged = spy();
    renderWithProviders(
      <DischargeForm stayId="s1" admittedOn="2026-01-01" onDischarged={onDischarged} onCancel={() => undefined} />,
      {
        mocks: [
          {
            ...mutation,
            result: {
              data: {
                __typename: 'Mutation' as const,
                dischargeResident: {
                  __typename: 'Stay' as const,
                  id: 's1',
                  admittedOn: '2026-01-01',
                  dischargedOn: today,
                  dischargeReason: 'COMPLETED' as const,
                  residence: { __typename: 'Residence' as const, id: 'h1', name: 'Hiša' },
                  bed: null,
                  resident: {
                    __typename: 'Resident' as const,
                    id: 'r1',
                    status: 'FOLLOW_UP' as const,
                    currentStay: null,
                  },
                },
              },
            },
          },
        ],
      },
    );
    await userEvent.selectOptions(screen.getByLabelText('Reason', { exact: false }), 'COMPLETED');
    await userEvent.click(screen.getByRole('button', { name: 'Discharge' }));
    await waitFor(() => expect(onDischarged.calls.length).toBeGreaterThan(0));
  });

  it('explains a refusal by role instead of failing silently', async () => {
    renderWithProviders(
      <DischargeForm stayId="s1" admittedOn="2026-01-01" onDischarged={() => undefined} onCancel={() => undefined} />,
      {
        mocks: [{ ...mutation, result: { errors: [apiError('FORBIDDEN')] } }],
      },
    );
    await userEvent.selectOptions(screen.getByLabelText('Reason', { exact: false }), 'COMPLETED');
    await userEvent.click(screen.getByRole('button', { name: 'Discharge' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not allowed for your role');
  });

  it('says in words why the API refused (its CONFLICT reason)', async () => {
    renderWithProviders(
      <DischargeForm stayId="s1" admittedOn="2026-01-01" onDischarged={() => undefined} onCancel={() => undefined} />,
      {
        mocks: [{ ...mutation, result: { errors: [apiError('CONFLICT', { reason: 'STAY_ENDED' })] } }],
        language: 'nb',
      },
    );
    await userEvent.selectOptions(screen.getByLabelText('Årsak', { exact: false }), 'COMPLETED');
    await userEvent.click(screen.getByRole('button', { name: 'Flytt ut' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dette er ikke mulig nå');
    expect(alert).toHaveTextContent('Dette oppholdet er allerede avsluttet.');
  });
});
