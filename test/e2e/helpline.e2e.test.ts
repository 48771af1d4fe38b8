import type { Browser, Page } from 'playwright-core';
import { demoPassword, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf } from './support/e2e-env.js';

/** Ivareta's demo group leader, a helpline volunteer (libs/api/registry/src/demo/demo-organisations.ts). */
const volunteer = 'gruppeleder@ivareta.demo';
const volunteerName = 'Marte Solberg';

interface LoggedContact {
  id: string;
  durationMinutes: number;
  channel: string;
  callerKind: string;
  topics: string[];
  outcome: string;
  anonymous: boolean;
  recordedBy: { displayName: string };
}

/** Asks the API as the volunteer (a session of its own, beside the browser's). */
async function asVolunteer<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
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
    variables: { input: { email: volunteer, password: demoPassword } },
  });
  const token = (login.data?.['login'] as { accessToken: string } | undefined)?.accessToken;
  expect(token).toBeTruthy();
  const answer = await post({ query, variables }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

const myContacts = () =>
  asVolunteer<{ helplineContacts: LoggedContact[] }>(
    `query { helplineContacts(first: 200) { id durationMinutes channel callerKind topics outcome anonymous recordedBy { displayName } } }`,
  ).then((data) => data.helplineContacts);

async function expectAxeClean(page: Page, name: string): Promise<void> {
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
  const violations = await seriousAxeViolations(page);
  await screenshot(page, name);
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
}

/**
 * Issue 10, point 6: during a call a helpline volunteer (a group leader) logs an anonymous contact
 * in a few interactions (phone and a relative are preselected), and it appears in their log.
 */
describe('a helpline volunteer logs an anonymous call', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, e2eUrl(), volunteer);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the helpline from the menu: the quick-entry form first, then their own log', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Helpline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Helpline' }).waitFor();
    await page.getByRole('form', { name: 'Log a contact' }).waitFor();
    await page.getByRole('table', { name: 'Helpline contacts, newest first' }).waitFor();
    // A group leader links no person record and sees no grief follow-ups.
    expect(await page.getByRole('combobox', { name: /Relative/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Grief follow-ups' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Contacts you logged' }).count()).toBe(1);
    await expectAxeClean(page, 'helpline-gl-en');
  });

  it('logs the call in three interactions and finds it at the top of the log', async () => {
    const before = await myContacts();
    const form = page.getByRole('form', { name: 'Log a contact' });

    // Phone, a relative and "information given" are preselected: minutes, a topic, Save.
    await form.getByLabel('Duration (minutes)').fill('7'); // 1
    await form.locator('label', { hasText: 'Grief after an overdose death' }).click(); // 2
    await form.getByRole('button', { name: 'Save' }).click(); // 3

    const status = page.getByTestId('helpline-saved');
    await status.filter({ hasText: 'Contact saved' }).waitFor();
    expect(await textOf(status)).toMatch(/^Contact saved \(Phone, 7 mins?\)\.$/);
    expect(await form.getByLabel('Duration (minutes)').inputValue()).toBe('');

    const after = await myContacts();
    const added = after.filter((contact) => !before.some((old) => old.id === contact.id));
    expect(added).toEqual([
      expect.objectContaining({
        durationMinutes: 7,
        channel: 'PHONE',
        callerKind: 'RELATIVE',
        topics: ['GRIEF_AFTER_OVERDOSE'],
        outcome: 'INFORMATION_GIVEN',
        anonymous: true,
        recordedBy: { displayName: volunteerName },
      }),
    ]);

    const log = page.getByRole('table', { name: 'Helpline contacts, newest first' });
    const first = log.locator('tbody tr').first();
    await first.filter({ hasText: 'Grief after an overdose death' }).waitFor();
    const cells = await first.locator('td').allTextContents();
    expect(cells).toEqual(
      expect.arrayContaining([
        'Phone',
        'Relative',
        'Grief after an overdose death',
        'Information given',
        'Anonymous',
        volunteerName,
      ]),
    );
    await expectAxeClean(page, 'helpline-gl-logged-en');
  });
});

/** A counsellor of Ivareta: grief follow-ups below the log, and the material support page; axe clean. */
describe("a counsellor's helpline and material support pages", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, e2eUrl(), 'veileder@ivareta.demo');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('marks a planned grief follow-up contact as done', async () => {
    await page.goto(`${e2eUrl()}/helpline`);
    await page.getByRole('heading', { level: 1, name: 'Helpline' }).waitFor();
    await page.getByRole('combobox', { name: 'Relative (optional)' }).waitFor();
    const plans = page.getByRole('region', { name: 'Grief follow-ups' });
    const markDone = plans.getByRole('button', { name: /^Done: the contact on .+$/ }).first();
    await markDone.waitFor();
    await expectAxeClean(page, 'helpline-counsellor-en');

    const label = (await markDone.getAttribute('aria-label')) ?? '';
    const date = label.replace(/^Done: the contact on (.+)$/, '$1');
    // The plan (an article named after the relative) and, in it, the planned contact of that date.
    const relative = await plans
      .getByRole('article')
      .filter({ has: page.getByRole('button', { name: label }) })
      .first()
      .getAttribute('aria-label');
    const row = plans
      .getByRole('article', { name: relative ?? '', exact: true })
      .getByRole('listitem')
      .filter({ hasText: date });
    await markDone.click();
    await row.getByText(/^Done \d/).waitFor();
    expect(await row.getByRole('button', { name: `Missed: the contact on ${date}` }).count()).toBe(0);
  });

  it('opens the form that starts a follow-up plan', async () => {
    await page.getByRole('button', { name: 'Start a follow-up' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a grief follow-up' });
    await dialog.getByRole('combobox', { name: 'Bereaved relative' }).waitFor();
    await expectAxeClean(page, 'helpline-start-follow-up-en');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows the material support page', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Material support' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Material support' }).waitFor();
    await page.getByRole('table', { name: 'Handouts, newest first' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Recipient' }).waitFor();
    await expectAxeClean(page, 'material-support-counsellor-en');
  });
});
