import { AuditedResidentDocument, ResidentAuditTrailDocument } from '@bridgeway/web-graphql';
import { apiError, renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ResidentAuditPage } from '../src/resident-audit-page';

const entry = (id: string, occurredAt: string, action: string, entityType: string, userDisplayName: string | null) => ({
  __typename: 'AuditEntry' as const,
  id,
  occurredAt,
  action,
  entityType,
  userId: `u-${id}`,
  userDisplayName,
});

const trail = {
  request: { query: ResidentAuditTrailDocument, variables: { residentId: 'r-ana', first: 1000 } },
  result: {
    data: {
      __typename: 'Query' as const,
      residentAuditTrail: [
        entry('read', '2026-11-20T09:00:00Z', 'READ', 'Resident', 'Maja Novak'),
        entry('update', '2026-11-21T09:00:00Z', 'UPDATE', 'Goal', 'Tomaž Kranjc'),
        entry('recalculate', '2026-11-22T09:00:00Z', 'RECALCULATE', 'Mystery', null),
      ],
    },
  },
};

const resident = {
  request: { query: AuditedResidentDocument, variables: { id: 'r-ana' } },
  result: {
    data: {
      __typename: 'Query' as const,
      resident: { __typename: 'Resident' as const, id: 'r-ana', firstName: 'Ana', lastName: 'Novak' },
    },
  },
};

describe('ResidentAuditPage', () => {
  it('lists who looked at or changed the record, newest first, and filters', async () => {
    renderWithProviders(<ResidentAuditPage />, {
      mocks: [resident, trail],
      route: '/residents/r-ana/audit',
      path: '/residents/:residentId/audit',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail: Ana Novak' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '3 entries' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Unknown user');
    expect(rows[0]).toHaveTextContent('RECALCULATE');
    expect(rows[1]).toHaveTextContent('Tomaž Kranjc');
    expect(rows[1]).toHaveTextContent('Changed');
    expect(rows[2]).toHaveTextContent('Looked at');

    await userEvent.click(screen.getByRole('radio', { name: 'Looked at' }));
    expect(screen.getByRole('table', { name: '1 entry' })).toHaveTextContent('Maja Novak');
  });

  it('says clearly when the server does not offer the audit trail yet', async () => {
    renderWithProviders(<ResidentAuditPage />, {
      mocks: [resident, { request: trail.request, result: { errors: [apiError('GRAPHQL_VALIDATION_FAILED')] } }],
      route: '/residents/r-ana/audit',
      path: '/residents/:residentId/audit',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Not available on the server yet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail: Ana Novak' })).toBeInTheDocument();
  });
});
