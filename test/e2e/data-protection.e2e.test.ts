import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { workspaceRoot } from './support/built-server.mjs';
import { animationsSettled, namesNotStartingWithLabel, screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl } from './support/e2e-env.js';

const languages = [
  { locale: 'en-GB', lang: 'en', labels: { email: 'Email', password: 'Password', submit: 'Sign in' } },
  { locale: 'nb-NO', lang: 'nb', labels: { email: 'E-post', password: 'Passord', submit: 'Logg inn' } },
  { locale: 'sl-SI', lang: 'sl', labels: { email: 'E-pošta', password: 'Geslo', submit: 'Prijavi se' } },
] as const;

/** A text of the privacy page in a language, read from its i18n file (the test follows the wording). */
function text(lang: string, key: string): string {
  const texts = JSON.parse(readFileSync(path.join(workspaceRoot, `libs/web/privacy/src/i18n/${lang}.json`), 'utf8'));
  const value = key.split('.').reduce((node, part) => node?.[part], texts);
  if (typeof value !== 'string') throw new Error(`no text privacy:${key} in ${lang}`);
  return value;
}

/**
 * A manager's Data protection page on a phone (390 × 844) and a laptop, in every language: its
 * three parts read without sideways scrolling, the record dialog opens, no serious axe finding.
 * Read-only: the shared demo data stays as it is (nothing is recorded or erased).
 */
describe('data protection page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(languages)('$lang: reads at 390 × 844 and 1366 × 768, and opens the record dialog', async ({ locale, lang, labels }) => {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, e2eUrl(), demoUsers.manager, { labels });
    for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
      await page.setViewportSize(viewport);
      await page.goto(`${e2eUrl()}/data-protection`);
      await page.getByRole('heading', { level: 1, name: text(lang, 'title') }).waitFor();
      for (const section of ['requests.title', 'policy.title', 'review.title']) await page.getByRole('heading', { level: 2, name: text(lang, section) }).waitFor();
      await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await namesNotStartingWithLabel(page)).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await screenshot(page, `data-protection-${lang}-${viewport.width}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: text(lang, 'requests.record'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: text(lang, 'recordForm.title') });
    await dialog.waitFor();
    await animationsSettled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  });
});
