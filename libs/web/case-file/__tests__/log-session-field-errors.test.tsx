import { renderWithProviders } from '@bridgeway/web-testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { LogSessionForm } from '../src/sessions/log-session-form';

describe('LogSessionForm field errors', () => {
  it('removes a field’s message as soon as the field is valid, and only then', async () => {
    renderWithProviders(<LogSessionForm residentId="r-ana" />);
    const minutes = screen.getByRole('textbox', { name: /Duration \(minutes\)/ });
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Log session' }));
    expect(await screen.findByText('Enter whole minutes, from 1 to 600.')).toBeInTheDocument();

    // Still invalid when emptied (a message stays); valid at 60.
    await userEvent.clear(minutes);
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(minutes, '60');
    expect(screen.queryByText('Enter whole minutes, from 1 to 600.')).not.toBeInTheDocument();
    expect(minutes).not.toHaveAttribute('aria-invalid', 'true');
  });
});
