import { DepartmentFilterOptionsDocument } from '@bridgeway/web-graphql';
import { renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { DepartmentFilter } from '../src/department-filter';

const options = {
  request: { query: DepartmentFilterOptionsDocument, variables: {} },
  result: {
    data: {
      __typename: 'Query' as const,
      departments: [
        { __typename: 'Department' as const, id: 'd-hamar', name: 'Hamar', status: 'ACTIVE' as const },
        { __typename: 'Department' as const, id: 'd-notodden', name: 'Notodden', status: 'PAUSED' as const },
        { __typename: 'Department' as const, id: 'd-old', name: 'Skien', status: 'CLOSED' as const },
      ],
    },
  },
};

describe('DepartmentFilter', () => {
  it('offers all departments or one of them (closed ones marked), and reports the choice', async () => {
    const onChange = spy<[string | null]>();
    renderWithProviders(<DepartmentFilter value={null} onChange={onChange} id="programme-department" />, { mocks: [options] });
    const select = screen.getByLabelText('Department');
    expect(select).toHaveAttribute('id', 'programme-department');
    expect(select).toHaveValue('');
    await within(select).findByRole('option', { name: 'Hamar' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['All departments', 'Hamar', 'Notodden', 'Skien (closed)']);
    await userEvent.selectOptions(select, 'd-notodden');
    expect(onChange.calls).toEqual([['d-notodden']]);
  });

  it('reports "all departments" as null, and keeps showing a chosen id it does not know', async () => {
    const onChange = spy<[string | null]>();
    renderWithProviders(<DepartmentFilter value="d-gone" onChange={onChange} />, { mocks: [options], language: 'nb' });
    const select = screen.getByLabelText('Avdeling');
    await within(select).findByRole('option', { name: 'Ukjent avdeling' });
    expect(select).toHaveValue('d-gone');
    await userEvent.selectOptions(select, '');
    expect(onChange.calls).toEqual([[null]]);
  });
});
