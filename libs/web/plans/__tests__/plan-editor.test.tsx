import axe from 'axe-core';
import {
  AddIndicatorDocument,
  MetricDefinitionsDocument,
  StrategicPlanEditorDocument,
  UpdateIndicatorDocument,
  type MetricDefinitionItemFragment,
  type PlanEditorFragment,
} from '@bridgeway/web-graphql';
import { apiError, renderWithProviders, type RenderOptions } from '@bridgeway/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { NewPlanForm } from '../src/list/new-plan-form';
import { validateFunding } from '../src/plan/funding-draft';
import { emptyIndicatorDraft, indicatorDraftOf, updateIndicatorInputOf, validateIndicator, withMetric } from '../src/plan/indicator-draft';
import { validateMilestone } from '../src/plan/milestone-draft';
import { validatePlan } from '../src/plan/plan-draft';
import { PlanPage } from '../src/plan/plan-page';
import { yearsOf } from '../src/shared/plan-period';
import { counsellingHours, metricDefinitions, peopleCounselled, plan } from './fixtures';
import { asRole } from './session';

const editorAnswer = (answer: PlanEditorFragment) => ({
  request: { query: StrategicPlanEditorDocument, variables: { planId: answer.id } },
  result: { data: { __typename: 'Query' as const, strategicPlan: answer } },
});

const definitionsAnswer = (definitions: MetricDefinitionItemFragment[] = metricDefinitions) => ({
  request: { query: MetricDefinitionsDocument },
  result: { data: { __typename: 'Query' as const, metricDefinitions: definitions } },
});

const definitionOf = (metric: MetricDefinitionItemFragment['metric']) => metricDefinitions.find((definition) => definition.metric === metric);

const withTarget = (target: number): PlanEditorFragment => ({
  ...plan,
  objectives: plan.objectives.map((objective) => ({
    ...objective,
    indicators: objective.indicators.map((indicator) =>
      indicator.id === peopleCounselled.id ? { ...indicator, target, version: indicator.version + 1 } : indicator,
    ),
  })),
});

const renderEditor = (mocks: RenderOptions['mocks']) =>
  renderWithProviders(<PlanPage />, { mocks, route: `/plans/${plan.id}`, path: '/plans/:planId' });

