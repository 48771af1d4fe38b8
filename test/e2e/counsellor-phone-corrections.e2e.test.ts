import type { Browser, Page } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { namesNotStartingWithLabel, screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf, waitUntil } from './support/e2e-env.js';

const phone = { width: 390, height: 844 };

/** Nothing on the page is wider than the screen: no sideways scrolling. */
async function expectFitsWidth(page: Page, what: string): Promise<void> {
  const sizes = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  );
  expect({ what, wider: sizes.scrollWidth > sizes.innerWidth }).toEqual({ what, wider: false });
}

async function expectAxeClean(page: Page, what: string): Promise<void> {
  const violations = [...(await seriousAxeViolations(page)), ...(await namesNotStartingWithLabel(page))];
  expect({ what, violations }).toEqual({ what, violations: [] });
}

/**
 * On a phone: a resident, a goal and session notes with long unbroken words (a pasted link, a
 * double surname without spaces) wrap inside their cards; a counsellor corrects a session and
 * withdraws one with a reason, after which it no longer counts in the hours.
 */
describe('a counsellor corrects and withdraws sessions on a phone (390 × 844), long words wrap', () => {
  let browser: Browser;
  let page: Page;
  const stamp = Date.now().toString(36);
  // 100 characters (the longest name the form takes), no space to break at.
  const lastName = `Dolgopriimek${stamp}`.padEnd(100, 'x');
  const name = `Nina ${lastName}`;
  const longWord = `https://example.org/${'dolgabesedabrezpresledka'.repeat(9)}`.slice(0, 200);
  const goalTitle = `Cilj${'brezpresledkov'.repeat(12)}`.slice(0, 150);
  const notes = `E2E ${stamp}: ${longWord}`;
  let residentPath = '';
  let hoursBefore = '';

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: phone, hasTouch: true })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a resident with a 100-character surname; the case file header wraps it', async () => {
    await signIn(page, e2eUrl(), demoUsers.counsellor);
    await page.waitForURL('**/caseload');
    await page.getByRole('button', { name: 'New resident' }).click();
    const dialog = page.getByRole('dialog', { name: 'New resident' });
    await dialog.getByLabel('First name').fill('Nina');
    await dialog.getByLabel('Last name').fill(lastName);
    await dialog.getByRole('button', { name: 'Save resident' }).click();
    await page.waitForURL(/\/residents\/[^/]+$/);
    residentPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name }).waitFor();
    hoursBefore = await textOf(page.getByTestId('case-file-hours-total'));
    await expectFitsWidth(page, 'case file with a long name');
  });

  it('sets a goal whose title is one 150-character word; the goal card wraps it', async () => {
    await page.getByRole('button', { name: 'New goal' }).click();
    const dialog = page.getByRole('dialog', { name: 'New goal' });
    await dialog.getByLabel('Life domain').selectOption('WORK');
    await dialog.getByRole('textbox', { name: /^Goal/ }).fill(goalTitle);
    await dialog.getByRole('button', { name: 'Save goal' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: goalTitle }).waitFor();
    await expectFitsWidth(page, 'case file with a long goal title');
  });

  it('logs a session whose notes hold a 200-character word; the session card wraps it', async () => {
    const open = page.getByRole('button', { name: 'Log a session' });
    await open.click();
    const form = page.getByRole('form', { name: 'Log a session' });
    await form.getByLabel('Notes').fill(notes);
    await form.getByRole('button', { name: 'Log session' }).click();
    await page.getByTestId('session-undo-toast').getByText(/^Session on .* logged/).waitFor();
    await page.getByTestId('session-card').filter({ hasText: stamp }).waitFor();
    await waitUntil(async () => (await textOf(page.getByTestId('case-file-hours-total'))) !== hoursBefore, 'the session counts in the hours');
    // The panel closes so the timeline is in view (and the page is measured as a person sees it).
    await open.click();
    await expectFitsWidth(page, 'case file with long session notes');
    await expectAxeClean(page, 'case file with long words');
    await screenshot(page, 'phone-long-words-case-file-390');
  });

  it('corrects the session: a new duration, with a reason, and the history shows it', async () => {
    const card = page.getByTestId('session-card').filter({ hasText: stamp });
    const hoursLogged = await textOf(page.getByTestId('case-file-hours-total'));
    await card.getByRole('button', { name: /^Correct/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Correct the session of/ });
    await dialog.waitFor();
    await expectAxeClean(page, 'correct session dialog');
    await dialog.getByLabel('Duration (minutes)').fill('90');
    // No reason yet: the message shows, and goes as soon as a reason is typed.
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await dialog.getByText('Fill in this field.').waitFor();
    await expectAxeClean(page, 'correct session dialog with an error');
    await dialog.getByLabel('Reason').fill('E2E: the talk went on for an hour and a half.');
    expect(await dialog.getByText('Fill in this field.').count()).toBe(0);
    await screenshot(page, 'phone-correct-session-390');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitUntil(async () => (await textOf(page.getByTestId('case-file-hours-total'))) !== hoursLogged, 'the corrected duration counts');
    await card.getByRole('button', { name: /^History/ }).click();
    const history = page.getByRole('dialog', { name: /^History of the session of/ });
    await history.getByText('E2E: the talk went on for an hour and a half.').waitFor();
    await expectAxeClean(page, 'session history dialog');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
  });

  it('withdraws the session with a reason; it stays, struck through, and no longer counts in the hours', async () => {
    const card = page.getByTestId('session-card').filter({ hasText: stamp });
    await card.getByRole('button', { name: /^Withdraw/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Withdraw the session of/ });
    await dialog.waitFor();
    await expectAxeClean(page, 'withdraw session dialog');
    await dialog.getByLabel('Reason').fill('E2E: logged for the wrong resident.');
    await dialog.getByRole('button', { name: 'Withdraw session' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByTestId('session-withdrawn').getByText(/E2E: logged for the wrong resident\./).waitFor();
    await waitUntil(async () => (await textOf(page.getByTestId('case-file-hours-total'))) === hoursBefore, 'the withdrawn session stops counting');
    expect(await textOf(page.getByTestId('case-file-hours-month'))).toBe(hoursBefore);
    await expectFitsWidth(page, 'case file with a withdrawn session');
  });

  it('the caseload card wraps the long name', async () => {
    await page.goto(`${e2eUrl()}/caseload`);
    const card = page.getByTestId('caseload-card').filter({ has: page.getByRole('link', { name }) });
    await page.getByRole('searchbox').first().fill(lastName.slice(0, 20));
    await card.waitFor();
    await expectFitsWidth(page, 'caseload with a long name');
    await expectAxeClean(page, 'caseload with a long name');
    await screenshot(page, 'phone-long-words-caseload-390');
  });

  it("a manager's audit trail of the resident wraps too", async () => {
    const manager = await (await browser.newContext({ locale: 'en-GB', viewport: phone })).newPage();
    await signIn(manager, e2eUrl(), demoUsers.manager);
    await manager.goto(`${e2eUrl()}${residentPath}/audit`);
    await manager.getByRole('heading', { level: 1, name: /^Audit trail/ }).waitFor();
    await manager.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
    await manager.getByRole('table').first().waitFor();
    await expectFitsWidth(manager, 'audit trail of a resident with a long name');
    await expectAxeClean(manager, 'audit trail at 390');
    await screenshot(manager, 'phone-long-words-audit-390');
    await manager.context().close();
  });
});
