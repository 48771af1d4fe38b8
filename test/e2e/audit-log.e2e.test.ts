import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl } from './support/e2e-env.js';

const languages = [
  { locale: 'en-GB', lang: 'en', labels: { email: 'Email', password: 'Password', submit: 'Sign in' }, title: 'Audit log', csv: 'Download CSV', action: 'What they did', entries: 'Audit log entries' },
  { locale: 'nb-NO', lang: 'nb', labels: { email: 'E-post', password: 'Passord', submit: 'Logg inn' }, title: 'Tilgangslogg for organisasjonen', csv: 'Last ned CSV', action: 'Hva ble gjort', entries: 'Oppføringer i tilgangsloggen' },
  { locale: 'sl-SI', lang: 'sl', labels: { email: 'E-pošta', password: 'Geslo', submit: 'Prijavi se' }, title: 'Revizijski dnevnik', csv: 'Prenesi CSV', action: 'Dejanje', entries: 'Vnosi revizijskega dnevnika' },
] as const;

/**
 * A manager reads the organisation's audit log (one entry per record and request), filtered by
 * action, and downloads it as CSV; on a phone and a laptop, in every language, with no serious
 * axe finding.
 */
describe('audit log', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(languages)('$lang: the log reads at 390 × 844 and 1366 × 768, filters and exports', async ({ locale, lang, labels, title, csv, action, entries: entriesLabel }) => {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, e2eUrl(), demoUsers.manager, { labels });
    // Listing residents discloses them: READ entries to find in the log.
    await page.goto(`${e2eUrl()}/audit`);
    await page.getByRole('table').getByRole('link').first().waitFor();
    for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
      await page.setViewportSize(viewport);
      await page.goto(`${e2eUrl()}/audit/log?action=READ`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('list', { name: entriesLabel }).getByRole('listitem').first().waitFor();
      await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
      expect(await page.getByRole('combobox', { name: action }).inputValue()).not.toBe('');
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Nothing overflows sideways on a phone.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await screenshot(page, `audit-log-${lang}-${viewport.width}`);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: csv }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const content = await readFile((await download.path()) ?? '', 'utf8');
    const lines = content.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('occurredAt,user,userId,action,entityType,entityId,residentId,sessionNotes,details,requestId');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.split(',')[3] === 'READ')).toBe(true);
    await context.close();
  });
});