async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('the plan drafts', () => {
  it('need a name and a period whose end is after its start, shorter than ten years', () => {
    const draft = { name: 'Plan', description: '', periodStart: '2025-10-01', periodEnd: '2026-09-30', consortiumId: '' };
    expect(validatePlan(draft)).toEqual({});
    expect(validatePlan({ ...draft, name: ' ', periodEnd: '2025-09-30' })).toEqual({ name: 'required', periodEnd: 'endNotAfterStart' });
    expect(validatePlan({ ...draft, periodEnd: '2035-10-01' })).toEqual({ periodEnd: 'periodTooLong' });
    expect(validatePlan({ ...draft, periodEnd: '2035-09-30' })).toEqual({});
    expect(validatePlan({ ...draft, periodStart: '2025-02-30' }, { needsConsortium: true })).toEqual({ periodStart: 'dateInvalid', consortiumId: 'chooseOne' });
  });

  it('need an indicator name, a metric and a target from 0; year targets only in the plan years', () => {
    const years = yearsOf(plan.periodStart, plan.periodEnd);
    expect(years).toEqual([2025, 2026]);
    const draft = indicatorDraftOf(peopleCounselled);
    expect(validateIndicator(draft, years)).toEqual({});
    expect(validateIndicator({ ...draft, name: '', metric: '', target: '' }, years)).toEqual({ name: 'required', metric: 'chooseOne', target: 'required' });
    expect(validateIndicator({ ...draft, target: -1, baseline: 'x' }, years)).toEqual({ target: 'negative', baseline: 'numberInvalid' });
    expect(validateIndicator({ ...draft, yearTargets: { 2024: 5, 2025: '' } }, years)).toEqual({ year2024: 'yearOutsidePlan' });
  });

  it('send every field, blank year targets left out, with the version the editor showed', () => {
    const draft = { ...indicatorDraftOf(peopleCounselled), target: 90, yearTargets: { 2025: '', 2026: 70 } };
    const scope = { organisationPlan: true, planYears: [2025, 2026], definition: definitionOf('PEOPLE_COUNSELLED') };
    expect(updateIndicatorInputOf(peopleCounselled, draft, scope)).toEqual({
      indicatorId: 'i-people',
      expectedVersion: 3,
      name: 'People counselled',
      metric: 'PEOPLE_COUNSELLED',
      goalDomain: null,
      departmentId: null,
      sessionKind: null,
      audience: null,
      baseline: null,
      target: 90,
      yearTargets: [{ year: 2026, target: 70 }],
    });
  });

  it("send only the filters the registry gives the metric; choosing another metric clears the others", () => {
    const hours = indicatorDraftOf(counsellingHours);
    expect(hours).toMatchObject({ sessionKind: 'INDIVIDUAL', audience: 'RESIDENTS' });
    const organisation = { organisationPlan: true, planYears: [2025, 2026] };
    expect(updateIndicatorInputOf(counsellingHours, hours, { ...organisation, definition: definitionOf('COUNSELLING_HOURS') })).toMatchObject({
      sessionKind: 'INDIVIDUAL',
      audience: 'RESIDENTS',
    });
    // People counselled takes the session kind, not the audience: the API would refuse it.
    const people = withMetric(hours, 'PEOPLE_COUNSELLED', definitionOf('PEOPLE_COUNSELLED'), true);
    expect(people).toMatchObject({ metric: 'PEOPLE_COUNSELLED', sessionKind: 'INDIVIDUAL', audience: '' });
    expect(updateIndicatorInputOf(counsellingHours, { ...hours, metric: 'PEOPLE_COUNSELLED' }, { ...organisation, definition: definitionOf('PEOPLE_COUNSELLED') })).toMatchObject({
      sessionKind: 'INDIVIDUAL',
      audience: null,
    });
    // A department filter only in an organisation's plans, whatever the draft holds.
    const housed = { ...withMetric(emptyIndicatorDraft, 'PEOPLE_HOUSED', definitionOf('PEOPLE_HOUSED'), true), departmentId: 'd-1' };
    expect(withMetric(housed, 'PEOPLE_HOUSED', definitionOf('PEOPLE_HOUSED'), false).departmentId).toBe('');
    expect(updateIndicatorInputOf(counsellingHours, housed, { ...organisation, definition: definitionOf('PEOPLE_HOUSED') }).departmentId).toBe('d-1');
    expect(updateIndicatorInputOf(counsellingHours, housed, { ...organisation, organisationPlan: false, definition: definitionOf('PEOPLE_HOUSED') }).departmentId).toBeNull();
  });

  it('check milestones and funding as the API does', () => {
    const milestone = { title: 'Evaluation', dueOn: '2025-12-15', status: 'DONE' as const, doneOn: '', note: '' };
    expect(validateMilestone(milestone, '2026-01-01')).toEqual({ doneOn: 'dateRequired' });
    expect(validateMilestone({ ...milestone, doneOn: '2026-02-01' }, '2026-01-01')).toEqual({ doneOn: 'dateInFuture' });
    expect(validateMilestone({ ...milestone, status: 'PLANNED' }, '2026-01-01')).toEqual({});
    const funding = { funder: 'Stiftelsen Dam', amount: 500000, currency: 'NOK', note: '' };
    expect(validateFunding(funding)).toEqual({});
    expect(validateFunding({ ...funding, amount: 1.005, currency: 'KR' })).toEqual({ amount: 'twoDecimals', currency: 'currencyInvalid' });
  });
});

