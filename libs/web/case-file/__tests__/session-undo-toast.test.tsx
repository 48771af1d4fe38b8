import { WithdrawCounsellingSessionDocument } from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { SessionUndoToast } from '../src/session-undo-toast';
import { session } from './fixtures';

const logged = { id: 'c-new', occurredOn: '2026-11-20', durationMinutes: 45 };
const withdrawRequest = {
  query: WithdrawCounsellingSessionDocument,
  variables: { input: { id: 'c-new', reason: 'Undone right after logging' } },
};

describe('SessionUndoToast', () => {
  it('confirms the logged session and withdraws it on Undo', async () => {
    let withdrawn = false;
    renderWithProviders(<SessionUndoToast session={logged} onClose={() => undefined} />, {
      mocks: [
        {
          request: withdrawRequest,
          result: () => {
            withdrawn = true;
            return { data: { withdrawCounsellingSession: session({ withdrawn: true, version: 2 }) } };
          },
        },
      ],
    });

    expect(screen.getByRole('status')).toHaveTextContent('Session on 20 Nov 2026 logged (45 mins).');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('The session was withdrawn.')).toBeInTheDocument();
    expect(withdrawn).toBe(true);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('says so when the withdrawal fails', async () => {
    renderWithProviders(<SessionUndoToast session={logged} onClose={() => undefined} />, {
      mocks: [{ request: withdrawRequest, error: new TypeError('Failed to fetch') }],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/could not be withdrawn/)).toBeInTheDocument();
  });
});
