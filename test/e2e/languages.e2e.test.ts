import type { Browser } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf } from './support/e2e-env.js';

const languages = [
  {
    locale: 'en-GB',
    lang: 'en',
    heading: 'Sign in to Bridgeway',
    labels: { email: 'Email', password: 'Password', submit: 'Sign in' },
    caseload: 'Caseload',
  },
  {
    locale: 'nb-NO',
    lang: 'nb',
    heading: 'Logg inn i Bridgeway',
    labels: { email: 'E-post', password: 'Passord', submit: 'Logg inn' },
    caseload: 'Mine saker',
  },
  {
    locale: 'sl-SI',
    lang: 'sl',
    heading: 'Prijava v Bridgeway',
    labels: { email: 'E-pošta', password: 'Geslo', submit: 'Prijavi se' },
    caseload: 'Moji primeri',
  },
] as const;

/** The first visit follows navigator.language; each language's sign-in page is complete and accessible. */
describe('languages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(languages)(
    '$lang: the sign-in page follows the browser language',
    async ({ locale, lang, heading, labels, caseload }) => {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${e2eUrl()}/sign-in`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, `sign-in-${lang}`);

      await signIn(page, e2eUrl(), demoUsers.counsellor, { labels });
      await page.getByRole('heading', { level: 1, name: caseload }).waitFor();
      await page.getByTestId('caseload-row').first().waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, `caseload-${lang}`);
      await context.close();
    },
  );

  it('the language switcher changes the language and remembers it', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, e2eUrl(), demoUsers.counsellor);
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sl');
    await page.getByRole('heading', { level: 1, name: 'Moji primeri' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sl');
    // Numbers and dates follow the language: Slovenian uses a decimal comma.
    expect(await textOf(page.getByTestId('caseload-total-hours'))).toMatch(/^\d+(,\d)? h$/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Moji primeri' }).waitFor();
    await context.close();
  });
});
