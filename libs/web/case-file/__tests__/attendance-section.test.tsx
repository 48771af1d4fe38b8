import type { PersonAttendanceRowFragment } from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { AttendanceSection } from '../src/attendance/attendance-section';

const entry = (index: number, present: boolean): PersonAttendanceRowFragment => ({
  __typename: 'PersonAttendance',
  meetingId: `m${index}`,
  programmeId: 'p-academy',
  programmeName: 'Academy',
  programmeKind: 'COURSE',
  startsAt: `2026-11-${String(20 - index).padStart(2, '0')}T16:00:00Z`,
  present,
});

describe('AttendanceSection', () => {
  it('lists the meetings newest first with present or not, each linking to its programme', async () => {
    const entries = Array.from({ length: 10 }, (_, index) => entry(index, index !== 1));
    renderWithProviders(<AttendanceSection attendance={entries} />);

    const list = screen.getByRole('list', { name: 'Meetings attended or missed, newest first' });
    const shown = within(list).getAllByRole('listitem');
    expect(shown).toHaveLength(8);
    expect(within(shown[0] as HTMLElement).getByRole('link', { name: 'Academy' })).toHaveAttribute(
      'href',
      '/programmes/p-academy',
    );
    expect(within(shown[0] as HTMLElement).getByText('Present')).toBeInTheDocument();
    expect(within(shown[1] as HTMLElement).getByText('Not present')).toBeInTheDocument();
    expect(within(shown[0] as HTMLElement).getByText(/^Course or training, /)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show all 10 meetings' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
  });

  it('says when nothing is recorded', () => {
    renderWithProviders(<AttendanceSection attendance={[]} />);
    expect(screen.getByText('No attendance at groups, courses or meeting places recorded.')).toBeInTheDocument();
  });
});
