import type { Browser, Page } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, percentOf, textOf, waitUntil } from './support/e2e-env.js';

/**
 * A counsellor's day in a real browser: sign in, land on the caseload, open a
 * resident, log a session, update a goal, and see the totals change.
 */
describe("a counsellor's day", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  let residentName = '';
  let caseloadRowHoursBefore = '';
  let caseloadTotalBefore = '';

  it('signs in and lands on the caseload', async () => {
    await signIn(page, e2eUrl(), demoUsers.counsellor);
    await page.waitForURL('**/caseload');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.getByTestId('caseload-row').first().waitFor();
    expect(await page.getByTestId('caseload-row').count()).toBeGreaterThan(0);
    await screenshot(page, 'caseload-en');
  });

  it('opens a resident with open goals from the caseload', async () => {
    const rows = page.getByTestId('caseload-row');
    const count = await rows.count();
    let chosen = -1;
    for (let index = 0; index < count && chosen < 0; index++) {
      if (Number(await textOf(rows.nth(index).locator('td').nth(2))) > 0) chosen = index;
    }
    expect(chosen).toBeGreaterThanOrEqual(0);
    const row = rows.nth(chosen);
    residentName = await textOf(row.getByRole('link'));
    caseloadRowHoursBefore = await textOf(row.getByTestId('hours-this-month'));
    caseloadTotalBefore = await textOf(page.getByTestId('caseload-total-hours'));

    await row.getByRole('link').click();
    await page.waitForURL(/\/residents\/[^/]+$/);
    expect(page.url()).toContain('resident');
    await page.getByRole('heading', { level: 1, name: residentName }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Goals' }).waitFor();
    await screenshot(page, 'case-file-en');
  });

  it('logs a session with the defaults and sees it in the timeline and the totals', async () => {
    const totalBefore = await textOf(page.getByTestId('case-file-hours-total'));
    const monthBefore = await textOf(page.getByTestId('case-file-hours-month'));
    const form = page.getByRole('form', { name: 'Log a session' });
    expect(await form.getByLabel('Duration (minutes)').inputValue()).toBe('45');
    expect(await form.getByLabel('Kind of session').inputValue()).toBe('INDIVIDUAL');
    const note = `E2E ${Date.now()}: talked about the job interview next week.`;
    await form.getByLabel('Notes').fill(note);
    await form.getByRole('checkbox', { name: 'Work', exact: true }).check();
    await form.getByRole('button', { name: 'Log session' }).click();

    await form.getByText(/Session on .* logged/).waitFor();
    await page.getByText(note).waitFor();
    await waitUntil(
      async () => (await textOf(page.getByTestId('case-file-hours-total'))) !== totalBefore,
      'the total hours change',
    );
    await waitUntil(
      async () => (await textOf(page.getByTestId('case-file-hours-month'))) !== monthBefore,
      "this month's hours change",
    );
    expect(await form.getByLabel('Notes').inputValue()).toBe('');
    await screenshot(page, 'case-file-session-logged-en');
  });

  it('shows validation messages next to the fields', async () => {
    const form = page.getByRole('form', { name: 'Log a session' });
    await form.getByLabel('Duration (minutes)').fill('0');
    await form.getByRole('button', { name: 'Log session' }).click();
    await form.getByText('Enter whole minutes, from 1 to 600.').waitFor();
    expect(await form.getByLabel('Duration (minutes)').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.getByLabel('Duration (minutes)').fill('45');
  });

  it('updates the progress of a goal', async () => {
    // An open goal (an achieved one must stay at 100 %): the resident's goals come in domain order.
    const card = page
      .getByTestId('goal-card')
      .filter({ has: page.getByTestId('goal-status').filter({ hasText: /^(Planned|In progress)$/i }) })
      .first();
    const title = await textOf(card.getByRole('heading'));
    const before = percentOf(await textOf(card.getByTestId('goal-progress')));
    const after = before <= 90 ? before + 5 : before - 5;

    await card.getByRole('button', { name: 'Update progress' }).click();
    await card.getByLabel('Progress (%)').fill(String(after));
    await card.getByLabel('Note').fill('E2E: one step further.');
    await card.getByRole('button', { name: 'Save progress' }).click();

    await page.getByText(`Saved the progress of “${title}”.`).waitFor();
    const updated = page.getByRole('article', { name: title }).first();
    await waitUntil(
      async () => percentOf(await textOf(updated.getByTestId('goal-progress'))) === after,
      `the goal shows ${after}%`,
    );
    await updated.getByRole('button', { name: 'Show history' }).click();
    await updated
      .getByRole('table', { name: `Changes to “${title}”, newest first` })
      .getByText('E2E: one step further.')
      .waitFor();
    await screenshot(page, 'case-file-goal-updated-en');
  });

  it("sees this month's hours change on the caseload", async () => {
    await page.getByRole('link', { name: '← Back to caseload' }).click();
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    const row = page
      .getByTestId('caseload-row')
      .filter({ has: page.getByRole('link', { name: residentName, exact: true }) });
    await waitUntil(
      async () => (await textOf(row.getByTestId('hours-this-month'))) !== caseloadRowHoursBefore,
      "the resident's hours this month change",
    );
    await waitUntil(
      async () => (await textOf(page.getByTestId('caseload-total-hours'))) !== caseloadTotalBefore,
      "the caseload's hours this month change",
    );
  });
});
