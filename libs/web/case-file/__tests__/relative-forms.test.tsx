import {
  CreateRelativeDocument,
  LinkRelativeDocument,
  LinkableRelativesDocument,
  RelativeDetailsDocument,
  UpdateRelativeDocument,
} from '@bridgeway/web-graphql';
import { apiError, renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { AddRelativeForm, EditRelativeForm, LinkRelativeForm } from '../src/relatives/relative-forms';

const relative = { __typename: 'Relative' as const, id: 'rel-1', firstName: 'Marta', lastName: 'Novak', phone: null, email: 'marta@example.org' };

describe('relative forms', () => {
  it('adds a relative linked to the resident, after asking for the names and the relationship', async () => {
    const onSaved = spy<[string]>();
    renderWithProviders(<AddRelativeForm residentId="r1" onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [
        {
          request: {
            query: CreateRelativeDocument,
            variables: { input: { residentId: 'r1', relationship: 'PARENT', firstName: 'Marta', lastName: 'Novak', phone: null, email: null } },
          },
          result: { data: { __typename: 'Mutation' as const, createRelative: { __typename: 'Relative' as const, id: 'rel-1' } } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save relative' }));
    expect(screen.getAllByText('Fill in this field.')).toHaveLength(2);
    expect(screen.getByText('Choose one.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('First name', { exact: false }), 'Marta');
    await userEvent.type(screen.getByLabelText('Last name', { exact: false }), 'Novak');
    await userEvent.selectOptions(screen.getByLabelText('Relationship', { exact: false }), 'PARENT');
    expect(screen.queryByText('Fill in this field.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save relative' }));
    await waitFor(() => expect(onSaved.calls).toEqual([['Marta Novak added.']]));
  });

  it('links a relative found by name', async () => {
    const onSaved = spy<[string]>();
    renderWithProviders(<LinkRelativeForm residentId="r1" onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [
        {
          request: { query: LinkableRelativesDocument, variables: { search: 'mar' } },
          result: { data: { __typename: 'Query' as const, relatives: [relative] } },
        },
        {
          request: { query: LinkRelativeDocument, variables: { input: { residentId: 'r1', relativeId: 'rel-1', relationship: 'SIBLING' } } },
          result: { data: { __typename: 'Mutation' as const, linkRelative: { __typename: 'RelativeLink' as const, relationship: 'SIBLING' as const } } },
        },
      ],
    });
    await userEvent.type(screen.getByLabelText('Search relatives by name'), 'mar');
    await userEvent.click(await screen.findByRole('radio', { name: 'Marta Novak' }));
    await userEvent.selectOptions(screen.getByLabelText('Relationship', { exact: false }), 'SIBLING');
    await userEvent.click(screen.getByRole('button', { name: 'Link relative' }));
    await waitFor(() => expect(onSaved.calls).toEqual([['Marta Novak linked.']]));
  });

  it("edits a relative's details, showing the API's refusal at the field", async () => {
    const onSaved = spy<[string]>();
    const update = (email: string) => ({
      query: UpdateRelativeDocument,
      variables: { input: { id: 'rel-1', firstName: 'Marta', lastName: 'Novak', phone: null, email } },
    });
    renderWithProviders(<EditRelativeForm relativeId="rel-1" onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [
        { request: { query: RelativeDetailsDocument, variables: { id: 'rel-1' } }, result: { data: { __typename: 'Query' as const, relative } } },
        { request: update('marta@'), result: { errors: [apiError('BAD_USER_INPUT', { fields: { email: 'Enter an e-mail address' } })] } },
        {
          request: update('marta@novak.si'),
          result: { data: { __typename: 'Mutation' as const, updateRelative: { ...relative, email: 'marta@novak.si' } } },
        },
      ],
    });
    const email = await screen.findByLabelText('E-mail');
    expect(email).toHaveValue('marta@example.org');
    await userEvent.clear(email);
    await userEvent.type(email, 'marta@');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Bridgeway did not accept this value. Check it.')).toBeInTheDocument();
    await userEvent.type(email, 'novak.si');
    expect(screen.queryByText('Bridgeway did not accept this value. Check it.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved.calls).toEqual([['Marta Novak saved.']]));
  });
});
