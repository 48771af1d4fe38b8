import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { workspaceRoot } from './support/built-server.mjs';
import { namesNotStartingWithLabel, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl } from './support/e2e-env.js';

const languages = [
  { locale: 'en-GB', lang: 'en', labels: { email: 'Email', password: 'Password', submit: 'Sign in' } },
  { locale: 'nb-NO', lang: 'nb', labels: { email: 'E-post', password: 'Passord', submit: 'Logg inn' } },
  { locale: 'sl-SI', lang: 'sl', labels: { email: 'E-pošta', password: 'Geslo', submit: 'Prijavi se' } },
] as const;

type Lang = (typeof languages)[number]['lang'];

/** A text of a web library in a language, read from its i18n file (so the test follows the wording). */
function text(lib: string, lang: Lang, key: string): string {
  const texts = JSON.parse(readFileSync(path.join(workspaceRoot, `libs/web/${lib}/src/i18n/${lang}.json`), 'utf8'));
  const value = key.split('.').reduce((node, part) => node?.[part], texts);
  if (typeof value !== 'string') throw new Error(`no text ${lib}:${key} in ${lang}`);
  return value;
}

const exactly = (value: string) => new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const startingWith = (value: string) => new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function expectAxeClean(page: Page, what: string): Promise<void> {
  const violations = [...(await seriousAxeViolations(page)), ...(await namesNotStartingWithLabel(page))];
  expect({ what, violations }).toEqual({ what, violations: [] });
}

/** Opens a page and waits for its <h1> and its data (no loader left). */
async function visit(page: Page, pathname: string): Promise<void> {
  await page.goto(`${e2eUrl()}${pathname}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
}

/** Opens a dialog with `open`, checks it with axe, and closes it with Escape. */
async function checkDialog(page: Page, open: () => Promise<void>, what: string, ready?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await open();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (ready) await ready(dialog);
  await expectAxeClean(page, what);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

/**
 * axe-core (no serious or critical findings, button names starting with their visible label) on
 * the counsellor's and the manager's pages and dialogs, and every other role's pages, in every language.
 */
describe('accessibility in every language, dialogs included', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(languages)('$lang: counsellor pages and dialogs', async ({ locale, lang, labels }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await signIn(page, e2eUrl(), demoUsers.counsellor, { labels });
    await visit(page, '/caseload');
    await page.getByTestId('caseload-row').first().waitFor();
    await expectAxeClean(page, `${lang} caseload`);
    await checkDialog(page, () => page.getByRole('button', { name: text('caseload', lang, 'newResident.open'), exact: true }).click(), `${lang} new resident`);

    const residentPath = (await page.getByTestId('caseload-row').first().getByRole('link').getAttribute('href')) ?? '';
    await visit(page, residentPath);
    await expectAxeClean(page, `${lang} case file`);
    await checkDialog(page, () => page.getByRole('button', { name: text('case-file', lang, 'forms.goal.new'), exact: true }).click(), `${lang} new goal`);
    await checkDialog(
      page,
      () => page.getByRole('button', { name: text('case-file', lang, 'forms.assessment.open'), exact: true }).click(),
      `${lang} BARC-10`,
      async (dialog) => {
        await dialog.getByRole('radiogroup').nth(9).waitFor();
      },
    );
    await checkDialog(page, () => page.getByRole('button', { name: text('case-file', lang, 'forms.relatives.add'), exact: true }).click(), `${lang} add relative`);
    await checkDialog(
      page,
      async () => {
        await page.getByRole('button', { name: text('case-file', lang, 'header.actions'), exact: true }).click();
        await page.getByRole('menu').waitFor();
        await expectAxeClean(page, `${lang} actions menu`);
        await page.getByRole('menuitem', { name: text('case-file', lang, 'forms.resident.edit'), exact: true }).click();
      },
      `${lang} edit details`,
      async (dialog) => {
        await dialog.getByRole('textbox').first().waitFor();
      },
    );

    // A session of one's own can be corrected or withdrawn: those dialogs too (then withdrawn, so no hours change).
    const form = page.getByRole('form', { name: text('case-file', lang, 'sessions.log.title') });
    const note = `E2E a11y ${lang} ${Date.now()}`;
    await form.getByLabel(text('case-file', lang, 'sessions.fields.notes')).fill(note);
    await form.getByRole('button', { name: text('case-file', lang, 'sessions.log.submit'), exact: true }).click();
    const card = page.getByTestId('session-card').filter({ hasText: note });
    await card.waitFor();
    await expectAxeClean(page, `${lang} case file after logging`);
    await checkDialog(page, () => card.getByRole('button', { name: startingWith(text('case-file', lang, 'sessions.change.correct')) }).click(), `${lang} correct session`);
    await card.getByRole('button', { name: startingWith(text('case-file', lang, 'sessions.change.withdraw')) }).click();
    const withdraw = page.getByRole('dialog');
    await withdraw.waitFor();
    await expectAxeClean(page, `${lang} withdraw session`);
    await withdraw.getByLabel(text('case-file', lang, 'sessions.change.reason')).fill('E2E: accessibility check.');
    await withdraw.getByRole('button', { name: exactly(text('case-file', lang, 'sessions.change.withdrawSubmit')) }).click();
    await withdraw.waitFor({ state: 'detached' });
    await card.getByTestId('session-withdrawn').waitFor();
    await expectAxeClean(page, `${lang} case file with a withdrawn session`);

    await visit(page, '/residences');
    await expectAxeClean(page, `${lang} residences (counsellor)`);
    await visit(page, '/no-such-page');
    await expectAxeClean(page, `${lang} page not found`);
    await context.close();
  });

  it.each(languages)('$lang: manager pages', async ({ locale, lang, labels }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await signIn(page, e2eUrl(), demoUsers.manager, { labels });
    for (const pathname of ['/overview', '/residences', '/audit']) {
      await visit(page, pathname);
      await expectAxeClean(page, `${lang} ${pathname}`);
    }
    const residentAudit = (await page.getByRole('table').getByRole('link').first().getAttribute('href')) ?? '';
    await visit(page, residentAudit);
    await expectAxeClean(page, `${lang} resident audit trail`);
    await visit(page, residentAudit.replace(/\/audit$/, ''));
    await expectAxeClean(page, `${lang} case file (manager)`);
    await page.getByRole('button', { name: text('case-file', lang, 'header.actions'), exact: true }).click();
    await page.getByRole('menu').waitFor();
    await expectAxeClean(page, `${lang} manager's actions menu`);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it.each(languages)('$lang: programme, helpline, plan, consortium and account pages of every role', async ({ locale, lang, labels }) => {
    const pagesOf: [string, string[]][] = [
      [demoUsers.manager, ['/programmes', '/helpline', '/material-support', '/departments', '/plans', '/account/security']],
      ['coordinator@most.demo', ['/consortium', '/plans']],
      [demoUsers.groupLeader, ['/programmes', '/account/security']],
    ];
    for (const [user, pathnames] of pagesOf) {
      const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await signIn(page, e2eUrl(), user, { labels });
      for (const pathname of pathnames) {
        await visit(page, pathname);
        await expectAxeClean(page, `${lang} ${user} ${pathname}`);
      }
      await context.close();
    }
  });
});
