import type { Browser, Locator, Page } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl } from './support/e2e-env.js';

const phone = { width: 390, height: 844 };
const desktop = { width: 1366, height: 768 };

const languages = [
  {
    locale: 'en-GB',
    lang: 'en',
    labels: { email: 'Email', password: 'Password', submit: 'Sign in' },
    caseload: 'Caseload',
    logSession: 'Log a session',
    actions: 'Actions',
    signOut: 'Sign out',
    attention: 'Needs attention today',
  },
  {
    locale: 'nb-NO',
    lang: 'nb',
    labels: { email: 'E-post', password: 'Passord', submit: 'Logg inn' },
    caseload: 'Mine saker',
    logSession: 'Registrer en samtale',
    actions: 'Handlinger',
    signOut: 'Logg ut',
    attention: 'Trenger oppfølging i dag',
  },
  {
    locale: 'sl-SI',
    lang: 'sl',
    labels: { email: 'E-pošta', password: 'Geslo', submit: 'Prijavi se' },
    caseload: 'Moji primeri',
    logSession: 'Vpis srečanja',
    actions: 'Dejanja',
    signOut: 'Odjava',
    attention: 'Danes potrebuje pozornost',
  },
] as const;

/** True when the whole element lies inside the viewport as first shown (no scrolling). */
async function inFirstScreen(locator: Locator, viewport: { width: number; height: number }): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
}

/** Nothing on the page is wider than the screen (the header and its menu fit). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
}

/** A counsellor between houses, on a phone: needs attention and caseload as cards, case file opening on the header and "Log a session". */
describe('a counsellor on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(languages)('$lang: caseload as cards, case file header and "Log a session" on the first screen', async (language) => {
    const context = await browser.newContext({ locale: language.locale, viewport: phone, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, e2eUrl(), demoUsers.counsellor, { labels: language.labels });
    await page.getByRole('heading', { level: 1, name: language.caseload }).waitFor();

    const cards = page.getByTestId('caseload-card');
    await cards.first().waitFor();
    // Where a counsellor starts: what needs attention today, each item linking to a case file.
    const attention = page.getByRole('region', { name: language.attention });
    await attention.waitFor();
    for (const href of await attention.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      expect(href).toMatch(/^\/residents\/[^/]+$/);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByTestId('caseload-row').count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, language.lang === 'en' ? 'caseload-phone' : `caseload-phone-${language.lang}`);

    const link = cards.first().getByRole('link');
    const name = (await link.textContent())?.trim() ?? '';
    await link.click();
    await page.waitForURL(/\/residents\/[^/]+$/);
    const heading = page.getByRole('heading', { level: 1, name });
    await heading.waitFor();
    const logSession = page.getByRole('button', { name: language.logSession });
    await logSession.waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    expect(await inFirstScreen(heading, phone)).toBe(true);
    expect(await inFirstScreen(logSession, phone)).toBe(true);
    expect(await inFirstScreen(page.getByRole('button', { name: language.actions }), phone)).toBe(true);
    // The app header fits too: Sign out is whole on screen.
    expect(await inFirstScreen(page.getByRole('button', { name: language.signOut }), phone)).toBe(true);
    // …and its label is not cut short ("Sign o…"): the text fits its box.
    const clipped = await page.getByRole('button', { name: language.signOut }).evaluate((button) => {
      const label = button.querySelector('.mantine-Button-label') ?? button;
      return label.scrollWidth > label.clientWidth + 1;
    });
    expect(clipped).toBe(false);
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, language.lang === 'en' ? 'case-file-phone' : `case-file-phone-${language.lang}`);

    // The panel opens in place with the form; the header's actions are one menu.
    await logSession.click();
    await page.getByRole('form', { name: language.logSession }).waitFor();
    expect(await logSession.getAttribute('aria-expanded')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (language.lang === 'en') {
      // Logging confirms with a toast offering "Undo" (no dialog); Undo withdraws the session.
      const form = page.getByRole('form', { name: language.logSession });
      await form.getByLabel('Notes').fill('E2E on the phone: logged by mistake.');
      await form.getByRole('button', { name: 'Log session' }).click();
      const toast = page.getByTestId('session-undo-toast');
      await toast.getByText(/^Session on .* logged/).waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await toast.getByRole('button', { name: 'Undo' }).click();
      await toast.getByText('The session was withdrawn.').waitFor();
    }
    await page.getByRole('button', { name: language.actions }).click();
    await page.getByRole('menu').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await context.close();
  });

  it('on a 1366 × 768 laptop, "Log a session" is in view without scrolling and the caseload is a table', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: desktop });
    const page = await context.newPage();
    await signIn(page, e2eUrl(), demoUsers.counsellor);
    await page.getByTestId('caseload-row').first().waitFor();
    expect(await page.getByTestId('caseload-card').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByTestId('caseload-row').first().getByRole('link').click();
    await page.waitForURL(/\/residents\/[^/]+$/);
    const form = page.getByRole('form', { name: 'Log a session' });
    await form.waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    expect(await inFirstScreen(page.getByRole('heading', { level: 2, name: 'Log a session' }), desktop)).toBe(true);
    // The whole form down to its button: a session is logged without scrolling.
    expect(await inFirstScreen(form.getByRole('button', { name: 'Log session', exact: true }), desktop)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
