import axe from 'axe-core';
import {
  PlanProgressReportDocument,
  PublishProgressReportDocument,
  ReportPlanDocument,
  SetIndicatorCommentDocument,
  type ProgressReportViewFragment,
  type PublishedReportItemFragment,
} from '@bridgeway/web-graphql';
import { todayIsoDate } from '@bridgeway/web-components';
import { renderWithProviders, spy, type RenderOptions } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ReportPage } from '../src/report/report-page';
import { defaultReportPeriod } from '../src/shared/plan-period';
import { plan, published, reportOf } from './fixtures';

const period = defaultReportPeriod(plan, todayIsoDate());
const justPublished: PublishedReportItemFragment = { ...published, id: 'r-2', ...period, publishedAt: '2026-12-01T09:30:00.000Z' };

const planAnswer = (publishedReports: PublishedReportItemFragment[]) => ({
  request: { query: ReportPlanDocument, variables: { planId: plan.id } },
  result: {
    data: {
      __typename: 'Query' as const,
      strategicPlan: {
        __typename: 'StrategicPlan' as const,
        id: plan.id,
        name: plan.name,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        level: plan.level,
        consortium: null,
        publishedReports,
      },
    },
  },
});

const reportAnswer = (report: ProgressReportViewFragment) => ({
  request: { query: PlanProgressReportDocument, variables: { planId: plan.id, ...period } },
  result: { data: { __typename: 'Query' as const, progressReport: report } },
});

const renderReport = (mocks: RenderOptions['mocks'], language: RenderOptions['language'] = 'en') =>
  renderWithProviders(<ReportPage />, { mocks, route: `/plans/${plan.id}/report`, path: '/plans/:planId/report', language });

async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

/** The shown figures of an indicator's row, by column. */
function figuresOf(name: string) {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr') as HTMLElement;
  const cell = (figure: string) => row.querySelector(`[data-figure="${figure}"]`)?.textContent;
  return {
    actual: cell('actual'),
    target: cell('target'),
    percent: cell('percentOfTarget'),
    expected: cell('expectedByNow'),
    status: within(row).getAllByRole('cell')[4]?.textContent,
  };
}

describe('defaultReportPeriod', () => {
  const grant = { periodStart: '2025-10-01', periodEnd: '2026-09-30' };
  it('runs from the plan start up to today, or to the plan end once it has ended', () => {
    expect(defaultReportPeriod(grant, '2026-03-15')).toEqual({ from: '2025-10-01', to: '2026-03-15' });
    expect(defaultReportPeriod(grant, '2026-12-02')).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(defaultReportPeriod(grant, '2025-06-01')).toEqual({ from: '2025-10-01', to: '2026-09-30' });
  });
});

