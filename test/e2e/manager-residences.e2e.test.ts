import type { Browser, Page } from 'playwright-core';
import { launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf } from './support/e2e-env.js';

/**
 * R.O.T's demo manager: the R.O.T demo has no residences (demo-organisations.ts), so its overview has
 * no beds and its board starts empty. This file is the only one that changes R.O.T's residences.
 */
const manager = 'manager@rot.demo';
const name = 'Porsgrunn bofellesskap';
const renamed = 'Porsgrunn bofellesskap, Storgata';

/** Today as the browser's date field takes it (the browser runs on this machine, in its time zone). */
function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe('a manager keeps the residences', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, e2eUrl(), manager);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const totals = () => textOf(page.getByTestId('residences-totals'));
  const card = (residence: string) => page.getByRole('region', { name: residence, exact: true });

  /** Waits until the board's totals say `expected` (they change once the mutation's refetch is in). */
  async function totalsBecome(expected: string): Promise<void> {
    await page.getByTestId('residences-totals').filter({ hasText: expected }).waitFor();
    expect(await totals()).toBe(expected);
  }

  it('explains on the overview that there are no beds yet, instead of a flat 0 % chart', async () => {
    await page.waitForURL('**/overview');
    const noBeds = page.getByTestId('occupancy-no-beds');
    await noBeds.waitFor();
    expect(await textOf(noBeds.locator('p').first())).toBe('There are no beds in this period yet, so there is no occupancy to show.');
    expect(await page.getByRole('img', { name: /Line chart of occupancy/ }).count()).toBe(0);

    // The figures tables fold away and back; the button says which table and whether it is open.
    const goals = page.getByRole('table', { name: 'Goals by domain' });
    await goals.waitFor();
    const hide = page.getByRole('button', { name: 'Hide table: Goals by domain' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    await hide.click();
    await goals.waitFor({ state: 'detached' });
    const show = page.getByRole('button', { name: 'Show table: Goals by domain' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await show.click();
    await goals.waitFor();
    await screenshot(page, 'overview-no-beds-en');

    await noBeds.getByRole('link', { name: 'Set up residences and their beds on the residences board' }).click();
    await page.getByRole('heading', { level: 1, name: 'Residences' }).waitFor();
  });

  it('shows the empty board with an explanation and creates a residence with two rooms', async () => {
    const empty = page.getByTestId('residences-empty');
    await empty.waitFor();
    expect(await textOf(empty)).toMatch(/^There are no open residences yet\. Create the first one with “New residence”/);
    await totalsBecome('0 residences: 0 of 0 beds taken, 0 free.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'residences-empty-en');

    await page.getByRole('button', { name: 'New residence' }).click();
    const dialog = page.getByRole('dialog', { name: 'New residence' });
    await dialog.waitFor();
    // Sent empty: the name is asked for at the field, and the message goes once it is filled in.
    await dialog.getByRole('button', { name: 'Create residence' }).click();
    const nameField = dialog.getByRole('textbox', { name: 'Name', exact: true });
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    await nameField.fill(name);
    expect(await nameField.getAttribute('aria-invalid')).not.toBe('true');
    expect(await dialog.getByText('Fill in this field.').count()).toBe(0);
    await dialog.getByRole('textbox', { name: 'Address', exact: true }).fill('Storgata 1, Porsgrunn');
    // Opened today (and closed today below): its beds count in no day's occupancy, so R.O.T's overview keeps no beds.
    await dialog.getByLabel('Opened on').fill(today());
    await dialog.getByRole('textbox', { name: 'Room 1: beds' }).fill('2');
    await dialog.getByRole('button', { name: 'Add a room' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Room 2: name' }).inputValue()).toBe('2');
    expect(await textOf(dialog.getByTestId('rooms-total'))).toBe('3 beds in all');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'residences-create-en');
    await dialog.getByRole('button', { name: 'Create residence' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await card(name).waitFor();
    expect(await card(name).getByTestId('bed-row').count()).toBe(3);
    await totalsBecome('1 residence: 0 of 3 beds taken, 3 free.');
  });

  it('adds a bed to an existing room', async () => {
    await page.getByRole('button', { name: `Add beds to ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Add beds to ${name}` });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: 'Room' }).selectOption('2');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add beds', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await totalsBecome('1 residence: 0 of 4 beds taken, 4 free.');
    await card(name).getByRole('rowheader', { name: 'Room 2 · bed 2' }).waitFor();
  });

  it('renames the residence', async () => {
    await page.getByRole('button', { name: `Edit ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Address', exact: true }).inputValue()).toBe('Storgata 1, Porsgrunn');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(renamed);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card(renamed).waitFor();
    expect(await card(name).count()).toBe(0);
  });

  it('retires a free bed, and the board counts one bed less', async () => {
    await page.getByRole('button', { name: `Retire Room 2 · bed 2, ${renamed}` }).click();
    const dialog = page.getByRole('dialog', { name: `Retire Room 2 · bed 2, ${renamed}` });
    await dialog.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'residences-retire-en');
    await dialog.getByRole('button', { name: 'Retire bed' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await totalsBecome('1 residence: 0 of 3 beds taken, 3 free.');
    expect(await card(renamed).getByRole('rowheader', { name: 'Room 2 · bed 2' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'residences-manager-en');
  });

  it('closes the residence nobody lives in, and the board is empty again', async () => {
    await page.getByRole('button', { name: `Close residence ${renamed}` }).click();
    const dialog = page.getByRole('dialog', { name: `Close ${renamed}` });
    await dialog.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close residence' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('residences-empty').waitFor();
    await totalsBecome('0 residences: 0 of 0 beds taken, 0 free.');
  });
});
