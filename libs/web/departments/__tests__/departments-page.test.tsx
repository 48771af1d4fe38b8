import axe from 'axe-core';
import {
  DepartmentCreateDocument,
  DepartmentUpdateDocument,
  DepartmentsListDocument,
  type DepartmentRowFragment,
} from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { apiError, renderWithProviders } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { DepartmentsPage } from '../src/departments-page';
import { updateInputOf, validateDepartment } from '../src/department-draft';

const porsgrunn: DepartmentRowFragment = {
  __typename: 'Department',
  id: 'd-porsgrunn',
  name: 'Porsgrunn',
  place: 'Porsgrunn sentrum',
  status: 'ACTIVE',
  statusSince: null,
  statusReason: null,
  version: 1,
};
const notodden: DepartmentRowFragment = {
  __typename: 'Department',
  id: 'd-notodden',
  name: 'Notodden',
  place: null,
  status: 'PAUSED',
  statusSince: '2025-08-15',
  statusReason: 'Paused after the summer',
  version: 3,
};

const listAnswer = (departments: DepartmentRowFragment[]) => ({
  request: { query: DepartmentsListDocument, variables: {} },
  result: { data: { __typename: 'Query' as const, departments } },
});

/** Serious and critical axe-core violations inside `container` (jsdom: no colour contrast). */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('validateDepartment', () => {
  const draft = { name: 'Hamar', place: '', status: 'ACTIVE' as const, statusSince: '', statusReason: '' };

  it('needs a name; PAUSED needs a date and a reason, CLOSED a date', () => {
    expect(validateDepartment(draft)).toEqual({});
    expect(validateDepartment({ ...draft, name: '  ' })).toEqual({ name: 'required' });
    expect(validateDepartment({ ...draft, status: 'PAUSED' })).toEqual({ statusSince: 'dateRequired', statusReason: 'required' });
    expect(validateDepartment({ ...draft, status: 'CLOSED' })).toEqual({ statusSince: 'dateRequired' });
    expect(validateDepartment({ ...draft, status: 'CLOSED', statusSince: '2026-02-30' })).toEqual({ statusSince: 'dateInvalid' });
    expect(validateDepartment({ ...draft, name: 'x'.repeat(201), statusReason: 'y'.repeat(501), status: 'PAUSED', statusSince: '2030-01-01' })).toEqual({ name: 'tooLong', statusReason: 'tooLong' });
  });

  it('sends no date or reason for an active department', () => {
    expect(updateInputOf(notodden, { ...draft, status: 'ACTIVE', statusSince: '2025-08-15', statusReason: 'old' })).toEqual({
      id: 'd-notodden', version: 3, name: 'Hamar', place: null, status: 'ACTIVE', statusSince: null, statusReason: null,
    });
  });
});

