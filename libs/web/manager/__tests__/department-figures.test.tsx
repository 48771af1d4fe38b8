import {
  DepartmentFilterOptionsDocument,
  OverviewHelplineFiguresDocument,
  OverviewMaterialSupportFiguresDocument,
  OverviewProgrammeFiguresDocument,
  type OverviewHelplineFiguresQuery,
  type OverviewProgrammeFiguresQuery,
} from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { DepartmentFigures } from '../src/department-figures';
import { HelplineFiguresSection } from '../src/helpline-figures-section';
import { byChannel, byMonth, topicsIn } from '../src/helpline-counts';
import { MaterialSupportFiguresSection } from '../src/material-support-figures-section';
import { ProgrammeFiguresSection } from '../src/programme-figures-section';

const period = { from: '2026-01-01', to: '2026-03-31' };

type ProgrammeFigures = OverviewProgrammeFiguresQuery['programmeFigures'];
const programmeFigures = (overrides: Partial<ProgrammeFigures> = {}): ProgrammeFigures => ({
  __typename: 'ProgrammeFigures',
  programmesActive: 6,
  meetingsHeld: 40,
  attendances: 310,
  namedAttendances: 250,
  namedParticipants: 45,
  guests: 60,
  trainingsHeld: 2,
  trainingHours: 7.5,
  ...overrides,
});
const programmeAnswer = (departmentId: string | null, figures: ProgrammeFigures) => ({
  request: { query: OverviewProgrammeFiguresDocument, variables: { ...period, departmentId } },
  result: { data: { __typename: 'Query' as const, programmeFigures: figures } },
});

type HelplineCount = OverviewHelplineFiguresQuery['helplineFigures']['counts'][number];
const count = (
  month: string,
  channel: HelplineCount['channel'],
  topic: HelplineCount['topic'],
  contacts: number,
): HelplineCount => ({
  __typename: 'HelplineCount',
  month,
  channel,
  topic,
  contacts,
});
const helplineAnswer = (departmentId: string | null, contacts: number, counts: HelplineCount[] = []) => ({
  request: { query: OverviewHelplineFiguresDocument, variables: { ...period, departmentId } },
  result: {
    data: {
      __typename: 'Query' as const,
      helplineFigures: {
        __typename: 'HelplineFigures' as const,
        contacts,
        contactMinutes: contacts * 15,
        anonymousContacts: contacts - 1,
        bereavedFollowedUp: 2,
        counts,
      },
    },
  },
});
const materialAnswer = (departmentId: string | null, parcels: number) => ({
  request: { query: OverviewMaterialSupportFiguresDocument, variables: { ...period, departmentId } },
  result: {
    data: {
      __typename: 'Query' as const,
      materialSupportFigures: {
        __typename: 'MaterialSupportFigures' as const,
        parcels,
        handouts: parcels + 1,
        byKind: (['FOOD_PARCEL', 'CLOTHING', 'TRANSPORT', 'OTHER'] as const).map((kind) => ({
          __typename: 'HandoutKindFigure' as const,
          kind,
          handouts: kind === 'FOOD_PARCEL' ? parcels : kind === 'CLOTHING' ? 1 : 0,
          quantity: kind === 'FOOD_PARCEL' ? parcels : kind === 'CLOTHING' ? 3 : 0,
          namedRecipients: kind === 'FOOD_PARCEL' ? 2 : 0,
          anonymousRecipients: kind === 'FOOD_PARCEL' ? parcels - 2 : 0,
        })),
      },
    },
  },
});

describe('helpline counts', () => {
  const counts = [
    count('2026-02', 'PHONE', 'SUBSTANCE_USE', 3),
    count('2026-01', 'PHONE', 'SUBSTANCE_USE', 4),
    count('2026-01', 'PHONE', 'GRIEF_AFTER_OVERDOSE', 2),
    count('2026-01', 'CHAT', null, 1),
  ];

  it('groups the API’s rows by month and by channel, per topic (never summed over topics)', () => {
    expect(byMonth(counts)).toEqual([
      { key: '2026-01', byTopic: { SUBSTANCE_USE: 4, GRIEF_AFTER_OVERDOSE: 2, NONE: 1 } },
      { key: '2026-02', byTopic: { SUBSTANCE_USE: 3 } },
    ]);
    expect(byChannel(counts, ['PHONE', 'CHAT', 'EMAIL', 'IN_PERSON', 'VIDEO'])).toEqual([
      { key: 'PHONE', byTopic: { SUBSTANCE_USE: 7, GRIEF_AFTER_OVERDOSE: 2 } },
      { key: 'CHAT', byTopic: { NONE: 1 } },
    ]);
    expect(
      topicsIn(counts, ['SUBSTANCE_USE', 'GRIEF_AFTER_OVERDOSE', 'MENTAL_HEALTH', 'PRACTICAL_LEGAL', 'OTHER']),
    ).toEqual(['SUBSTANCE_USE', 'GRIEF_AFTER_OVERDOSE', 'NONE']);
  });
});

