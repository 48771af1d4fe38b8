import { CurrentGoalDocument, UpdateGoalProgressDocument } from '@bridgeway/web-graphql';
import { apiError, renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GoalProgressForm } from '../src/goals/goal-progress-form';
import { goal } from './fixtures';

const update = (expectedVersion: number, progress: number) => ({
  request: {
    query: UpdateGoalProgressDocument,
    variables: { input: { goalId: 'g-work', expectedVersion, progress, status: 'IN_PROGRESS', note: null } },
  },
});

const theirGoal = goal({
  progress: 60,
  version: 4,
  history: [
    {
      __typename: 'GoalEvent',
      id: 'e1',
      changedAt: '2026-11-20T10:15:00+01:00',
      changedBy: { __typename: 'User', id: 'u-tomaz', displayName: 'Tomaž Kranjc' },
      fromProgress: 40,
      toProgress: 60,
      fromStatus: 'IN_PROGRESS',
      toStatus: 'IN_PROGRESS',
      note: null,
    },
  ],
});

const conflictThenRefetch = [
  {
    ...update(3, 70),
    result: { errors: [apiError('CONFLICT', { current: { version: 4, progress: 60, status: 'IN_PROGRESS' } })] },
  },
  {
    request: { query: CurrentGoalDocument, variables: { id: 'g-work' } },
    result: { data: { __typename: 'Query' as const, goal: theirGoal } },
  },
];

async function setProgress(value: string) {
  const input = screen.getByLabelText('Progress (%)', { exact: false });
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

describe('GoalProgressForm', () => {
  it('shows an out-of-range progress at the field, and the message goes as soon as the value is valid', async () => {
    renderWithProviders(<GoalProgressForm goal={goal()} onSaved={() => undefined} onCancel={() => undefined} />, {
      mocks: [],
    });

    await setProgress('150');
    await userEvent.click(screen.getByRole('button', { name: 'Save progress' }));
    expect(screen.getByText('Enter a whole number from 0 to 100.')).toBeInTheDocument();
    expect(screen.getByLabelText('Progress (%)', { exact: false })).toHaveAttribute('aria-invalid', 'true');

    await setProgress('70');
    expect(screen.queryByText('Enter a whole number from 0 to 100.')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Progress (%)', { exact: false })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('saves with the version it was opened at', async () => {
    const onSaved = spy();
    renderWithProviders(<GoalProgressForm goal={goal()} onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [
        {
          ...update(3, 70),
          result: { data: { __typename: 'Mutation' as const, updateGoalProgress: goal({ progress: 70, version: 4 }) } },
        },
      ],
    });

    await setProgress('70');
    await userEvent.click(screen.getByRole('button', { name: 'Save progress' }));

    await waitFor(() => expect(onSaved.calls.length).toBeGreaterThan(0));
  });

  it('on CONFLICT says someone else changed the goal, shows their values, and keeps mine', async () => {
    const onSaved = spy();
    renderWithProviders(<GoalProgressForm goal={goal()} onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: conflictThenRefetch,
    });

    await setProgress('70');
    await userEvent.click(screen.getByRole('button', { name: 'Save progress' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this goal');
    expect(await screen.findByText('Now saved: 60%, In progress')).toBeInTheDocument();
    expect(screen.getByText('Your change: 70%, In progress')).toBeInTheDocument();
    expect(screen.getByText(/Changed by Tomaž Kranjc/)).toBeInTheDocument();
    expect(screen.getByLabelText('Progress (%)', { exact: false })).toHaveValue('70');
    expect(onSaved.calls).toHaveLength(0);
  });

  it('retries with the new version only when the person chooses to save their change', async () => {
    const onSaved = spy();
    renderWithProviders(<GoalProgressForm goal={goal()} onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [
        ...conflictThenRefetch,
        {
          ...update(4, 70),
          result: { data: { __typename: 'Mutation' as const, updateGoalProgress: goal({ progress: 70, version: 5 }) } },
        },
      ],
    });

    await setProgress('70');
    await userEvent.click(screen.getByRole('button', { name: 'Save progress' }));
    await screen.findByText('Now saved: 60%, In progress');

    await userEvent.click(screen.getByRole('button', { name: 'Save my change instead' }));

    await waitFor(() => expect(onSaved.calls).toHaveLength(1));
  });

  it('"Keep their change" closes the form without saving', async () => {
    const onCancel = spy();
    renderWithProviders(<GoalProgressForm goal={goal()} onSaved={() => undefined} onCancel={onCancel} />, {
      mocks: conflictThenRefetch,
    });

    await setProgress('70');
    await userEvent.click(screen.getByRole('button', { name: 'Save progress' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Keep their change' }));

    expect(onCancel.calls.length).toBeGreaterThan(0);
  });

  it('refuses a progress outside 0–100 next to the field and sends nothing', async () => {
    // Answers any updateGoalProgress request and records it, so "nothing sent" is checked, not assumed.
    const sent = spy<[Record<string, unknown>]>();
    const onSaved = spy();
    renderWithProviders(<GoalProgressForm goal={goal()} onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [
        {
          request: { query: UpdateGoalProgressDocument, variables: () => true },
          maxUsageCount: Number.POSITIVE_INFINITY,
          result: (variables: Record<string, unknown>) => {
            sent(variables);
            return { data: { __typename: 'Mutation' as const, updateGoalProgress: goal({ progress: 70, version: 4 }) } };
          },
        },
      ],
    });

    await setProgress('120');
    await userEvent.click(screen.getByRole('button', { name: 'Save progress' }));

    expect(screen.getByLabelText('Progress (%)', { exact: false })).toHaveAccessibleDescription(
      /Enter a whole number from 0 to 100\./,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.calls).toEqual([]);

    // The control: a valid progress is sent (exactly once).
    await setProgress('70');
    await userEvent.click(screen.getByRole('button', { name: 'Save progress' }));
    await waitFor(() => expect(onSaved.calls).toHaveLength(1));
    expect(sent.calls).toHaveLength(1);
  });
});