describe('DepartmentsPage', () => {
  it('lists the departments with place and status, and is free of serious accessibility problems', async () => {
    const { container } = renderWithProviders(<DepartmentsPage />, { mocks: [listAnswer([notodden, porsgrunn])], route: '/departments' });
    expect(screen.getByRole('heading', { level: 1, name: 'Departments' })).toBeInTheDocument();
    const rows = await screen.findAllByTestId('department-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Notodden', 'Porsgrunn']);
    expect(within(rows[0]).getByText('Paused since 15 Aug 2025')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Paused after the summer')).toBeInTheDocument();
    expect(within(rows[0]).getByText('No place given')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Active')).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('says so when there are no departments yet', async () => {
    renderWithProviders(<DepartmentsPage />, { mocks: [listAnswer([])], route: '/departments' });
    expect(await screen.findByText(/^There are no departments yet\./)).toHaveAttribute('role', 'status');
  });

  it('creates a department after asking for a name, then shows it in the list', async () => {
    const skien: DepartmentRowFragment = { ...porsgrunn, id: 'd-skien', name: 'Skien', place: null };
    renderWithProviders(<DepartmentsPage />, {
      mocks: [
        listAnswer([porsgrunn]),
        {
          request: { query: DepartmentCreateDocument, variables: { input: { name: 'Skien', place: null } } },
          result: { data: { __typename: 'Mutation' as const, createDepartment: skien } },
        },
        listAnswer([porsgrunn, skien]),
      ],
      route: '/departments',
    });
    await screen.findAllByTestId('department-row');
    await userEvent.click(screen.getByRole('button', { name: 'New department' }));
    const dialog = await screen.findByRole('dialog', { name: 'New department' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create department' }));
    expect(within(dialog).getByLabelText('Name', { exact: false })).toHaveAccessibleDescription('Fill in this field.');
    expect(await seriousViolations(dialog)).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('Name', { exact: false }), ' Skien ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create department' }));
    // Saved, the list read again, the dialog closed (after its closing transition).
    expect(await screen.findByRole('rowheader', { name: 'Skien' }, { timeout: 5_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5_000 });
  });

  it('pauses a department with a date (today by default) and a reason it asks for', async () => {
    const today = todayIsoDate();
    const paused: DepartmentRowFragment = { ...porsgrunn, status: 'PAUSED', statusSince: today, statusReason: 'No leader', version: 2 };
    renderWithProviders(<DepartmentsPage />, {
      mocks: [
        listAnswer([porsgrunn]),
        {
          request: {
            query: DepartmentUpdateDocument,
            variables: { input: { id: 'd-porsgrunn', version: 1, name: 'Porsgrunn', place: 'Porsgrunn sentrum', status: 'PAUSED', statusSince: today, statusReason: 'No leader' } },
          },
          result: { data: { __typename: 'Mutation' as const, updateDepartment: paused } },
        },
        listAnswer([paused]),
      ],
      route: '/departments',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Porsgrunn' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Porsgrunn' });
    expect(within(dialog).queryByLabelText('Paused since', { exact: false })).not.toBeInTheDocument();
    await userEvent.selectOptions(within(dialog).getByLabelText('Status'), 'PAUSED');
    expect(within(dialog).getByLabelText('Paused since', { exact: false })).toHaveValue(today);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(within(dialog).getByLabelText('Reason', { exact: false })).toHaveAccessibleDescription(expect.stringContaining('Fill in this field.'));
    expect(await seriousViolations(dialog)).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('Reason', { exact: false }), 'No leader');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    // Saved after the list was read again; then the dialog closes (after its closing transition).
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5_000 });
    const row = screen.getByTestId('department-row');
    expect(within(row).getByText(/^Paused since/)).toBeInTheDocument();
    expect(within(row).getByText('No leader')).toBeInTheDocument();
  });

  it('on a concurrent change says so, and shows the values stored now', async () => {
    const renamed: DepartmentRowFragment = { ...porsgrunn, name: 'Porsgrunn', place: 'Moved by a colleague', version: 2 };
    renderWithProviders(<DepartmentsPage />, {
      mocks: [
        listAnswer([porsgrunn]),
        {
          request: {
            query: DepartmentUpdateDocument,
            variables: { input: { id: 'd-porsgrunn', version: 1, name: 'Porsgrunn', place: 'Down by the river', status: 'ACTIVE', statusSince: null, statusReason: null } },
          },
          result: { errors: [apiError('CONFLICT', { reason: 'VERSION_MISMATCH', currentVersion: 2 })] },
        },
        listAnswer([renamed]),
      ],
      route: '/departments',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Porsgrunn' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Porsgrunn' });
    const place = within(dialog).getByLabelText('Place', { exact: false });
    await userEvent.clear(place);
    await userEvent.type(place, 'Down by the river');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Someone else changed this');
    await waitFor(() => expect(within(dialog).getByLabelText('Place', { exact: false })).toHaveValue('Moved by a colleague'));
  });
});
