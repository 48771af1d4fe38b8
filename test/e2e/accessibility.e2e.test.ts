import type { Browser, Page } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl } from './support/e2e-env.js';

async function pageFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
  await signIn(page, e2eUrl(), email);
  return page;
}

/** Waits for the page's <h1> and for its data (no loader left), then runs axe-core. */
async function check(page: Page, path: string, heading: string | RegExp, name: string): Promise<void> {
  await page.goto(`${e2eUrl()}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
  const violations = await seriousAxeViolations(page);
  await screenshot(page, name);
  expect({ page: path, violations }).toEqual({ page: path, violations: [] });
}

/** axe-core on every page, for each role that sees it: no serious or critical violations. */
describe('accessibility of every page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The pages every role sees are checked in every language by accessibility-languages.e2e.test.ts;
  // here only what that test does not reach (opened history, a refused page), with screenshots.
  it('counsellor pages: a goal\'s history opened, a page the role may not see', async () => {
    const page = await pageFor(browser, demoUsers.counsellor);
    await page.goto(`${e2eUrl()}/caseload`);
    await page.getByTestId('caseload-row').first().waitFor();
    const residentPath = new URL(
      (await page.getByTestId('caseload-row').first().getByRole('link').getAttribute('href')) ?? '',
      e2eUrl(),
    ).pathname;
    await check(page, residentPath, /.+/, 'a11y-case-file');
    await page.getByRole('button', { name: 'Show history' }).first().click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await check(page, '/audit', 'Not available for your role', 'a11y-forbidden');
  });

  it('group leader pages (the programmes page is their start)', async () => {
    const page = await pageFor(browser, demoUsers.groupLeader);
    await check(page, '/', 'My groups', 'a11y-group-leader-start');
  });

  it('is keyboard-usable: the skip link comes first and moves focus to the main content', async () => {
    const page = await pageFor(browser, demoUsers.counsellor);
    // A fresh page load (after an in-app navigation focus is already on <main>).
    await page.goto(`${e2eUrl()}/caseload`);
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main-content');
    // Tab onwards: the page's first action (New resident), then, in a few steps, the search field.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('New resident');
    let tabs = 0;
    while ((await page.evaluate('document.activeElement.getAttribute("type")')) !== 'search' && tabs < 30) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(await page.evaluate('document.activeElement.getAttribute("type")')).toBe('search');
  });
});
