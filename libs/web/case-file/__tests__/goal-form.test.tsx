import { CreateGoalDocument, UpdateGoalDocument } from '@bridgeway/web-graphql';
import { apiError, renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GoalForm } from '../src/goals/goal-form';
import { goal } from './fixtures';

describe('GoalForm', () => {
  it('asks for a domain and a title before sending anything, and drops each message once the field is valid', async () => {
    const onSaved = spy<[string]>();
    renderWithProviders(<GoalForm residentId="r1" onSaved={onSaved} onCancel={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(screen.getByText('Choose one.')).toBeInTheDocument();
    expect(screen.getByText('Fill in this field.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Life domain', { exact: false }), 'HOUSING');
    expect(screen.queryByText('Choose one.')).not.toBeInTheDocument();
    expect(screen.getByText('Fill in this field.')).toBeInTheDocument();
    expect(onSaved.calls).toHaveLength(0);
  });

  it('creates a goal in a domain with a target date', async () => {
    const onSaved = spy<[string]>();
    renderWithProviders(<GoalForm residentId="r1" onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [
        {
          request: {
            query: CreateGoalDocument,
            variables: { input: { residentId: 'r1', domain: 'HOUSING', title: 'Own flat', description: null, targetDate: '2027-06-30' } },
          },
          result: { data: { __typename: 'Mutation' as const, createGoal: goal({ id: 'g-new', domain: 'HOUSING', title: 'Own flat', targetDate: '2027-06-30' }) } },
        },
      ],
    });
    await userEvent.selectOptions(screen.getByLabelText('Life domain', { exact: false }), 'HOUSING');
    await userEvent.type(screen.getByRole('textbox', { name: /^Goal/ }), 'Own flat');
    await userEvent.type(screen.getByLabelText('Target date'), '2027-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(onSaved.calls).toEqual([['Own flat']]));
  });

  it('edits title, domain and target date with the version it was opened at', async () => {
    const onSaved = spy<[string]>();
    renderWithProviders(<GoalForm residentId="" goal={goal()} onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [
        {
          request: {
            query: UpdateGoalDocument,
            variables: { input: { goalId: 'g-work', expectedVersion: 3, domain: 'EDUCATION', title: 'Find a part-time job', description: null, targetDate: null } },
          },
          result: { data: { __typename: 'Mutation' as const, updateGoal: goal({ domain: 'EDUCATION', version: 4 }) } },
        },
      ],
    });
    expect(screen.getByRole('textbox', { name: /^Goal/ })).toHaveValue('Find a part-time job');
    await userEvent.selectOptions(screen.getByLabelText('Life domain', { exact: false }), 'EDUCATION');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved.calls).toHaveLength(1));
  });

  it("shows the API's refusal of the title at the title field", async () => {
    renderWithProviders(<GoalForm residentId="r1" onSaved={() => undefined} onCancel={() => undefined} />, {
      mocks: [
        {
          request: {
            query: CreateGoalDocument,
            variables: { input: { residentId: 'r1', domain: 'WORK', title: 'x', description: null, targetDate: null } },
          },
          result: { errors: [apiError('BAD_USER_INPUT', { fields: { title: 'Too short' } })] },
        },
      ],
    });
    await userEvent.selectOptions(screen.getByLabelText('Life domain', { exact: false }), 'WORK');
    await userEvent.type(screen.getByRole('textbox', { name: /^Goal/ }), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Bridgeway did not accept this value. Check it.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Goal/ })).toHaveAttribute('aria-invalid', 'true');
  });
});
