import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { demoPassword, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, percentOf, textOf, waitUntil } from './support/e2e-env.js';

/** A-LARM's demo manager keeps the grant plan "Fra isolasjon til sosialisering" (libs/api/registry/src/demo/demo-plans.ts). */
const manager = 'manager@a-larm.demo';
const planName = 'Fra isolasjon til sosialisering';

interface ReportRow {
  indicator: { id: string; name: string };
  actual: number;
  hasActual: boolean;
  target: number;
  percentOfTarget: number | null;
}

/** Asks the API as the manager (a session of its own, beside the browser's). */
async function asManager<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const post = async (body: object, token?: string) => {
    const response = await fetch(`${e2eUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };
  const login = await post({
    query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    variables: { input: { email: manager, password: demoPassword } },
  });
  const token = (login.data?.['login'] as { accessToken: string } | undefined)?.accessToken;
  expect(token).toBeTruthy();
  const answer = await post({ query, variables }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

/** The report page's default period: the plan's start up to today, or its end once it has ended (local dates). */
function reportPeriod(plan: { periodStart: string; periodEnd: string }): { from: string; to: string } {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  if (today < plan.periodStart) return { from: plan.periodStart, to: plan.periodEnd };
  return { from: plan.periodStart, to: today < plan.periodEnd ? today : plan.periodEnd };
}

async function apiRows(planId: string, period: { from: string; to: string }): Promise<ReportRow[]> {
  const data = await asManager<{ progressReport: { rows: ReportRow[] } }>(
    `query ($planId: ID!, $from: Date!, $to: Date!) {
       progressReport(planId: $planId, from: $from, to: $to) { rows { indicator { id name } actual hasActual target percentOfTarget } }
     }`,
    { planId, ...period },
  );
  return data.progressReport.rows;
}

/** The table row of an indicator (its row header starts with the name). */
const rowOf = (page: Page, name: string) =>
  page.getByRole('row', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });

/** A figure as shown in en-GB ("1,440 hrs" → 1440). */
const numberIn = (text: string) => Number(text.replace(/[^\d.]/g, ''));

/** The "% of target" the report page shows for the indicator. */
async function shownPercent(page: Page, name: string): Promise<number | null> {
  const row = rowOf(page, name);
  if ((await row.count()) === 0) return null;
  return percentOf(await textOf(row.locator('[data-figure="percentOfTarget"]')));
}

describe('a manager edits a target and publishes the progress report', () => {
  let browser: Browser;
  let page: Page;
  let plan: {
    id: string;
    name: string;
    periodStart: string;
    periodEnd: string;
    milestones: { id: string }[];
    funding: { funder: string }[];
    publishedReports: { id: string }[];
  };

  beforeAll(async () => {
    const data = await asManager<{ strategicPlans: (typeof plan)[] }>(
      'query { strategicPlans { id name periodStart periodEnd milestones { id } funding { funder } publishedReports { id } } }',
    );
    const found = data.strategicPlans.find((candidate) => candidate.name === planName);
    if (!found) throw new Error(`A-LARM's demo has no plan ${planName}`);
    plan = found;
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 }, acceptDownloads: true })).newPage();
    await signIn(page, e2eUrl(), manager);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the plan from the menu and shows its indicators, milestones and funding', async () => {
    await page.waitForURL('**/overview');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategic plans' }).waitFor();
    await page.getByRole('link', { name: planName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: planName }).waitFor();
    await page.getByRole('rowheader', { name: plan.funding[0]?.funder ?? 'no funder' }).waitFor();
    expect(await page.getByTestId('milestone-row').count()).toBe(plan.milestones.length);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-editor-en');
  });

  it("changes the indicator's target and the report's % of target follows", async () => {
    const period = reportPeriod(plan);
    // An indicator the records give a figure for (the demo's Thursday meetings): otherwise a new
    // target could not change the percentage.
    const before = (await apiRows(plan.id, period)).find((row) => row.hasActual && row.actual > 0 && row.percentOfTarget !== null);
    if (!before) throw new Error(`no indicator of ${planName} has a figure`);
    const indicatorName = before.indicator.name;

    await page.getByRole('link', { name: 'Progress report' }).click();
    await page.getByRole('heading', { level: 1, name: `Progress report: ${planName}` }).waitFor();
    await waitUntil(async () => (await shownPercent(page, indicatorName)) === Math.round(before.percentOfTarget ?? NaN), 'the report shows the % of target');

    await page.getByRole('link', { name: `Back to the plan ${planName}` }).click();
    await page.getByRole('button', { name: `Edit indicator ${indicatorName}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit indicator' });
    const target = dialog.getByLabel('Target for the plan');
    expect(Number(await target.inputValue())).toBe(before.target);
    const newTarget = before.target * 2;
    await target.fill(String(newTarget));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = rowOf(page, indicatorName);
    await waitUntil(async () => numberIn(await textOf(row.getByTestId('indicator-target'))) === newTarget, 'the editor shows the new target');

    const after = (await apiRows(plan.id, period)).find((candidate) => candidate.indicator.id === before.indicator.id);
    if (!after) throw new Error('the indicator is gone');
    expect(after.target).toBe(newTarget);
    expect(after.percentOfTarget).toBeCloseTo((after.actual / newTarget) * 100, 1);
    expect(Math.round(after.percentOfTarget ?? NaN)).not.toBe(Math.round(before.percentOfTarget ?? NaN));

    await page.getByRole('link', { name: 'Progress report' }).click();
    await waitUntil(async () => (await shownPercent(page, indicatorName)) === Math.round(after.percentOfTarget ?? NaN), 'the report shows the new % of target');
    expect(numberIn(await textOf(rowOf(page, indicatorName).locator('[data-figure="target"]')))).toBe(newTarget);
  });

  it('exports the report as PDF, with the plan in it', async () => {
    const exports = page.getByRole('region', { name: 'Export' });
    const arriving = page.waitForEvent('download', { timeout: 45_000 });
    await exports.getByRole('button', { name: 'PDF: export the file' }).click();
    const download = await arriving;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text.replace(/\s+/g, ' ')).toContain(planName);
  });

  it('publishes the report and lists it as published', async () => {
    const listed = page.getByTestId('published-reports').getByRole('listitem');
    const publishedBefore = plan.publishedReports.length;
    if (publishedBefore === 0) await page.getByText('No report of this plan has been published yet.').waitFor();
    await page.getByRole('button', { name: 'Publish report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this report?' });
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('published-note').waitFor();
    await waitUntil(async () => (await listed.count()) === publishedBefore + 1, 'the published report is listed');
    // Newest first: the one just published, by the signed-in manager.
    expect(await textOf(listed.first())).toContain('by Anders Larsen');
    const published = await asManager<{ strategicPlan: { publishedReports: Array<{ from: string; to: string }> } }>(
      'query ($id: ID!) { strategicPlan(id: $id) { publishedReports { from to } } }',
      { id: plan.id },
    );
    expect(published.strategicPlan.publishedReports).toHaveLength(publishedBefore + 1);
    expect(published.strategicPlan.publishedReports[0]).toEqual(reportPeriod(plan));

    // The frozen report opens from the list.
    await listed.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Published report: ${planName}` }).waitFor();
    await page.getByTestId('progress-row').first().waitFor();
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
    const violations = await seriousAxeViolations(page);
    await screenshot(page, 'plan-report-published-en');
    expect(violations).toEqual([]);
  });
});

/** Skupnosti MOST's coordinator reads the consortium plan's report on a phone (390 px), in Slovenian. */
describe("a coordinator's consortium plan on a phone", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } })).newPage();
    await signIn(page, e2eUrl(), 'coordinator@most.demo');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the report with its published version, without the page scrolling sideways', async () => {
    await page.waitForURL('**/consortium');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sl');
    await page.goto(`${e2eUrl()}/plans`);
    await page.getByRole('heading', { level: 1, name: 'Strateški načrti' }).waitFor();
    await page.getByRole('link', { name: 'Poročilo o napredku za Skupnosti MOST 2024–2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Poročilo o napredku: Skupnosti MOST 2024–2026' }).waitFor();
    await page.getByRole('row', { name: /^Ure individualnega svetovanja/ }).waitFor();
    // The demo published the first project year.
    expect(await page.getByTestId('published-reports').getByRole('listitem').count()).toBe(1);
    // Wide tables scroll inside their own box; the page itself fits the phone.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
    const violations = await seriousAxeViolations(page);
    await screenshot(page, 'plan-report-phone-sl');
    expect(violations).toEqual([]);
  });
});
