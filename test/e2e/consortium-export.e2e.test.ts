import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf } from './support/e2e-env.js';

/** The coordinator of "Skupnosti MOST" exports the dashboard's figures as a PDF. */
describe("a consortium coordinator's PDF export", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await signIn(page, e2eUrl(), 'coordinator@most.demo');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports the PDF from the dashboard: the download arrives with the consortium and its partners', async () => {
    await page.waitForURL('**/consortium');
    const table = page.getByRole('table', { name: /with the consortium’s totals/ });
    await table.locator('tbody tr').first().waitFor();
    const partner = await textOf(table.locator('tbody tr').first().locator('th, td').first());
    expect(partner).toMatch(/^Skupnost MOST/);

    const exports = page.getByRole('region', { name: 'Export' });
    const arriving = page.waitForEvent('download', { timeout: 60_000 });
    await exports.getByRole('button', { name: 'PDF: export the file' }).click();
    const download = await arriving;
    expect(download.suggestedFilename()).toMatch(/^consortium-overview-skupnosti-most-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);
    await exports.getByText(/is downloaded\.$/).waitFor();

    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Consortium overview');
    expect(flat).toContain('Skupnosti MOST');
    expect(flat).toContain(partner);
    expect(flat).toContain('Counselling hours');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'consortium-export-en');
  });
});
