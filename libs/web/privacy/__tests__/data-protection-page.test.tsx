import axe from 'axe-core';
import {
  ErasureRequestCarryOutDocument,
  ErasureRequestRecordDocument,
  ErasureRelativeSearchDocument,
  ErasureRequestRefuseDocument,
  ErasureRequestsListDocument,
  RetentionPolicySaveDocument,
  RetentionPolicySettingDocument,
  RetentionReviewListDocument,
  type ErasureRequestRowFragment,
  type RetentionPolicyFieldsFragment,
} from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { apiError, renderWithProviders } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { DataProtectionPage } from '../src/data-protection-page';
import { monthsOf, validateRequest } from '../src/erasure-draft';
import { privacyDomain } from '../src';

const pending: ErasureRequestRowFragment = {
  __typename: 'ErasureRequest',
  id: 'req-1',
  subjectKind: 'RESIDENT',
  subjectId: 'res-1',
  subjectName: 'Ana Novak',
  receivedOn: '2026-11-20',
  channel: 'LETTER',
  staffNote: 'ID checked',
  status: 'PENDING',
  refusalReason: null,
  recordedAt: '2026-11-20T09:00:00Z',
  recordedByName: 'Maja Manager',
  decidedAt: null,
  decidedByName: null,
  erasedRows: null,
  retainedUntil: '2030-05-01',
  version: 1,
};
const done: ErasureRequestRowFragment = {
  ...pending,
  id: 'req-2',
  subjectId: 'res-2',
  subjectName: 'Anonymised Anonymised',
  staffNote: null,
  status: 'CARRIED_OUT',
  decidedAt: '2026-11-25T10:00:00Z',
  decidedByName: 'Maja Manager',
  erasedRows: 12,
  retainedUntil: null,
  version: 2,
};
const defaultPolicy: RetentionPolicyFieldsFragment = { __typename: 'RetentionPolicy', months: 120, legalBasis: null, isDefault: true, updatedAt: null, version: 0 };

