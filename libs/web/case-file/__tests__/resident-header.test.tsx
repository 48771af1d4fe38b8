import { renderWithProviders } from '@bridgeway/web-testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { CaseFileResident } from '../src/case-file-types';
import { ResidentHeader } from '../src/header/resident-header';
import { goal } from './fixtures';

const stay = {
  __typename: 'Stay' as const,
  id: 's1',
  admittedOn: '2026-03-01',
  dischargedOn: null,
  dischargeReason: null,
  residence: { __typename: 'Residence' as const, id: 'h1', name: 'Hiša Ljubljana' },
  bed: null,
};

const resident = (overrides: Partial<CaseFileResident> = {}): CaseFileResident =>
  ({
    __typename: 'Resident',
    id: 'r-ana',
    firstName: 'Ana',
    lastName: 'Novak',
    dateOfBirth: '1990-01-01',
    status: 'IN_RESIDENCE',
    intakeDate: '2026-03-01',
    keyWorker: null,
    currentStay: stay,
    stays: [stay],
    relatives: [],
    goals: [],
    assessments: [],
    counsellingSessions: [],
    attendance: [],
    counsellingMinutes: 0,
    minutesThisMonth: 0,
    ...overrides,
  }) as CaseFileResident;

const renderHeader = (props: Partial<Parameters<typeof ResidentHeader>[0]> = {}) => {
  const calls = { admit: 0, discharge: 0 };
  renderWithProviders(
    <ResidentHeader
      resident={resident()}
      showAuditLink={false}
      back={{ to: '/caseload', label: 'Back to caseload' }}
      onAdmit={() => calls.admit++}
      onDischarge={() => calls.discharge++}
      {...props}
    />,
  );
  return calls;
};

describe('ResidentHeader', () => {
  it('keeps Discharge in the Actions menu instead of a button of its own', async () => {
    const calls = renderHeader();

    expect(screen.queryByRole('button', { name: 'Discharge' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Actions' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Discharge' }));
    expect(calls).toEqual({ admit: 0, discharge: 1 });
  });

  it('offers admission and the audit trail (managers) in the same menu', async () => {
    const calls = renderHeader({ resident: resident({ currentStay: null, status: 'FOLLOW_UP' }), showAuditLink: true });

    await userEvent.click(screen.getByRole('button', { name: 'Actions' }));
    const items = await screen.findAllByRole('menuitem');
    const audit = items.find((item) => item.textContent === 'Audit trail');
    expect(audit).toHaveAttribute('href', '/residents/r-ana/audit');
    expect(items.map((item) => item.textContent)).not.toContain('Discharge');
    const admit = items.find((item) => item.textContent === 'Admit to a residence');
    await userEvent.click(admit as HTMLElement);
    expect(calls.admit).toBe(1);
  });

  it('offers neither admission nor discharge for a closed case', async () => {
    renderHeader({ resident: resident({ currentStay: null, status: 'CLOSED' }) });
    await userEvent.click(screen.getByRole('button', { name: 'Actions' }));
    const names = (await screen.findAllByRole('menuitem')).map((item) => item.textContent);
    expect(names).not.toContain('Admit to a residence');
    expect(names).not.toContain('Discharge');
  });

  it('marks open goals past their target date', () => {
    renderHeader({
      resident: resident({
        goals: [
          goal({ id: 'g1', targetDate: '2020-01-01', status: 'IN_PROGRESS' }),
          goal({ id: 'g2', targetDate: '2020-01-01', status: 'ACHIEVED' }),
          goal({ id: 'g3', targetDate: '2099-01-01', status: 'PLANNED' }),
        ],
      }),
    });
    expect(screen.getByTestId('case-file-overdue-goals')).toHaveTextContent('1 goal overdue');
  });

  it('shows no overdue mark when every goal is on time', () => {
    renderHeader({ resident: resident({ goals: [goal({ targetDate: '2099-01-01' })] }) });
    expect(screen.queryByTestId('case-file-overdue-goals')).not.toBeInTheDocument();
  });
});
