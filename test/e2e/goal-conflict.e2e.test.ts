import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, percentOf, textOf, waitUntil } from './support/e2e-env.js';

/**
 * Two counsellors (two browser contexts) edit the same goal. The second to
 * save is told someone else changed it, sees the new values, and decides.
 */
describe('two people editing the same goal', () => {
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let maja: Page;
  let tomaz: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    contexts = await Promise.all(
      [0, 1].map(() => browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })),
    );
    [maja, tomaz] = (await Promise.all(contexts.map((context) => context.newPage()))) as [Page, Page];
    await Promise.all([
      signIn(maja, e2eUrl(), demoUsers.counsellor),
      signIn(tomaz, e2eUrl(), demoUsers.secondCounsellor),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('never overwrites silently: the second sees the conflict, the new values and a way to retry', async () => {
    // Maja opens the last resident with open goals on her caseload (the counsellor's-day test uses the first).
    await maja.getByTestId('caseload-row').first().waitFor();
    const rows = maja.getByTestId('caseload-row');
    let chosen = -1;
    for (let index = (await rows.count()) - 1; index >= 0 && chosen < 0; index--) {
      if (Number(await textOf(rows.nth(index).locator('td').nth(2))) > 0) chosen = index;
    }
    expect(chosen).toBeGreaterThanOrEqual(0);
    await rows.nth(chosen).getByRole('link').click();
    await maja.waitForURL(/\/residents\/[^/]+$/);
    const caseFileUrl = maja.url();

    // Tomaž opens the same case file.
    await tomaz.goto(caseFileUrl);
    const majasCard = maja.getByTestId('goal-card').first();
    await majasCard.waitFor();
    const title = await textOf(majasCard.getByRole('heading'));
    const tomazsCard = tomaz.getByRole('article', { name: title }).first();
    await tomazsCard.waitFor();
    const before = percentOf(await textOf(majasCard.getByTestId('goal-progress')));
    const majasValue = before <= 80 ? before + 10 : before - 10;
    const tomazsValue = before <= 80 ? before + 20 : before - 20;

    // Both start editing the same version.
    await majasCard.getByRole('button', { name: 'Update progress' }).click();
    await tomazsCard.getByRole('button', { name: 'Update progress' }).click();

    // Maja saves first.
    await majasCard.getByLabel('Progress (%)').fill(String(majasValue));
    await majasCard.getByRole('button', { name: 'Save progress' }).click();
    await maja.getByText(`Saved the progress of “${title}”.`).waitFor();

    // Tomaž saves second and is stopped.
    await tomazsCard.getByLabel('Progress (%)').fill(String(tomazsValue));
    await tomazsCard.getByRole('button', { name: 'Save progress' }).click();
    const conflict = tomazsCard.getByRole('alert').filter({ hasText: 'Someone else changed this goal' });
    await conflict.waitFor();
    await conflict.getByText(`Now saved: ${majasValue}%`, { exact: false }).waitFor();
    await conflict.getByText(`Your change: ${tomazsValue}%`, { exact: false }).waitFor();
    await conflict.getByText(/Changed by Maja Novak/).waitFor();
    expect(await tomazsCard.getByLabel('Progress (%)').inputValue()).toBe(String(tomazsValue));
    // The page now shows Maja's value: nothing was overwritten.
    await waitUntil(
      async () => percentOf(await textOf(tomazsCard.getByTestId('goal-progress'))) === majasValue,
      "Tomaž's page shows Maja's value",
    );
    expect(await seriousAxeViolations(tomaz)).toEqual([]);
    await screenshot(tomaz, 'case-file-goal-conflict-en');

    // He decides to save his change after all: a retry with the new version.
    await conflict.getByRole('button', { name: 'Save my change instead' }).click();
    await tomaz.getByText(`Saved the progress of “${title}”.`).waitFor();
    await waitUntil(
      async () => percentOf(await textOf(tomazsCard.getByTestId('goal-progress'))) === tomazsValue,
      "Tomaž's value is saved",
    );

    // Maja sees it after a reload, and the history has both changes.
    await maja.reload();
    const reloaded = maja.getByRole('article', { name: title }).first();
    await waitUntil(
      async () => percentOf(await textOf(reloaded.getByTestId('goal-progress'))) === tomazsValue,
      "Maja's page shows Tomaž's value",
    );
    await reloaded.getByRole('button', { name: 'Show history' }).click();
    const history = reloaded.getByRole('table', { name: `Changes to “${title}”, newest first` });
    await history.getByText('Tomaž Kranjc').first().waitFor();
    await history.getByText('Maja Novak').first().waitFor();
  });
});
