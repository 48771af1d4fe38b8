import type { Browser, Page } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf } from './support/e2e-env.js';

/** A manager's charts: counselling hours, occupancy and goals, each also as a table; residences; audit. */
describe("a manager's overview", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, e2eUrl(), demoUsers.manager);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lands on the overview with charts whose figures are also in tables', async () => {
    await page.waitForURL('**/overview');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

    const byCounsellor = page.getByRole('table', { name: 'Counselling hours by counsellor' });
    await byCounsellor.locator('tbody tr').first().waitFor();
    expect(await byCounsellor.getByText('Maja Novak').count()).toBe(1);
    const byMonth = page.getByRole('table', { name: 'Counselling hours by month' });
    expect(await byMonth.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await textOf(page.getByTestId('manager-total-hours'))).toMatch(/hrs? of counselling in the period\./);

    const monthChart = page.getByRole('img', { name: /Bar chart of counselling hours per month/ });
    await monthChart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await monthChart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(1);

    const occupancy = page.getByRole('table', { name: 'Occupancy at month ends' });
    await occupancy.locator('tbody tr').first().waitFor();
    expect(await occupancy.locator('tbody tr').count()).toBeGreaterThan(1);

    const goals = page.getByRole('table', { name: 'Goals by domain' });
    await goals.getByRole('cell', { name: 'Sobriety' }).waitFor();
    expect(await goals.locator('tbody tr').count()).toBe(10);

    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'overview-en');
  });

  it('shows the residences board with beds, occupants and free beds', async () => {
    await page.getByRole('link', { name: 'Residences' }).click();
    await page.getByRole('heading', { level: 1, name: 'Residences' }).waitFor();
    await page.getByTestId('residence-card').first().waitFor();
    expect(await page.getByTestId('bed-row').count()).toBeGreaterThan(0);
    expect(await textOf(page.getByTestId('residences-totals'))).toMatch(/beds taken/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'residences-en');
  });

  it('admits and discharges from the residences board', async () => {
    // The demo data leaves beds free in Skupnost MOST A (e.g. Bežigrad: 3 beds, 2 taken), so the
    // button must be there: without it this test would prove nothing, so it fails.
    const admit = page.getByRole('button', { name: /^Admit someone to / }).first();
    await admit.waitFor({ timeout: 10_000 });
    await admit.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Resident').click();
    const option = page.getByRole('listbox').getByRole('option').first();
    await option.waitFor();
    const name = await textOf(option);
    await option.click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'residences-admit-en');
    await dialog.getByRole('button', { name: 'Admit', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const dischargeButton = page.getByRole('button', { name: `Discharge ${name}` });
    await dischargeButton.waitFor();

    await dischargeButton.click();
    const discharge = page.getByRole('dialog', { name: `Discharge ${name}` });
    await discharge.getByLabel('Reason').selectOption('MOVED_ON');
    await discharge.getByRole('button', { name: 'Discharge', exact: true }).click();
    await discharge.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: `Discharge ${name}` }).waitFor({ state: 'detached' });
  });

  it('opens the audit trail of a resident', async () => {
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    const first = page.getByRole('table').getByRole('link').first();
    await first.waitFor();
    const name = await textOf(first);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'audit-residents-en');
    await first.click();
    await page.getByRole('heading', { level: 1, name: `Audit trail: ${name}` }).waitFor();

    // Opening this page read the record (and its trail): after a reload the trail shows those reads, and who.
    await page.getByRole('table', { name: /entr(y|ies)/ }).waitFor();
    await page.reload();
    const trail = page.getByRole('table', { name: /entr(y|ies)/ });
    await trail.getByText('Manager A').first().waitFor();
    expect(await trail.getByText('Looked at').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'audit-resident-en');
    await page.locator('label', { hasText: 'Changed' }).click();
    const changes = page.getByRole('table', { name: /entr(y|ies)/ });
    expect(await changes.getByText('Looked at').count()).toBe(0);
  });
});
