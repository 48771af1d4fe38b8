import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl } from './support/e2e-env.js';

const languages = [
  {
    locale: 'en-GB',
    lang: 'en',
    labels: { email: 'Email', password: 'Password', submit: 'Sign in' },
    notFound: 'Resident not found',
    back: '← Back to caseload',
    caseload: 'Caseload',
  },
  {
    locale: 'nb-NO',
    lang: 'nb',
    labels: { email: 'E-post', password: 'Passord', submit: 'Logg inn' },
    notFound: 'Fant ikke beboeren',
    back: '← Tilbake til mine saker',
    caseload: 'Mine saker',
  },
  {
    locale: 'sl-SI',
    lang: 'sl',
    labels: { email: 'E-pošta', password: 'Geslo', submit: 'Prijavi se' },
    notFound: 'Stanovalca ni mogoče najti',
    back: '← Nazaj na moje primere',
    caseload: 'Moji primeri',
  },
] as const;

/**
 * A case-file address that names no resident the counsellor may see — an unknown id, a
 * malformed one, another organisation's resident — says "not found" and leads back to the caseload.
 */
describe('a resident address that does not exist', () => {
  let browser: Browser;
  let otherTenantsResident = '';

  beforeAll(async () => {
    browser = await launchChromium();
    // A resident of another organisation (MOST partner B), as its own counsellor sees it.
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await signIn(page, e2eUrl(), 'counsellor.b@most.demo');
    const link = page.getByTestId('caseload-row').first().getByRole('link');
    await link.waitFor();
    otherTenantsResident = new URL((await link.getAttribute('href')) ?? '', e2eUrl()).pathname;
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(languages)('$lang: unknown, malformed and other-organisation ids show "not found" with a way back', async (language) => {
    expect(otherTenantsResident).toMatch(/^\/residents\/[0-9a-f-]{36}$/);
    const context = await browser.newContext({ locale: language.locale, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, e2eUrl(), demoUsers.counsellor, { labels: language.labels });
    for (const [what, path] of [
      ['unknown id', `/residents/${randomUUID()}`],
      ['malformed id', '/residents/not-a-resident-id'],
      ["another organisation's resident", otherTenantsResident],
    ] as const) {
      await page.goto(`${e2eUrl()}${path}`);
      await page.getByRole('heading', { level: 1, name: language.notFound }).waitFor();
      // Not an error to try again: nothing to retry at an address that names no one.
      expect({ what, retry: await page.getByRole('button', { name: /Try again|Prøv igjen|Poskusi znova/ }).count() }).toEqual({ what, retry: 0 });
      expect({ what, violations: await seriousAxeViolations(page) }).toEqual({ what, violations: [] });
      if (what === 'unknown id') await screenshot(page, `resident-not-found-${language.lang}`);
      await page.getByRole('link', { name: language.back }).click();
      await page.waitForURL('**/caseload');
      await page
        .getByRole('heading', { level: 1, name: language.caseload })
        .waitFor()
        .catch(async (error: unknown) => {
          // Says what was on screen instead (seen once under load; kept to diagnose a recurrence).
          await screenshot(page, `resident-not-found-back-failed-${language.lang}`);
          throw new Error(`${what}: back at ${page.url()} shows ${JSON.stringify(await page.locator('h1').allTextContents())}: ${String(error)}`);
        });
    }
    await context.close();
  });
});