const requestsAnswer = (requests: ErasureRequestRowFragment[]) => ({
  request: { query: ErasureRequestsListDocument, variables: { first: 20 } },
  result: { data: { __typename: 'Query' as const, erasureRequests: { __typename: 'ErasureRequestPage' as const, totalCount: requests.length, requests } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const policyAnswer = (policy: RetentionPolicyFieldsFragment) => ({
  request: { query: RetentionPolicySettingDocument, variables: {} },
  result: { data: { __typename: 'Query' as const, retentionPolicy: policy } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const reviewAnswer = {
  request: { query: RetentionReviewListDocument, variables: { first: 20, offset: 0 } },
  result: {
    data: {
      __typename: 'Query' as const,
      retentionReview: {
        __typename: 'RetentionReview' as const,
        activeSince: '2016-12-02',
        months: 120,
        totalCount: 2,
        people: [
          { __typename: 'RetentionCandidate' as const, kind: 'RELATIVE' as const, id: 'rel-9', name: 'Petra Kos', lastActivityOn: '2014-03-01', pendingRequestId: null },
          { __typename: 'RetentionCandidate' as const, kind: 'RESIDENT' as const, id: 'res-1', name: 'Ana Novak', lastActivityOn: '2015-06-30', pendingRequestId: 'req-1' },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const pageMocks = (requests = [pending, done], policy = defaultPolicy) => [requestsAnswer(requests), policyAnswer(policy), reviewAnswer];

/** Serious and critical axe-core violations inside `container` (jsdom: no colour contrast). */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('the data protection domain', () => {
  it('is a manager’s page, named in three languages', () => {
    expect(privacyDomain.nav).toMatchObject({ path: '/data-protection', label: { en: 'Data protection', nb: 'Personvern', sl: 'Varstvo podatkov' }, roles: ['MANAGER'] });
    expect(privacyDomain.routes.map((route) => route.roles)).toEqual([['MANAGER']]);
  });
});

describe('form rules', () => {
  it('needs a person, a date not in the future, a channel and a short note', () => {
    const today = '2026-12-02';
    const draft = { kind: 'RESIDENT' as const, person: { kind: 'RESIDENT' as const, id: 'r', name: 'A B' }, receivedOn: today, channel: 'EMAIL' as const, staffNote: '' };
    expect(validateRequest(draft, today)).toEqual({});
    expect(validateRequest({ ...draft, person: null, channel: '', receivedOn: '2026-12-03', staffNote: 'x'.repeat(501) }, today)).toEqual({ person: 'chooseOne', channel: 'chooseOne', receivedOn: 'dateInFuture', staffNote: 'tooLong' });
  });

  it('takes whole months from 0 to 600', () => {
    expect([monthsOf('0'), monthsOf(' 120 '), monthsOf('600')]).toEqual([0, 120, 600]);
    expect([monthsOf('601'), monthsOf('-1'), monthsOf('1.5'), monthsOf('')]).toEqual([null, null, null, null]);
  });
});

describe('DataProtectionPage', () => {
  it('lists requests, the retention period and the people to review, free of serious accessibility problems', async () => {
    const { container } = renderWithProviders(<DataProtectionPage />, { mocks: pageMocks(), route: '/data-protection' });
    expect(screen.getByRole('heading', { level: 1, name: 'Data protection' })).toBeInTheDocument();
    const [first, second] = await screen.findAllByTestId('erasure-request');
    expect(within(first).getByText('Ana Novak')).toBeInTheDocument();
    expect(within(first).getByText('Waiting for a decision')).toBeInTheDocument();
    expect(within(first).getByText(/kept until 1 May 2030/)).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Carry out the request of Ana Novak' })).toBeInTheDocument();
    expect(within(second).getByText('Anonymised Anonymised')).toBeInTheDocument();
    expect(within(second).getByText('12 rows erased')).toBeInTheDocument();
    expect(within(second).queryByRole('button')).not.toBeInTheDocument();
    expect(await screen.findByText(/default of 120 months/)).toBeInTheDocument();
    const people = await screen.findAllByTestId('retention-person');
    expect(within(people[0]).getByRole('button', { name: 'Start erasure request for Petra Kos' })).toBeInTheDocument();
    expect(within(people[1]).getByText('Request waiting for a decision')).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('asks before carrying out, and says in words why the API refused', async () => {
    renderWithProviders(<DataProtectionPage />, {
      mocks: [
        ...pageMocks(),
        {
          request: { query: ErasureRequestCarryOutDocument, variables: { input: { id: 'req-1', expectedVersion: 1 } } },
          result: { errors: [apiError('CONFLICT', { reason: 'RETENTION_PERIOD_RUNNING', retainedUntil: '2030-05-01' })] },
        },
      ],
      route: '/data-protection',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Carry out the request of Ana Novak' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase the data of Ana Novak?' });
    expect(within(dialog).getByText(/cannot be undone/)).toBeInTheDocument();
    expect(await seriousViolations(dialog)).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Erase the data' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/The law requires this record to be kept until the retention period runs out/);
  });

  it('refuses a request with the reason the law gives, chosen already when the record must be kept', async () => {
    const refused = { ...pending, status: 'REFUSED' as const, refusalReason: 'LEGAL_RETENTION' as const, decidedAt: '2026-12-02T10:00:00Z', decidedByName: 'Maja Manager', version: 2 };
    renderWithProviders(<DataProtectionPage />, {
      mocks: [
        ...pageMocks(),
        {
          request: { query: ErasureRequestRefuseDocument, variables: { input: { id: 'req-1', expectedVersion: 1, reason: 'LEGAL_RETENTION' } } },
          result: { data: { __typename: 'Mutation' as const, refuseErasureRequest: refused } },
        },
      ],
      route: '/data-protection',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Refuse the request of Ana Novak' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refuse the request of Ana Novak' });
    expect(within(dialog).getByLabelText('Reason', { exact: false })).toHaveValue('LEGAL_RETENTION');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refuse request' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5_000 });
  });

  it('records a request for a person picked in the retention review', async () => {
    const recorded = { ...pending, id: 'req-3', subjectKind: 'RELATIVE' as const, subjectId: 'rel-9', subjectName: 'Petra Kos', receivedOn: todayIsoDate(), channel: 'EMAIL' as const, staffNote: null, retainedUntil: null };
    let sent = false;
    renderWithProviders(<DataProtectionPage />, {
      mocks: [
        ...pageMocks(),
        {
          request: { query: ErasureRequestRecordDocument, variables: { input: { subjectKind: 'RELATIVE', subjectId: 'rel-9', receivedOn: todayIsoDate(), channel: 'EMAIL', staffNote: null } } },
          result: () => {
            sent = true;
            return { data: { __typename: 'Mutation' as const, recordErasureRequest: recorded } };
          },
        },
      ],
      route: '/data-protection',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Start erasure request for Petra Kos' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record an erasure request' });
    expect(within(dialog).getByText('Chosen: Petra Kos')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record request' }));
    expect(within(dialog).getByLabelText('How it came in', { exact: false })).toHaveAccessibleDescription('Choose one.');
    await userEvent.selectOptions(within(dialog).getByLabelText('How it came in', { exact: false }), 'EMAIL');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record request' }));
    await waitFor(() => expect(sent).toBe(true));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5_000 });
  });

  it('finds the person by name when recording a request from the list', async () => {
    const recorded = { ...pending, id: 'req-4', subjectKind: 'RELATIVE' as const, subjectId: 'rel-9', subjectName: 'Petra Kos', receivedOn: todayIsoDate(), channel: 'PHONE' as const, staffNote: 'Called from her own number', retainedUntil: null };
    let sent = false;
    renderWithProviders(<DataProtectionPage />, {
      mocks: [
        ...pageMocks(),
        {
          request: { query: ErasureRelativeSearchDocument, variables: { search: 'Pe' } },
          result: { data: { __typename: 'Query' as const, relatives: [{ __typename: 'Relative' as const, id: 'rel-9', firstName: 'Petra', lastName: 'Kos' }] } },
        },
        {
          request: { query: ErasureRequestRecordDocument, variables: { input: { subjectKind: 'RELATIVE', subjectId: 'rel-9', receivedOn: todayIsoDate(), channel: 'PHONE', staffNote: 'Called from her own number' } } },
          result: () => {
            sent = true;
            return { data: { __typename: 'Mutation' as const, recordErasureRequest: recorded } };
          },
        },
      ],
      route: '/data-protection',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Record a request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record an erasure request' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record request' }));
    expect(within(dialog).getByLabelText('Find the person', { exact: false })).toHaveAccessibleDescription(/Choose one\./);
    await userEvent.selectOptions(within(dialog).getByLabelText('Whose data', { exact: false }), 'RELATIVE');
    await userEvent.type(within(dialog).getByLabelText('Find the person', { exact: false }), 'Pe');
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Petra Kos' }));
    expect(within(dialog).getByText('Chosen: Petra Kos')).toBeInTheDocument();
    await userEvent.selectOptions(within(dialog).getByLabelText('How it came in', { exact: false }), 'PHONE');
    await userEvent.type(within(dialog).getByLabelText('Staff note (optional)', { exact: false }), 'Called from her own number');
    expect(await seriousViolations(dialog)).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record request' }));
    await waitFor(() => expect(sent).toBe(true));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5_000 });
  });

  it('sets the retention period with its legal basis, and refuses months out of range before sending', async () => {
    const saved = { ...defaultPolicy, months: 180, legalBasis: 'Health records act', isDefault: false, version: 1 };
    let sent = false;
    renderWithProviders(<DataProtectionPage />, {
      mocks: [
        requestsAnswer([]),
        reviewAnswer,
        { ...policyAnswer(defaultPolicy), maxUsageCount: 1 },
        {
          request: { query: RetentionPolicySaveDocument, variables: { input: { months: 180, legalBasis: 'Health records act', expectedVersion: 0 } } },
          result: () => {
            sent = true;
            return { data: { __typename: 'Mutation' as const, setRetentionPolicy: saved } };
          },
        },
        policyAnswer(saved),
      ],
      route: '/data-protection',
    });
    expect(await screen.findByText('There are no erasure requests.')).toHaveAttribute('role', 'status');
    const months = await screen.findByLabelText('Months after the last activity', { exact: false });
    await userEvent.clear(months);
    await userEvent.type(months, '700');
    await userEvent.click(screen.getByRole('button', { name: 'Save retention period' }));
    expect(months).toHaveAccessibleDescription(/Enter whole months from 0 to 600\./);
    await userEvent.clear(months);
    await userEvent.type(months, '180');
    await userEvent.type(screen.getByLabelText('Legal basis', { exact: false }), 'Health records act');
    await userEvent.click(screen.getByRole('button', { name: 'Save retention period' }));
    expect(await screen.findByText('Saved.')).toHaveAttribute('role', 'status');
    expect(sent).toBe(true);
  });

  it('works in Norwegian and Slovenian too', async () => {
    renderWithProviders(<DataProtectionPage />, { mocks: pageMocks(), route: '/data-protection', language: 'sl' });
    expect(screen.getByRole('heading', { level: 1, name: 'Varstvo podatkov' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Izvedi zahtevo osebe Ana Novak' })).toBeInTheDocument();
  });
});