describe('ReportPage', () => {
  it('shows each indicator against its target with a status in words, from the data', async () => {
    const { container } = renderReport([planAnswer([published]), reportAnswer(reportOf(period.from, period.to))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Progress report: Grant plan 2025/26' })).toBeInTheDocument();
    await screen.findByRole('table', { name: /^Reach more people,/ });

    expect(figuresOf('Hours of counselling')).toEqual({ actual: '700 hrs', target: '1,400 hrs', percent: '50%', expected: '650.5 hrs', status: 'On track' });
    // The metric with its filters, as the indicator holds them.
    expect(screen.getByRole('rowheader', { name: /^Hours of counselling/ })).toHaveTextContent(/^Hours of counsellingCounselling hours · Individual · Residents$/);
    expect(figuresOf('People counselled')).toEqual({
      actual: '30Changed since published: was 28',
      target: '80',
      percent: '38%',
      expected: '60',
      status: 'Behind',
    });
    expect(figuresOf('Work goals achieved')).toEqual({ actual: 'No figure', target: '10', percent: '—', expected: '5', status: 'No figure' });
    expect(figuresOf('Trainings')).toEqual({ actual: '12', target: '14', percent: '86%', expected: '14', status: 'At risk' });
    // The indicators are grouped by objective, each group a table of its own.
    expect(within(screen.getByRole('table', { name: /^Train,/ })).getAllByTestId('progress-row')).toHaveLength(1);
    // Colour is never the only signal: each badge carries its status word.
    expect(container.querySelectorAll('[data-status="BEHIND"]')[0]).toHaveTextContent('Behind');
    // Trend as small multiples, each chart with its table; a month without a figure says so.
    expect(screen.getByRole('img', { name: /^Bar chart of People counselled by month/ })).toBeInTheDocument();
    const trend = screen.getByRole('table', { name: 'People counselled by month' });
    expect(within(trend).getAllByRole('row').map((row) => row.textContent)).toEqual(['MonthFigure', 'Oct 20253', 'Nov 2025No figure']);
    expect(screen.getByRole('rowheader', { name: 'Start' })).toBeInTheDocument();
    expect(screen.getByText('Ahead of plan')).toBeInTheDocument();
    expect(within(screen.getByTestId('published-reports')).getByRole('link')).toHaveAttribute('href', `/plans/${plan.id}/published/r-1`);
    // The period shown can be exported (libs/web/exports).
    expect(screen.getByRole('button', { name: 'PDF: export the file' })).toBeEnabled();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('writes the status words and figures in Slovenian', async () => {
    renderReport([planAnswer([]), reportAnswer(reportOf(period.from, period.to))], 'sl');
    await screen.findByRole('table', { name: /^Reach more people,/ });
    expect(figuresOf('Hours of counselling').status).toBe('Po načrtu');
    expect(figuresOf('People counselled').status).toBe('Zaostaja');
    expect(figuresOf('Trainings').status).toBe('Ogroženo');
    expect(figuresOf('Hours of counselling').expected).toMatch(/^650,5\s?h$/);
  });

  it('publishes the period after asking, then lists the published report', async () => {
    const published = spy<[Record<string, unknown>]>();
    renderReport([
      planAnswer([]),
      reportAnswer(reportOf(period.from, period.to)),
      {
        request: { query: PublishProgressReportDocument, variables: { planId: plan.id, ...period } },
        result: (variables: Record<string, unknown>) => {
          published(variables);
          return { data: { __typename: 'Mutation' as const, publishProgressReport: { __typename: 'PublishedReportSummary' as const, id: 'r-2' } } };
        },
      },
      planAnswer([justPublished]),
      reportAnswer(reportOf(period.from, period.to, justPublished)),
    ]);
    await screen.findByRole('table', { name: /^Reach more people,/ });
    expect(screen.getByText('No report of this plan has been published yet.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Publish report' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish this report?' });
    expect(published.calls).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));

    await waitFor(() => expect(published.calls).toEqual([[{ planId: plan.id, ...period }]]));
    expect(await screen.findByTestId('published-note', {}, { timeout: 5_000 })).toHaveTextContent('This period has been published');
    const list = screen.getByTestId('published-reports');
    expect(within(list).getByRole('link')).toHaveAttribute('href', `/plans/${plan.id}/published/r-2`);
    expect(list).toHaveTextContent('Mona Manager');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5_000 });
  });

  it('saves a comment on an indicator for the period', async () => {
    const saved = spy<[Record<string, unknown>]>();
    renderReport([
      planAnswer([]),
      reportAnswer(reportOf(period.from, period.to)),
      {
        request: {
          query: SetIndicatorCommentDocument,
          variables: { indicatorId: 'i-people', ...period, comment: 'Two counsellors were on leave' },
        },
        result: (variables: Record<string, unknown>) => {
          saved(variables);
          return { data: { __typename: 'Mutation' as const, setIndicatorComment: { __typename: 'IndicatorComment' as const, comment: 'Two counsellors were on leave' } } };
        },
      },
      planAnswer([]),
      reportAnswer(reportOf(period.from, period.to)),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Add comment on People counselled' }));
    await userEvent.type(screen.getByLabelText('Comment on People counselled'), '  Two counsellors were on leave ');
    await userEvent.click(screen.getByRole('button', { name: 'Save comment' }));
    await waitFor(() => expect(saved.calls).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Add comment on People counselled' })).toBeInTheDocument();
  });
});
