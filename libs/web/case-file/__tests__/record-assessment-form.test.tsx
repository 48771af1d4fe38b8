import { AssessmentInstrumentItemsDocument, RecordAssessmentDocument } from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { apiError, renderWithProviders, spy } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { RecordAssessmentForm } from '../src/assessments/record-assessment-form';

const statements = (locale: string) => Array.from({ length: 10 }, (_, i) => `${locale} statement ${i + 1}`);

const instrumentAnswer = (locale: string) => ({
  request: { query: AssessmentInstrumentItemsDocument, variables: { locale } },
  result: {
    data: {
      __typename: 'Query' as const,
      assessmentInstruments: [
        {
          __typename: 'AssessmentInstrument' as const,
          code: 'BARC-10',
          name: 'BARC-10',
          itemMin: 1,
          itemMax: 6,
          items: statements(locale).map((text, i) => ({ __typename: 'InstrumentItem' as const, key: `i${i}`, text })),
        },
      ],
    },
  },
});

const scores = [4, 5, 3, 6, 2, 4, 5, 3, 6, 1];

async function scoreAll(locale: string, count = 10) {
  for (let i = 0; i < count; i += 1) {
    const group = screen.getByRole('radiogroup', { name: new RegExp(`^${i + 1}\\. ${locale} statement ${i + 1}`) });
    await userEvent.click(within(group).getByRole('radio', { name: String(scores[i]) }));
  }
}

describe('RecordAssessmentForm', () => {
  it('shows the ten statements in the user language, the running total, and saves the scores in item order', async () => {
    const onSaved = spy<[string]>();
    renderWithProviders(<RecordAssessmentForm residentId="r1" onSaved={onSaved} onCancel={() => undefined} />, {
      language: 'sl',
      mocks: [
        instrumentAnswer('sl'),
        {
          request: { query: RecordAssessmentDocument, variables: { input: { residentId: 'r1', instrumentCode: 'BARC-10', takenOn: todayIsoDate(), scores } } },
          result: { data: { __typename: 'Mutation' as const, recordAssessment: { __typename: 'Assessment' as const, id: 'a1', takenOn: todayIsoDate(), total: 39 } } },
        },
      ],
    });
    expect(await screen.findAllByRole('radiogroup')).toHaveLength(10);
    await scoreAll('sl', 2);
    expect(screen.getByTestId('assessment-total')).toHaveTextContent('Skupaj: 9 (ocenjenih 2 od 10 trditev)');
    await scoreAll('sl');
    expect(screen.getByTestId('assessment-total')).toHaveTextContent('Skupaj: 39');
    await userEvent.click(screen.getByRole('button', { name: 'Shrani oceno' }));
    await waitFor(() => expect(onSaved.calls).toHaveLength(1));
    expect(onSaved.calls[0]?.[0]).toContain('39');
  });

  it('asks for every statement before sending, and the message goes once it is scored', async () => {
    const onSaved = spy<[string]>();
    renderWithProviders(<RecordAssessmentForm residentId="r1" onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [instrumentAnswer('en')],
    });
    await screen.findAllByRole('radiogroup');
    await scoreAll('en', 9);
    await userEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    const last = screen.getByRole('radiogroup', { name: /^10\. en statement 10/ });
    expect(screen.getAllByText('Choose one.')).toHaveLength(1);
    await userEvent.click(within(last).getByRole('radio', { name: '1' }));
    expect(screen.queryByText('Choose one.')).not.toBeInTheDocument();
    expect(onSaved.calls).toHaveLength(0);
  });

  it("shows the API's refusal of the date at the date field", async () => {
    renderWithProviders(<RecordAssessmentForm residentId="r1" onSaved={() => undefined} onCancel={() => undefined} />, {
      mocks: [
        instrumentAnswer('en'),
        {
          request: { query: RecordAssessmentDocument, variables: { input: { residentId: 'r1', instrumentCode: 'BARC-10', takenOn: todayIsoDate(), scores } } },
          result: { errors: [apiError('BAD_USER_INPUT', { fields: { takenOn: 'Before the intake' } })] },
        },
      ],
    });
    await screen.findAllByRole('radiogroup');
    await scoreAll('en');
    await userEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(await screen.findByText('Bridgeway did not accept this value. Check it.')).toBeInTheDocument();
    expect(screen.getByLabelText('Date of the assessment', { exact: false })).toHaveAttribute('aria-invalid', 'true');
  });
});
