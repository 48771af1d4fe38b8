import {
  AdmissionCandidatesDocument,
  ResidencesBoardDocument,
  type ResidencesBoardQuery,
} from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ResidencesBoardPage } from '../src/residences-board-page';

const board: ResidencesBoardQuery = {
  __typename: 'Query',
  residences: [
    {
      __typename: 'Residence',
      id: 'h1',
      name: 'Hiša Ljubljana',
      address: 'Trubarjeva 1',
      openedOn: '2020-01-01',
      department: null,
      capacity: 2,
      occupancy: 1,
      freeBeds: 1,
      beds: [
        {
          __typename: 'Bed',
          id: 'b1',
          room: '1',
          label: 'A',
          occupant: {
            __typename: 'Resident',
            id: 'r-ana',
            firstName: 'Ana',
            lastName: 'Novak',
            currentStay: { __typename: 'Stay', id: 's1', admittedOn: '2026-03-01' },
          },
        },
        { __typename: 'Bed', id: 'b2', room: '1', label: 'B', occupant: null },
      ],
    },
  ],
};

const candidates = {
  request: { query: AdmissionCandidatesDocument, variables: { search: null } },
  result: {
    data: {
      __typename: 'Query' as const,
      residents: {
        __typename: 'ResidentConnection' as const,
        edges: [
          {
            __typename: 'ResidentEdge' as const,
            node: {
              __typename: 'Resident' as const,
              id: 'r-luka',
              firstName: 'Luka',
              lastName: 'Horvat',
              status: 'FOLLOW_UP' as const,
              currentStay: null,
            },
          },
        ],
      },
    },
  },
};

describe('ResidencesBoardPage', () => {
  it('shows each residence with its beds, who is in them and the free beds', async () => {
    renderWithProviders(<ResidencesBoardPage />, {
      mocks: [{ request: { query: ResidencesBoardDocument }, result: { data: board } }],
    });

    const card = await screen.findByRole('region', { name: 'Hiša Ljubljana' });
    expect(within(card).getByText('1 free bed')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Ana Novak' })).toHaveAttribute('href', '/residents/r-ana');
    expect(screen.getByText('1 residence: 1 of 2 beds taken, 1 free.')).toBeInTheDocument();
  });

  it('opens the discharge form for an occupied bed and the admission form for a free one', async () => {
    renderWithProviders(<ResidencesBoardPage />, {
      mocks: [{ request: { query: ResidencesBoardDocument }, result: { data: board } }, candidates],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Discharge Ana Novak' }));
    expect(await screen.findByRole('dialog', { name: 'Discharge Ana Novak' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await userEvent.click(screen.getByRole('button', { name: 'Admit someone to Room 1 · bed B, Hiša Ljubljana' }));
    const dialog = await screen.findByRole('dialog', { name: 'Admit to Hiša Ljubljana' });
    expect(within(dialog).getByText('Hiša Ljubljana, Room 1 · bed B')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Admission date', { exact: false })).toBeInTheDocument();
  });
});