describe('PlanPage', () => {
  it('shows the plan with its objectives, indicators, milestones and funding', async () => {
    const { container } = renderEditor([editorAnswer(plan)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Grant plan 2025/26' })).toBeInTheDocument();
    const reach = screen.getByRole('region', { name: 'Reach more people' });
    const rows = within(reach).getAllByTestId('indicator-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'People counselledPeople counselled',
      'Hours of counsellingCounselling hours · Individual · Residents',
    ]);
    expect(within(rows[1] as HTMLElement).getByTestId('indicator-target')).toHaveTextContent('1,400 hrs');
    expect(within(rows[0] as HTMLElement).getByText('2026: 60')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Visibility' })).getByText('No indicators yet.')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Start' }).closest('tr')).toHaveTextContent('Done on 3 Oct 2025');
    expect(screen.getByRole('rowheader', { name: 'Stiftelsen Dam' }).closest('tr')).toHaveTextContent(/NOK\s?500,000\.00/);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('checks an indicator before saving it, then saves the new target', async () => {
    const years = [2025, 2026];
    const scope = { organisationPlan: true, planYears: years, definition: definitionOf('PEOPLE_COUNSELLED') };
    const input = updateIndicatorInputOf(peopleCounselled, { ...indicatorDraftOf(peopleCounselled), target: 120 }, scope);
    renderEditor([
      editorAnswer(plan),
      definitionsAnswer(),
      {
        request: { query: UpdateIndicatorDocument, variables: { input } },
        result: { data: { __typename: 'Mutation' as const, updateIndicator: { __typename: 'Indicator' as const, id: 'i-people', version: 4 } } },
      },
      editorAnswer(withTarget(120)),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit indicator People counselled' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit indicator' });
    const target = within(dialog).getByLabelText('Target for the plan', { exact: false });
    expect(target).toHaveValue('80');
    expect(within(dialog).getByLabelText('Target 2026')).toHaveValue('60');

    await userEvent.clear(target);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(target).toHaveAccessibleDescription(expect.stringContaining('Fill in this field.'));
    expect(await seriousViolations(dialog)).toEqual([]);

    await userEvent.type(target, '120');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5_000 });
    const row = screen.getAllByTestId('indicator-row')[0] as HTMLElement;
    expect(within(row).getByTestId('indicator-target')).toHaveTextContent('120');
  });

  it("shows the API's refusal of a field at that field", async () => {
    const scope = { organisationPlan: true, planYears: [2025, 2026], definition: definitionOf('PEOPLE_COUNSELLED') };
    const input = updateIndicatorInputOf(peopleCounselled, { ...indicatorDraftOf(peopleCounselled), baseline: 5 }, scope);
    renderEditor([
      editorAnswer(plan),
      definitionsAnswer(),
      {
        request: { query: UpdateIndicatorDocument, variables: { input } },
        result: { errors: [apiError('BAD_USER_INPUT', { fields: { 'input.baseline': 'The baseline is too large' } })] },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit indicator People counselled' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit indicator' });
    await userEvent.type(within(dialog).getByLabelText('Baseline', { exact: false }), '5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Baseline', { exact: false })).toHaveAccessibleDescription(
        expect.stringContaining('Bridgeway did not accept this value.'),
      ),
    );
    expect(screen.getByRole('dialog', { name: 'Edit indicator' })).toBeInTheDocument();
  });
});

