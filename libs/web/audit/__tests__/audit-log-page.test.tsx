import { AuditLogCsvDocument, AuditLogDocument, AuditResidentsDocument, AuditStaffDocument } from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { AuditLogPage, auditLogPageSize } from '../src/audit-log-page';

const noFilter = { userId: null, personId: null, action: null, from: null, to: null };

const entry = (id: string, action: string, entityType: string, sessionIds: string[] = [], residentId: string | null = 'r-ana') => ({
  __typename: 'AuditEntry' as const,
  id,
  occurredAt: '2026-11-20T09:00:00Z',
  action,
  entityType,
  entityId: residentId ?? id,
  residentId,
  sessionIds,
  requestId: `req-${id}`,
  userId: 'u-maja',
  userDisplayName: 'Maja Novak',
});

const logAnswer = (variables: Record<string, unknown>, entries: ReturnType<typeof entry>[], totalCount = entries.length, hasNextPage = false) => ({
  request: { query: AuditLogDocument, variables: { ...noFilter, ...variables, first: auditLogPageSize, offset: 0 } },
  result: { data: { __typename: 'Query' as const, auditLog: { __typename: 'AuditLogPage' as const, totalCount, hasNextPage, entries } } },
});

const staff = {
  request: { query: AuditStaffDocument },
  result: { data: { __typename: 'Query' as const, staff: [{ __typename: 'User' as const, id: 'u-maja', displayName: 'Maja Novak' }] } },
};
const residents = {
  request: { query: AuditResidentsDocument, variables: { search: null } },
  result: {
    data: {
      __typename: 'Query' as const,
      residents: {
        __typename: 'ResidentConnection' as const,
        totalCount: 1,
        edges: [{ __typename: 'ResidentEdge' as const, node: { __typename: 'Resident' as const, id: 'r-ana', firstName: 'Ana', lastName: 'Novak', status: 'ACTIVE' as const } }],
      },
    },
  },
};

const downloads: { name: string; href: string }[] = [];
beforeAll(() => {
  URL.createObjectURL = () => 'blob:bridgeway/audit';
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.getAttribute('href') ?? '' });
  };
});

describe('AuditLogPage', () => {
  it('shows one entry per record and request: who, when, what, and whose session notes it showed', async () => {
    renderWithProviders(<AuditLogPage />, {
      mocks: [logAnswer({}, [entry('read', 'READ', 'Resident', ['s1', 's2', 's3']), entry('goal', 'CREATE', 'Goal')]), staff, residents],
      route: '/audit/log',
      path: '/audit/log',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    expect(await screen.findByText('1–2 of 2 entries')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Audit log entries' });
    const [read, created] = within(list).getAllByRole('listitem');
    expect(within(read).getByText('Looked at: Personal details')).toBeInTheDocument();
    expect(within(read).getByText('Showed the notes of 3 sessions')).toBeInTheDocument();
    expect(within(read).getByText(/Maja Novak/)).toBeInTheDocument();
    expect(within(created).getByText('Created: Goal')).toBeInTheDocument();
    expect(within(created).queryByText(/Showed the notes/)).not.toBeInTheDocument();
  });

  it('asks the API with the filter from the address and pages on', async () => {
    const filtered = { userId: 'u-maja', personId: 'r-ana', action: 'CREATE', from: '2026-11-01', to: '2026-11-30' };
    renderWithProviders(<AuditLogPage />, {
      mocks: [logAnswer(filtered, [entry('goal', 'CREATE', 'Goal')], 51, true), staff, residents],
      route: '/audit/log?user=u-maja&person=r-ana&action=CREATE&from=2026-11-01&to=2026-11-30',
      path: '/audit/log',
    });
    expect(await screen.findByText('1–1 of 51 entries')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-01');
  });

  it('refuses an end date before the start date without asking the API', async () => {
    renderWithProviders(<AuditLogPage />, {
      mocks: [staff, residents],
      route: '/audit/log?from=2026-11-30&to=2026-11-01',
      path: '/audit/log',
    });
    expect(await screen.findByText('The end date must not be before the start date')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });

  it('downloads the filtered log as CSV', async () => {
    const csv = {
      request: { query: AuditLogCsvDocument, variables: { ...noFilter, action: 'READ' } },
      result: { data: { __typename: 'Query' as const, auditLogCsv: { __typename: 'AuditLogCsv' as const, filename: 'audit-trail-2026-11-20.csv', content: 'occurredAt\r\n', rowCount: 0, truncated: false } } },
    };
    renderWithProviders(<AuditLogPage />, {
      mocks: [logAnswer({ action: 'READ' }, [entry('read', 'READ', 'Resident')]), staff, residents, csv],
      route: '/audit/log?action=READ',
      path: '/audit/log',
    });
    await screen.findByText('1–1 of 1 entries');
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloads).toEqual([{ name: 'audit-trail-2026-11-20.csv', href: 'blob:bridgeway/audit' }]));
  });

  it('speaks Slovenian', async () => {
    renderWithProviders(<AuditLogPage />, {
      mocks: [logAnswer({}, [entry('read', 'READ', 'Resident', ['s1', 's2'])]), staff, residents],
      route: '/audit/log',
      path: '/audit/log',
      language: 'sl',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Revizijski dnevnik' })).toBeInTheDocument();
    expect(await screen.findByText('Prikazani zapiski 2 srečanj')).toBeInTheDocument();
  });
});
