import type { Browser, Page } from 'playwright-core';
import { demoPassword, demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf } from './support/e2e-env.js';

/** R.O.T's demo group leader: leads groups at Porsgrunn (demo-organisations.ts, demo-programmes/rot.ts). */
const groupLeader = 'gruppeleder@rot.demo';

/** A phone: 390 × 844 CSS pixels, touch. */
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/** A phone in Norway: meeting times show in the device's time zone, as R.O.T's schedules are written. */
const inNorway = { locale: 'en-GB', timezoneId: 'Europe/Oslo' };

/** Calls the API as the group leader (a session of its own, beside the browser's). */
async function asGroupLeader<T>(query: string, variables: Record<string, unknown>): Promise<T> {
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
    variables: { input: { email: groupLeader, password: demoPassword } },
  });
  const token = (login.data?.['login'] as { accessToken: string } | undefined)?.accessToken;
  expect(token).toBeTruthy();
  const answer = await post({ query, variables }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

async function expectAxeClean(page: Page, name: string): Promise<void> {
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
  const violations = await seriousAxeViolations(page);
  await screenshot(page, name);
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
}

/** No case-file link anywhere on the page (group leaders see names only). */
async function caseFileLinks(page: Page): Promise<number> {
  return page.locator('a[href*="/residents"], a[href*="/relatives"]').count();
}

/**
 * Issue 10, point 4: a group leader on a phone opens a meeting from their start page, ticks who
 * came, adds two guests and saves (≤ 3 interactions for a regular meeting), and sees nothing of
 * anyone's case file.
 */
describe('a group leader takes attendance on a phone-sized page', () => {
  let browser: Browser;
  let page: Page;
  let meetingId = '';
  const ticked: string[] = [];
  let guestsAfter = 0;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ ...inNorway, ...phone })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lands on their programmes and next meetings', async () => {
    await signIn(page, e2eUrl(), groupLeader);
    await page.waitForURL('**/programmes');
    await page.getByRole('heading', { level: 1, name: 'My groups' }).waitFor();
    const mine = page.getByRole('region', { name: 'Programmes I lead' });
    await mine.getByTestId('programme-card').first().waitFor();
    expect(await mine.getByTestId('programme-card').count()).toBeGreaterThanOrEqual(2);
    const next = page.getByRole('region', { name: 'Next meetings' });
    await next.getByTestId('meeting-next').first().waitFor();
    expect(await next.getByTestId('meeting-next').count()).toBeGreaterThan(0);
    expect(await caseFileLinks(page)).toBe(0);
    // Phone width: nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectAxeClean(page, 'gl-home-phone');
  });

  it('opens a meeting of today or the past: one tap when its attendance is still to take', async () => {
    const waiting = page.getByRole('region', { name: 'Attendance still to take' });
    if ((await waiting.count()) > 0) {
      await waiting.getByRole('link', { name: 'Take attendance' }).first().click(); // interaction 1
    } else {
      // Every past meeting has its attendance already: correct the newest one, from its programme's page.
      await page.getByRole('region', { name: 'Programmes I lead' }).getByRole('link').first().click();
      const recent = page.getByTestId('recent-meeting').first();
      await recent.waitFor();
      await recent.getByRole('link', { name: /^(Take attendance|Attendance) – / }).click();
    }
    await page.waitForURL(/\/meetings\/[^/]+\/attendance$/);
    meetingId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.getByRole('heading', { level: 1, name: /^Attendance: / }).waitFor();
    await page.getByTestId('attendance-row').first().waitFor();
    expect(await caseFileLinks(page)).toBe(0);
    await expectAxeClean(page, 'gl-attendance-phone');
  });

  it('ticks participants, adds two guests and saves', async () => {
    const rows = page.getByTestId('attendance-row');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count && ticked.length < 3; index++) {
      const box = rows.nth(index).getByRole('checkbox');
      if (!(await box.isChecked())) {
        await rows.nth(index).locator('label').tap(); // interaction 2 (each tick)
        expect(await box.isChecked()).toBe(true);
        ticked.push(await textOf(rows.nth(index).locator('label')));
      }
    }
    expect(ticked.length).toBeGreaterThan(0);
    const guests = page.getByRole('textbox', { name: 'Guests' });
    const guestsBefore = Number(await guests.inputValue());
    await page.getByRole('button', { name: 'One guest more' }).tap();
    await page.getByRole('button', { name: 'One guest more' }).tap();
    guestsAfter = guestsBefore + 2;
    expect(await guests.inputValue()).toBe(String(guestsAfter));

    await page.getByRole('button', { name: 'Save attendance' }).tap(); // interaction 3
    const status = page.getByRole('status').filter({ hasText: 'Attendance saved' });
    await status.waitFor();
    expect(await textOf(status)).toContain(`${guestsAfter} guest`);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectAxeClean(page, 'gl-attendance-saved-phone');
  });

  it('has stored the attendance (after a reload, and as the API answers)', async () => {
    await page.reload();
    await page.getByTestId('attendance-row').first().waitFor();
    for (const name of ticked) expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Guests' }).inputValue()).toBe(String(guestsAfter));

    const { meeting } = await asGroupLeader<{
      meeting: {
        status: string;
        guestCount: number;
        attendance: { present: boolean; participant: { displayName: string } }[];
      };
    }>(
      'query ($id: ID!) { meeting(id: $id) { status guestCount attendance(first: 500) { present participant { displayName } } } }',
      {
        id: meetingId,
      },
    );
    expect(meeting.status).toBe('HELD');
    expect(meeting.guestCount).toBe(guestsAfter);
    const present = meeting.attendance.filter((entry) => entry.present).map((entry) => entry.participant.displayName);
    expect(present).toEqual(expect.arrayContaining(ticked));
  });

  it('shows the programme without any way into a case file', async () => {
    await page.getByRole('link', { name: /^← / }).click();
    await page.waitForURL(/\/programmes\/[^/]+$/);
    await page.getByRole('heading', { level: 2, name: 'Meetings' }).waitFor();
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
    expect(await caseFileLinks(page)).toBe(0);
    await expectAxeClean(page, 'gl-programme-phone');
  });

  it('cannot open a case file by its address', async () => {
    await page.goto(`${e2eUrl()}/residents/00000000-0000-4000-8000-000000000001`);
    await page.getByRole('heading', { level: 1, name: 'Not available for your role' }).waitFor();
    expect(await caseFileLinks(page)).toBe(0);
  });
});

