import {
  ResidenceCloseDocument,
  ResidenceCreateDocument,
  ResidenceDepartmentOptionsDocument,
  ResidencesBoardDocument,
  type BoardResidenceFragment,
  type ResidencesBoardQuery,
} from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { apiError, renderWithProviders } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ResidencesBoardPage } from '../src/residences-board-page';
import { asRole } from './session';

const boardOf = (residences: BoardResidenceFragment[]) => ({
  request: { query: ResidencesBoardDocument },
  result: { data: { __typename: 'Query' as const, residences } satisfies ResidencesBoardQuery },
});

/** Read when the form opens and again after saving (every active query is read again). */
const noDepartments = {
  request: { query: ResidenceDepartmentOptionsDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { __typename: 'Query' as const, departments: [] } },
};

const created: BoardResidenceFragment = {
  __typename: 'Residence',
  id: 'h-new',
  name: 'Porsgrunn hus',
  address: null,
  openedOn: null,
  capacity: 3,
  occupancy: 0,
  freeBeds: 3,
  department: null,
  beds: [
    { __typename: 'Bed', id: 'b1', room: '1', label: '1', occupant: null },
    { __typename: 'Bed', id: 'b2', room: '1', label: '2', occupant: null },
    { __typename: 'Bed', id: 'b3', room: '2', label: '1', occupant: null },
  ],
};

describe('the residences board for a manager', () => {
  it('explains an empty board and creates a residence with its rooms; field errors go once the field is valid', async () => {
    renderWithProviders(asRole('MANAGER', <ResidencesBoardPage />), {
      mocks: [
        boardOf([]),
        noDepartments,
        {
          request: {
            query: ResidenceCreateDocument,
            variables: { input: { name: 'Porsgrunn hus', address: null, openedOn: null, capacity: 3, rooms: [{ name: '1', beds: 2 }, { name: '2', beds: 1 }] } },
          },
          result: { data: { __typename: 'Mutation' as const, createResidence: created } },
        },
        boardOf([created]),
      ],
    });

    expect(await screen.findByText(/There are no open residences yet\. Create the first one with “New residence”/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New residence' }));
    const dialog = await screen.findByRole('dialog', { name: 'New residence' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create residence' }));
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAccessibleDescription('Fill in this field.');
    await userEvent.type(name, 'Porsgrunn hus');
    expect(name).not.toHaveAccessibleDescription('Fill in this field.');

    await userEvent.clear(within(dialog).getByRole('textbox', { name: /^Room 1: beds/ }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Room 1: beds/ }), '2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a room' }));
    expect(within(dialog).getByRole('textbox', { name: /^Room 2: name/ })).toHaveValue('2');
    expect(within(dialog).getByTestId('rooms-total')).toHaveTextContent('3 beds in all');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create residence' }));
    expect(await screen.findByRole('region', { name: 'Porsgrunn hus' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Retire Room 2 · bed 1, Porsgrunn hus' })).toBeInTheDocument();
  });

  it('says why a residence where people live cannot be closed (CONFLICT)', async () => {
    const lived = { ...created, occupancy: 1, freeBeds: 2 };
    renderWithProviders(asRole('MANAGER', <ResidencesBoardPage />), {
      mocks: [
        boardOf([lived]),
        {
          request: { query: ResidenceCloseDocument, variables: { id: 'h-new', closedOn: todayIsoDate() } },
          result: { errors: [apiError('CONFLICT', { reason: 'RESIDENCE_OCCUPIED', occupancy: 1 })] },
        },
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Close residence Porsgrunn hus' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close Porsgrunn hus' });
    expect(within(dialog).getByText('1 person still lives in Porsgrunn hus. Discharge them before closing it.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close residence' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('People still live in this residence. Discharge them first.');
  });
});

describe('the residences board in Slovenian', () => {
  it('names the residences "bivanjske skupnosti" and explains the empty board to a manager', async () => {
    renderWithProviders(asRole('MANAGER', <ResidencesBoardPage />), { mocks: [boardOf([])], language: 'sl' });

    expect(await screen.findByText('Bivanjske skupnosti: 0; zasedenih postelj: 0 od 0, prostih: 0.')).toBeInTheDocument();
    expect(screen.getByTestId('residences-empty')).toHaveTextContent(/^Odprtih bivanjskih skupnosti še ni\./);
    expect(screen.getByRole('button', { name: 'Nova bivanjska skupnost' })).toBeInTheDocument();
  });
});

describe('the residences board for a counsellor', () => {
  it('offers admitting, but no changes to the residences (the API allows them to managers only)', async () => {
    renderWithProviders(asRole('COUNSELLOR', <ResidencesBoardPage />), { mocks: [boardOf([created])] });

    await screen.findByRole('region', { name: 'Porsgrunn hus' });
    expect(screen.getAllByRole('button', { name: /^Admit someone to/ })).toHaveLength(3);
    for (const name of [/^New residence/, /^Edit/, /^Add beds/, /^Retire/, /^Close residence/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });
});
