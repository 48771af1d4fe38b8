// Headless Chromium for the e2e tests and tools/measure-web.mjs (the system's Chromium; CI installs it with apt).
import { chromium } from 'playwright-core';
import { registerBrowser } from './open-pages.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The browser asks for reduced motion and the theme honours it (WCAG 2.3.3): dialogs, menus and
  // toasts appear without a transition. On a loaded CI machine a click could otherwise land while a
  // dialog was still sliding in (Playwright saw it "stable" between two slow frames) and miss it.
  '--force-prefers-reduced-motion',
];

export async function launchChromium() {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  registerBrowser(globalThis, browser); // for the failure report of e2e-environment.mjs
  return browser;
}

export const demoPassword = 'bridgeway-demo';
export const demoUsers = {
  counsellor: 'counsellor.a@most.demo',
  secondCounsellor: 'counsellor.a2@most.demo',
  manager: 'manager.a@most.demo',
  groupLeader: 'groupleader.a@most.demo',
};

/**
 * Signs in through the sign-in page (English labels unless `labels` says otherwise)
 * and waits until the app has left /sign-in.
 * @param {import('playwright-core').Page} page
 */
export async function signIn(
  page,
  baseUrl,
  email,
  { labels = { email: 'Email', password: 'Password', submit: 'Sign in' } } = {},
) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(labels.email, { exact: false }).fill(email);
  await page.getByLabel(labels.password, { exact: false }).first().fill(demoPassword);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 30_000 });
}