/** The same pages for a manager (desktop): the list with its filters, a training's register, the new-programme form. */
describe("a manager's programmes pages", () => {
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

  it('lists the trainings of every status and opens one with its register', async () => {
    await page.goto(`${e2eUrl()}/programmes`);
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('all');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('COURSE');
    await page.waitForURL((url) => url.searchParams.get('status') === 'all' && url.searchParams.get('kind') === 'COURSE');
    const table = page.getByRole('table', { name: /programmes?$/ });
    await table.getByTestId('programme-row').first().waitFor();
    // The previous list stays shown (aria-busy) while the filtered one loads: wait until it has arrived.
    await page.locator('[aria-busy="false"]').filter({ has: table }).waitFor();
    // aria-busy can still read false before the new query starts: also wait until no row of another kind is left.
    await table.locator('tbody tr td:nth-child(2)', { hasNotText: 'Course or training' }).first().waitFor({ state: 'detached' });
    for (const kind of await table.locator('tbody tr td:nth-child(2)').allTextContents()) {
      expect(kind).toContain('Course or training');
    }
    await expectAxeClean(page, 'programmes-manager');

    await table.getByTestId('programme-row').first().getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Training register' }).waitFor();
    await page.getByRole('table', { name: /participants? completed$/ }).waitFor();
    await expectAxeClean(page, 'programme-training-manager');
  });

  it('opens the new-programme form', async () => {
    await page.goto(`${e2eUrl()}/programmes`);
    await page.getByRole('button', { name: 'New programme' }).click();
    const dialog = page.getByRole('dialog', { name: 'New programme' });
    await dialog.getByRole('textbox', { name: /^Name/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'programme-new-manager');
  });
});
