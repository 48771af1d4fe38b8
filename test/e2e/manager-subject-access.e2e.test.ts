import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { demoUsers, launchChromium, signIn } from './support/browser.mjs';
import { namesNotStartingWithLabel, screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf } from './support/e2e-env.js';

/**
 * A manager exports a resident's personal data (GDPR art. 15) from the case file: the actions menu
 * offers "Export personal data", the dialog takes the file's language, and the PDF downloads in
 * that language with the resident's name and the access log.
 */
describe("a manager's export of a resident's personal data", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await signIn(page, e2eUrl(), demoUsers.manager);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a case file, exports the data as a Norwegian PDF and opens the downloaded file', async () => {
    // Through the menu, not a reload: the page the sign-in landed on keeps its session as it is.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Residences' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Residences' })
      .waitFor()
      .catch(async (error: Error) => {
        await screenshot(page, 'subject-access-no-residences');
        throw new Error(`${error.message}\nThe page showed: ${(await page.locator('body').innerText()).slice(0, 500)}`);
      });
    const occupant = page.getByTestId('bed-row').getByRole('link').first();
    await occupant.waitFor();
    const name = (await textOf(occupant)).trim();
    await occupant.click();
    await page.waitForURL('**/residents/*');
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Export personal data' }).click();
    const dialog = page.getByRole('dialog', { name: `Export personal data: ${name}` });
    await dialog.waitFor();
    const language = dialog.getByRole('combobox', { name: 'Language of the file' });
    expect(await language.inputValue()).toBe('English');
    await language.click();
    await page.getByRole('option', { name: 'Norsk (bokmål)' }).click();
    expect(await language.inputValue()).toBe('Norsk (bokmål)');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await namesNotStartingWithLabel(page)).toEqual([]);
    await screenshot(page, 'subject-access-dialog-en');

    const arriving = page.waitForEvent('download', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'PDF: export the file' }).click();
    const download = await arriving;
    expect(download.suggestedFilename()).toMatch(/^personal-data-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
    await dialog.getByText(/is downloaded\.$/).waitFor();

    const pdf = await readFile((await download.path()) ?? '');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Dine personopplysninger');
    expect(flat).toContain(name);
    expect(flat).toContain('Saksmappe');
    expect(flat).toContain('Tilgangslogg');

    // The downloaded file opens in the browser: Chromium loads the file the download wrote as a PDF document.
    const viewer = await page.context().newPage();
    await viewer.goto(`file://${await download.path()}`);
    expect(await viewer.evaluate('document.contentType')).toBe('application/pdf');
    await viewer.close();
  });
});
