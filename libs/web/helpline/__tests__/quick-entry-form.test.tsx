import { LogHelplineContactDocument } from '@bridgeway/web-graphql';
import { renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { contactInputOf, newContactDraft, validateContact } from '../src/quick-entry/contact-draft';
import { QuickEntryForm } from '../src/quick-entry/quick-entry-form';
import { contact } from './fixtures';

/** Answers every logHelplineContact and records what was sent, so "nothing sent" is checked, not assumed. */
function recordingMock() {
  const sent = spy<[Record<string, unknown>]>();
  const mock = {
    request: { query: LogHelplineContactDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, unknown>) => {
      sent(variables);
      return { data: { __typename: 'Mutation' as const, logHelplineContact: contact() } };
    },
  };
  return { sent, mock };
}

const field = (name: string) => screen.getByLabelText(name, { exact: false });

describe('contact draft', () => {
  it('preselects a relative on the phone with information given, and needs only the minutes', () => {
    const draft = newContactDraft();
    expect(draft).toMatchObject({ channel: 'PHONE', callerKind: 'RELATIVE', outcome: 'INFORMATION_GIVEN', topics: [] });
    expect(validateContact(draft)).toEqual({ durationMinutes: 'contactMinutes' });
    expect(validateContact({ ...draft, durationMinutes: 0 })).toEqual({});
  });

  it('asks where to when referred, and refuses more than 600 minutes or a time in the future', () => {
    const draft = { ...newContactDraft(), durationMinutes: 601, outcome: 'REFERRED' as const };
    const now = new Date('2026-11-20T10:00:00');
    expect(validateContact({ ...draft, occurredAt: '2026-11-20T11:00' }, now)).toEqual({
      durationMinutes: 'contactMinutes',
      referredTo: 'required',
      occurredAt: 'timeInFuture',
    });
  });

  it('leaves out what is not set, so the API applies "now" and the contact stays anonymous', () => {
    const draft = { ...newContactDraft(), durationMinutes: 5, referredTo: 'not sent without REFERRED', notes: '  ' };
    expect(contactInputOf(draft, null)).toEqual({
      durationMinutes: 5,
      channel: 'PHONE',
      callerKind: 'RELATIVE',
      topics: [],
      outcome: 'INFORMATION_GIVEN',
    });
    expect(
      contactInputOf({ ...draft, relativeId: 'rel-1', outcome: 'REFERRED', referredTo: ' GP ' }, 'd-1'),
    ).toMatchObject({
      relativeId: 'rel-1',
      departmentId: 'd-1',
      outcome: 'REFERRED',
      referredTo: 'GP',
    });
  });
});

describe('QuickEntryForm', () => {
  it('logs an anonymous call with the preselected defaults in three interactions', async () => {
    const { sent, mock } = recordingMock();
    renderWithProviders(<QuickEntryForm canLinkRelative={false} departmentId="d-oslo" />, { mocks: [mock] });

    expect(screen.getByRole('radio', { name: 'Phone' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Relative' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Information given' })).toBeChecked();

    await userEvent.type(field('Duration (minutes)'), '12'); // 1
    await userEvent.click(screen.getByRole('checkbox', { name: 'Substance use' })); // 2
    await userEvent.click(screen.getByRole('button', { name: 'Save' })); // 3

    expect(await screen.findByText(/^Contact saved \(Phone, 12 mins?\)\.$/)).toBeInTheDocument();
    expect(sent.calls).toEqual([
      [
        {
          input: {
            durationMinutes: 12,
            channel: 'PHONE',
            callerKind: 'RELATIVE',
            topics: ['SUBSTANCE_USE'],
            outcome: 'INFORMATION_GIVEN',
            departmentId: 'd-oslo',
          },
          caseWorker: false,
        },
      ],
    ]);
    // Ready for the next call: the defaults again.
    expect(field('Duration (minutes)')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Substance use' })).not.toBeChecked();
  });

  it('offers no person record to a group leader', () => {
    renderWithProviders(<QuickEntryForm canLinkRelative={false} departmentId={null} />);
    expect(screen.queryByRole('combobox', { name: /Relative/ })).not.toBeInTheDocument();
  });

  it('lets a case worker link a relative', () => {
    renderWithProviders(<QuickEntryForm canLinkRelative departmentId={null} />);
    expect(screen.getByRole('combobox', { name: 'Relative (optional)' })).toBeInTheDocument();
  });

  it('sends nothing without the minutes, and asks where to when referred', async () => {
    const { sent, mock } = recordingMock();
    renderWithProviders(<QuickEntryForm canLinkRelative={false} departmentId={null} />, { mocks: [mock] });

    await userEvent.click(screen.getByRole('radio', { name: 'Chat' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Referred' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(field('Duration (minutes)')).toHaveAccessibleDescription(/Enter whole minutes, from 0 to 600\./);
    expect(field('Referred to')).toHaveAccessibleDescription(/Fill in this field\./);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.calls).toEqual([]);

    // The control: with the minutes and the place, the same form sends (once), with the chosen values.
    await userEvent.type(field('Duration (minutes)'), '30');
    await userEvent.type(field('Referred to'), 'Family counselling office');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent.calls).toHaveLength(1));
    expect(sent.calls[0]?.[0]).toMatchObject({
      input: { channel: 'CHAT', outcome: 'REFERRED', referredTo: 'Family counselling office', durationMinutes: 30 },
    });
  });
});