describe('the indicator form', () => {
  it("offers the metrics and filters of the API's registry: session kind and audience only where the metric takes them", async () => {
    const input = {
      objectiveId: 'o-empty',
      name: 'Individual hours with relatives',
      metric: 'COUNSELLING_HOURS' as const,
      goalDomain: null,
      departmentId: null,
      sessionKind: 'INDIVIDUAL' as const,
      audience: 'RELATIVES' as const,
      baseline: null,
      target: 300,
      yearTargets: [],
    };
    renderEditor([
      editorAnswer(plan),
      definitionsAnswer(),
      {
        request: { query: AddIndicatorDocument, variables: { input } },
        result: { data: { __typename: 'Mutation' as const, addIndicator: { __typename: 'Indicator' as const, id: 'i-new' } } },
      },
      editorAnswer(plan),
    ]);
    await userEvent.click(within(await screen.findByRole('region', { name: 'Visibility' })).getByRole('button', { name: 'Add indicator' }));
    const dialog = await screen.findByRole('dialog', { name: 'New indicator' });
    const metric = within(dialog).getByRole('combobox', { name: /^Figure/ });
    // Every metric of the registry, in the editor's order (not the API's).
    await waitFor(() => expect(within(metric).getAllByRole('option')).toHaveLength(metricDefinitions.length + 1));
    expect(within(metric).getAllByRole('option').slice(1, 4).map((option) => option.textContent)).toEqual([
      'Counselling hours',
      'People counselled',
      'People housed',
    ]);
    const sessionKind = () => within(dialog).queryByRole('combobox', { name: 'Kind of session' });
    const audience = () => within(dialog).queryByRole('combobox', { name: 'Sessions with' });

    // Relatives supported takes no filter.
    await userEvent.selectOptions(metric, 'RELATIVES_SUPPORTED');
    expect(sessionKind()).not.toBeInTheDocument();
    expect(audience()).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('combobox', { name: 'Only goals of' })).not.toBeInTheDocument();

    await userEvent.selectOptions(metric, 'COUNSELLING_HOURS');
    expect(within(sessionKind() as HTMLElement).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All kinds of session',
      'Individual',
      'Family',
      'Group',
      'Phone',
      'Video',
    ]);
    await userEvent.selectOptions(sessionKind() as HTMLElement, 'INDIVIDUAL');
    await userEvent.selectOptions(audience() as HTMLElement, 'RELATIVES');
    expect(audience()).toHaveDisplayValue('Relatives alone');

    // People counselled keeps the session kind; the audience it does not take is gone, and stays cleared.
    await userEvent.selectOptions(metric, 'PEOPLE_COUNSELLED');
    expect(sessionKind()).toHaveValue('INDIVIDUAL');
    expect(audience()).not.toBeInTheDocument();
    await userEvent.selectOptions(metric, 'GOALS_ACHIEVED');
    expect(sessionKind()).not.toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Only goals of' })).toBeInTheDocument();
    await userEvent.selectOptions(metric, 'COUNSELLING_HOURS');
    expect(sessionKind()).toHaveValue('');
    expect(audience()).toHaveValue('');
    expect(await seriousViolations(dialog)).toEqual([]);

    await userEvent.selectOptions(sessionKind() as HTMLElement, 'INDIVIDUAL');
    await userEvent.selectOptions(audience() as HTMLElement, 'RELATIVES');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Indicator/ }), input.name);
    await userEvent.type(within(dialog).getByLabelText('Target for the plan', { exact: false }), '300');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5_000 });
  });

  it('names the filters in Norwegian and Slovenian', async () => {
    for (const [language, edit, kind, audience] of [
      ['nb', 'Endre indikatoren', 'Type samtale', 'Samtaler med'],
      ['sl', 'Uredi kazalnik', 'Vrsta srečanja', 'Udeleženci srečanj'],
    ] as const) {
      const { unmount } = renderWithProviders(<PlanPage />, {
        mocks: [editorAnswer(plan), definitionsAnswer()],
        route: `/plans/${plan.id}`,
        path: '/plans/:planId',
        language,
      });
      await userEvent.click(await screen.findByRole('button', { name: `${edit} Hours of counselling` }));
      const dialog = await screen.findByRole('dialog');
      await waitFor(() => expect(within(dialog).getByRole('combobox', { name: kind })).toHaveValue('INDIVIDUAL'));
      expect(within(dialog).getByRole('combobox', { name: audience })).toHaveValue('RESIDENTS');
      unmount();
    }
  });
});

describe('NewPlanForm', () => {
  it('asks for a name and a period that ends after it starts', async () => {
    renderWithProviders(asRole('MANAGER', <NewPlanForm onCreated={() => undefined} onCancel={() => undefined} />), { language: 'nb' });
    await userEvent.type(screen.getByLabelText('Starter', { exact: false }), '2026-01-01');
    await userEvent.type(screen.getByLabelText('Slutter', { exact: false }), '2025-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Opprett plan' }));
    expect(screen.getByLabelText('Navn', { exact: false })).toHaveAccessibleDescription(expect.stringContaining('Fyll ut'));
    expect(screen.getByLabelText('Slutter', { exact: false })).toHaveAccessibleDescription(expect.stringContaining('Slutten må være etter starten.'));
    // A manager's plan belongs to the organisation: no consortium to choose.
    expect(screen.queryByLabelText('Konsortium', { exact: false })).not.toBeInTheDocument();
  });
});
