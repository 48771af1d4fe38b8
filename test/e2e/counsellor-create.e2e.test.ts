import type { Browser, Page } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf, waitUntil } from './support/e2e-env.js';

const phone = { width: 390, height: 844 };

/** Each dialog is checked with axe while open: no serious or critical findings. */
async function expectAxeClean(page: Page, what: string): Promise<void> {
  expect({ what, violations: await seriousAxeViolations(page) }).toEqual({ what, violations: [] });
}

/** ISO date `days` before today (UTC), as the date inputs take it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * On a phone, a counsellor creates what a day needs from the page where it belongs: a new
 * resident (with the duplicate warning), a goal, BARC-10 assessments item by item.
 */
describe('a counsellor creates records on a phone (390 × 844)', () => {
  let browser: Browser;
  let page: Page;
  const lastName = `Ustvarjen${Date.now().toString(36)}`;
  const name = `Nina ${lastName}`;
  const dateOfBirth = '1991-05-17';

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: phone })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a resident from the caseload and lands on the new case file', async () => {
    await signIn(page, e2eUrl(), demoUsers.counsellor);
    await page.waitForURL('**/caseload');
    await page.getByRole('button', { name: 'New resident' }).click();
    const dialog = page.getByRole('dialog', { name: 'New resident' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Save resident' }).click();
    await dialog.getByText('Fill in this field.').first().waitFor();
    await expectAxeClean(page, 'new resident dialog with errors');
    await dialog.getByLabel('First name').fill('Nina');
    await dialog.getByLabel('Last name').fill(lastName);
    await dialog.getByLabel('Date of birth').fill(dateOfBirth);
    await dialog.getByLabel('Intake date').fill(daysAgo(60));
    expect(await dialog.getByText('Fill in this field.').count()).toBe(0);
    await screenshot(page, 'create-new-resident-390');
    await dialog.getByRole('button', { name: 'Save resident' }).click();
    await page.waitForURL(/\/residents\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('sets a goal with a target date from the goals section', async () => {
    await page.getByRole('button', { name: 'New goal' }).click();
    const dialog = page.getByRole('dialog', { name: 'New goal' });
    await dialog.waitFor();
    await expectAxeClean(page, 'new goal dialog');
    await dialog.getByLabel('Life domain').selectOption('HOUSING');
    await dialog.getByRole('textbox', { name: /^Goal/ }).fill('Find a flat of my own');
    await dialog.getByLabel('Target date').fill('2027-06-30');
    await dialog.getByRole('button', { name: 'Save goal' }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = page.getByRole('article', { name: 'Find a flat of my own' });
    await card.waitFor();
    expect(await card.getByText(/Target date/).count()).toBe(1);
    await page.getByText('Goal “Find a flat of my own” added.').waitFor();
  });

  it('records two BARC-10 assessments item by item and sees the total and the trend', async () => {
    for (const [takenOn, score, total] of [[daysAgo(30), '3', '30'], [daysAgo(0), '4', '40']] as const) {
      await page.getByRole('button', { name: 'Record BARC-10' }).click();
      const dialog = page.getByRole('dialog', { name: 'Record a BARC-10 assessment' });
      await dialog.waitFor();
      const groups = dialog.getByRole('radiogroup');
      await waitUntil(async () => (await groups.count()) === 10, 'the ten statements are shown');
      await expectAxeClean(page, 'BARC-10 dialog');
      await dialog.getByLabel('Date of the assessment').fill(takenOn);
      for (let index = 0; index < 10; index++) await groups.nth(index).getByRole('radio', { name: score, exact: true }).check();
      expect(await textOf(dialog.getByTestId('assessment-total'))).toContain(`Total: ${total}`);
      if (total === '40') await screenshot(page, 'create-barc10-390');
      await dialog.getByRole('button', { name: 'Save assessment' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(new RegExp(`BARC-10 of .* saved: total ${total}\\.`)).waitFor();
    }
    const table = page.getByRole('table', { name: 'BARC-10 totals, newest first' });
    await waitUntil(async () => (await table.locator('tbody tr').count()) === 2, 'both totals are in the table');
    expect(await textOf(table.locator('tbody tr').first())).toContain('40');
    await page.getByRole('img', { name: /^Chart of the BARC-10 totals over time/ }).waitFor();
    await screenshot(page, 'create-case-file-after-390');
  });

  it('adds a relative and edits the resident details, each dialog axe clean', async () => {
    await page.getByRole('button', { name: 'Add relative' }).click();
    const add = page.getByRole('dialog', { name: 'Add a relative' });
    await add.waitFor();
    await expectAxeClean(page, 'add relative dialog');
    await add.getByLabel('First name').fill('Marta');
    await add.getByLabel('Last name').fill(lastName);
    await add.getByLabel('Relationship').selectOption('PARENT');
    await add.getByRole('button', { name: 'Save relative' }).click();
    await add.waitFor({ state: 'detached' });
    await page.getByText(`Marta ${lastName} added.`).waitFor();

    await page.getByRole('button', { name: 'Link existing relative' }).click();
    const link = page.getByRole('dialog', { name: 'Link an existing relative' });
    await link.getByLabel('Search relatives by name').fill(lastName);
    await link.getByRole('radio', { name: `Marta ${lastName}` }).waitFor();
    await expectAxeClean(page, 'link relative dialog');
    await link.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: `Edit Marta ${lastName}` }).click();
    const editRelative = page.getByRole('dialog', { name: `Edit Marta ${lastName}` });
    await editRelative.getByLabel('Phone').waitFor();
    await expectAxeClean(page, 'edit relative dialog');
    await editRelative.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Edit details' }).click();
    const details = page.getByRole('dialog', { name: `Edit details of ${name}` });
    const phoneField = details.getByLabel('Phone');
    await phoneField.waitFor();
    await expectAxeClean(page, 'edit resident dialog');
    await phoneField.fill('+386 40 555 123');
    await details.getByRole('button', { name: 'Save details' }).click();
    await details.waitFor({ state: 'detached' });
  });

  it('warns before a second resident with the same name and date of birth, offering to open the first', async () => {
    await page.goto(`${e2eUrl()}/caseload`);
    await page.getByRole('button', { name: 'New resident' }).click();
    const dialog = page.getByRole('dialog', { name: 'New resident' });
    await dialog.getByLabel('First name').fill('Nina');
    await dialog.getByLabel('Last name').fill(lastName);
    await dialog.getByLabel('Date of birth').fill(dateOfBirth);
    await dialog.getByRole('button', { name: 'Save resident' }).click();
    await dialog.getByText('This person may already be recorded').waitFor();
    await expectAxeClean(page, 'duplicate warning');
    await screenshot(page, 'create-duplicate-warning-390');
    await dialog.getByRole('link', { name: `Open ${name}` }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });
});
