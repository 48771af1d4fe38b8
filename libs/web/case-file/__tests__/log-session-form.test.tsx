import { LogCounsellingSessionDocument } from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { apiError, renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { LogSessionForm } from '../src/sessions/log-session-form';
import { session } from './fixtures';
import { newSessionDraft, sessionInputOf, validateSession } from '../src/sessions/session-draft';

const today = todayIsoDate();

const input = (overrides: Record<string, unknown> = {}) => ({
  residentId: 'r-ana',
  occurredOn: today,
  durationMinutes: 45,
  kind: 'INDIVIDUAL',
  domains: [],
  notes: null,
  hopes: null,
  resources: null,
  usefulExperience: null,
  nextStep: null,
  ...overrides,
});

const logged = (variablesInput: Record<string, unknown>) => ({
  request: { query: LogCounsellingSessionDocument, variables: { input: variablesInput } },
  result: { data: { __typename: 'Mutation' as const, logCounsellingSession: session({ occurredOn: today }) } },
});

const field = (name: string) => screen.getByLabelText(name, { exact: false });

describe('validateSession', () => {
  const draft = newSessionDraft('2026-11-23');

  it('accepts the defaults and turns blank texts into null', () => {
    expect(validateSession(draft, '2026-11-23')).toEqual({});
    expect(sessionInputOf('r1', { ...draft, notes: '  ' })).toMatchObject({
      durationMinutes: 45,
      kind: 'INDIVIDUAL',
      notes: null,
    });
  });

  it('refuses future dates, durations outside 1–600 and texts longer than the API keeps', () => {
    expect(
      validateSession(
        {
          ...draft,
          occurredOn: '2026-11-24',
          durationMinutes: 601,
          notes: 'x'.repeat(20_001),
          hopes: 'x'.repeat(4_001),
        },
        '2026-11-23',
      ),
    ).toEqual({ occurredOn: 'dateInFuture', durationMinutes: 'minutesRange', notes: 'tooLong', hopes: 'tooLong' });
    expect(validateSession({ ...draft, durationMinutes: 1.5 }, '2026-11-23')).toEqual({
      durationMinutes: 'minutesRange',
    });
    expect(validateSession({ ...draft, durationMinutes: '' }, '2026-11-23')).toEqual({
      durationMinutes: 'minutesRange',
    });
  });
});

describe('LogSessionForm', () => {
  it('starts with today, 45 minutes and an individual session', () => {
    renderWithProviders(<LogSessionForm residentId="r-ana" />);
    expect(field('Date')).toHaveValue(today);
    expect(field('Duration (minutes)')).toHaveValue('45');
    expect(field('Kind of session')).toHaveValue('INDIVIDUAL');
  });

  it('logs a session with the defaults and tells the person it is done', async () => {
    renderWithProviders(<LogSessionForm residentId="r-ana" />, {
      mocks: [logged(input({ notes: 'Talked about work.', domains: ['WORK'] }))],
    });

    await userEvent.type(field('Notes'), 'Talked about work.');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Work' }));
    await userEvent.click(screen.getByRole('button', { name: 'Log session' }));

    expect(await screen.findByText(/Session on .* logged \(45 mins\)\./)).toBeInTheDocument();
    expect(field('Notes')).toHaveValue('');
  });

  it('shows validation messages next to the fields and sends nothing', async () => {
    // Answers any logCounsellingSession request and records it, so "nothing sent" is checked, not assumed.
    const sent = spy<[Record<string, unknown>]>();
    renderWithProviders(<LogSessionForm residentId="r-ana" />, {
      mocks: [
        {
          request: { query: LogCounsellingSessionDocument, variables: () => true },
          maxUsageCount: Number.POSITIVE_INFINITY,
          result: (variables: Record<string, unknown>) => {
            sent(variables);
            return logged(input()).result;
          },
        },
      ],
    });

    await userEvent.clear(field('Duration (minutes)'));
    await userEvent.type(field('Duration (minutes)'), '0');
    await userEvent.clear(field('Date'));
    await userEvent.click(screen.getByRole('button', { name: 'Log session' }));

    expect(field('Duration (minutes)')).toHaveAccessibleDescription(/Enter whole minutes, from 1 to 600\./);
    expect(field('Duration (minutes)')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Date')).toHaveAccessibleDescription(/Enter a date\./);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.calls).toEqual([]);

    // The control: once the fields are valid, the same form does send (exactly once).
    await userEvent.clear(field('Duration (minutes)'));
    await userEvent.type(field('Duration (minutes)'), '45');
    await userEvent.type(field('Date'), today);
    await userEvent.click(screen.getByRole('button', { name: 'Log session' }));
    await waitFor(() => expect(sent.calls).toHaveLength(1));
  });

  it('puts the fields the API rejected (extensions.fields) next to those fields', async () => {
    renderWithProviders(<LogSessionForm residentId="r-ana" />, {
      mocks: [
        {
          request: { query: LogCounsellingSessionDocument, variables: { input: input() } },
          result: {
            errors: [apiError('BAD_USER_INPUT', { fields: { 'input.durationMinutes': 'Too long for one day' } })],
          },
        },
      ],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Log session' }));

    expect(await screen.findByText('Bridgeway did not accept this value. Check it.')).toBeInTheDocument();
    expect(field('Duration (minutes)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps what was typed when the network fails, and sends it again on "Try again"', async () => {
    const notes = 'Long notes that must not be lost.';
    renderWithProviders(<LogSessionForm residentId="r-ana" />, {
      mocks: [
        {
          request: { query: LogCounsellingSessionDocument, variables: { input: input({ notes }) } },
          error: new TypeError('Failed to fetch'),
        },
        logged(input({ notes })),
      ],
    });

    await userEvent.type(field('Notes'), notes);
    await userEvent.click(screen.getByRole('button', { name: 'Log session' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Bridgeway cannot be reached');
    expect(field('Notes')).toHaveValue(notes);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Session on .* logged/)).toBeInTheDocument();
  });
});
