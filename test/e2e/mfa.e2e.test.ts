import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { demoPassword, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf } from './support/e2e-env.js';

/** Skupnost MOST C's demo manager; no other browser test signs in as them (the demo organisations do not enforce MFA). */
const manager = 'manager.c@most.demo';

const PERIOD = 30;
/** The code of the time step `offset` steps from now (the API accepts one step either side). */
const codeAt = (secret: string, offset: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * PERIOD });

/** Waits, if needed, until 20 s of the current 30-s step are left, so codes of the steps around it stay valid while used (a wait, not a timed assertion). */
async function freshStep(): Promise<void> {
  const intoStep = (Date.now() / 1000) % PERIOD;
  if (intoStep > PERIOD - 20) await new Promise((resolve) => setTimeout(resolve, (PERIOD - intoStep) * 1000 + 50));
}

async function expectAxeClean(page: Page, name: string): Promise<void> {
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
  const violations = await seriousAxeViolations(page);
  await screenshot(page, name);
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
}

/**
 * Issue 13, point 1: a manager turns on two-step sign-in from its page (QR code, setup key, first
 * code, recovery codes shown once), makes new recovery codes, signs out, and signs in again with
 * password and a code. Each step spends a later time step's code (a spent step is refused).
 */
describe('two-step sign-in', () => {
  let browser: Browser;
  let page: Page;
  let secret: string;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, e2eUrl(), manager);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is set up from its page: QR code and setup key, confirmed with the first code', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Two-step sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Two-step sign-in' }).waitFor();
    expect(await textOf(page.locator('.mantine-Badge-root').first())).toBe('Off');
    await expectAxeClean(page, 'mfa-security-off-en');

    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    await page.getByRole('img', { name: 'QR code to add Bridgeway to your authenticator app' }).waitFor();
    secret = await textOf(page.getByTestId('mfa-secret'));
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAxeClean(page, 'mfa-enrol-en');

    await freshStep();
    await page.getByLabel('Authentication code').fill(await codeAt(secret, -1));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    expect(await codes.count()).toBe(10);
    expect(await textOf(codes.first())).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await expectAxeClean(page, 'mfa-recovery-codes-en');

    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await page.locator('.mantine-Badge-root', { hasText: 'On' }).waitFor();
    expect(await page.getByTestId('recovery-codes').count()).toBe(0);
  });

  it('makes new recovery codes with a current code, shown once', async () => {
    const form = page.getByRole('form', { name: 'New recovery codes' });
    await form.getByLabel('Authentication code').fill(await codeAt(secret, 0));
    await form.getByRole('button', { name: 'Make new recovery codes' }).click();
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    expect(await page.getByTestId('recovery-codes').getByRole('listitem').count()).toBe(10);
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await page.getByText('You have 10 unused recovery codes.').waitFor();
    await expectAxeClean(page, 'mfa-security-on-en');
  });

  it('asks for a code after the password at the next sign-in, and signs in with it', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);

    await page.getByLabel('Email', { exact: false }).fill(manager);
    await page.getByLabel('Password', { exact: false }).first().fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    expect(await page.getByRole('button', { name: 'Use a recovery code' }).count()).toBe(1);
    await expectAxeClean(page, 'mfa-code-step-en');

    // The steps used to confirm and for new codes are spent; the next step's is accepted (one step of clock skew).
    await page.getByLabel('Authentication code').fill(await codeAt(secret, 1));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe('/sign-in');
  });
});

/** A manager's page also holds the organisation's settings: who must use it, and resetting a staff member's. */
describe("a manager's two-step sign-in page", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, e2eUrl(), 'manager.b@most.demo');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the demo policy (not enforced) and the staff to reset, axe clean', async () => {
    await page.goto(`${e2eUrl()}/account/security`);
    await page.getByRole('heading', { level: 2, name: 'Your organisation' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Nobody is required to (anyone may turn it on)' }).isChecked()).toBe(true);
    await page.getByRole('option', { name: 'Petra Golob' }).waitFor({ state: 'attached' });
    await expectAxeClean(page, 'mfa-security-manager-en');
  });
});