describe('the sections of work outside the houses', () => {
  it('shows the programme figures as a table next to the chart', async () => {
    renderWithProviders(<ProgrammeFiguresSection period={period} departmentId={null} />, {
      mocks: [programmeAnswer(null, programmeFigures())],
    });
    const table = await screen.findByRole('table', { name: 'Groups and courses in the period' });
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    expect(screen.getByTestId('programme-figure-meetingsHeld')).toHaveTextContent('40');
    expect(screen.getByTestId('programme-figure-trainingHours')).toHaveTextContent('7.5 hrs');
    expect(screen.getByRole('img', { name: /Bar chart of meetings held/ })).toBeInTheDocument();
  });

  it('shows the helpline figures by month and by channel, per topic', async () => {
    renderWithProviders(<HelplineFiguresSection period={period} departmentId={null} />, {
      language: 'nb',
      mocks: [
        helplineAnswer(null, 10, [
          count('2026-01', 'PHONE', 'SUBSTANCE_USE', 4),
          count('2026-01', 'CHAT', 'GRIEF_AFTER_OVERDOSE', 2),
          count('2026-02', 'PHONE', 'SUBSTANCE_USE', 3),
        ]),
      ],
    });
    const byMonthTable = await screen.findByRole('table', { name: 'Henvendelser per måned og tema' });
    const rows = within(byMonthTable).getAllByRole('row');
    expect(
      within(rows[0])
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Måned', 'Rusbruk', 'Sorg etter overdosedødsfall']);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['jan. 2026', '4', '2']);
    const byChannelTable = screen.getByRole('table', { name: 'Henvendelser per kanal og tema' });
    expect(within(byChannelTable).getAllByRole('row')[1]).toHaveTextContent('Telefon');
    expect(screen.getByTestId('helpline-figure-contacts')).toHaveTextContent('10');
    expect(screen.getByTestId('helpline-figure-hours')).toHaveTextContent('2,5 t');
  });

  it('shows the material support by kind', async () => {
    renderWithProviders(<MaterialSupportFiguresSection period={period} departmentId={null} />, {
      mocks: [materialAnswer(null, 12)],
    });
    const table = await screen.findByRole('table', { name: 'Handouts by kind' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Food parcels', '12', '12', '2', '10']);
    expect(screen.getByTestId('material-support-figure-parcels')).toHaveTextContent('12');
  });
});

describe('DepartmentFigures', () => {
  it('asks for the figures of the chosen department', async () => {
    renderWithProviders(<DepartmentFigures period={period} />, {
      mocks: [
        {
          request: { query: DepartmentFilterOptionsDocument },
          maxUsageCount: Number.POSITIVE_INFINITY,
          result: {
            data: {
              __typename: 'Query' as const,
              departments: [
                { __typename: 'Department' as const, id: 'd-porsgrunn', name: 'Porsgrunn', status: 'ACTIVE' as const },
                { __typename: 'Department' as const, id: 'd-hamar', name: 'Hamar', status: 'ACTIVE' as const },
              ],
            },
          },
        },
        programmeAnswer(null, programmeFigures()),
        helplineAnswer(null, 10),
        materialAnswer(null, 12),
        programmeAnswer('d-hamar', programmeFigures({ meetingsHeld: 9 })),
        helplineAnswer('d-hamar', 3),
        materialAnswer('d-hamar', 4),
      ],
    });
    await waitFor(() => expect(screen.getByTestId('programme-figure-meetingsHeld')).toHaveTextContent('40'));
    expect(screen.getByTestId('helpline-figure-contacts')).toHaveTextContent('10');

    await screen.findByRole('option', { name: 'Hamar' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'd-hamar');

    await waitFor(() => expect(screen.getByTestId('programme-figure-meetingsHeld')).toHaveTextContent('9'));
    await waitFor(() => expect(screen.getByTestId('helpline-figure-contacts')).toHaveTextContent('3'));
    await waitFor(() => expect(screen.getByTestId('material-support-figure-parcels')).toHaveTextContent('4'));
  });
});
