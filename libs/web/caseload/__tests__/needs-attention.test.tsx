import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { todayIsoDate } from '@bridgeway/web-components';
import { NeedsAttentionCard } from '../src/attention/needs-attention-card';
import { attentionItems } from '../src/attention/needs-attention';
import type { CaseloadRow } from '../src/caseload-row';

const today = '2026-06-30';
const daysAgo = (days: number) => todayIsoDate(new Date(Date.UTC(2026, 5, 30 - days, 12)));
const row = (id: string, name: string, changes: Partial<CaseloadRow>): CaseloadRow => ({
  id,
  name,
  status: 'IN_RESIDENCE',
  residenceId: 'h1',
  residenceName: 'Hiša',
  lastContact: daysAgo(1),
  daysSinceContact: 1,
  openGoals: 1,
  overdueGoals: 0,
  minutesThisMonth: 0,
  lastBarc10: daysAgo(10),
  ...changes,
});

// Ana is fine; Bor was last seen 20 days ago; Cene has an overdue goal and a BARC-10 from 100 days ago;
// Dora has never been seen nor assessed; Eva would qualify but her case is closed.
const rows: CaseloadRow[] = [
  row('r-ana', 'Ana Novak', {}),
  row('r-bor', 'Bor Novak', { lastContact: daysAgo(20), daysSinceContact: 20 }),
  row('r-cene', 'Cene Novak', { overdueGoals: 1, lastBarc10: daysAgo(100) }),
  row('r-dora', 'Dora Novak', { lastContact: null, daysSinceContact: null, lastBarc10: null }),
  row('r-eva', 'Eva Novak', { status: 'CLOSED', lastContact: null, daysSinceContact: null, lastBarc10: null }),
];

describe('attentionItems', () => {
  it('lists open cases with no contact past the threshold, overdue goals or a BARC-10 older than 90 days', () => {
    expect(daysAgo(100)).toBe('2026-03-22');
    expect(attentionItems(rows, today, 14).map((item) => [item.id, item.reasons])).toEqual([
      ['r-cene', [{ kind: 'overdueGoals', count: 1 }, { kind: 'barc10Due', days: 100 }]],
      ['r-dora', [{ kind: 'noContactEver' }, { kind: 'barc10Never' }]],
      ['r-bor', [{ kind: 'noContact', days: 20 }]],
    ]);
    expect(attentionItems(rows, today, 30).map((item) => item.id)).not.toContain('r-bor');
  });
});

describe('NeedsAttentionCard', () => {
  it('shows each resident that needs attention with why, linking to the case file', () => {
    renderWithProviders(<NeedsAttentionCard rows={rows} today={today} threshold={14} />);

    expect(screen.getByRole('heading', { name: 'Needs attention today' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cene Novak' })).toHaveAttribute('href', '/residents/r-cene');
    const items = screen.getAllByTestId('attention-item');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByText('1 goal overdue')).toBeInTheDocument();
    expect(within(items[0]).getByText('BARC-10 100 days ago')).toBeInTheDocument();
    expect(within(items[2]).getByText('No contact for 20 days')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ana Novak' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Eva Novak' })).not.toBeInTheDocument();
  });

  it('says so when nothing needs attention', () => {
    renderWithProviders(<NeedsAttentionCard rows={rows.slice(0, 1)} today={today} threshold={14} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing needs attention today.');
  });
});
