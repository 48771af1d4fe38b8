import type { Browser, Page } from 'playwright-core';
import { launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf } from './support/e2e-env.js';

/** The coordinator of the demo consortium "Skupnosti MOST" lands on its dashboard. */
describe("a consortium coordinator's dashboard", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, e2eUrl(), 'coordinator@most.demo');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the partners side by side with totals, charts and the privacy note', async () => {
    await page.waitForURL('**/consortium');
    await page.getByRole('heading', { level: 1, name: 'Consortium' }).waitFor();
    const table = page.getByRole('table', { name: /with the consortium’s totals/ });
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await textOf(page.getByTestId('consortium-totals'))).toMatch(/^All partners/);
    expect(await page.getByText(/Counts of fewer than 5 people are hidden to protect privacy/).count()).toBe(1);
    const hours = page.getByRole('img', { name: /Bar chart of counselling hours per partner/ });
    await hours.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'consortium-en');
  });

  it('shows the dashboard in Slovenian', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sl');
    await page.getByRole('heading', { level: 1, name: 'Konzorcij' }).waitFor();
    await page.getByTestId('consortium-totals').getByText('Vsi partnerji').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'consortium-sl');
  });
});
